import { Dec } from "../../calc/core/decimal";
import { ExitModel } from "../../calc/seriesC/exit";
import { serialFromDay } from "../../calc/time/excelSerial";
import { TermOverride } from "../../calc/core/terms";
import type { CellValue } from "../../layout/types";
import { RosterGrant as PaneGrant } from "../../input/roster";
import type { OptionExchangeModelInput, RosterGrant, SeriesCModelInput } from "../../layout";
import { OPTION_EXCHANGE_EXAMPLE } from "../../layout";
import { payoffChart } from "../charts/model/payoff";
import { capitalCells } from "./capital";
import { breakpointsOf, preparedExit } from "./exit";
import { capitalTreatment } from "../../calc/seriesC/capitalTypes";
import { formatPerShare } from "./cells";
import { attemptAs } from "./fields";
import { OptionExchangeInputs } from "./optionExchange";
import { ParsedSeriesC, eventCells, paymentCells } from "./seriesC";

/**
 * The pane's inputs as the model layout's (src/layout): what "Insert model"
 * writes. Only what the user typed goes in, and what follows from it; every
 * input of the layout the pane has no field for is left empty and named in
 * `notes`, never filled with the example workbook's data. Two columns of the
 * Series C model are grids for its charts, derived from the inputs (the same
 * ranges as the pane's figures): the payoff table's common values and, with a
 * capital table, the exit values.
 */

export interface ModelInputReading<T> {
  input: T;
  /** What the model leaves for the user, and what it chose: said in the status line after the insert. */
  notes: string[];
  /** The capital's class names, in order (the exit table's columns). */
  classes: string[];
}

const numbers = (xs: readonly Dec[]): number[] => {
  const out: number[] = [];
  for (const x of xs) {
    const n = x.toNumber();
    if (out[out.length - 1] !== n) out.push(n);
  }
  return out;
};

/** Term overrides as the terms Table's Value cells (dates are serials already: model/terms.ts termCell). */
function termCells(overrides: readonly TermOverride[]): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const o of overrides) if (o.value !== null && o.value !== undefined) out[o.name] = o.value;
  return out;
}

/** The Series C form (every input valid) as the layout's input, with its capital table when it has one. */
export function seriesCModelInput(p: ParsedSeriesC): ModelInputReading<SeriesCModelInput> {
  const notes: string[] = [];
  const asOf = p.asOf === undefined ? null : serialFromDay(p.asOf);
  const fmv = p.fmv === undefined ? null : p.fmv.toNumber();
  // The form's reading of the capital table (model/capital.ts), checked as SERIESC_EXIT checks it.
  const checked = p.capital.complete && p.capital.capital.length > 0 ? p.capital.capital : undefined;
  const cells = checked ? capitalCells(p.capital) : [];
  const seriesCRow = checked?.find((r) => capitalTreatment(r.type) === "seriesC");
  const input: SeriesCModelInput = {
    asOf,
    // The pane's one common value serves the liquidation (Cert §4(a)) and the fair market value (Cert §12), as in its results.
    commonValue: fmv,
    shares: p.shares === undefined ? null : p.shares.toNumber(),
    fmv,
    conversionKind: p.kind,
    // The pane prices a redemption on its as-of date.
    redemptionDate: asOf,
    trigger: p.trigger,
    noticeDate: p.noticeDay === undefined ? null : serialFromDay(p.noticeDay),
    outstanding: seriesCRow ? seriesCRow.quantity.toNumber() : null,
    events: eventCells(p).map((r) => [
      r[0] as number,
      r[1] as string,
      r[2] as number | null,
      r[3] as number | null,
      r[4] as number | null,
      r[5] as number | null,
    ]),
    payments: paymentCells(p),
    prices: [],
    payoffValues: [],
    // The exit section's exit value (who gets what, the holders' payouts) and its holders (model/exit.ts).
    proceeds: p.exit.exitValue === undefined ? null : p.exit.exitValue.toNumber(),
    capital: cells,
    // The Terms section's values that differ from the defaults, as cell values: the terms Table holds them, and every formula reads it.
    terms: termCells(p.termsReading.overrides),
    holdings: checked ? p.exit.holders.holdings.map((h) => [h.holder, h.row, h.quantity]) : [],
  };
  const empty = ["the closing prices (for the Market Threshold date)"];
  if (input.proceeds === null) empty.unshift("the exit value (for the exit waterfall and the holders' payouts)");
  if (!input.holdings.length) empty.push("the holders Table (for the payouts by holder)");
  if (!seriesCRow) empty.unshift("the Series C shares outstanding (for the class vote)");
  if (!checked) empty.push("the capital Table, written with its header only: type your classes in it for the exit waterfall and the exit table");
  notes.push(`Left empty for you to fill in: ${empty.join("; ")}.`);

  if (p.asOf !== undefined) {
    const day = p.asOf;
    const payoff = attemptAs(undefined, () => payoffChart({ terms: p.terms, day, events: p.events, payments: p.payments, commonValue: p.fmv }));
    if (payoff.ok) {
      input.payoffValues = numbers(payoff.value.xs);
      notes.push(
        `The payoff table's common values run from $0 to ${formatPerShare(payoff.value.xs[payoff.value.xs.length - 1])}, with the conversion point and every kink of the curve; edit them in the Table.`,
      );
    } else notes.push(`The payoff table is empty: ${payoff.message}.`);
    if (checked) {
      // The rows the breakpoints and the exit table over them keep free: as many as the capital has breakpoints
      // (the exit section's, model/exit.ts: found once).
      const found = attemptAs(undefined, () => breakpointsOf(preparedExit(p) as ExitModel));
      if (found.ok) input.breakpoints = found.value.length;
    }
  }
  return { input, notes, classes: cells.map((r) => r[0]) };
}

