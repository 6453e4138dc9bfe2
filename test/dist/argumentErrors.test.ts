import { builtFunction, loadBuiltFunctions, readMetadata } from "../support/dist";
import { VALID } from "../support/validCalls";

/**
 * docs/conventions.md for every argument of every function in functions.json, through the
 * shipped bundle: starting from a valid call, a wrong-typed, empty, negative,
 * out-of-range or malformed value in one argument gives either a finite result
 * or a CustomFunctions.Error (#VALUE!, #NUM!, #N/A) whose message starts with
 * that argument's name. A required scalar must not accept an empty value; an
 * empty optional argument means "omitted" (docs/conventions.md); an empty range is a table
 * with no rows.
 */
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

describe("every argument of every function: bad input names the argument (docs/conventions.md)", () => {
  const cf = loadBuiltFunctions();
  const functions = readMetadata().functions;

  test("every function has a valid baseline call here", () => {
    expect(Object.keys(VALID).sort()).toEqual(functions.map((f) => f.id).sort());
    for (const f of functions) {
      const r = outcome(builtFunction(cf, f.id), VALID[f.id]);
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
          const r = outcome(builtFunction(cf, f.id), args);
          if (value === "" && p.optional) {
            const omitted = [...VALID[f.id]];
            omitted[i] = null;
            expect(r).toEqual(outcome(builtFunction(cf, f.id), omitted));
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

/**
 * The errors that once named the wrong argument: an overflow found in
 * the shared output step was blamed on a fixed argument. Each must name the
 * argument that makes the result too large — or the arguments together.
 */
describe("a result too large for Excel names what makes it large", () => {
  const cf = loadBuiltFunctions();
  const message = (id: string, ...args: unknown[]) => {
    try {
      builtFunction(cf, id)(...args);
    } catch (e) {
      const err = e as { code?: string; message?: string };
      return `${err.code} ${err.message}`;
    }
    return "no error";
  };
  test("SERIESC_CONVSHARES(1000, 37072, 5e-324): the tiny fmv makes the dividend shares (dividends ÷ fmv) too many", () => {
    expect(message("SERIESC_CONVSHARES", 1000, 37072, 5e-324)).toMatch(/^#NUM! fmv: the result \(about [0-9.]+e\+32\d\) is too large for Excel/);
  });
  test("SERIESC_REDEMPTION(2958465, 5): dividends compounding to 9999-12-31 make the price too large — the date", () => {
    expect(message("SERIESC_REDEMPTION", 2958465, 5)).toMatch(/^#NUM! redemptionDate: the result \(about [0-9.]+e\+33\d\) is too large for Excel/);
  });
  test("OPTEX_EXCHANGE_VALUE(1000, 40, 7, 5, 1e308, …): a spot of 1e308 × 1,000 options — the spot", () => {
    expect(message("OPTEX_EXCHANGE_VALUE", 1000, 40, 7, 5, 1e308, 0.05, 0.8)).toMatch(/^#NUM! spot: the result \(about 1(\.0)?e\+311\) is too large for Excel/);
  });
  test('OPTEX_BLACKSCHOLES(42, 40, 1000, -1, 0.2, 0, "PUT"): 40 × e^(1 × 1000) — the rate and the years together', () => {
    expect(message("OPTEX_BLACKSCHOLES", 42, 40, 1000, -1, 0.2, 0, "PUT")).toMatch(/^#NUM! (rate and years|years and rate): the result .* is too large for Excel/);
  });
});

