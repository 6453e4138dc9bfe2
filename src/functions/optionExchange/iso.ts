import { isoSplit } from "../../calc/optionExchange/iso";
import { excelCall } from "../shared/errors";
import { grantDayArg, optexTermsArg, priorIsoArg } from "../shared/optexInputs";
import { requiredNumber } from "../../input/values";
import { toExcelNumber } from "../shared/results";

/**
 * Splits the new options into incentive and nonqualified stock options under the $100,000 per-year limit of IRC §422(d) (Offer §13): per calendar year of first exercisability, valued at the exercise price, earlier ISOs counted first.
 * @customfunction OPTEX_ISO
 * @param {any} newShares New options granted (whole number ≥ 0).
 * @param {any} exercisePrice Exercise price per share (greater than 0): the fair market value on the grant date.
 * @param {any} [grantDate] Grant date (default: the expiration date 2001-09-27).
 * @param {any[][]} [priorIso] Earlier ISOs: rows of year | value already first exercisable in that year.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. isoLimit.
 * @returns {any[][]} Header row, then per year: year, shares first exercisable, value at exercise price, ISO shares, NSO shares.
 */
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
        toExcelNumber(r.value, () => [["newShares", r.shares], ["exercisePrice", price]]), // shares × exercise price
        toExcelNumber(r.isoShares, "newShares"),
        toExcelNumber(r.nsoShares, "newShares"),
      ]),
    ];
  });
}
