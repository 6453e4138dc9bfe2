/**
 * The pane's theme and its charts at pane widths, in Chromium on the built dist/: the pane follows the
 * browser's colour scheme outside Office (`page.emulateMedia`) and Office's theme inside it (the
 * stand-in's `Office.context.officeTheme`), with Fluent's light or dark tokens; the charts draw again
 * in the theme's colours; axe finds no contrast problem (nor any other) in either. At 320 px and
 * 500 px the charts' text — the x axis' tick labels and the marks' labels, drawn on the canvas —
 * overlaps nowhere (the boxes the plot drew them in, measured with the canvas' own text metrics).
 */
import { Page } from "playwright-core";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { CHART_PALETTES } from "../../src/taskpane/charts/view/palette";
import { OFFICE_THEMES } from "../support/officeStandIn";
import { axeViolations, usePane } from "./harness";

const openPane = usePane();

/** Defined before the pane loads, so the pane adds `plotted(id)` and `labels(id)` to it (src/taskpane/ui/figures.ts). */
const TEST_HOOK = "window.__mpwrTest = {};";
const ROSTER =
  "Grant\tGrant date\tOptions outstanding\tExercise price\r\n1001\t3/15/2000\t1,000\t$25.00\r\n1002\t2000-11-01\t1,525\t12.50\r\n1003\t36800\t525\t4\r\n";

const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");
const themeOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

const SC_FIGURES = ["sc-fig-payoff", "sc-fig-dividends", "sc-fig-waterfall"];
const OX_FIGURES = ["ox-fig-exercise", "ox-fig-roster-vesting", "ox-fig-grant-vesting"];

/** Waits until each figure's plot is drawn in `theme` (the plot says which colours it was drawn in). */
async function drawnIn(page: Page, ids: string[], theme: "light" | "dark"): Promise<void> {
  await page
    .waitForFunction(
      ([xs, t]) =>
        xs.every((x) => document.getElementById(x)?.dataset.state === "ready" && document.querySelector(`#${x} .chart-plot`)?.getAttribute("data-theme") === t),
      [ids, theme] as const,
      { timeout: 60_000 },
    )
    .catch(() => undefined);
  const got = await page.evaluate((xs) => xs.map((x) => document.querySelector(`#${x} .chart-plot`)?.getAttribute("data-theme") ?? "not drawn"), ids);
  expect(got).toEqual(ids.map(() => theme));
}

/** Both tabs with every chart drawn: the example capital on Series C; a roster, the new price and the valuation inputs (today's stock price among them) on Option exchange. */
async function drawEverything(page: Page): Promise<void> {
  await page.click("#sc-capital-example");
  await page.click("#tab-optex");
  await page.fill("#ox-roster", ROSTER);
  await page.fill("#ox-newstrike", "4.50");
  await page.fill("#ox-spot", "30");
  await page.fill("#ox-rate", "0.05");
  await page.fill("#ox-vol", "0.8");
  await page.click("#tab-seriesc");
}

/** The pane's own colours: the page and a card in the theme's Fluent tokens. */
async function expectColours(page: Page, theme: "light" | "dark"): Promise<void> {
  const tokens = theme === "dark" ? webDarkTheme : webLightTheme;
  const got = await page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    scheme: getComputedStyle(document.documentElement).colorScheme,
  }));
  expect(got).toEqual({ body: rgb(tokens.colorNeutralBackground2), text: rgb(tokens.colorNeutralForeground1), scheme: theme });
}

/** axe on each tab (both tabs' figures drawn), nothing left out. */
async function axeBothTabs(page: Page): Promise<void> {
  await page.click("#tab-seriesc");
  expect(await axeViolations(page)).toEqual([]);
  await page.click("#tab-optex");
  expect(await axeViolations(page)).toEqual([]);
  await page.click("#tab-seriesc");
}

