import { Dec, ZERO, wholeDec } from "../core/decimal";
import { badNumber, badValue } from "../core/errors";
import { quoted } from "../core/text";
import { Day, formatIso } from "../time/civil";
import { SeriesCTerms } from "./terms";
import { EVENT_TYPES, EVENT_TYPE_TABLE, EventColumn, EventType, eventTypeSpec } from "./eventTypes";

/** What the corporation did, one row of the `events` range: the types and their columns are described once, in eventTypes.ts. */
export { EVENT_TYPES } from "./eventTypes";
export type { EventType } from "./eventTypes";

/** A row as the adapter read it: a date, a type word and up to four numbers. */
export interface EventInput {
  row: number;
  day: Day;
  type: string;
  a?: number;
  b?: number;
  c?: number;
  d?: number;
}

export interface CorporateEvent {
  readonly row: number;
  readonly day: Day;
  readonly type: EventType;
  readonly a: Dec;
  readonly b: Dec;
  readonly c: Dec;
  /** Fair Market Value per share at issue; undefined when not given. */
  readonly d?: Dec;
  /** Columns a, b, c as the doubles the user typed (0 when empty) and d when it is an FMV, for quick decisions (antiDilution.ts). */
  readonly approx: { readonly a: number; readonly b: number; readonly c: number; readonly d?: number };
}

export const EVENTS_ARG = "events";

function fail(row: number, detail: string, num = false, column?: EventColumn | "date" | "type", problem?: string): never {
  throw (num ? badNumber : badValue)(EVENTS_ARG, `row ${row}: ${detail}`, { row, column, problem });
}

/** A cell's problem: "ISSUE column a (shares issued) must …", located with what it says. */
function failCell(row: number, type: EventType, c: ColumnCheck, problem: string, num = true): never {
  fail(row, `${type} column ${c.col} (${c.meaning}) ${problem}`, num, c.col, problem);
}

const TYPE_WORDS = new Map<string, EventType>(EVENT_TYPES.map((t) => [t, t]));

function parseType(e: EventInput): EventType {
  const type = TYPE_WORDS.get(e.type) ?? TYPE_WORDS.get(e.type.trim().toUpperCase());
  if (!type) fail(e.row, `unknown event type ${quoted(e.type)}; use one of ${EVENT_TYPES.join(", ")}`, false, "type");
  return type;
}

/**
 * When an event takes effect on its date. An issuance adjusts the price "as of
 * the opening of business on the date of such issue or sale" (Cert §5(k)(1));
 * an expiry readjusts it as a re-run of that issuance (§5(k)(3)); an exempt
 * issue (§5(k)(4)) is an issue of common like any other, dated the same way.
 * A split or combination becomes effective "at the close of business on the
 * record date" (§5(f)), a stock dividend at the issuance or the close of
 * business on the record date (§5(g)). On one date the opening-of-business
 * events come first; row order decides only within each group.
 */
const SESSION = {} as Record<EventType, 0 | 1>; // 0 opening, 1 close
for (const type of EVENT_TYPES) SESSION[type] = EVENT_TYPE_TABLE[type].session === "opening" ? 0 : 1;
const sessionOrder = (type: EventType): number => SESSION[type];

/** Events in the order the certificate applies them: by date, opening before close of business, then by row. */
export function compareEvents(x: CorporateEvent, y: CorporateEvent): number {
  return x.day - y.day || sessionOrder(x.type) - sessionOrder(y.type) || x.row - y.row;
}

/** Checks each row against its type and returns typed events in the order they apply (`compareEvents`). */
export function checkEvents(t: SeriesCTerms, inputs: readonly EventInput[]): CorporateEvent[] {
  const events = inputs.map((e) => checkEvent(t, e));
  const indexOf = rowIndex(events);
  const expiredBy = new Int32Array(events.length).fill(-1); // per event, the row of the EXPIRE naming it
  // indexed loops: this runs once a table, mostly before it is optimized, where each step of for…of allocates
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.type !== "EXPIRE") continue;
    const j = indexOf(e.approx.a);
    checkExpire(e, j < 0 ? undefined : events[j]);
    const earlier = expiredBy[j];
    if (earlier >= 0)
      fail(e.row, `row ${events[j].row} already expired in row ${earlier}; one EXPIRE row per RIGHTS/PLANOPTION event (Cert §5(k)(3))`, false, "a");
    expiredBy[j] = e.row;
  }
  return events.sort(compareEvents);
}

/** A column's rule for one type, resolved once (a 10,000-row table checks 40,000 cells). */
interface ColumnCheck {
  col: EventColumn;
  meaning: string | undefined;
  required: boolean;
  positive: boolean;
  integer: boolean;
}

const COLUMN_CHECKS = {} as Record<EventType, readonly [ColumnCheck, ColumnCheck, ColumnCheck, ColumnCheck]>;
for (const type of EVENT_TYPES) {
  const columns = eventTypeSpec(type).columns;
  const check = (col: EventColumn): ColumnCheck => {
    const spec = columns[col];
    return { col, meaning: spec?.meaning, required: spec?.required ?? false, positive: spec?.positive ?? false, integer: spec?.integer ?? false };
  };
  COLUMN_CHECKS[type] = [check("a"), check("b"), check("c"), check("d")];
}

