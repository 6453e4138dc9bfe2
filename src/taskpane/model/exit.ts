import { Dec } from "../../calc/core/decimal";
import { isInputError } from "../../calc/core/errors";
import { ExitModel, prepareExit } from "../../calc/seriesC/exit";
import { ExitBreakpoint, exitBreakpoints } from "../../calc/seriesC/exitBreakpoints";
import { Day } from "../../calc/time/civil";
import { CapitalReading } from "./capital";
import { formatNumber } from "./cells";
import { Problem, readNumber } from "./fields";
import { HolderFormRow, HoldersReading, readHolders } from "./holders";
import type { ParsedSeriesC } from "./seriesC";

/**
 * The exit section of the Series C tab: who gets what at an exit value (Cert
 * §4(a), (c): SERIESC_EXIT), where the distribution changes slope
 * (SERIESC_BREAKPOINTS), what a Series C share gets on a Sale of the Company
 * by each route (SERIESC_SALE) and what each holder receives across the rows
 * it holds (SERIESC_PAYOUTS). Everything is the calc's; this file reads the
 * fields, keeps what does not depend on the exit value (the prepared
 * waterfall, the breakpoints) between keystrokes, and formats.
 */

export const EXIT_VALUE_ID = "sc-exit-value";
export const EXIT_LABEL = { exitValue: "Exit value (total distributed)" } as const;

/** The exit section's inputs as read: the exit value and the holders. */
export interface ExitReading {
  exitValue?: Dec;
  exitValueError?: string;
  holders: HoldersReading;
  problems: Problem[];
  leftOut: string[];
}

/** Reads the exit value and the holder rows (against the capital's valid row names). */
export function readExit(exitValueText: string, holders: readonly HolderFormRow[], capital: CapitalReading): ExitReading {
  const problems: Problem[] = [];
  const out: ExitReading = { holders: readHolders(holders, capital.complete ? capital.capital.map((r) => r.name) : undefined), problems, leftOut: [] };
  const v = readNumber(EXIT_LABEL.exitValue, exitValueText, "money", { optional: true });
  if (v.error) out.exitValueError = v.error;
  else if (v.value !== undefined && v.value < 0) out.exitValueError = `${EXIT_LABEL.exitValue}: must be 0 or more, got ${exitValueText.trim()}`;
  else if (v.value !== undefined) out.exitValue = new Dec(v.value);
  if (out.exitValueError) problems.push({ field: EXIT_VALUE_ID, message: out.exitValueError });
  problems.push(...out.holders.problems);
  out.leftOut.push(...out.holders.leftOut);
  return out;
}

/** A table the section shows, or why it cannot (an input to enter: `note`; the calc's answer: `error`). */
export interface ExitTable {
  header: string[];
  rows: string[][];
  /** Per row, the exact values behind the cells that are numbers (for tests and data attributes). */
  exact: string[][];
  /** The last row is a total. */
  totalRow?: boolean;
  note?: string;
  error?: string;
}

export const noTable = (header: string[], why: { note?: string; error?: string }): ExitTable => ({ header, rows: [], exact: [], ...why });

export const WHO_GETS_WHAT_HEADER = ["Capital row", "Converts or exercised", "Amount", "Per share", "% of proceeds"];

/** What "converts" shows: Yes / No for a class that chooses, Exercised / Not exercised for options and warrants, "—" otherwise. */
export function convertsText(c: boolean | string | undefined): string {
  if (c === true) return "Converts";
  if (c === false) return "Takes its preference";
  if (c === "exercised") return "Exercised";
  if (c === "not exercised") return "Not exercised";
  return "—";
}

/** 12.3456 % with two decimals (the amounts themselves are exact). */
export function percentOf(amount: Dec, total: Dec): string {
  if (total.isZero()) return "—";
  return `${formatNumber(amount.div(total).times(100), 2, 2)} %`;
}

/** Why the capital cannot be distributed yet, in the section's words (undefined: it can). */
export function capitalNeeds(p: ParsedSeriesC): string | undefined {
  if (p.asOf === undefined) return "Enter a valid as-of / event date above: the exit is on that date.";
  const c = p.capital;
  const bad = c.rows.filter((r) => !r.row && !r.blank);
  if (bad.length) return `Fix ${bad.map((r) => `capital row ${r.position}`).join(", ")} in the capital table.`;
  if (!c.capital.length) return "Add the classes that share in an exit to the capital table (or use the example capital).";
  return undefined;
}

/** The inputs the prepared waterfall reads: the terms, the as-of date, the events, the payments and the capital rows. */
export function exitModelKey(p: ParsedSeriesC): string {
  return JSON.stringify([p.terms, p.asOf, p.events, p.payments, p.capital.capital]);
}

/**
 * The prepared waterfall of the inputs as they stand, kept for the next
 * keystroke while its inputs stay the same (`exitModelKey`): the exit
 * section and the exit waterfall chart share it, so a capital table is
 * prepared once per change. Undefined while the as-of date or the capital is
 * missing or invalid; an InputError of the calc is thrown (callers turn it
 * into their own words).
 */
let preparedKey = "";
let preparedModel: ExitModel | undefined;
export function preparedExit(p: ParsedSeriesC): ExitModel | undefined {
  if (p.asOf === undefined || !p.capital.complete || !p.capital.capital.length) return undefined;
  const key = exitModelKey(p);
  if (key !== preparedKey || !preparedModel) {
    preparedModel = undefined;
    preparedModel = prepareExit(p.terms, { day: p.asOf as Day, capital: p.capital.capital, events: p.events, payments: p.payments });
    preparedKey = key;
  }
  return preparedModel;
}

/**
 * The breakpoints of a prepared waterfall (calc/seriesC/exitBreakpoints.ts),
 * found once per model: finding them for a dozen convertible or capped rows
 * takes longer than a keystroke's frame, so the exit section asks for them
 * after the frame (`breakpointsKnown`) and the chart reuses them.
 */
const breaks = new WeakMap<ExitModel, { value: ExitBreakpoint[] } | { error: unknown }>();
export function breakpointsOf(m: ExitModel): ExitBreakpoint[] {
  let r = breaks.get(m);
  if (!r) {
    try {
      r = { value: exitBreakpoints(m) };
    } catch (e) {
      if (!isInputError(e)) throw e;
      r = { error: e };
    }
    breaks.set(m, r);
  }
  if ("error" in r) throw r.error;
  return r.value;
}
export const breakpointsKnown = (m: ExitModel): boolean => breaks.has(m);
