import { installCustomFunctions } from "../../support/customFunctions";
installCustomFunctions();
import { seriesCAccrued, seriesCDivSchedule, seriesCMinDiv } from "../../../src/functions/seriesC/dividends";
import { seriesCAdjustments, seriesCConvPrice, seriesCConvRate } from "../../../src/functions/seriesC/conversionPrice";
import { seriesCRedemption, seriesCRedemptionMultiple } from "../../../src/functions/seriesC/redemption";
import { NONE, expectExcelError, serial } from "./support";
import { adjustmentsUntil } from "../../../src/calc/seriesC/conversionPrice";
import { checkEvents } from "../../../src/calc/seriesC/events";
import { seriesCTerms } from "../../../src/calc/seriesC/terms";
import { dayFromSerial } from "../../../src/calc/time/excelSerial";
import { eventsArg } from "../../../src/input/seriesCTables";

describe("SERIESC_DIVSCHEDULE (Cert §2)", () => {
  test("header, then one row per period; closing of the last row = SERIESC_ACCRUED", () => {
    const out = seriesCDivSchedule("2001-06-30");
    expect(out[0]).toEqual(["period end", "days", "year days", "opening balance", "dividend", "paid", "closing accrued"]);
    expect(out.length).toBe(4); // 1999 stub, 2000, part of 2001
    const stub = 28 * 0.1 * (2 / 365);
    expect(out[1].slice(0, 3)).toEqual([serial(1999, 12, 31), 2, 365]);
    expect(out[1][4]).toBeCloseTo(stub, 12);
    const y2000 = (28 + stub) * 0.1; // full year 2000 (366/366)
    expect(out[2].slice(0, 3)).toEqual([serial(2000, 12, 31), 366, 366]);
    expect(out[2][3]).toBeCloseTo(stub, 12);
    expect(out[2][6]).toBeCloseTo(stub + y2000, 12);
    const b = stub + y2000;
    expect(out[3].slice(0, 3)).toEqual([serial(2001, 6, 30), 181, 365]);
    expect(out[3][6]).toBeCloseTo(b + (28 + b) * 0.1 * (181 / 365), 12);
    expect(out[3][6]).toBe(seriesCAccrued("2001-06-30"));
    out.forEach((r) => expect(r.length).toBe(7));
  });
  test("a payment reduces the oldest (compounded) dividends first and shows in its period", () => {
    const out = seriesCDivSchedule(serial(2001, 6, 30), [[serial(2001, 3, 31), 1]]);
    expect(out[3][5]).toBe(1);
    const stub = 28 * 0.1 * (2 / 365);
    const b = stub + (28 + stub) * 0.1;
    // 90 days (2000-12-31 → 2001-03-31) on 28 + b; the $1 comes off b; then 91 days on 28 + b − 1
    const expected = b - 1 + (28 + b) * 0.1 * (90 / 365) + (28 + b - 1) * 0.1 * (91 / 365);
    expect(out[3][6]).toBeCloseTo(expected, 12);
  });
  test("stubDays inclusive counts 3 days in 1999", () => {
    const out = seriesCDivSchedule("1999-12-31", NONE, [["stubDays", "inclusive"]]);
    expect(out[1][1]).toBe(3);
    expect(out[1][4]).toBeCloseTo(28 * 0.1 * (3 / 365), 12);
  });
  test("errors name the argument", () => {
    expectExcelError(() => seriesCDivSchedule(""), "#VALUE!", "asOf");
    expectExcelError(() => seriesCDivSchedule("1999-12-28"), "#NUM!", "asOf");
    expectExcelError(() => seriesCDivSchedule(40000, [[40000, "x"]]), "#VALUE!", "payments");
    expectExcelError(() => seriesCDivSchedule(40000, [[40000, -1]]), "#NUM!", "payments");
    expectExcelError(() => seriesCDivSchedule(40000, NONE, [["nope", 1]]), "#VALUE!", "terms");
  });
});

