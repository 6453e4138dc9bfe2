import Holidays from "date-holidays";
import { dayFromCivil, formatIso, weekday } from "../../../src/calc/time/civil";
import { federalHolidays, isFederalHoliday } from "../../../src/calc/time/holidays";

const iso = (s: string) => {
  const [y, m, d] = s.split("-").map(Number);
  return dayFromCivil(y, m, d);
};
const isWeekend = (day: number) => weekday(day) === 0 || weekday(day) === 6;

// Our statutory names (5 U.S.C. 6103(a)) → date-holidays' names. Anything else it lists is left out.
const DATE_HOLIDAYS_NAME: Record<string, string> = {
  "New Year's Day": "New Year's Day",
  "Birthday of Martin Luther King, Jr.": "Martin Luther King Jr. Day",
  "Washington's Birthday": "Washington's Birthday",
  "Memorial Day": "Memorial Day",
  "Juneteenth National Independence Day": "Juneteenth",
  "Independence Day": "Independence Day",
  "Labor Day": "Labor Day",
  "Columbus Day": "Columbus Day",
  "Veterans Day": "Veterans Day",
  "Thanksgiving Day": "Thanksgiving Day",
  "Christmas Day": "Christmas Day",
};
const FEDERAL_NAMES = new Set(Object.values(DATE_HOLIDAYS_NAME));

describe("federal holidays agree with date-holidays", () => {
  const hd = new Holidays("US");
  let veteransBankSubstitutes = 0;

  /** Observed federal holidays of `year` per date-holidays, as "YYYY-MM-DD name". */
  function fromDateHolidays(year: number): string[] {
    const out: string[] = [];
    for (const h of hd.getHolidays(year)) {
      const name = h.name.replace(/ \(substitute day\)$/, "");
      // date-holidays has no Inauguration Day for "US"; the name filter would drop it (and any observance) anyway.
      if (!FEDERAL_NAMES.has(name)) continue;
      // Known difference: date-holidays types Veterans Day's weekend substitute as "bank" (noting that federal
      // offices close), not "public"; 5 U.S.C. 6103(b)(1) / E.O. 11582 move it like every other holiday.
      const veteransSubstitute = name === "Veterans Day" && h.substitute === true && h.type === "bank";
      if (veteransSubstitute) veteransBankSubstitutes++;
      if (h.type !== "public" && !veteransSubstitute) continue;
      const day = iso(h.date.slice(0, 10));
      // date-holidays lists a weekend holiday on its actual date as well as on its substitute date;
      // only the substitute is a day off. A missing substitute would show up as a mismatch below.
      if (!h.substitute && isWeekend(day)) continue;
      out.push(`${formatIso(day)} ${name}`);
    }
    return out.sort();
  }

  test("every year 1990–2050: same observed dates and holidays as date-holidays' U.S. public holidays", () => {
    for (let year = 1990; year <= 2050; year++) {
      const ours = federalHolidays(year)
        .map((h) => `${formatIso(h.day)} ${DATE_HOLIDAYS_NAME[h.name]}`)
        .sort();
      expect({ year, holidays: ours }).toEqual({ year, holidays: fromDateHolidays(year) });
    }
    // The Veterans Day special case above was really exercised (e.g. Saturday 2017-11-11 → Friday 2017-11-10).
    expect(veteransBankSubstitutes).toBeGreaterThan(0);
  });

  test("every 'public' holiday date-holidays lists for 1990–2050 is one of the 5 U.S.C. 6103(a) holidays", () => {
    const unknown = new Set<string>();
    for (let year = 1990; year <= 2050; year++) {
      for (const h of hd.getHolidays(year)) {
        const name = h.name.replace(/ \(substitute day\)$/, "");
        if (h.type === "public" && !FEDERAL_NAMES.has(name)) unknown.add(name);
      }
    }
    expect([...unknown]).toEqual([]);
  });
});