function checkCell(row: number, type: EventType, c: ColumnCheck, v: number | undefined): void {
  if (v === undefined) {
    if (c.required) fail(row, `${type} needs column ${c.col} (${c.meaning})`, false, c.col, "required");
    return;
  }
  if (!Number.isFinite(v)) fail(row, `column ${c.col} must be a finite number`, false, c.col);
  if (c.meaning === undefined) return; // unused column: ignored
  if (v < 0) failCell(row, type, c, `must not be negative, got ${v}`);
  if (c.positive && v === 0) failCell(row, type, c, "must be greater than 0");
  if (c.integer && !Number.isInteger(v)) failCell(row, type, c, `must be a whole number, got ${v}`);
}

function checkEvent(t: SeriesCTerms, e: EventInput): CorporateEvent {
  const type = parseType(e);
  if (e.day < t.issueDate) {
    fail(
      e.row,
      `date ${formatIso(e.day)} is before the Original Issue Date ${formatIso(t.issueDate)}; only later events adjust the price (Cert §5(f)-(k))`,
      true,
      "date",
    );
  }
  const [ca, cb, cc, cd] = COLUMN_CHECKS[type];
  checkCell(e.row, type, ca, e.a);
  checkCell(e.row, type, cb, e.b);
  checkCell(e.row, type, cc, e.c);
  checkCell(e.row, type, cd, e.d);
  const fmv = cd.meaning !== undefined && e.d !== undefined && e.d > 0 ? e.d : undefined;
  return new CheckedEvent(e.row, e.day, type, { a: e.a ?? 0, b: e.b ?? 0, c: e.c ?? 0, d: fmv });
}

const toDec = (v: number): Dec => (v === 0 ? ZERO : Number.isSafeInteger(v) ? wholeDec(v) : new Dec(v));

/**
 * A cell's number as the certificate of adjustment prints it: the text of its Decimal, which for
 * a double is the double's own shortest text with the same switch to exponents (below 1e-6, from
 * 1e21 on) — so no Decimal is built only to be printed.
 */
export const cellText = (v: number): string => String(v === 0 ? 0 : v);

/**
 * A checked row. Its Decimal columns are made when first read: most events of
 * a long table never need them (an issue at or above the price, or below the
 * floor, is decided on the doubles — antiDilution.ts `issueOutcome`).
 */
class CheckedEvent implements CorporateEvent {
  private da?: Dec;
  private db?: Dec;
  private dc?: Dec;
  private dd?: Dec;

  constructor(
    readonly row: number,
    readonly day: Day,
    readonly type: EventType,
    readonly approx: { a: number; b: number; c: number; d?: number },
  ) {}

  get a(): Dec {
    return (this.da ??= toDec(this.approx.a));
  }
  get b(): Dec {
    return (this.db ??= toDec(this.approx.b));
  }
  get c(): Dec {
    return (this.dc ??= toDec(this.approx.c));
  }
  get d(): Dec | undefined {
    return this.approx.d === undefined ? undefined : (this.dd ??= new Dec(this.approx.d));
  }
}

/**
 * Each row number's index among `events` (−1: none): an array over a table's rows (1 to its length), not a Map,
 * which a 10,000-row table would grow as a hash table; a Map when a few rows lie far apart (the pane checks one
 * event with the one it expires).
 */
function rowIndex(events: readonly CorporateEvent[]): (row: number) => number {
  let rows = 0;
  for (let i = 0; i < events.length; i++) rows = Math.max(rows, events[i].row);
  if (rows > 4 * events.length + 64) {
    const map = new Map<number, number>();
    for (let i = 0; i < events.length; i++) map.set(events[i].row, i);
    return (row) => map.get(row) ?? -1;
  }
  const index = new Int32Array(rows + 1).fill(-1);
  for (let i = 0; i < events.length; i++) index[events[i].row] = i;
  return (row) => (Number.isSafeInteger(row) && row >= 0 && row <= rows ? index[row] : -1);
}

/** An EXPIRE row against the grant it names (`target`: the event of that row). */
function checkExpire(e: CorporateEvent, target: CorporateEvent | undefined): void {
  if (!target) fail(e.row, `EXPIRE refers to row ${e.a.toString()}, which holds no event`, true, "a");
  if (target.type !== "RIGHTS" && target.type !== "PLANOPTION") {
    fail(e.row, `EXPIRE refers to row ${target.row}, a ${target.type} event; only RIGHTS and PLANOPTION events expire (Cert §5(k)(3))`, false, "a");
  }
  if (target.day > e.day) fail(e.row, `EXPIRE on ${formatIso(e.day)} is before the grant it expires (row ${target.row}, ${formatIso(target.day)})`, true, "a");
  // Same date: both open the business day and apply in row order, so the grant must come first.
  if (target.day === e.day && target.row > e.row)
    fail(
      e.row,
      `EXPIRE is listed above the grant it expires (row ${target.row}) on the same date ${formatIso(e.day)}; same-day events apply in row order: move it below row ${target.row}`,
      false,
      "date",
    );
  // Decimals of doubles compare as the doubles do (the shortest text of a double is increasing in it).
  if (e.approx.b > target.approx.a)
    fail(e.row, `EXPIRE says ${e.b.toString()} shares were issued, more than the ${target.a.toString()} of row ${target.row}`, true, "a");
}
