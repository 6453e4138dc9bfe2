/**
 * The one description of the `events` table's types (Cert §5(f)–(k)): what
 * columns a–d mean for each type, its clause, when on its date it takes effect
 * and what it does. Everything else is derived from it: the checks
 * (events.ts), the parser's messages (src/input/seriesCTables.ts), the pane's
 * fields and labels (src/taskpane/model/seriesC.ts), the workbook's drop-down
 * list and its prompt (src/layout/seriesC.ts) and the events table of
 * docs/conventions.md (scripts/vocab-docs.js, checked by test/docs).
 *
 * To add a type: add its entry here (the keys' order is the order of the lists
 * everywhere), then handle it where the compiler asks — the `switch`es over
 * `EventType` in antiDilution.ts `applyEvent` and replay.ts `apply` end in
 * `unhandled(type)` — and follow docs/architecture.md "To add an event type".
 */

export type EventColumn = "a" | "b" | "c" | "d";
export const EVENT_COLUMNS: readonly EventColumn[] = ["a", "b", "c", "d"];

/** How a column is read: a number of shares, an amount of money, a plain number, or the row of another event. */
export type EventColumnKind = "shares" | "money" | "number" | "row";

export interface EventColumnSpec {
  /** The column's meaning as the functions' messages name it ("ISSUE column a (shares issued) must …"). */
  meaning: string;
  /** The pane's field label. */
  label: string;
  /** The few words of the workbook's drop-down prompt ("a=ratio"). */
  short: string;
  /** The docs' events table, when it says more than `meaning`. */
  doc?: string;
  kind: EventColumnKind;
  /** Without it the row is refused; otherwise an empty cell is no input. */
  required: boolean;
  /** 0 is refused (negative numbers always are). */
  positive?: boolean;
  integer?: boolean;
  /** The pane's hint under the field. */
  hint?: string;
}

/** Opening of business (issuances, Cert §5(k)(1)) or close of business on the record date (§5(f), (g)). */
export type EventSession = "opening" | "close";

/** What an event does, which decides how the price replay handles it (antiDilution.ts, replay.ts). */
export type EventEffect = "scale" | "issuance" | "expiry" | "exempt";

export interface EventTypeSpec {
  /** A few words: "subdivision or combination". */
  title: string;
  /** The clause that governs it: "§5(f)". */
  clause: string;
  session: EventSession;
  effect: EventEffect;
  /** One sentence for the docs: what the event does to the conversion price. */
  does: string;
  columns: Partial<Record<EventColumn, EventColumnSpec>>;
}

const commonBefore: EventColumnSpec = {
  meaning: "common deemed outstanding before",
  label: "Common outstanding before (deemed)",
  short: "c=common before",
  doc: "common deemed outstanding just before",
  kind: "shares",
  required: true,
};
const fmv: EventColumnSpec = {
  meaning: "FMV per share",
  label: "Fair market value per share (optional)",
  short: "d=FMV",
  doc: "FMV per share (for the $5.0M carve-out; optional)",
  kind: "money",
  required: false,
};

