import fc from "fast-check";
import { CustomFunctionsError, installCustomFunctions } from "../../support/customFunctions";
import { optexValuation, VALUATION_HEADER } from "../../../src/functions/optionExchange/valuation";
import { ReferenceDecimal, referenceBlackScholes, relativeError } from "../../support/referenceBlackScholes";

installCustomFunctions();

/** Excel serial of an ISO date, via Date.UTC (independent of the calc module). */
function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** EDATE by Date: the same day `months` later, clamped to the month's end (independent of months.ts). */
function edate(s: number, months: number): number {
  const d = new Date(Date.UTC(1899, 11, 30) + s * 86400000);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return (target.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

function excelError(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CustomFunctionsError) return [e.code, e.message ?? ""];
    throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
  }
  throw new Error("expected a CustomFunctions.Error, got a result");
}

const HEADER = ["Grant", "Grant date", "Eligible options", "Exercise price", "Type"];
const EXPIRATION = serial("2001-09-27"); // the offer's expiration date: the new options' grant date (Offer Q8)

interface RefGrant {
  grantDate: number;
  eligible: number;
  price: number;
  expiration?: number;
}

/**
 * What OPTEX_VALUATION must give, computed independently: 60-digit Black–Scholes, EDATE by Date,
 * floor(eligible × 3/4) in BigInt, ACT/365 years, the simplified term from the tranches' own shares.
 */
function reference(grants: RefGrant[], valuation: number, spot: number, rate: number, vol: number, q: number, simplified: boolean, newPrice = spot) {
  const newExpiry = edate(EXPIRATION, 120);
  const newYears = (newExpiry - valuation) / 365;
  const vest = [1, 2, 3].map((k) => Math.max(0, (edate(EXPIRATION, 12 * k) - valuation) / 365));
  return grants.map((g) => {
    const oldExpiry = g.expiration ?? edate(g.grantDate, 120);
    const oldYears = (oldExpiry - valuation) / 365;
    const n = Number((BigInt(g.eligible) * BigInt(3)) / BigInt(4));
    let years = newYears;
    if (simplified && n === 0)
      years = vest.reduce((a, v) => a + (v + newYears) / 2, 0) / 3; // no shares: the tranches weigh alike
    else if (simplified) {
      const c1 = Math.floor(n / 3);
      const c2 = Math.floor((2 * n) / 3);
      const shares = [c1, c2 - c1, n - c2];
      years = shares.reduce((a, s, i) => a + s * ((vest[i] + newYears) / 2), 0) / n;
    }
    const oldPer = referenceBlackScholes(spot, g.price, oldYears, rate, vol, q, true);
    const newPer = referenceBlackScholes(spot, newPrice, years, rate, vol, q, true);
    const oldValue = oldPer.times(g.eligible);
    const newValue = newPer.times(n);
    const inc = newValue.minus(oldValue);
    return { n, oldYears, years, oldPer, newPer, oldValue, newValue, inc, cost: inc.isNegative() ? new ReferenceDecimal(0) : inc };
  });
}

function expectRel(actual: unknown, expected: InstanceType<typeof ReferenceDecimal>, rel = 1e-12) {
  expect(typeof actual).toBe("number");
  const e = relativeError(actual as number, expected);
  if (expected.isZero()) expect(actual).toBe(0);
  else if (expected.abs().lt(1e-290))
    expect(Math.abs(actual as number)).toBeLessThan(1e-290); // below the normal doubles: no relative precision
  else if (!(e <= rel)) throw new Error(`${actual} vs ${expected.toString()}: relative error ${e}`);
}

