import { Dec } from "../../calc/core/decimal";
import { isInputError } from "../../calc/core/errors";
import { CONVERSION_KINDS, ConversionKind } from "../../calc/seriesC/conversion";
import { priceHistory, rateFromPrice } from "../../calc/seriesC/conversionPrice";
import { convertShares } from "../../calc/seriesC/convertShares";
import { accruedDividends, remainingMinimumDividend } from "../../calc/seriesC/dividends";
import { CorporateEvent, EVENT_TYPES, EventInput, EventType, checkEvents } from "../../calc/seriesC/events";
import { eventTypeColumns, eventTypeLabel } from "../../calc/seriesC/eventTypeWords";
import { keyDates, requireOnOrAfterIssue } from "../../calc/seriesC/keyDates";
import { liquidationPreference } from "../../calc/seriesC/liquidation";
import { Payment, checkPayments } from "../../calc/seriesC/payments";
import { REDEMPTION_TRIGGERS, RedemptionTrigger, redemptionMultiple, redemptionPrice } from "../../calc/seriesC/redemption";
import { SERIES_C_TERMS, SeriesCTerms } from "../../calc/seriesC/terms";
import { SERIES_C_TERM_DOCS } from "../../calc/seriesC/termWords";
import { conversionKindLabel } from "../../calc/seriesC/conversionKindWords";
import { redemptionTriggerLabel } from "../../calc/seriesC/redemptionTriggerWords";
import { Day, formatIso } from "../../calc/time/civil";
import { dayFromSerial, serialFromDay } from "../../calc/time/excelSerial";
import { DateOrder } from "../../input/text";
import { CapitalFormRow, CapitalReading, readCapital } from "./capital";
import { formatMoney, formatNumber, formatPerShare, formatShares } from "./cells";
import { ExitReading, readExit } from "./exit";
import { HolderFormRow } from "./holders";
import { FieldReading, NumberKind, Problem, checked, inPaneWords, readDate, readNumber } from "./fields";
import { TermsForm, TermsReading, readTerms, termsChanging, termsNote, termsWithout } from "./terms";

/** The Series C tab exactly as typed. Events and payments carry stable ids: deleting one never re-points another. */
export interface EventRow {
  id: string;
  date: string;
  type: EventType;
  a: string;
  b: string;
  c: string;
  d: string;
  /** EXPIRE: the id of the RIGHTS or PLANOPTION event whose rights expired. */
  target: string;
}
export interface PaymentRow {
  id: string;
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
  events: EventRow[];
  payments: PaymentRow[];
  /** Who shares in an exit (Cert §4): SERIESC_EXIT's `capital` rows, as typed (model/capital.ts). */
  capital: CapitalFormRow[];
  /** The right end of the exit waterfall chart's range ("" = chosen from the capital). */
  exitMax: string;
  /** The Terms section: what was typed in place of each term's default (model/terms.ts). */
  terms: TermsForm;
  /** The exit value of the "who gets what" table (model/exit.ts; "" = none yet). */
  exitValue: string;
  /** Who holds how much of which capital row (model/holders.ts): SERIESC_PAYOUTS' holdings. */
  holders: HolderFormRow[];
}

export type SeriesCField = "asOf" | "shares" | "fmv" | "kind" | "trigger" | "noticeDate";
export const SERIESC_FIELDS: readonly SeriesCField[] = ["asOf", "shares", "fmv", "kind", "trigger", "noticeDate"];

export const SERIESC_LABEL: Record<SeriesCField, string> = {
  asOf: "As-of / event date",
  shares: "Holder's Series C shares",
  fmv: "Common stock fair market value per share",
  kind: "Conversion kind",
  trigger: "Redemption trigger",
  noticeDate: "Redemption notice date (optional)",
};
export const SERIESC_ID: Record<SeriesCField, string> = {
  asOf: "sc-asof",
  shares: "sc-shares",
  fmv: "sc-fmv",
  kind: "sc-kind",
  trigger: "sc-trigger",
  noticeDate: "sc-notice",
};

export { CONVERSION_KINDS, EVENT_TYPES, REDEMPTION_TRIGGERS };

