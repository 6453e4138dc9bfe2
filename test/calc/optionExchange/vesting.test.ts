import fc from "fast-check";
import { optionExchangeTerms } from "../../../src/calc/optionExchange/terms";
import { exercisableShares, rosterVesting, vestedShares, vestingSchedule } from "../../../src/calc/optionExchange/vesting";
import { Dec } from "../../../src/calc/core/decimal";
import { lastExerciseDay } from "../../../src/calc/optionExchange/expiry";
import { D, day, inputError, isoOf } from "./helpers";

const T = optionExchangeTerms();
const GRANT = day("2001-09-27"); // the expiration date (Offer §1, Q8)
const schedule = (shares: number, grant = GRANT, t = T) =>
  vestingSchedule(t, D(shares), grant).map((r) => [isoOf(r.day), r.shares.toNumber(), r.cumulative.toNumber()]);

describe("vesting schedule (Offer Q11, Agreement §5A)", () => {
  test("750 new options: 250 on each of the first three anniversaries of 2001-09-27", () => {
    expect(schedule(750)).toEqual([
      ["2002-09-27", 250, 250],
      ["2003-09-27", 250, 500],
      ["2004-09-27", 250, 750],
    ]);
  });

  test("1,143: floor(1143/3) = 381, floor(2286/3) = 762, 1,143", () => {
    expect(schedule(1143).map((r) => r[2])).toEqual([381, 762, 1143]);
  });

  test("1,000: floor(1000/3) = 333, floor(2000/3) = 666, last takes the remainder 334", () => {
    expect(schedule(1000).map((r) => r[1])).toEqual([333, 333, 334]);
  });

  test("vestingRounding round: 333.33 → 333, 666.67 → 667, 1,000", () => {
    const t = optionExchangeTerms([{ name: "vestingRounding", value: "round" }]);
    expect(schedule(1000, GRANT, t).map((r) => r[2])).toEqual([333, 667, 1000]);
    expect(schedule(2, GRANT, t).map((r) => r[1])).toEqual([1, 0, 1]); // 0.67 → 1, 1.33 → 1, 2
  });

  test("tiny grants: 1 share vests on the third anniversary", () => {
    expect(schedule(1).map((r) => r[1])).toEqual([0, 0, 1]);
    expect(schedule(0).map((r) => r[2])).toEqual([0, 0, 0]);
  });

  test("anniversaries are EDATE: a 2000-02-29 grant vests on 2001-02-28, 2002-02-28, 2003-02-28", () => {
    expect(schedule(3, day("2000-02-29")).map((r) => r[0])).toEqual(["2001-02-28", "2002-02-28", "2003-02-28"]);
  });

  test("vestYears term sets the number of installments", () => {
    const t = optionExchangeTerms([{ name: "vestYears", value: 4 }]);
    expect(schedule(1000, GRANT, t)).toEqual([
      ["2002-09-27", 250, 250],
      ["2003-09-27", 250, 500],
      ["2004-09-27", 250, 750],
      ["2005-09-27", 250, 1000],
    ]);
  });

  test("newShares must be a whole number ≥ 0", () => {
    expect(inputError(() => vestingSchedule(T, D(-1), GRANT)).message).toMatch(/^newShares: /);
    expect(inputError(() => vestingSchedule(T, D(1.5), GRANT)).code).toBe("num");
  });

  test("a vest date past 9999-12-31 is #NUM!", () => {
    expect(inputError(() => vestingSchedule(T, D(3), day("9998-06-01"))).message).toMatch(/^grantDate: /);
  });
});

const vested = (asOf: string, o: { term?: string; coc?: string; shares?: number } = {}) =>
  vestedShares(T, {
    newShares: D(o.shares ?? 750),
    asOf: day(asOf),
    grantDay: GRANT,
    terminationDay: o.term === undefined ? undefined : day(o.term),
    cocDay: o.coc === undefined ? undefined : day(o.coc),
  }).toNumber();
