import { breakevenPrice } from "../../../src/calc/optionExchange/breakeven";
import { isEligible } from "../../../src/calc/optionExchange/eligibility";
import { exchangeValue } from "../../../src/calc/optionExchange/exchangeValue";
import { businessDayOffset, extendedExpiration } from "../../../src/calc/optionExchange/extension";
import { filingFee } from "../../../src/calc/optionExchange/filingFee";
import { isoSplit } from "../../../src/calc/optionExchange/iso";
import { optionTax } from "../../../src/calc/optionExchange/tax";
import { optionExchangeTerms } from "../../../src/calc/optionExchange/terms";
import { optionExchangeTermsTable } from "../../../src/calc/optionExchange/termsTable";
import { D, day, inputError, isoOf } from "./helpers";

const T = optionExchangeTerms();

describe("eligibility (Offer Q4; Answers Q3)", () => {
  const eligible = (hire: string, term?: string) => isEligible(T, { hireDay: day(hire), terminationDay: term === undefined ? undefined : day(term) });
  test("employed on 2001-06-25 and on 2001-09-27", () => {
    expect(eligible("1999-01-01")).toBe(true);
    expect(eligible("2001-06-25")).toBe(true);
    expect(eligible("2001-06-26")).toBe(false); // hired after the record date
    expect(eligible("1999-01-01", "2001-09-27")).toBe(true); // terminated ON the expiration date
    expect(eligible("1999-01-01", "2001-09-26")).toBe(false); // Answers Q3: terminated prior to September 27
    expect(eligible("1999-01-01", "2001-06-24")).toBe(false);
  });
  test("termination before hire is #NUM!", () => {
    const e = inputError(() => eligible("2001-01-01", "2000-01-01"));
    expect(e.code).toBe("num");
    expect(e.message).toMatch(/^terminationDate and hireDate: /);
  });
});

describe("ISO $100,000 limit (Offer §13; IRC §422(d))", () => {
  const rows = (shares: number, price: number, prior: { year: number; value: number }[] = []) =>
    isoSplit(
      T,
      D(shares),
      D(price),
      day("2001-09-27"),
      prior.map((p, i) => ({ row: i + 1, year: p.year, value: D(p.value) })),
    ).map((r) => [r.year, r.shares.toNumber(), r.value.toNumber(), r.isoShares.toNumber(), r.nsoShares.toNumber()]);

  test("900,000 new options at $0.34: 300,000 a year worth $102,000; ISO floor(100,000 / 0.34) = 294,117", () => {
    expect(rows(900000, 0.34)).toEqual([
      [2002, 300000, 102000, 294117, 5883],
      [2003, 300000, 102000, 294117, 5883],
      [2004, 300000, 102000, 294117, 5883],
    ]);
  });

  test("earlier ISOs are counted first; rows for the same year add up; a used-up year is all NSO", () => {
    const prior = [
      { year: 2003, value: 30000 },
      { year: 2003, value: 10000 },
      { year: 2004, value: 150000 },
      { year: 2010, value: 5 },
    ];
    // 2003: 100,000 − 40,000 = 60,000 left → 60,000 shares at $1; 2004: nothing left
    expect(rows(300000, 1, prior)).toEqual([
      [2002, 100000, 100000, 100000, 0],
      [2003, 100000, 100000, 60000, 40000],
      [2004, 100000, 100000, 0, 100000],
    ]);
  });

  test("small grants are all ISO", () => {
    expect(rows(750, 0.5)).toEqual([
      [2002, 250, 125, 250, 0],
      [2003, 250, 125, 250, 0],
      [2004, 250, 125, 250, 0],
    ]);
  });

  test("bad input", () => {
    expect(inputError(() => rows(750, 0)).message).toMatch(/^exercisePrice: /);
    const e = inputError(() => rows(750, 1, [{ year: 2003.5, value: 1 }]));
    expect([e.code, e.message]).toEqual(["num", expect.stringMatching(/^priorIso: row 1/)]);
    expect(inputError(() => rows(750, 1, [{ year: 2003, value: -1 }])).code).toBe("num");
  });
});

