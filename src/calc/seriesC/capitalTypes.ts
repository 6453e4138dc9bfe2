/**
 * The one description of the `capital` table of SERIESC_EXIT (Cert §4): its
 * columns, and for each row type what quantity, a, b and c mean and how the
 * exit waterfall treats it; what people read about each type (the pane's
 * labels and notes, the prompt's words) is its second half, capitalTypeWords.ts,
 * kept apart so the functions' bundle does not carry it. Derived from them: the
 * checks (capital.ts), the parser (src/input/seriesCTables.ts `capitalArg`),
 * the exit waterfall's dispatch (exit.ts, exhaustive over `CapitalTreatment`),
 * the pane's capital editor (src/taskpane/model/capital.ts), the workbook's
 * headers, drop-down list and prompt (src/layout/seriesC.ts) and the capital
 * table of docs/conventions.md (scripts/vocab-docs.js).
 *
 * A new type that an existing treatment covers (a WARRANT is exercised like an
 * OPTION) is one entry here and one in capitalTypeWords.ts; a new column (rank, participation) is one entry of
 * `CAPITAL_TABLE_COLUMNS` and of each type's `columns` that uses it.
 * docs/architecture.md "To add a capital row type" lists the files.
 */

/** How the exit waterfall (exit.ts) pays a row. */
export type CapitalTreatment =
  /** A claim in $, paid in full before the Series C, in row order (Cert §4(a)). */
  | "senior"
  /** The Series C: the greater of its preference and its as-converted value (Cert §4(a)). */
  | "seriesC"
  /** Parity Preferred: ratable with the Series C, or converts when column c is above 0 (Cert §4(a)). */
  | "parity"
  /** Common stock: the rest, per share (Cert §4(c)). */
  | "common"
  /** Options or warrants on common: exercised when the value per common share exceeds the exercise price. */
  | "option";

/** The number columns a row type may use besides its quantity. */
export type CapitalColumn = "a" | "b" | "c";

export interface CapitalColumnSpec {
  /** As the functions' messages name it: "column a (exercise price per share) must …". */
  meaning: string;
  /** Set when an empty cell is a missing input rather than 0: what the message then says. */
  missing?: string;
}

export interface CapitalTypeSpec {
  treatment: CapitalTreatment;
  /** The quantity column (always required). */
  quantity: CapitalColumnSpec;
  /** The other columns it uses (an empty cell is 0); the rest must stay empty. */
  columns: Partial<Record<CapitalColumn, CapitalColumnSpec>>;
}

/** The capital table's columns, in order: the parser's layout; the workbook's headers are src/layout/seriesC.ts's. */
export const CAPITAL_TABLE_COLUMNS = ["name", "type", "quantity", "a", "b", "c"] as const;
export type CapitalTableColumn = (typeof CAPITAL_TABLE_COLUMNS)[number];
/** "name | type | quantity | a | b | c". */
export const CAPITAL_LAYOUT = CAPITAL_TABLE_COLUMNS.join(" | ");

const shares = (meaning: string): CapitalColumnSpec => ({ meaning });

/** Every row type, in the order the lists show them. */
export const CAPITAL_TYPE_TABLE = {
  SENIOR: { treatment: "senior", quantity: { meaning: "the claim in $" }, columns: {} },
  SERIESC: { treatment: "seriesC", quantity: shares("Series C shares outstanding"), columns: {} },
  PARITY: {
    treatment: "parity",
    quantity: shares("shares"),
    columns: {
      a: { meaning: "liquidation preference per share, dividends excluded" },
      b: { meaning: "accrued unpaid dividends per share" },
      c: { meaning: "common shares per share on conversion" },
    },
  },
  COMMON: { treatment: "common", quantity: shares("common shares outstanding"), columns: {} },
  OPTION: {
    treatment: "option",
    quantity: shares("shares under the options or warrants"),
    columns: { a: { meaning: "exercise price per share", missing: "an OPTION row needs its exercise price in column a (0 for a zero strike)" } },
  },
} as const satisfies Record<string, CapitalTypeSpec>;

export type CapitalType = keyof typeof CAPITAL_TYPE_TABLE;
export const CAPITAL_TYPES = Object.keys(CAPITAL_TYPE_TABLE) as CapitalType[];

/** The description of a type, typed as the general shape. */
export const capitalTypeSpec = (type: CapitalType): CapitalTypeSpec => CAPITAL_TYPE_TABLE[type];

/** How the exit waterfall pays a row of the type. */
export const capitalTreatment = (type: CapitalType): CapitalTreatment => CAPITAL_TYPE_TABLE[type].treatment;

/** The type of a word as typed (case and spaces ignored), or undefined. */
export function capitalTypeOf(word: string): CapitalType | undefined {
  const w = word.trim().toUpperCase();
  return CAPITAL_TYPES.find((t) => t === w);
}
