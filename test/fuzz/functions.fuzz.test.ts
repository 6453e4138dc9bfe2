/**
 * Robustness fuzzing of every function in dist/functions.json, called from the
 * built dist/functions.js (test/support/dist.ts) with arbitrary Excel values.
 *
 * Acceptable outcomes only (docs/conventions.md):
 * - a result of the declared shape: result dimensionality "matrix" → a
 *   rectangular, non-empty 2-D array of finite numbers, strings or booleans;
 *   otherwise one finite number / string / boolean (of the declared type when
 *   functions.json declares number, string or boolean);
 * - a thrown CustomFunctions.Error with code #VALUE!, #NUM! or #N/A and a
 *   non-empty message that is not excelCall's "internal error: …" wrapper
 *   (that wrapper means a non-CustomFunctions exception escaped the calc code).
 * - Slow calls (over 50 ms, performance.now(); a slow case is re-run three
 *   times and counts only if its fastest run is still slow) are listed. They
 *   fail the test only with FUZZ_TIMING=1: a timing depends on the machine's
 *   load, and a test must not flake on a busy CI machine.
 *
 * FUZZ_RUNS (default 2000) cases per function; FUZZ_SEED to vary the seed
 * (default fixed, so CI is reproducible; FUZZ_SEED=random for a fresh one).
 * FUZZ_COLLECT=1 does not stop at the first failure: it lists every kind of
 * problem found (first example of each) — for triage, then fix and rerun.
 */
import fc from "fast-check";
import { performance } from "perf_hooks";
import { EVENT_TYPES } from "../../src/calc/seriesC/events";
import { CAPITAL_TYPES } from "../../src/calc/seriesC/capital";
import { SERIES_C_TERMS } from "../../src/calc/seriesC/terms";
import { OPTION_EXCHANGE_TERMS } from "../../src/calc/optionExchange/terms";
import { FunctionMetadata, builtFunction, loadBuiltFunctions, readMetadata } from "../support/dist";

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED === "random" ? Date.now() | 0 : Number(process.env.FUZZ_SEED ?? 0x4d505752);
const SLOW_MS = 50;
const TIMING = process.env.FUZZ_TIMING === "1";
const COLLECT = process.env.FUZZ_COLLECT === "1";
const CODES = new Set(["#VALUE!", "#NUM!", "#N/A"]);

const cf = loadBuiltFunctions();
const functions = readMetadata().functions;

// ---------------------------------------------------------------- generators

const TERM_NAMES = [...Object.keys(SERIES_C_TERMS), ...Object.keys(OPTION_EXCHANGE_TERMS)];
// Words the functions look for: event types, and the upper-case words of the
// metadata descriptions (triggers such as 6A, SALE, 3D; kinds such as MANDATORY).
const DESCRIPTION_WORDS = Array.from(
  new Set(
    functions
      .flatMap((f) => [f.description ?? "", ...f.parameters.map((p) => p.description ?? "")])
      .flatMap((d) => d.match(/\b[0-9]?[A-Z][A-Z0-9_]+\b/g) ?? []),
  ),
);
const WORDS = [
  ...EVENT_TYPES,
  ...CAPITAL_TYPES,
  ...DESCRIPTION_WORDS,
  ...TERM_NAMES,
  "date",
  "name",
  "type",
  "value",
  "elapsed",
  "inclusive",
  "TRUE",
  "FALSE",
  "6A",
  "3D",
  "3E",
];

