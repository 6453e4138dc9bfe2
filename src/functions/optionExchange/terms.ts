import { optionExchangeTermsTable } from "../../calc/optionExchange/termsTable";
import { excelCall } from "../shared/errors";
import { defineFunction } from "../catalogue";

export const OPTEX_TERMS = /*#__PURE__*/ defineFunction({
  id: "OPTEX_TERMS",
  group: "optexOffer",
  description:
    "The default option exchange terms as a name | value table (docs/conventions.md#terms; dates as Excel dates). Copy it, edit values and pass it back as the terms argument.",
  summary: "spill: the default offer terms, to copy, edit and pass back",
  args: [],
  result: { type: "spill", description: "Header row name | value, then one row per term." },
  example: { formula: "=MPWR.OPTEX_TERMS()", dates: { rows: ["commencementDate", "expirationDate", "recordDate"] } },
  note: "The offer's own terms (docs/conventions.md#terms).",
  clauses: "Offer §1, §2, §13, §14, Q4, Q7, Q11; Agreement §5A, §5E, §5G; Schedule TO cover; docs/conventions.md#terms",
  impl: optexTerms,
});

export function optexTerms(): any[][] {
  return excelCall(() => optionExchangeTermsTable());
}
