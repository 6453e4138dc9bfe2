import { Dec } from "../../../src/calc/core/decimal";
import { liquidationPreference } from "../../../src/calc/seriesC/liquidation";
import { payoffChart } from "../../../src/taskpane/charts/model/payoff";
import { D, refAccrued, terms } from "../../calc/seriesC/fixtures";
import { expectNear, values } from "./support";

const t = terms();
const mid = (a: Dec, b: Dec) => a.plus(b).div(2);

describe("Series C payoff chart (Cert §4(a))", () => {
  // 2001-06-30, inside the 30-month window, no events: conversion price $28, rate 1 (Cert §5(c)).
  const day = D(2001, 6, 30);
  const chart = payoffChart({ terms: t, day, events: [], payments: [], commonValue: new Dec(30) });
  const accrued = refAccrued(2001, 6, 30); // above the $2.80 Minimum Dividend, so A = 28 + accrued
  const a = 28 + accrued;

  test("A is Liquidation Value + accrued dividends at every point; B is 0 at a common value of 0", () => {
    for (const v of values(chart, "a")) expectNear(v, a, "A");
    expect(chart.xs[0].toNumber()).toBe(0);
    expect(values(chart, "b")[0].toNumber()).toBe(0);
  });

  test("conversion beats the preference above $28.00: B = p + D below the conversion price equals A = 28 + D at p = 28", () => {
    expect(chart.summary).toContain("Conversion beats the preference above $28.00 per common share.");
    const mark = chart.marks.find((m) => m.label.startsWith("B > A"))!;
    expectNear(mark.at, 28, "conversion point");
    const i = chart.xs.findIndex((x) => Math.abs(x.toNumber() - 28) < 1e-9);
    expect(i).toBeGreaterThan(0); // the breakpoint itself is a point of the series
    expectNear(values(chart, "b")[i], a, "B at the conversion point");
  });

  test("the Qualified Return $58.80 = 2 × $28 + $2.80 caps B from p(1 + D/28) = 58.8 to p = 58.8 (Cert §5(e)(B))", () => {
    const capFrom = 58.8 / (1 + accrued / 28);
    const qr = chart.marks.find((m) => m.axis === "y")!;
    expect(qr.label).toBe("Qualified Return $58.80");
    expectNear(chart.marks.find((m) => m.label.startsWith("cap from"))!.at, capFrom, "cap start");
    for (const x of [capFrom, 58.8]) expect(chart.xs.some((p) => Math.abs(p.toNumber() - x) < 1e-9)).toBe(true);
    chart.xs.forEach((p, i) => {
      if (p.toNumber() > capFrom + 1e-9 && p.toNumber() < 58.8 - 1e-9) expectNear(values(chart, "b")[i], 58.8, `B at ${p}`);
    });
    expect(chart.summary).toMatch(/The Qualified Return of \$58\.80 caps the as-converted value from \$50\.\d+ up to \$58\.80/);
  });

  test("every breakpoint is a point: between two points B is the straight line (midpoints checked with SERIESC_LIQPREF's calc)", () => {
    const b = values(chart, "b");
    for (let i = 2; i < chart.xs.length; i++) {
      const p = mid(chart.xs[i - 1], chart.xs[i]);
      const atMid = liquidationPreference(t, { day, commonValue: p, events: [], payments: [] }).valueB;
      expect(
        atMid
          .minus(mid(b[i - 1], b[i]))
          .abs()
          .toNumber(),
      ).toBeLessThan(1e-20);
    }
  });

  test("paid is the greater of A and B; the entered value is a marked point", () => {
    const [av, bv, paid] = [values(chart, "a"), values(chart, "b"), values(chart, "paid")];
    paid.forEach((v, i) => expect(v.eq(Dec.max(av[i], bv[i]))).toBe(true));
    expect(chart.marks.some((m) => m.label === "entered $30.00")).toBe(true);
    expect(chart.xs.some((x) => x.eq(30))).toBe(true);
  });

  test("after the 30-month anniversary there is no cap, and the summary says so", () => {
    const late = payoffChart({ terms: t, day: D(2003, 6, 30), events: [], payments: [] });
    expect(late.marks.map((m) => m.axis)).toEqual(["x"]);
    expect(late.summary).toContain("No Qualified Return cap: the date is after the 30-month anniversary, 2002-06-29.");
    // B above the price is p × (1 + D / 28): it grows without a flat piece
    const b = values(late, "b");
    for (let i = 2; i < b.length; i++) expect(b[i].gt(b[i - 1])).toBe(true);
  });

  test("the text alternative lists every point with the pane's formats", () => {
    expect(chart.table.header).toEqual(["Common value per share", "Paid: the greater of A and B", "A: Liquidation Value + dividends", "B: as converted"]);
    expect(chart.table.rows.length).toBe(chart.xs.length);
    expect(chart.table.rows[0]).toEqual(["$0.00", `$${a.toFixed(6)}`, `$${a.toFixed(6)}`, "$0.00"]);
  });
});
