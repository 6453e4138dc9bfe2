import { Dec } from "../../calc/core/decimal";
import { isInputError } from "../../calc/core/errors";
import { percentText } from "../../calc/core/percent";
import { ResolvedTerms, TermOverride, TermSchema, TermSpec, TermValue, parseTermValue, resolveTerms } from "../../calc/core/terms";
import { Day, formatIso } from "../../calc/time/civil";
import { serialFromDay } from "../../calc/time/excelSerial";
import { DateOrder, dayFromText, numberFromText } from "../../input/text";
import { Problem } from "./fields";

/**
 * The Terms section of a tab (docs/user-guide.md, "Terms"): every term of the calc's schema
 * (calc/seriesC/terms.ts, calc/optionExchange/terms.ts) with its default, what the user typed in
 * place of it, and what it is (the instrument's term words, as the workbook's terms Table says it).
 * A term is read as the functions read a `terms` argument's Value cell: the text becomes the cell
 * value Excel would hold (a number — `5%` is 0.05 —, a date's serial, TRUE/FALSE or a word) and the
 * calc's own term parsing checks it (core/terms.ts parseTermValue, as `resolveTerms` does for the
 * functions), so its error words are the functions' (`dividendRate 10 is read as 1,000 %; type 10% or
 * 0.1 …`). A 0 typed is a value (a function reads a 0 cell as an empty one only because desktop Excel
 * sends empty cells as 0), refused where the term cannot take it.
 */

/** What the user typed in place of each term's default, by term name; absent or "" = the default. */
export type TermsForm = Record<string, string>;

/** A term the tab sets through one of its own fields (the Option exchange tab's exchange ratio): shown, not edited here. */
export interface BoundTerm {
  /** The field's visible label. */
  field: string;
  /** The field's DOM id. */
  id: string;
  /** The term's value as that field gives it (undefined: empty or invalid, the default applies). */
  value: TermValue | undefined;
}

export interface TermRow {
  name: string;
  /** What the term is (the term words, as the workbook's terms Table's Term column says it). */
  label: string;
  kind: TermSpec["kind"];
  /** The drop-down's choices (TRUE/FALSE, or the term's words); none for numbers and dates. */
  choices?: readonly string[];
  /** The default as the pane shows it ("none" where the term has none). */
  defaultText: string;
  /** The term's text in its field: what was typed, or the default's text. */
  text: string;
  /** Something was typed in place of the default (what "Reset to default" forgets). */
  typed: boolean;
  /** The value in effect, as shown in a result's note ("TRUE", "2001-01-01", "0.12"). */
  valueText: string;
  /** True when the value in effect is not the default. */
  changed: boolean;
  error?: string;
  /** The term's field (DOM id). */
  id: string;
  /** Set by another field of the tab. */
  bound?: BoundTerm;
}

export interface TermsReading<S extends TermSchema> {
  rows: TermRow[];
  /** The terms in effect: the defaults, with every valid value typed (an invalid one keeps its default until fixed). */
  terms: ResolvedTerms<S>;
  /** The valid values that differ from the defaults, as the terms argument takes them (bound terms included when changed). */
  overrides: TermOverride[];
  /** Names of the terms typed in the Terms section whose value differs from the default (bound terms not included). */
  changed: string[];
  problems: Problem[];
  /** "term dividendRate (its default is used until it is valid)", per invalid term. */
  leftOut: string[];
}

export const BOOLEAN_CHOICES = ["TRUE", "FALSE"] as const;

/** The DOM id of a term's field: `sc-term-floorAdjustedForSplits`. */
export const termFieldId = (prefix: string, name: string): string => `${prefix}-term-${name}`;

/** "annual dividend rate, …" → "Annual dividend rate, …" (as the workbook's Term column). */
const sentence = (doc: string): string => doc.charAt(0).toUpperCase() + doc.slice(1);

const numberText = (x: Dec | number): string => new Dec(x).toString();

/** A value of the term as the pane shows it. */
export function termValueText(spec: TermSpec, v: unknown): string {
  if (v === undefined || v === null) return "none";
  switch (spec.kind) {
    case "date":
      return formatIso(v as Day);
    case "boolean":
      return v ? "TRUE" : "FALSE";
    case "word":
      return String(v);
    case "number":
      return spec.percent ? `${numberText(v as Dec)} (${percentText(v as Dec)})` : numberText(v as Dec);
  }
}