const exercisable = (asOf: string, o: { term?: string; coc?: string; shares?: number } = {}) =>
  exercisableShares(T, {
    newShares: D(o.shares ?? 750),
    asOf: day(asOf),
    grantDay: GRANT,
    terminationDay: o.term === undefined ? undefined : day(o.term),
    cocDay: o.coc === undefined ? undefined : day(o.coc),
  }).toNumber();

describe("vested shares (Offer §2, Q11; Agreement §5A, §5E, §5I)", () => {
  test("before the grant and before the first anniversary: 0 (Offer Q11)", () => {
    expect(vested("2001-01-01")).toBe(0);
    expect(vested("2002-09-26")).toBe(0);
  });
  test("vests ON each anniversary", () => {
    expect(vested("2002-09-27")).toBe(250);
    expect(vested("2003-09-26")).toBe(250);
    expect(vested("2003-09-27")).toBe(500);
    expect(vested("2004-09-27")).toBe(750);
    expect(vested("2020-01-01")).toBe(750);
  });
  test("nothing vests after termination; an anniversary on the termination date counts", () => {
    expect(vested("2010-01-01", { term: "2003-06-01" })).toBe(250);
    expect(vested("2010-01-01", { term: "2003-09-27" })).toBe(500);
    expect(vested("2010-01-01", { term: "2002-09-26" })).toBe(0); // Offer Q11: all forfeited before the first anniversary
  });
  test("a change of control before termination vests everything (Offer §2)", () => {
    expect(vested("2002-02-01", { coc: "2002-01-15" })).toBe(750);
    expect(vested("2002-01-14", { coc: "2002-01-15" })).toBe(0); // not yet
    expect(vested("2010-01-01", { coc: "2003-06-01", term: "2003-06-01" })).toBe(750); // on the termination date
    expect(vested("2010-01-01", { coc: "2003-06-02", term: "2003-06-01" })).toBe(250); // after termination: no acceleration
  });
  test("a change of control before the grant is #N/A; a termination before the grant leaves 0", () => {
    const e = inputError(() => vested("2002-01-01", { coc: "2001-09-26" }));
    expect(e.code).toBe("na");
    expect(e.message).toMatch(/^cocDate and grantDate: /);
    expect(vested("2005-01-01", { term: "2001-09-01" })).toBe(0);
  });
});

describe("exercisable shares and expiry (Agreement §5E, §5G; Offer Q13)", () => {
  test("no termination: exercisable through the tenth anniversary 2011-09-27, 0 after", () => {
    expect(isoOf(lastExerciseDay(T, GRANT))).toBe("2011-09-27");
    expect(exercisable("2011-09-27")).toBe(750);
    expect(exercisable("2011-09-28")).toBe(0);
  });
  test("termination 2003-06-01: 250 exercisable through 2003-07-01 (30 days later), 0 after", () => {
    expect(isoOf(lastExerciseDay(T, GRANT, day("2003-06-01")))).toBe("2003-07-01");
    expect(exercisable("2003-06-15", { term: "2003-06-01" })).toBe(250);
    expect(exercisable("2003-07-01", { term: "2003-06-01" })).toBe(250);
    expect(exercisable("2003-07-02", { term: "2003-06-01" })).toBe(0);
  });
  test("termination close to the tenth anniversary: the anniversary comes first", () => {
    expect(isoOf(lastExerciseDay(T, GRANT, day("2011-09-10")))).toBe("2011-09-27"); // 2011-10-10 is later
  });
  test("termination before the grant: no expiry (#N/A)", () => {
    const e = inputError(() => lastExerciseDay(T, GRANT, day("2001-09-26")));
    expect(e.code).toBe("na");
    expect(e.message).toMatch(/^terminationDate and grantDate: /);
    expect(exercisable("2001-10-01", { term: "2001-09-26" })).toBe(0);
  });
  test("terms termYears and postTerminationDays", () => {
    const t = optionExchangeTerms([
      { name: "termYears", value: 5 },
      { name: "postTerminationDays", value: 90 },
    ]);
    expect(isoOf(lastExerciseDay(t, GRANT))).toBe("2006-09-27");
    expect(isoOf(lastExerciseDay(t, GRANT, day("2003-06-01")))).toBe("2003-08-30"); // 29 + 31 + 30 = 90 days
  });
});