describe("break-even price", () => {
  test("old $8.75, new $0.34, ratio .75: (8.75 − 0.255) / 0.25 = 33.98", () => {
    expect(breakevenPrice(D(8.75), D(0.34), D(0.75)).toNumber()).toBe(33.98);
    // check: at $33.98 the old option pays 25.23, the new ones 0.75 × 33.64 = 25.23
  });
  test("#N/A when the new strike is not lower, or with ratio 1", () => {
    const e = inputError(() => breakevenPrice(D(5), D(5), D(0.75)));
    expect([e.code, e.message.startsWith("newStrike and oldStrike: ")]).toEqual(["na", true]);
    expect(inputError(() => breakevenPrice(D(5), D(1), D(1))).code).toBe("na");
    expect(inputError(() => breakevenPrice(D(0), D(1), D(0.75))).message).toMatch(/^oldStrike: /);
    expect(inputError(() => breakevenPrice(D(5), D(-1), D(0.75))).message).toMatch(/^newStrike: /);
    expect(inputError(() => breakevenPrice(D(5), D(1), D(0))).message).toMatch(/^ratio: /);
  });
});

describe("filing fee (Schedule TO cover)", () => {
  test("$31,038,500 × 1/50 of 1% = $6,207.70 (the cover's $6,277.70 is inconsistent)", () => {
    expect(filingFee(D(31038500), T.feeRate).toNumber()).toBe(6207.7);
  });
  test("to the cent, half-up: $25 → $0.005 → $0.01; $24.975 → $0.004995 → $0.00", () => {
    expect(filingFee(D(25), T.feeRate).toNumber()).toBe(0.01);
    expect(filingFee(D(24.975), T.feeRate).toNumber()).toBe(0);
  });
  test("domains", () => {
    expect(inputError(() => filingFee(D(-1), T.feeRate)).message).toMatch(/^value: /);
    expect(inputError(() => filingFee(D(1), D(2))).message).toMatch(/^rate: /);
  });
});

describe("business days and the extension (Offer §1, §14)", () => {
  const plus = (d: string, n: number) => isoOf(businessDayOffset(day(d), n));
  test("holidays and weekends skipped; the start day is not counted", () => {
    expect(plus("2001-09-20", 10)).toBe("2001-10-04"); // 21, 24, 25, 26, 27, 28, Oct 1, 2, 3, 4
    expect(plus("2001-09-01", 10)).toBe("2001-09-17"); // Labor Day 2001-09-03 skipped
    expect(plus("2021-06-17", 1)).toBe("2021-06-21"); // Juneteenth observed Friday 2021-06-18
    expect(plus("2010-12-30", 1)).toBe("2011-01-03"); // New Year's Day 2011 (Saturday) observed Friday 2010-12-31
    expect(plus("2005-01-19", 1)).toBe("2005-01-20"); // Inauguration Day is a business day
    expect(plus("2001-10-04", -10)).toBe("2001-09-20");
  });
  test("days must be whole and stay in Excel's calendar", () => {
    expect(inputError(() => businessDayOffset(day("2001-09-20"), 1.5)).message).toMatch(/^days: /);
    expect(inputError(() => businessDayOffset(day("1900-01-05"), -10)).message).toMatch(/^date: /);
  });
  test("notice within 10 business days of the expiration: extended to the 10th business day after the notice", () => {
    const ext = (notice: string, expiration?: string) => isoOf(extendedExpiration(T, day(notice), expiration === undefined ? undefined : day(expiration)));
    expect(ext("2001-09-20")).toBe("2001-10-04");
    expect(ext("2001-09-14")).toBe("2001-09-28"); // 10th business day is 2001-09-28
    expect(ext("2001-09-13")).toBe("2001-09-27"); // 10th business day is the expiration date itself
    expect(ext("2001-09-01")).toBe("2001-09-27"); // more than 10 business days left: unchanged
    // 3, 4, 5, (Columbus Day 8 skipped) 9, 10, 11, 12, 15, 16, 17
    expect(ext("2001-10-02", "2001-10-05")).toBe("2001-10-17");
    const e = inputError(() => ext("2001-09-28"));
    expect([e.code, e.message.startsWith("noticeDate and expiration: ")]).toEqual(["na", true]);
  });
});

