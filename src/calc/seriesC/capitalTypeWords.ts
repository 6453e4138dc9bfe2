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

const PREFERRED_WORDS = {
  a: { kind: "money", label: "Liquidation preference per share (dividends excluded)", short: "a = preference" },
  b: { kind: "money", label: "Accrued unpaid dividends per share", short: "b = dividends" },
  c: {
    kind: "number",
    label: "Common shares per share on conversion",
    short: "c = common per share",
    hint: "Empty or 0: the class does not convert.",
  },
} as const satisfies Record<"a" | "b" | "c", CapitalColumnWords>;

/** The rank column: the pane's label and hint, the docs' words. */
export const CAPITAL_RANK_WORDS = {
  label: "Rank (1 = paid first; optional)",
  hint: "Empty: the type's usual rank (SENIOR 1, SERIESC, PREFERRED and PARITY 2, JUNIOR 3). Rows of one rank share a shortfall pro rata.",
} as const;

/** The participation column: the pane's label and hint, the docs' words. */
export const CAPITAL_PARTICIPATION_WORDS = {
  label: "Participation (optional)",
  hint: "Empty: takes the preference or converts. FULL: the preference and then a share of the common as if converted. A number: that, up to a cap in $ per share on the total.",
} as const;

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
  PREFERRED: {
    title: "a preferred class: preference at its rank, conversion, participation (Cert §4(a))",
    note: "A preferred class: paid at its rank (2 = with the Series C), converts, and may participate (Cert §4(a)).",
    quantity: { kind: "shares", label: "Shares", short: "shares" },
    columns: PREFERRED_WORDS,
  },
  PARITY: {
    title: "Parity Preferred: ratable preference or conversion (Cert §4(a))",
    note: "Parity Preferred: shares the preference ratably with the Series C, or converts (Cert §4(a)).",
    quantity: { kind: "shares", label: "Shares", short: "shares" },
    columns: PREFERRED_WORDS,
  },
  JUNIOR: {
    title: "Junior Securities: paid after the Series C (Cert §4(a))",
    note: "Junior Securities: a preferred class paid after the Series C and the Parity Preferred (rank 3 unless typed; Cert §4(a)).",
    quantity: { kind: "shares", label: "Shares", short: "shares" },
    columns: PREFERRED_WORDS,
  },
  COMMON: {
    title: "common stock: shares what is left (Cert §4(c))",
    note: "Common stock: shares what is left (Cert §4(c)).",
    quantity: { kind: "shares", label: "Common shares outstanding", short: "shares" },
    columns: {},
  },
  OPTION: {
    title: "options on common, exercised in the money",
    note: "Options on common: exercised when the value per common share exceeds the exercise price.",
    quantity: { kind: "shares", label: "Shares under the options", short: "shares" },
    columns: { a: { kind: "money", label: "Exercise price per share", short: "a = exercise price", hint: "Type 0 for a zero exercise price." } },
  },
  WARRANT: {
    title: "warrants on common, exercised in the money",
    note: "Warrants on common: exercised, like options, when the value per common share exceeds the exercise price.",
    quantity: { kind: "shares", label: "Shares under the warrants", short: "shares" },
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

/**
 * The workbook's drop-down prompt of the Type column (at most 255 characters): types that read their
 * columns alike share one sentence, "SENIOR: quantity = claim in $. … PREFERRED, PARITY, JUNIOR: shares, a = preference, …".
 */
export function capitalTypesPrompt(): string {
  const groups = new Map<string, CapitalType[]>();
  for (const type of CAPITAL_TYPES) {
    const words = capitalTypeFields(type)
      .map((f) => f.short)
      .join(", ");
    groups.set(words, [...(groups.get(words) ?? []), type]);
  }
  const types = [...groups].map(([words, types]) => `${types.join(", ")}: ${words}.`).join(" ");
  return `${types} rank: 1 = paid first; participation: FULL or a $ cap.`;
}
