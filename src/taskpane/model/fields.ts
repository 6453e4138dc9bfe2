import { isInputError } from "../../calc/core/errors";
import { isWholePercent, percentText, wholePercentDetail } from "../../calc/core/percent";
import { Day } from "../../calc/time/civil";
import { DateOrder, Reading, dayFromText, longDate, numberFromText } from "../../input/text";

/**
 * One input of the pane read from what the user typed: its value, or an error
 * that starts with the field's visible label; a warning when the value is
 * accepted but implausible; a note saying how a date was read.
 */
export interface FieldReading<T> {
  value?: T;
  error?: string;
  warning?: string;
  note?: string;
}

/** A problem to show: the DOM id of the field it belongs to, and the message. */
export interface Problem {
  field: string;
  message: string;
  warning?: boolean;
}

export type NumberKind = "money" | "shares" | "count" | "number" | "rate" | "volatility" | "ratio" | "years";

const SYNTAX: Record<NumberKind, { percent?: boolean; fraction?: boolean }> = {
  money: {},
  shares: {},
  count: {},
  number: { fraction: true },
  rate: { percent: true, fraction: true },
  volatility: { percent: true, fraction: true },
  ratio: { percent: true, fraction: true },
  years: { fraction: true },
};

/**
 * Rates beyond ±100 % and volatilities above 500 % are refused, as the functions refuse them
 * (core/percent.ts): usually 5 typed for 5 %. The same words as the functions' #NUM!.
 */
export function readNumber(label: string, text: string, kind: NumberKind, opts: { optional?: boolean } = {}): FieldReading<number> {
  if (text.trim() === "") return opts.optional ? {} : { error: `${label}: a number is required` };
  const r = numberFromText(text, SYNTAX[kind]);
  if (!r.ok) return { error: `${label}: ${r.problem}` };
  const v = r.value;
  const percentKind = kind === "rate" ? "rate" : kind === "volatility" ? "volatility" : undefined;
  if (percentKind && isWholePercent(v, percentKind)) {
    const bare = !/[%/:]/.test(text);
    const limit = percentKind === "rate" ? "beyond ±100 %" : "above 500 %";
    return {
      error: bare
        ? `${label}: ${wholePercentDetail(v, percentKind)}`
        : `${label}: ${text.trim()} is read as ${percentText(v)}, ${limit}: not a plausible ${percentKind}`,
    };
  }
  return { value: v };
}

export function readDate(label: string, text: string, order: DateOrder, opts: { optional?: boolean } = {}): FieldReading<Day> {
  if (text.trim() === "") return opts.optional ? {} : { error: `${label}: a date is required` };
  const r: Reading<Day> = dayFromText(text, order);
  if (!r.ok) return { error: `${label}: ${r.problem}` };
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
  return { value: r.value, note: iso ? undefined : `Read as ${longDate(r.value)}.` };
}

/**
 * A calc check or calculation on a field's value: an InputError's message
 * (which starts with the function argument's name, e.g. `ratio: …`) is
 * relabelled with the field's visible label.
 */
export function checked<T>(label: string, f: () => T): FieldReading<T> {
  try {
    return { value: f() };
  } catch (e) {
    if (isInputError(e)) return { error: relabel(label, e) };
    throw e;
  }
}

/** `ratio: the exchange ratio must be …` → `Exchange ratio: the exchange ratio must be …`. */
export function relabel(label: string, e: { detail: string }): string {
  return `${label}: ${e.detail}`;
}

/**
 * The pane's words for the functions' arguments a calculation may blame: a message shown in
 * the pane names what the user sees, never `eventDate` or `oldShares`.
 */
const PANE_WORDS: Record<string, string> = {
  asOf: "As-of / event date",
  eventDate: "As-of / event date",
  redemptionDate: "As-of / event date",
  convDate: "As-of / event date",
  date: "As-of / event date",
  fmv: "Common stock fair market value per share",
  commonValue: "Common stock fair market value per share",
  shares: "Holder's Series C shares",
  trigger: "Redemption trigger",
  noticeDate: "Redemption notice date",
  events: "Events",
  payments: "Dividend payments",
  capital: "Capital",
  proceeds: "Exit value",
  eligible: "Options",
  oldShares: "Options",
  oldStrike: "Exercise price",
  newStrike: "Exercise price of the new options",
  expiration: "Expiration date",
  ratio: "Exchange ratio",
  spot: "Stock price",
  rate: "Risk-free rate",
  vol: "Volatility",
  oldYears: "Old options' remaining term (years)",
  newYears: "New options' term (years)",
};

/** An InputError in the pane's words: its arguments as the pane's labels, then its detail. */
export function inPaneWords(e: { args: readonly string[]; detail: string }): string {
  const labels = [...new Set(e.args.map((a) => PANE_WORDS[a] ?? a))];
  const names = labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
  return `${names}: ${e.detail}`;
}

/** Runs a calculation; an InputError becomes its message relabelled (anything else is a bug and is rethrown). */
export function attemptAs<T>(label: string | undefined, f: () => T): { ok: true; value: T } | { ok: false; message: string; detail: string } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (isInputError(e)) return { ok: false, message: label ? relabel(label, e) : inPaneWords(e), detail: e.detail };
    throw e;
  }
}
