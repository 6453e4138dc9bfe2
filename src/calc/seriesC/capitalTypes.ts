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
 * OPTION) is one entry here and one in capitalTypeWords.ts; a new number column
 * is one entry of `CAPITAL_TABLE_COLUMNS` and of each type's `columns` that
 * uses it. The two optional columns after c, `rank` and `participation`, are
 * described per type by `rank` (its default, and whether it may be typed) and
 * `participates`.
 * docs/architecture.md "To add a capital row type" lists the files.
 */

/** How the exit waterfall (exit.ts) pays a row. */
export type CapitalTreatment =
  /** A claim in $, paid in full before the ranks below it, in row order within its rank (Cert §4(a)). */
  | "senior"
  /** The Series C: the greater of its preference and its as-converted value (Cert §4(a)). */
  | "seriesC"
  /**
   * A preferred class (Parity Preferred, any other preferred, Junior Securities): ratable with the rows of
   * its rank, converts when column c is above 0, and may participate (Cert §4(a)).
   */
  | "preferred"
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

/** Where a row is paid: a rank (1 = paid first), or "last": the common pool, after every rank. */
export type CapitalRank = number | "last";

export interface CapitalTypeSpec {
  treatment: CapitalTreatment;
  /** The rank when the rank column is empty. */
  rank: CapitalRank;
  /** The rank column may be typed (PARITY always ranks with the Series C; the pool's rows are always last). */
  ranked: boolean;
  /** The participation column may be typed: empty, FULL, or a cap in $ per share. */
  participates: boolean;
  /** The quantity column (always required). */
  quantity: CapitalColumnSpec;
  /** The other columns it uses (an empty cell is 0); the rest must stay empty. */
  columns: Partial<Record<CapitalColumn, CapitalColumnSpec>>;
}

/** The capital table's columns, in order: the parser's layout; the workbook's headers are src/layout/seriesC.ts's. */
export const CAPITAL_TABLE_COLUMNS = ["name", "type", "quantity", "a", "b", "c", "rank", "participation"] as const;
export type CapitalTableColumn = (typeof CAPITAL_TABLE_COLUMNS)[number];
/** The columns a table may leave out (a version-2 table stops at c). */
export const CAPITAL_OPTIONAL_COLUMNS = ["rank", "participation"] as const satisfies readonly CapitalTableColumn[];
/** The rank of the Series C and the Parity Preferred when not typed; SENIOR rows come before it, JUNIOR rows after. */
export const SERIESC_RANK = 2;
/** The word of the participation column for a class that participates without a cap. */
export const FULL_PARTICIPATION = "FULL";
/** "name | type | quantity | a | b | c | rank | participation". */
export const CAPITAL_LAYOUT = CAPITAL_TABLE_COLUMNS.join(" | ");

const shares = (meaning: string): CapitalColumnSpec => ({ meaning });

const PREFERRED_COLUMNS = {
  a: { meaning: "liquidation preference per share, dividends excluded" },
  b: { meaning: "accrued unpaid dividends per share" },
  c: { meaning: "common shares per share on conversion" },
} as const satisfies CapitalTypeSpec["columns"];

const EXERCISE_PRICE = (aRow: string): CapitalColumnSpec => ({
  meaning: "exercise price per share",
  missing: `${aRow} row needs its exercise price in column a (0 for a zero strike)`,
});

/** Every row type, in the order the lists show them. */
export const CAPITAL_TYPE_TABLE = {
  SENIOR: { treatment: "senior", rank: 1, ranked: true, participates: false, quantity: { meaning: "the claim in $" }, columns: {} },
  SERIESC: { treatment: "seriesC", rank: SERIESC_RANK, ranked: true, participates: false, quantity: shares("Series C shares outstanding"), columns: {} },
  PREFERRED: { treatment: "preferred", rank: SERIESC_RANK, ranked: true, participates: true, quantity: shares("shares"), columns: PREFERRED_COLUMNS },
  // Cert §4(a) "Parity Preferred": a PREFERRED class that ranks with the Series C.
  PARITY: { treatment: "preferred", rank: SERIESC_RANK, ranked: false, participates: true, quantity: shares("shares"), columns: PREFERRED_COLUMNS },
  // Cert §4(a) "Junior Securities": paid after the Series C and the Parity Preferred.
  JUNIOR: { treatment: "preferred", rank: SERIESC_RANK + 1, ranked: true, participates: true, quantity: shares("shares"), columns: PREFERRED_COLUMNS },
  COMMON: { treatment: "common", rank: "last", ranked: false, participates: false, quantity: shares("common shares outstanding"), columns: {} },
  OPTION: {
    treatment: "option",
    rank: "last",
    ranked: false,
    participates: false,
    quantity: shares("shares under the options"),
    columns: { a: EXERCISE_PRICE("an OPTION") },
  },
  WARRANT: {
    treatment: "option",
    rank: "last",
    ranked: false,
    participates: false,
    quantity: shares("shares under the warrants"),
    columns: { a: EXERCISE_PRICE("a WARRANT") },
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
