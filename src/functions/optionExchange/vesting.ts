import { lastExerciseDay } from "../../calc/optionExchange/expiry";
import { exercisableShares, vestedShares, vestingSchedule, VestingInput } from "../../calc/optionExchange/vesting";
import { OptionExchangeTerms } from "../../calc/optionExchange/terms";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { grantDayArg, optexTermsArg } from "../shared/optexInputs";
import { optionalDay, requiredDay, requiredNumber } from "../../input/values";
import { toExcelNumber } from "../shared/results";
import { defineFunction } from "../catalogue";

const SHARES_RULE = { integer: true, min: 0, what: "new options, a whole number ≥ 0" };

export const OPTEX_SCHEDULE = /*#__PURE__*/ defineFunction({
  id: "OPTEX_SCHEDULE",
  group: "optexVesting",
  description:
    "Vesting schedule of the new options: 1/3 on each of the first three anniversaries of the grant date (Offer Q11, Agreement §5A). Cumulative vested = floor(newShares × k / 3); the last date takes the remainder.",
  summary: "spill: vest dates, shares vesting, cumulative (Offer Q11, Agreement §5A)",
  args: [
    { name: "newShares", type: "scalar", description: "New options granted (whole number ≥ 0)." },
    { name: "grantDate", type: "scalar", optional: true, description: "Grant date (default: the expiration date 2001-09-27)." },
    {
      name: "terms",
      type: "range",
      optional: true,
      description: "Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. vestYears or vestingRounding.",
    },
  ],
  result: { type: "spill", description: "Header row, then one row per vest date: vest date, shares vesting, cumulative." },
  example: { formula: "=MPWR.OPTEX_SCHEDULE(750, DATE(2001,9,27))", dates: { columns: ["vest date"] } },
  note: "The 750 new options for 1,000 eligible, granted on the expiration date 2001-09-27.",
  clauses: "Offer Q11; Agreement §5A",
  impl: optexSchedule,
});

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

/** The arguments OPTEX_VESTED and OPTEX_EXERCISABLE share (one grant measured at a date). */
const VESTED_ARGS = [
  { name: "newShares", type: "scalar", description: "New options granted (whole number ≥ 0)." },
  { name: "asOf", type: "scalar", description: "Date to measure at: an Excel date or YYYY-MM-DD text." },
  { name: "grantDate", type: "scalar", optional: true, description: "Grant date (default: the expiration date 2001-09-27)." },
  { name: "terminationDate", type: "scalar", optional: true, description: "Date employment terminated; omit while employed." },
  { name: "cocDate", type: "scalar", optional: true, description: "Date of a change of control of Mpower Holding; omit if none." },
  { name: "terms", type: "range", optional: true, description: "Rows of name | value overriding the default terms (see OPTEX_TERMS)." },
] as const;

export const OPTEX_VESTED = /*#__PURE__*/ defineFunction({
  id: "OPTEX_VESTED",
  group: "optexVesting",
  description:
    "New options vested at the close of asOf: nothing vests after termination; a change of control on or before termination vests everything (Offer §2, Q11; Agreement §5A, §5E, §5I).",
  summary: "new options vested at `asOf` (Offer §2; Agreement §5A, §5E, §5I)",
  args: VESTED_ARGS,
  result: { type: "number", description: "Shares vested." },
  example: { formula: "=MPWR.OPTEX_VESTED(750, DATE(2003,9,27), DATE(2001,9,27))" },
  more: ["=MPWR.OPTEX_VESTED(750, DATE(2002,1,15), DATE(2001,9,27), , DATE(2002,1,2))"],
  note: "750 new options granted 2001-09-27: two installments by the second anniversary; a change of control vests everything.",
  clauses: "Offer §2, Q11; Agreement §5A, §5E, §5I",
  impl: optexVested,
});

export function optexVested(newShares: any, asOf: any, grantDate?: any, terminationDate?: any, cocDate?: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    return toExcelNumber(vestedShares(t, vestingInput(t, newShares, asOf, grantDate, terminationDate, cocDate)), "newShares");
  });
}

export const OPTEX_EXERCISABLE = /*#__PURE__*/ defineFunction({
  id: "OPTEX_EXERCISABLE",
  group: "optexVesting",
  description:
    "Vested new options still exercisable at asOf: none after the tenth anniversary of the grant date or after 30 days from termination; both last days included (Agreement §5E, §5G).",
  summary: "vested options still exercisable at `asOf` (Agreement §5E, §5G)",
  args: VESTED_ARGS,
  result: { type: "number", description: "Shares exercisable." },
  example: { formula: "=MPWR.OPTEX_EXERCISABLE(750, DATE(2004,1,15), DATE(2001,9,27), DATE(2003,12,31))" },
  more: ["=MPWR.OPTEX_EXERCISABLE(750, DATE(2004,2,1), DATE(2001,9,27), DATE(2003,12,31))"],
  note: "Terminated 2003-12-31 with two installments vested: exercisable for 30 days, through 2004-01-30.",
  clauses: "Agreement §5E, §5G; Offer Q13",
  impl: optexExercisable,
});

export function optexExercisable(newShares: any, asOf: any, grantDate?: any, terminationDate?: any, cocDate?: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    return toExcelNumber(exercisableShares(t, vestingInput(t, newShares, asOf, grantDate, terminationDate, cocDate)), "newShares");
  });
}

export const OPTEX_EXPIRY = /*#__PURE__*/ defineFunction({
  id: "OPTEX_EXPIRY",
  group: "optexVesting",
  description:
    "Last day a new option may be exercised: the earlier of the tenth anniversary of the grant date and 30 days after termination (Agreement §5E, §5G).",
  summary: "last exercise day (Agreement §5E, §5G)",
  args: [
    { name: "grantDate", type: "scalar", description: "Grant date: an Excel date or YYYY-MM-DD text (e.g. the expiration date 2001-09-27)." },
    { name: "terminationDate", type: "scalar", optional: true, description: "Date employment terminated; omit while employed." },
    {
      name: "terms",
      type: "range",
      optional: true,
      description: "Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. termYears or postTerminationDays.",
    },
  ],
  result: { type: "number", description: "Last exercise date (Excel date serial)." },
  example: { formula: "=MPWR.OPTEX_EXPIRY(DATE(2001,9,27))", format: "date" },
  more: [{ formula: "=MPWR.OPTEX_EXPIRY(DATE(2001,9,27), DATE(2003,12,31))", format: "date" }],
  note: "The 2001-09-27 grant expires on its tenth anniversary, or 30 days after termination.",
  clauses: "Agreement §5E, §5G; Offer Q13",
  impl: optexExpiry,
});

export function optexExpiry(grantDate: any, terminationDate?: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    return serialFromDay(lastExerciseDay(t, requiredDay(grantDate, "grantDate"), optionalDay(terminationDate, "terminationDate")));
  });
}