describe("SERIESC_MINDIV (Cert §12 Minimum Dividend Amount)", () => {
  test("$2.80 less payments strictly before the date; a payment on the date counts only from the next day", () => {
    const pays = [[serial(2001, 12, 31), 1]];
    expect(seriesCMinDiv("2001-06-30")).toBe(2.8);
    expect(seriesCMinDiv("2001-12-31", pays)).toBe(2.8);
    expect(seriesCMinDiv("2002-01-01", pays)).toBeCloseTo(1.8, 12);
    expect(
      seriesCMinDiv("2003-01-01", [
        [serial(2001, 12, 31), 2],
        [serial(2002, 12, 31), 2],
      ]),
    ).toBe(0);
    // but a payment on asOf already reduces the accrual (SERIESC_ACCRUED)
    expect(seriesCAccrued("2001-12-31", pays)).toBeCloseTo(seriesCAccrued("2001-12-31") - 1, 12);
  });
  test("errors", () => {
    expectExcelError(() => seriesCMinDiv(true), "#VALUE!", "asOf");
    expectExcelError(() => seriesCMinDiv("1999-01-01"), "#NUM!", "asOf");
    expectExcelError(() => seriesCMinDiv("2000-01-01", [["2000-01-01", 5]]), "#NUM!", "payments"); // more than accrued
    expectExcelError(() => seriesCMinDiv("2000-01-01", NONE, [["minimumDividend", -1]]), "#NUM!", "terms");
  });
});

describe("SERIESC_CONVRATE and SERIESC_ADJUSTMENTS (Cert §5(c)-(l))", () => {
  const split = [[serial(2000, 8, 29), "SPLIT", 1.5]];
  test("rate = 28 / conversion price; 1.5 after the 3-for-2 split", () => {
    expect(seriesCConvRate("2000-08-28", split)).toBe(1);
    expect(seriesCConvRate("2000-08-29", split)).toBeCloseTo(1.5, 12);
    expect(seriesCConvRate("2000-08-29", split) * seriesCConvPrice("2000-08-29", split)).toBeCloseTo(28, 12);
  });
  test("certificate of adjustment: weighted average vs ratchet at the 18-month anniversary (2001-06-29), floor", () => {
    const terms = [["initialConversionPrice", 40]];
    const events = [
      ["date", "type", "a", "b", "c", "d"],
      [serial(2001, 6, 28), "ISSUE", 1_000_000, 30_000_000, 9_000_000, 30], // EP 30 < 40, before the 18-month anniversary, FMV $30M > $5M → ratchet to 30
      [serial(2001, 6, 29), "ISSUE", 1_000_000, 29_000_000, 10_000_000], // EP 29 < 30 on the anniversary → weighted average
      [serial(2002, 1, 2), "ISSUE", 1_000_000, 1_000_000, 10_000_000], // EP 1: weighted would go below the floor of 28
      [serial(2003, 1, 2), "ISSUE", 1, 100, 100], // after asOf: not listed
    ];
    const out = seriesCAdjustments("2002-12-31", events, terms);
    expect(out[0]).toEqual(["date", "type", "effective price", "rule applied", "price before", "price after", "note"]);
    expect(out.length).toBe(4);
    expect(out[1].slice(0, 6)).toEqual([serial(2001, 6, 28), "ISSUE", 30, "§5(k)(5) full ratchet", 40, 30]);
    const wa = (30 * 10_000_000 + 29_000_000) / 11_000_000;
    expect(out[2][3]).toBe("§5(k)(1) weighted average");
    expect(out[2][5]).toBeCloseTo(wa, 12);
    expect(out[3][5]).toBe(28);
    expect(out[3][6]).toMatch(/floor/);
    out.forEach((r) => expect(r.length).toBe(7));
  });
  test("the $5.0M carve-out: FMV within $5.0M before the 18-month anniversary gets the weighted average", () => {
    const out = seriesCAdjustments("2001-12-31", [[serial(2001, 6, 28), "ISSUE", 100_000, 3_000_000, 9_900_000, 45]], [["initialConversionPrice", 40]]);
    expect(out[1][3]).toBe("§5(k)(1) weighted average");
    expect(out[1][5]).toBeCloseTo((40 * 9_900_000 + 3_000_000) / 10_000_000, 12);
    expect(out[1][6]).toMatch(/carve-out/);
  });
  test("with the certificate's own terms the floor binds: no reduction, said in the note", () => {
    const out = seriesCAdjustments("2001-12-31", [[serial(2001, 1, 2), "ISSUE", 100, 100, 1000]]);
    expect(out[1][4]).toBe(28);
    expect(out[1][5]).toBe(28);
    expect(out[1][6]).toMatch(/floor \(Liquidation Value\) binds/);
  });
  test("the effective price column is the double of the Decimal consideration ÷ shares on every line (plan options above the cap, expired rights replayed, fractional cells)", () => {
    const { realisticTable } = require("../../../bench/events.js") as { realisticTable: (rows: number, seed: number) => unknown[][] };
    const table = realisticTable(3000, 7);
    table.push([serial(2030, 1, 2), "ISSUE", 1000.5, 33333.25, 1e9, null], [serial(2030, 1, 3), "RIGHTS", 3, 1e-9, 1e9, null]); // not whole numbers: divided in Decimal
    for (const terms of [null, [["initialConversionPrice", 40]]]) {
      const t = seriesCTerms(terms ? [{ name: "initialConversionPrice", value: 40 }] : []);
      const expected = adjustmentsUntil(t, checkEvents(t, eventsArg(table)), dayFromSerial(2958465) as number).map((a) =>
        a.effectivePrice === undefined ? "" : a.effectivePrice.toNumber(),
      );
      const out = seriesCAdjustments(2958465, table, terms as never);
      expect(out.slice(1).map((r) => r[2])).toEqual(expected);
      expect(expected.filter((x) => x !== "").length).toBeGreaterThan(1500);
    }
  });
  test("an empty events range gives the header only; events omitted is #VALUE!", () => {
    expect(seriesCAdjustments("2001-12-31", [[null, null]])).toEqual([
      ["date", "type", "effective price", "rule applied", "price before", "price after", "note"],
    ]);
    expectExcelError(() => seriesCAdjustments("2001-12-31", undefined as unknown as unknown[][]), "#VALUE!", "events");
  });
  test("errors", () => {
    expectExcelError(() => seriesCConvRate("junk"), "#VALUE!", "asOf");
    expectExcelError(() => seriesCConvRate("1999-01-01"), "#NUM!", "asOf");
    expectExcelError(() => seriesCConvRate("2001-01-01", [[serial(2000, 8, 29), "SPLAT", 1.5]]), "#VALUE!", "events");
    expectExcelError(() => seriesCConvRate("2001-01-01", [[serial(2000, 8, 29), "SPLIT", 0]]), "#NUM!", "events");
    expectExcelError(() => seriesCConvRate("2001-01-01", NONE, [["floorAdjustedForSplits", "maybe"]]), "#VALUE!", "terms");
    expectExcelError(() => seriesCAdjustments(0, split), "#VALUE!", "asOf");
    expectExcelError(() => seriesCAdjustments("2001-01-01", split, [["x", 1]]), "#VALUE!", "terms");
  });
});

