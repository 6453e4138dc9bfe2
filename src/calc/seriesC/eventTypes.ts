/**
 * The one description of the `events` table's types (Cert §5(f)–(k)), in two
 * parts keyed by the same types: here what the functions need — what columns
 * a–d mean and how they are checked, when on its date the event takes effect
 * and what kind of event it is — and in eventTypeWords.ts what people read
 * about each type (its clause, the pane's labels, kinds and hints, the
 * workbook's prompt, the docs' sentences; kept apart so the functions' bundle,
 * loaded in every workbook, does not carry them). The compiler requires an entry in both
 * for every type and every column it uses. Derived from them: the checks
 * (events.ts), the parser's messages (src/input/seriesCTables.ts), the pane's
 * fields and labels (src/taskpane/model/seriesC.ts), the workbook's drop-down
 * list and its prompt (src/layout/seriesC.ts) and the events table of
 * docs/conventions.md (scripts/vocab-docs.js, checked by test/docs).
 *
 * To add a type: add its entry here and in eventTypeWords.ts (the keys' order
 * is the order of the lists everywhere), then handle it where the compiler
 * asks — the `switch`es over `EventType` in antiDilution.ts `applyEvent`,
 * replay.ts `apply` and replayHistory.ts `line` end in `unhandled(type)` — and follow docs/architecture.md
 * "To add an event type".
 */

export type EventColumn = "a" | "b" | "c" | "d";
export const EVENT_COLUMNS: readonly EventColumn[] = ["a", "b", "c", "d"];

export interface EventColumnSpec {
  /** The column's meaning as the functions' messages name it ("ISSUE column a (shares issued) must …"). */
  meaning: string;
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
  session: EventSession;
  effect: EventEffect;
  columns: Partial<Record<EventColumn, EventColumnSpec>>;
}

// Short constructors keep the table small in the functions' bundle, which loads in every workbook.
/** A required column: 0 allowed unless `positive`. */
const need = (meaning: string, positive = false, integer = false): EventColumnSpec => ({ meaning, required: true, positive, integer });
/** An optional column: an empty cell is no input. */
const may = (meaning: string): EventColumnSpec => ({ meaning, required: false });

const commonBefore = need("common deemed outstanding before");
const fmv = may("FMV per share");

/**
 * Every event type, in the order the lists show them (Cert §5(f)–(k); docs/conventions.md "The events table").
 * Its clause is with its words (eventTypeWords.ts `EVENT_TYPE_WORDS`).
 */
export const EVENT_TYPE_TABLE = {
  SPLIT: { session: "close", effect: "scale", columns: { a: need("ratio (new shares per old)", true) } },
  STOCKDIV: { session: "close", effect: "scale", columns: { a: need("common outstanding just before", true), b: need("shares paid as the dividend") } },
  ISSUE: { session: "opening", effect: "issuance", columns: { a: need("shares issued", true), b: need("total consideration"), c: commonBefore, d: fmv } },
  RIGHTS: {
    session: "opening",
    effect: "issuance",
    columns: { a: need("maximum shares issuable", true), b: need("total consideration"), c: commonBefore, d: fmv },
  },
  PLANOPTION: {
    session: "opening",
    effect: "issuance",
    columns: { a: need("plan option shares", true), b: need("minimum exercise consideration"), c: commonBefore, d: fmv },
  },
  EXPIRE: {
    session: "opening",
    effect: "expiry",
    columns: {
      a: need("row number of the expired RIGHTS/PLANOPTION event", true, true),
      b: need("shares actually issued"),
      c: need("consideration actually received"),
    },
  },
  EXEMPT: { session: "opening", effect: "exempt", columns: { a: need("shares") } },
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