describe("observance rules", () => {
  test("Juneteenth 2021 (Saturday June 19) is observed Friday 2021-06-18", () => {
    expect(isFederalHoliday(iso("2021-06-18"))).toBe(true);
    expect(isFederalHoliday(iso("2021-06-19"))).toBe(false);
  });

  test("Juneteenth is not a holiday before 2021 (2020-06-19)", () => {
    expect(isFederalHoliday(iso("2020-06-19"))).toBe(false);
    expect(federalHolidays(2020).map((h) => h.name)).not.toContain("Juneteenth National Independence Day");
  });

  test("Saturday New Year's Day 2022 is observed Friday 2021-12-31, in the 2021 list", () => {
    expect(isFederalHoliday(iso("2021-12-31"))).toBe(true);
    const holidays2021 = federalHolidays(2021);
    expect(holidays2021[holidays2021.length - 1]).toEqual({ day: iso("2021-12-31"), name: "New Year's Day", observed: true });
  });

  test("2022 has no New Year's Day of its own and Monday 2022-01-03 is not a holiday", () => {
    expect(federalHolidays(2022).map((h) => h.name)).not.toContain("New Year's Day");
    expect(isFederalHoliday(iso("2022-01-01"))).toBe(false);
    expect(isFederalHoliday(iso("2022-01-03"))).toBe(false);
  });

  test("Sunday New Year's Day 2017 is observed Monday 2017-01-02", () => {
    expect(federalHolidays(2017)[0]).toEqual({ day: iso("2017-01-02"), name: "New Year's Day", observed: true });
  });

  test("Labor Day 2001 is the first Monday of September, 2001-09-03", () => {
    expect(isFederalHoliday(iso("2001-09-03"))).toBe(true);
  });

  test("Thanksgiving 2001 is the fourth Thursday of November, 2001-11-22", () => {
    expect(isFederalHoliday(iso("2001-11-22"))).toBe(true);
    expect(isFederalHoliday(iso("2001-11-29"))).toBe(false);
  });

  test("Inauguration Day is not counted (Thursday 2005-01-20)", () => {
    expect(isFederalHoliday(iso("2005-01-20"))).toBe(false);
  });

  test("Saturday Christmas 2004 is observed Friday 2004-12-24", () => {
    expect(isFederalHoliday(iso("2004-12-24"))).toBe(true);
  });

  test("Sunday Christmas 2005 is observed Monday 2005-12-26", () => {
    expect(isFederalHoliday(iso("2005-12-26"))).toBe(true);
  });

  test("observed dates are always weekdays, flagged observed exactly when moved", () => {
    for (let year = 1900; year <= 2100; year++) {
      for (const h of federalHolidays(year)) {
        expect(isWeekend(h.day)).toBe(false);
        expect(isFederalHoliday(h.day)).toBe(true);
      }
    }
    expect(
      federalHolidays(2021)
        .filter((h) => h.observed)
        .map((h) => formatIso(h.day)),
    ).toEqual(["2021-06-18", "2021-07-05", "2021-12-24", "2021-12-31"]);
  });

  test("MLK Day only from 1986; Monday rules and Columbus Day only from 1971", () => {
    expect(federalHolidays(1985).map((h) => h.name)).not.toContain("Birthday of Martin Luther King, Jr.");
    expect(isFederalHoliday(iso("1986-01-20"))).toBe(true);
    // 1970: Washington's Birthday Sunday Feb 22 → Monday Feb 23; Memorial Day Saturday May 30 → Friday May 29.
    expect(isFederalHoliday(iso("1970-02-23"))).toBe(true);
    expect(isFederalHoliday(iso("1970-05-29"))).toBe(true);
    expect(federalHolidays(1970).map((h) => h.name)).not.toContain("Columbus Day");
    expect(isFederalHoliday(iso("1971-02-15"))).toBe(true); // third Monday of February 1971
  });
});
