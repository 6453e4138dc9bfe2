import { breakevenPrice } from "../../calc/optionExchange/breakeven";
import { BLACK_SCHOLES_ARGS, OPTION_TYPES, blackScholesValue, checkMarket, checkSpot, checkStrike, checkYears } from "../../calc/optionExchange/blackScholes";
import { exchangeValue } from "../../calc/optionExchange/exchangeValue";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { Dec } from "../../calc/core/decimal";
import { excelCall } from "../shared/errors";
import { ValuationTotalsSum, valuationSetup } from "../../calc/optionExchange/valuation";
import { asRange } from "../../input/cells";
import { ROSTER_COLUMN_LABEL, RosterColumn, isEmptyRangeRow, locateHeader, looksNumeric, readExcelGrant } from "../../input/rosterColumns";
import { optionalDouble, optionalNumber, optionalWord, requiredDay, requiredDouble, requiredNumber, requiredRange } from "../../input/values";
import { badValue } from "../../calc/core/errors";
import { optexTermsArg } from "../shared/optexInputs";
import { Driver, doubleToExcel, toExcelNumber } from "../shared/results";
import { blackScholesDrivers } from "../shared/optexDrivers";

/**
 * Stock price above which keeping the old option pays more at exercise than the new ones: (oldStrike − ratio × newStrike) / (1 − ratio). #N/A when newStrike ≥ oldStrike (the old option is never worse).
 * @customfunction OPTEX_BREAKEVEN
 * @param {any} oldStrike Exercise price of the eligible option (greater than 0).
 * @param {any} newStrike Exercise price of the new options (greater than 0).
 * @param {any} [ratio] Exchange ratio, greater than 0 and at most 1 (default 0.75).
 * @returns {number} Break-even stock price.
 */
export function optexBreakeven(oldStrike: any, newStrike: any, ratio?: any): number {
  return excelCall(() => {
    const r = optionalNumber(ratio, "ratio") ?? optionExchangeTerms().ratio;
    const oldK = requiredNumber(oldStrike, "oldStrike");
    const newK = requiredNumber(newStrike, "newStrike");
    // (oldStrike − ratio × newStrike) / (1 − ratio): large for a large strike or a ratio near 1
    return toExcelNumber(breakevenPrice(oldK, newK, r), () => [["oldStrike", oldK], ["newStrike", newK], ["ratio", new Dec(1).div(new Dec(1).minus(r))]]);
  });
}

/**
 * Black–Scholes–Merton value of a European call (default) or put, with continuous risk-free rate and dividend yield (the valuation model named on the Schedule TO cover).
 * @customfunction OPTEX_BLACKSCHOLES
 * @param {any} spot Stock price (greater than 0).
 * @param {any} strike Exercise price (greater than 0).
 * @param {any} years Time to expiry in years (0 to 1000).
 * @param {any} rate Continuously compounded risk-free rate, e.g. 0.05 (may be negative).
 * @param {any} vol Annualized volatility, e.g. 0.2 (at least 0).
 * @param {any} [divYield] Continuously compounded dividend yield (default 0).
 * @param {any} [type] CALL (default) or PUT.
 * @returns {number} Option value per share.
 */
export function optexBlackScholes(spot: any, strike: any, years: any, rate: any, vol: any, divYield?: any, type?: any): number {
  return excelCall(() => {
    const S = requiredDouble(spot, "spot");
    const K = requiredDouble(strike, "strike");
    const T = requiredDouble(years, "years");
    const r = requiredDouble(rate, "rate");
    const sigma = requiredDouble(vol, "vol");
    const q = divYield === undefined || divYield === null || divYield === "" ? 0 : requiredDouble(divYield, "divYield");
    const kind = type === undefined || type === null || type === "" ? "CALL" : optionalWord(type, "type", OPTION_TYPES, "CALL");
    checkSpot(S, "spot");
    checkStrike(K, "strike");
    checkYears(T, "years");
    checkMarket(r, sigma, q, BLACK_SCHOLES_ARGS);
    const value = blackScholesValue(S, K, T, r, sigma, q, kind === "CALL");
    return doubleToExcel(value, () => blackScholesDrivers({ spot: S, strike: K, years: T, rate: r, divYield: q }, BLACK_SCHOLES_ARGS));
  });
}