describe("tax (Offer §13; IRC §§83, 421, 422, 56(b)(3), 1222)", () => {
  const tax = (type: "ISO" | "NSO", exercise: string, sale?: string, salePrice?: number) => {
    const r = optionTax({
      type,
      shares: D(100),
      exercisePrice: D(1),
      grantDay: day("2001-09-27"),
      exerciseDay: day(exercise),
      fmvAtExercise: D(5),
      saleDay: sale === undefined ? undefined : day(sale),
      salePrice: salePrice === undefined ? undefined : D(salePrice),
    });
    return [r.ordinaryIncome.toNumber(), r.capitalGain?.toNumber(), r.longTerm, r.amtAdjustment.toNumber(), r.qualifying];
  };
  // 100 shares at $1, FMV $5 at exercise: spread 400.
  test("NSO: spread at exercise is ordinary income; basis 500; gain on a $8 sale 300, long-term after more than a year", () => {
    expect(tax("NSO", "2002-10-01", "2003-10-02", 8)).toEqual([400, 300, true, 0, undefined]);
    expect(tax("NSO", "2002-10-01", "2003-10-01", 8)).toEqual([400, 300, false, 0, undefined]);
    expect(tax("NSO", "2002-10-01")).toEqual([400, undefined, undefined, 0, undefined]);
  });
  test("ISO without sale: no income, AMT adjustment = spread", () => {
    expect(tax("ISO", "2002-10-01")).toEqual([0, undefined, undefined, 400, undefined]);
  });
  test("ISO qualifying: sold after grant + 2 years (2003-09-27) and exercise + 1 year (2003-10-01)", () => {
    expect(tax("ISO", "2002-10-01", "2003-10-02", 8)).toEqual([0, 700, true, 400, true]);
  });
  test("ISO disqualifying (sold on the exercise anniversary): ordinary = min(spread 400, gain 700) — the Offer's summary would say 700", () => {
    expect(tax("ISO", "2002-10-01", "2003-10-01", 8)).toEqual([400, 300, false, 400, false]);
  });
  test("ISO disqualifying below the exercise-date value, same year: ordinary = gain 200, no AMT adjustment", () => {
    expect(tax("ISO", "2002-10-01", "2002-12-01", 3)).toEqual([200, 0, false, 0, false]);
  });
  test("ISO disqualifying sale at a loss: no ordinary income, capital loss", () => {
    expect(tax("ISO", "2002-10-01", "2002-12-01", 0.5)).toEqual([0, -50, false, 0, false]);
  });
  test("ISO disqualifying held more than a year after exercise but within 2 years of grant: long-term", () => {
    expect(tax("ISO", "2001-10-01", "2003-09-27", 8)).toEqual([400, 300, true, 400, false]);
  });
  test("bad input", () => {
    expect(inputError(() => tax("ISO", "2001-01-01")).message).toMatch(/^exerciseDate and grantDate: /);
    expect(inputError(() => tax("ISO", "2002-10-01", "2002-09-01", 1)).message).toMatch(/^saleDate and exerciseDate: /);
    const e = inputError(() => tax("ISO", "2002-10-01", "2002-12-01"));
    expect([e.code, e.message.startsWith("salePrice: ")]).toEqual(["value", true]);
    expect(inputError(() => tax("ISO", "2002-10-01", undefined, 3)).message).toMatch(/^saleDate: /);
  });
});

describe("exchange value", () => {
  test("old and new grants valued with Black–Scholes; incremental = excess; value-for-value ratio", () => {
    const v = exchangeValue({
      oldShares: D(1000),
      oldStrike: 8.75,
      oldYears: 7,
      newStrike: 0.34,
      spot: 0.34,
      rate: 0.05,
      vol: 1.2,
      newYears: 10,
      ratio: D(0.75),
      divYield: 0,
    });
    // per-option values from mpmath (see blackScholes.test.ts): old 0.2167555696993982815, new 0.3247971722847857488
    expect(v.newOptions.toNumber()).toBe(750);
    expect(v.oldValue).toBeCloseTo(216.7555696993983, 9);
    expect(v.newValue).toBeCloseTo(243.5978792135893, 9);
    expect(v.incremental).toBeCloseTo(243.5978792135893 - 216.7555696993983, 9);
    expect(v.valueForValueRatio!).toBeCloseTo(0.2167555696993983 / 0.3247971722847857, 12);
  });
});

describe("terms table", () => {
  test("header then every term in order, dates as serials", () => {
    const rows = optionExchangeTermsTable();
    expect(rows[0]).toEqual(["name", "value"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(Object.keys(T).filter((k) => k !== "cacheKey"));
    expect(rows.find((r) => r[0] === "expirationDate")![1]).toBe(day("2001-09-27"));
    expect(rows.find((r) => r[0] === "recordDate")![1]).toBe(37067); // 2001-06-25
    expect(rows.find((r) => r[0] === "vestingRounding")![1]).toBe("floor");
  });
});
