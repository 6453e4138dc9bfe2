import { breakevenPrice } from "../../calc/optionExchange/breakeven";
import { OPTION_TYPES, blackScholes } from "../../calc/optionExchange/blackScholes";
import { exchangeValue } from "../../calc/optionExchange/exchangeValue";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { Dec } from "../../calc/core/decimal";
import { excelCall } from "../shared/errors";
import { optionalNumber, optionalWord, requiredNumber } from "../../input/values";
import { Driver, toExcelNumber } from "../shared/results";
import { blackScholesDrivers } from "../shared/optexDrivers";
import { defineFunction } from "../catalogue";

export const OPTEX_BREAKEVEN = /*#__PURE__*/ defineFunction({
  id: "OPTEX_BREAKEVEN",
  group: "optexValuation",
  description: "Stock price above which keeping the old option pays more at exercise than the new ones: (oldStrike − ratio × newStrike) / (1 − ratio). #N/A when newStrike ≥ oldStrike (the old option is never worse).",
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
    return toExcelNumber(breakevenPrice(oldK, newK, r), () => [["oldStrike", oldK], ["newStrike", newK], ["ratio", new Dec(1).div(new Dec(1).minus(r))]]);
  });
}

export const OPTEX_BLACKSCHOLES = /*#__PURE__*/ defineFunction({
  id: "OPTEX_BLACKSCHOLES",
  group: "optexValuation",
  description: "Black–Scholes–Merton value of a European call (default) or put, with continuous risk-free rate and dividend yield (the valuation model named on the Schedule TO cover).",
  summary: "Black–Scholes–Merton value of a call or put (Schedule TO cover)",
  args: [
    { name: "spot", type: "scalar", description: "Stock price (greater than 0)." },
    { name: "strike", type: "scalar", description: "Exercise price (greater than 0)." },
    { name: "years", type: "scalar", description: "Time to expiry in years (0 to 1000)." },
    { name: "rate", type: "scalar", description: "Continuously compounded risk-free rate, e.g. 0.05 (may be negative; beyond ±1, i.e. ±100 %, it is refused as a whole percent)." },
    { name: "vol", type: "scalar", description: "Annualized volatility, e.g. 0.2, from 0 to 5 (500 %): 90 is refused, type 90% or 0.9." },
    { name: "divYield", type: "scalar", optional: true, description: "Continuously compounded dividend yield (default 0)." },
    { name: "type", type: "scalar", optional: true, description: "CALL (default) or PUT." },
  ],
  result: { type: "number", description: "Option value per share." },
  example: { formula: "=MPWR.OPTEX_BLACKSCHOLES(42, 40, 0.5, 0.1, 0.2)" },
  more: [
    '=MPWR.OPTEX_BLACKSCHOLES(42, 40, 0.5, 0.1, 0.2, 0, "PUT")',
  ],
  note: "Hull's textbook example (Options, Futures, and Other Derivatives): call 4.76, put 0.81.",
  clauses: "Schedule TO cover (Black-Scholes option pricing model)",
  impl: optexBlackScholes,
});

export function optexBlackScholes(spot: any, strike: any, years: any, rate: any, vol: any, divYield?: any, type?: any): number {
  return excelCall(() => {
    const input = {
      spot: requiredNumber(spot, "spot"),
      strike: requiredNumber(strike, "strike"),
      years: requiredNumber(years, "years"),
      rate: requiredNumber(rate, "rate"),
      vol: requiredNumber(vol, "vol"),
      divYield: optionalNumber(divYield, "divYield") ?? new Dec(0),
      type: optionalWord(type, "type", OPTION_TYPES, "CALL"),
    };
    const value = blackScholes(input);
    return toExcelNumber(value, () => blackScholesDrivers(input, { spot: "spot", strike: "strike", years: "years", rate: "rate", divYield: "divYield" }));
  });
}

export const OPTEX_EXCHANGE_VALUE = /*#__PURE__*/ defineFunction({
  id: "OPTEX_EXCHANGE_VALUE",
  group: "optexValuation",
  description: "Black–Scholes value of an eligible grant against the new options it would be exchanged for: old grant value, new grant value, incremental fair value, and the value-for-value ratio (new options per old option at equal value).",
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
      oldStrike: requiredNumber(oldStrike, "oldStrike"),
      oldYears: requiredNumber(oldYears, "oldYears"),
      newStrike: requiredNumber(newStrike, "newStrike"),
      spot: requiredNumber(spot, "spot"),
      rate: requiredNumber(rate, "rate"),
      vol: requiredNumber(vol, "vol"),
      newYears: optionalNumber(newYears, "newYears") ?? defaults.termYears, // Agreement §5G: ten years
      ratio: optionalNumber(ratio, "ratio") ?? defaults.ratio,
      divYield: optionalNumber(divYield, "divYield") ?? new Dec(0),
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
      ["old grant value", toExcelNumber(v.oldValue, oldGrant)],
      ["new grant value", toExcelNumber(v.newValue, newGrant)],
      ["incremental value", toExcelNumber(v.incremental, newGrant)],
      ["value-for-value ratio", v.valueForValueRatio === undefined ? "" : toExcelNumber(v.valueForValueRatio, perOption)],
    ];
  });
}