/**
 * Black–Scholes value of an eligible grant against the new options it would be exchanged for: old grant value, new grant value, incremental fair value, and the value-for-value ratio (new options per old option at equal value).
 * @customfunction OPTEX_EXCHANGE_VALUE
 * @param {any} oldShares Eligible options in the grant (whole number ≥ 0).
 * @param {any} oldStrike Exercise price of the eligible options (greater than 0).
 * @param {any} oldYears Years left in the eligible options' term (at least 0).
 * @param {any} newStrike Exercise price of the new options (greater than 0).
 * @param {any} spot Stock price (greater than 0).
 * @param {any} rate Continuously compounded risk-free rate, e.g. 0.05.
 * @param {any} vol Annualized volatility, e.g. 0.9.
 * @param {any} [newYears] Term of the new options in years (default 10).
 * @param {any} [ratio] Exchange ratio, greater than 0 and at most 1 (default 0.75).
 * @param {any} [divYield] Continuously compounded dividend yield (default 0).
 * @returns {any[][]} Header row label | value, then: old grant value, new grant value, incremental value, value-for-value ratio.
 */
export function optexExchangeValue(
  oldShares: any,
  oldStrike: any,
  oldYears: any,
  newStrike: any,
  spot: any,
  rate: any,
  vol: any,
  newYears?: any,
  ratio?: any,
  divYield?: any,
): any[][] {
  return excelCall(() => {
    const defaults = optionExchangeTerms();
    const input = {
      oldShares: requiredNumber(oldShares, "oldShares", { integer: true, min: 0, what: "eligible options, a whole number ≥ 0" }),
      oldStrike: requiredDouble(oldStrike, "oldStrike"),
      oldYears: requiredDouble(oldYears, "oldYears"),
      newStrike: requiredDouble(newStrike, "newStrike"),
      spot: requiredDouble(spot, "spot"),
      rate: requiredDouble(rate, "rate"),
      vol: requiredDouble(vol, "vol"),
      newYears: optionalDouble(newYears, "newYears") ?? defaults.termYears.toNumber(), // Agreement §5G: ten years
      ratio: optionalNumber(ratio, "ratio") ?? defaults.ratio,
      divYield: optionalDouble(divYield, "divYield") ?? 0,
    };
    const v = exchangeValue(input);
    // A grant's value is options × value per option; the per-option value is driven as in OPTEX_BLACKSCHOLES.
    const names = { spot: "spot", rate: "rate", divYield: "divYield" };
    const oldGrant = (): Driver[] => [["oldShares", input.oldShares], ...blackScholesDrivers({ ...input, strike: input.oldStrike, years: input.oldYears }, { ...names, strike: "oldStrike", years: "oldYears" })];
    const newGrant = (): Driver[] => [["oldShares", input.oldShares], ...blackScholesDrivers({ ...input, strike: input.newStrike, years: input.newYears }, { ...names, strike: "newStrike", years: "newYears" })];
    // old value per option ÷ new value per option: large when a new option is worth next to nothing
    const perOption = (): Driver[] => [...oldGrant().slice(1), ["newStrike", v.valueForValueRatio ?? 1], ["newYears", v.valueForValueRatio ?? 1]];
    return [
      ["label", "value"],
      ["old grant value", doubleToExcel(v.oldValue, oldGrant, () => input.oldShares.times(v.oldPerOption))],
      ["new grant value", doubleToExcel(v.newValue, newGrant, () => v.newOptions.times(v.newPerOption))],
      ["incremental value", doubleToExcel(v.incremental, newGrant, () => v.newOptions.times(v.newPerOption).minus(input.oldShares.times(v.oldPerOption)))],
      ["value-for-value ratio", v.valueForValueRatio === undefined ? "" : doubleToExcel(v.valueForValueRatio, perOption)],
    ];
  });
}

/** OPTEX_VALUATION's spill header (docs/functions.md). */
export const VALUATION_HEADER = [
  "grant",
  "eligible",
  "old price",
  "old years",
  "old value per option",
  "new options",
  "new price",
  "new years",
  "new value per option",
  "old fair value",
  "new fair value",
  "incremental fair value",
  "incremental cost",
] as const;