const serialDate = fc.oneof(fc.integer({ min: 30000, max: 50000 }), fc.double({ min: 30000, max: 50000, noNaN: true }));
const number = fc.oneof(
  { weight: 4, arbitrary: serialDate },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 10_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) }, // huge, tiny, negative
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      -0,
      1,
      -1,
      0.5,
      0.75,
      1.5,
      2,
      28,
      100,
      60,
      61,
      36523,
      36524,
      36526,
      2958465,
      2958466,
      1e15,
      1e308,
      -1e308,
      5e-324,
      1250000,
      4640000,
      0.1,
      1e-12,
    ),
  },
);
const isoDate = fc
  .record({ y: fc.integer({ min: 1899, max: 2100 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: isoDate },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "NaN",
      "=1+1",
      "Infinity",
      "-1",
      "1e400",
      "1,000",
      "2001-6-30",
      "2001-06-30T12:00:00",
      "30/06/2001",
      "9999-12-31",
      "0000-01-01",
      "ＳＰＬＩＴ",
      "split ",
      "é",
      "😀",
      "\u0000",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
);
const scalar = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);
// Cells of a range: what Excel passes (no undefined; null or "" for empty, 0 in desktop Excel).
const cell = fc.oneof({ weight: 5, arbitrary: scalar.filter((v) => v !== undefined) }, { weight: 2, arbitrary: fc.constantFrom(null, "", 0) });
const dateCell = fc.oneof(serialDate, isoDate, fc.constantFrom(36523, 36524, 36526, "1999-12-29", "2001-06-29", "2006-01-02"));

const MAX_ROWS = 8;
const rows = <T>(row: fc.Arbitrary<T[]>) => fc.array(row, { minLength: 1, maxLength: MAX_ROWS });
const range = fc.oneof(
  // arbitrary ragged ranges of mixed values, including empty ones
  { weight: 3, arbitrary: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: MAX_ROWS }) },
  // rectangular ranges
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 6 }).chain((w) => rows(fc.array(cell, { minLength: w, maxLength: w }))) },
  // a column of numbers (grants, amounts)
  { weight: 2, arbitrary: rows(fc.tuple(fc.oneof(number, cell))) },
  // events: date | type | a | b | c | d
  {
    weight: 3,
    arbitrary: rows(
      fc
        .tuple(
          dateCell,
          fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...EVENT_TYPES) }, { weight: 1, arbitrary: cell }),
          number,
          number,
          number,
          number,
          fc.integer({ min: 1, max: 6 }),
        )
        .map(([d, t, a, b, c, e, w]) => [d, t, a, b, c, e].slice(0, w)),
    ),
  },
  // payments: date | amount
  { weight: 2, arbitrary: rows(fc.tuple(dateCell, fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), number, cell))) },
  // a column of dates (holidays)
  { weight: 1, arbitrary: rows(fc.tuple(fc.oneof(dateCell, cell))) },
  // capital: name | type | quantity | a | b | c
  {
    weight: 2,
    arbitrary: rows(
      fc
        .tuple(
          fc.oneof(fc.constantFrom("Notes", "Series C", "Common", "Options"), cell),
          fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CAPITAL_TYPES) }, { weight: 1, arbitrary: cell }),
          fc.oneof(fc.integer({ min: 0, max: 100_000_000 }), number, cell),
          fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), number, cell),
          fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), number, cell),
          fc.oneof(fc.double({ min: 0, max: 4, noNaN: true }), number, cell),
          fc.integer({ min: 2, max: 6 }),
        )
        .map(([name, type, q, a, b, c, w]) => [name, type, q, a, b, c].slice(0, w)),
    ),
  },
  // terms: name | value
  { weight: 3, arbitrary: rows(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TERM_NAMES) }, { weight: 1, arbitrary: cell }), cell)) },
);

function argumentsFor(meta: FunctionMetadata): fc.Arbitrary<unknown[]> {
  const perParam = meta.parameters.map((p) => {
    const value = p.dimensionality === "matrix" ? fc.oneof({ weight: 6, arbitrary: range as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: scalar }) : scalar;
    return p.optional ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(null, undefined) }, { weight: 3, arbitrary: value }) : value;
  });
  const firstOptional = meta.parameters.findIndex((p) => p.optional);
  const minArgs = firstOptional < 0 ? meta.parameters.length : firstOptional;
  // Sometimes omit trailing optional arguments altogether (Excel passes fewer).
  return fc.tuple(fc.tuple(...perParam), fc.integer({ min: minArgs, max: meta.parameters.length })).map(([args, n]) => args.slice(0, n));
}