describe("SERIESC_REDEMPTION_MULTIPLE (Cert §6(b))", () => {
  test("year boundaries on the anniversaries; #N/A from the sixth anniversary on", () => {
    expect(seriesCRedemptionMultiple("1999-12-29")).toBe(2.5);
    expect(seriesCRedemptionMultiple("2000-12-29")).toBe(2.5);
    expect(seriesCRedemptionMultiple("2001-12-28")).toBe(2.5);
    expect(seriesCRedemptionMultiple("2001-12-29")).toBe(3);
    expect(seriesCRedemptionMultiple("2005-12-28")).toBe(4.5);
    expectExcelError(() => seriesCRedemptionMultiple("2005-12-29"), "#N/A", "date");
    expectExcelError(() => seriesCRedemptionMultiple("1999-12-28"), "#NUM!", "date");
    expectExcelError(() => seriesCRedemptionMultiple([[1, 2]]), "#VALUE!", "date");
    expectExcelError(() => seriesCRedemptionMultiple(40000, [["issueDate", "soon"]]), "#VALUE!", "terms");
  });
  test("3D from the sixth anniversary on is the Optional Redemption Price (the §6(b) table has ended)", () => {
    const r = seriesCRedemption("2006-01-10", 10, "3D");
    expect(r).toBeGreaterThan(0);
    expect(seriesCRedemption("2006-01-10", 10, "3E")).toBe(r);
  });
});
