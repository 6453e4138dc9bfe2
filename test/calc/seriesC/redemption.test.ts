import { Dec } from "../../../src/calc/core/decimal";
import { RedemptionTrigger, redemptionMultiple, redemptionPrice } from "../../../src/calc/seriesC/redemption";
import { D, defaults, events, num, pay, referenceAccrued } from "./helpers";

const t = defaults();
const price = (day: number, fmv: number, trigger: RedemptionTrigger = "6A", noticeDay?: number) =>
  num(redemptionPrice(t, { day, fmv: new Dec(fmv), trigger, noticeDay, events: [], payments: [] }).price);

describe("Cert §6(b) redemption multiple by year", () => {
  const cases: [number, number, number, number][] = [
    [1999, 12, 29, 2.5], // year 1 starts on the issue date
    [2000, 12, 28, 2.5],
    [2000, 12, 29, 2.5], // year 2 starts on the first anniversary
    [2001, 12, 28, 2.5],
    [2001, 12, 29, 3], // year 3
    [2002, 12, 29, 3.5], // year 4
    [2003, 12, 29, 4], // year 5
    [2004, 12, 29, 4.5], // year 6
    [2005, 12, 28, 4.5],
  ];
  test.each(cases)("%i-%i-%i → %d × LV", (y, m, d, k) => {
    expect(num(redemptionMultiple(t, D(y, m, d)))).toBe(k);
  });
  test("from the sixth anniversary on there is no multiple: #N/A", () => {
    expect(() => redemptionMultiple(t, D(2005, 12, 29))).toThrow(/^date: the §6\(b\) table ends with year 6/);
    try {
      redemptionMultiple(t, D(2010, 1, 1));
    } catch (e) {
      expect((e as { code: string }).code).toBe("na");
    }
  });
  test("before the issue date: #NUM!", () => {
    expect(() => redemptionMultiple(t, D(1999, 12, 28))).toThrow(/before the Original Issue Date/);
  });
});

