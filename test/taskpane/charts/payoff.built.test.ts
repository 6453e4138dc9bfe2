import { payoffChart } from "../../../src/taskpane/charts/model/payoff";
import { D, evts, terms } from "../../calc/seriesC/fixtures";
import { expectNear, fn, values } from "./support";

const t = terms();

describe("payoff points equal dist/functions.js SERIESC_LIQDETAIL at every sample value", () => {
  test.each([
    ["2001-06-30, no events", D(2001, 6, 30), [] as [string, string, number][]],
    ["2001-06-30, after a 3-for-2 split (price $18.666667)", D(2001, 6, 30), [["2000-08-29", "SPLIT", 1.5]] as [string, string, number][]],
    ["2000-06-30, before the first anniversary", D(2000, 6, 30), [] as [string, string, number][]],
    ["2004-03-31, after the window", D(2004, 3, 31), [] as [string, string, number][]],
  ])("%s", (_name, day, rows) => {
    const events = evts(
      t,
      rows.map(([date, type, a]) => ({ day: D(...(date.split("-").map(Number) as [number, number, number])), type, a })),
    );
    const chart = payoffChart({ terms: t, day, events, payments: [] });
    const detail = fn("SERIESC_LIQDETAIL");
    chart.xs.forEach((p, i) => {
      const out = detail(day, p.toNumber(), rows.length ? rows : null) as [string, number | string][];
      expectNear(values(chart, "a")[i], out[1][1] as number, `A at ${p}`);
      expectNear(values(chart, "b")[i], out[2][1] as number, `B at ${p}`);
      expectNear(values(chart, "paid")[i], fn("SERIESC_LIQPREF")(day, p.toNumber(), rows.length ? rows : null), `paid at ${p}`);
    });
  });
});
