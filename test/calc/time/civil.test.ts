import fc from "fast-check";
import { civilFromDay, dayFromCivil, daysInMonth, daysInYear, formatIso, isLeapYear, weekday } from "../../../src/calc/time/civil";

describe("civil dates (proleptic Gregorian, days since 1899-12-30)", () => {
  test("the epoch and the Original Issue Date have the day numbers Excel gives them", () => {
    expect(dayFromCivil(1899, 12, 30)).toBe(0);
    expect(dayFromCivil(1999, 12, 31)).toBe(36525);
    expect(dayFromCivil(1999, 12, 29)).toBe(36523);
    expect(dayFromCivil(1900, 3, 1)).toBe(61);
  });

  test("leap years follow the Gregorian rule: 1900 and 2100 are not leap, 2000 is", () => {
    expect([1900, 1996, 1999, 2000, 2004, 2100].map(isLeapYear)).toEqual([false, true, false, true, true, false]);
    expect(daysInYear(2000)).toBe(366);
    expect(daysInYear(1999)).toBe(365);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  test("weekday: 1999-12-29 was a Wednesday, 2001-09-27 a Thursday", () => {
    expect(weekday(dayFromCivil(1999, 12, 29))).toBe(3);
    expect(weekday(dayFromCivil(2001, 9, 27))).toBe(4);
    expect(weekday(dayFromCivil(1899, 12, 30))).toBe(6);
  });

  test("formatIso pads year, month and day", () => {
    expect(formatIso(dayFromCivil(2001, 1, 18))).toBe("2001-01-18");
  });

  test("civilFromDay inverts dayFromCivil for every date 1900–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(9999, 12, 31) }), (day) => {
        const c = civilFromDay(day);
        expect(dayFromCivil(c.year, c.month, c.day)).toBe(day);
        expect(c.day).toBeLessThanOrEqual(daysInMonth(c.year, c.month));
      }),
    );
  });

  test("consecutive days are consecutive civil dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (day) => {
        const a = civilFromDay(day);
        const b = civilFromDay(day + 1);
        const next =
          a.day < daysInMonth(a.year, a.month)
            ? { ...a, day: a.day + 1 }
            : a.month < 12
              ? { year: a.year, month: a.month + 1, day: 1 }
              : { year: a.year + 1, month: 1, day: 1 };
        expect(b).toEqual(next);
      }),
    );
  });
});