describe("outside Office: the browser's colour scheme", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane("none", 320, TEST_HOOK));
    await page.emulateMedia({ colorScheme: "light" });
    await ready(page);
    await drawEverything(page);
  });
  afterAll(() => page.close());

  test("light: Fluent's light tokens, the charts in the light palette, axe clean on both tabs", async () => {
    expect(await themeOf(page)).toBe("light");
    await expectColours(page, "light");
    await drawnIn(page, SC_FIGURES, "light");
    await axeBothTabs(page);
    await drawnIn(page, OX_FIGURES, "light");
  });

  test("the scheme turns dark: the pane follows at once, every chart draws again in the dark palette (legend too), axe clean on both tabs", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await expectColours(page, "dark");
    await drawnIn(page, [...SC_FIGURES, ...OX_FIGURES], "dark");
    const legend = await page.locator("#sc-fig-payoff .chart-legend line").first().getAttribute("stroke");
    expect(legend).toBe(CHART_PALETTES.dark.looks[0].color);
    await axeBothTabs(page);
    expect(errors).toEqual([]);
  });

  test("and back to light", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
    await drawnIn(page, [...SC_FIGURES, ...OX_FIGURES], "light");
    expect(await page.locator("#sc-fig-payoff .chart-legend line").first().getAttribute("stroke")).toBe(CHART_PALETTES.light.looks[0].color);
  });
});

describe("inside Excel: Office's theme wins over the browser's scheme", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    // Excel in its Black theme, on a system whose browser scheme is light.
    ({ page, errors } = await openPane("fake", 320, `${TEST_HOOK} window.__mpwrOfficeTheme = ${JSON.stringify(OFFICE_THEMES.black)};`));
    await page.emulateMedia({ colorScheme: "light" });
    await page.waitForFunction(() => document.getElementById("mode")?.textContent?.includes("In Excel"));
    await ready(page);
    await drawEverything(page);
  });
  afterAll(() => page.close());

  test("Office's Black theme: the pane and its charts dark, axe clean on both tabs", async () => {
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await expectColours(page, "dark");
    await drawnIn(page, SC_FIGURES, "dark");
    await axeBothTabs(page);
    await drawnIn(page, OX_FIGURES, "dark");
  });

  test("the user picks Colorful in Excel: read again when the pane gets focus; the pane and charts turn light, axe clean", async () => {
    await page.evaluate((t) => (window as any).__fakeExcel.setOfficeTheme(t), OFFICE_THEMES.colorful);
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
    await expectColours(page, "light");
    await drawnIn(page, [...SC_FIGURES, ...OX_FIGURES], "light");
    await axeBothTabs(page);
    // The browser's scheme changing does not override Office's theme.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    expect(await themeOf(page)).toBe("light");
    expect(errors).toEqual([]);
  });
});

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const pairs = <T>(xs: readonly T[]): [T, T][] => xs.flatMap((a, i) => xs.slice(i + 1).map((b): [T, T] => [a, b]));
const box = (r: Rect) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.w)}×${Math.round(r.h)}`;

describe.each([320, 500])("charts in a pane %i px wide: no label overlaps another", (width) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane("none", width, TEST_HOOK));
    await ready(page);
    await drawEverything(page);
  });
  afterAll(() => page.close());

  test.each([...SC_FIGURES, ...OX_FIGURES])("%s: tick labels side by side, marks' labels apart and inside the canvas", async (id) => {
    if (id.startsWith("ox-")) await page.click("#tab-optex");
    else await page.click("#tab-seriesc");
    await drawnIn(page, [id], "light");
    await page.locator(`#${id} figure`).scrollIntoViewIfNeeded();
    const drawn = (await page.evaluate((x) => (window as any).__mpwrTest.labels(x), id)) as { ticks: Rect[]; marks: Rect[] };
    const canvas = await page.evaluate((x) => {
      const c = document.querySelector(`#${x} canvas`) as HTMLCanvasElement;
      return { w: c.clientWidth, h: c.clientHeight };
    }, id);
    expect(canvas.w).toBeLessThanOrEqual(width);
    expect(drawn.ticks.length).toBeGreaterThanOrEqual(2);
    for (const [a, b] of pairs(drawn.ticks)) expect([box(a), box(b), overlap(a, b)]).toEqual([box(a), box(b), false]);
    for (const r of [...drawn.ticks, ...drawn.marks]) expect([box(r), r.x >= 0 && r.x + r.w <= canvas.w]).toEqual([box(r), true]);
    for (const [a, b] of pairs(drawn.marks)) expect([box(a), box(b), overlap(a, b)]).toEqual([box(a), box(b), false]);
    for (const [a, b] of drawn.marks.flatMap((m) => drawn.ticks.map((t): [Rect, Rect] => [m, t])))
      expect([box(a), box(b), overlap(a, b)]).toEqual([box(a), box(b), false]);
    if (id === "ox-fig-exercise") expect(drawn.marks.length).toBe(2); // the break-even and today's stock price
    expect(errors).toEqual([]);
  });
});
