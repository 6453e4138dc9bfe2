import { EVENT_TYPES, EventType } from "../../calc/seriesC/events";
import { capitalRowFromRecord } from "./capital";
import { holderRowFromRecord } from "./holders";
import { OPTION_EXCHANGE_FIELDS, OptionExchangeForm, defaultOptionExchangeForm } from "./optionExchange";
import { EventRow, PaymentRow, SeriesCForm, defaultSeriesCForm } from "./seriesC";
import { TermsForm } from "./terms";
import { ViewState, defaultViewState, readViewState } from "./viewState";

/**
 * What the pane saves: everything typed in both tabs, as typed. Two records,
 * so that typing in a field does not rewrite a 50,000-line roster: `form`
 * (both tabs' fields, events and payments, and how the pane is arranged:
 * model/viewState.ts) and `roster` (the pasted text).
 */
export interface PaneState {
  seriesC: SeriesCForm;
  optionExchange: Omit<OptionExchangeForm, "roster">;
  roster: string;
  /** Which sections are open, the grants table's settings. */
  view: ViewState;
}

export const STATE_VERSION = 1;

export function defaultState(): PaneState {
  const { roster, ...optionExchange } = defaultOptionExchangeForm();
  return { seriesC: defaultSeriesCForm(), optionExchange, roster, view: defaultViewState() };
}

/** The record's key for the Option exchange tab is "optex", as saved by earlier versions (workbooks keep it). */
export function formRecord(s: PaneState): string {
  return JSON.stringify({ v: STATE_VERSION, seriesC: s.seriesC, optex: s.optionExchange, view: s.view });
}

const str = (v: unknown, fallback: string): string => (typeof v === "string" ? v : fallback);

/** Reads a saved form record defensively: unknown or damaged fields fall back to the defaults, never throw. */
export function readFormRecord(text: string | undefined, roster: string | undefined): PaneState | undefined {
  if (text === undefined && roster === undefined) return undefined;
  const d = defaultState();
  let parsed: { seriesC?: Record<string, unknown>; optex?: Record<string, unknown>; view?: unknown } = {};
  try {
    if (text !== undefined) parsed = JSON.parse(text) ?? {};
  } catch {
    parsed = {};
  }
  const sc = parsed.seriesC ?? {};
  const ox = parsed.optex ?? {};
  const seriesC: SeriesCForm = {
    asOf: str(sc.asOf, d.seriesC.asOf),
    shares: str(sc.shares, d.seriesC.shares),
    fmv: str(sc.fmv, d.seriesC.fmv),
    kind: str(sc.kind, d.seriesC.kind),
    trigger: str(sc.trigger, d.seriesC.trigger),
    noticeDate: str(sc.noticeDate, d.seriesC.noticeDate),
    events: Array.isArray(sc.events) ? sc.events.map(readEvent) : [],
    payments: Array.isArray(sc.payments) ? sc.payments.map(readPayment) : [],
    capital: Array.isArray(sc.capital) ? sc.capital.map(capitalRowFromRecord) : [],
    exitMax: str(sc.exitMax, d.seriesC.exitMax),
    terms: readTermsRecord(sc.terms),
    exitValue: str(sc.exitValue, d.seriesC.exitValue),
    holders: Array.isArray(sc.holders) ? sc.holders.map(holderRowFromRecord) : [],
  };
  // Ids must be unique: a damaged record gets fresh ones (EXPIRE targets are then chosen again).
  for (const list of [seriesC.events, seriesC.payments, seriesC.capital, seriesC.holders] as Array<Array<{ id: string }>>) {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (!r.id || seen.has(r.id)) r.id = `r${i + 1}`;
      seen.add(r.id);
    });
  }
  const optionExchange = { ...d.optionExchange };
  for (const k of OPTION_EXCHANGE_FIELDS) optionExchange[k] = str(ox[k], optionExchange[k]);
  optionExchange.rosterColumns = str(ox.rosterColumns, "");
  optionExchange.terms = readTermsRecord(ox.terms);
  return { seriesC, optionExchange, roster: roster ?? "", view: readViewState(parsed.view) };
}

/** The Terms section as saved: text by term name (records saved before it had none: every term its default). */
function readTermsRecord(v: unknown): TermsForm {
  const out: TermsForm = {};
  if (v && typeof v === "object" && !Array.isArray(v)) for (const [k, t] of Object.entries(v)) if (typeof t === "string" && t.trim() !== "") out[k] = t;
  return out;
}

/**
 * Said after restoring a form record saved before the pane had a Terms section: nothing of it is
 * lost, and the terms are the defaults, which every result was computed with when it was saved.
 */
export function termsRestoreNote(text: string | undefined): string {
  if (text === undefined) return "";
  try {
    const v = JSON.parse(text) as { seriesC?: { terms?: unknown } };
    if (v && typeof v === "object" && v.seriesC && typeof v.seriesC === "object" && v.seriesC.terms !== undefined) return "";
  } catch {
    return "";
  }
  return "These inputs were saved before the pane had its Terms sections: every term is its default, as when they were saved; nothing is lost.";
}

function readEvent(v: unknown, i: number): EventRow {
  const o = (v ?? {}) as Record<string, unknown>;
  const type = EVENT_TYPES.find((t) => t === o.type) ?? "SPLIT";
  return {
    id: str(o.id, String(i + 1)),
    date: str(o.date, ""),
    type: type as EventType,
    a: str(o.a, ""),
    b: str(o.b, ""),
    c: str(o.c, ""),
    d: str(o.d, ""),
    target: str(o.target, ""),
  };
}

