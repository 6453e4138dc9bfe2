import fs from "fs";
import path from "path";
import { DIST, builtFunction, loadBuiltFunctions, readMetadata } from "../support/dist";

/**
 * docs/conventions.md for every argument of every function in functions.json, through the
 * shipped bundle: starting from a valid call, a wrong-typed, empty, negative,
 * out-of-range or malformed value in one argument gives either a finite result
 * or a CustomFunctions.Error (#VALUE!, #NUM!, #N/A) whose message starts with
 * that argument's name. A required scalar must not accept an empty value; an
 * empty optional argument means "omitted" (docs/conventions.md); an empty range is a table
 * with no rows.
 */
const built = fs.existsSync(path.join(DIST, "functions.json"));
const d = (iso: string) => Math.round((Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000);

const SPLIT = [[d("2000-08-29"), "SPLIT", 1.5, null, null, null]];
const PAID = [[d("2001-01-15"), 1]];
const TERMS = [["dividendRate", 0.1]];
const OTERMS = [["ratio", 0.75]];
const CAPITAL = [
  ["Notes", "SENIOR", 10e6],
  ["Series C", "SERIESC", 1e6],
  ["Series D", "PARITY", 5e5, 20, 2, 1],
  ["Common", "COMMON", 1e7],
  ["Options", "OPTION", 2e6, 10],
];
const HOLIDAYS = [[d("2001-09-24")], [null]];
const PRICES = Array.from({ length: 25 }, (_, i) => [d("2000-03-01") + i, 60]);

/** A valid call of each function: every argument, optional ones included. */
const VALID: Record<string, unknown[]> = {
  SERIESC_CONVSHARES: [1000, d("2001-06-30"), 20, "OPTIONAL", SPLIT, PAID, TERMS],
  SERIESC_VOTES: [1000, d("2001-06-30"), SPLIT, TERMS],
  SERIESC_PROTECTIVE: [500000, TERMS],
  SERIESC_CONVPRICE: [d("2001-06-30"), SPLIT, TERMS],
  SERIESC_CONVRATE: [d("2001-06-30"), SPLIT, TERMS],
  SERIESC_ADJUSTMENTS: [d("2001-06-30"), SPLIT, TERMS],
  SERIESC_ACCRUED: [d("2001-06-30"), PAID, TERMS],
  SERIESC_DIVSCHEDULE: [d("2001-06-30"), PAID, TERMS],
  SERIESC_MINDIV: [d("2001-06-30"), PAID, TERMS],
  SERIESC_KEYDATES: [TERMS],
  SERIESC_LIQPREF: [d("2001-06-30"), 20, SPLIT, PAID, TERMS],
  SERIESC_LIQDETAIL: [d("2001-06-30"), 20, SPLIT, PAID, TERMS],
  SERIESC_WATERFALL: [100, [["Series C", 50, 100], ["Series D", 30, 60]]],
  SERIESC_EXIT: [400e6, d("2003-03-03"), CAPITAL, SPLIT, PAID, TERMS],
  SERIESC_EXIT_TABLE: [[[1e8], [null], [4e8]], d("2003-03-03"), CAPITAL, SPLIT, PAID, TERMS],
  SERIESC_REDEMPTION: [d("2002-03-01"), 20, "3D", d("2002-02-01"), SPLIT, PAID, TERMS],
  SERIESC_REDEMPTION_MULTIPLE: [d("2002-03-01"), TERMS],
  SERIESC_TERMS: [],
  SERIESC_THRESHOLD: [PRICES, d("2000-04-15"), SPLIT, TERMS],
  SERIESC_THRESHOLD_DATE: [PRICES, SPLIT, TERMS],
  SERIESC_MANDATORY_DATE: [d("2000-06-01"), TERMS],
  OPTEX_BUSINESSDAY: [d("2001-09-20"), 10, HOLIDAYS],
  OPTEX_EXTENSION: [d("2001-09-20"), d("2001-09-27"), HOLIDAYS, OTERMS],
  OPTEX_DEADLINES: [d("2001-08-27"), d("2001-09-27"), HOLIDAYS, OTERMS],
  OPTEX_ELIGIBLE: [d("2000-01-01"), d("2002-01-01"), OTERMS],
  OPTEX_FILING_FEE: [31038500, 0.0002],
  OPTEX_ISO: [30000, 10, d("2001-09-27"), [[2002, 20000]], OTERMS],
  OPTEX_NEWSHARES: [[[1000], [1525]], 0.75],
  OPTEX_TOTAL: [[[1000], [1525]], 0.75],
  OPTEX_TAX: ["ISO", 100, 10, d("2001-09-27"), d("2002-01-01"), 20, d("2003-06-01"), 25],
  OPTEX_TERMS: [],
  OPTEX_BREAKEVEN: [8.75, 2, 0.75],
  OPTEX_BLACKSCHOLES: [42, 40, 0.5, 0.1, 0.2, 0, "CALL"],
  OPTEX_EXCHANGE_VALUE: [1000, 8.75, 5, 2, 2, 0.05, 0.8, 10, 0.75, 0],
  OPTEX_SCHEDULE: [1000, d("2001-09-27"), OTERMS],
  OPTEX_VESTED: [1000, d("2003-01-01"), d("2001-09-27"), d("2004-01-01"), d("2005-01-01"), OTERMS],
  OPTEX_EXERCISABLE: [1000, d("2003-01-01"), d("2001-09-27"), d("2004-01-01"), d("2005-01-01"), OTERMS],
  OPTEX_EXPIRY: [d("2001-09-27"), d("2004-01-01"), OTERMS],
};

const SCALAR_BAD: [string, unknown][] = [
  ["wrong type (text)", "abc"],
  ["wrong type (boolean)", true],
  ["empty", ""],
  ["negative", -1],
  ["out of range (huge)", 1e15],
  ["not finite", NaN],
  ["a range where one value is expected", [[1, 2], [3, 4]]],
];
const RANGE_BAD: [string, unknown][] = [
  ["text cell", [["abc"]]],
  ["boolean cell", [[true]]],
  ["negative cell", [[-1, -1]]],
  ["malformed row", [["abc", "def", "ghi", "jkl", "mno", "pqr", "stu"]]],
  ["huge", [[1e15, 1e15]]],
];

function outcome(fn: (...a: unknown[]) => unknown, args: unknown[]): { ok: true; value: unknown } | { ok: false; code: string; message: string } {
  try {
    return { ok: true, value: fn(...args) };
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string };
    if (err.name !== "CustomFunctions.Error") throw new Error(`not a CustomFunctions.Error: ${String(e)}`);
    return { ok: false, code: err.code ?? "", message: err.message ?? "" };
  }
}

