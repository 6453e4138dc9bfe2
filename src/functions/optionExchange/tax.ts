import { badValue } from "../../calc/core/errors";
import { OPTION_TAX_TYPES, optionTax } from "../../calc/optionExchange/tax";
import { isBlank } from "../../input/cells";
import { excelCall } from "../shared/errors";
import { optionalDay, optionalNumber, optionalWord, requiredDay, requiredNumber } from "../../input/values";
import { Driver, toExcelNumber } from "../shared/results";

/**
 * U.S. federal income tax consequences of exercising options and selling the stock (Offer §13, following the Internal Revenue Code): ordinary income, capital gain, long-term or not, AMT adjustment, qualifying ISO disposition.
 * @customfunction OPTEX_TAX
 * @param {any} type ISO (incentive stock option) or NSO (nonqualified stock option).
 * @param {any} shares Shares exercised (whole number ≥ 0).
 * @param {any} exercisePrice Exercise price per share (greater than 0).
 * @param {any} grantDate Grant date of the option: an Excel date or YYYY-MM-DD text.
 * @param {any} exerciseDate Exercise date (on or after the grant date).
 * @param {any} fmvAtExercise Fair market value per share on the exercise date (greater than 0).
 * @param {any} [saleDate] Date the shares are sold (on or after the exercise date); omit if not sold.
 * @param {any} [salePrice] Sale price per share (at least 0); required with saleDate.
 * @returns {any[][]} Header row label | value, then: ordinary income, capital gain, long-term, AMT adjustment, qualifying disposition (amounts in total for the shares; "" where not applicable).
 */
export function optexTax(
  type: any,
  shares: any,
  exercisePrice: any,
  grantDate: any,
  exerciseDate: any,
  fmvAtExercise: any,
  saleDate?: any,
  salePrice?: any,
): any[][] {
  return excelCall(() => {
    if (isBlank(type)) throw badValue("type", "ISO or NSO is required");
    const input = {
      type: optionalWord(type, "type", OPTION_TAX_TYPES, "ISO"),
      shares: requiredNumber(shares, "shares", { integer: true, min: 0, what: "shares exercised, a whole number ≥ 0" }),
      exercisePrice: requiredNumber(exercisePrice, "exercisePrice"),
      grantDay: requiredDay(grantDate, "grantDate"),
      exerciseDay: requiredDay(exerciseDate, "exerciseDate"),
      fmvAtExercise: requiredNumber(fmvAtExercise, "fmvAtExercise"),
      saleDay: optionalDay(saleDate, "saleDate"),
      salePrice: optionalNumber(salePrice, "salePrice"),
    };
    const r = optionTax(input);
    // Every amount is shares × a difference of the prices: the largest of them drives it.
    const amounts = (): Driver[] => [
      ["shares", input.shares],
      ["exercisePrice", input.exercisePrice],
      ["fmvAtExercise", input.fmvAtExercise],
      ...(input.salePrice ? [["salePrice", input.salePrice] as const] : []),
    ];
    const opt = <T>(v: T | undefined, f: (x: T) => number | boolean) => (v === undefined ? "" : f(v));
    return [
      ["label", "value"],
      ["ordinary income", toExcelNumber(r.ordinaryIncome, amounts)],
      ["capital gain", opt(r.capitalGain, (x) => toExcelNumber(x, amounts))],
      ["long-term", opt(r.longTerm, (x) => x)],
      ["AMT adjustment", toExcelNumber(r.amtAdjustment, amounts)],
      ["qualifying disposition", opt(r.qualifying, (x) => x)],
    ];
  });
}
