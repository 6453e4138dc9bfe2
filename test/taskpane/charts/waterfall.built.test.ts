import { Dec } from "../../../src/calc/core/decimal";
import { checkCapital } from "../../../src/calc/seriesC/capital";
import { waterfallChart } from "../../../src/taskpane/charts/model/waterfall";
import { D, terms } from "../../calc/seriesC/fixtures";
import { expectNear, fn } from "./support";

const t = terms();
// name | type | quantity | a | b | c, as SERIESC_EXIT takes it
const ROWS: [string, string, number, number?, number?, number?][] = [
  ["Notes", "SENIOR", 10e6],
  ["Series C", "SERIESC", 1e6],
  ["Series D", "PARITY", 500e3, 20, 2, 1],
  ["Common", "COMMON", 10e6],
  ["Options", "OPTION", 2e6, 10],
];
const capital = checkCapital(ROWS.map(([name, type, quantity, a, b, c], i) => ({ row: i + 1, name, type, quantity, a, b, c })));
const day = D(2001, 12, 31);
const chart = waterfallChart({ terms: t, day, capital, events: [], payments: [] });

describe("waterfall points equal dist/functions.js SERIESC_EXIT_TABLE over the same exit values", () => {
  test("every plotted point", () => {
    const table = fn("SERIESC_EXIT_TABLE")(
      chart.xs.map((x) => [x.toNumber()]),
      "2001-12-31",
      ROWS.map((r) => [r[0], r[1], r[2], r[3] ?? null, r[4] ?? null, r[5] ?? null]),
    ) as (number | string)[][];
    expect(table[0]).toEqual(["proceeds", "Notes", "Series C", "Series D", "Common", "Options"]);
    chart.xs.forEach((x, i) => chart.series.forEach((s, k) => expectNear(s.values[i] as Dec, table[i + 1][k + 1] as number, `${s.label} at ${x}`)));
  });
});
