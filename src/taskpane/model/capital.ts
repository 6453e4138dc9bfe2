import { Dec } from "../../calc/core/decimal";
import { InputError, isInputError } from "../../calc/core/errors";
import { CAPITAL_TYPE_TABLE, FULL_PARTICIPATION, SERIESC_RANK, capitalTypeOf } from "../../calc/seriesC/capitalTypes";
import { CAPITAL_PARTICIPATION_WORDS, CAPITAL_RANK_WORDS, CAPITAL_TYPE_WORDS, capitalTypeFields, capitalTypeLabel } from "../../calc/seriesC/capitalTypeWords";
import { CAPITAL_TYPES, CapitalInput, CapitalRow, CapitalType, checkCapital, isConvertible } from "../../calc/seriesC/capital";
import { NumberKind, Problem, readNumber } from "./fields";
import { EXAMPLE_CAPITAL } from "../../layout/exampleData";

/**
 * The capital table of the Series C tab: who shares in an exit (Cert §4(a),
 * (c)), as SERIESC_EXIT's `capital` range takes it — name | type | quantity |
 * a | b | c | rank | participation — with labelled fields per type. Rows carry stable ids (deleting
 * one never renames another's fields). Each row is read with the pane's
 * number reading and then checked by the calc's own `checkCapital`, so the
 * pane and SERIESC_EXIT accept and reject the same tables.
 */
export interface CapitalFormRow {
  id: string;
  name: string;
  /** One of CAPITAL_TYPES. */
  type: string;
  quantity: string;
  a: string;
  b: string;
  c: string;
  /** Empty: the type's rank. Absent in rows saved before the column existed. */
  rank?: string;
  /** Empty, FULL or a cap in $ per share. */
  participation?: string;
}

export { CAPITAL_TYPES };
export type CapitalColumn = "quantity" | "a" | "b" | "c" | "rank" | "participation";
export const CAPITAL_COLUMNS: readonly CapitalColumn[] = ["quantity", "a", "b", "c", "rank", "participation"];

export interface CapitalFieldSpec {
  col: CapitalColumn;
  label: string;
  kind: NumberKind;
  optional?: boolean;
  hint?: string;
}

/** What quantity, a, b and c mean for each type, as labelled fields, and what a row of each type is: from the one table of row types (calc/seriesC/capitalTypes.ts). */
export const CAPITAL_FIELDS = {} as Record<CapitalType, CapitalFieldSpec[]>;
export const CAPITAL_TYPE_NOTE = {} as Record<CapitalType, string>;
for (const type of CAPITAL_TYPES) {
  CAPITAL_FIELDS[type] = capitalTypeFields(type).map((f) => {
    const spec: CapitalFieldSpec = { col: f.col, label: f.label, kind: f.kind };
    if (!f.required) spec.optional = true;
    if (f.hint !== undefined) spec.hint = f.hint;
    return spec;
  });
  // The two optional columns, where the type takes them (capitalTypes.ts `ranked`, `participates`).
  if (CAPITAL_TYPE_TABLE[type].ranked) CAPITAL_FIELDS[type].push({ col: "rank", kind: "count", optional: true, ...CAPITAL_RANK_WORDS });
  if (CAPITAL_TYPE_TABLE[type].participates) CAPITAL_FIELDS[type].push({ col: "participation", kind: "money", optional: true, ...CAPITAL_PARTICIPATION_WORDS });
  CAPITAL_TYPE_NOTE[type] = CAPITAL_TYPE_WORDS[type].note;
}

/** The type drop-down's options, each spelling out what the type is (calc/seriesC/capitalTypeWords.ts). */
export const CAPITAL_TYPE_OPTIONS: ReadonlyArray<{ value: CapitalType; label: string }> = CAPITAL_TYPES.map((t) => ({ value: t, label: capitalTypeLabel(t) }));

export const CAPITAL_LABEL = { name: "Name of the class", type: "Type", exitMax: "Largest exit value on the chart (optional)" } as const;
export const EXIT_MAX_ID = "sc-exitmax";

