import { isEligible } from "../../calc/optionExchange/eligibility";
import { excelCall } from "../shared/errors";
import { optexTermsArg } from "../shared/optexInputs";
import { optionalDay, requiredDay } from "../../input/values";

/**
 * TRUE if the employee was an "Mpower employee" on both June 25, 2001 and the offer's expiration date, the eligibility test of the Offer (Offer Q4). A termination on the expiration date itself still counts as employed that day.
 * @customfunction OPTEX_ELIGIBLE
 * @param {any} hireDate Date employment began: an Excel date or YYYY-MM-DD text.
 * @param {any} [terminationDate] Last day of employment; omit while still employed.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. recordDate or expirationDate.
 * @returns {boolean} TRUE when eligible to exchange.
 */
export function optexEligible(hireDate: any, terminationDate?: any, terms?: any[][]): boolean {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    return isEligible(t, { hireDay: requiredDay(hireDate, "hireDate"), terminationDay: optionalDay(terminationDate, "terminationDate") });
  });
}
