import Papa from "papaparse";

/**
 * Pasted text → a grid of cell texts, with papaparse: Excel's clipboard
 * (tab-separated, cells with tabs, quotes or line breaks quoted), CSV with
 * quotes and doubled quotes, `;`-separated CSV, LF / CRLF / CR line ends.
 * Rows keep their position (blank rows stay, as empty rows), so a message can
 * name the row of the paste.
 */
export type TextGrid = string[][];

/** Excel puts tabs between cells: a tab in the first non-empty line settles it; otherwise papaparse guesses among , and ;. */
export function delimiterOf(text: string): string | undefined {
  const first = /[^\r\n]*\S[^\r\n]*/.exec(text)?.[0] ?? "";
  return first.includes("\t") ? "\t" : undefined;
}

const DELIMITERS = [",", ";", "\t"];
/** papaparse reads the delimiter from the first 10 rows and the line ending from the text: they are settled on this much of it. */
export const GUESS_CHARS = 16_384;

/**
 * The delimiter and line ending, as papaparse guesses them, from the start of
 * the text. Guessing on the whole text costs more than the parse itself: each
 * wrong candidate (`;` for a CSV with quoted cells) reads the rest of the text
 * as one cell, with an error per quote. papaparse only looks at the first 10
 * rows, so the start decides (as it already does for a paste read in
 * chunks); when it cannot tell (one column), it guesses the delimiter over the
 * whole text as before.
 */
function config(text: string): Papa.ParseConfig<string[]> {
  const base = { delimitersToGuess: DELIMITERS, skipEmptyLines: false, header: false };
  const delimiter = delimiterOf(text) ?? "";
  if (text.length <= GUESS_CHARS) return { ...base, delimiter };
  const head = text.slice(0, lineEndAfter(text, GUESS_CHARS));
  const guess = Papa.parse<string[]>(head, { ...base, delimiter, preview: 10 });
  const settled = delimiter !== "" || !guess.errors.some((e) => e.code === "UndetectableDelimiter");
  return { ...base, delimiter: settled ? guess.meta.delimiter : "", newline: guess.meta.linebreak as Papa.ParseConfig["newline"] };
}

/** The index just past the first line break at or after `from` (the text's length when there is none). */
function lineEndAfter(text: string, from: number): number {
  const lf = text.indexOf("\n", from);
  const cr = text.indexOf("\r", from);
  const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  return end < 0 ? text.length : text[end] === "\r" && text[end + 1] === "\n" ? end + 2 : end + 1;
}

/** The grid of a text, and the lines where a quote opened a cell that was never closed properly. */
export interface GridReading {
  grid: TextGrid;
  /** 1-based lines of the text whose opening quote has no matching close (each such line left out, as an empty row). */
  quoteLines: number[];
  /** The line from which nothing was read, after MAX_QUOTE_PROBLEMS such lines. */
  unreadFrom?: number;
}

/** Lines with an unbalanced quote after which the rest of a text is not read (each one costs a parse of the rest). */
export const MAX_QUOTE_PROBLEMS = 20;

const LINE_BREAK = /\r\n|\r|\n/g;
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  LINE_BREAK.lastIndex = from;
  for (let m = LINE_BREAK.exec(text); m && m.index < to; m = LINE_BREAK.exec(text)) n++;
  return n;
}

/**
 * The whole text at once. A quote that opens a cell and is not closed
 * properly (a stray `"`) would make papaparse read every later line into
 * that one cell: instead the rows before its line are kept, its line is left
 * out (an empty row, so later rows keep their line numbers) and reported, and
 * the text after it is read again.
 */
