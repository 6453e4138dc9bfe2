import { clip } from "../../input/text";
import {
  ColumnMap,
  HeaderReading,
  ROSTER_COLUMNS,
  ROSTER_COLUMN_LABEL,
  ROSTER_COLUMN_TABLE,
  RosterColumn,
  RosterMapping,
  columnMapProblems,
  sameHeaders,
} from "../../input/roster";

/**
 * "Which column is which?" in the pane, without DOM (docs/user-guide.md, "Mapping a roster's
 * columns"): when a pasted or imported roster's header leaves a required column missing or
 * ambiguous (two cells naming one column), the pane lists each column with a choice of the
 * header's cells; "Use these columns" keeps the choice as a RosterMapping (src/input/roster.ts)
 * for that header, saved with the pane's inputs, so the next paste with the same header is read
 * with it. The roster's text is never touched meanwhile.
 */

/** A line of the form: a column and the header's cell chosen for it. */
export interface MappingLine {
  readonly column: RosterColumn;
  /** "grant date (required)" — the drop-down's accessible name. */
  readonly label: string;
  readonly required: boolean;
  /** What the header left open for it: "missing", "ambiguous" (with the cells naming it), or nothing. */
  readonly issue?: string;
}

/** Columns the form asks about, required ones first (grant id and employee: one of the two). */
const FORM_COLUMNS: readonly RosterColumn[] = [
  ...ROSTER_COLUMNS.filter((c) => ROSTER_COLUMN_TABLE[c].need !== "optional"),
  ...ROSTER_COLUMNS.filter((c) => ROSTER_COLUMN_TABLE[c].need === "optional"),
];

const needText = (c: RosterColumn): string =>
  ROSTER_COLUMN_TABLE[c].need === "required"
    ? "required"
    : ROSTER_COLUMN_TABLE[c].need === "grantOrHolder"
      ? "this or the other of grant id and employee"
      : "optional";

/** The header's cells as the drop-downs list them: "Column 3: When". */
export function headerChoiceLabel(headers: readonly string[], index: number): string {
  const t = clip(headers[index] ?? "", 40);
  return `Column ${index + 1}${t ? `: ${t}` : " (no name)"}`;
}

/** The mapping form: the header's cells, the choice per column, and what stops "Use these columns". */
export class ColumnMappingForm {
  readonly headers: readonly string[];
  readonly lines: readonly MappingLine[];
  /** The choice per column: a cell of the header, or none. */
  readonly choices: ColumnMap;

  /** `header`: the reading the form settles (its recognised columns are the first choices; an ambiguous one is left for the user). */
  constructor(header: HeaderReading) {
    this.headers = header.headers ?? [];
    const unresolved = new Set(header.unresolved ?? []);
    this.choices = {};
    this.lines = FORM_COLUMNS.map((c) => {
      let issue: string | undefined;
      const at = header.columns[c];
      const between = header.ambiguous?.[c];
      if (between) issue = `ambiguous: ${between.map((i) => `“${clip(this.headers[i] ?? "", 40)}”`).join(" and ")} both name it`;
      else if (unresolved.has(c) || (c === "holder" && unresolved.has("grant"))) issue = "missing: choose the column that holds it";
      if (at !== undefined && !between) this.choices[c] = at;
      return { column: c, label: `${ROSTER_COLUMN_LABEL[c]} (${needText(c)})`, required: ROSTER_COLUMN_TABLE[c].need === "required", issue };
    });
  }

  /** The user chose a cell for a column (undefined: none). */
  choose(column: RosterColumn, index: number | undefined): void {
    if (index === undefined) delete this.choices[column];
    else this.choices[column] = index;
  }

  /** What is wrong with the choices (none: "Use these columns" reads the roster with them). */
  problems(): string[] {
    return columnMapProblems(this.choices, this.headers.length);
  }

  /** The choices as a mapping for the header (after `problems()` found none). */
  mapping(): RosterMapping {
    return { headers: [...this.headers], columns: { ...this.choices } };
  }
}

/** How many mappings are remembered (the oldest is forgotten first). */
export const REMEMBERED_MAPPINGS = 20;

/** The remembered mappings with `m` for its header (replacing an older one for the same header), newest first. */
export function remember(list: readonly RosterMapping[], m: RosterMapping): RosterMapping[] {
  return [m, ...list.filter((x) => !sameHeaders(x.headers, m.headers))].slice(0, REMEMBERED_MAPPINGS);
}

/** The remembered mappings without the one for `headers`. */
export function forget(list: readonly RosterMapping[], headers: readonly string[]): RosterMapping[] {
  return list.filter((x) => !sameHeaders(x.headers, headers));
}

/** The remembered mappings as saved with the pane's inputs (the form record's `rosterColumns`: JSON text; "" for none). */
export function mappingsRecord(list: readonly RosterMapping[]): string {
  return list.length === 0 ? "" : JSON.stringify(list.map((m) => ({ headers: m.headers, columns: m.columns })));
}

/** Reads saved mappings defensively: a damaged entry is dropped, never thrown over. */
export function mappingsFromRecord(text: string | undefined): RosterMapping[] {
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: RosterMapping[] = [];
  for (const r of raw) {
    const o = (r ?? {}) as { headers?: unknown; columns?: unknown };
    if (!Array.isArray(o.headers) || !o.headers.every((h) => typeof h === "string") || typeof o.columns !== "object" || o.columns === null) continue;
    const columns: ColumnMap = {};
    for (const c of ROSTER_COLUMNS) {
      const i = (o.columns as Record<string, unknown>)[c];
      if (typeof i === "number" && Number.isInteger(i) && i >= 0 && i < o.headers.length) columns[c] = i;
    }
    out.push({ headers: o.headers as string[], columns });
  }
  return out.slice(0, REMEMBERED_MAPPINGS);
}

/** A mapping in words, for the pane's line under the roster: "grant id ← column 1 “Ref”; grant date ← column 3 “When”; …". */
export function describeMapping(m: RosterMapping): string {
  return ROSTER_COLUMNS.filter((c) => m.columns[c] !== undefined)
    .map((c) => `${ROSTER_COLUMN_LABEL[c]} ← ${headerChoiceLabel(m.headers, m.columns[c] as number).replace(/^Column (\d+): (.*)$/, "column $1 “$2”")}`)
    .join("; ");
}
