import { checkPayments } from "../../calc/seriesC/payments";
import { SALE_ROUTE_TEXT, saleRoutes } from "../../calc/seriesC/sale";
import { paymentsArg } from "../../input/seriesCTables";
import { optionalDay, requiredDay, requiredNumber } from "../../input/values";
import { defineFunction } from "../catalogue";
import { excelCall } from "../shared/errors";
import { Driver, toExcelNumber } from "../shared/results";
import { EVENTS_ARG, TERMS_ARG } from "../shared/seriesCArgs";
import { dividendDrivers, rateDrivers } from "../shared/seriesCDrivers";
import { FMV_RULE, checkedEventsArg, seriesCTermsArg } from "../shared/seriesCInputs";

export const SERIESC_SALE = /*#__PURE__*/ defineFunction({
  id: "SERIESC_SALE",
  group: "seriesCLiquidation",
  description:
    "What one Series C share gets on a Sale of the Company by each route: treated as a liquidation (Cert §4(b)), converted as part of the sale (§5(e)(B)), redeemed upon the sale (§6(a), notice window checked), and the best available route.",
  summary: "spill: a Series C share's value on a Sale of the Company by each route, and the best available one (Cert §4(b), §5(e)(B), §6(a))",
  args: [
    {
      name: "eventDate",
      type: "scalar",
      description:
        "Date the Sale of the Company is consummated and the holders are paid (the Optional Redemption Date for the redemption): an Excel date or YYYY-MM-DD text.",
    },
    {
      name: "fmv",
      type: "scalar",
      description: "Fair Market Value of one common share in the sale (greater than 0): the common's proceeds per share and the FMV for dividend shares.",
    },
    {
      name: "noticeDate",
      type: "scalar",
      optional: true,
      description: "Date of the holders' redemption notice; when given, the redemption is available only if eventDate is 90 to 120 days after it (Cert §6(a)).",
    },
    EVENTS_ARG,
    { name: "payments", type: "range", optional: true, description: "Dividends actually paid: rows of date | amount per share." },
    TERMS_ARG,
  ],
  result: {
    type: "spill",
    description:
      "Header route | per share | clause | available, one row per route (available: TRUE, or FALSE: and the reason), then best | its per share | its clause | the route's name.",
  },
  example: { formula: "=MPWR.SERIESC_SALE(DATE(2001,12,31), 50)" },
  note: "A sale on 2001-12-31 at $50 a common share: converted, a share is worth $50 of principal plus dividend shares, cut to the $58.80 Qualified Return (Cert §5(e)(B)); treated as a liquidation or redeemed it gets the same, and on the tie the first route is the best.",
  clauses: "Cert §4(a), §4(b), §5(a), §5(e)(B), §5(k)(6), §6(a)",
  impl: seriesCSale,
});

export function seriesCSale(eventDate: any, fmv: any, noticeDate?: any, events?: any[][], payments?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const input = {
      day: requiredDay(eventDate, "eventDate"),
      fmv: requiredNumber(fmv, "fmv", FMV_RULE),
      noticeDay: optionalDay(noticeDate, "noticeDate"),
      events: checkedEventsArg(events, t),
      payments: checkPayments(t, paymentsArg(payments)),
    };
    const r = saleRoutes(t, input);
    // LV + dividends, or (rate + dividend shares) × FMV: what makes a value large.
    const blame = (): Driver[] => [...dividendDrivers(t, input.day, input.payments, "eventDate"), ["fmv", input.fmv], ...rateDrivers(t, r.conversion.rate)];
    const best = SALE_ROUTE_TEXT[r.best.id];
    return [
      ["route", "per share", "clause", "available"],
      ...r.routes.map((x) => {
        const text = SALE_ROUTE_TEXT[x.id];
        return [text.label, toExcelNumber(x.perShare, blame), text.clause, x.unavailable === undefined ? true : `FALSE: ${x.unavailable}`];
      }),
      ["best", toExcelNumber(r.best.perShare, blame), best.clause, best.label],
    ];
  });
}