export const capitalFieldId = (id: string, col: CapitalColumn | "name" | "type"): string => `sc-cap${id}-${col}`;

export const emptyCapitalRow = (id: string): CapitalFormRow => ({
  id,
  name: "",
  type: "COMMON",
  quantity: "",
  a: "",
  b: "",
  c: "",
  rank: "",
  participation: "",
});

/** Ranks the rank drop-down offers besides the type's usual one (a rank typed above them stays offered). */
const RANKS_OFFERED = 5;

/**
 * The rank drop-down of a row of `type`: empty = the type's usual rank, then 1 to 5 with what each
 * means next to the Series C's rank (Cert §4(a): senior claims first, Parity Preferred with the
 * Series C, Junior Securities after it); a rank typed elsewhere (a sheet's 7) stays among them.
 */
export function capitalRankOptions(type: CapitalType, value: string): Array<{ value: string; label: string }> {
  const usual = CAPITAL_TYPE_TABLE[type].rank;
  const meaning = (n: number) =>
    n === 1 ? "paid first" : n < SERIESC_RANK ? "before the Series C" : n === SERIESC_RANK ? "with the Series C" : "after the Series C";
  const ranks = Array.from({ length: RANKS_OFFERED }, (_, i) => i + 1);
  const typed = Number(value.trim());
  if (Number.isInteger(typed) && typed > RANKS_OFFERED) ranks.push(typed);
  const options = [
    { value: "", label: `Usual: ${usual} (${typeof usual === "number" ? meaning(usual) : "last"})` },
    ...ranks.map((n) => ({ value: String(n), label: `${n} — ${meaning(n)}` })),
  ];
  if (value.trim() !== "" && !options.some((o) => o.value === value.trim())) options.push({ value, label: value });
  return options;
}

/** The text of a field of a row (rows saved before rank and participation existed have none). */
export const capitalText = (r: CapitalFormRow, col: CapitalColumn): string => r[col] ?? "";

const capitalType = capitalTypeOf;

/** The illustrative capital of SERIESC_EXIT's example (src/layout/exampleData.ts), as typed in the form. */
export function exampleCapital(): CapitalFormRow[] {
  const text = (v: number | null) => (v === null ? "" : v.toLocaleString("en-US"));
  return EXAMPLE_CAPITAL.map(([name, type, quantity, a, b, c], i) => ({
    id: String(i + 1),
    name,
    type,
    quantity: text(quantity),
    a: text(a),
    b: text(b),
    c: text(c),
    rank: "",
    participation: "",
  }));
}

export interface CapitalRowReading {
  id: string;
  position: number;
  /** The row as SERIESC_EXIT reads it (row = its position), when it is complete and valid. */
  row?: CapitalRow;
  problems: Problem[];
  /** Nothing typed in it yet (a row just added). */
  blank: boolean;
}

export interface CapitalReading {
  rows: CapitalRowReading[];
  /** The valid rows, checked together by the calc; empty while any row that is not blank has a problem. */
  capital: CapitalRow[];
  /** Every row that is not blank is valid, and so is the table as a whole. */
  complete: boolean;
  /** The right end of the exit waterfall's range, when given and valid. */
  exitMax?: Dec;
  exitMaxError?: string;
  problems: Problem[];
  /** Rows not counted ("capital row 2 (not filled in yet)"). */
  leftOut: string[];
}

const who = (position: number) => `Capital row ${position}`;

/** A calc error about a capital row → the column it is about (from the error's location, never its text) and the sentence to show. */
function mapCapitalError(e: InputError, type: CapitalType): { col?: CapitalColumn; text: string } {
  const at = e.at ?? {};
  const spec = CAPITAL_FIELDS[type].find((s) => s.col === at.column);
  if (spec && at.problem !== undefined) return { col: spec.col, text: `${spec.label}: ${at.problem === "required" ? "a number is required" : at.problem}` };
  const rest = e.detail.replace(/^row \d+: /, "");
  return { col: spec?.col, text: rest.replace(/\(row (\d+) is the first\)/, "(capital row $1 is the first)") };
}