/** Every event type, in the order the lists show them (Cert §5(f)–(k); docs/conventions.md "The events table"). */
export const EVENT_TYPE_TABLE = {
  SPLIT: {
    title: "subdivision or combination",
    clause: "§5(f)",
    session: "close",
    effect: "scale",
    does: "multiplies the price by 1/a",
    columns: {
      a: {
        meaning: "ratio (new shares per old)",
        label: "Ratio (new shares per old share)",
        short: "a=ratio",
        doc: "new shares per old (1.5 = 3-for-2; 0.5 = 1-for-2)",
        kind: "number",
        required: true,
        positive: true,
        hint: "3/2 or 1.5 for a 3-for-2 split; 1/2 for a 1-for-2 combination",
      },
    },
  },
  STOCKDIV: {
    title: "stock dividend",
    clause: "§5(g)",
    session: "close",
    effect: "scale",
    does: "multiplies the price by a/(a + b)",
    columns: {
      a: { meaning: "common outstanding just before", label: "Common shares outstanding just before", short: "a=common before", kind: "shares", required: true, positive: true },
      b: { meaning: "shares paid as the dividend", label: "Shares paid as the dividend", short: "b=dividend shares", kind: "shares", required: true },
    },
  },
  ISSUE: {
    title: "issue of common stock",
    clause: "§5(k)",
    session: "opening",
    effect: "issuance",
    does: "when its Effective Price is below the price: the weighted average (§5(k)(1)); before the 18-month anniversary and outside the $5.0M carve-out (§5(k)(4)(E)), the lower of that and the Effective Price (§5(k)(5)); never below the floor",
    columns: {
      a: { meaning: "shares issued", label: "Shares issued", short: "a=shares", doc: "Additional Shares of Common Stock issued", kind: "shares", required: true, positive: true },
      b: { meaning: "total consideration", label: "Total consideration", short: "b=consideration", kind: "money", required: true },
      c: commonBefore,
      d: fmv,
    },
  },
  RIGHTS: {
    title: "rights, options, convertibles",
    clause: "§5(k)(3)",
    session: "opening",
    effect: "issuance",
    does: "as ISSUE, for the maximum shares issuable (§5(k)(3))",
    columns: {
      a: { meaning: "maximum shares issuable", label: "Maximum shares issuable", short: "a=shares", kind: "shares", required: true, positive: true },
      b: {
        meaning: "total consideration",
        label: "Total consideration",
        short: "b=consideration",
        doc: "consideration for the rights + minimum payable on exercise",
        kind: "money",
        required: true,
      },
      c: commonBefore,
      d: fmv,
    },
  },
  PLANOPTION: {
    title: "Stock Option Plan grant",
    clause: "§5(k)(4)(B)",
    session: "opening",
    effect: "issuance",
    does: "as RIGHTS for the options above the plan's cap; those within it are not Additional Shares (§5(k)(4)(B))",
    columns: {
      a: { meaning: "plan option shares", label: "Plan option shares", short: "a=shares", doc: "options granted under the Stock Option Plan", kind: "shares", required: true, positive: true },
      b: { meaning: "minimum exercise consideration", label: "Minimum exercise consideration", short: "b=consideration", kind: "money", required: true },
      c: commonBefore,
      d: fmv,
    },
  },
  EXPIRE: {
    title: "rights expired unexercised",
    clause: "§5(k)(3)",
    session: "opening",
    effect: "expiry",
    does: "readjusts the price as if the expired event had issued only what was actually issued",
    columns: {
      a: {
        meaning: "row number of the expired RIGHTS/PLANOPTION event",
        label: "Rights or options that expired",
        short: "a=row of the expired event",
        doc: "row number (within the range) of the RIGHTS/PLANOPTION row that expired",
        kind: "row",
        required: true,
        positive: true,
        integer: true,
      },
      b: { meaning: "shares actually issued", label: "Shares actually issued", short: "b=shares issued", doc: "shares actually issued under it", kind: "shares", required: true },
      c: { meaning: "consideration actually received", label: "Consideration actually received", short: "c=received", kind: "money", required: true },
    },
  },
  EXEMPT: {
    title: "exempt issue",
    clause: "§5(k)(4)",
    session: "opening",
    effect: "exempt",
    does: "leaves the price alone (not Additional Shares of Common Stock)",
    columns: {
      a: { meaning: "shares", label: "Shares (excluded from Additional Shares)", short: "a=shares", doc: "shares excluded from Additional Shares of Common Stock", kind: "shares", required: true },
    },
  },
} as const satisfies Record<string, EventTypeSpec>;

export type EventType = keyof typeof EVENT_TYPE_TABLE;
export const EVENT_TYPES = Object.keys(EVENT_TYPE_TABLE) as EventType[];

/** The description of a type, typed as the general shape (the table itself is `as const`). */
export const eventTypeSpec = (type: EventType): EventTypeSpec => EVENT_TYPE_TABLE[type];

/** The pane's label of a type in its drop-down: "SPLIT — subdivision or combination (§5(f))". */
export const eventTypeLabel = (type: EventType): string => `${type} — ${eventTypeSpec(type).title} (${eventTypeSpec(type).clause})`;

/** The columns a type uses, in order a–d. */
export function eventTypeColumns(type: EventType): Array<EventColumnSpec & { col: EventColumn }> {
  const cols = eventTypeSpec(type).columns;
  return EVENT_COLUMNS.flatMap((col) => {
    const spec = cols[col];
    return spec ? [{ col, ...spec }] : [];
  });
}

/**
 * The workbook's drop-down prompt: what a–d mean for each type, types whose
 * columns read the same told once ("ISSUE, RIGHTS, PLANOPTION a=shares, …").
 */
export function eventColumnsPrompt(): string {
  const groups: Array<{ types: EventType[]; text: string }> = [];
  for (const type of EVENT_TYPES) {
    const text = eventTypeColumns(type)
      .map((c) => c.short)
      .join(", ");
    const last = groups[groups.length - 1];
    if (last && last.text === text) last.types.push(type);
    else groups.push({ types: [type], text });
  }
  return groups.map((g) => `${g.types.join(", ")} ${g.text}.`).join(" ");
}
