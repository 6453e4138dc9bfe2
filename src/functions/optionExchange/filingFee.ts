import { filingFee } from "../../calc/optionExchange/filingFee";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { excelCall } from "../shared/errors";
import { optionalNumber, requiredNumber } from "../../input/values";
import { toExcelNumber } from "../shared/results";

/**
 * SEC filing fee for the Schedule TO: 1/50 of 1% of the transaction value, to the cent (Schedule TO cover, Rule 0-11(b)). $31,038,500 gives $6,207.70.
 * @customfunction OPTEX_FILING_FEE
 * @param {any} value Transaction value in dollars (at least 0).
 * @param {any} [rate] Fee rate from 0 to 1 (default 0.0002 = 1/50 of 1%).
 * @returns {number} Filing fee in dollars, rounded half-up to the cent.
 */
export function optexFilingFee(value: any, rate?: any): number {
  return excelCall(() => {
    const r = optionalNumber(rate, "rate") ?? optionExchangeTerms().feeRate;
    return toExcelNumber(filingFee(requiredNumber(value, "value"), r), "value");
  });
}