/** Reads the capital table and the chart's range with the functions' checks; messages start with the visible label. */
export function readCapital(rows: readonly CapitalFormRow[], exitMaxText: string): CapitalReading {
  const inputs = new Map<string, CapitalInput>();
  const readings = rows.map((r, i): CapitalRowReading => {
    const position = i + 1;
    const label = who(position);
    const type = capitalType(r.type);
    const problems: Problem[] = [];
    const specs = type ? CAPITAL_FIELDS[type] : [];
    const blank = r.name.trim() === "" && specs.every((s) => capitalText(r, s.col).trim() === "");
    if (!type) {
      problems.push({ field: capitalFieldId(r.id, "type"), message: `${label}, ${CAPITAL_LABEL.type}: choose one of ${CAPITAL_TYPES.join(", ")}` });
      return { id: r.id, position, problems, blank };
    }
    // SERIESC_EXIT reads the first column as the class's name and requires it (src/input/seriesCTables.ts).
    if (r.name.trim() === "") problems.push({ field: capitalFieldId(r.id, "name"), message: `${label}, ${CAPITAL_LABEL.name}: required, e.g. "Series C"` });
    const input: CapitalInput = { row: position, name: r.name.trim(), type };
    for (const s of specs) {
      const typed = capitalText(r, s.col);
      if (s.col === "participation" && typed.trim().toUpperCase() === FULL_PARTICIPATION) {
        input.participation = FULL_PARTICIPATION;
        continue;
      }
      const v = readNumber(`${label}, ${s.label}`, typed, s.kind, { optional: s.optional });
      if (v.error) problems.push({ field: capitalFieldId(r.id, s.col), message: v.error });
      else if (v.value !== undefined) input[s.col] = v.value;
    }
    if (problems.length) return { id: r.id, position, problems, blank };
    try {
      const [row] = checkCapital([input]);
      inputs.set(r.id, input);
      return { id: r.id, position, row, problems, blank };
    } catch (e) {
      if (!isInputError(e)) throw e;
      const mapped = mapCapitalError(e, type);
      problems.push({ field: capitalFieldId(r.id, mapped.col ?? "type"), message: `${label}, ${mapped.text}` });
      return { id: r.id, position, problems, blank };
    }
  });

  const problems: Problem[] = readings.flatMap((r) => r.problems);
  let capital = readings.flatMap((r) => (r.row ? [r.row] : []));
  let complete = readings.every((r) => r.row !== undefined || r.blank);
  // The checks of the table as a whole (one SERIESC row; at most 8 classes that may convert).
  if (capital.length) {
    try {
      capital = checkCapital(readings.flatMap((r) => (r.row ? [inputs.get(r.id) as CapitalInput] : [])));
    } catch (e) {
      if (!isInputError(e)) throw e;
      const rowNumber = e.at?.row;
      const at = rowNumber !== undefined ? readings[rowNumber - 1] : readings.filter((r) => r.row && isConvertible(r.row)).pop();
      const text = rowNumber !== undefined ? mapCapitalError(e, at?.row?.type ?? "SERIESC").text : e.detail;
      const message = rowNumber !== undefined ? `${who(rowNumber)}, ${text}` : `Capital: ${text}`;
      if (at) {
        at.problems.push({ field: capitalFieldId(at.id, "type"), message });
        problems.push({ field: capitalFieldId(at.id, "type"), message });
      }
      complete = false;
    }
  }
  if (!complete) capital = [];

  const out: CapitalReading = {
    rows: readings,
    capital,
    complete,
    problems,
    leftOut: readings.filter((r) => !r.row).map((r) => `capital row ${r.position}${r.blank ? " (not filled in yet)" : ""}`),
  };
  const max = readNumber(CAPITAL_LABEL.exitMax.replace(" (optional)", ""), exitMaxText, "money", { optional: true });
  if (max.error) out.exitMaxError = max.error;
  else if (max.value !== undefined && max.value <= 0) out.exitMaxError = `Largest exit value on the chart: must be greater than 0, got ${exitMaxText.trim()}`;
  else if (max.value !== undefined) out.exitMax = new Dec(max.value);
  if (out.exitMaxError) problems.push({ field: EXIT_MAX_ID, message: out.exitMaxError });
  return out;
}