describe("Cert §6(a) holders' Optional Redemption (trigger 6A)", () => {
  test("not allowed on or before the sixth anniversary 2005-12-29", () => {
    expect(() => price(D(2005, 12, 29), 10)).toThrow(
      /^redemptionDate and trigger: with trigger 6A \(the holders' election\) holders may require redemption only after the sixth anniversary 2005-12-29/,
    );
  });
  test("without a notice date the earliest redemption date is 2006-03-30: notice on 2005-12-30 at the earliest, + 90 days", () => {
    // 2005-12-30 + 90 days: 2 days to 2005-12-31... 1 (Dec 31) + 31 (Jan) + 28 (Feb) + 30 (Mar) = 90 → 2006-03-30
    expect(() => price(D(2006, 3, 29), 10)).toThrow(
      /^redemptionDate and trigger: without a notice date the earliest holders' redemption date is 2006-03-30: the notice can be given after the sixth anniversary 2005-12-29, at the earliest 2005-12-30, and at least 90 days before the redemption \(Cert §6\(a\)\); 2006-03-29 is earlier$/,
    );
    expect(() => price(D(2006, 1, 15), 10)).toThrow(/earliest holders' redemption date is 2006-03-30/);
    try {
      price(D(2006, 1, 15), 10);
    } catch (e) {
      expect((e as { code: string }).code).toBe("num");
    }
  });
  test("on 2006-03-30: LV + accrued when the common is worth less (A > B)", () => {
    const acc = referenceAccrued(2006, 3, 30);
    const b = (1 + acc / 10) * 10; // dividend shares at the lower of FMV 10 and CP 28
    expect(price(D(2006, 3, 30), 10)).toBeCloseTo(Math.max(28 + acc, b), 9);
    expect(28 + acc).toBeGreaterThan(b);
  });
  test("B = (rate + dividend shares) × FMV when the common is worth more than the conversion price", () => {
    const acc = referenceAccrued(2007, 3, 1);
    expect(price(D(2007, 3, 1), 60)).toBeCloseTo((1 + acc / 28) * 60, 9);
  });
  test("B uses the conversion price after events (3-for-2 split: rate 1.5)", () => {
    const ev = events(t, [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    const acc = referenceAccrued(2007, 3, 1);
    const cp = 28 / 1.5;
    const r = redemptionPrice(t, { day: D(2007, 3, 1), fmv: new Dec(40), trigger: "6A", events: ev, payments: [] });
    expect(num(r.price)).toBeCloseTo((1.5 + acc / cp) * 40, 9);
  });
  test("dividends paid reduce the Minimum Dividend Amount that A pays when it exceeds accrued", () => {
    const paid = [pay(1, 2000, 3, 1, 0.4)];
    const r = redemptionPrice(t, { day: D(2000, 6, 1), fmv: new Dec(10), trigger: "SALE", events: [], payments: paid });
    expect(num(r.valueA)).toBeCloseTo(28 + (2.8 - 0.4), 12);
    expect(num(r.valueB)).toBeCloseTo((1 + 2.4 / 10) * 10, 12);
    expect(num(r.price)).toBeCloseTo(30.4, 12);
  });
  test("notice window: 90 to 120 days before the redemption date", () => {
    const notice = D(2006, 1, 10);
    expect(price(notice + 90, 10, "6A", notice)).toBeCloseTo(28 + referenceAccrued(2006, 4, 10), 9);
    expect(price(notice + 120, 10, "6A", notice)).toBeGreaterThan(28);
    expect(() => price(notice + 89, 10, "6A", notice)).toThrow(
      /^redemptionDate and noticeDate: the redemption date must be 90 to 120 days after the notice \(Cert §6\(a\)\); .* is 89 days/,
    );
    expect(() => price(notice + 121, 10, "6A", notice)).toThrow(/121 days/);
  });
  test("the holders' notice itself must come after the sixth anniversary", () => {
    const notice = D(2005, 12, 1);
    expect(() => price(notice + 100, 10, "6A", notice)).toThrow(
      /^noticeDate and trigger: the holders' notice 2005-12-01 must come after the sixth anniversary/,
    );
  });
});

describe("redemption upon a Sale of the Company (trigger SALE)", () => {
  test("allowed at any date after issue", () => {
    expect(price(D(2000, 6, 1), 10, "SALE")).toBeCloseTo(28 + 2.8, 12); // Minimum Dividend exceeds accrued
  });
  test("on or before the 30-month anniversary the value is capped at the Qualified Return $58.80", () => {
    expect(price(D(2002, 6, 29), 55, "SALE")).toBeCloseTo(58.8, 12);
  });
  test("one day after the 30-month anniversary dividends are no longer extinguished", () => {
    const acc = referenceAccrued(2002, 6, 30);
    expect(price(D(2002, 6, 30), 55, "SALE")).toBeCloseTo((1 + acc / 28) * 55, 9);
  });
  test("the Qualified Return never takes away principal: a conversion worth more than $58.80 keeps its principal", () => {
    expect(price(D(2001, 1, 1), 70, "SALE")).toBe(70);
  });
  test("6A-style conversion (OPTIONAL) keeps all dividends even early when trigger is 3D", () => {
    const acc = referenceAccrued(2002, 6, 1);
    expect(price(D(2002, 6, 1), 55, "3D")).toBeCloseTo(Math.max((1 + acc / 28) * 55, 3 * 28), 9);
  });
  test("notice window 90–120 days applies to SALE too", () => {
    const notice = D(2002, 1, 1);
    expect(() => price(notice + 30, 10, "SALE", notice)).toThrow(/^redemptionDate and noticeDate: the redemption date must be 90 to 120 days after the notice/);
  });
});

describe("Company Redemption after §3(d)/§3(e): at least the §6(b) multiple × LV", () => {
  test.each([
    ["3D", 2000, 6, 1, 2.5],
    ["3E", 2001, 6, 1, 2.5],
    ["3D", 2002, 1, 1, 3],
    ["3E", 2003, 1, 1, 3.5],
    ["3D", 2004, 1, 1, 4],
    ["3E", 2005, 6, 1, 4.5],
  ] as [RedemptionTrigger, number, number, number, number][])("%s on %i-%i-%i: %d × $28", (trigger, y, m, d, k) => {
    expect(price(D(y, m, d), 5, trigger)).toBeCloseTo(k * 28, 12);
  });
  test("from the sixth anniversary on the table ends: the Optional Redemption Price alone", () => {
    expect(price(D(2006, 1, 1), 5, "3D")).toBeCloseTo(28 + referenceAccrued(2006, 1, 1), 9);
  });
  test("notice: the redemption date at most 60 days after the Company Redemption Notice", () => {
    const notice = D(2002, 1, 1);
    expect(price(notice + 60, 5, "3D", notice)).toBe(84);
    expect(price(notice, 5, "3E", notice)).toBe(84);
    expect(() => price(notice + 61, 5, "3D", notice)).toThrow(
      /^redemptionDate and noticeDate: the redemption date must be at most 60 days after the notice \(Cert §3\(d\)\)/,
    );
    expect(() => price(notice - 1, 5, "3E", notice)).toThrow(/\(Cert §3\(e\)\); .* is -1 days/);
  });
});

describe("redemption argument domains", () => {
  test("fmv must be greater than 0", () => {
    expect(() => price(D(2006, 6, 1), 0)).toThrow(/^fmv: /);
  });
  test("a redemption date before issue is #NUM!", () => {
    expect(() => price(D(1999, 1, 1), 10, "SALE")).toThrow(/^redemptionDate: date 1999-01-01 is before the Original Issue Date/);
  });
});
