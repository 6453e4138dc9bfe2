import { isEligible } from "../../calc/optionExchange/eligibility";
import { excelCall } from "../shared/errors";
import { optexTermsArg } from "../shared/optexInputs";
import { optionalDay, requiredDay } from "../../input/values";
import { defineFunction } from "../catalogue";

export const OPTEX_ELIGIBLE = /*#__PURE__*/ defineFunction({
  id: "OPTEX_ELIGIBLE",
  group: "optexNewOptions",
  description:
    'TRUE if the employee was an "Mpower employee" on both June 25, 2001 and the offer\'s expiration date, the eligibility test of the Offer (Offer Q4). A termination on the expiration date itself still counts as employed that day.',
  summary: "TRUE if employed on 2001-06-25 and on the expiration date (Offer Q4)",
  args: [
    { name: "hireDate", type: "scalar", description: "Date employment began: an Excel date or YYYY-MM-DD text." },
    { name: "terminationDate", type: "scalar", optional: true, description: "Last day of employment; omit while still employed." },
    {
      name: "terms",
      type: "range",
      optional: true,
      description: "Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. recordDate or expirationDate.",
    },
  ],
  result: { type: "boolean", description: "TRUE when eligible to exchange." },
  example: { formula: "=MPWR.OPTEX_ELIGIBLE(DATE(2001,6,25), DATE(2001,9,27))" },
  more: ["=MPWR.OPTEX_ELIGIBLE(DATE(2001,6,26))", "=MPWR.OPTEX_ELIGIBLE(DATE(1998,3,2), DATE(2001,9,26))"],
  note: "Hired on the record date 2001-06-25 and terminated on the expiration date 2001-09-27: employed on both days.",
  clauses: "Offer Q4; Answers 3",
  impl: optexEligible,
});

export function optexEligible(hireDate: any, terminationDate?: any, terms?: any[][]): boolean {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    return isEligible(t, { hireDay: requiredDay(hireDate, "hireDate"), terminationDay: optionalDay(terminationDate, "terminationDate") });
  });
}
