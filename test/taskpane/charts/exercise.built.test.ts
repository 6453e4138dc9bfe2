import { Dec } from "../../../src/calc/core/decimal";
import { exerciseChart } from "../../../src/taskpane/charts/model/exercise";
import { expectNear, fn } from "./support";

describe("the break-even equals dist/functions.js OPTEX_BREAKEVEN", () => {
  test.each([
    [25, 0.34, 0.75],
    [45, 12.5, 0.75],
    [3.5, 0.34, 0.5],
  ])("old %p, new %p, ratio %p", (oldStrike, newStrike, ratio) => {
    const chart = exerciseChart({ oldStrike: new Dec(oldStrike), newStrike: new Dec(newStrike), ratio: new Dec(ratio) });
    expectNear(chart.marks[0].at, fn("OPTEX_BREAKEVEN")(oldStrike, newStrike, ratio), "break-even");
  });
});