/** The drop-downs' options, each spelling out its meaning (calc/seriesC/conversionKindWords.ts, redemptionTriggerWords.ts). */
export const CONVERSION_KIND_OPTIONS: ReadonlyArray<{ value: ConversionKind; label: string }> = CONVERSION_KINDS.map((k) => ({
  value: k,
  label: conversionKindLabel(k),
}));
export const REDEMPTION_TRIGGER_OPTIONS: ReadonlyArray<{ value: RedemptionTrigger; label: string }> = REDEMPTION_TRIGGERS.map((t) => ({
  value: t,
  label: redemptionTriggerLabel(t),
}));

export type EventColumn = "a" | "b" | "c" | "d";
export interface EventFieldSpec {
  col: EventColumn;
  label: string;
  kind: NumberKind | "event";
  optional?: boolean;
  hint?: string;
}

/** What each column means for each type, as labelled fields: derived from the one table of event types (calc/seriesC/eventTypes.ts). */
export const EVENT_FIELDS = {} as Record<EventType, EventFieldSpec[]>;
/** Each type as its drop-down shows it: "SPLIT — subdivision or combination (§5(f))". */
export const EVENT_TYPE_LABEL = {} as Record<EventType, string>;
for (const type of EVENT_TYPES) {
  EVENT_FIELDS[type] = eventTypeColumns(type).map((c) => {
    const spec: EventFieldSpec = { col: c.col, label: c.label, kind: c.kind === "row" ? "event" : c.kind };
    if (!c.required) spec.optional = true;
    if (c.hint !== undefined) spec.hint = c.hint;
    return spec;
  });
  EVENT_TYPE_LABEL[type] = eventTypeLabel(type);
}

export const eventFieldId = (id: string, col: EventColumn | "date" | "type" | "target"): string => `sc-ev${id}-${col}`;
export const paymentFieldId = (id: string, col: "date" | "amount"): string => `sc-pay${id}-${col}`;

export function defaultSeriesCForm(): SeriesCForm {
  return {
    asOf: "2001-06-30",
    shares: "1,000",
    fmv: "10",
    kind: "OPTIONAL",
    trigger: "SALE",
    noticeDate: "",
    events: [],
    payments: [],
    capital: [],
    exitMax: "",
    terms: {},
    exitValue: "",
    holders: [],
  };
}

export const emptyEventRow = (id: string): EventRow => ({ id, date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "" });
export const emptyPaymentRow = (id: string): PaymentRow => ({ id, date: "", amount: "" });

/** An event as read: its calc input (row = its position in the list), or its problems. */
export interface EventReading {
  id: string;
  position: number;
  input?: EventInput;
  problems: Problem[];
  /** True when nothing was typed in it yet (a row just added). */
  blank: boolean;
}
export interface PaymentReading {
  id: string;
  position: number;
  payment?: Payment;
  problems: Problem[];
  blank: boolean;
}

export interface ParsedSeriesC {
  /** The terms in effect: the defaults with the Terms section's valid values. */
  terms: SeriesCTerms;
  termsReading: TermsReading<typeof SERIES_C_TERMS>;
  fields: Record<SeriesCField, FieldReading<unknown>>;
  asOf?: Day;
  shares?: Dec;
  fmv?: Dec;
  kind: ConversionKind;
  trigger: RedemptionTrigger;
  noticeDay?: Day;
  eventReadings: EventReading[];
  paymentReadings: PaymentReading[];
  /** The valid events and payments, checked by calc (the invalid ones are left out and listed in `leftOut`). */
  events: CorporateEvent[];
  payments: Payment[];
  leftOut: string[];
  problems: Problem[];
  /** How dates typed in the locale's order were read, by field id. */
  notes: Map<string, string>;
  /** The capital table and the exit chart's range, read with SERIESC_EXIT's checks. */
  capital: CapitalReading;
  /** The exit value and the holders (model/exit.ts). */
  exit: ExitReading;
}

const EMPTY_COLS: EventColumn[] = ["a", "b", "c", "d"];

function eventLabel(position: number): string {
  return `Event ${position}`;
}

