import { Dec, maxDec } from "../core/decimal";
import { badNumber, notAvailable } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { anniversary } from "../time/months";
import { ConversionPerShare, conversionPerShare, requirePositiveFmv } from "./conversion";
import { CorporateEvent } from "./events";
import { redemptionStart, requireOnOrAfterIssue } from "./keyDates";
import { Payment } from "./payments";
import { liquidationValuePlusDividends } from "./preference";
import { SeriesCTerms } from "./terms";

/** What makes the shares redeemable (Cert §6(a), §3(d), §3(e)). */
export const REDEMPTION_TRIGGERS = ["6A", "SALE", "3D", "3E"] as const;
export type RedemptionTrigger = (typeof REDEMPTION_TRIGGERS)[number];

/** Cert §6(b): multiple of the Liquidation Value by redemption year 1..6. */
const YEAR_MULTIPLES = ["2.5", "2.5", "3", "3.5", "4", "4.5"];

/**
 * The §6(b) multiple for the year `day` falls in: year k runs from the
 * (k−1)th anniversary (inclusive) to the kth (exclusive). The table ends with
 * year 6, so from the sixth anniversary on there is no multiple (#N/A).
 */
export function redemptionMultiple(t: SeriesCTerms, day: Day, arg = "date"): Dec {
  requireOnOrAfterIssue(t, day, arg);
  for (let k = 1; k <= YEAR_MULTIPLES.length; k++) {
    if (day < anniversary(t.issueDate, k)) return new Dec(YEAR_MULTIPLES[k - 1]);
  }
  const last = anniversary(t.issueDate, YEAR_MULTIPLES.length);
  throw notAvailable(arg, `the §6(b) table ends with year ${YEAR_MULTIPLES.length}; ${formatIso(day)} is on or after the sixth anniversary ${formatIso(last)}`);
}

export interface RedemptionInput {
  day: Day;
  fmv: Dec;
  trigger: RedemptionTrigger;
  noticeDay?: Day;
  events: readonly CorporateEvent[];
  payments: readonly Payment[];
}

export interface RedemptionPrice {
  price: Dec;
  /** Liquidation Value + dividends, after any Qualified Return extinguishment (§6(a)(A)). */
  valueA: Dec;
  /** FMV of the common the share converts into, dividends in shares (§6(a)(B)), within the §5(k)(6) cap. */
  valueB: Dec;
  /** §6(b) floor for Company Redemptions; undefined otherwise or past the table. */
  multipleValue?: Dec;
  conversion: ConversionPerShare;
}

/** Cert §6(a): the redemption date falls 90 to 120 days after the notice. */
const NOTICE_DAYS_6A = [90, 120] as const;

function checkDates(t: SeriesCTerms, r: RedemptionInput): void {
  requireOnOrAfterIssue(t, r.day, "redemptionDate");
  if (r.trigger === "6A") {
    const start = redemptionStart(t);
    if (r.day <= start) {
      throw badNumber(
        ["redemptionDate", "trigger"],
        `with trigger 6A (the holders' election) holders may require redemption only after the sixth anniversary ${formatIso(start)} (Cert §6(a)); ${formatIso(r.day)} is not after it`,
      );
    }
    if (r.noticeDay !== undefined && r.noticeDay <= start) {
      throw badNumber(
        ["noticeDate", "trigger"],
        `the holders' notice ${formatIso(r.noticeDay)} must come after the sixth anniversary ${formatIso(start)} (Cert §6(a))`,
      );
    }
    // §6(a): the notice comes after the anniversary and at least 90 days before the redemption date.
    const earliest = start + 1 + NOTICE_DAYS_6A[0];
    if (r.noticeDay === undefined && r.day < earliest) {
      throw badNumber(
        ["redemptionDate", "trigger"],
        `without a notice date the earliest holders' redemption date is ${formatIso(earliest)}: the notice can be given after the sixth anniversary ${formatIso(start)}, at the earliest ${formatIso(start + 1)}, and at least ${NOTICE_DAYS_6A[0]} days before the redemption (Cert §6(a)); ${formatIso(r.day)} is earlier`,
      );
    }
  }
  if (r.noticeDay === undefined) return;
  const outside = outsideNoticeWindow(r.trigger, r.day, r.noticeDay);
  if (outside !== undefined) throw badNumber(["redemptionDate", "noticeDate"], outside);
}

/**
 * The notice window of a redemption: Cert §6(a) (6A, SALE) 90 to 120 days from the holders' notice;
 * Cert §3(d), §3(e) at most 60 days from the Company Redemption Notice. Undefined when `day` is in
 * it, otherwise what is wrong (SERIESC_REDEMPTION's error, SERIESC_SALE's "available" cell).
 */
export function outsideNoticeWindow(trigger: RedemptionTrigger, day: Day, noticeDay: Day): string | undefined {
  const days = day - noticeDay;
  const [lo, hi, clause] = trigger === "6A" || trigger === "SALE" ? [...NOTICE_DAYS_6A, "Cert §6(a)"] : [0, 60, trigger === "3D" ? "Cert §3(d)" : "Cert §3(e)"];
  if (days >= lo && days <= hi) return undefined;
  const window = lo === 0 ? `at most ${hi} days after the notice` : `${lo} to ${hi} days after the notice`;
  return `the redemption date must be ${window} (${clause}); ${formatIso(day)} is ${days} days after ${formatIso(noticeDay)}`;
}

/** Per-share redemption price (Cert §6(a), (b)). */
export function redemptionPrice(t: SeriesCTerms, r: RedemptionInput): RedemptionPrice {
  checkDates(t, r);
  requirePositiveFmv(r.fmv, "fmv");
  const conversion = conversionPerShare(t, r.day, r.fmv, r.trigger === "SALE" ? "SALE" : "OPTIONAL", r.events, r.payments);
  const valueA = liquidationValuePlusDividends(t, r.day, r.payments).value; // §6(a)(A), with its Qualified Return proviso
  // §6(a)(B): the common the share is "converted into pursuant to Section 5", so within the §5(k)(6) cap.
  const valueB = conversion.issuableShares.times(r.fmv);
  let price = maxDec(valueA, valueB);
  let multipleValue: Dec | undefined;
  if ((r.trigger === "3D" || r.trigger === "3E") && r.day < anniversary(t.issueDate, YEAR_MULTIPLES.length)) {
    multipleValue = redemptionMultiple(t, r.day, "redemptionDate").times(t.liquidationValue);
    price = maxDec(price, multipleValue); // §6(b)
  }
  return { price, valueA, valueB, multipleValue, conversion };
}