describe("properties", () => {
  const FIRST = day("1990-01-01");
  const LAST = day("2050-12-31");
  const scenario = fc.record({
    shares: fc.integer({ min: 0, max: 5_000_000 }),
    grant: fc.integer({ min: FIRST, max: LAST }),
    a: fc.integer({ min: FIRST - 400, max: LAST + 4000 }),
    b: fc.integer({ min: FIRST - 400, max: LAST + 4000 }),
    term: fc.option(fc.integer({ min: FIRST, max: LAST + 4000 }), { nil: undefined }),
    coc: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  });

  test("vested ≤ granted and non-decreasing in time; exercisable ≤ vested", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const [early, late] = s.a <= s.b ? [s.a, s.b] : [s.b, s.a];
        const input = (asOf: number) => ({
          newShares: D(s.shares),
          asOf,
          grantDay: s.grant,
          terminationDay: s.term,
          cocDay: s.coc === undefined ? undefined : s.grant + s.coc,
        });
        const v1 = vestedShares(T, input(early));
        const v2 = vestedShares(T, input(late));
        const x1 = exercisableShares(T, input(early));
        const x2 = exercisableShares(T, input(late));
        return v1.lte(s.shares) && v2.lte(s.shares) && v1.lte(v2) && x1.lte(v1) && x2.lte(v2) && v1.gte(0) && x1.gte(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe("rosterVesting: every grant's schedule added up per vest date (Offer Q11, Agreement §5A)", () => {
  /** The sum of the per-grant schedules, date by date (the definition). */
  function bySchedules(t: typeof T, grants: { newShares: Dec; grantDay: number }[]) {
    const perDay = new Map<number, Dec>();
    for (const g of grants) for (const r of vestingSchedule(t, g.newShares, g.grantDay)) perDay.set(r.day, (perDay.get(r.day) ?? new Dec(0)).plus(r.shares));
    return [...perDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, shares]) => [day, shares.toString()]);
  }

  test("equals the sum of the per-grant schedules: floor and round, small and huge grants, several grant dates", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ shares: fc.oneof(fc.nat(100000), fc.constantFrom(2 ** 53, 10 ** 18 + 7, 45035996273704)), date: fc.integer({ min: 0, max: 2 }) }),
          { maxLength: 40 },
        ),
        fc.constantFrom("floor", "round"),
        fc.integer({ min: 1, max: 5 }),
        (rows, rounding, vestYears) => {
          const t = optionExchangeTerms([
            { name: "vestingRounding", value: rounding },
            { name: "vestYears", value: vestYears },
          ]);
          const grants = rows.map((r) => ({ newShares: new Dec(r.shares), grantDay: t.expirationDate + 31 * r.date }));
          expect(rosterVesting(t, grants).map((r) => [r.day, r.shares.toString()])).toEqual(bySchedules(t, grants));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("cumulative totals; sums beyond 2^53 stay exact", () => {
    const grants = Array.from({ length: 3 }, () => ({ newShares: new Dec(2 ** 52 + 1), grantDay: T.expirationDate }));
    // floor((2^52 + 1) × k / 3) per grant: 1501199875790165, 3002399751580331, 4503599627370497
    expect(rosterVesting(T, grants).map((r) => r.cumulative.toString())).toEqual(["4503599627370495", "9007199254740993", "13510798882111491"]);
  });

  test("a fractional or negative count is refused with the argument's name", () => {
    expect(() => rosterVesting(T, [{ newShares: new Dec("2.5"), grantDay: GRANT }])).toThrow(/^newShares:/);
  });
});
