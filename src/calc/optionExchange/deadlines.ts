import { badNumber } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { ExtraHolidays, NO_EXTRA_HOLIDAYS, isBusinessDay } from "../time/businessDays";
import { checkResultDay } from "./checks";
import { businessDayOffset } from "./extension";
import { OptionExchangeTerms } from "./terms";

/** One date of the offer's calendar (OPTEX_DEADLINES). */
export interface Deadline {
  label: string;
  /** The date; TRUE/FALSE for the row that says whether the minimum period is met. */
  day: Day | boolean;
  /** Time of day, Eastern (the Offer states Eastern Daylight Time); "" when the rule gives none. */
  time: string;
  rule: string;
}

/** Rule 13e-4(f)(1)(i), Rule 14e-1(a): an issuer tender offer stays open at least 20 business days. */
const MINIMUM_OPEN_BUSINESS_DAYS = 20;
/** Rule 13e-4(a)(3): a business day runs from 12:01 a.m. through 12:00 midnight; (f)(1)(i): the minimum period. */
const RULE_13E4 = "Rule 13e-4(a)(3), (f)(1)(i)";
/** Rule 13e-4(f)(2)(ii): securities not yet accepted may be withdrawn after 40 business days from commencement. */
const WITHDRAWAL_BUSINESS_DAYS = 40;

/**
 * The `n`th business day of a period that begins on `start`: the start day
 * counts as the first when it is a business day, otherwise the period begins
 * on the next business day (the counting rule of Rule 14d-1(g)(3) the Offer's
 * "business day" follows, Offer §1).
 */
function nthBusinessDay(start: Day, n: number, extra: ExtraHolidays, arg: string): Day {
  return businessDayOffset(start, isBusinessDay(start, extra) ? n - 1 : n, arg, arg, extra);
}

/**
 * The last day a notice of a change in the consideration or the eligible
 * options can be published without extending the offer (Offer §1, §14): the
 * last d with (d + `n` business days) ≤ expiration. d + n business days is a
 * business day, so it must be at most e, the last business day on or before
 * the expiration; b = e − n business days reaches e exactly, and so does every
 * day up to the next business day after b, exclusive.
 */
function latestNoticeWithoutExtension(expiration: Day, n: number, extra: ExtraHolidays): Day {
  if (n === 0) return expiration; // the notice day itself is the 0th business day after it
  const lastBusinessDay = isBusinessDay(expiration, extra) ? expiration : businessDayOffset(expiration, -1, "expiration", "expiration", extra);
  const b = businessDayOffset(lastBusinessDay, -n, "expiration", "expiration", extra);
  return businessDayOffset(b, 1, "expiration", "expiration", extra) - 1;
}

/**
 * Rule 13e-4(a)(3): a business day "shall consist of the time period from
 * 12:01 a.m. through 12:00 midnight Eastern Time", and the offer must stay
 * open 20 of them (Rule 13e-4(f)(1)(i)). The Offer expires at 11:59 p.m.
 * (Offer §1), so an expiration on the 20th business day itself leaves the
 * offer open one minute short of 20 full business days: the minimum is met
 * only by an expiration dated after the 20th business day. Not an error —
 * the row says so, with the earliest compliant 11:59 p.m. expiration.
 */
function minimumPeriodRow(twentieth: Day, expiration: Day): Deadline {
  const met = expiration > twentieth;
  const rule = met
    ? `open past 12:00 midnight ending the 20th business day, ${formatIso(twentieth)} (${RULE_13E4})`
    : `one minute short of 20 full business days (${RULE_13E4}); the earliest compliant 11:59 p.m. expiration is on ${formatIso(twentieth + 1)}`;
  return { label: "minimum period met", day: met, time: "", rule };
}

/**
 * The offer's calendar from its commencement and expiration (defaults: terms
 * commencementDate and expirationDate), business days as OPTEX_BUSINESSDAY
 * counts them. An expiration before the 20th business day is #NUM!.
 */
