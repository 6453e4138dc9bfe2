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

/** The whole text at once. */
export function gridFromText(text: string): TextGrid {
  if (text.trim() === "") return [];
  return trimTrailingEmpty(Papa.parse<string[]>(text, config(text)).data);
}

/** Texts at or above this size are split into chunks between which the page stays responsive. */
export const CHUNKED_PASTE_CHARS = 400_000;
const CHUNK_CHARS = 100_000;

/**
 * The text in chunks of rows (papaparse pauses after each chunk; the next
 * starts from a new task), reporting the share of the text read. Resolves
 * with the grid, or undefined when `cancelled()` turned true.
 */
export function gridFromTextInChunks(text: string, progress: (fraction: number) => void, cancelled: () => boolean): Promise<TextGrid | undefined> {
  return new Promise((resolve) => {
    const rows: TextGrid = [];
    let read = 0;
    Papa.parse<string[]>(text, {
      ...config(text),
      chunkSize: CHUNK_CHARS,
      chunk: (result: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        if (cancelled()) {
          parser.abort();
          return;
        }
        for (const r of result.data) rows.push(r);
        read = Math.min(text.length, read + CHUNK_CHARS);
        progress(read / text.length);
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: () => resolve(cancelled() ? undefined : trimTrailingEmpty(rows)),
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
