import { dayFromCivil } from "../../src/calc/time/civil";
import { dayFromText, fullYear, localeDateOrder, longDate, numberFromText } from "../../src/input/text";

const num = (t: string, s = {}) => {
  const r = numberFromText(t, s);
  return r.ok ? r.value : r.problem;
};

describe("numbers as people type them", () => {
  test.each([
    ["1234", 1234],
    ["1,234", 1234],
    ["1,234,567.25", 1234567.25],
    [" 12.50 ", 12.5],
    [".5", 0.5],
    ["-3", -3],
    ["$12.50", 12.5],
    ["-$1,000", -1000],
    ["1e6", 1000000],
  ])("%s → %p", (t, v) => expect(num(t)).toBe(v));

  test("percentages and fractions only where a rate or ratio is expected", () => {
    const rate = { percent: true, fraction: true };
    expect(num("5%", rate)).toBe(0.05);
    expect(num("80%", rate)).toBe(0.8);
    expect(num("75%", rate)).toBe(0.75);
    expect(num("7.25%", rate)).toBe(0.0725); // 7.25 / 100 in binary would be 0.07250000000000001
    expect(num("3/4", rate)).toBe(0.75);
    expect(num("3:2", rate)).toBe(1.5);
    expect(num("5%")).toBe('a percentage is not expected here; got "5%"');
    expect(num("3/4")).toBe('expected a number such as 1,000, 12.50, got "3/4"');
    expect(num("1/0", rate)).toBe('"1/0" divides by zero');
  });

  test("a bare number is the number itself: 5 for a rate is 5 (500 %), never silently 5 %", () => {
    expect(num("5", { percent: true })).toBe(5);
    expect(num("0.05", { percent: true })).toBe(0.05);
  });

  test("what is not a number says what was expected", () => {
    expect(num("")).toBe("a number is required");
    expect(num("abc")).toBe('expected a number such as 1,000, 12.50, got "abc"');
    expect(num("12,50")).toBe('expected a number such as 1,000, 12.50, got "12,50"'); // a decimal comma is not read as 1,250
    expect(num("1,2345")).toMatch(/^expected a number/);
    expect(num(".")).toMatch(/^expected a number/);
  });
});

describe("dates: ISO, Excel serials, the locale's short date", () => {
  const D = (y: number, m: number, d: number) => dayFromCivil(y, m, d);
  const day = (t: string, order: "MDY" | "DMY" | "YMD") => {
    const r = dayFromText(t, order);
    return r.ok ? r.value : r.problem;
  };

  test("ISO and serials in every locale", () => {
    for (const o of ["MDY", "DMY", "YMD"] as const) {
      expect(day("2001-03-04", o)).toBe(D(2001, 3, 4));
      expect(day("36801", o)).toBe(D(2000, 10, 2)); // serial 36801 = 2000-10-02 (README tour)
      expect(day("2001/3/4", o)).toBe(D(2001, 3, 4)); // a four-digit first part is the year
    }
  });

  test("dates before 1900-01-01, the first date Excel has, are refused in every form", () => {
    expect(day("1899-12-31", "MDY")).toBe('"1899-12-31" is before 1900-01-01, the first date Excel has');
    expect(day("31/12/1899", "DMY")).toBe('"31/12/1899" is before 1900-01-01, the first date Excel has');
    expect(day("1850/6/1", "YMD")).toMatch(/^"1850\/6\/1" is before 1900-01-01/);
    expect(day("15 March 1776", "DMY")).toMatch(/before 1900-01-01/);
    expect(day("0001-01-01", "MDY")).toMatch(/before 1900-01-01/);
    expect(day("1900-01-01", "MDY")).toBe(D(1900, 1, 1));
    expect(day("1", "MDY")).toBe(D(1900, 1, 1)); // serial 1
  });

  test("03/04/2001 is 4 March in M/D/Y and 3 April in D/M/Y: the locale decides", () => {
    expect(day("03/04/2001", "MDY")).toBe(D(2001, 3, 4));
    expect(day("03/04/2001", "DMY")).toBe(D(2001, 4, 3));
    expect(day("3.4.2001", "DMY")).toBe(D(2001, 4, 3));
    // A date impossible in the locale's order is refused, not read the other way round.
    expect(day("15/03/2000", "MDY")).toBe('"15/03/2000" is not a date: use YYYY-MM-DD, M/D/YYYY or an Excel date serial');
    expect(day("03/15/2000", "DMY")).toMatch(/use YYYY-MM-DD, D\/M\/YYYY/);
  });

  test("two-digit years as Excel reads them (00–29 → 20xx, 30–99 → 19xx) and month names", () => {
    expect(fullYear("29")).toBe(2029);
    expect(fullYear("30")).toBe(1930);
    expect(day("3/15/00", "MDY")).toBe(D(2000, 3, 15));
    expect(day("15-Mar-00", "MDY")).toBe(D(2000, 3, 15)); // Excel's d-mmm-yy as copied
    expect(day("15 March 2000", "DMY")).toBe(D(2000, 3, 15));
    expect(day("Mar 15, 2000", "DMY")).toBe(D(2000, 3, 15));
    expect(day("31-Feb-2000", "MDY")).toMatch(/is not a date/);
  });

  test("impossible dates and serials", () => {
    expect(day("2001-02-30", "YMD")).toMatch(/"2001-02-30" is not a date/);
    expect(day("0", "MDY")).toBe("0 is not a date (a date serial must be 1 or more)");
    expect(day("60", "MDY")).toMatch(/1900-02-29/);
    expect(day("2958466", "MDY")).toBe("2958466 is past 9999-12-31, the last date Excel has");
    expect(day("", "MDY")).toBe("a date is required");
  });

  test("the locale's order comes from Intl's short date", () => {
    expect(localeDateOrder("en-US")).toBe("MDY");
    expect(localeDateOrder("en-GB")).toBe("DMY");
    expect(localeDateOrder("de-DE")).toBe("DMY");
    expect(localeDateOrder("sv-SE")).toBe("YMD");
  });

  test("a date written out without ambiguity", () => {
    expect(longDate(D(2001, 3, 4))).toBe("Sunday 4 March 2001");
    expect(longDate(D(1999, 12, 29))).toBe("Wednesday 29 December 1999");
  });
});
