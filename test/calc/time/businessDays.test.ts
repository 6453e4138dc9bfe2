import fc from "fast-check";
import { dayFromCivil, formatIso } from "../../../src/calc/time/civil";
import { addBusinessDays, businessDaysBetween, isBusinessDay } from "../../../src/calc/time/businessDays";

const iso = (s: string) => {
  const [y, m, d] = s.split("-").map(Number);
  return dayFromCivil(y, m, d);
};
const add = (start: string, n: number) => formatIso(addBusinessDays(iso(start), n));

/** Reference: walk day by day. */
function walk(day: number, n: number): number {
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (isBusinessDay(day)) left--;
  }
  return day;
}

const FIRST = dayFromCivil(1990, 1, 1);
const LAST = dayFromCivil(2050, 12, 31);
const anyDay = fc.integer({ min: FIRST, max: LAST });
const businessDay = anyDay.filter(isBusinessDay);

describe("isBusinessDay (Offer §1: not a Saturday, Sunday or federal holiday)", () => {
  test.each([
    ["2021-06-18", false, "Juneteenth 2021 observed on Friday"],
    ["2020-06-19", true, "Juneteenth not yet a holiday in 2020"],
    ["2021-12-31", false, "New Year's Day 2022 observed on Friday 2021-12-31"],
    ["2022-01-01", false, "Saturday"],
    ["2022-01-02", false, "Sunday"],
    ["2022-01-03", true, "Monday after a Saturday New Year's Day is a business day"],
    ["2001-09-03", false, "Labor Day 2001"],
    ["2001-11-22", false, "Thanksgiving 2001"],
    ["2005-01-20", true, "Inauguration Day is not a federal holiday"],
    ["2004-12-24", false, "Christmas 2004 observed on Friday"],
    ["2005-12-26", false, "Christmas 2005 observed on Monday"],
    ["2023-03-08", true, "an ordinary Wednesday"],
  ])("%s → %s (%s)", (date, expected) => {
    expect(isBusinessDay(iso(date))).toBe(expected);
  });
});

describe("addBusinessDays", () => {
  test("n = 0 returns the day unchanged, even a weekend or holiday", () => {
    expect(add("2023-03-08", 0)).toBe("2023-03-08");
    expect(add("2022-01-01", 0)).toBe("2022-01-01");
    expect(add("2021-12-31", 0)).toBe("2021-12-31");
  });

  test("the start day is not counted; weekends are skipped", () => {
    expect(add("2023-03-08", 1)).toBe("2023-03-09");
    expect(add("2023-03-10", 1)).toBe("2023-03-13"); // Friday → Monday
    expect(add("2023-03-13", -1)).toBe("2023-03-10"); // Monday → Friday
  });

  test("holidays are skipped in both directions", () => {
    expect(add("2021-12-30", 1)).toBe("2022-01-03"); // over observed New Year's Day and the weekend
    expect(add("2022-01-03", -1)).toBe("2021-12-30");
    expect(add("2021-06-17", 1)).toBe("2021-06-21"); // over Juneteenth observed 2021-06-18
    expect(add("2001-11-21", 2)).toBe("2001-11-26"); // over Thanksgiving, counting the Friday after
  });

  test("a start on a weekend or holiday counts from the next (or previous) business day", () => {
    expect(add("2021-12-31", 1)).toBe("2022-01-03");
    expect(add("2022-01-01", -1)).toBe("2021-12-30");
    expect(add("2023-03-04", 5)).toBe("2023-03-10"); // Saturday + 5 → Friday
    expect(add("2023-03-04", 10)).toBe("2023-03-17");
    expect(add("2023-03-05", -5)).toBe("2023-02-27"); // Sunday − 5 → Monday
  });

  test("whole-week jumps agree with a day-by-day walk, for starts on any weekday and large n", () => {
    const start = iso("2000-01-01"); // a Saturday
    for (let s = start; s < start + 14; s++) {
      for (const n of [6, 7, 10, 11, 250, 261, 2000]) {
        expect(addBusinessDays(s, n)).toBe(walk(s, n));
        expect(addBusinessDays(s, -n)).toBe(walk(s, -n));
      }
    }
    for (const s of [start, start + 3]) {
      expect(addBusinessDays(s, 100_000)).toBe(walk(s, 100_000));
      expect(addBusinessDays(s, -100_000)).toBe(walk(s, -100_000));
    }
  });

  test("non-integer n is a RangeError", () => {
    for (const n of [1.5, NaN, Infinity]) expect(() => addBusinessDays(iso("2023-03-08"), n)).toThrow(RangeError);
  });

  test("property: agrees with a day-by-day walk from any day 1990–2050", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -2000, max: 2000 }), (d, n) => addBusinessDays(d, n) === walk(d, n)),
    );
  });

  test("property: from a business day, adding n then −n returns to it", () => {
    fc.assert(
      fc.property(businessDay, fc.integer({ min: -500, max: 500 }), (d, n) => {
        expect(addBusinessDays(addBusinessDays(d, n), -n)).toBe(d);
      }),
    );
  });

  test("property: for n ≠ 0 the result is a business day", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -500, max: 500 }), (d, n) => {
        fc.pre(n !== 0);
        expect(isBusinessDay(addBusinessDays(d, n))).toBe(true);
      }),
    );
  });

  test("property: from a business day, businessDaysBetween(d, addBusinessDays(d, n)) === n", () => {
    fc.assert(
      fc.property(businessDay, fc.integer({ min: -500, max: 500 }), (d, n) => {
        expect(businessDaysBetween(d, addBusinessDays(d, n))).toBe(n);
      }),
    );
  });
});

describe("businessDaysBetween counts business days in (from, to]", () => {
  test("examples", () => {
    expect(businessDaysBetween(iso("2021-12-30"), iso("2022-01-03"))).toBe(1);
    expect(businessDaysBetween(iso("2022-01-03"), iso("2021-12-30"))).toBe(-1);
    expect(businessDaysBetween(iso("2023-03-08"), iso("2023-03-08"))).toBe(0);
    expect(businessDaysBetween(iso("2023-03-03"), iso("2023-03-04"))).toBe(0); // Friday → Saturday
    expect(businessDaysBetween(iso("2023-03-04"), iso("2023-03-03"))).toBe(0); // 0, not -0
  });

  test("property: matches a day-by-day count and is antisymmetric", () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        let count = 0;
        for (let d = lo + 1; d <= hi; d++) if (isBusinessDay(d)) count++;
        expect(businessDaysBetween(lo, hi)).toBe(count);
        expect(businessDaysBetween(hi, lo)).toBe(0 - count);
      }),
      { numRuns: 50 },
    );
  });
});
