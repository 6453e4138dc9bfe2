import { badValue } from "../../calc/core/errors";
import { OPTION_TAX_TYPES, optionTax } from "../../calc/optionExchange/tax";
import { isBlank } from "../../input/cells";
import { excelCall } from "../shared/errors";
import { optionalDay, optionalNumber, optionalWord, requiredDay, requiredNumber } from "../../input/values";
import { Driver, toExcelNumber } from "../shared/results";
import { defineFunction } from "../catalogue";

export const OPTEX_TAX = /*#__PURE__*/ defineFunction({
  id: "OPTEX_TAX",
  group: "optexValuation",
  description:
    "U.S. federal income tax consequences of exercising options and selling the stock (Offer §13, following the Internal Revenue Code): ordinary income, capital gain, long-term or not, AMT adjustment, qualifying ISO disposition.",
  summary: "spill: ordinary income, capital gain, long-term, AMT adjustment, qualifying disposition (Offer §13)",
  args: [
    { name: "type", type: "scalar", description: "ISO (incentive stock option) or NSO (nonqualified stock option)." },
    { name: "shares", type: "scalar", description: "Shares exercised (whole number ≥ 0)." },
    { name: "exercisePrice", type: "scalar", description: "Exercise price per share (greater than 0)." },
    { name: "grantDate", type: "scalar", description: "Grant date of the option: an Excel date or YYYY-MM-DD text." },
    { name: "exerciseDate", type: "scalar", description: "Exercise date (on or after the grant date)." },
    { name: "fmvAtExercise", type: "scalar", description: "Fair market value per share on the exercise date (greater than 0)." },
    { name: "saleDate", type: "scalar", optional: true, description: "Date the shares are sold (on or after the exercise date); omit if not sold." },
    { name: "salePrice", type: "scalar", optional: true, description: "Sale price per share (at least 0); required with saleDate." },
  ],
  result: {
    type: "spill",
    description:
      'Header row label | value, then: ordinary income, capital gain, long-term, AMT adjustment, qualifying disposition (amounts in total for the shares; "" where not applicable).',
  },
  example: { formula: '=MPWR.OPTEX_TAX("ISO", 100, 1, DATE(2001,9,27), DATE(2003,1,2), 5, DATE(2003,6,2), 8)' },
  note: "100 ISO shares at $1, worth $5 at exercise, sold at $8 within a year: ordinary income is the spread at exercise, the rest capital gain (docs/interpretations.md).",
  clauses: "Offer §13; IRC §421(b), §422(a), §422(c)(2), §56(b)(3), §1222",
  impl: optexTax,
});

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
