/**
 * Number formats of the model, stated once (docs/workbook.md#formats):
 * - money: dollars with cents, `$#,##0.00` (aggregate amounts, fees, cash);
 * - per-share dollar values: cents always, and up to four more decimals when
 *   the value has them (`$18.666667` for $28 ÷ 1.5); the cell keeps the full
 *   value, only the display rounds;
 * - rates as percentages with two decimals, shares and counts with thousands
 *   separators, fractional shares like per-share values, ratios and multiples
 *   with two to six decimals, dates as ISO dates.
 * No format ends its number part with an optional-digit-only fraction
 * (`0.##`), which Excel shows with a trailing point for whole numbers.
 */
export const FORMATS = {
  date: "yyyy-mm-dd",
  money: "$#,##0.00",
  perShare: "$#,##0.00####",
  percent: "0.00%",
  shares: "#,##0",
  fractionalShares: "#,##0.00####",
  ratio: "0.00####",
  count: "#,##0",
  year: "0",
  /** Numeric identifiers (grant numbers): no separators. */
  id: "0",
  general: "General",
} as const;

export type FormatName = keyof typeof FORMATS;
export type NumberFormat = (typeof FORMATS)[FormatName];

/**
 * True when Excel would show a whole number with a trailing decimal point:
 * a number section whose decimal point is followed only by optional digits
 * (`#`), e.g. `#,##0.######` shows 1000 as "1,000.".
 */
export function showsTrailingPoint(format: string): boolean {
  const withoutLiterals = format.replace(/"[^"]*"|\\./g, "");
  // The first place after the point must be a required digit (0), else whole numbers end in ".".
  return withoutLiterals.split(";").some((section) => /\.(?!0)/.test(section));
}