/**
 * Values every grant of a roster for the accounts (ASC 718 modification; Offer §11): per grant the old options at their own remaining term, the new options (floor(eligible × ratio), Offer §1) to their expiry, the incremental fair value (new − old, may be negative) and the incremental cost (max(0, incremental) per grant); a last row totals them.
 * @customfunction OPTEX_VALUATION
 * @param {any[][]} roster The grant roster with its header row: grant id (or employee), grant date, eligible options, exercise price, optional expiration date and ISO/NSO, in any order.
 * @param {any} valuationDate Date the grants are valued at: the exchange date.
 * @param {any} spot Stock price on the valuation date (greater than 0).
 * @param {any} rate Continuously compounded risk-free rate, e.g. 0.05.
 * @param {any} vol Annualized volatility, e.g. 0.9.
 * @param {any} [divYield] Continuously compounded dividend yield (default 0).
 * @param {any[][]} [terms] Option exchange terms (name | value rows): ratio, oldOptionTermYears, newExercisePrice, expectedTerm (CONTRACTUAL or SIMPLIFIED), daysPerYear….
 * @returns {any[][]} Header, one row per grant (grant | eligible | old price | old years | old value per option | new options | new price | new years | new value per option | old fair value | new fair value | incremental fair value | incremental cost), then a total row.
 */
export function optexValuation(roster: any[][], valuationDate: any, spot: any, rate: any, vol: any, divYield?: any, terms?: any[][]): any[][] {
  return excelCall(() => {
    const grid = asRange(requiredRange(roster, "roster", "the grant roster (with its header row)"));
    const market = {
      valuationDay: requiredDay(valuationDate, "valuationDate"),
      spot: requiredDouble(spot, "spot"),
      rate: requiredDouble(rate, "rate"),
      vol: requiredDouble(vol, "vol"),
      divYield: optionalDouble(divYield, "divYield") ?? 0,
    };
    const t = optexTermsArg(terms);
    const setup = valuationSetup(t, market);
    const out: any[][] = [VALUATION_HEADER.slice()];
    const sum = new ValuationTotalsSum();
    const { header, start } = locateHeader(grid, looksNumeric);
    if (header) {
      if (header.problem) throw badValue("roster", header.problem);
      const columns = header.columns;
      const headerRow = header.isHeader ? grid[start - 1] : undefined;
      const columnName = (c: RosterColumn): string => {
        const i = columns[c];
        const h = headerRow && i !== undefined ? headerRow[i] : undefined;
        return typeof h === "string" && h.trim() !== "" ? `"${h.trim()}"` : ROSTER_COLUMN_LABEL[c];
      };
      const idColumn = columns.grant ?? columns.holder;
      for (let i = start; i < grid.length; i++) {
        const cells = grid[i];
        if (isEmptyRangeRow(cells)) continue;
        const g = readExcelGrant(cells, columns, i + 1);
        const v = setup.value(g);
        sum.add(v);
        const id = idColumn === undefined ? "" : idCell(cells[idColumn]);
        if ("message" in v) {
          const text = `${v.code === "num" ? "#NUM!" : "#VALUE!"} roster row ${g.line}, column ${columnName(v.column)}: ${v.message}`;
          out.push([id, text, "", "", "", "", "", "", "", "", "", "", ""]);
        } else {
          out.push([id, v.eligible, v.oldPrice, v.oldYears, v.oldPerOption, v.newOptions, v.newPrice, v.newYears, v.newPerOption, v.oldValue, v.newValue, v.incremental, v.cost]);
        }
      }
    }
    const s = sum.totals;
    out.push(["total", s.eligible, "", "", "", s.newOptions, "", "", "", s.oldValue, s.newValue, s.incremental, s.cost]);
    return out;
  });
}

/** The grant id as the roster has it: a number stays a number, text is trimmed; empty is "". */
function idCell(c: unknown): string | number {
  if (typeof c === "number") return c - c !== 0 ? String(c) : c === 0 ? 0 : c; // a non-finite number as its text: never NaN in a cell
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  return c === null || c === undefined ? "" : String(c).trim();
}
