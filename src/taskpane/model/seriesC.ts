import { Dec } from "../../calc/core/decimal";
import { CONVERSION_KINDS, ConversionKind } from "../../calc/seriesC/conversion";
import { conversionPrice, conversionRate } from "../../calc/seriesC/conversionPrice";
import { convertShares } from "../../calc/seriesC/convertShares";
import { accruedDividends, remainingMinimumDividend } from "../../calc/seriesC/dividends";
import { CorporateEvent, EVENT_TYPES, checkEvents } from "../../calc/seriesC/events";
import { keyDates, requireOnOrAfterIssue } from "../../calc/seriesC/keyDates";
import { liquidationPreference } from "../../calc/seriesC/liquidation";
import { Payment, checkPayments } from "../../calc/seriesC/payments";
import { REDEMPTION_TRIGGERS, RedemptionTrigger, redemptionMultiple, redemptionPrice } from "../../calc/seriesC/redemption";
import { SeriesCTerms, seriesCTerms } from "../../calc/seriesC/terms";
import { Day } from "../../calc/time/civil";
import { eventsArg, paymentsArg } from "../../input/seriesCTables";
import { optionalDay, optionalWord, requiredDay, requiredNumber } from "../../input/values";
import { attempt, cellFromText, formatDay, formatMoney, formatNumber, formatShares } from "./cells";

/** The Series C form exactly as typed (every field is text). */
export interface EventRowText {
  date: string;
  type: string;
  a: string;
  b: string;
  c: string;
  d: string;
}
export interface PaymentRowText {
  date: string;
  amount: string;
}
export interface SeriesCForm {
  asOf: string;
  shares: string;
  fmv: string;
  kind: string;
  trigger: string;
  noticeDate: string;
  events: EventRowText[];
  payments: PaymentRowText[];
}

export type SeriesCField = "asOf" | "shares" | "fmv" | "kind" | "trigger" | "noticeDate" | "events" | "payments";

export { CONVERSION_KINDS, EVENT_TYPES, REDEMPTION_TRIGGERS };
export const EVENT_COLUMNS = ["a", "b", "c", "d"] as const;

export function defaultSeriesCForm(): SeriesCForm {
  return { asOf: "2001-06-30", shares: "1,000", fmv: "10", kind: "OPTIONAL", trigger: "SALE", noticeDate: "", events: [], payments: [] };
}

export const emptyEventRow = (): EventRowText => ({ date: "", type: "SPLIT", a: "", b: "", c: "", d: "" });
export const emptyPaymentRow = (): PaymentRowText => ({ date: "", amount: "" });

/** The form as Excel-like cell values: what Insert model writes and what the adapters' coercions read. */
export function eventCells(rows: readonly EventRowText[]) {
  return rows.map((r) => [cellFromText(r.date), r.type.trim() === "" ? null : r.type.trim(), ...EVENT_COLUMNS.map((c) => cellFromText(r[c]))]);
}
export function paymentCells(rows: readonly PaymentRowText[]) {
  return rows.map((r) => [cellFromText(r.date), cellFromText(r.amount)]);
}

export interface ParsedSeriesC {
  terms: SeriesCTerms;
  asOf?: Day;
  shares?: Dec;
  fmv?: Dec;
  kind: ConversionKind;
  trigger: RedemptionTrigger;
  noticeDay?: Day;
  events?: CorporateEvent[];
  payments?: Payment[];
  /** Per field, the message the functions give for that input. */
  errors: Partial<Record<SeriesCField, string>>;
}

/** Checks every input with the functions' coercions (src/functions/shared) and the calc checks. */
export function parseSeriesC(form: SeriesCForm): ParsedSeriesC {
  const terms = seriesCTerms();
  const errors: ParsedSeriesC["errors"] = {};
  function field<T>(name: SeriesCField, f: () => T): T | undefined {
    const r = attempt(f);
    if (r.ok) return r.value;
    errors[name] = r.message;
    return undefined;
  }
  const asOf = field("asOf", () => {
    const day = requiredDay(cellFromText(form.asOf), "asOf");
    requireOnOrAfterIssue(terms, day, "asOf");
    return day;
  });
  const shares = field("shares", () => requiredNumber(cellFromText(form.shares), "shares", { min: 0, minExclusive: true, what: "Series C shares converted" }));
  const fmv = field("fmv", () => requiredNumber(cellFromText(form.fmv), "fmv", { min: 0, minExclusive: true, what: "common stock Fair Market Value per share" }));
  const kind = field("kind", () => optionalWord(cellFromText(form.kind), "kind", CONVERSION_KINDS, "OPTIONAL")) ?? "OPTIONAL";
  const trigger = field("trigger", () => optionalWord(cellFromText(form.trigger), "trigger", REDEMPTION_TRIGGERS, "6A")) ?? "6A";
  const noticeDay = field("noticeDate", () => optionalDay(cellFromText(form.noticeDate), "noticeDate"));
  const events = field("events", () => checkEvents(terms, eventsArg(eventCells(form.events))));
  const payments = field("payments", () => checkPayments(terms, paymentsArg(paymentCells(form.payments))));
  return { terms, asOf, shares, fmv, kind, trigger, noticeDay, events, payments, errors };
}

