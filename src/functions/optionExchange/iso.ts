import { isoSplit } from "../../calc/optionExchange/iso";
import { excelCall } from "../shared/errors";
import { grantDayArg, optexTermsArg, priorIsoArg } from "../shared/optexInputs";
import { requiredNumber } from "../../input/values";
import { toExcelNumber } from "../shared/results";
import { defineFunction } from "../catalogue";

export const OPTEX_ISO = /*#__PURE__*/ defineFunction({
  id: "OPTEX_ISO",
  group: "optexVesting",
  description:
    "Splits the new options into incentive and nonqualified stock options under the $100,000 per-year limit of IRC §422(d) (Offer §13): per calendar year of first exercisability, valued at the exercise price, earlier ISOs counted first.",
  summary: "spill: ISO / NSO shares per year under the $100,000 limit (Offer §13; IRC §422(d))",
  args: [
    { name: "newShares", type: "scalar", description: "New options granted (whole number ≥ 0)." },
    { name: "exercisePrice", type: "scalar", description: "Exercise price per share (greater than 0): the fair market value on the grant date." },
    { name: "grantDate", type: "scalar", optional: true, description: "Grant date (default: the expiration date 2001-09-27)." },
    { name: "priorIso", type: "range", optional: true, description: "Earlier ISOs: rows of year | value already first exercisable in that year." },
    { name: "terms", type: "range", optional: true, description: "Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. isoLimit." },
  ],
  result: { type: "spill", description: "Header row, then per year: year, shares first exercisable, value at exercise price, ISO shares, NSO shares." },
  example: { formula: "=MPWR.OPTEX_ISO(90000, 5, DATE(2001,9,27))" },
  note: "Illustrative: 90,000 new options at $5.00 vest 30,000 ($150,000) a year, above the $100,000 limit.",
  clauses: "Offer §13, Q18; IRC §422(d)",
  impl: optexIso,
});

export function optexIso(newShares: any, exercisePrice: any, grantDate?: any, priorIso?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    const shares = requiredNumber(newShares, "newShares", { integer: true, min: 0, what: "new options, a whole number ≥ 0" });
    const price = requiredNumber(exercisePrice, "exercisePrice", { min: 0, minExclusive: true, what: "exercise price per share" });
    const rows = isoSplit(t, shares, price, grantDayArg(grantDate, t), priorIsoArg(priorIso));
    return [
      ["year", "shares first exercisable", "value at exercise price", "ISO shares", "NSO shares"],
      ...rows.map((r) => [
        r.year,
        toExcelNumber(r.shares, "newShares"),
        toExcelNumber(r.value, () => [
          ["newShares", r.shares],
          ["exercisePrice", price],
        ]), // shares × exercise price
        toExcelNumber(r.isoShares, "newShares"),
        toExcelNumber(r.nsoShares, "newShares"),
      ]),
    ];
  });
}
