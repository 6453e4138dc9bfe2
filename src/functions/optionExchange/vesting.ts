import { lastExerciseDay } from "../../calc/optionExchange/expiry";
import { exercisableShares, vestedShares, vestingSchedule, VestingInput } from "../../calc/optionExchange/vesting";
import { OptionExchangeTerms } from "../../calc/optionExchange/terms";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { grantDayArg, optexTermsArg } from "../shared/optexInputs";
import { optionalDay, requiredDay, requiredNumber } from "../../input/values";
import { toExcelNumber } from "../shared/results";

const SHARES_RULE = { integer: true, min: 0, what: "new options, a whole number ≥ 0" };

/**
 * Vesting schedule of the new options: 1/3 on each of the first three anniversaries of the grant date (Offer Q11, Agreement §5A). Cumulative vested = floor(newShares × k / 3); the last date takes the remainder.
 * @customfunction OPTEX_SCHEDULE
 * @param {any} newShares New options granted (whole number ≥ 0).
 * @param {any} [grantDate] Grant date (default: the expiration date 2001-09-27).
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. vestYears or vestingRounding.
 * @returns {any[][]} Header row, then one row per vest date: vest date, shares vesting, cumulative.
 */
export function optexSchedule(newShares: any, grantDate?: any, terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    const shares = requiredNumber(newShares, "newShares", SHARES_RULE);
    const rows = vestingSchedule(t, shares, grantDayArg(grantDate, t));
    return [
      ["vest date", "shares vesting", "cumulative"],
      ...rows.map((r) => [serialFromDay(r.day), toExcelNumber(r.shares, "newShares"), toExcelNumber(r.cumulative, "newShares")]),
    ];
  });
}

function vestingInput(t: OptionExchangeTerms, newShares: any, asOf: any, grantDate: any, terminationDate: any, cocDate: any): VestingInput {
  return {
    newShares: requiredNumber(newShares, "newShares", SHARES_RULE),
    asOf: requiredDay(asOf, "asOf"),
    grantDay: grantDayArg(grantDate, t),
    terminationDay: optionalDay(terminationDate, "terminationDate"),
    cocDay: optionalDay(cocDate, "cocDate"),
  };
}

/**
 * New options vested at the close of asOf: nothing vests after termination; a change of control on or before termination vests everything (Offer §2, Q11; Agreement §5A, §5E, §5I).
 * @customfunction OPTEX_VESTED
 * @param {any} newShares New options granted (whole number ≥ 0).
 * @param {any} asOf Date to measure at: an Excel date or YYYY-MM-DD text.
 * @param {any} [grantDate] Grant date (default: the expiration date 2001-09-27).
 * @param {any} [terminationDate] Date employment terminated; omit while employed.
 * @param {any} [cocDate] Date of a change of control of Mpower Holding; omit if none.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see OPTEX_TERMS).
 * @returns {number} Shares vested.
 */
export function optexVested(newShares: any, asOf: any, grantDate?: any, terminationDate?: any, cocDate?: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    return toExcelNumber(vestedShares(t, vestingInput(t, newShares, asOf, grantDate, terminationDate, cocDate)), "newShares");
  });
}

/**
 * Vested new options still exercisable at asOf: none after the tenth anniversary of the grant date or after 30 days from termination; both last days included (Agreement §5E, §5G).
 * @customfunction OPTEX_EXERCISABLE
 * @param {any} newShares New options granted (whole number ≥ 0).
 * @param {any} asOf Date to measure at: an Excel date or YYYY-MM-DD text.
 * @param {any} [grantDate] Grant date (default: the expiration date 2001-09-27).
 * @param {any} [terminationDate] Date employment terminated; omit while employed.
 * @param {any} [cocDate] Date of a change of control of Mpower Holding; omit if none.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see OPTEX_TERMS).
 * @returns {number} Shares exercisable.
 */
export function optexExercisable(newShares: any, asOf: any, grantDate?: any, terminationDate?: any, cocDate?: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    return toExcelNumber(exercisableShares(t, vestingInput(t, newShares, asOf, grantDate, terminationDate, cocDate)), "newShares");
  });
}

/**
 * Last day a new option may be exercised: the earlier of the tenth anniversary of the grant date and 30 days after termination (Agreement §5E, §5G).
 * @customfunction OPTEX_EXPIRY
 * @param {any} grantDate Grant date: an Excel date or YYYY-MM-DD text (e.g. the expiration date 2001-09-27).
 * @param {any} [terminationDate] Date employment terminated; omit while employed.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. termYears or postTerminationDays.
 * @returns {number} Last exercise date (Excel date serial).
 */
export function optexExpiry(grantDate: any, terminationDate?: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    return serialFromDay(lastExerciseDay(t, requiredDay(grantDate, "grantDate"), optionalDay(terminationDate, "terminationDate")));
  });
}
