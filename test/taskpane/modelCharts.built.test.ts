import { loadBuiltFunctions, builtFunction } from "../support/dist";
import { SERIES_C_EXAMPLE } from "../../src/layout";
import { DIVSCHEDULE_HEADER, EXIT_TABLE_FIRST, SCHEDULE_HEADER } from "../../src/taskpane/model/modelCharts";

/** The columns the native charts of an inserted model are found by (model/modelCharts.ts) are the headers the built functions spill. */
describe("the spill headers the charts find their columns by are the functions' own", () => {
  test("SERIESC_DIVSCHEDULE, OPTEX_SCHEDULE and SERIESC_EXIT_TABLE", () => {
    const cf = loadBuiltFunctions();
    expect((builtFunction(cf, "SERIESC_DIVSCHEDULE")(37072) as unknown[][])[0]).toEqual([...DIVSCHEDULE_HEADER]);
    expect((builtFunction(cf, "OPTEX_SCHEDULE")(750) as unknown[][])[0]).toEqual([...SCHEDULE_HEADER]);
    const capital = SERIES_C_EXAMPLE.capital.map((r) => [...r]);
    expect((builtFunction(cf, "SERIESC_EXIT_TABLE")([[0], [1e8]], 37072, capital) as unknown[][])[0]).toEqual([EXIT_TABLE_FIRST, ...capital.map((r) => r[0])]);
  });
});