/** Calc's `events: row 3: ISSUE column a (shares issued) must be …` → the field and the rest of the sentence. */
/** A calc error about one event → the field it is about (from the error's location, never its text) and the sentence to show. */
function mapEventError(err: unknown, row: EventRow | { id: string }, type: EventType): { field: string; text: string } {
  if (!isInputError(err)) throw err;
  const at = err.at ?? {};
  const spec = EVENT_FIELDS[type].find((s) => s.col === at.column);
  const text = spec && at.problem !== undefined ? `${spec.label}: ${at.problem}` : err.detail.replace(/^row \d+: /, "").replace(/\brow (\d+)/g, "event $1");
  const col = at.column as EventColumn | "date" | "type" | undefined;
  const onTarget = type === "EXPIRE" && (col === "a" || col === undefined || col === "type");
  const field = onTarget ? eventFieldId(row.id, "target") : eventFieldId(row.id, col ?? "type");
  return { field, text };
}

function readEvents(t: SeriesCTerms, rows: readonly EventRow[], order: DateOrder, notes: Map<string, string>): EventReading[] {
  const position = new Map(rows.map((r, i) => [r.id, i + 1]));
  const readings = rows.map((r, i): EventReading => {
    const pos = i + 1;
    const who = eventLabel(pos);
    const specs = EVENT_FIELDS[r.type];
    const problems: Problem[] = [];
    const blank = r.date.trim() === "" && specs.every((s) => (s.kind === "event" ? r.target === "" : r[s.col].trim() === ""));
    const date = readDate(`${who}, date`, r.date, order);
    if (date.error) problems.push({ field: eventFieldId(r.id, "date"), message: date.error });
    if (date.note) notes.set(eventFieldId(r.id, "date"), date.note);
    const input: EventInput = { row: pos, day: date.value ?? 0, type: r.type };
    for (const s of specs) {
      if (s.kind === "event") {
        const target = position.get(r.target);
        if (r.target === "") problems.push({ field: eventFieldId(r.id, "target"), message: `${who}, ${s.label}: choose the RIGHTS or PLANOPTION event` });
        else if (target === undefined)
          problems.push({ field: eventFieldId(r.id, "target"), message: `${who}, ${s.label}: the event it referred to was removed; choose another` });
        else input[s.col] = target;
        continue;
      }
      const v = readNumber(`${who}, ${s.label}`, r[s.col], s.kind, { optional: s.optional });
      if (v.error) problems.push({ field: eventFieldId(r.id, s.col), message: v.error });
      else if (v.value !== undefined) input[s.col] = v.value;
    }
    return { id: r.id, position: pos, input: problems.length ? undefined : input, problems, blank };
  });
  // Calc's own checks, one event at a time (an EXPIRE with the event it refers to).
  const byPos = new Map(readings.map((e) => [e.position, e]));
  for (const e of readings) {
    if (!e.input) continue;
    const inputs = [e.input];
    if (e.input.type === "EXPIRE") {
      const target = byPos.get(e.input.a as number);
      if (!target?.input) {
        e.problems.push({
          field: eventFieldId(e.id, "target"),
          message: `${eventLabel(e.position)}: the event it refers to (event ${e.input.a}) has a problem of its own`,
        });
        e.input = undefined;
        continue;
      }
      inputs.unshift(target.input);
    }
    try {
      checkEvents(t, inputs);
    } catch (err) {
      const mapped = mapEventError(err, e, e.input.type as EventType);
      e.problems.push({ field: mapped.field, message: `${eventLabel(e.position)}, ${mapped.text}` });
      e.input = undefined;
    }
  }
  // An EXPIRE whose event was left out is left out too.
  for (const e of readings) {
    if (e.input?.type === "EXPIRE" && !byPos.get(e.input.a as number)?.input) {
      e.problems.push({ field: eventFieldId(e.id, "target"), message: `${eventLabel(e.position)}: the event it refers to has a problem of its own` });
      e.input = undefined;
    }
  }
  return readings;
}

