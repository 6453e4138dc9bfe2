import { Dec, ZERO } from "../core/decimal";
import { badNumber, badValue } from "../core/errors";
import { quoted } from "../core/text";
import { Day, formatIso } from "../time/civil";
import { SeriesCTerms } from "./terms";

/** What the corporation did, one row of the `events` range (docs/functions.md#seriesc_convprice). */
export const EVENT_TYPES = ["SPLIT", "STOCKDIV", "ISSUE", "RIGHTS", "PLANOPTION", "EXPIRE", "EXEMPT"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

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

type Column = "a" | "b" | "c" | "d";
interface Rule {
  required: Column[];
  positive: Column[];
  integer?: Column[];
}

// Which columns each type needs (the events table in docs/functions.md); the rest may stay empty.
const RULES: Record<EventType, Rule> = {
  SPLIT: { required: ["a"], positive: ["a"] },
  STOCKDIV: { required: ["a", "b"], positive: ["a"] },
  ISSUE: { required: ["a", "b", "c"], positive: ["a"] },
  RIGHTS: { required: ["a", "b", "c"], positive: ["a"] },
  PLANOPTION: { required: ["a", "b", "c"], positive: ["a"] },
  EXPIRE: { required: ["a", "b", "c"], positive: ["a"], integer: ["a"] },
  EXEMPT: { required: ["a"], positive: [] },
};

const COLUMN_MEANING: Record<EventType, Partial<Record<Column, string>>> = {
  SPLIT: { a: "ratio (new shares per old)" },
  STOCKDIV: { a: "common outstanding just before", b: "shares paid as the dividend" },
  ISSUE: { a: "shares issued", b: "total consideration", c: "common deemed outstanding before", d: "FMV per share" },
  RIGHTS: { a: "maximum shares issuable", b: "total consideration", c: "common deemed outstanding before", d: "FMV per share" },
  PLANOPTION: { a: "plan option shares", b: "minimum exercise consideration", c: "common deemed outstanding before", d: "FMV per share" },
  EXPIRE: { a: "row number of the expired RIGHTS/PLANOPTION event", b: "shares actually issued", c: "consideration actually received" },
  EXEMPT: { a: "shares" },
};

function fail(row: number, detail: string, num = false): never {
  throw (num ? badNumber : badValue)(EVENTS_ARG, `row ${row}: ${detail}`);
}

const TYPE_WORDS = new Map<string, EventType>(EVENT_TYPES.map((t) => [t, t]));

function parseType(e: EventInput): EventType {
  const type = TYPE_WORDS.get(e.type) ?? TYPE_WORDS.get(e.type.trim().toUpperCase());
  if (!type) fail(e.row, `unknown event type ${quoted(e.type)}; use one of ${EVENT_TYPES.join(", ")}`);
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
const SESSION: Record<EventType, 0 | 1> = { ISSUE: 0, RIGHTS: 0, PLANOPTION: 0, EXPIRE: 0, EXEMPT: 0, SPLIT: 1, STOCKDIV: 1 }; // 0 opening, 1 close
const sessionOrder = (type: EventType): number => SESSION[type];

/** Events in the order the certificate applies them: by date, opening before close of business, then by row. */
export function compareEvents(x: CorporateEvent, y: CorporateEvent): number {
  return x.day - y.day || sessionOrder(x.type) - sessionOrder(y.type) || x.row - y.row;
}

/** Checks each row against its type and returns typed events in the order they apply (`compareEvents`). */
export function checkEvents(t: SeriesCTerms, inputs: readonly EventInput[]): CorporateEvent[] {
  const events = inputs.map((e) => checkEvent(t, e));
  const byRow = new Map<number, CorporateEvent>();
  for (const e of events) byRow.set(e.row, e);
  const expiredBy = new Map<number, number>();
  for (const e of events) {
    if (e.type !== "EXPIRE") continue;
    checkExpire(e, byRow);
    const target = e.approx.a;
    const earlier = expiredBy.get(target);
    if (earlier !== undefined) fail(e.row, `row ${target} already expired in row ${earlier}; one EXPIRE row per RIGHTS/PLANOPTION event (Cert §5(k)(3))`);
    expiredBy.set(target, e.row);
  }
  return events.sort(compareEvents);
}

/** A column's rule for one type, resolved once (a 10,000-row table checks 40,000 cells). */
interface ColumnCheck {
  col: Column;
  meaning: string | undefined;
  required: boolean;
  positive: boolean;
  integer: boolean;
}

const COLUMN_CHECKS = {} as Record<EventType, readonly [ColumnCheck, ColumnCheck, ColumnCheck, ColumnCheck]>;
for (const type of EVENT_TYPES) {
  const rule = RULES[type];
  const check = (col: Column): ColumnCheck => ({
    col,
    meaning: COLUMN_MEANING[type][col],
    required: rule.required.includes(col),
    positive: rule.positive.includes(col),
    integer: rule.integer?.includes(col) ?? false,
  });
  COLUMN_CHECKS[type] = [check("a"), check("b"), check("c"), check("d")];
}

function checkCell(row: number, type: EventType, c: ColumnCheck, v: number | undefined): void {
  if (v === undefined) {
    if (c.required) fail(row, `${type} needs column ${c.col} (${c.meaning})`);
    return;
  }
  if (!Number.isFinite(v)) fail(row, `column ${c.col} must be a finite number`);
  if (c.meaning === undefined) return; // unused column: ignored
  if (v < 0) fail(row, `${type} column ${c.col} (${c.meaning}) must not be negative, got ${v}`, true);
  if (c.positive && v === 0) fail(row, `${type} column ${c.col} (${c.meaning}) must be greater than 0`, true);
  if (c.integer && !Number.isInteger(v)) fail(row, `${type} column ${c.col} (${c.meaning}) must be a whole number, got ${v}`, true);
}

function checkEvent(t: SeriesCTerms, e: EventInput): CorporateEvent {
  const type = parseType(e);
  if (e.day < t.issueDate) {
    fail(e.row, `date ${formatIso(e.day)} is before the Original Issue Date ${formatIso(t.issueDate)}; only later events adjust the price (Cert §5(f)-(k))`, true);
  }
  const [ca, cb, cc, cd] = COLUMN_CHECKS[type];
  checkCell(e.row, type, ca, e.a);
  checkCell(e.row, type, cb, e.b);
  checkCell(e.row, type, cc, e.c);
  checkCell(e.row, type, cd, e.d);
  const fmv = COLUMN_MEANING[type].d !== undefined && e.d !== undefined && e.d > 0 ? e.d : undefined;
  return new CheckedEvent(e.row, e.day, type, { a: e.a ?? 0, b: e.b ?? 0, c: e.c ?? 0, d: fmv });
}

const toDec = (v: number): Dec => (v === 0 ? ZERO : new Dec(v));

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

function checkExpire(e: CorporateEvent, byRow: Map<number, CorporateEvent>): void {
  const target = byRow.get(e.approx.a);
  if (!target) fail(e.row, `EXPIRE refers to row ${e.a.toString()}, which holds no event`, true);
  if (target.type !== "RIGHTS" && target.type !== "PLANOPTION") {
    fail(e.row, `EXPIRE refers to row ${target.row}, a ${target.type} event; only RIGHTS and PLANOPTION events expire (Cert §5(k)(3))`);
  }
  if (target.day > e.day) fail(e.row, `EXPIRE on ${formatIso(e.day)} is before the grant it expires (row ${target.row}, ${formatIso(target.day)})`, true);
  // Same date: both open the business day and apply in row order, so the grant must come first.
  if (target.day === e.day && target.row > e.row) fail(e.row, `EXPIRE is listed above the grant it expires (row ${target.row}) on the same date ${formatIso(e.day)}; same-day events apply in row order: move it below row ${target.row}`);
  // Decimals of doubles compare as the doubles do (the shortest text of a double is increasing in it).
  if (e.approx.b > target.approx.a) fail(e.row, `EXPIRE says ${e.b.toString()} shares were issued, more than the ${target.a.toString()} of row ${target.row}`, true);
}
