import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { BACKGROUNDS, CHART_PALETTES, GRID, INK, LOOKS, contrast } from "../../../src/taskpane/charts/view/palette";

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
  test("in both themes, every series colour and the ink have 4.5:1 against the theme's backgrounds (Fluent colorNeutralBackground1 and 2)", () => {
    for (const [name, theme] of [
      ["light", webLightTheme],
      ["dark", webDarkTheme],
    ] as const) {
      const p = CHART_PALETTES[name];
      expect(p.backgrounds.map((b) => b.toLowerCase())).toEqual([theme.colorNeutralBackground1.toLowerCase(), theme.colorNeutralBackground2.toLowerCase()]);
      for (const bg of p.backgrounds) {
        for (const c of [...p.looks.map((l) => l.color), p.ink]) expect([name, c, bg, contrast(c, bg) >= 4.5]).toEqual([name, c, bg, true]);
        expect(contrast(p.grid, bg)).toBeLessThan(1.6); // grid lines stay in the background
      }
      expect(new Set(p.looks.map((l) => l.color)).size).toBe(p.looks.length);
    }
    // The dark series keep the light ones' dashes and hatches: only the colours change.
    expect(CHART_PALETTES.dark.looks.map((l) => [l.dash, l.hatch])).toEqual(LOOKS.map((l) => [l.dash, l.hatch]));
  });
});
