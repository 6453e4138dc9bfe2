import { Dec, quotientDouble } from "../../calc/core/decimal";
import { Adjustment, adjustmentsUntil, priceOn, rateFromPrice } from "../../calc/seriesC/conversionPrice";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { asOfArg, checkedEventsArg, priceTimelineArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { requiredRange } from "../../input/values";
import { toExcelNumber } from "../shared/results";
import { priceDrivers, rateDrivers } from "../shared/seriesCDrivers";
import { defineFunction } from "../catalogue";
import { EXAMPLE_SPLIT } from "../exampleData";
import { EVENT_TYPES } from "../../calc/seriesC/eventTypes";
import { EVENTS_ARG, TERMS_ARG } from "../shared/seriesCArgs";

export const SERIESC_CONVPRICE = /*#__PURE__*/ defineFunction({
  id: "SERIESC_CONVPRICE",
  group: "seriesCConversion",
  description: "Series C Conversion Price in effect at the close of a date, after splits, stock dividends and dilutive issues (Cert §5(d)-(k)).",
  summary: "conversion price after splits, stock dividends, dilutive issues (Cert §5(f)–(k))",
  args: [{ name: "asOf", type: "scalar", description: "Date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date." }, EVENTS_ARG, TERMS_ARG],
  result: { type: "number", description: "Conversion price per share of common stock." },
  example: { formula: "=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1), A2:C2)", cells: { "A2:C2": EXAMPLE_SPLIT } },
  note: "The 3-for-2 split of the common of 2000-08-29: $28 ÷ 1.5.",
  clauses: "Cert §5(c), §5(d)–(k) (SPLIT §5(f), STOCKDIV §5(g), ISSUE/RIGHTS §5(k)(1)–(5), EXPIRE §5(k)(3))",
  impl: seriesCConvPrice,
});

export function seriesCConvPrice(asOf: any, events?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = asOfArg(asOf, t);
    const price = priceOn(priceTimelineArg(events, t), day);
    return toExcelNumber(price, () => priceDrivers(t, price));
  });
}

export const SERIESC_CONVRATE = /*#__PURE__*/ defineFunction({
  id: "SERIESC_CONVRATE",
  group: "seriesCConversion",
  description:
    "Series C Conversion Rate at the close of a date: common shares per Series C share, $28 divided by the Conversion Price, dividends excluded (Cert §5(c)).",
  summary: "common shares per Series C share, dividends excluded (Cert §5(c))",
  args: [{ name: "asOf", type: "scalar", description: "Date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date." }, EVENTS_ARG, TERMS_ARG],
  result: { type: "number", description: "Common shares per Series C share." },
  example: { formula: "=MPWR.SERIESC_CONVRATE(DATE(2001,1,1), A2:C2)", cells: { "A2:C2": EXAMPLE_SPLIT } },
  note: "After the 3-for-2 split of 2000-08-29: $28 ÷ $18.67 common shares per Series C share.",
  clauses: "Cert §5(c), §5(f)",
  impl: seriesCConvRate,
});

export function seriesCConvRate(asOf: any, events?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = asOfArg(asOf, t);
    const rate = rateFromPrice(t, priceOn(priceTimelineArg(events, t), day));
    return toExcelNumber(rate, () => rateDrivers(t, rate));
  });
}

/** The Effective Price as Excel gets it: the double of the Decimal quotient, without dividing in Decimal when the double is certain to be that (core/decimal.ts `quotientDouble`). */
function effectivePriceCell(a: Adjustment): number | "" {
  const q = a.typedQuotient;
  const quick = q && quotientDouble(q[0], q[1]);
  if (quick !== undefined) return quick;
  return a.effectivePrice === undefined ? "" : toExcelNumber(a.effectivePrice, "events");
}

const ADJUSTMENTS_HEADER = ["date", "type", "effective price", "rule applied", "price before", "price after", "note"];

export const SERIESC_ADJUSTMENTS = /*#__PURE__*/ defineFunction({
  id: "SERIESC_ADJUSTMENTS",
  group: "seriesCConversion",
  description:
    "Series C certificate of adjustment: every event up to a date, in the order it applies (on one date issuances at the opening of business, then splits and stock dividends at the close), with the rule applied and the Conversion Price before and after it (Cert §5(l), §5(f), (g), (k)(1)).",
  summary: "spill: certificate of adjustment, rule and price before/after per event (Cert §5(l))",
  args: [
    { name: "asOf", type: "scalar", description: "Date: events dated on or before it are listed; an Excel date or YYYY-MM-DD text." },
    { name: "events", type: "range", description: `Corporate events: rows of date | type | a | b | c | d (types ${/*#__PURE__*/ EVENT_TYPES.join(", ")}).` },
    TERMS_ARG,
  ],
  result: { type: "spill", description: "Header row, then per event: date, type, effective price, rule applied, price before, price after, note." },
  example: { formula: "=MPWR.SERIESC_ADJUSTMENTS(DATE(2001,1,1), A2:C2)", cells: { "A2:C2": EXAMPLE_SPLIT }, dates: { columns: ["date"] } },
  note: "The certificate of adjustment for the 3-for-2 split of 2000-08-29.",
  clauses: "Cert §5(l), §5(f)–(k)",
  impl: seriesCAdjustments,
});

export function seriesCAdjustments(asOf: any, events: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = asOfArg(asOf, t);
    const checked = checkedEventsArg(requiredRange(events, "events", "a range of date | type | a | b | c | d rows"), t);
    // One price is the "after" of a line and the "before" of the next: convert each Decimal once.
    const numbers = new Map<Dec, number>();
    const num = (x: Dec) => {
      let n = numbers.get(x);
      if (n === undefined) numbers.set(x, (n = toExcelNumber(x, () => priceDrivers(t, x))));
      return n;
    };
    const rows = adjustmentsUntil(t, checked, day).map((a) => [
      serialFromDay(a.day),
      a.type,
      effectivePriceCell(a), // the row's consideration ÷ shares
      a.rule,
      a.beforeNumber ?? num(a.before),
      a.afterNumber ?? num(a.after),
      a.note,
    ]);
    return [ADJUSTMENTS_HEADER, ...rows];
  });
}
