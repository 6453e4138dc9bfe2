/**
 * JSON text parsed in slices (docs/ocf.md, "Speed"): an OCF file of 100,000 transactions is ~40 MB,
 * and one JSON.parse of it holds the pane's page for ~350 ms. The text is scanned for the top-level
 * object's members; an array member (an OCF file's `items`) is cut between its elements into pieces
 * of about SLICE_CHARS characters, each given to JSON.parse; the generator yields after each piece
 * and every SCAN_CHARS characters scanned, so the caller can hand the page back. The result equals
 * JSON.parse's. Text that is not a JSON object, or that the scan cannot cut, is parsed by one
 * JSON.parse, whose error message is the one reported.
 */

/** Characters of array elements given to one JSON.parse. */
export const SLICE_CHARS = 1 << 19;
/** Characters scanned between two yields. */
export const SCAN_CHARS = 2 << 20;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** A member of the top-level object: its key's text, and its value's span (an array's element spans too). */
interface Member {
  key: string;
  from: number;
  to: number;
  /** An array value: where its elements start and end (a comma between two elements is at depth 1 of the array). */
  elements?: Array<[number, number]>;
}

/** Thrown by the scan when the text is not what it can cut: the caller parses it whole instead. */
class Uncuttable extends Error {}

/**
 * The members of the top-level object of `text` (yields the characters scanned so far). Only the
 * structure is followed: strings (with escapes), braces, brackets and the commas and colons at the
 * first two depths; the values themselves are checked by JSON.parse.
 */
function* scan(text: string): Generator<number, Member[]> {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === 0xfeff) i++;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== OPEN_BRACE) throw new Uncuttable();
  i++;
  const members: Member[] = [];
  let nextYield = SCAN_CHARS;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACE && members.length === 0) {
      i++;
      break;
    }
    if (c !== QUOTE) throw new Uncuttable();
    const keyStart = i;
    i = endOfString(text, i);
    const key = text.slice(keyStart, i);
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== COLON) throw new Uncuttable();
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const from = i;
    const member: Member = { key, from, to: from };
    if (text.charCodeAt(i) === OPEN_BRACKET) {
      // An array: its elements' spans, cut at the commas of its own depth.
      const elements: Array<[number, number]> = [];
      i++;
      let depth = 0;
      let start = i;
      for (;;) {
        if (i >= n) throw new Uncuttable();
        if (i >= nextYield) {
          yield i;
          nextYield = i + SCAN_CHARS;
        }
        const d = text.charCodeAt(i);
        if (d === QUOTE) {
          i = endOfString(text, i);
          continue;
        }
        if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
        else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
          if (depth === 0) {
            if (d !== CLOSE_BRACKET) throw new Uncuttable();
            if (text.slice(start, i).trim() !== "" || elements.length > 0) elements.push([start, i]);
            i++;
            break;
          }
          depth--;
        } else if (d === COMMA && depth === 0) {
          elements.push([start, i]);
          start = i + 1;
        }
        i++;
      }
      member.elements = elements;
    } else {
      // Any other value: up to the comma or brace that ends it at depth 0.
      let depth = 0;
      for (;;) {
        if (i >= n) throw new Uncuttable();
        const d = text.charCodeAt(i);
        if (d === QUOTE) {
          i = endOfString(text, i);
          continue;
        }
        if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
        else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
          if (depth === 0) break;
          depth--;
        } else if (d === COMMA && depth === 0) break;
        i++;
      }
    }
    member.to = i;
    members.push(member);
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const e = text.charCodeAt(i);
    i++;
    if (e === COMMA) continue;
    if (e === CLOSE_BRACE) break;
    throw new Uncuttable();
  }
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i !== n) throw new Uncuttable();
  return members;
}

/** The index after the string that starts at `i` (a quote). */
function endOfString(text: string, i: number): number {
  const n = text.length;
  for (let k = i + 1; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === BACKSLASH) k++;
    else if (c === QUOTE) return k + 1;
  }
  throw new Uncuttable();
}

/**
 * `JSON.parse(text)` in slices: yields the fraction done (0…1) between slices; returns the value.
 * Throws JSON.parse's own SyntaxError for text that is not JSON.
 */
export function* parseJsonInSlices(text: string): Generator<number, unknown> {
  let members: Member[];
  try {
    const s = scan(text);
    for (;;) {
      const r = s.next();
      if (r.done) {
        members = r.value;
        break;
      }
      yield (0.3 * r.value) / text.length;
    }
  } catch (e) {
    if (!(e instanceof Uncuttable)) throw e;
    return JSON.parse(text);
  }
  const out: Record<string, unknown> = {};
  let done = 0;
  let yielded = 0;
  try {
    for (const m of members) {
      let value: unknown;
      if (m.elements === undefined) value = JSON.parse(text.slice(m.from, m.to));
      else {
        const list: unknown[] = [];
        const els = m.elements;
        for (let k = 0; k < els.length;) {
          let j = k;
          const start = els[k][0];
          while (j < els.length && els[j][1] - start < SLICE_CHARS) j++;
          if (j === k) j = k + 1;
          const piece = JSON.parse(`[${text.slice(start, els[j - 1][1])}]`) as unknown[];
          // One element per span: a piece that parses to more or fewer is text the scan misread.
          if (piece.length !== j - k) throw new Uncuttable();
          for (const v of piece) list.push(v);
          done += els[j - 1][1] - start;
          k = j;
          // A small file is parsed without a yield; a big one yields after each piece.
          if (done - yielded >= SLICE_CHARS / 2) {
            yielded = done;
            yield 0.3 + (0.7 * done) / text.length;
          }
        }
        value = list;
      }
      // A key such as "__proto__" is an own property, as JSON.parse makes it.
      Object.defineProperty(out, JSON.parse(m.key) as string, { value, enumerable: true, writable: true, configurable: true });
    }
  } catch {
    // JSON.parse's own message for the whole text (the slices' positions would not be the file's).
    return JSON.parse(text);
  }
  return out;
}
