import { Dec, ZERO, maxDec } from "../../../calc/core/decimal";
import { breakpoints, lastAtMost, valueAt } from "../../../calc/core/piecewiseLinear";
import { asConvertedValueCurve } from "../../../calc/seriesC/asConvertedValue";
import { CorporateEvent } from "../../../calc/seriesC/events";
import { extinguishEnd } from "../../../calc/seriesC/keyDates";
import { deemedConversion, liquidationPreference } from "../../../calc/seriesC/liquidation";
import { Payment } from "../../../calc/seriesC/payments";
import { SeriesCTerms } from "../../../calc/seriesC/terms";
import { Day } from "../../../calc/time/civil";
import { date, money, perShare } from "./format";
import { indexOf, niceCeil, pointsUpTo, roundGrid } from "./samples";
import { dataTable, tableRows } from "./table";
import { ChartData, Mark, Series } from "./types";

export interface PayoffInput {
  terms: SeriesCTerms;
  /** Date of the liquidation or Sale of the Company. */
  day: Day;
  events: readonly CorporateEvent[];
  payments: readonly Payment[];
  /** The common value the user entered: marked, and kept inside the range. */
  commonValue?: Dec;
  /** Right end of the range (default: round, past every breakpoint). */
  maxValue?: Dec;
}

/**
 * Per Series C share, against the value per common share p (Cert §4(a)): the
 * preference A, the as-converted value B, and the greater of the two, which is
 * what the share receives. B is SERIESC_EXIT's curve (asConvertedValue.ts),
 * exact and linear between its breakpoints (the conversion price, where the
 * Qualified Return starts and stops capping it); at p = 0 there is nothing to
 * convert into and B is 0, as SERIESC_LIQDETAIL says (liquidation.ts).
 */
export function payoffChart(input: PayoffInput): ChartData {
  const { terms: t, day, events, payments } = input;
  // Checks the inputs as SERIESC_LIQPREF does, and gives A and B at p = 0.
  const atZero = liquidationPreference(t, { day, commonValue: ZERO, events, payments });
  const a = atZero.valueA;
  const deemed = deemedConversion(t, day, events, payments);
  const curve = asConvertedValueCurve(deemed.basis);
  const kinks = breakpoints(curve);
  // Where B passes A for good (Cert §4(a) "the greater of"; a tie takes A). −1: B > A at every p > 0.
  const crossing = lastAtMost(curve, a);
  const conversionPoint = crossing === undefined ? undefined : crossing.isNegative() ? ZERO : crossing;
  // Cert §4(a), §5(e)(B): in the extinguishment window B is held at the Qualified Return on a flat piece.
  const qr = deemed.basis.qualifiedReturn;
  const flat = deemed.basis.capped ? curve.findIndex((piece, i) => i > 0 && piece.slope.isZero() && piece.intercept.eq(qr)) : -1;
  const cap = flat > 0 ? { from: curve[flat].from, to: curve[flat + 1]?.from } : undefined;

  const interesting = [...kinks, ...(conversionPoint ? [conversionPoint] : []), ...(input.commonValue ? [input.commonValue] : [])];
  const last = interesting.reduce((m, x) => maxDec(m, x), ZERO);
  const max = input.maxValue ?? niceCeil(last.gt(0) ? last.times(1.25) : a.div(deemed.basis.rate).times(2));
  const grid = roundGrid(max);
  // Just above 0, B jumps from 0 to the dividends' worth: a point there draws the jump as a jump.
  const firstPositive = pointsUpTo(max, grid, kinks).find((x) => x.gt(0)) ?? max;
  const justAbove = Dec.min(new Dec("0.01"), firstPositive.div(100));
  const xs = pointsUpTo(max, grid, kinks, conversionPoint ? [conversionPoint] : [], input.commonValue ? [input.commonValue] : [], [justAbove]);

  const b = xs.map((p) => (p.isZero() ? atZero.valueB : valueAt(curve, p)));
  const series: Series[] = [
    { id: "paid", label: "Paid: the greater of A and B", values: b.map((v) => maxDec(a, v)), emphasis: true },
    { id: "a", label: "A: Liquidation Value + dividends", values: xs.map(() => a) },
    { id: "b", label: "B: as converted", values: b },
  ];

  const marks: Mark[] = [];
  if (conversionPoint && conversionPoint.lte(max)) marks.push({ axis: "x", at: conversionPoint, label: `B > A above ${money(conversionPoint)}` });
  if (cap) {
    marks.push({ axis: "y", at: qr, label: `Qualified Return ${money(qr)}` });
    if (cap.from.lte(max)) marks.push({ axis: "x", at: cap.from, label: `cap from ${money(cap.from)}` });
  }
  if (input.commonValue) marks.push({ axis: "x", at: input.commonValue, label: `entered ${money(input.commonValue)}` });

  const sentences = [`On ${date(day)} the preference A is ${perShare(a)} per share.`];
  if (conversionPoint === undefined) sentences.push("Conversion never pays more than the preference.");
  else if (conversionPoint.isZero()) sentences.push("Conversion pays more than the preference at every common value above $0.00.");
  else sentences.push(`Conversion beats the preference above ${perShare(conversionPoint)} per common share.`);
  if (cap) {
    const until = cap.to ? ` up to ${perShare(cap.to)}, where the principal shares alone are worth more` : "";
    sentences.push(`The Qualified Return of ${perShare(qr)} caps the as-converted value from ${perShare(cap.from)}${until} (Cert §4(a), §5(e)(B)).`);
  } else if (!deemed.early) {
    sentences.push(`No Qualified Return cap: the date is after the ${t.extinguishMonths.toNumber()}-month anniversary, ${date(extinguishEnd(t))}.`);
  }
  if (atZero.preference.extinguished.gt(0))
    sentences.push(`A is held at the Qualified Return: ${perShare(atZero.preference.extinguished)} of dividends are extinguished.`);

  const key = [
    cap ? indexOf(xs, cap.from) : -1,
    conversionPoint ? indexOf(xs, conversionPoint) : -1,
    input.commonValue ? indexOf(xs, input.commonValue) : -1,
    ...kinks.map((k) => indexOf(xs, k)),
  ];
  const x = { label: "Common value per share", kind: "perShare" as const };
  const y = { label: "Per Series C share", kind: "perShare" as const };
  return {
    id: "seriesc-payoff",
    title: `Series C payoff per share on ${date(day)} (Cert §4(a))`,
    x,
    y,
    xs,
    series,
    stacked: false,
    stepped: false,
    marks,
    summary: sentences.join(" "),
    table: dataTable(x.label, x.kind, y.kind, xs, series, tableRows(xs.length, key)),
  };
}