// ---------------------------------------------------------------- outcomes

const isCellValue = (v: unknown) => (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" || typeof v === "boolean";

/** Why a result is unacceptable, or undefined. */
function badResult(meta: FunctionMetadata, r: unknown): string | undefined {
  if (meta.result.dimensionality === "matrix") {
    if (!Array.isArray(r) || r.length === 0) return `expected a non-empty 2-D array, got ${show(r)}`;
    if (!r.every((row) => Array.isArray(row))) return `expected rows of arrays, got ${show(r)}`;
    const width = (r[0] as unknown[]).length;
    if (width === 0) return `empty first row: ${show(r)}`;
    if (!r.every((row) => (row as unknown[]).length === width)) return `ragged array: ${show(r)}`;
    for (const row of r as unknown[][]) for (const c of row) if (!isCellValue(c)) return `cell ${show(c)} is not a finite number, string or boolean`;
    return undefined;
  }
  if (!isCellValue(r)) return `expected a finite number, string or boolean, got ${show(r)}`;
  const declared = meta.result.type;
  if ((declared === "number" || declared === "string" || declared === "boolean") && typeof r !== declared) return `declared ${declared}, got ${show(r)}`;
  return undefined;
}

/** Why a thrown value is unacceptable, or undefined. */
function badThrow(e: unknown): string | undefined {
  const err = e as { name?: unknown; code?: unknown; message?: unknown };
  if (!(e instanceof cf.Error) && err?.name !== "CustomFunctions.Error")
    return `threw a non-CustomFunctions error: ${show(err?.name)} ${show(err?.message ?? e)}`;
  if (typeof err.code !== "string" || !CODES.has(err.code)) return `CustomFunctions.Error with code ${show(err.code)}`;
  if (typeof err.message !== "string" || err.message.trim() === "") return `CustomFunctions.Error ${err.code} without a message`;
  if (err.message.startsWith("internal error:")) return `an unexpected exception surfaced as ${err.code} "${err.message}"`;
  return undefined;
}

function show(v: unknown): string {
  try {
    const s = JSON.stringify(v, (_k, x) => (x === undefined ? "undefined" : typeof x === "number" && !Number.isFinite(x) ? String(x) : x));
    return s === undefined ? String(v) : s.length > 300 ? s.slice(0, 300) + "…" : s;
  } catch {
    return String(v);
  }
}

function timed(fn: (...a: unknown[]) => unknown, args: unknown[]): number {
  const t0 = performance.now();
  try {
    fn(...args);
  } catch {
    // timing only
  }
  return performance.now() - t0;
}

// ---------------------------------------------------------------- the test

export interface SlowCase {
  id: string;
  ms: number;
  args: string;
}
const slowCases: SlowCase[] = [];

describe("fuzz: every function of functions.json with arbitrary Excel values", () => {
  test("functions.json lists functions and dist/functions.js registers each", () => {
    expect(functions.length).toBeGreaterThan(0);
    expect(functions.filter((f) => !cf.registered.has(f.id.toUpperCase())).map((f) => f.id)).toEqual([]);
  });

  test.each(functions.map((f) => [f.id, f] as const))(
    `%s: ${NUM_RUNS} cases, only results or CustomFunctions errors${TIMING ? `, ≤ ${SLOW_MS} ms each` : ""}`,
    (id, meta) => {
      const fn = builtFunction(cf, id);
      // warm-up (JIT, per-terms caches) so the first case is not charged for it
      for (let i = 0; i < 3; i++) timed(fn, [37072]);
      const slow: SlowCase[] = [];
      const property = fc.property(argumentsFor(meta), (args) => {
        const t0 = performance.now();
        let result: unknown;
        let thrown: unknown;
        let threw = false;
        try {
          result = fn(...args);
        } catch (e) {
          threw = true;
          thrown = e;
        }
        const ms = performance.now() - t0;
        if (ms > SLOW_MS) {
          const again = Math.min(timed(fn, args), timed(fn, args), timed(fn, args));
          if (again > SLOW_MS) slow.push({ id, ms: Math.round(again), args: show(args) });
        }
        const problem = threw ? badThrow(thrown) : badResult(meta, result);
        if (problem && COLLECT) {
          const kind = problem.replace(/["[{].*$/s, "").slice(0, 80);
          if (!collected.has(kind)) collected.set(kind, `${id}(${show(args).slice(1, -1)}): ${problem}`);
          return;
        }
        if (problem) throw new Error(`${id}(${show(args).slice(1, -1)}): ${problem}`);
      });
      const collected = new Map<string, string>();
      const report = fc.check(property, { numRuns: NUM_RUNS, seed: SEED });
      slowCases.push(...slow);
      if (collected.size > 0) throw new Error(`${id}: ${collected.size} kinds of problem:\n${[...collected.values()].map((v) => `  - ${v}`).join("\n")}`);
      if (report.failed) {
        const detail = report.counterexample ? `${show(report.counterexample[0])}` : "";
        throw new Error(
          `${id}: ${report.errorInstance instanceof Error ? report.errorInstance.message : String(report.errorInstance)}\n  shrunk counterexample: ${detail}\n  seed ${report.seed}, path ${report.counterexamplePath}`,
        );
      }
      if (TIMING) expect(slow.slice(0, 5)).toEqual([]);
    },
  );

  afterAll(() => {
    if (slowCases.length > 0) {
      console.warn(`slow cases (> ${SLOW_MS} ms):\n${slowCases.map((s) => `  ${s.id} ${s.ms} ms ${s.args}`).join("\n")}`);
    }
  });
});

// ---------------------------------------------------------------- one argument at a time

/**
 * From a valid call of every function (test/support/validCalls.ts), ONE
 * argument at a time is replaced by a bad or extreme value (and, for a range,
 * one cell of the valid range at a time). The outcome must be a finite result
 * or an error that names that argument — the part of the message before the
 * first ":" is the argument, or lists it ("rate and years: …"). An error
 * blaming another argument sends the user to the wrong cell (docs/conventions.md#errors).
 * A long text quoted in a message is clipped to about 80 characters.
 */
const LONG_TEXT = "Q".repeat(10_000);
const EXTREMES: unknown[] = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  5e-324,
  -5e-324,
  1e-300,
  1e-12,
  1e15,
  1e20,
  1e100,
  -1,
  -0.5,
  0,
  -0,
  0.5,
  1,
  2,
  60,
  61,
  36523,
  2958465,
  2958465.9,
  2958466,
  1e6,
  1e9,
  Number.MAX_SAFE_INTEGER,
  NaN,
  Infinity,
  -Infinity,
  "",
  " ",
  "abc",
  "1e400",
  "9999-12-31",
  "0000-01-01",
  "1900-02-29",
  LONG_TEXT,
  true,
  false,
  null,
  undefined,
  [
    [1, 2],
    [3, 4],
  ],
  [[]],
  [],
];
const CELL_EXTREMES: unknown[] = [1e308, -1e308, 5e-324, 1e-300, 1e20, -1, 0, 2958465, 2958466, NaN, "abc", LONG_TEXT, true, null, ""];

function namesArgument(message: string, arg: string): boolean {
  const head = message.split(":")[0].trim();
  if (head === arg || head.startsWith(`${arg} `)) return true;
  return head
    .split(/,| and | × /)
    .map((s) => s.trim())
    .includes(arg);
}

/** Errors allowed to name another argument (none: each entry would need a reason here). */
const knownExceptions: [string, string, RegExp][] = [];

describe("fuzz: one argument at a time from a valid call — any error names that argument", () => {
  const { VALID } = require("../support/validCalls") as typeof import("../support/validCalls");
  test("every function has a valid baseline call, and it is valid", () => {
    expect(functions.filter((f) => !(f.id in VALID)).map((f) => f.id)).toEqual([]);
    for (const f of functions) expect([f.id, badResultOrThrow(f, VALID[f.id])]).toEqual([f.id, undefined]);
  });

  function badResultOrThrow(meta: FunctionMetadata, args: unknown[]): string | undefined {
    try {
      return badResult(meta, builtFunction(cf, meta.id)(...args));
    } catch (e) {
      return `threw ${(e as Error).message}`;
    }
  }

  /** Every variant of argument i: the extremes, and for a range each cell of the valid range set to each cell extreme. */
  function variants(value: unknown, isRange: boolean): unknown[] {
    const out = [...EXTREMES];
    if (isRange && Array.isArray(value)) {
      (value as unknown[][]).forEach((row, r) =>
        row.forEach((_, c) => {
          for (const x of CELL_EXTREMES) out.push((value as unknown[][]).map((rr, i) => (i === r ? rr.map((v, j) => (j === c ? x : v)) : rr)));
        }),
      );
      out.push([...(value as unknown[][]), ...(value as unknown[][])]); // every row twice
    }
    return out;
  }

  test.each(functions.map((f) => [f.id, f] as const))("%s", (id, meta) => {
    const fn = builtFunction(cf, id);
    const problems: string[] = [];
    meta.parameters.forEach((p, i) => {
      const base = VALID[id];
      for (const v of variants(base[i], p.dimensionality === "matrix")) {
        const args = [...base];
        args[i] = v;
        let result: unknown;
        try {
          result = fn(...args);
        } catch (e) {
          const problem = badThrow(e);
          const message = String((e as Error).message);
          if (problem) problems.push(`${p.name} = ${show(v).slice(0, 60)}: ${problem}`);
          else if (!namesArgument(message, p.name) && !knownExceptions.some(([fid, arg, re]) => fid === id && arg === p.name && re.test(message)))
            problems.push(`${p.name} = ${show(v).slice(0, 60)}: the error blames another argument: ${message.slice(0, 160)}`);
          if (/Q{81}/.test(message)) problems.push(`${p.name} = long text: the message quotes more than 80 characters of it`);
          continue;
        }
        const problem = badResult(meta, result);
        if (problem) problems.push(`${p.name} = ${show(v).slice(0, 60)}: ${problem}`);
      }
    });
    expect(problems).toEqual([]);
  });

  test.each(functions.filter((f) => f.parameters.length > 0).map((f) => [f.id, f] as const))("%s: random values, one argument at a time", (id, meta) => {
    const fn = builtFunction(cf, id);
    const base = VALID[id];
    // a random value for a scalar argument; for a range, one random cell of the valid range changed
    const change = fc.integer({ min: 0, max: meta.parameters.length - 1 }).chain((i) => {
      const p = meta.parameters[i];
      if (p.dimensionality !== "matrix" || !Array.isArray(base[i]) || (base[i] as unknown[][]).length === 0) return fc.tuple(fc.constant(i), scalar);
      const table = base[i] as unknown[][];
      return fc
        .tuple(fc.nat({ max: table.length - 1 }), fc.nat({ max: table[0].length - 1 }), cell)
        .map(([r, c, x]) => [i, table.map((row, k) => (k === r ? row.map((v, j) => (j === c ? x : v)) : row))] as [number, unknown]);
    });
    fc.assert(
      fc.property(change, ([i, v]) => {
        const args = [...base];
        args[i] = v;
        const name = meta.parameters[i].name;
        try {
          const problem = badResult(meta, fn(...args));
          if (problem) throw new Error(`${name} = ${show(v)}: ${problem}`);
        } catch (e) {
          if (!(e instanceof cf.Error) && (e as { name?: string }).name !== "CustomFunctions.Error") throw e;
          const message = String((e as Error).message);
          const known = knownExceptions.some(([fid, arg, re]) => fid === id && arg === name && re.test(message));
          if (!namesArgument(message, name) && !known) throw new Error(`${name} = ${show(v)}: the error blames another argument: ${message}`);
        }
      }),
      { numRuns: Math.min(NUM_RUNS, 300), seed: SEED },
    );
  });
});