function readPayments(t: SeriesCTerms, rows: readonly PaymentRow[], order: DateOrder, notes: Map<string, string>): PaymentReading[] {
  return rows.map((r, i) => {
    const pos = i + 1;
    const who = `Payment ${pos}`;
    const problems: Problem[] = [];
    const blank = r.date.trim() === "" && r.amount.trim() === "";
    const date = readDate(`${who}, date`, r.date, order);
    if (date.error) problems.push({ field: paymentFieldId(r.id, "date"), message: date.error });
    if (date.note) notes.set(paymentFieldId(r.id, "date"), date.note);
    const amount = readNumber(`${who}, amount per share`, r.amount, "money");
    if (amount.error) problems.push({ field: paymentFieldId(r.id, "amount"), message: amount.error });
    let payment: Payment | undefined;
    if (!problems.length) {
      const p = { row: pos, day: date.value as Day, amount: new Dec(amount.value as number) };
      try {
        checkPayments(t, [p]);
        payment = p;
      } catch (err) {
        if (!isInputError(err)) throw err;
        const onDate = err.at?.column === "date";
        const text = onDate || err.at?.problem === undefined ? err.detail.replace(/^row \d+: /, "") : `amount per share: ${err.at.problem}`;
        problems.push({ field: paymentFieldId(r.id, onDate ? "date" : "amount"), message: `${who}, ${text}` });
      }
    }
    return { id: r.id, position: pos, payment, problems, blank };
  });
}

/** Reads every input with the functions' checks; messages start with the visible label. */
export function parseSeriesC(form: SeriesCForm, order: DateOrder): ParsedSeriesC {
  const termsReading = readTerms(SERIES_C_TERMS, SERIES_C_TERM_DOCS, form.terms ?? {}, order, "sc");
  const terms = termsReading.terms;
  const L = SERIESC_LABEL;
  const asOf = readDate(L.asOf, form.asOf, order);
  if (asOf.value !== undefined) {
    const day = asOf.value;
    const r = checked(L.asOf, () => requireOnOrAfterIssue(terms, day, "asOf"));
    if (r.error) Object.assign(asOf, { value: undefined, error: r.error });
  }
  const shares = readNumber(L.shares, form.shares, "shares");
  if (shares.value !== undefined && shares.value <= 0)
    Object.assign(shares, { value: undefined, error: `${L.shares}: must be greater than 0, got ${form.shares.trim()}` });
  const fmv = readNumber(L.fmv, form.fmv, "money");
  if (fmv.value !== undefined && fmv.value <= 0) Object.assign(fmv, { value: undefined, error: `${L.fmv}: must be greater than 0, got ${form.fmv.trim()}` });
  const kindWord = CONVERSION_KINDS.find((k) => k === form.kind.trim().toUpperCase());
  const kind: FieldReading<unknown> = kindWord ? { value: kindWord } : { error: `${L.kind}: choose one of ${CONVERSION_KINDS.join(", ")}` };
  const triggerWord = REDEMPTION_TRIGGERS.find((k) => k === form.trigger.trim().toUpperCase());
  const trigger: FieldReading<unknown> = triggerWord ? { value: triggerWord } : { error: `${L.trigger}: choose one of ${REDEMPTION_TRIGGERS.join(", ")}` };
  const notice = readDate("Redemption notice date", form.noticeDate, order, { optional: true });
  const fields = { asOf, shares, fmv, kind, trigger, noticeDate: notice } as Record<SeriesCField, FieldReading<unknown>>;

  const notes = new Map<string, string>();
  const eventReadings = readEvents(terms, form.events, order, notes);
  const paymentReadings = readPayments(terms, form.payments, order, notes);
  const events = checkEvents(
    terms,
    eventReadings.flatMap((e) => (e.input ? [e.input] : [])),
  );
  const payments = checkPayments(
    terms,
    paymentReadings.flatMap((p) => (p.payment ? [p.payment] : [])),
  );
  const leftOut = [
    ...eventReadings.filter((e) => !e.input).map((e) => `event ${e.position}${e.blank ? " (not filled in yet)" : ""}`),
    ...paymentReadings.filter((p) => !p.payment).map((p) => `payment ${p.position}${p.blank ? " (not filled in yet)" : ""}`),
  ];
  const problems: Problem[] = [];
  for (const k of SERIESC_FIELDS) {
    const r = fields[k];
    if (r.error) problems.push({ field: SERIESC_ID[k], message: r.error });
  }
  problems.push(...termsReading.problems);
  leftOut.push(...termsReading.leftOut);
  for (const e of eventReadings) problems.push(...e.problems);
  for (const p of paymentReadings) problems.push(...p.problems);
  const capital = readCapital(form.capital ?? [], form.exitMax ?? "");
  problems.push(...capital.problems);
  leftOut.push(...capital.leftOut);
  const exit = readExit(form.exitValue ?? "", form.holders ?? [], capital);
  problems.push(...exit.problems);
  leftOut.push(...exit.leftOut);
  return {
    terms,
    termsReading,
    fields,
    asOf: asOf.value,
    shares: shares.value === undefined ? undefined : new Dec(shares.value),
    fmv: fmv.value === undefined ? undefined : new Dec(fmv.value),
    kind: kindWord ?? "OPTIONAL",
    trigger: triggerWord ?? "6A",
    noticeDay: notice.value,
    eventReadings,
    paymentReadings,
    events,
    payments,
    leftOut,
    problems,
    notes,
    capital,
    exit,
  };
}

