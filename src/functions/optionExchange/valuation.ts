import { breakevenPrice } from "../../calc/optionExchange/breakeven";
import { BLACK_SCHOLES_ARGS, OPTION_TYPES, blackScholesValue, checkMarket, checkSpot, checkStrike, checkYears } from "../../calc/optionExchange/blackScholes";
import { exchangeValue } from "../../calc/optionExchange/exchangeValue";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { Dec } from "../../calc/core/decimal";
import { excelCall } from "../shared/errors";
import { ValuationTotalsSum, valuationSetup } from "../../calc/optionExchange/valuation";
import { asRange } from "../../input/cells";
import {
  ROSTER_COLUMN_LABEL,
  RosterColumn,
  TOTAL_ROW,
  isEmptyRangeRow,
  isTotalRow,
  locateHeader,
  looksNumeric,
  readExcelGrant,
} from "../../input/rosterColumns";
import { isBlank } from "../../input/cells";
import { quoted } from "../../calc/core/text";
import { optionalDouble, optionalNumber, optionalWord, requiredDay, requiredDouble, requiredNumber, requiredRange } from "../../input/values";
import { badValue } from "../../calc/core/errors";
import { optexTermsArg } from "../shared/optexInputs";
import { Driver, doubleToExcel, toExcelNumber } from "../shared/results";
import { blackScholesDrivers } from "../shared/optexDrivers";
import { defineFunction } from "../catalogue";

export const OPTEX_BREAKEVEN = /*#__PURE__*/ defineFunction({
  id: "OPTEX_BREAKEVEN",
  group: "optexValuation",
  description:
    "Stock price above which keeping the old option pays more at exercise than the new ones: (oldStrike − ratio × newStrike) / (1 − ratio). #N/A when newStrike ≥ oldStrike (the old option is never worse).",
  summary: "stock price above which the old option pays more than the new ones",
  args: [
    { name: "oldStrike", type: "scalar", description: "Exercise price of the eligible option (greater than 0)." },
    { name: "newStrike", type: "scalar", description: "Exercise price of the new options (greater than 0)." },
    { name: "ratio", type: "scalar", optional: true, description: "Exchange ratio, greater than 0 and at most 1 (default 0.75)." },
  ],
  result: { type: "number", description: "Break-even stock price." },
  example: { formula: "=MPWR.OPTEX_BREAKEVEN(40, 5)", format: "money" },
  note: "Illustrative: an eligible option at $40 against 0.75 new options at $5: (40 − 0.75 × 5) ÷ (1 − 0.75).",
  clauses: "Offer §1, Q7 (exchange ratio)",
  impl: optexBreakeven,
});

export function optexBreakeven(oldStrike: any, newStrike: any, ratio?: any): number {
  return excelCall(() => {
    const r = optionalNumber(ratio, "ratio") ?? optionExchangeTerms().ratio;
    const oldK = requiredNumber(oldStrike, "oldStrike");
    const newK = requiredNumber(newStrike, "newStrike");
    // (oldStrike − ratio × newStrike) / (1 − ratio): large for a large strike or a ratio near 1
    return toExcelNumber(breakevenPrice(oldK, newK, r), () => [
      ["oldStrike", oldK],
      ["newStrike", newK],
      ["ratio", new Dec(1).div(new Dec(1).minus(r))],
    ]);
  });
}

export const OPTEX_BLACKSCHOLES = /*#__PURE__*/ defineFunction({
  id: "OPTEX_BLACKSCHOLES",
  group: "optexValuation",
  description:
    "Black–Scholes–Merton value of a European call (default) or put, with continuous risk-free rate and dividend yield (the valuation model named on the Schedule TO cover).",
  summary: "Black–Scholes–Merton value of a call or put (Schedule TO cover)",
  args: [
    { name: "spot", type: "scalar", description: "Stock price (greater than 0)." },
    { name: "strike", type: "scalar", description: "Exercise price (greater than 0)." },
    { name: "years", type: "scalar", description: "Time to expiry in years (0 to 1000)." },
    {
      name: "rate",
      type: "scalar",
      description: "Continuously compounded risk-free rate, e.g. 0.05 (may be negative; beyond ±1, i.e. ±100 %, it is refused as a whole percent).",
    },
    { name: "vol", type: "scalar", description: "Annualized volatility, e.g. 0.2, from 0 to 5 (500 %): 90 is refused, type 90% or 0.9." },
    { name: "divYield", type: "scalar", optional: true, description: "Continuously compounded dividend yield (default 0)." },
    { name: "type", type: "scalar", optional: true, description: "CALL (default) or PUT." },
  ],
  result: { type: "number", description: "Option value per share." },
  example: { formula: "=MPWR.OPTEX_BLACKSCHOLES(42, 40, 0.5, 0.1, 0.2)" },
  more: ['=MPWR.OPTEX_BLACKSCHOLES(42, 40, 0.5, 0.1, 0.2, 0, "PUT")'],
  note: "Hull's textbook example (Options, Futures, and Other Derivatives): call 4.76, put 0.81.",
  clauses: "Schedule TO cover (Black-Scholes option pricing model)",
  impl: optexBlackScholes,
});

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

