import { breakevenPrice } from "../../calc/optionExchange/breakeven";
import { OPTION_TYPES, blackScholes } from "../../calc/optionExchange/blackScholes";
import { exchangeValue } from "../../calc/optionExchange/exchangeValue";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { Dec } from "../../calc/core/decimal";
import { excelCall } from "../shared/errors";
import { optionalNumber, optionalWord, requiredNumber } from "../../input/values";
import { Driver, toExcelNumber } from "../shared/results";
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