function finiteShape(value: unknown): boolean {
  const cell = (v: unknown) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
  if (!Array.isArray(value)) return cell(value);
  return value.length > 0 && value.every((r) => Array.isArray(r) && r.length === value[0].length && r.every(cell));
}

(built ? describe : describe.skip)("every argument of every function: bad input names the argument (docs/conventions.md)", () => {
  const cf = built ? loadBuiltFunctions() : undefined;
  const functions = built ? readMetadata().functions : [];

  test("every function has a valid baseline call here", () => {
    expect(Object.keys(VALID).sort()).toEqual(functions.map((f) => f.id).sort());
    for (const f of functions) {
      const r = outcome(builtFunction(cf!, f.id), VALID[f.id]);
      expect({ id: f.id, ...r }).toMatchObject({ id: f.id, ok: true });
      if (r.ok) expect(finiteShape(r.value)).toBe(true);
    }
  });

  for (const f of functions) {
    describe(f.id, () => {
      f.parameters.forEach((p, i) => {
        const bad = p.dimensionality === "matrix" ? [...RANGE_BAD, ...SCALAR_BAD.slice(0, 3)] : SCALAR_BAD;
        test.each(bad)(`${p.name}: %s`, (_what, value) => {
          const args = [...VALID[f.id]];
          args[i] = value;
          const r = outcome(builtFunction(cf!, f.id), args);
          if (value === "" && p.optional) {
            const omitted = [...VALID[f.id]];
            omitted[i] = null;
            expect(r).toEqual(outcome(builtFunction(cf!, f.id), omitted));
          } else if (r.ok) {
            expect(finiteShape(r.value)).toBe(true);
            if (p.dimensionality !== "matrix") expect(value).not.toBe(""); // a required value cannot be empty
          } else {
            expect(["#VALUE!", "#NUM!", "#N/A"]).toContain(r.code);
            expect(r.message.startsWith(p.name)).toBe(true);
          }
        });
      });
    });
  }
});
