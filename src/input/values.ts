import { Dec } from "../calc/core/decimal";
import { badNumber, badValue } from "../calc/core/errors";
import { Day } from "../calc/time/civil";
import { dayFromInput } from "../calc/time/dateInput";
import { quoted } from "../calc/core/text";
import { isBlank, isOmitted } from "./cells";

/** Scalar arguments: Excel value → typed input, or an error naming the argument. */

/** A user's value in a message: text quoted and clipped (at most ~80 characters, docs/conventions.md#errors). */
export function describeValue(v: unknown): string {
  if (typeof v === "string") return `text ${quoted(v)}`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) return "a range";
  return String(v);
}

export function requiredDay(v: unknown, arg: string): Day {
  if (Array.isArray(v)) throw badValue(arg, "expected one date, got a range");
  if (isBlank(v)) throw badValue(arg, "a date is required (an Excel date or YYYY-MM-DD text)");
  return dayFromInput(v, arg);
}

export function optionalDay(v: unknown, arg: string): Day | undefined {
  return isOmitted(v) || (typeof v === "string" && v.trim() === "") ? undefined : requiredDay(v, arg);
}

export interface NumberRule {
  min?: number;
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
  what?: string;
}

export function requiredNumber(v: unknown, arg: string, rule: NumberRule = {}): Dec {
  if (typeof v !== "number") {
    if (isBlank(v)) throw badValue(arg, `a number is required${rule.what ? ` (${rule.what})` : ""}`);
    throw badValue(arg, `expected a number${rule.what ? ` (${rule.what})` : ""}, got ${describeValue(v)}`);
  }
  if (!Number.isFinite(v)) throw badNumber(arg, "the number is not finite");
  if (rule.integer && !Number.isInteger(v)) throw badNumber(arg, `expected a whole number, got ${v}`);
  if (rule.min !== undefined && (rule.minExclusive ? v <= rule.min : v < rule.min)) {
    throw badNumber(arg, `must be ${rule.minExclusive ? "greater than" : "at least"} ${rule.min}, got ${v}`);
  }
  if (rule.max !== undefined && v > rule.max) throw badNumber(arg, `must be at most ${rule.max}, got ${v}`);
  return new Dec(v === 0 ? 0 : v); // −0 is 0
}

/**
 * A number argument as the double Excel sent (option pricing runs in doubles): the same
 * refusals as requiredNumber for a missing or non-numeric value; −0 is 0.
 */
export function requiredDouble(v: unknown, arg: string): number {
  if (typeof v === "number" && v - v === 0) return v === 0 ? 0 : v; // finite
  if (typeof v === "number") throw badNumber(arg, "the number is not finite");
  if (isBlank(v)) throw badValue(arg, "a number is required");
  throw badValue(arg, `expected a number, got ${describeValue(v)}`);
}

export function optionalDouble(v: unknown, arg: string): number | undefined {
  return isOmitted(v) || v === "" ? undefined : requiredDouble(v, arg);
}

export function optionalNumber(v: unknown, arg: string, rule: NumberRule = {}): Dec | undefined {
  return isOmitted(v) || v === "" ? undefined : requiredNumber(v, arg, rule);
}

/** One of a fixed set of words, case-insensitive; omitted → the default. */
export function optionalWord<W extends string>(v: unknown, arg: string, words: readonly W[], fallback: W): W {
  if (isOmitted(v) || v === "") return fallback;
  const text = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim().toUpperCase() : undefined;
  const word = words.find((w) => w.toUpperCase() === text);
  if (word === undefined) throw badValue(arg, `expected one of ${words.join(", ")}, got ${describeValue(v)}`);
  return word;
}

/** A range argument the function cannot do without: omitted → #VALUE! naming it. */
export function requiredRange(v: unknown, arg: string, what: string): unknown {
  if (isOmitted(v)) throw badValue(arg, `${what} is required`);
  return v;
}
