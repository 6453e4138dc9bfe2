import { Dec } from "../../../src/calc/core/decimal";
import { ROWS, chart } from "./exampleWaterfall";
import { expectNear, fn } from "./support";

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
