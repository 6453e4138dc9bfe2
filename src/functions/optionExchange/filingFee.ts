import { filingFee } from "../../calc/optionExchange/filingFee";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { excelCall } from "../shared/errors";
import { optionalNumber, requiredNumber } from "../../input/values";
import { toExcelNumber } from "../shared/results";
import { defineFunction } from "../catalogue";

export const OPTEX_FILING_FEE = /*#__PURE__*/ defineFunction({
  id: "OPTEX_FILING_FEE",
  group: "optexOffer",
  description:
    "SEC filing fee for the Schedule TO: 1/50 of 1% of the transaction value, to the cent (Schedule TO cover, Rule 0-11(b)). $31,038,500 gives $6,207.70.",
  summary: "Schedule TO filing fee, to the cent (cover page)",
  args: [
    { name: "value", type: "scalar", description: "Transaction value in dollars (at least 0)." },
    { name: "rate", type: "scalar", optional: true, description: "Fee rate from 0 to 1 (default 0.0002 = 1/50 of 1%)." },
  ],
  result: { type: "number", description: "Filing fee in dollars, rounded half-up to the cent." },
  example: { formula: "=MPWR.OPTEX_FILING_FEE(31038500)", format: "money" },
  note: "The Schedule TO cover's transaction value; the cover prints $6,277.70, not 1/50 of 1% of it (docs/interpretations.md).",
  clauses: "Schedule TO cover (calculation of filing fee); Rule 0-11(b)",
  impl: optexFilingFee,
});

export function optexFilingFee(value: any, rate?: any): number {
  return excelCall(() => {
    const r = optionalNumber(rate, "rate") ?? optionExchangeTerms().feeRate;
    return toExcelNumber(filingFee(requiredNumber(value, "value"), r), "value");
  });
}