/** A grant id that is a plain whole number is written as one (as the example workbook's 1001); any other text stays text. */
function grantCell(id: string): string | number {
  return /^[1-9]\d{0,14}$/.test(id) ? Number(id) : id;
}

/** The Option exchange form (every input valid, the roster without problems) as the layout's input. */
export function optionExchangeModelInput(inputs: OptionExchangeInputs, grants: readonly PaneGrant[]): ModelInputReading<OptionExchangeModelInput> {
  const roster: RosterGrant[] = grants.map((g) => {
    const out: RosterGrant = {
      grant: grantCell(g.grant),
      grantDate: serialFromDay(g.grantDate as number),
      options: g.options as number,
      exercisePrice: g.price as number,
      type: g.type ?? null,
    };
    if (g.holder !== "") out.holder = g.holder;
    if (g.expiration !== undefined) out.expiration = serialFromDay(g.expiration);
    return out;
  });
  const terms: OptionExchangeModelInput["terms"] = termCells(inputs.terms ?? []);
  if (inputs.ratio !== undefined) terms.ratio = inputs.ratio;
  if (inputs.expiration !== undefined) terms.expirationDate = serialFromDay(inputs.expiration);
  // OPTEX_VALUATION prices the new options at the terms' newExercisePrice: the pane's new exercise price (Offer §1)
  if (inputs.newStrike !== undefined && inputs.valuation) terms.newExercisePrice = inputs.newStrike;
  const input: OptionExchangeModelInput = {
    newStrike: inputs.newStrike ?? null,
    noticeDate: null,
    holidays: [],
    measureDate: null,
    grantRow: 1,
    // The Schedule TO cover's figures for the offer as filed (documents, not example data).
    eligibleOptions: OPTION_EXCHANGE_EXAMPLE.eligibleOptions,
    transactionValue: OPTION_EXCHANGE_EXAMPLE.transactionValue,
    roster,
    terms,
  };
  if (inputs.valuation) input.valuation = { ...inputs.valuation };
  const notes = [
    "Left empty for you to fill in: the date to measure vesting at and the date of a notice changing the offer; the holidays Table is empty.",
    "The offer's totals use the Schedule TO cover's 8,496,926 eligible options and $31,038,500.",
  ];
  return { input, notes, classes: [] };
}
