import { Dec } from "../../calc/core/decimal";
import { badValue } from "../../calc/core/errors";
import { NewOptionsTotal, checkEligible, checkRatio, newOptionsPerGrant } from "../../calc/optionExchange/newShares";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { asRange, isBlank, rectangular } from "../../input/cells";
import { excelCall } from "../shared/errors";
import { describeValue, optionalNumber } from "../../input/values";
import { toExcelNumber } from "../shared/results";
import { defineFunction } from "../catalogue";

export const OPTEX_NEWSHARES = /*#__PURE__*/ defineFunction({
  id: "OPTEX_NEWSHARES",
  group: "optexNewOptions",
  description:
    "New options per eligible grant: eligible options × 0.75, rounded down per grant (Offer §1, Q7). A range gives one result per grant in the same shape; empty cells stay empty.",
  summary: "new options per grant, same-shaped spill (Offer §1, Q7)",
  args: [
    { name: "eligible", type: "range", description: "Eligible options of a grant (whole number ≥ 0), or a range of grants." },
    { name: "ratio", type: "scalar", optional: true, description: "Exchange ratio, greater than 0 and at most 1 (default 0.75)." },
  ],
  result: { type: "spill", description: "New options per grant, same shape as eligible." },
  example: { formula: "=MPWR.OPTEX_NEWSHARES(A2:A4)", cells: { "A2:A4": [[1000], [1525], [525]] }, header: false },
  note: "The Offer's examples (Offer Q7, Answers Q5): 0.75 × each grant, rounded down per grant.",
  clauses: "Offer §1, Q7; Answers Q5",
  impl: optexNewShares,
});

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

export const OPTEX_TOTAL = /*#__PURE__*/ defineFunction({
  id: "OPTEX_TOTAL",
  group: "optexNewOptions",
  description:
    "Total new options for a range of eligible grants: the sum of the per-grant results, each rounded down (Offer §1, Q7) — never more than floor(total × ratio).",
  summary: "sum of the per-grant new options (Offer §1, §2)",
  args: [
    { name: "eligible", type: "range", description: "Eligible options per grant (whole numbers ≥ 0), one cell per grant; empty cells are skipped." },
    { name: "ratio", type: "scalar", optional: true, description: "Exchange ratio, greater than 0 and at most 1 (default 0.75)." },
  ],
  result: { type: "number", description: "Sum of the new options of every grant." },
  example: { formula: "=MPWR.OPTEX_TOTAL(A2:A4)", cells: { "A2:A4": [[1000], [1525], [525]] } },
  more: ["=MPWR.OPTEX_TOTAL(8496926)"],
  note: "The sum of the per-grant floors. All 8,496,926 eligible options as one grant give the Offer's bound of 6,372,694 (Offer §2).",
  clauses: "Offer §1, §2, Q7",
  impl: optexTotal,
});

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
