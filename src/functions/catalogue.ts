/**
 * The catalogue of the custom functions: one entry per function, written next to its
 * implementation in the adapter file (`export const ID = defineFunction({ ... })`). Everything
 * about a function outside its code comes from its entry, in Node, at build time
 * (scripts/function-catalogue.js): the registration `CustomFunctions.associate(id, impl)` in
 * dist/functions.js, dist/functions.json (what Excel shows: description, arguments, result
 * shape), dist/help.html, docs/functions.md and the README's list of functions.
 *
 * The entries never reach dist/functions.js: the build imports only each entry's
 * implementation, so an entry is dead code there and the minifier drops it (keep the
 * `/* #__PURE__ *\/` annotation on `defineFunction(...)` calls and on calls that build example
 * data). Example results are never typed here: docs/functions.md and help.html compute them by
 * calling the built functions.
 */

/** The sections of the function reference, in the reference's order. */
export const FUNCTION_GROUPS = {
  seriesCDividends: "Series C — dividends",
  seriesCConversion: "Series C — conversion price and conversion",
  seriesCLiquidation: "Series C — liquidation and redemption",
  seriesCThreshold: "Series C — Market Threshold, dates and terms",
  optexNewOptions: "Option exchange — new options and eligibility",
  optexVesting: "Option exchange — vesting, expiry and ISO limit",
  optexValuation: "Option exchange — valuation and tax",
  optexOffer: "Option exchange — business days, filing fee and terms",
} as const;

export type FunctionGroup = keyof typeof FUNCTION_GROUPS;

/** A cell of an example's input block (null: empty). */
export type ExampleCell = string | number | boolean | null;

/**
 * A worked example. `formula`: `=MPWR.ID(...)` with numbers, "text", TRUE/FALSE, DATE(y,m,d),
 * {array;constants}, empty arguments and references to `cells` (A1 ranges → rows). How the
 * computed value is shown: `format` of a single value; `dates` of a spill (the columns, by header
 * name, or the rows, by first cell, holding Excel date serials); `header: false` for a spill
 * without a header row.
 */
export interface FunctionExample {
  readonly formula: string;
  readonly cells?: Readonly<Record<string, readonly (readonly ExampleCell[])[]>>;
  readonly format?: "date" | "money";
  readonly dates?: { readonly columns?: readonly string[]; readonly rows?: readonly string[] };
  readonly header?: false;
}

/** An argument: `scalar` is one value (TypeScript `any`), `range` a range or array (`any[][]`). */
export interface FunctionArg<T extends "scalar" | "range" = "scalar" | "range", O extends boolean = boolean> {
  readonly name: string;
  readonly type: T;
  /** Omitted arguments arrive as null; only trailing arguments may be optional. */
  readonly optional?: O;
  readonly description: string;
}

/** What a function returns: one number, one boolean, or a spill (`any[][]`). */
export type ResultType = "number" | "boolean" | "spill";

// Typing ties an entry to its implementation's signature: one argument per parameter, a
// `range` for an `any[][]` parameter, `optional: true` exactly for an optional parameter, and
// the result type of the return type. (Names are checked by the build: scripts/function-catalogue.js.)
type IsAny<T> = 0 extends 1 & T ? true : false;
type ArgFor<T, Optional extends boolean> = FunctionArg<IsAny<T> extends true ? "scalar" : T extends any[][] | undefined ? "range" : "scalar", Optional> &
  (Optional extends true ? { readonly optional: true } : { readonly optional?: false });
type ArgsFor<P extends readonly unknown[]> = { readonly [K in keyof P]-?: ArgFor<P[K], Partial<Pick<P, K>> extends Pick<P, K> ? true : false> };
type ResultFor<R> = IsAny<R> extends true ? ResultType : R extends any[][] ? "spill" : R extends number ? "number" : R extends boolean ? "boolean" : never;

export type FunctionImpl = (...args: any[]) => unknown;

export interface FunctionEntry<F extends FunctionImpl = FunctionImpl> {
  /** The function's name in Excel (MPWR.<id>): SERIESC_… or OPTEX_…, and the name of the entry's export. */
  readonly id: string;
  readonly group: FunctionGroup;
  /** What Excel's function wizard shows, ending with the clauses in brackets where short. */
  readonly description: string;
  /** One line for the README's list of functions. */
  readonly summary: string;
  readonly args: ArgsFor<Parameters<F>>;
  readonly result: { readonly type: ResultFor<ReturnType<F>>; readonly description: string };
  /** Paragraphs of plain text shown after the result: what a figure means (optional). */
  readonly details?: readonly string[];
  readonly example: FunctionExample;
  /** Further formulas shown with their computed values (a string: no cells, no format). */
  readonly more?: readonly (string | FunctionExample)[];
  /** One sentence on where the example comes from. */
  readonly note?: string;
  /** The clauses of the documents the function implements. */
  readonly clauses: string;
  /** The implementation Excel calls: an exported function of the same adapter file. */
  readonly impl: F;
}

/** Marks an entry of the catalogue; write it as `export const ID = /* #__PURE__ *\/ defineFunction({ id: "ID", ... })`. */
export function defineFunction<F extends FunctionImpl>(entry: FunctionEntry<F>): FunctionEntry<F> {
  return Object.freeze({ ...entry, [CATALOGUE_ENTRY]: true });
}

const CATALOGUE_ENTRY = "mpwrCatalogueEntry";

/** Is `v` an entry made by defineFunction (how the build finds the entries among a module's exports). */
export function isFunctionEntry(v: unknown): v is FunctionEntry {
  return typeof v === "object" && v !== null && (v as Record<string, unknown>)[CATALOGUE_ENTRY] === true;
}