/** One line of the results: a formatted value (and the exact value for tests), or why it cannot be shown. */
export interface ResultLine {
  id: string;
  label: string;
  /** The custom function that gives the same number in a sheet. */
  fn: string;
  text?: string;
  exact?: string;
  /** Why there is no value: an input to fill or fix (neutral), or the calc's answer (e.g. #N/A). */
  note?: string;
  error?: string;
  /** The changed terms that change this result: "with floorAdjustedForSplits = TRUE". */
  termsNote?: string;
}
export interface ResultTable {
  id: string;
  label: string;
  fn: string;
  header: string[];
  rows: string[][];
  note?: string;
  termsNote?: string;
}
/** One line of the certificate of adjustment (Cert §5(l)): the rule applied and the price before and after. */
export interface CertificateLine {
  event: string;
  date: string;
  type: EventType;
  rule: string;
  effectivePrice?: string;
  before: string;
  after: string;
  beforeExact: string;
  afterExact: string;
  note: string;
}
export interface SeriesCPreview {
  lines: ResultLine[];
  breakdown: ResultTable;
  keyDates: ResultTable;
  certificate: { lines: CertificateLine[]; note?: string; termsNote?: string };
}

const NEEDS_LABEL: Record<SeriesCField, string> = {
  asOf: "the as-of date",
  shares: "the holder's shares",
  fmv: "the common stock fair market value",
  kind: "the conversion kind",
  trigger: "the redemption trigger",
  noticeDate: "the notice date",
};

/** Values a result needs; when one is missing or invalid the result says which input to fix. */
function needs<T>(p: ParsedSeriesC, fields: SeriesCField[], f: () => T): { ok: true; value: T } | { ok: false; message: string; neutral: boolean } {
  const bad = fields.filter((k) => p.fields[k].error !== undefined);
  if (bad.length) return { ok: false, message: `Needs a valid value for ${bad.map((k) => NEEDS_LABEL[k]).join(" and ")}.`, neutral: true };
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (isInputError(e)) return { ok: false, message: inPaneWords(e), neutral: false }; // the pane's labels, not the arguments
    throw e;
  }
}

/** Cert §6(b): the multiple applies only to a Company Redemption (§3(d), §3(e)); other triggers do not show it. */
const usesMultiple = (trigger: RedemptionTrigger): boolean => trigger === "3D" || trigger === "3E";

function line(id: string, label: string, fn: string, r: ReturnType<typeof needs<Dec>>, fmt: (d: Dec) => string): ResultLine {
  if (r.ok) return { id, label, fn, text: fmt(r.value), exact: r.value.toString() };
  return r.neutral ? { id, label, fn, note: r.message } : { id, label, fn, error: r.message };
}

/**
 * Everything the Series C tab shows, computed by src/calc from the valid inputs, with the notes of the
 * changed terms (addTermsNotes).
 */
export function previewSeriesC(p: ParsedSeriesC): SeriesCPreview {
  const preview = seriesCResults(p);
  addTermsNotes(p, preview);
  return preview;
}

/**
 * Each result a changed term changes says so (`termsNote`), found by computing the results again with
 * the defaults in place of the changed terms (model/terms.ts termsChanging): nothing to do when no
 * term was changed. The pane runs it once the page is idle after a keystroke, so the keystroke's frame
 * costs no more than the results; true when a note was added.
 */
