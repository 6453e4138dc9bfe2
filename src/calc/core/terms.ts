import { Dec } from "./decimal";
import { badNumber, badValue } from "./errors";
import { PercentKind, isWholePercent, wholePercentDetail } from "./percent";
import { quoted } from "./text";
import { Day } from "../time/civil";
import { dayFromInput } from "../time/dateInput";

/**
 * Terms: the instrument's parameters a user may override with a
 * `name | value` table (docs/conventions.md#terms). Each spec says what kind of value the
 * term takes and its domain; the defaults are the seed documents' own terms.
 */
export type TermValue = number | string | boolean;

// What a term is (said beside it in the workbook and the docs) is in the instrument's
// term words (seriesC/termWords.ts, optionExchange/termWords.ts), outside dist/functions.js.
export interface NumberTerm {
  kind: "number";
  default: number | undefined;
  min?: number;
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
  /**
   * A rate or volatility as a fraction: beyond its limit (core/percent.ts) it was typed
   * as a whole percent and is refused, saying how it was read and what to type.
   */
  percent?: PercentKind;
}
export interface DateTerm {
  kind: "date";
  default: Day;
}
export interface BooleanTerm {
  kind: "boolean";
  default: boolean;
}
export interface WordTerm {
  kind: "word";
  default: string;
  words: readonly string[];
}
export type TermSpec = NumberTerm | DateTerm | BooleanTerm | WordTerm;
export type TermSchema = Record<string, TermSpec>;

/** The typed value a spec yields: numbers become Decimals, dates Days. */
export type TermOf<S extends TermSpec> = S extends NumberTerm
  ? S["default"] extends number
    ? Dec
    : Dec | undefined
  : S extends DateTerm
    ? Day
    : S extends BooleanTerm
      ? boolean
      : string;
export type ResolvedTerms<T extends TermSchema> = { [K in keyof T]: TermOf<T[K]> } & { readonly cacheKey: string };

export interface TermOverride {
  name: string;
  value: TermValue | null | undefined;
  /** 1-based row of the override in the user's table, for messages. */
  row?: number;
}

const ARG = "terms";

// The default terms resolved once per schema: building 20-odd Decimals and the
// cache key on every call dominated a plain =MPWR.SERIESC_ACCRUED(A1) (bench/run.js).
// Frozen, so a shared instance can never be changed by one caller.
const defaultsBySchema = new WeakMap<TermSchema, unknown>();
const lowerNamesBySchema = new WeakMap<TermSchema, Map<string, string>>();

export function resolveTerms<T extends TermSchema>(schema: T, overrides: readonly TermOverride[] = []): ResolvedTerms<T> {
  let byLowerName = lowerNamesBySchema.get(schema);
  if (!byLowerName) lowerNamesBySchema.set(schema, (byLowerName = new Map(Object.keys(schema).map((k) => [k.toLowerCase(), k]))));
  const given = new Map<string, TermValue>();
  for (const o of overrides) {
    const key = byLowerName.get(o.name.trim().toLowerCase());
    if (key === undefined) throw badValue(ARG, `unknown term ${quoted(o.name)}${where(o)}; known terms: ${Object.keys(schema).join(", ")}`);
    if (given.has(key)) throw badValue(ARG, `term ${key} is given twice`);
    if (o.value === null || o.value === undefined || o.value === "") continue; // empty value: keep the default
    if (o.value === 0 && !acceptsZero(schema[key])) continue; // desktop Excel's empty cell: keep the default
    given.set(key, o.value);
  }
  if (given.size === 0) {
    const cached = defaultsBySchema.get(schema);
    if (cached) return cached as ResolvedTerms<T>;
  }
  const out: Record<string, unknown> = {};
  const keyParts: string[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const raw = given.get(name);
    const value = raw === undefined ? defaultOf(spec) : parseTerm(name, spec, raw);
    out[name] = value;
    keyParts.push(value instanceof Dec ? value.toString() : String(value));
  }
  out.cacheKey = keyParts.join("|");
  if (given.size === 0) defaultsBySchema.set(schema, Object.freeze(out));
  return out as ResolvedTerms<T>;
}

