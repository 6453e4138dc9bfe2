/**
 * The one description of the `events` table's types (Cert §5(f)–(k)), in two
 * parts keyed by the same types: here what the functions need — what columns
 * a–d mean and how they are checked, the clause, when on its date the event
 * takes effect and what kind of event it is — and in eventTypeWords.ts what
 * people read about each type (the pane's labels and hints, the workbook's
 * prompt, the docs' sentences; kept apart so the functions' bundle, loaded in
 * every workbook, does not carry them). The compiler requires an entry in both
 * for every type and every column it uses. Derived from them: the checks
 * (events.ts), the parser's messages (src/input/seriesCTables.ts), the pane's
 * fields and labels (src/taskpane/model/seriesC.ts), the workbook's drop-down
 * list and its prompt (src/layout/seriesC.ts) and the events table of
 * docs/conventions.md (scripts/vocab-docs.js, checked by test/docs).
 *
 * To add a type: add its entry here and in eventTypeWords.ts (the keys' order
 * is the order of the lists everywhere), then handle it where the compiler
 * asks — the `switch`es over `EventType` in antiDilution.ts `applyEvent` and
 * replay.ts `apply` end in `unhandled(type)` — and follow docs/architecture.md
 * "To add an event type".
 */

export type EventColumn = "a" | "b" | "c" | "d";
export const EVENT_COLUMNS: readonly EventColumn[] = ["a", "b", "c", "d"];

/** How a column is read: a number of shares, an amount of money, a plain number, or the row of another event. */
export type EventColumnKind = "shares" | "money" | "number" | "row";

export interface EventColumnSpec {
  /** The column's meaning as the functions' messages name it ("ISSUE column a (shares issued) must …"). */
  meaning: string;
  kind: EventColumnKind;
  /** Without it the row is refused; otherwise an empty cell is no input. */
  required: boolean;
  /** 0 is refused (negative numbers always are). */
  positive?: boolean;
  integer?: boolean;
}

/** Opening of business (issuances, Cert §5(k)(1)) or close of business on the record date (§5(f), (g)). */
export type EventSession = "opening" | "close";

/** What an event does, which decides how the price replay handles it (antiDilution.ts, replay.ts). */
export type EventEffect = "scale" | "issuance" | "expiry" | "exempt";

export interface EventTypeSpec {
  /** The clause that governs it: "§5(f)". */
  clause: string;
  session: EventSession;
  effect: EventEffect;
  columns: Partial<Record<EventColumn, EventColumnSpec>>;
}

const commonBefore = { meaning: "common deemed outstanding before", kind: "shares", required: true } as const;
const fmv = { meaning: "FMV per share", kind: "money", required: false } as const;

/** Every event type, in the order the lists show them (Cert §5(f)–(k); docs/conventions.md "The events table"). */
export const EVENT_TYPE_TABLE = {
  SPLIT: { clause: "§5(f)", session: "close", effect: "scale", columns: { a: { meaning: "ratio (new shares per old)", kind: "number", required: true, positive: true } } },
  STOCKDIV: {
    clause: "§5(g)",
    session: "close",
    effect: "scale",
    columns: {
      a: { meaning: "common outstanding just before", kind: "shares", required: true, positive: true },
      b: { meaning: "shares paid as the dividend", kind: "shares", required: true },
    },
  },
  ISSUE: {
    clause: "§5(k)",
    session: "opening",
    effect: "issuance",
    columns: { a: { meaning: "shares issued", kind: "shares", required: true, positive: true }, b: { meaning: "total consideration", kind: "money", required: true }, c: commonBefore, d: fmv },
  },
  RIGHTS: {
    clause: "§5(k)(3)",
    session: "opening",
    effect: "issuance",
    columns: { a: { meaning: "maximum shares issuable", kind: "shares", required: true, positive: true }, b: { meaning: "total consideration", kind: "money", required: true }, c: commonBefore, d: fmv },
  },
  PLANOPTION: {
    clause: "§5(k)(4)(B)",
    session: "opening",
    effect: "issuance",
    columns: { a: { meaning: "plan option shares", kind: "shares", required: true, positive: true }, b: { meaning: "minimum exercise consideration", kind: "money", required: true }, c: commonBefore, d: fmv },
  },
  EXPIRE: {
    clause: "§5(k)(3)",
    session: "opening",
    effect: "expiry",
    columns: {
      a: { meaning: "row number of the expired RIGHTS/PLANOPTION event", kind: "row", required: true, positive: true, integer: true },
      b: { meaning: "shares actually issued", kind: "shares", required: true },
      c: { meaning: "consideration actually received", kind: "money", required: true },
    },
  },
  EXEMPT: { clause: "§5(k)(4)", session: "opening", effect: "exempt", columns: { a: { meaning: "shares", kind: "shares", required: true } } },
} as const satisfies Record<string, EventTypeSpec>;

export type EventType = keyof typeof EVENT_TYPE_TABLE;
export const EVENT_TYPES = Object.keys(EVENT_TYPE_TABLE) as EventType[];

/** The description of a type, typed as the general shape (the table itself is `as const`). */
export const eventTypeSpec = (type: EventType): EventTypeSpec => EVENT_TYPE_TABLE[type];

/** The types of one effect, as a type: `TypesOf<"scale">` is "SPLIT" | "STOCKDIV" (a table keyed by it must cover a new one). */
export type TypesOf<E extends EventEffect> = { [T in EventType]: (typeof EVENT_TYPE_TABLE)[T]["effect"] extends E ? T : never }[EventType];

/** Is the type one of `effect`'s (narrowing it). */
export function hasEffect<E extends EventEffect>(type: EventType, effect: E): type is TypesOf<E> {
  return EVENT_TYPE_TABLE[type].effect === effect;
}
