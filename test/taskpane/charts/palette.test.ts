import { webLightTheme } from "@fluentui/tokens";
import { BACKGROUNDS, GRID, INK, LOOKS, contrast } from "../../../src/taskpane/charts/view/palette";

describe("chart colours and patterns (not colour alone)", () => {
  test("the backgrounds checked are the pane's light theme (Fluent colorNeutralBackground1 and 2)", () => {
    expect(BACKGROUNDS.map((b) => b.toLowerCase())).toEqual([
      webLightTheme.colorNeutralBackground1.toLowerCase(),
      webLightTheme.colorNeutralBackground2.toLowerCase(),
    ]);
  });
  test("every series colour and the ink have at least 4.5:1 contrast against both", () => {
    for (const bg of BACKGROUNDS) {
      for (const c of [...LOOKS.map((l) => l.color), INK]) expect(contrast(c, bg)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 6); // the formula's end points (WCAG 2)
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrast(GRID, "#ffffff")).toBeLessThan(1.5); // grid lines stay in the background
  });
  test("every series also differs by dash pattern and by hatch", () => {
    const dashes = LOOKS.map((l) => l.dash.join(","));
    const hatches = LOOKS.map((l) => l.hatch);
    expect(new Set(dashes).size).toBe(LOOKS.length);
    expect(new Set(hatches).size).toBe(LOOKS.length);
  });
});