/**
 * Whether 0 is a value the term can take. Desktop Excel sends an empty cell as
 * 0 (docs/conventions.md#terms), so where 0 is outside a term's domain — a
 * date, TRUE/FALSE, a word, a number that must be positive — a 0 means the
 * cell was left empty: the default. Where 0 is a meaningful value (a rate of
 * 0, no carve-out, a window of 0 days) it is taken as typed.
 */
export function acceptsZero(spec: TermSpec): boolean {
  if (spec.kind !== "number") return false;
  if (spec.min !== undefined && (spec.min > 0 || (spec.min === 0 && spec.minExclusive))) return false;
  return spec.max === undefined || spec.max >= 0;
}

/**
 * One term's value read and checked as a typed value (the task pane's Terms section): the same
 * parsing and words as a Value cell of the `terms` argument, without reading 0 as an empty cell
 * (a 0 the user typed is a value, refused where the term cannot take it).
 */
export function parseTermValue<T extends TermSchema>(schema: T, name: keyof T & string, raw: TermValue): unknown {
  return parseTerm(name, schema[name], raw);
}

function where(o: TermOverride): string {
  return o.row === undefined ? "" : ` (row ${o.row})`;
}

function defaultOf(spec: TermSpec): unknown {
  if (spec.kind === "number") return spec.default === undefined ? undefined : new Dec(spec.default);
  return spec.default;
}

function parseTerm(name: string, spec: TermSpec, raw: TermValue): unknown {
  switch (spec.kind) {
    case "number":
      return parseNumberTerm(name, spec, raw);
    case "date":
      return dayFromInput(raw, `${ARG} ${name}`);
    case "boolean":
      return parseBooleanTerm(name, raw);
    case "word":
      return parseWordTerm(name, spec, raw);
  }
}

function parseNumberTerm(name: string, spec: NumberTerm, raw: TermValue): Dec {
  if (typeof raw !== "number" || !Number.isFinite(raw)) throw badValue(ARG, `${name} must be a number, got ${show(raw)}`);
  if (spec.integer && !Number.isInteger(raw)) throw badNumber(ARG, `${name} must be a whole number, got ${raw}`);
  if (spec.min !== undefined && (spec.minExclusive ? raw <= spec.min : raw < spec.min)) {
    throw badNumber(ARG, `${name} must be ${spec.minExclusive ? "greater than" : "at least"} ${spec.min}, got ${raw}`);
  }
  if (spec.percent && isWholePercent(raw, spec.percent)) throw badNumber(ARG, wholePercentDetail(raw, spec.percent, name));
  if (spec.max !== undefined && raw > spec.max) throw badNumber(ARG, `${name} must be at most ${spec.max}, got ${raw}`);
  return new Dec(raw);
}

function parseBooleanTerm(name: string, raw: TermValue): boolean {
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "string" && /^(true|false)$/i.test(raw.trim())) return raw.trim().toLowerCase() === "true";
  throw badValue(ARG, `${name} must be TRUE or FALSE, got ${show(raw)}`);
}

function parseWordTerm(name: string, spec: WordTerm, raw: TermValue): string {
  const word = typeof raw === "string" ? spec.words.find((w) => w.toLowerCase() === raw.trim().toLowerCase()) : undefined;
  if (word === undefined) throw badValue(ARG, `${name} must be one of ${spec.words.join(", ")}, got ${show(raw)}`);
  return word;
}

function show(raw: TermValue): string {
  if (typeof raw === "string") return quoted(raw);
  return typeof raw === "boolean" ? String(raw).toUpperCase() : String(raw);
}

/** The default table as `name | value` rows (dates as Days), for *_TERMS(). */
export function defaultTermRows(schema: TermSchema): Array<[string, number | string | boolean | undefined, TermSpec]> {
  return Object.entries(schema).map(([name, spec]) => [name, spec.default, spec]);
}
