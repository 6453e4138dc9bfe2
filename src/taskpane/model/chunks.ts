/**
 * The size of what the pane sends to Excel. Excel on the web rejects a
 * request over 5 MB (Microsoft's "Resource limits and performance
 * optimization for Office Add-ins"), so every write is split into syncs whose
 * estimated request stays well under that: the JSON of the values carried
 * plus a fixed cost per action (Office.js sends each method call and each
 * property set as one action).
 */

/** One MB: a fifth of the limit, leaving room for Office.js's own envelope and UTF-8 expansion of non-ASCII text. */
export const MAX_CHUNK_BYTES = 1_000_000;
/** Bytes Office.js adds per action (object path, method, ids), generously. */
export const ACTION_BYTES = 300;

/** UTF-8 length of a string. */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) n += c > 0x7ff ? 2 : 1; // surrogate pairs count 2 + 2 = 4 bytes
  }
  return n;
}

/** The JSON size of a value as Office.js serialises it (UTF-8). */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? "null");
}