/** The default as the field's text, typed back it gives the default (dates as ISO, rates as fractions). */
function defaultFieldText(spec: TermSpec): string {
  const v = spec.default;
  if (v === undefined) return "";
  if (spec.kind === "date") return formatIso(v as Day);
  if (spec.kind === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/**
 * What the text is as a cell value of the terms Table: a number (`1,000`, `5%`, `3/4`), a date as its
 * serial (the pane's date reading; text it cannot read is passed on for the calc's own words),
 * TRUE/FALSE as a boolean, anything else as text. Empty: undefined (the default).
 */
export function termCell(spec: TermSpec, text: string, order: DateOrder): TermValue | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (spec.kind === "date") {
    const r = dayFromText(t, order);
    return r.ok ? serialFromDay(r.value) : t;
  }
  if (/^(true|false)$/i.test(t)) return t.toUpperCase() === "TRUE";
  if (spec.kind === "number") {
    const r = numberFromText(t, { percent: true, fraction: true });
    if (r.ok) return r.value;
  }
  return t;
}

/** The calc's InputError detail for one term ("dividendRate must be at most 1, got 2"), or its resolved value. */
function checkOne<S extends TermSchema>(schema: S, name: keyof S & string, value: TermValue): { value: unknown } | { error: string } {
  try {
    return { value: parseTermValue(schema, name, value) };
  } catch (e) {
    // a date's message names the term in its argument ("terms issueDate"), the others in the detail
    if (isInputError(e)) {
      const term = e.args.map((a) => a.replace(/^terms\s*/, "")).filter(Boolean);
      return { error: term.length ? `${term.join(", ")}: ${e.detail}` : e.detail };
    }
    throw e;
  }
}

const same = (a: unknown, b: unknown): boolean => (a instanceof Dec && b instanceof Dec ? a.eq(b) : a === b);

/**
 * Reads the Terms section: each term's text checked on its own by the calc (its message starts with
 * "Terms: " and then the functions' words), the valid ones resolved together into the terms in effect.
 */
export function readTerms<S extends TermSchema>(
  schema: S,
  docs: { readonly [K in keyof S & string]: string },
  form: TermsForm,
  order: DateOrder,
  prefix: string,
  bound: Partial<Record<keyof S & string, BoundTerm>> = {},
): TermsReading<S> {
  const defaults = resolveTerms(schema) as Record<string, unknown>;
  const rows: TermRow[] = [];
  const overrides: TermOverride[] = [];
  const changed: string[] = [];
  const problems: Problem[] = [];
  const leftOut: string[] = [];
  for (const name of Object.keys(schema) as Array<keyof S & string>) {
    const spec = schema[name];
    const id = termFieldId(prefix, name);
    const b = bound[name];
    const typed = b ? "" : (form[name] ?? "");
    const cell = b ? b.value : termCell(spec, typed, order);
    const row: TermRow = {
      name,
      label: sentence(docs[name]),
      kind: spec.kind,
      defaultText: termValueText(spec, defaults[name]),
      text: typed.trim() === "" ? defaultFieldText(spec) : typed,
      typed: typed.trim() !== "",
      valueText: termValueText(spec, defaults[name]),
      changed: false,
      id,
    };
    if (spec.kind === "boolean") row.choices = BOOLEAN_CHOICES;
    if (spec.kind === "word") row.choices = spec.words;
    if (b) row.bound = b;
    if (cell !== undefined) {
      const r = checkOne(schema, name, cell);
      if ("error" in r) {
        // a bound term's problem is its field's, said there
        if (!b) {
          row.error = `Terms: ${r.error}`;
          problems.push({ field: id, message: row.error });
          leftOut.push(`term ${name} (its default is used until it is valid)`);
        }
      } else {
        row.valueText = termValueText(spec, r.value);
        if (!same(r.value, defaults[name])) {
          row.changed = true;
          overrides.push({ name, value: cell });
          if (!b) changed.push(name);
        }
      }
    }
    rows.push(row);
  }
  return { rows, terms: resolveTerms(schema, overrides), overrides, changed, problems, leftOut };
}

/** The terms in effect without some of the changed ones (their defaults instead). */
export function termsWithout<S extends TermSchema>(schema: S, reading: TermsReading<S>, names: readonly string[]): ResolvedTerms<S> {
  return resolveTerms(
    schema,
    reading.overrides.filter((o) => !names.includes(o.name)),
  );
}

/** "with floorAdjustedForSplits = TRUE", "with dividendRate = 0.12 (12 %) and stubDays = inclusive": the named terms' values among the overrides. */
export function termsNote(schema: TermSchema, overrides: readonly TermOverride[], names: readonly string[]): string | undefined {
  if (!names.length) return undefined;
  const parts = names.map((n) => {
    const o = overrides.find((x) => x.name === n);
    const shown = o && o.value !== null && o.value !== undefined ? termValueText(schema[n], parseTermValue(schema, n, o.value)) : "?";
    return `${n} = ${shown}`;
  });
  return `with ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`}`;
}

/**
 * Which changed terms change each result: the results are computed again with the default in place of
 * every changed term (one computation) and, when more than one term was changed, with the default in
 * place of each in turn; a result that differs from its all-defaults value names each term whose reset
 * changes it (all the changed terms when only their combination does). `keys(reset)` computes the
 * results with the terms named in `reset` at their defaults, each as comparable text by its id.
 */
export function termsChanging(
  changed: readonly string[],
  keys: (reset: readonly string[]) => Map<string, string>,
  actual: Map<string, string>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!changed.length) return out;
  const base = keys(changed);
  const differing = [...actual.keys()].filter((id) => actual.get(id) !== base.get(id));
  if (!differing.length) return out;
  if (changed.length === 1) {
    for (const id of differing) out.set(id, [changed[0]]);
    return out;
  }
  const without = changed.map((n) => [n, keys([n])] as const);
  for (const id of differing) {
    const names = without.filter(([, k]) => k.get(id) !== actual.get(id)).map(([n]) => n);
    out.set(id, names.length ? names : [...changed]);
  }
  return out;
}