export const OPTEX_EXCHANGE_VALUE = /*#__PURE__*/ defineFunction({
  id: "OPTEX_EXCHANGE_VALUE",
  group: "optexValuation",
  description:
    "Black–Scholes value of an eligible grant against the new options it would be exchanged for: old grant value, new grant value, incremental fair value, and the value-for-value ratio (new options per old option at equal value).",
  summary: "spill: old and new grant values, incremental value, value-for-value ratio",
  args: [
    { name: "oldShares", type: "scalar", description: "Eligible options in the grant (whole number ≥ 0)." },
    { name: "oldStrike", type: "scalar", description: "Exercise price of the eligible options (greater than 0)." },
    { name: "oldYears", type: "scalar", description: "Years left in the eligible options' term (at least 0)." },
    { name: "newStrike", type: "scalar", description: "Exercise price of the new options (greater than 0)." },
    { name: "spot", type: "scalar", description: "Stock price (greater than 0)." },
    { name: "rate", type: "scalar", description: "Continuously compounded risk-free rate, e.g. 0.05 (within ±1, i.e. ±100 %)." },
    { name: "vol", type: "scalar", description: "Annualized volatility, e.g. 0.9, from 0 to 5 (500 %)." },
    { name: "newYears", type: "scalar", optional: true, description: "Term of the new options in years (default 10)." },
    { name: "ratio", type: "scalar", optional: true, description: "Exchange ratio, greater than 0 and at most 1 (default 0.75)." },
    { name: "divYield", type: "scalar", optional: true, description: "Continuously compounded dividend yield (default 0)." },
  ],
  result: { type: "spill", description: "Header row label | value, then: old grant value, new grant value, incremental value, value-for-value ratio." },
  example: { formula: "=MPWR.OPTEX_EXCHANGE_VALUE(1000, 40, 7, 5, 5, 0.05, 0.9)" },
  note: "Illustrative: 1,000 options at $40 with 7 years left, the stock at $5, against 750 new ten-year options at $5.",
  clauses: "Offer §1, Q7; Agreement §5G; Schedule TO cover (Black-Scholes)",
  impl: optexExchangeValue,
});

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
    const oldGrant = (): Driver[] => [
      ["oldShares", input.oldShares],
      ...blackScholesDrivers({ ...input, strike: input.oldStrike, years: input.oldYears }, { ...names, strike: "oldStrike", years: "oldYears" }),
    ];
    const newGrant = (): Driver[] => [
      ["oldShares", input.oldShares],
      ...blackScholesDrivers({ ...input, strike: input.newStrike, years: input.newYears }, { ...names, strike: "newStrike", years: "newYears" }),
    ];
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

