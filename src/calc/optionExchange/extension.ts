import { notAvailable, badNumber } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { ExtraHolidays, NO_EXTRA_HOLIDAYS, addBusinessDays } from "../time/businessDays";
import { checkResultDay } from "./checks";
import { OptionExchangeTerms } from "./terms";

/**
 * About 380 years of business days: far beyond any tender-offer period, and it
 * keeps each call to a few hundred years of holiday calendars.
 */
const MAX_BUSINESS_DAYS = 100_000;

/**
 * The date `days` business days after (before, if negative) `day`, not
 * counting `day` itself. A business day is any day other than a Saturday,
 * Sunday or federal holiday (Offer §1), observed as OPM does (time/holidays.ts),
 * nor one of the `extra` holidays (closings by executive order).
 */
export function businessDayOffset(day: Day, days: number, dateArg = "date", daysArg = "days", extra: ExtraHolidays = NO_EXTRA_HOLIDAYS): Day {
  if (!Number.isInteger(days)) throw badNumber(daysArg, `expected a whole number of business days, got ${days}`);
  if (Math.abs(days) > MAX_BUSINESS_DAYS)
    throw badNumber(daysArg, `at most ${MAX_BUSINESS_DAYS.toLocaleString("en-US")} business days (about 380 years) either way, got ${days}`);
  return checkResultDay(addBusinessDays(day, days, extra), dateArg, `the date ${days} business days from ${formatIso(day)}`);
}

/**
 * Offer §1, §14: "If this offer is scheduled to expire within ten business
 * days from the date notice of any of the actions described above is
 * published, we will extend this offer for a period of ten business days after
 * the date such notice is published." The new expiration is the later of the
 * scheduled one (default term expirationDate) and the 10th business day after
 * the notice (term extensionBusinessDays). A notice published after the offer
 * expired is not covered by the Offer (#N/A).
 */
export function extendedExpiration(t: OptionExchangeTerms, noticeDay: Day, expirationDay?: Day, extra: ExtraHolidays = NO_EXTRA_HOLIDAYS): Day {
  const expiration = expirationDay ?? t.expirationDate;
  if (noticeDay > expiration) {
    throw notAvailable(
      ["noticeDate", "expiration"],
      `${formatIso(noticeDay)} is after the expiration date ${formatIso(expiration)}: the offer had already expired`,
    );
  }
  const extended = businessDayOffset(noticeDay, t.extensionBusinessDays.toNumber(), "noticeDate", "terms", extra);
  return Math.max(expiration, extended);
}