describe("OPTEX_VALUATION (ASC 718 modification, Offer §11)", () => {
  const roster = [
    HEADER,
    [1001, serial("2000-03-15"), 1000, 45, "NSO"],
    [1002, serial("2000-06-01"), 1525, 38.5, "ISO"],
    [1003, serial("2001-01-10"), 525, 12.25, "ISO"],
  ];
  const grants: RefGrant[] = [
    { grantDate: serial("2000-03-15"), eligible: 1000, price: 45 },
    { grantDate: serial("2000-06-01"), eligible: 1525, price: 38.5 },
    { grantDate: serial("2001-01-10"), eligible: 525, price: 12.25 },
  ];

  test.each([false, true])("the Offer Q7 grants at $0.34, 5%, 120%: every cell against the 60-digit reference (simplified %s)", (simplified) => {
    const terms = simplified ? [["expectedTerm", "SIMPLIFIED"]] : undefined;
    const out = optexValuation(roster, EXPIRATION, 0.34, 0.05, 1.2, null, terms);
    expect(out[0]).toEqual([...VALUATION_HEADER]);
    expect(out.length).toBe(5);
    const ref = reference(grants, EXPIRATION, 0.34, 0.05, 1.2, 0, simplified);
    ref.forEach((r, i) => {
      const row = out[i + 1];
      expect(row.slice(0, 3)).toEqual([1001 + i, grants[i].eligible, grants[i].price]);
      expect(row[3]).toBeCloseTo(r.oldYears, 14);
      expectRel(row[4], r.oldPer);
      expect(row[5]).toBe(r.n);
      expect(row[6]).toBe(0.34);
      expect(row[7]).toBeCloseTo(r.years, 13);
      expectRel(row[8], r.newPer);
      expectRel(row[9], r.oldValue);
      expectRel(row[10], r.newValue);
      expectRel(row[11], r.inc);
      expectRel(row[12], r.cost);
    });
    const total = out[4];
    expect(total[0]).toBe("total");
    expect(total[1]).toBe(3050);
    expect(total[5]).toBe(750 + 1143 + 393); // Offer Q7: 1,000 → 750; 1,525 → 1,143; 525 → 393
    const sum = (k: "oldValue" | "newValue" | "inc" | "cost") => ref.reduce((a, r) => a.plus(r[k]), new ReferenceDecimal(0));
    expectRel(total[9], sum("oldValue"));
    expectRel(total[10], sum("newValue"));
    expectRel(total[11], sum("inc"));
    expectRel(total[12], sum("cost"));
  });

  test("ASC 718-20-35-3: a grant whose new options are worth less adds nothing to the cost; it does not offset another grant's", () => {
    // grant 1 in the money (strike 0.10 at spot 0.34): its 750 new options are worth less than its 1,000 old ones
    const out = optexValuation([HEADER, [1, serial("2000-03-15"), 1000, 0.1], [2, serial("2000-03-15"), 1000, 45]], EXPIRATION, 0.34, 0.05, 1.2);
    const [a, b, total] = [out[1], out[2], out[3]];
    expect(a[11]).toBeLessThan(0);
    expect(a[12]).toBe(0);
    expect(b[11]).toBeGreaterThan(0);
    expect(b[12]).toBe(b[11]);
    expect(total[12]).toBe(b[12]);
    expect(total[11]).toBeCloseTo(a[11] + b[11], 9);
    expect(total[12]).toBeGreaterThan(total[11]);
  });

  test("the columns in any order, an expiration column, terms newExercisePrice, oldOptionTermYears and a dividend yield", () => {
    const r = [
      ["Strike", "Expiration date", "Options outstanding", "Employee", "Date of grant"],
      [20, serial("2008-01-31"), 400, "Ann", serial("1998-01-31")],
      [30, null, 401, "Bob", serial("1999-02-28")],
    ];
    const terms = [
      ["newExercisePrice", 0.5],
      ["oldOptionTermYears", 9],
    ];
    const out = optexValuation(r, serial("2001-10-01"), 0.4, 0.04, 0.8, 0.01, terms);
    const ref = reference(
      [
        { grantDate: serial("1998-01-31"), eligible: 400, price: 20, expiration: serial("2008-01-31") },
        { grantDate: serial("1999-02-28"), eligible: 401, price: 30, expiration: edate(serial("1999-02-28"), 108) },
      ],
      serial("2001-10-01"),
      0.4,
      0.04,
      0.8,
      0.01,
      false,
      0.5,
    );
    expect(out[1][0]).toBe("Ann");
    expect(out[2][6]).toBe(0.5);
    ref.forEach((x, i) => {
      expectRel(out[i + 1][4], x.oldPer);
      expectRel(out[i + 1][8], x.newPer);
      expectRel(out[i + 1][11], x.inc);
    });
  });

  test("a bad row shows its error in its first value cell, naming row and column, and stays out of the total", () => {
    const r = [
      HEADER,
      [1, serial("2000-03-15"), 1000, 45],
      [2, serial("2000-03-15"), 10.5, 45],
      [3, "soon", 100, 45],
      [4, serial("2000-03-15"), 100, 0],
      [5, serial("2000-03-15"), 100, 45],
    ];
    const out = optexValuation(r, EXPIRATION, 0.34, 0.05, 1.2);
    expect(out.length).toBe(7);
    expect(out[2][1]).toMatch(/^#NUM! roster row 3, column "Eligible options": /);
    expect(out[3][1]).toMatch(/^#VALUE! roster row 4, column "Grant date": /);
    expect(out[4][1]).toMatch(/^#NUM! roster row 5, column "Exercise price": /);
    for (const row of out.slice(2, 5)) expect(row.slice(2)).toEqual(Array(11).fill(""));
    const good = optexValuation([HEADER, r[1], r[5]], EXPIRATION, 0.34, 0.05, 1.2);
    expect(out[6]).toEqual(good[3]);
    expect(out[6][1]).toBe(1100);
  });

  test("a total row of an export and a repeated grant id are not valued (as the pane does not sum them)", () => {
    const out = optexValuation(
      [HEADER, [1, serial("2000-03-15"), 1000, 45], ["Total", "", 1000, ""], [1, serial("2000-03-15"), 1000, 45]],
      EXPIRATION,
      0.34,
      0.05,
      1.2,
    );
    expect(out[2][1]).toMatch(/^#VALUE! roster row 3, column "Grant": a total or subtotal row/);
    expect(out[3][1]).toMatch(/^#VALUE! roster row 4, column "Grant": grant id "1" is also on row 2/);
    expect(out[4][1]).toBe(1000);
  });

  test('repeated grant ids: numbers (small, at and beyond 2^32 − 1, fractional, −0 as 0) and texts; 7 and "7" are different grants', () => {
    const g = (id: unknown) => [id, serial("2000-03-15"), 1000, 45];
    const ids = [7, "7", 4294967294, 4294967295, 1e12, 2.5, 0, 7, "7", 4294967294, 4294967295, 1e12, 2.5, -0];
    const out = optexValuation([HEADER, ...ids.map(g)], EXPIRATION, 0.34, 0.05, 1.2);
    ids.forEach((id, i) => {
      if (i < 7) expect(out[i + 1][1]).toBe(1000);
      else
        expect(out[i + 1][1]).toMatch(
          new RegExp(`^#VALUE! roster row ${i + 2}, column "Grant": grant id "${String(id === 0 ? 0 : id)}" is also on row ${i - 5}: a duplicate`),
        );
    });
  });

  test("an eligible option already expired at the valuation date is an error in its row", () => {
    const out = optexValuation([HEADER, [1, serial("1990-03-15"), 1000, 45]], EXPIRATION, 0.34, 0.05, 1.2);
    expect(out[1][1]).toMatch(
      /^#NUM! roster row 2, column "Grant date": the eligible options expired 10 years after the grant date, on 2000-03-15, before the valuation date 2001-09-27/,
    );
  });

  test("an empty roster gives the header and a zero total; desktop Excel's empty rows (zeros) are skipped", () => {
    const zero = ["total", 0, "", "", "", 0, "", "", "", 0, 0, 0, 0];
    expect(optexValuation([HEADER], EXPIRATION, 0.34, 0.05, 1.2)).toEqual([[...VALUATION_HEADER], zero]);
    expect(optexValuation([HEADER, [0, 0, 0, 0, 0], ["", null, "", "", ""]], EXPIRATION, 0.34, 0.05, 1.2)).toEqual([[...VALUATION_HEADER], zero]);
    expect(optexValuation([[null, null]], EXPIRATION, 0.34, 0.05, 1.2)).toEqual([[...VALUATION_HEADER], zero]);
  });

  test("a missing required column is #VALUE! naming it", () => {
    const [code, message] = excelError(() =>
      optexValuation(
        [
          ["Grant", "Grant date", "Options"],
          [1, serial("2000-03-15"), 100],
        ],
        EXPIRATION,
        0.34,
        0.05,
        1.2,
      ),
    );
    expect(code).toBe("#VALUE!");
    expect(message).toMatch(/^roster: the header row has no exercise price column/);
  });

  test.each([
    ["valuationDate", [null, 0.34, 0.05, 1.2]],
    ["spot", [EXPIRATION, 0, 0.05, 1.2]],
    ["rate", [EXPIRATION, 0.34, "5%", 1.2]],
    ["vol", [EXPIRATION, 0.34, 0.05, -1]],
    ["valuationDate", [serial("2012-01-01"), 0.34, 0.05, 1.2]],
  ] as const)("bad %s is an error naming it", (arg, args) => {
    const [, message] = excelError(() => optexValuation(roster, args[0], args[1], args[2], args[3]));
    expect(message.startsWith(`${arg}: `)).toBe(true);
  });

  test("whole percents are refused naming the argument (vol 90 is 9,000 %), as in every function taking rates", () => {
    const cases: [string, unknown[]][] = [
      ["vol", [EXPIRATION, 0.34, 0.05, 90]],
      ["rate", [EXPIRATION, 0.34, 5, 0.9]],
      ["divYield", [EXPIRATION, 0.34, 0.05, 0.9, 3]],
    ];
    for (const [arg, a] of cases) {
      const [code, message] = excelError(() => optexValuation(roster, a[0], a[1], a[2], a[3], a[4]));
      expect(code).toBe("#NUM!");
      expect(message.startsWith(`${arg}: `)).toBe(true);
    }
    expect(excelError(() => optexValuation(roster, EXPIRATION, 0.34, 0.05, 90))[1]).toMatch(/^vol: vol 90 is read as 9,000 %; type 90% or 0\.9/);
  });

  test("random rosters: every value against the reference, both expected-term methods", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            g: fc.integer({ min: serial("1992-01-01"), max: serial("2001-09-01") }),
            n: fc.integer({ min: 0, max: 200000 }),
            p: fc.integer({ min: 1, max: 20000 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.boolean(),
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        fc.double({ min: 0.2, max: 1.5, noNaN: true }),
        (rows, simplified, spot, vol) => {
          const grid = [HEADER, ...rows.map((x, i) => [i + 1, x.g, x.n, x.p / 100])];
          const out = optexValuation(grid, EXPIRATION, spot, 0.045, vol, 0, simplified ? [["expectedTerm", "simplified"]] : undefined);
          const ref = reference(
            rows.map((x) => ({ grantDate: x.g, eligible: x.n, price: x.p / 100 })),
            EXPIRATION,
            spot,
            0.045,
            vol,
            0,
            simplified,
          );
          ref.forEach((r, i) => {
            const row = out[i + 1];
            // values far in a tail (below a millionth of the stock price) only to 1e-10
            const rel = r.oldPer.lt(spot * 1e-6) ? 1e-10 : 1e-12;
            expectRel(row[4], r.oldPer, rel);
            expectRel(row[8], r.newPer);
            expectRel(row[10], r.newValue);
          });
          return true;
        },
      ),
      { numRuns: 40 },
    );
  });
});
