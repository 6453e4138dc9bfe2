/**
 * The envelope of a saved record (docs/user-guide.md, "What is saved, and
 * where"): a header line — the format, the record's key, its length and a
 * checksum of its text — then the text as typed. A record that is cut short,
 * altered or unreadable is told apart from a good one, so the pane can keep
 * it aside and say so instead of restoring defaults over it. Records saved
 * before the envelope (the form as JSON with `"v":1`, the roster as plain
 * text) are still read.
 */

export type RecordKey = "form" | "roster";

/** The format of the envelope. */
export const RECORD_FORMAT = 2;
const MAGIC = "MPWR-STATE/";

/** FNV-1a (32 bits) over the UTF-16 code units of a text, as 8 hex digits. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** A record's text in its envelope. */
export function encodeRecord(key: RecordKey, text: string): string {
  const head = { key, len: text.length, sum: checksum(text) };
  return `${MAGIC}${RECORD_FORMAT} ${JSON.stringify(head)}\n${text}`;
}

export type DecodedRecord =
  /** Nothing saved under the key. */
  | { kind: "none" }
  /** The text as saved (`legacy`: saved before the envelope, without a checksum). */
  | { kind: "ok"; text: string; legacy: boolean }
  /** Unreadable: `raw` is what was found, `reason` says why. */
  | { kind: "damaged"; raw: string; reason: string };

/** A saved record read back, its length and checksum checked. */
export function decodeRecord(key: RecordKey, raw: string | undefined): DecodedRecord {
  if (raw === undefined) return { kind: "none" };
  if (!raw.startsWith(MAGIC)) return legacy(key, raw);
  const nl = raw.indexOf("\n");
  if (nl < 0) return { kind: "damaged", raw, reason: "the record ends in its header" };
  const m = /^MPWR-STATE\/(\d+) (\{.*\})$/.exec(raw.slice(0, nl));
  let head: { key?: unknown; len?: unknown; sum?: unknown } | undefined;
  try {
    head = m ? JSON.parse(m[2]) : undefined;
  } catch {
    head = undefined;
  }
  if (!m || !head || typeof head !== "object") return { kind: "damaged", raw, reason: "its header cannot be read" };
  if (Number(m[1]) > RECORD_FORMAT) return { kind: "damaged", raw, reason: `it was saved by a newer version of the add-in (format ${m[1]})` };
  if (head.key !== key) return { kind: "damaged", raw, reason: `it holds the ${String(head.key)} record, not the ${key} record` };
  const text = raw.slice(nl + 1);
  if (head.len !== text.length)
    return {
      kind: "damaged",
      raw,
      reason: `it holds ${text.length.toLocaleString("en-US")} characters of the ${Number(head.len).toLocaleString("en-US")} saved`,
    };
  if (head.sum !== checksum(text)) return { kind: "damaged", raw, reason: "its checksum does not match its text" };
  return { kind: "ok", text, legacy: false };
}

/** Before the envelope: the form was JSON (an object), the roster plain text (which cannot be checked). */
function legacy(key: RecordKey, raw: string): DecodedRecord {
  if (key === "roster") return { kind: "ok", text: raw, legacy: true };
  try {
    const v = JSON.parse(raw);
    if (v && typeof v === "object" && !Array.isArray(v)) return { kind: "ok", text: raw, legacy: true };
  } catch {
    // falls through
  }
  return { kind: "damaged", raw, reason: "it is not the JSON the form is saved as" };
}

/** What the status line says after reading the saved records (restored only when something was). */
export function restoreStatus(where: string, form: DecodedRecord, roster: DecodedRecord, aside: { kept: boolean; where: string; error?: string }): string {
  const damaged = [form, roster].filter((r) => r.kind === "damaged") as Array<Extract<DecodedRecord, { kind: "damaged" }>>;
  const good = [form.kind === "ok" ? "the fields, events and payments" : "", roster.kind === "ok" ? "the roster" : ""].filter(Boolean);
  if (!damaged.length) return good.length ? `Inputs restored from ${where}.` : "";
  const why = damaged.map((d) => d.reason).join("; ");
  const kept = aside.kept
    ? `Saved inputs could not be read; the damaged copy is kept (${aside.where}).`
    : `Saved inputs could not be read, and the damaged copy could not be kept aside (${aside.error ?? "unknown error"}): nothing will be saved over it.`;
  const rest = good.length ? ` Restored from ${where}: ${good.join(" and ")}.` : " Nothing was restored.";
  return `${kept} Why: ${why}.${rest}`;
}

/**
 * The version stamp of the saved inputs, a small record of its own, written
 * after each save: a number one higher than the stamp found, the pane that
 * saved, and when. A pane remembers the stamp of what it loaded or last saved;
 * a different stamp in the store means another pane (or a co-author of the
 * workbook) saved since, and the pane asks before saving over it.
 */
export interface Stamp {
  rev: number;
  by: string;
  at: string;
}

export function readStamp(text: string | undefined): Stamp | undefined {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as Partial<Stamp>;
    if (v && Number.isInteger(v.rev) && typeof v.by === "string" && typeof v.at === "string") return { rev: v.rev as number, by: v.by, at: v.at };
  } catch {
    // an unreadable stamp is taken for a change made elsewhere (see changedElsewhere)
  }
  return { rev: -1, by: "", at: "" };
}

export function nextStamp(found: Stamp | undefined, by: string, now: Date): Stamp {
  return { rev: Math.max(0, found?.rev ?? 0) + 1, by, at: now.toISOString() };
}

/** True when the store's stamp is not the one this pane last saw (none seen: any stamp found is someone else's). */
export function changedElsewhere(known: Stamp | undefined, found: Stamp | undefined): boolean {
  if (!found) return false;
  return !known || known.rev !== found.rev || known.by !== found.by || known.at !== found.at;
}

/** The question asked when the inputs were saved elsewhere since this pane loaded them. */
export function conflictQuestion(where: string, found: Stamp, at: (iso: string) => string): string {
  const when = found.at ? ` at ${at(found.at)}` : "";
  return `Another pane or a co-author saved inputs in ${where}${when}, after this pane loaded them. Save this pane's inputs over theirs, or load theirs in place of this pane's?`;
}