/**
 * The valid capital rows as the sheet holds them, name | type | quantity | a | b | c, then rank and
 * participation when the row has either (columns a type does not use are empty, and so is a rank not typed).
 */
export function capitalCells(reading: CapitalReading): CapitalRowCells[] {
  return reading.capital.map((r) => {
    const used = new Set(CAPITAL_FIELDS[r.type].map((s) => s.col));
    const cell = (col: "a" | "b" | "c") => (used.has(col) ? r[col].toNumber() : null);
    const cells: CapitalRowCells = [r.name, r.type, r.quantity.toNumber(), cell("a"), cell("b"), cell("c")];
    if (!r.rankGiven && r.participation === undefined) return cells;
    const participation = r.participation === undefined ? null : typeof r.participation === "string" ? r.participation : r.participation.toNumber();
    return [...cells, r.rankGiven ? r.rank : null, participation];
  });
}

type CapitalRowCells =
  | [string, CapitalType, number, number | null, number | null, number | null]
  | [string, CapitalType, number, number | null, number | null, number | null, number | null, number | string | null];

/**
 * A capital table read from the sheet (name | type | quantity | a | b | c,
 * an optional header row starting with "name", as SERIESC_EXIT reads it) as
 * rows of the form; rows of an unknown type are listed, not kept.
 */
export function capitalRowsFromValues(grid: readonly (readonly unknown[])[]): { rows: CapitalFormRow[]; problems: string[] } {
  const rows: CapitalFormRow[] = [];
  const problems: string[] = [];
  const text = (c: unknown): string => (c === null || c === undefined ? "" : typeof c === "boolean" ? (c ? "TRUE" : "FALSE") : String(c).trim());
  grid.forEach((cells, i) => {
    if (cells.every((c) => text(c) === "")) return;
    if (rows.length === 0 && /^name$/i.test(text(cells[0]))) return;
    const type = capitalType(text(cells[1]));
    if (!type) {
      problems.push(`row ${i + 1}: "${text(cells[1])}" is not a capital type (${CAPITAL_TYPES.join(", ")})`);
      return;
    }
    // Desktop Excel sends 0 for an empty cell: 0 in a column the type does not use is no input.
    const used = new Set(CAPITAL_FIELDS[type].map((s) => s.col));
    const num = (col: "a" | "b" | "c" | "rank" | "participation", c: unknown): string => {
      if (used.has(col)) return text(c);
      if (c !== 0 && text(c) !== "") problems.push(`row ${i + 1}: a ${type} row has no column ${col}; its "${text(c)}" was not used`);
      return "";
    };
    rows.push({
      id: String(rows.length + 1),
      name: text(cells[0]),
      type,
      quantity: text(cells[2]),
      a: num("a", cells[3]),
      b: num("b", cells[4]),
      c: num("c", cells[5]),
      rank: num("rank", cells[6]),
      participation: num("participation", cells[7]),
    });
  });
  return { rows, problems };
}

/** A capital row from a saved record, defensively (unknown fields fall back to empty text). */
export function capitalRowFromRecord(v: unknown, i: number): CapitalFormRow {
  const o = (v ?? {}) as Record<string, unknown>;
  const s = (x: unknown) => (typeof x === "string" ? x : "");
  const row: CapitalFormRow = {
    id: s(o.id) || String(i + 1),
    name: s(o.name),
    type: capitalType(s(o.type)) ?? "COMMON",
    quantity: s(o.quantity),
    a: s(o.a),
    b: s(o.b),
    c: s(o.c),
  };
  // saved before the rank and participation columns existed: left out, read as empty
  if (typeof o.rank === "string") row.rank = o.rank;
  if (typeof o.participation === "string") row.participation = o.participation;
  return row;
}
