import { accruedDividends } from "../../../src/calc/seriesC/dividends";
import { formatIso } from "../../../src/calc/time/civil";
import { dividendsChart } from "../../../src/taskpane/charts/model/dividends";
import { D, pay, refAccrued, terms } from "../../calc/seriesC/fixtures";
import { expectNear, values } from "./support";

const t = terms();

describe("Series C dividends chart (Cert §2, §12)", () => {
  const chart = dividendsChart({ terms: t, asOf: D(2001, 6, 30), payments: [] });
  const days = chart.xs.map((x) => formatIso(x.toNumber()));

  test("runs from the Original Issue Date to the 30-month anniversary; points at each 31 December, the as-of date and the anniversary", () => {
    expect(days).toEqual(["1999-12-29", "1999-12-31", "2000-12-29", "2000-12-31", "2001-06-30", "2001-12-31", "2002-06-29"]);
  });

  test("accrued dividends equal the certificate's compounding worked by hand (2/365 stub, 10% compounded each 31 December)", () => {
    const hand = days.map((d) => {
      const [y, m, dd] = d.split("-").map(Number);
      return refAccrued(y, m, dd);
    });
    values(chart, "accrued").forEach((v, i) => expectNear(v, hand[i], days[i]));
  });

  test("the Minimum Dividend ($2.80) and the 30-month anniversary are marked; accrued first reaches $2.80 on 2000-12-29", () => {
    expect(chart.marks.map((m) => m.label)).toEqual(["30 months 2002-06-29", "Minimum Dividend $2.80", "as of 2001-06-30"]);
    for (const v of values(chart, "minimum")) expect(v.toNumber()).toBe(2.8);
    // by hand: 2000-12-28 is below $2.80, 2000-12-29 above
    expect(refAccrued(2000, 12, 28)).toBeLessThan(2.8);
    expect(refAccrued(2000, 12, 29)).toBeGreaterThanOrEqual(2.8);
    expect(chart.summary).toContain("They first reach the Minimum Dividend Amount still due on 2000-12-29");
    expect(chart.summary).toContain("Accrued dividends are $4.345056 per share on 2001-06-30");
  });

  test("between two points the accrual is a straight line in days (every day checked against SERIESC_ACCRUED's calc)", () => {
    const accrued = values(chart, "accrued");
    for (let i = 1; i < chart.xs.length; i++) {
      const [d0, d1] = [chart.xs[i - 1].toNumber(), chart.xs[i].toNumber()];
      for (let d = d0 + 1; d < d1; d++) {
        const line = accrued[i - 1].plus(
          accrued[i]
            .minus(accrued[i - 1])
            .times(d - d0)
            .div(d1 - d0),
        );
        expect(accruedDividends(t, d).minus(line).abs().toNumber()).toBeLessThan(1e-25);
      }
    }
  });

  test("a payment: the day before, the day and the day after are points; the Minimum Dividend still due falls to 0 the day after", () => {
    const paid = dividendsChart({ terms: t, asOf: D(2003, 6, 30), payments: [pay(1, 2000, 12, 31, 2.8)] });
    const d = paid.xs.map((x) => formatIso(x.toNumber()));
    for (const day of ["2000-12-30", "2000-12-31", "2001-01-01"]) expect(d).toContain(day);
    const minimum = values(paid, "minimum");
    expect(minimum[d.indexOf("2000-12-31")].toNumber()).toBe(2.8); // paid before the date only (Cert §12)
    expect(minimum[d.indexOf("2001-01-01")].toNumber()).toBe(0);
    // the whole balance paid on 31 December: what accrues after is on $28 again
    expectNear(values(paid, "accrued")[d.indexOf("2000-12-31")], refAccrued(2000, 12, 31) - 2.8, "after the payment");
  });
});
