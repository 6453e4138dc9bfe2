import { CAPITAL_TYPES, CAPITAL_TYPE_TABLE, CapitalColumn, CapitalColumnSpec, CapitalType, capitalTypeSpec } from "./capitalTypes";

/**
 * What people read about each capital row type, the second half of the one
 * description of row types (capitalTypes.ts has the first: meanings and the
 * exit waterfall's treatment). The pane, the workbook's layout and the docs
 * read it; the functions do not. Its type asks for an entry per type and, per
 * type, exactly the columns it uses.
 */

/** How a number is read in the pane: shares, money or a plain number. */
export type CapitalNumberKind = "shares" | "money" | "number";

export interface CapitalColumnWords {
  kind: CapitalNumberKind;
  /** The pane's field label. */
  label: string;
  /** The words of the workbook's drop-down prompt: "a = exercise price". */
  short: string;
  /** The pane's hint under the field. */
  hint?: string;
}

export interface CapitalTypeWordsOf<T extends CapitalType> {
  /** A few words, the pane's drop-down option after the type: "SENIOR — a senior claim in $, paid first (Cert §4(a))". */
  title: string;
  /** What a row of the type is, said under the row's type in the pane and in the docs. */
  note: string;
  quantity: CapitalColumnWords;
  columns: { [C in keyof (typeof CAPITAL_TYPE_TABLE)[T]["columns"]]: CapitalColumnWords };
}

export const CAPITAL_TYPE_WORDS: { [T in CapitalType]: CapitalTypeWordsOf<T> } = {
  SENIOR: {
    title: "a senior claim in $, paid first (Cert §4(a))",
    note: "A senior claim in $ (e.g. the Senior Secured Notes): paid in full before the Series C, in row order (Cert §4(a)).",
    quantity: { kind: "money", label: "Claim ($)", short: "quantity = claim in $" },
    columns: {},
  },
  SERIESC: {
    title: "the Series C Preferred: its preference or as converted (Cert §4(a))",
    note: "The Series C Preferred: takes the greater of its preference and its as-converted value (Cert §4(a)).",
    quantity: { kind: "shares", label: "Series C shares outstanding", short: "shares" },
    columns: {},
  },
  PARITY: {
    title: "Parity Preferred: ratable preference or conversion (Cert §4(a))",
    note: "Parity Preferred: shares the preference ratably with the Series C, or converts (Cert §4(a)).",
    quantity: { kind: "shares", label: "Shares", short: "shares" },
    columns: {
      a: { kind: "money", label: "Liquidation preference per share (dividends excluded)", short: "a = preference per share" },
      b: { kind: "money", label: "Accrued unpaid dividends per share", short: "b = accrued dividends per share" },
      c: {
        kind: "number",
        label: "Common shares per share on conversion",
        short: "c = common per share on conversion (0: none)",
        hint: "Empty or 0: the class does not convert.",
      },
    },
  },
  COMMON: {
    title: "common stock: shares what is left (Cert §4(c))",
    note: "Common stock: shares what is left (Cert §4(c)).",
    quantity: { kind: "shares", label: "Common shares outstanding", short: "shares" },
    columns: {},
  },
  OPTION: {
    title: "options or warrants on common, exercised in the money",
    note: "Options or warrants on common: exercised when the value per common share exceeds the exercise price.",
    quantity: { kind: "shares", label: "Shares under the options or warrants", short: "shares" },
    columns: { a: { kind: "money", label: "Exercise price per share", short: "a = exercise price", hint: "Type 0 for a zero exercise price." } },
  },
};

/** A type as the pane's drop-down shows it: "SENIOR — a senior claim in $, paid first (Cert §4(a))". */
export const capitalTypeLabel = (type: CapitalType): string => `${type} — ${CAPITAL_TYPE_WORDS[type].title}`;

/** The quantity and the columns a type uses, in table order, with their facts and words. */
export function capitalTypeFields(type: CapitalType): Array<CapitalColumnSpec & CapitalColumnWords & { col: "quantity" | CapitalColumn; required: boolean }> {
  const spec = capitalTypeSpec(type);
  const words = CAPITAL_TYPE_WORDS[type];
  const wordsOf = words.columns as Partial<Record<CapitalColumn, CapitalColumnWords>>;
  const cols = (["a", "b", "c"] as const).flatMap((col) => {
    const c = spec.columns[col];
    const w = wordsOf[col];
    return c && w ? [{ col, ...c, ...w, required: c.missing !== undefined }] : [];
  });
  return [{ col: "quantity", required: true, ...spec.quantity, ...words.quantity }, ...cols];
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