export function offerDeadlines(t: OptionExchangeTerms, commencementDay?: Day, expirationDay?: Day, extra: ExtraHolidays = NO_EXTRA_HOLIDAYS): Deadline[] {
  const commencement = commencementDay ?? t.commencementDate;
  const expiration = expirationDay ?? t.expirationDate;
  const earliest = nthBusinessDay(commencement, MINIMUM_OPEN_BUSINESS_DAYS, extra, "commencement");
  if (expiration < earliest) {
    const which = expirationDay === undefined ? "the expiration (term expirationDate)" : "the expiration";
    throw badNumber(
      ["expiration", "commencement"], // the two together: the offer must stay open 20 business days from one to the other
      `${which} ${formatIso(expiration)} is before ${formatIso(earliest)}, the ${MINIMUM_OPEN_BUSINESS_DAYS}th business day from the commencement ${formatIso(commencement)}: an offer stays open at least ${MINIMUM_OPEN_BUSINESS_DAYS} business days (Rules 13e-4(f)(1)(i), 14e-1(a))`,
    );
  }
  const n = t.extensionBusinessDays.toNumber();
  const nextBusinessDay = businessDayOffset(expiration, 1, "expiration", "expiration", extra);
  const fortieth = nthBusinessDay(commencement, WITHDRAWAL_BUSINESS_DAYS, extra, "commencement");
  return [
    {
      label: "offer commences",
      day: commencement,
      time: "12:01 a.m.",
      rule: "the date the offer is first sent to option holders (by default the date of the Offer to Exchange, 2001-08-27: Schedule TO Item 1); an issuer tender offer commences at 12:01 a.m. that day (Rule 13e-4(a)(4))",
    },
    {
      label: "earliest permitted expiration",
      day: earliest,
      time: "12:00 midnight",
      rule: `the offer stays open at least ${MINIMUM_OPEN_BUSINESS_DAYS} business days, the commencement day counting as day 1 when it is a business day (Rules 13e-4(f)(1)(i), 14e-1(a); business day as in Offer §1)`,
    },
    {
      label: "expiration: last moment to elect, change or withdraw",
      day: expiration,
      time: "11:59 p.m.",
      rule: "elections and changes of election must be received before the offer expires (Offer §1, §5)",
    },
    {
      label: "new options granted",
      day: expiration,
      time: "",
      rule: 'the new options are granted "on the expiration date" (Offer §1, Q8)',
    },
    {
      label: "latest change notice without an extension",
      day: latestNoticeWithoutExtension(expiration, n, extra),
      time: "",
      rule: `the last day a notice changing the consideration or the eligible options leaves the expiration at least ${n} business days after it; a later notice extends the offer to the ${n}th business day after the notice (Offer §1, §14; OPTEX_EXTENSION)`,
    },
    {
      label: "extension announced by",
      day: nextBusinessDay,
      time: "9:00 a.m.",
      rule: "an extension is announced no later than 9:00 a.m. on the next business day after the scheduled expiration (Offer §14; Rule 14e-1(d))",
    },
    {
      label: "acceptance deadline; after it tendered options may be withdrawn",
      day: nextBusinessDay,
      time: "9:00 a.m.",
      rule: "unless the tendered options are accepted before 9:00 a.m. on the business day after the expiration date, they may be withdrawn at any time after the expiration (Offer §5)",
    },
    {
      label: "withdrawal right if not yet accepted",
      day: checkResultDay(fortieth + 1, "commencement", `the day after the ${WITHDRAWAL_BUSINESS_DAYS}th business day from ${formatIso(commencement)}`),
      time: "12:01 a.m.",
      rule: `options not yet accepted may be withdrawn after the ${WITHDRAWAL_BUSINESS_DAYS}th business day from the commencement, counted as above (Rule 13e-4(f)(2)(ii)); this is the day after it`,
    },
    minimumPeriodRow(earliest, expiration),
    {
      label: "earliest compliant expiration at 11:59 p.m.",
      day: checkResultDay(earliest + 1, "commencement", "the day after the 20th business day"),
      time: "11:59 p.m.",
      rule: `the day after the 20th business day (${RULE_13E4}; Offer §1)`,
    },
  ];
}
