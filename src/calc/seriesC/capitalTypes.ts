/**
 * The one description of the `capital` table of SERIESC_EXIT (Cert §4): its
 * columns, and for each row type what quantity, a, b and c mean, how the exit
 * waterfall treats it and what the pane says of it. Derived from it: the
 * checks (capital.ts), the parser (src/input/seriesCTables.ts `capitalArg`),
 * the exit waterfall's dispatch (exit.ts, exhaustive over `CapitalTreatment`),
 * the pane's capital editor (src/taskpane/model/capital.ts), the workbook's
 * headers, drop-down list and prompt (src/layout/seriesC.ts) and the capital
 * table of docs/conventions.md (scripts/vocab-docs.js).
 *
 * A new type that an existing treatment covers (a WARRANT is exercised like an
 * OPTION) is one entry here; a new column (rank, participation) is one entry of
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

/** How a number is read in the pane: shares, money or a plain number. */
export type CapitalNumberKind = "shares" | "money" | "number";

export interface CapitalColumnSpec {
  /** As the functions' messages name it: "column a (exercise price per share) must …". */
  meaning: string;
  /** The pane's field label. */
  label: string;
  /** The words of the workbook's drop-down prompt: "a = exercise price". */
  short: string;
  kind: CapitalNumberKind;
  /** The pane's hint under the field. */
  hint?: string;
}

export interface CapitalTypeSpec {
  treatment: CapitalTreatment;
  /** What a row of the type is, said under the row's type in the pane and in the docs. */
  note: string;
  /** The quantity column (always required). */
  quantity: CapitalColumnSpec;
  /** The other columns it uses (an empty cell is 0); the rest must stay empty. */
  columns: Partial<Record<CapitalColumn, CapitalColumnSpec>>;
}

/** The capital table's columns, in order: its header row in the workbook and the parser's layout. */
export const CAPITAL_TABLE_COLUMNS = [
  { key: "name", header: "Name" },
  { key: "type", header: "Type" },
  { key: "quantity", header: "Quantity" },
  { key: "a", header: "a" },
  { key: "b", header: "b" },
  { key: "c", header: "c" },
] as const;
export type CapitalTableColumn = (typeof CAPITAL_TABLE_COLUMNS)[number]["key"];
/** "name | type | quantity | a | b | c". */
export const CAPITAL_LAYOUT = CAPITAL_TABLE_COLUMNS.map((c) => c.key).join(" | ");

const shares = (meaning: string, label: string): CapitalColumnSpec => ({ meaning, label, short: "shares", kind: "shares" });

/** Every row type, in the order the lists show them. */
export const CAPITAL_TYPE_TABLE = {
  SENIOR: {
    treatment: "senior",
    note: "A senior claim in $ (e.g. the Senior Secured Notes): paid in full before the Series C, in row order (Cert §4(a)).",
    quantity: { meaning: "the claim in $", label: "Claim ($)", short: "quantity = claim in $", kind: "money" },
    columns: {},
  },
  SERIESC: {
    treatment: "seriesC",
    note: "The Series C Preferred: takes the greater of its preference and its as-converted value (Cert §4(a)).",
    quantity: shares("Series C shares outstanding", "Series C shares outstanding"),
    columns: {},
  },
  PARITY: {
    treatment: "parity",
    note: "Parity Preferred: shares the preference ratably with the Series C, or converts (Cert §4(a)).",
    quantity: shares("shares", "Shares"),
    columns: {
      a: { meaning: "liquidation preference per share, dividends excluded", label: "Liquidation preference per share (dividends excluded)", short: "a = preference per share", kind: "money" },
      b: { meaning: "accrued unpaid dividends per share", label: "Accrued unpaid dividends per share", short: "b = accrued dividends per share", kind: "money" },
      c: {
        meaning: "common shares per share on conversion",
        label: "Common shares per share on conversion",
        short: "c = common per share on conversion",
        kind: "number",
        hint: "Empty or 0: the class does not convert.",
      },
    },
  },
  COMMON: {
    treatment: "common",
    note: "Common stock: shares what is left (Cert §4(c)).",
    quantity: shares("common shares outstanding", "Common shares outstanding"),
    columns: {},
  },
  OPTION: {
    treatment: "option",
    note: "Options or warrants on common: exercised when the value per common share exceeds the exercise price.",
    quantity: shares("shares under the options or warrants", "Shares under the options or warrants"),
    columns: { a: { meaning: "exercise price per share", label: "Exercise price per share", short: "a = exercise price", kind: "money" } },
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

/** The quantity and the columns a type uses, in table order. */
export function capitalTypeFields(type: CapitalType): Array<CapitalColumnSpec & { col: "quantity" | CapitalColumn; required: boolean }> {
  const spec = capitalTypeSpec(type);
  const cols = (["a", "b", "c"] as const).flatMap((col) => {
    const c = spec.columns[col];
    return c ? [{ col, required: false, ...c }] : [];
  });
  return [{ col: "quantity", required: true, ...spec.quantity }, ...cols];
}

/** The workbook's drop-down prompt of the Type column: "SENIOR: quantity = claim in $. SERIESC: shares. …". */
export function capitalTypesPrompt(): string {
  return CAPITAL_TYPES.map(
    (type) =>
      `${type}: ${capitalTypeFields(type)
        .map((f) => f.short)
        .join(", ")}.`,
  ).join(" ");
}