export function addTermsNotes(p: ParsedSeriesC, preview: SeriesCPreview): boolean {
  const reading = p.termsReading;
  if (!reading.changed.length) return false;
  const by = termsChanging(
    reading.changed,
    (reset) => previewKeys(seriesCResults({ ...p, terms: termsWithout(SERIES_C_TERMS, reading, reset) })),
    previewKeys(preview),
  );
  const note = (id: string): string | undefined => termsNote(SERIES_C_TERMS, reading.overrides, by.get(id) ?? []);
  for (const l of preview.lines) l.termsNote = note(l.id);
  preview.breakdown.termsNote = note(preview.breakdown.id);
  preview.keyDates.termsNote = note(preview.keyDates.id);
  preview.certificate.termsNote = note("certificate");
  return by.size > 0;
}

/** Each result of a preview as comparable text, by its id. */
function previewKeys(pr: SeriesCPreview): Map<string, string> {
  const keys = new Map<string, string>();
  for (const l of pr.lines) keys.set(l.id, JSON.stringify([l.exact ?? l.text, l.note, l.error]));
  for (const t of [pr.breakdown, pr.keyDates]) keys.set(t.id, JSON.stringify([t.rows, t.note]));
  keys.set("certificate", JSON.stringify(pr.certificate));
  return keys;
}

/** Everything the Series C tab shows, without the terms' notes. */
export function seriesCResults(p: ParsedSeriesC): SeriesCPreview {
  const t = p.terms;
  const asOf = p.asOf as Day;
  const { events, payments } = p;
  const fmv = p.fmv as Dec;
  const history = needs(p, ["asOf"], () => priceHistory(t, events, asOf));
  const lines: ResultLine[] = [
    line(
      "accrued",
      "Accrued dividends",
      "SERIESC_ACCRUED",
      needs(p, ["asOf"], () => accruedDividends(t, asOf, payments)),
      formatPerShare,
    ),
    line(
      "mindiv",
      "Remaining Minimum Dividend",
      "SERIESC_MINDIV",
      needs(p, ["asOf"], () => remainingMinimumDividend(t, asOf, payments)),
      formatPerShare,
    ),
    line("convprice", "Conversion price", "SERIESC_CONVPRICE", history.ok ? { ok: true, value: history.value.price } : history, formatPerShare),
    line(
      "convrate",
      "Conversion rate (common per Series C share)",
      "SERIESC_CONVRATE",
      history.ok ? { ok: true, value: rateFromPrice(t, history.value.price) } : history,
      (d) => formatNumber(d, 6),
    ),
    line(
      "liquidation",
      "Liquidation amount",
      "SERIESC_LIQPREF",
      needs(p, ["asOf", "fmv"], () => liquidationPreference(t, { day: asOf, commonValue: fmv, events, payments }).perShare),
      formatPerShare,
    ),
    line(
      "redemption",
      "Redemption price",
      "SERIESC_REDEMPTION",
      needs(
        p,
        ["asOf", "fmv", "trigger", "noticeDate"],
        () => redemptionPrice(t, { day: asOf, fmv, trigger: p.trigger, noticeDay: p.noticeDay, events, payments }).price,
      ),
      formatPerShare,
    ),
    ...(usesMultiple(p.trigger)
      ? [
          line(
            "multiple",
            "Redemption multiple (§6(b))",
            "SERIESC_REDEMPTION_MULTIPLE",
            needs(p, ["asOf"], () => redemptionMultiple(t, asOf, "date")),
            (d) => `${formatNumber(d, 6)}×`,
          ),
        ]
      : []),
  ];
  const conv = needs(p, ["asOf", "shares", "fmv", "kind"], () => convertShares(t, { shares: p.shares as Dec, day: asOf, fmv, kind: p.kind, events, payments }));
  const breakdown: ResultTable = {
    id: "breakdown",
    label: "Conversion breakdown (holder's shares)",
    fn: "SERIESC_CONVSHARES",
    header: ["Principal shares", "Dividend shares", "Whole shares issued", "Cash in lieu", "Dividends extinguished (per share)"],
    rows: conv.ok
      ? [
          [
            formatShares(conv.value.principalShares),
            formatShares(conv.value.dividendShares),
            formatNumber(conv.value.wholeShares, 0),
            formatMoney(conv.value.cashInLieu),
            formatPerShare(conv.value.extinguishedPerShare),
          ],
        ]
      : [],
    note: conv.ok ? undefined : conv.message,
  };
  const keys: ResultTable = {
    id: "keydates",
    label: "Key dates",
    fn: "SERIESC_KEYDATES",
    header: ["Date", "Event"],
    rows: keyDates(t).map((k) => [formatIso(k.day), k.label]),
  };
  const certificate: SeriesCPreview["certificate"] = history.ok
    ? {
        lines: history.value.adjustments.map((a) => ({
          event: eventLabel(a.row),
          date: formatIso(a.day),
          type: a.type,
          rule: a.rule || "—",
          effectivePrice: a.effectivePrice ? formatPerShare(a.effectivePrice) : undefined,
          before: formatPerShare(a.before),
          after: formatPerShare(a.after),
          beforeExact: a.before.toString(),
          afterExact: a.after.toString(),
          note: a.note.replace(/\brow (\d+)/g, "event $1"),
        })),
        note: history.value.adjustments.length
          ? undefined
          : `No event on or before the as-of date: the conversion price is the initial ${formatPerShare(t.initialConversionPrice)} (Cert §5(c)).`,
      }
    : { lines: [], note: history.message };
  return { lines, breakdown, keyDates: keys, certificate };
}

