import { optionExchangeTermsTable } from "../../calc/optionExchange/termsTable";
import { excelCall } from "../shared/errors";

/**
 * The default option exchange terms as a name | value table (docs/conventions.md#terms; dates as Excel dates). Copy it, edit values and pass it back as the terms argument.
 * @customfunction OPTEX_TERMS
 * @returns {any[][]} Header row name | value, then one row per term.
 */
export function optexTerms(): any[][] {
  return excelCall(() => optionExchangeTermsTable());
}
