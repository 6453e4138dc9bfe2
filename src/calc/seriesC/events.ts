import { Dec } from "../core/decimal";
import { badNumber, badValue } from "../core/errors";
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
  row: number;
  day: Day;
  type: EventType;
  a: Dec;
  b: Dec;
  c: Dec;
  /** Fair Market Value per share at issue; undefined when not given. */
  d?: Dec;
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

function parseType(e: EventInput): EventType {
  const word = e.type.trim().toUpperCase();
  const type = EVENT_TYPES.find((t) => t === word);
  if (!type) fail(e.row, `unknown event type "${e.type}"; use one of ${EVENT_TYPES.join(", ")}`);
  return type;
}

/** Checks each row against its type and returns typed events, sorted by date then row. */
export function checkEvents(t: SeriesCTerms, inputs: readonly EventInput[]): CorporateEvent[] {
  const events = inputs.map((e) => checkEvent(t, e));
  const byRow = new Map(events.map((e) => [e.row, e]));
  for (const e of events) if (e.type === "EXPIRE") checkExpire(e, byRow);
  return events.sort((x, y) => x.day - y.day || x.row - y.row);
}

function checkEvent(t: SeriesCTerms, e: EventInput): CorporateEvent {
  const type = parseType(e);
  if (e.day < t.issueDate) {
    fail(e.row, `date ${formatIso(e.day)} is before the Original Issue Date ${formatIso(t.issueDate)}; only later events adjust the price (Cert §5(f)-(k))`, true);
  }
  const rule = RULES[type];
  for (const col of ["a", "b", "c", "d"] as Column[]) {
    const v = e[col];
    const meaning = COLUMN_MEANING[type][col];
    if (v === undefined) {
      if (rule.required.includes(col)) fail(e.row, `${type} needs column ${col} (${meaning})`);
      continue;
    }
    if (!Number.isFinite(v)) fail(e.row, `column ${col} must be a finite number`);
    if (meaning === undefined) continue; // unused column: ignored
    if (v < 0) fail(e.row, `${type} column ${col} (${meaning}) must not be negative, got ${v}`, true);
    if (rule.positive.includes(col) && v === 0) fail(e.row, `${type} column ${col} (${meaning}) must be greater than 0`, true);
    if (rule.integer?.includes(col) && !Number.isInteger(v)) fail(e.row, `${type} column ${col} (${meaning}) must be a whole number, got ${v}`, true);
  }
  const dec = (v: number | undefined) => new Dec(v ?? 0);
  const fmv = COLUMN_MEANING[type].d && e.d !== undefined && e.d > 0 ? new Dec(e.d) : undefined;
  return { row: e.row, day: e.day, type, a: dec(e.a), b: dec(e.b), c: dec(e.c), d: fmv };
}

function checkExpire(e: CorporateEvent, byRow: Map<number, CorporateEvent>): void {
  const target = byRow.get(e.a.toNumber());
  if (!target) fail(e.row, `EXPIRE refers to row ${e.a.toString()}, which holds no event`, true);
  if (target.type !== "RIGHTS" && target.type !== "PLANOPTION") {
    fail(e.row, `EXPIRE refers to row ${target.row}, a ${target.type} event; only RIGHTS and PLANOPTION events expire (Cert §5(k)(3))`);
  }
  if (target.day > e.day) fail(e.row, `EXPIRE on ${formatIso(e.day)} is before the grant it expires (row ${target.row}, ${formatIso(target.day)})`, true);
  if (e.b.gt(target.a)) fail(e.row, `EXPIRE says ${e.b.toString()} shares were issued, more than the ${target.a.toString()} of row ${target.row}`, true);
}