/** Cell values of the valid events as the sheet holds them: date serial | type | a | b | c | d (EXPIRE's a = the position of its event). */
export function eventCells(p: ParsedSeriesC): Array<Array<number | string | null>> {
  return p.eventReadings.map((e) => {
    const i = e.input as EventInput;
    const used = new Set(EVENT_FIELDS[i.type as EventType].map((s) => s.col));
    return [serialFromDay(i.day), i.type, ...EMPTY_COLS.map((c) => (used.has(c) && i[c] !== undefined ? (i[c] as number) : null))];
  });
}

export function paymentCells(p: ParsedSeriesC): Array<[number, number]> {
  return p.paymentReadings.map((r) => [serialFromDay((r.payment as Payment).day), (r.payment as Payment).amount.toNumber()]);
}

/**
 * An events table read from the sheet (date | type | a | b | c | d, an
 * optional header row starting with "date", as SERIESC_CONVPRICE reads it)
 * as event rows of the form. An EXPIRE's column a — the row of the range it
 * refers to — becomes the id of the event read from that row.
 */
export function eventRowsFromValues(grid: readonly (readonly unknown[])[]): { rows: EventRow[]; problems: string[] } {
  const rows: EventRow[] = [];
  const problems: string[] = [];
  const idOfRangeRow = new Map<number, string>();
  const expireRefs: Array<[EventRow, unknown]> = [];
  const text = (c: unknown): string => (c === null || c === undefined ? "" : typeof c === "boolean" ? (c ? "TRUE" : "FALSE") : String(c).trim());
  grid.forEach((cells, i) => {
    if (cells.every((c) => text(c) === "" || c === 0)) return;
    if (rows.length === 0 && /^date$/i.test(text(cells[0]))) return;
    const type = EVENT_TYPES.find((t) => t === text(cells[1]).toUpperCase());
    if (!type) {
      problems.push(`row ${i + 1}: "${text(cells[1])}" is not an event type (${EVENT_TYPES.join(", ")})`);
      return;
    }
    const id = String(rows.length + 1);
    const dateCell = cells[0];
    const serialDay = typeof dateCell === "number" ? dayFromSerial(dateCell) : undefined;
    const date = typeof serialDay === "number" ? formatIso(serialDay) : text(dateCell);
    const row: EventRow = { id, date, type, a: text(cells[2]), b: text(cells[3]), c: text(cells[4]), d: text(cells[5]), target: "" };
    if (type === "EXPIRE") {
      expireRefs.push([row, cells[2]]);
      row.a = "";
    }
    idOfRangeRow.set(i + 1, id);
    rows.push(row);
  });
  for (const [row, ref] of expireRefs) {
    const id = typeof ref === "number" ? idOfRangeRow.get(ref) : undefined;
    if (id) row.target = id;
    else problems.push(`the EXPIRE event dated ${row.date} refers to row ${text(ref)} of the range, which holds no event: choose its event`);
  }
  return { rows, problems };
}