/** One line of the results: a formatted value (and the exact value for tests), or the calc's message. */
export interface ResultLine {
  id: string;
  label: string;
  /** The custom function that gives the same number in a sheet. */
  fn: string;
  text?: string;
  exact?: string;
  error?: string;
}
export interface ResultTable {
  id: string;
  label: string;
  fn: string;
  header: string[];
  rows: string[][];
  error?: string;
}
export interface SeriesCPreview {
  lines: ResultLine[];
  breakdown: ResultTable;
  keyDates: ResultTable;
}

const FIELD_LABEL: Record<SeriesCField, string> = {
  asOf: "the as-of date",
  shares: "the holder's shares",
  fmv: "the common stock FMV",
  kind: "the conversion kind",
  trigger: "the redemption trigger",
  noticeDate: "the notice date",
  events: "the events",
  payments: "the payments",
};

/** Values a result needs; when one is invalid the result says which input to fix. */
function needs<T>(p: ParsedSeriesC, fields: SeriesCField[], f: () => T): { ok: true; value: T } | { ok: false; message: string } {
  const bad = fields.filter((k) => p.errors[k] !== undefined);
  if (bad.length) return { ok: false, message: `Fix ${bad.map((k) => FIELD_LABEL[k]).join(" and ")} above.` };
  return attempt(f);
}

function line(id: string, label: string, fn: string, r: ReturnType<typeof needs<Dec>>, fmt: (d: Dec) => string): ResultLine {
  return r.ok ? { id, label, fn, text: fmt(r.value), exact: r.value.toString() } : { id, label, fn, error: r.message };
}

/** Everything the Series C view shows, computed by src/calc. */
export function previewSeriesC(p: ParsedSeriesC): SeriesCPreview {
  const t = p.terms;
  const asOf = p.asOf as Day;
  const events = p.events as CorporateEvent[];
  const payments = p.payments as Payment[];
  const fmv = p.fmv as Dec;
  const lines: ResultLine[] = [
    line("accrued", "Accrued dividends", "SERIESC_ACCRUED", needs(p, ["asOf", "payments"], () => accruedDividends(t, asOf, payments)), formatMoney),
    line("mindiv", "Remaining Minimum Dividend", "SERIESC_MINDIV", needs(p, ["asOf", "payments"], () => remainingMinimumDividend(t, asOf, payments)), formatMoney),
    line("convprice", "Conversion price", "SERIESC_CONVPRICE", needs(p, ["asOf", "events"], () => conversionPrice(t, events, asOf)), formatMoney),
    line("convrate", "Conversion rate (common per Series C share)", "SERIESC_CONVRATE", needs(p, ["asOf", "events"], () => conversionRate(t, events, asOf)), (d) => formatNumber(d, 6)),
    line(
      "liquidation",
      "Liquidation amount",
      "SERIESC_LIQPREF",
      needs(p, ["asOf", "fmv", "events", "payments"], () => liquidationPreference(t, { day: asOf, commonValue: fmv, events, payments }).perShare),
      formatMoney,
    ),
    line(
      "redemption",
      "Redemption price",
      "SERIESC_REDEMPTION",
      needs(p, ["asOf", "fmv", "trigger", "noticeDate", "events", "payments"], () =>
        redemptionPrice(t, { day: asOf, fmv, trigger: p.trigger, noticeDay: p.noticeDay, events, payments }).price,
      ),
      formatMoney,
    ),
    line("multiple", "Redemption multiple (§6(b))", "SERIESC_REDEMPTION_MULTIPLE", needs(p, ["asOf"], () => redemptionMultiple(t, asOf, "date")), (d) => `${formatNumber(d, 6)}×`),
  ];
  const conv = needs(p, ["asOf", "shares", "fmv", "kind", "events", "payments"], () =>
    convertShares(t, { shares: p.shares as Dec, day: asOf, fmv, kind: p.kind, events, payments }),
  );
  const breakdown: ResultTable = {
    id: "breakdown",
    label: "Conversion breakdown (holder's shares)",
    fn: "SERIESC_CONVSHARES",
    header: ["Principal shares", "Dividend shares", "Whole shares issued", "Cash in lieu", "Dividends extinguished (per share)"],
    rows: conv.ok
      ? [[formatShares(conv.value.principalShares), formatShares(conv.value.dividendShares), formatNumber(conv.value.wholeShares, 0), formatMoney(conv.value.cashInLieu), formatMoney(conv.value.extinguishedPerShare)]]
      : [],
    error: conv.ok ? undefined : conv.message,
  };
  const keys: ResultTable = {
    id: "keydates",
    label: "Key dates",
    fn: "SERIESC_KEYDATES",
    header: ["Date", "Event"],
    rows: keyDates(t).map((k) => [formatDay(k.day), k.label]),
  };
  return { lines, breakdown, keyDates: keys };
}
