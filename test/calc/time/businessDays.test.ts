import fc from "fast-check";
import { dayFromCivil, formatIso } from "../../../src/calc/time/civil";
import { addBusinessDays, businessDaysBetween, extraHolidays, isBusinessDay } from "../../../src/calc/time/businessDays";

const iso = (s: string) => {
  const [y, m, d] = s.split("-").map(Number);
  return dayFromCivil(y, m, d);
};
const add = (start: string, n: number) => formatIso(addBusinessDays(iso(start), n));

/** Reference: walk day by day. */
function walk(day: number, n: number): number {
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0;) {
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
    fc.assert(fc.property(anyDay, fc.integer({ min: -2000, max: 2000 }), (d, n) => addBusinessDays(d, n) === walk(d, n)));
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

describe("extra holidays (closings by executive order, as Excel's WORKDAY takes them)", () => {
  /** Reference: walk day by day, skipping the federal calendar's non-business days and a plain set of extra days. */
  function walkWith(day: number, n: number, extra: Set<number>): number {
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0;) {
      day += step;
      if (isBusinessDay(day) && !extra.has(day)) left--;
    }
    return day;
  }

  test("national days of mourning: Fri 2004-06-11, Wed 2018-12-05, Thu 2025-01-09", () => {
    const extra = extraHolidays(["2004-06-11", "2018-12-05", "2025-01-09"].map(iso));
    expect(formatIso(addBusinessDays(iso("2004-06-10"), 1, extra))).toBe("2004-06-14");
    expect(formatIso(addBusinessDays(iso("2018-12-04"), 1, extra))).toBe("2018-12-06");
    expect(formatIso(addBusinessDays(iso("2025-01-10"), -1, extra))).toBe("2025-01-08");
    expect(isBusinessDay(iso("2018-12-05"), extra)).toBe(false);
    expect(isBusinessDay(iso("2018-12-05"))).toBe(true);
    expect(businessDaysBetween(iso("2018-12-03"), iso("2018-12-07"), extra)).toBe(3); // Tue, Thu, Fri
  });

  test("weekends, federal holidays and repeats are dropped: each kept day removes exactly one business day", () => {
    const extra = extraHolidays(["2001-09-22", "2001-09-03", "2001-10-08", "2001-10-09", "2001-10-09"].map(iso));
    expect(extra.days.map(formatIso)).toEqual(["2001-10-09"]);
  });

  test("property: agrees with a day-by-day walk for random extra holidays, forward and backward", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -3000, max: 3000 }), fc.array(fc.integer({ min: -60, max: 4300 }), { maxLength: 400 }), (d, n, offsets) => {
        const days = offsets.map((o) => d + Math.sign(n || 1) * o);
        const extra = extraHolidays(days);
        expect(addBusinessDays(d, n, extra)).toBe(walkWith(d, n, new Set(days)));
      }),
      { numRuns: 300 },
    );
  });

  test("property: businessDaysBetween with extra holidays matches a day-by-day count", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 3000 }), fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 300 }), (a, span, offsets) => {
        const days = offsets.map((o) => a + o);
        const set = new Set(days);
        let count = 0;
        for (let x = a + 1; x <= a + span; x++) if (isBusinessDay(x) && !set.has(x)) count++;
        expect(businessDaysBetween(a, a + span, extraHolidays(days))).toBe(count);
      }),
      { numRuns: 100 },
    );
  });

  test("scale: 100,000 business days past 20,000 extra holidays, including a solid year of closings", () => {
    const start = iso("2000-01-03");
    const days: number[] = [];
    for (let k = 0; k < 19_000; k++) days.push(start + 3 + 7 * k); // every Thursday for ~364 years
    for (let x = iso("2010-01-01"); x <= iso("2010-12-31"); x++) days.push(x); // all of 2010 closed
    const set = new Set(days);
    const extra = extraHolidays(days);
    expect(addBusinessDays(start, 100_000, extra)).toBe(walkWith(start, 100_000, set));
    const end = addBusinessDays(start, 100_000, extra);
    expect(addBusinessDays(end, -100_000, extra)).toBe(start);
    expect(formatIso(addBusinessDays(iso("2009-12-31"), 1, extra))).toBe("2011-01-03");
  });
});