export function readGrid(text: string): GridReading {
  if (text.trim() === "") return { grid: [], quoteLines: [] };
  const cfg = config(text);
  const grid: TextGrid = [];
  const quoteLines: number[] = [];
  let offset = 0;
  let line = 1; // the line at `offset`
  for (;;) {
    const rest = offset ? text.slice(offset) : text;
    const r = Papa.parse<string[]>(rest, cfg);
    if (offset === 0) {
      cfg.delimiter = r.meta.delimiter;
      cfg.newline = r.meta.linebreak as Papa.ParseConfig["newline"];
    }
    const q = r.errors.find((e) => e.type === "Quotes");
    if (!q) {
      for (const row of r.data) grid.push(row);
      break;
    }
    for (let k = 0; k < (q.row ?? 0); k++) grid.push(r.data[k]);
    // `index` is just past the opening quote, in `rest`.
    const quoteAt = offset + Math.max(0, (q.index ?? 1) - 1);
    const bad = line + lineBreaks(text, offset, quoteAt);
    // Rows before the bad one that spanned lines (quoted line breaks): the grid keeps one row per line up to it.
    while (grid.length < bad - 1) grid.push([""]);
    grid.length = bad - 1;
    grid.push([""]);
    quoteLines.push(bad);
    offset = lineEndAfter(text, quoteAt);
    line = bad + 1;
    if (offset >= text.length) break;
    if (quoteLines.length >= MAX_QUOTE_PROBLEMS) return { grid: trimTrailingEmpty(grid), quoteLines, unreadFrom: line };
  }
  return { grid: trimTrailingEmpty(grid), quoteLines };
}

/** The whole text at once (readGrid's rows). */
export function gridFromText(text: string): TextGrid {
  return readGrid(text).grid;
}

/** What a reading's unbalanced quotes are, in a sentence ("" when none). */
export function quoteProblemText(r: GridReading): string {
  if (!r.quoteLines.length) return "";
  const lines = r.quoteLines.map((l) => l.toLocaleString("en-US"));
  const which = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(", ")}`;
  const unread = r.unreadFrom ? ` Nothing from line ${r.unreadFrom.toLocaleString("en-US")} on was read.` : "";
  return `An unbalanced quote: a cell opened with " on ${which} is not closed; ${lines.length === 1 ? "that line was" : "those lines were"} left out, the rows before and after read.${unread}`;
}

/** Texts at or above this size are split into chunks between which the page stays responsive. */
export const CHUNKED_PASTE_CHARS = 400_000;
const CHUNK_CHARS = 100_000;

/**
 * The text in chunks of rows (papaparse pauses after each chunk; the next
 * starts from a new task), reporting the share of the text read. Resolves
 * with the grid, or undefined when `cancelled()` turned true.
 */
export function gridFromTextInChunks(text: string, progress: (fraction: number) => void, cancelled: () => boolean): Promise<GridReading | undefined> {
  return new Promise((resolve) => {
    const rows: TextGrid = [];
    let read = 0;
    let quotes = false;
    Papa.parse<string[]>(text, {
      ...config(text),
      chunkSize: CHUNK_CHARS,
      chunk: (result: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        if (cancelled()) {
          parser.abort();
          return;
        }
        // An unbalanced quote: the text is read again at once, its lines told apart (readGrid).
        if (result.errors.some((e) => e.type === "Quotes")) {
          quotes = true;
          parser.abort();
          return;
        }
        for (const r of result.data) rows.push(r);
        read = Math.min(text.length, read + CHUNK_CHARS);
        progress(read / text.length);
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: () => resolve(cancelled() ? undefined : quotes ? readGrid(text) : { grid: trimTrailingEmpty(rows), quoteLines: [] }),
    });
  });
}

/** A final line break leaves one empty row: not a row of the paste. */
function trimTrailingEmpty(grid: TextGrid): TextGrid {
  let end = grid.length;
  while (end > 0 && grid[end - 1].every((c) => c.trim() === "")) end--;
  return end === grid.length ? grid : grid.slice(0, end);
}

/** A grid as Excel's clipboard text: tab-separated, quoted where needed, one row per line. */
export function textFromGrid(grid: readonly (readonly string[])[]): string {
  return Papa.unparse(grid as string[][], { delimiter: "\t", newline: "\n", quotes: false });
}
