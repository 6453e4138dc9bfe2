import { Dec } from "../core/decimal";
import { Day, formatIso } from "../time/civil";
import { ConversionPerShare, conversionPerShare, requirePositiveFmv } from "./conversion";
import { CorporateEvent } from "./events";
import { requireOnOrAfterIssue } from "./keyDates";
import { LiquidationPreference, liquidationPreference } from "./liquidation";
import { Payment } from "./payments";
import { RedemptionPrice, outsideNoticeWindow, redemptionPrice } from "./redemption";
import { SeriesCTerms } from "./terms";

/**
 * What one Series C share gets on a Sale of the Company by each route the
 * Certificate gives its holders (docs/interpretations.md "Sale of the Company"):
 *
 * - treated as a liquidation (Cert §4(b)): the §4(a) amount, the greater of
 *   Liquidation Value plus dividends and the as-converted value, with the
 *   sale's per-common-share value as the common's proceeds (SERIESC_LIQPREF);
 * - an Optional Conversion as part of the sale (Cert §5(a), §5(e)(B)): the
 *   common the share converts into, dividend shares included, at the FMV, the
 *   dividends extinguished above the Qualified Return on or before the 30-month
 *   anniversary, within the §5(k)(6) cap (SERIESC_CONVSHARES kind SALE);
 * - an Optional Redemption upon the sale (Cert §6(a)): the Optional Redemption
 *   Price on the redemption date, the notice 90 to 120 days before it
 *   (SERIESC_REDEMPTION trigger SALE).
 */

export const SALE_ROUTES = ["liquidation", "conversion", "redemption"] as const;
export type SaleRouteId = (typeof SALE_ROUTES)[number];

/** The route's name as the spill shows it, and the clauses it rests on. */
export const SALE_ROUTE_TEXT: Record<SaleRouteId, { label: string; clause: string }> = {
  liquidation: { label: "treated as a liquidation", clause: "Cert §4(b), §4(a)" },
  conversion: { label: "optional conversion as part of the sale", clause: "Cert §5(a), §5(e)(B), §5(k)(6)" },
  redemption: { label: "redemption upon the sale", clause: "Cert §6(a)" },
};

export interface SaleInput {
  /** The day the sale is consummated and the holders are paid (for the redemption: the Optional Redemption Date). */
  day: Day;
  /** Fair Market Value of one common share in the sale (> 0): also the common's proceeds per share for §4(a)(ii). */
  fmv: Dec;
  /** The holders' §6(a) notice, when known. */
  noticeDay?: Day;
  events: readonly CorporateEvent[];
  payments: readonly Payment[];
}

export interface SaleRoute {
  id: SaleRouteId;
  perShare: Dec;
  /** Undefined when the route is open to the holders; otherwise why not. */
  unavailable?: string;
}

export interface SaleRoutes {
  routes: SaleRoute[];
  /** The available route with the highest per-share value, the first on a tie; the liquidation route is always available. */
  best: SaleRoute;
  liquidation: LiquidationPreference;
  conversion: ConversionPerShare;
  redemption: RedemptionPrice;
}

/** Each route's per-share value and whether the holders can take it (Cert §4(b), §5(e)(B), §6(a)). */
export function saleRoutes(t: SeriesCTerms, input: SaleInput): SaleRoutes {
  const { day, fmv, noticeDay, events, payments } = input;
  requireOnOrAfterIssue(t, day, "eventDate"); // no Series C before its Original Issue Date
  requirePositiveFmv(fmv, "fmv");

  // Cert §4(b): at the Majority's written election the sale "shall be deemed to be a liquidation"; §4(a) then pays
  // the greater of (i) and (ii). The election is the holders' alone: always available.
  const liquidation = liquidationPreference(t, { day, commonValue: fmv, events, payments });

  // Cert §5(a): a holder may convert "at any time"; §5(e)(B) extinguishes dividends "in an Optional Conversion that
  // takes place on or before the thirty (30) month anniversary ... as part of a Sale of the Company" to the extent
  // they would lift the holder above the Qualified Return (kind SALE); §5(k)(6) caps the shares issuable. Always available.
  const conversion = conversionPerShare(t, day, fmv, "SALE", events, payments);

  // Cert §6(a): "upon a Sale of the Company ... a Majority ... may require the Corporation to redeem ... specifying a
  // date not less than 90 nor more than 120 days from the date of such notice". The price is computed without the
  // notice (trigger SALE has no date limit of its own), then the notice, when given, is checked here.
  const redemption = redemptionPrice(t, { day, fmv, trigger: "SALE", events, payments });
  let redemptionWhy: string | undefined;
  if (noticeDay !== undefined) {
    // the notice is the holders' (a Majority of the Series C Holders): none exist before the Original Issue Date
    if (noticeDay < t.issueDate) redemptionWhy = `the notice ${formatIso(noticeDay)} is before the Original Issue Date ${formatIso(t.issueDate)} (Cert §6(a))`;
    else redemptionWhy = outsideNoticeWindow("SALE", day, noticeDay);
  }

  const routes: SaleRoute[] = [
    { id: "liquidation", perShare: liquidation.perShare },
    { id: "conversion", perShare: conversion.issuableShares.times(fmv) }, // §5(e): principal + dividend shares, × FMV
    { id: "redemption", perShare: redemption.price, unavailable: redemptionWhy },
  ];
  let best = routes[0];
  for (const r of routes) if (r.unavailable === undefined && r.perShare.gt(best.perShare)) best = r; // ties: the first
  return { routes, best, liquidation, conversion, redemption };
}
