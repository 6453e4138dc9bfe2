import type { CapitalType } from "../calc/seriesC/capitalTypes";

/**
 * The example data, one copy: the example workbook (src/layout), the pane's "use the example" commands and
 * placeholders, the functions' worked examples (src/functions/exampleData.ts, for the docs and the help
 * page) and the tests read it from here.
 */

/** The 3-for-2 split of Mpower's common of 2000-08-29 (Cert §5(f)): $28 becomes $18.67. */
export const EXAMPLE_SPLIT = { date: "2000-08-29", ratio: 1.5 } as const;

/** The split as an events table (date | type | a), dates as ISO text. */
export const EXAMPLE_EVENTS: ReadonlyArray<readonly [date: string, type: "SPLIT", a: number]> = [[EXAMPLE_SPLIT.date, "SPLIT", EXAMPLE_SPLIT.ratio]];

/** `count` weekday rows of date | close from `startIso` (no holidays in the span used). */
function tradingDays(startIso: string, count: number, close: number): Array<[date: string, close: number]> {
  const rows: Array<[string, number]> = [];
  const d = new Date(`${startIso}T00:00:00Z`);
  while (rows.length < count) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) rows.push([d.toISOString().slice(0, 10), close]);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return rows;
}

/**
 * Twenty trading days from 2000-09-05 (after Labor Day) to 2000-10-02, each closing at $38
 * (illustrative): above the Market Threshold of 2.0 × $28 ÷ 1.5 = $37.33 after the split, not above $56.
 */
export const EXAMPLE_PRICES: ReadonlyArray<readonly [date: string, close: number]> = /*#__PURE__*/ tradingDays("2000-09-05", 20, 38);

/** A row of the example capital: name | type | quantity | a | b | c (src/calc/seriesC/capitalTypes.ts). */
export type ExampleCapitalRow = readonly [name: string, type: CapitalType, quantity: number, a: number | null, b: number | null, c: number | null];

/**
 * The illustrative capital of SERIESC_EXIT's example (docs/functions.md): $10M of senior notes, the 1M
 * Series C shares, a convertible Parity class (preference $20, dividends $2, one common share each), 10M
 * common and 2M options at $10.
 */
export const EXAMPLE_CAPITAL: readonly ExampleCapitalRow[] = [
  ["Notes", "SENIOR", 10000000, null, null, null],
  ["Series C", "SERIESC", 1000000, null, null, null],
  ["Series D", "PARITY", 500000, 20, 2, 1],
  ["Common", "COMMON", 10000000, null, null, null],
  ["Options", "OPTION", 2000000, 10, null, null],
];

/** A row of the example holdings: holder | capital row name | quantity (SERIESC_PAYOUTS' holdings). */
export type ExampleHolding = readonly [holder: string, row: string, quantity: number];

/** Who holds the example capital, illustrative: a fund across the Series C and the common, the founders, the option holders. */
export const EXAMPLE_HOLDINGS: readonly ExampleHolding[] = [
  ["Fund A", "Series C", 600000],
  ["Fund A", "Common", 1000000],
  ["Fund B", "Series C", 400000],
  ["Fund B", "Series D", 500000],
  ["Founders", "Common", 6000000],
  ["Employees", "Options", 2000000],
];

/** A grant of the example roster; the date as ISO text. */
export interface ExampleGrant {
  grant: number;
  grantDate: string;
  options: number;
  exercisePrice: number;
  type: "ISO" | "NSO";
}

/** Three sample grants with the option counts of Offer Q7's examples. */
export const EXAMPLE_ROSTER: readonly ExampleGrant[] = [
  { grant: 1001, grantDate: "2000-03-15", options: 1000, exercisePrice: 45, type: "NSO" },
  { grant: 1002, grantDate: "2000-06-01", options: 1525, exercisePrice: 38.5, type: "ISO" },
  { grant: 1003, grantDate: "2001-01-10", options: 525, exercisePrice: 12.25, type: "ISO" },
];

/** "2000-08-29" → [2000, 8, 29]. */
export function isoParts(iso: string): [year: number, month: number, day: number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y, m, d];
}
