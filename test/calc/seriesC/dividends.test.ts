import fc from "fast-check";
import { toDouble } from "../../../src/calc/core/decimal";
import { accruedDividends, dividendSchedule, quietAccruedDouble, remainingMinimumDividend } from "../../../src/calc/seriesC/dividends";
import { D, defaults, num, pay, withTerms } from "./helpers";

// Hand arithmetic of Cert §2: 10% on (LV + unpaid), compounded each 31 December,
// prorated by days elapsed / days in that calendar year.
const LV = 28;
const B1999 = LV * 0.1 * (2 / 365); // stub 1999-12-29 → 1999-12-31: 2 days of 365
const B2000 = B1999 + (LV + B1999) * 0.1; // full year 2000
const B2001 = B2000 + (LV + B2000) * 0.1;

describe("Cert §2 accrued dividends", () => {
  const t = defaults();

  test("nothing has accrued on the Original Issue Date", () => {
    expect(num(accruedDividends(t, D(1999, 12, 29)))).toBe(0);
  });

  test("the stub period 1999-12-29 → 1999-12-31 is 2 days / 365 (stubDays elapsed)", () => {
    expect(num(accruedDividends(t, D(1999, 12, 31)))).toBeCloseTo(B1999, 14);
  });

  test("stubDays inclusive counts 3 days in the first period", () => {
    const inclusive = withTerms({ stubDays: "inclusive" });
    expect(num(accruedDividends(inclusive, D(1999, 12, 31)))).toBeCloseTo(LV * 0.1 * (3 / 365), 14);
    expect(num(accruedDividends(inclusive, D(1999, 12, 29)))).toBeCloseTo(LV * 0.1 * (1 / 365), 14);
  });

  test("mid-2000 accrues on LV + the compounded stub, 182 days of a 366-day year", () => {
    expect(num(accruedDividends(t, D(2000, 6, 30)))).toBeCloseTo(B1999 + (LV + B1999) * 0.1 * (182 / 366), 13);
  });

  test("on 31 December the full year's dividend is included and compounds", () => {
    expect(num(accruedDividends(t, D(2000, 12, 31)))).toBeCloseTo(B2000, 13);
    expect(num(accruedDividends(t, D(2001, 12, 31)))).toBeCloseTo(B2001, 13);
  });

  test("2001-06-30: 181 days of 365 on LV + the 2000 balance", () => {
    expect(num(accruedDividends(t, D(2001, 6, 30)))).toBeCloseTo(B2000 + (LV + B2000) * 0.1 * (181 / 365), 13);
  });

  test("1 January of the next year accrues one day on the new compounded base", () => {
    expect(num(accruedDividends(t, D(2001, 1, 1)))).toBeCloseTo(B2000 + (LV + B2000) * 0.1 * (1 / 365), 13);
  });

  test("a payment reduces the unpaid balance from its date on: the base changes mid-year", () => {
    const paid = [pay(1, 2001, 1, 15, 1)];
    const seg1 = (LV + B2000) * 0.1 * (15 / 365);
    const seg2 = (LV + B2000 - 1) * 0.1 * (166 / 365);
    expect(num(accruedDividends(t, D(2001, 6, 30), paid))).toBeCloseTo(B2000 - 1 + seg1 + seg2, 13);
  });

  test("a payment larger than the compounded balance also pays the current period's accrual", () => {
    const seg1 = (LV + B2000) * 0.1 * (60 / 365); // 2000-12-31 → 2001-03-01
    const current = seg1 - (3 - B2000);
    const seg2 = LV * 0.1 * (30 / 365); // to 2001-03-31 on LV alone
    expect(num(accruedDividends(t, D(2001, 3, 31), [pay(1, 2001, 3, 1, 3)]))).toBeCloseTo(current + seg2, 13);
  });

  test("a payment made on a dividend date reduces the compounded balance that day", () => {
    const paid = [pay(1, 2000, 12, 31, 2)];
    expect(num(accruedDividends(t, D(2000, 12, 31), paid))).toBeCloseTo(B2000 - 2, 13);
    expect(num(accruedDividends(t, D(2001, 12, 31), paid))).toBeCloseTo(B2000 - 2 + (LV + B2000 - 2) * 0.1, 13);
  });

  test("payments after asOf are ignored; unsorted payment rows are applied in date order", () => {
    const paid = [pay(1, 2001, 6, 1, 0.5), pay(2, 2001, 1, 15, 1)];
    const seg1 = (LV + B2000) * 0.1 * (15 / 365);
    const seg2 = (LV + B2000 - 1) * 0.1 * (137 / 365); // 01-15 → 06-01
    const seg3 = (LV + B2000 - 1.5) * 0.1 * (29 / 365); // 06-01 → 06-30
    expect(num(accruedDividends(t, D(2001, 6, 30), paid))).toBeCloseTo(B2000 - 1.5 + seg1 + seg2 + seg3, 13);
    expect(num(accruedDividends(t, D(2001, 1, 10), paid))).toBeCloseTo(B2000 + (LV + B2000) * 0.1 * (10 / 365), 13);
  });

  test("a payment above what is accrued and unpaid is #NUM! naming payments", () => {
    expect(() => accruedDividends(t, D(2000, 1, 10), [pay(3, 2000, 1, 5, 5)])).toThrow(/^payments: row 3: 5 paid on 2000-01-05 exceeds/);
  });

  test("payment rows must be positive and on or after the issue date", () => {
    expect(() => accruedDividends(t, D(2001, 1, 10), [pay(1, 2000, 1, 5, 0)])).toThrow(/^payments: row 1: amount must be greater than 0/);
    expect(() => accruedDividends(t, D(2001, 1, 10), [pay(2, 1999, 1, 5, 1)])).toThrow(/^payments: row 2: date 1999-01-05 is before the Original Issue Date/);
  });

  test("other terms: rate, liquidation value and issue date are honoured", () => {
    const other = withTerms({ dividendRate: 0.08, liquidationValue: 100, issueDate: "2004-07-01" });
    const stub = 100 * 0.08 * (183 / 366); // 2004-07-01 → 2004-12-31, 2004 is leap
    expect(num(accruedDividends(other, D(2005, 3, 1), []))).toBeCloseTo(stub + (100 + stub) * 0.08 * (60 / 365), 12);
  });

  test("long horizons compound year by year (2012-12-31 = 13 full years after the stub)", () => {
    let b = B1999;
    for (let y = 2000; y <= 2012; y++) b += (LV + b) * 0.1;
    expect(num(accruedDividends(t, D(2012, 12, 31)))).toBeCloseTo(b, 11);
  });
});