function readPayment(v: unknown, i: number): PaymentRow {
  const o = (v ?? {}) as Record<string, unknown>;
  return { id: str(o.id, String(i + 1)), date: str(o.date, ""), amount: str(o.amount, "") };
}

// ------------------------------------------------------------------ custom XML parts

/** The namespaces of the pane's custom XML parts in a workbook, one per record. */
export const XML_NAMESPACE = {
  form: "urn:mpwr:taskpane-state:1:form",
  roster: "urn:mpwr:taskpane-state:1:roster",
  // Damaged records kept aside (docs/user-guide.md, "What is saved, and where").
  "form-damaged": "urn:mpwr:taskpane-state:1:form-damaged",
  "roster-damaged": "urn:mpwr:taskpane-state:1:roster-damaged",
  // A pane's inputs not saved over another pane's (closed before the user could be asked).
  "form-unsaved": "urn:mpwr:taskpane-state:1:form-unsaved",
  "roster-unsaved": "urn:mpwr:taskpane-state:1:roster-unsaved",
  // The version stamp of the saved inputs (model/savedRecord.ts).
  stamp: "urn:mpwr:taskpane-state:1:stamp",
} as const;
export type XmlKey = keyof typeof XML_NAMESPACE;
/**
 * Characters of a record per custom XML part. Office documents a 2 MB limit
 * for document settings (Office.Settings.set); custom XML parts have no
 * documented limit, but Excel on the web rejects requests over 5 MB and Word
 * on the web refuses parts over 1 MB (office-js issue #2408), so a record is
 * split into parts of at most 256 KB of text (≤ 1 MB even if every character
 * were escaped or took 4 bytes).
 */
export const XML_PART_CHARS = 256 * 1024;

export interface XmlPart {
  key: XmlKey;
  generation: string;
  seq: number;
  of: number;
  text: string;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

// Characters XML 1.0 cannot hold at all (control characters other than tab, LF, CR): kept as \u escapes of a JSON string.
// eslint-disable-next-line no-control-regex -- these control characters are what XML 1.0 cannot hold: matching them is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** A record as XML part texts (the text is JSON-encoded so any character survives). */
export function toXmlParts(key: XmlPart["key"], record: string, generation: string): string[] {
  const safe = JSON.stringify(record).replace(XML_ILLEGAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const pieces: string[] = [];
  for (let i = 0; i < safe.length || i === 0; i += XML_PART_CHARS) pieces.push(safe.slice(i, i + XML_PART_CHARS));
  return pieces.map(
    (p, seq) =>
      `<mpwrState xmlns="${XML_NAMESPACE[key]}" key="${key}" generation="${escapeXml(generation)}" seq="${seq}" of="${pieces.length}">${escapeXml(p)}</mpwrState>`,
  );
}

export function parseXmlPart(xml: string): XmlPart | undefined {
  const m = /<mpwrState\b([^>]*)>([\s\S]*)<\/mpwrState>\s*$/.exec(xml) ?? /<mpwrState\b([^>]*)\/>\s*$/.exec(xml);
  if (!m) return undefined;
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1];
  const key = attr("key");
  const seq = Number(attr("seq"));
  const of = Number(attr("of"));
  const generation = attr("generation");
  if (
    key === undefined ||
    !Object.prototype.hasOwnProperty.call(XML_NAMESPACE, key) ||
    !Number.isInteger(seq) ||
    !Number.isInteger(of) ||
    generation === undefined
  )
    return undefined;
  return { key: key as XmlKey, generation: unescapeXml(generation), seq, of, text: unescapeXml(m[2] ?? "") };
}

/** The records found, and for each key whose record could not be put together, what was found of it. */
export interface FoundRecords {
  form?: string;
  roster?: string;
  unreadable?: { form?: string; roster?: string };
}

/**
 * The newest complete record of each key among the parts found (a save that
 * was interrupted leaves an incomplete generation, which is ignored while a
 * complete one is older). Parts that cannot be put together are reported as
 * unreadable, never taken for no record.
 */
export function recordsFromParts(parts: readonly XmlPart[]): FoundRecords {
  const out: FoundRecords = {};
  const unreadable = (key: "form" | "roster", raw: string) => (out.unreadable = { ...out.unreadable, [key]: raw });
  for (const key of ["form", "roster"] as const) {
    const byGen = new Map<string, XmlPart[]>();
    for (const p of parts) if (p.key === key) byGen.set(p.generation, [...(byGen.get(p.generation) ?? []), p]);
    const complete = [...byGen.entries()]
      .filter(([, ps]) => ps.length === ps[0].of && new Set(ps.map((p) => p.seq)).size === ps[0].of)
      .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
    if (!complete.length) {
      if (byGen.size)
        unreadable(
          key,
          [...byGen.values()]
            .flat()
            .sort((a, b) => a.seq - b.seq)
            .map((p) => p.text)
            .join(""),
        );
      continue;
    }
    const joined = complete[0][1]
      .sort((a, b) => a.seq - b.seq)
      .map((p) => p.text)
      .join("");
    try {
      const v = JSON.parse(joined);
      if (typeof v === "string") out[key] = v;
      else unreadable(key, joined);
    } catch {
      unreadable(key, joined);
    }
  }
  return out;
}
