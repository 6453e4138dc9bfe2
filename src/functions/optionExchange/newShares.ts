import { Dec } from "../../calc/core/decimal";
import { badValue } from "../../calc/core/errors";
import { NewOptionsTotal, checkEligible, checkRatio, newOptionsPerGrant } from "../../calc/optionExchange/newShares";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { asRange, isBlank, rectangular } from "../../input/cells";
import { excelCall } from "../shared/errors";
import { describeValue, optionalNumber } from "../../input/values";
import { toExcelNumber } from "../shared/results";

/**
 * New options per eligible grant: eligible options × 0.75, rounded down per grant (Offer §1, Q7). A range gives one result per grant in the same shape; empty cells stay empty.
 * @customfunction OPTEX_NEWSHARES
 * @param {any[][]} eligible Eligible options of a grant (whole number ≥ 0), or a range of grants.
 * @param {any} [ratio] Exchange ratio, greater than 0 and at most 1 (default 0.75).
 * @returns {any[][]} New options per grant, same shape as eligible.
 */
export function optexNewShares(eligible: any[][], ratio?: any): any[][] {
  return excelCall(() => {
    const r = checkRatio(optionalNumber(ratio, "ratio") ?? optionExchangeTerms().ratio);
    const range = rectangular(asRange(eligible));
    if (range.length === 0 || range[0].length === 0) throw badValue("eligible", "the range has no cells");
    const perGrant = newOptionsPerGrant(r);
    const single = isSingle(eligible);
    const where = (i: number, j: number) => `eligible${single ? "" : ` (row ${i + 1}, column ${j + 1})`}`; // only for a message
    return range.map((row, i) =>
      row.map((cell, j) => {
        if (isBlank(cell)) return ""; // docs/conventions.md: empty stays empty
        if (typeof cell !== "number") throw badValue(where(i, j), `expected a whole number of options, got ${describeValue(cell)}`);
        if (!Number.isFinite(cell)) throw badValue(where(i, j), "the number is not finite");
        if (!Number.isInteger(cell) || cell < 0) checkEligible(new Dec(cell), where(i, j)); // the #NUM! saying why, naming the cell
        return perGrant(cell);
      }),
    );
  });
}

/**
 * Total new options for a range of eligible grants: the sum of the per-grant results, each rounded down (Offer §1, Q7) — never more than floor(total × ratio).
 * @customfunction OPTEX_TOTAL
 * @param {any[][]} eligible Eligible options per grant (whole numbers ≥ 0), one cell per grant; empty cells are skipped.
 * @param {any} [ratio] Exchange ratio, greater than 0 and at most 1 (default 0.75).
 * @returns {number} Sum of the new options of every grant.
 */
export function optexTotal(eligible: any[][], ratio?: any): number {
  return excelCall(() => {
    const r = checkRatio(optionalNumber(ratio, "ratio") ?? optionExchangeTerms().ratio);
    const range = asRange(eligible);
    const single = isSingle(eligible);
    const total = new NewOptionsTotal(r);
    for (let i = 0; i < range.length; i++) {
      const row = range[i];
      for (let j = 0; j < row.length; j++) {
        const cell = row[j];
        if (isBlank(cell)) continue; // docs/conventions.md: empty cells are no grant
        if (typeof cell !== "number" || !Number.isInteger(cell) || cell < 0) {
          const where = `eligible${single ? "" : ` (row ${i + 1}, column ${j + 1})`}`; // only for a message
          if (typeof cell !== "number") throw badValue(where, `expected a whole number of options, got ${describeValue(cell)}`);
          if (!Number.isFinite(cell)) throw badValue(where, "the number is not finite");
          checkEligible(new Dec(cell), where); // the #NUM! saying why, naming the cell
        }
        total.add(cell);
      }
    }
    return toExcelNumber(total.total(), "eligible");
  });
}

function isSingle(v: unknown): boolean {
  return !Array.isArray(v) || (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1);
}