describe("Cert §12 Minimum Dividend Amount", () => {
  const t = defaults();
  test("is $2.80 with nothing paid", () => {
    expect(num(remainingMinimumDividend(t, D(2001, 1, 1)))).toBe(2.8);
  });
  test("dividends actually paid before the date reduce it; a payment on the date does not yet", () => {
    const paid = [pay(1, 2001, 1, 15, 1), pay(2, 2001, 6, 30, 0.5)];
    expect(num(remainingMinimumDividend(t, D(2001, 6, 30), paid))).toBeCloseTo(1.8, 14);
    expect(num(remainingMinimumDividend(t, D(2001, 7, 1), paid))).toBeCloseTo(1.3, 14);
  });
  test("never goes below zero", () => {
    expect(num(remainingMinimumDividend(t, D(2003, 1, 1), [pay(1, 2002, 12, 31, 3)]))).toBe(0);
  });
});

describe("dividend schedule ledger", () => {
  test("a schedule is limited to 1,000 periods (#NUM! naming asOf); the accrual itself is not", () => {
    const t = defaults();
    expect(dividendSchedule(t, D(2998, 12, 31))).toHaveLength(1000);
    expect(() => dividendSchedule(t, D(2999, 1, 1))).toThrow(/^asOf: a schedule to 2999-01-01 would have 1001 periods; the limit is 1000/);
    expect(accruedDividends(t, D(2999, 1, 1)).isFinite()).toBe(true);
  });

  test("one row per period, closing = opening + dividend − paid, last closing = accrued", () => {
    const t = defaults();
    const paid = [pay(1, 2001, 1, 15, 1)];
    const rows = dividendSchedule(t, D(2001, 6, 30), paid);
    expect(rows.map((r) => [r.end, r.days, r.yearDays])).toEqual([
      [D(1999, 12, 31), 2, 365],
      [D(2000, 12, 31), 366, 366],
      [D(2001, 6, 30), 181, 365],
    ]);
    for (const r of rows) expect(num(r.opening.plus(r.dividend).minus(r.paid))).toBeCloseTo(num(r.closing), 14);
    expect(num(rows[2].closing)).toBeCloseTo(num(accruedDividends(t, D(2001, 6, 30), paid)), 14);
    expect(num(rows[2].paid)).toBe(1);
  });
});

describe("the cached no-payment accrual agrees with the period ledger", () => {
  test("every date of 1999–2013 (and a leap-year issue date) to 30 significant digits", () => {
    for (const t of [defaults(), withTerms({ issueDate: "2004-02-29", stubDays: "inclusive" })]) {
      for (let day = t.issueDate; day < D(2013, 1, 1); day += 7) {
        const rows = dividendSchedule(t, day);
        const fast = accruedDividends(t, day);
        expect(fast.toSignificantDigits(30).toString()).toBe(rows[rows.length - 1].closing.toSignificantDigits(30).toString());
      }
    }
  });
});

describe("the no-payment accrual in doubles is the double of the Decimal accrual (SERIESC_ACCRUED's fast path)", () => {
  const same = (t: ReturnType<typeof defaults>, day: number) => {
    const fast = quietAccruedDouble(t, day);
    if (fast === undefined) return false;
    expect(Object.is(fast, toDouble(accruedDividends(t, day)))).toBe(true);
    return true;
  };

  test("every day of 1999–2030 for the default terms, an inclusive stub and other rates and values, answering nearly always", () => {
    let answered = 0;
    let calls = 0;
    const terms = [
      defaults(),
      withTerms({ issueDate: "2004-02-29", stubDays: "inclusive" }),
      withTerms({ dividendRate: 0.0725, liquidationValue: 1234.5678 }),
      withTerms({ dividendRate: 1, liquidationValue: 1e-7 }),
    ];
    for (const t of terms) {
      for (let day = t.issueDate; day < D(2031, 1, 1); day++) {
        calls++;
        if (same(t, day)) answered++;
      }
    }
    expect(answered).toBeGreaterThan(calls * 0.999);
  });

  test("on random rates, liquidation values and dates over a century", () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: 10000 }).map((b) => b / 10000),
          fc.double({ min: 1e-6, max: 1, noNaN: true }),
        ),
        fc.oneof(
          fc.integer({ min: 1, max: 1e6 }).map((c) => c / 100),
          fc.double({ min: 1e-6, max: 1e15, noNaN: true }),
        ),
        fc.integer({ min: 1, max: 36500 }), // the issue date itself (n = 0) is left to the Decimal
        (rate, lv, offset) => {
          runs++;
          const t = withTerms({ dividendRate: rate, liquidationValue: lv });
          if (same(t, t.issueDate + offset)) answered++;
        },
      ),
      { numRuns: 2000 },
    );
    expect(answered).toBeGreaterThan(runs * 0.99);
  });
});