export const OPTEX_VALUATION = /*#__PURE__*/ defineFunction({
  id: "OPTEX_VALUATION",
  group: "optexValuation",
  description:
    "Values every grant of a roster for the accounts (ASC 718 modification; Offer §11): per grant the old options at their own remaining term, the new options (floor(eligible × ratio), Offer §1) to their expiry, the incremental fair value (new − old, may be negative) and the incremental cost (max(0, incremental) per grant); a last row totals them.",
  summary: "spill: every grant's old and new values, incremental fair value and incremental cost (ASC 718), and a total row",
  args: [
    {
      name: "roster",
      type: "range",
      description:
        "The grant roster with its header row: grant id (or employee), grant date, eligible options, exercise price, optional expiration date and ISO/NSO, in any order.",
    },
    { name: "valuationDate", type: "scalar", description: "Date the grants are valued at: the exchange date." },
    { name: "spot", type: "scalar", description: "Stock price on the valuation date (greater than 0)." },
    { name: "rate", type: "scalar", description: "Continuously compounded risk-free rate, e.g. 0.05." },
    { name: "vol", type: "scalar", description: "Annualized volatility, e.g. 0.9." },
    { name: "divYield", type: "scalar", optional: true, description: "Continuously compounded dividend yield (default 0)." },
    {
      name: "terms",
      type: "range",
      optional: true,
      description:
        "Option exchange terms (name | value rows): ratio, oldOptionTermYears, newExercisePrice, expectedTerm (CONTRACTUAL or SIMPLIFIED), daysPerYear….",
    },
  ],
  result: {
    type: "spill",
    description:
      "Header, one row per grant (grant | eligible | old price | old years | old value per option | new options | new price | new years | new value per option | old fair value | new fair value | incremental fair value | incremental cost), then a total row.",
  },
  details: [
    "Each grant is valued twice at the valuation date (the exchange date) with Black–Scholes–Merton (IEEE doubles, Φ to about 1e-15): its eligible options at their exercise price until their own expiration (the roster's expiration date column, else the grant date plus term oldOptionTermYears, 10 years), and its new options — floor(eligible × ratio) per grant (Offer §1, Q7) — at term newExercisePrice (else the stock price: the new options are priced at the closing price on their grant date) until OPTEX_EXPIRY of the offer's expiration date, their tenth anniversary (Agreement §5G). Years are actual days ÷ daysPerYear (365).",
    "Incremental fair value = new grant's fair value − old grant's fair value, the modification's incremental value measured immediately before and after the exchange; it is negative when the new options are worth less. Incremental cost = max(0, incremental fair value) for that grant: under ASC 718-20-35-3 a modification is charged only for the excess, if any, of the new award's fair value over the old one's, and the original award's grant-date cost is still recognized — so a grant whose exchange lowers its value adds nothing and does not offset another grant's increase. The total row sums each column: its incremental cost is the sum of the grants' costs, at least its incremental fair value.",
    "expectedTerm CONTRACTUAL (default) values the new options over their whole remaining term; SIMPLIFIED uses SAB Topic 14.D.2's simplified method: each vesting tranche (1/3 on each of the first three anniversaries, Offer Q11, Agreement §5A, with the grant's own whole-share tranches) is expected to last the mean of its vesting date and the expiration, and the grant's expected term is their mean weighted by the tranche's shares. The old options keep their remaining contractual term in both (the roster has no vesting for them; docs/interpretations.md).",
    "A grant row that cannot be valued shows its error text (#VALUE! or #NUM!, the roster row and column, what is wrong) in its eligible cell and is left out of the total; the other rows still compute. A roster with a header and no grants gives the header and a total of zeros; a header missing a required column is #VALUE! naming it.",
  ],
  example: {
    formula: "=MPWR.OPTEX_VALUATION(A2:E5, DATE(2001,9,27), 0.34, 0.05, 1.2)",
    cells: {
      "A2:E5": [
        ["Grant", "Grant date", "Eligible options", "Exercise price", "Type"],
        [1001, "2000-03-15", 1000, 45, "NSO"],
        [1002, "2000-06-01", 1525, 38.5, "ISO"],
        [1003, "2001-01-10", 525, 12.25, "ISO"],
      ],
    },
  },
  more: ['=MPWR.OPTEX_VALUATION(A2:E5, DATE(2001,9,27), 0.34, 0.05, 1.2, , {"expectedTerm","SIMPLIFIED"})'],
  note: "The sample roster of the model workbook (Offer Q7's option counts) valued on the expiration date 2001-09-27 with the stock at $0.34 (the last sale price of 2001-08-22), 5 % and 120 %: the old options' ten-year terms from their grant dates against 750, 1,143 and 393 new ten-year options at $0.34. Grant 1003 (525 options at $12.25, the nearest the money) is worth less after the exchange: its incremental fair value is negative and its incremental cost 0, so the total cost exceeds the total incremental fair value by exactly that loss.",
  clauses: "Offer §1, Q7, §11; Agreement §5A, §5G; ASC 718-20-35-3; SAB Topic 14.D.2",
  impl: optexValuation,
});

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
      const firstRow = new Map<string | number, number>(); // grant id → its first row: a duplicate is not valued twice (as the pane)
      const firstRowByIndex: number[] = []; // the same for whole-number ids below 2^32: cheaper than the Map for 100,000 grants
      for (let i = start; i < grid.length; i++) {
        const cells = grid[i];
        if (isEmptyRangeRow(cells)) continue;
        const g = readExcelGrant(cells, columns, i + 1);
        const c0 = cells[0];
        if (typeof c0 !== "number" && isTotalRow(cells)) g.problems.unshift({ column: "grant", message: TOTAL_ROW });
        else if (columns.grant !== undefined && !isBlank(cells[columns.grant])) {
          const c = cells[columns.grant];
          const key = typeof c === "number" ? c : String(c).trim();
          const index = (key as number) >>> 0 === key; // a number 0 … 2^32 − 1 (−0 is 0, as the Map takes it; text never equals a number)
          const seen = index ? firstRowByIndex[key] : firstRow.get(key);
          if (seen === undefined) {
            if (index) firstRowByIndex[key] = g.line;
            else firstRow.set(key, g.line);
          } else g.problems.unshift({ column: "grant", message: `grant id ${quoted(String(key))} is also on row ${seen}: a duplicate, not summed twice` });
        }
        const v = setup.value(g);
        sum.add(v);
        const id = idColumn === undefined ? "" : idCell(cells[idColumn]);
        if ("message" in v) {
          const text = `${v.code === "num" ? "#NUM!" : "#VALUE!"} roster row ${g.line}, column ${columnName(v.column)}: ${v.message}`;
          out.push([id, text, "", "", "", "", "", "", "", "", "", "", ""]);
        } else {
          out.push([
            id,
            v.eligible,
            v.oldPrice,
            v.oldYears,
            v.oldPerOption,
            v.newOptions,
            v.newPrice,
            v.newYears,
            v.newPerOption,
            v.oldValue,
            v.newValue,
            v.incremental,
            v.cost,
          ]);
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
