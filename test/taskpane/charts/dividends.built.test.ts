import { Dec } from "../../../src/calc/core/decimal";
import { formatIso } from "../../../src/calc/time/civil";
import { dividendsChart } from "../../../src/taskpane/charts/model/dividends";
import { D, pay, terms } from "../../calc/seriesC/fixtures";
import { expectNear, fn, values } from "./support";

const t = terms();

describe("dividend points equal dist/functions.js SERIESC_ACCRUED, SERIESC_MINDIV and SERIESC_DIVSCHEDULE", () => {
  test("with two payments, to 2004-03-31", () => {
    const payments = [pay(1, 2000, 12, 31, 2.8), pay(2, 2002, 7, 15, 1.25)];
    const rows = [
      ["2000-12-31", 2.8],
      ["2002-07-15", 1.25],
    ];
    const chart = dividendsChart({ terms: t, asOf: D(2004, 3, 31), payments });
    chart.xs.forEach((x, i) => {
      expectNear(values(chart, "accrued")[i], fn("SERIESC_ACCRUED")(x.toNumber(), rows), `accrued ${formatIso(x.toNumber())}`);
      expectNear(values(chart, "minimum")[i], fn("SERIESC_MINDIV")(x.toNumber(), rows), `minimum ${formatIso(x.toNumber())}`);
    });
    // each 31 December's point is the ledger's closing balance
    const ledger = fn("SERIESC_DIVSCHEDULE")(D(2004, 3, 31), rows) as number[][];
    for (const row of ledger.slice(1)) {
      const i = chart.xs.findIndex((x) => x.eq(new Dec(row[0])));
      expect(i).toBeGreaterThanOrEqual(0);
      expectNear(values(chart, "accrued")[i], row[6], `closing ${formatIso(row[0])}`);
    }
  });
});
