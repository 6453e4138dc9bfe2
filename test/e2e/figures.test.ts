/**
 * The figure component in Chromium (Debian chromium + playwright-core): a test
 * page built with the project's webpack configuration and served under a path,
 * as a production site is (https://host/tools/mpwr/): captions, text
 * alternatives, plotted values equal to the model's, axe, 320 px, keyboard,
 * in-place updates, and uPlot loaded on first need from its own chunk.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { AddressInfo } from "net";
import { Browser, Page } from "playwright-core";
import { ChartData, ChartResult, isProblem } from "../../src/taskpane/charts/model/types";
import { plotData } from "../../src/taskpane/charts/view/plot";
import { buildFiguresPage } from "./charts/build";
import { CAPITAL, Scenario, chartOf } from "./charts/scenarios";
import { DIST, SCREENSHOTS, axeViolations, launch } from "./harness";

const BASE_PATH = "/tools/mpwr/";
// Strings only uPlot's code has (its CSS class names): where the library is.
const UPLOT_MARKERS = ["u-cursor-x", "u-legend"];

let out: string;
let server: http.Server;
let url: string;
const requested: string[] = [];
let browser: Browser;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "mpwr-figures-"));
  await buildFiguresPage(out);
  server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requested.push(p);
    const file = p.startsWith(BASE_PATH) ? path.resolve(out, p.slice(BASE_PATH.length)) : "";
    if (!file.startsWith(out + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}figures.html`;
  browser = await launch();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const SCENARIOS: Record<string, Scenario> = {
  payoff: { chart: "payoff", day: "2001-06-30", commonValue: 30 },
  dividends: { chart: "dividends", asOf: "2003-06-30", payments: [["2000-12-31", 2.8]] },
  waterfall: { chart: "waterfall", day: "2001-12-31", capital: CAPITAL },
  exercise: { chart: "exercise", oldStrike: 25, newStrike: 0.34, ratio: 0.75, grant: "1001" },
  roster: { chart: "vesting", sizes: [750, 1143, 393, 3750, 18] },
  grant: { chart: "vesting", sizes: [750], grant: "1001" },
};

async function render(page: Page, name: string, s: Scenario): Promise<void> {
  await page.evaluate(([n, sc]) => (window as any).__figures.render(n, sc), [name, s] as const);
}

describe("the built bundles", () => {
  test("uPlot is a chunk of its own, named with its content hash; the page's entry, dist/functions.js and dist/taskpane.js do not contain it", () => {
    const files = fs.readdirSync(out);
    const chunks = files.filter((f) => /^uplot\.[0-9a-f]{8}\.js$/.test(f));
    expect(chunks.length).toBe(1);
    const chunk = fs.readFileSync(path.join(out, chunks[0]), "utf8");
    for (const m of UPLOT_MARKERS) expect(chunk).toContain(m);
    const entry = fs.readFileSync(path.join(out, "figures.js"), "utf8");
    for (const m of UPLOT_MARKERS) expect(entry).not.toContain(m);
    for (const f of ["functions.js", "taskpane.js"]) {
      const code = fs.readFileSync(path.join(DIST, f), "utf8");
      for (const m of UPLOT_MARKERS) expect(code).not.toContain(m);
    }
    expect(fs.readdirSync(DIST).filter((f) => f.startsWith("uplot") && !f.endsWith(".js"))).toEqual([]);
    expect(/localhost|127\.0\.0\.1/.test(chunk)).toBe(false);
  });
});

describe("figures at 320 px", () => {
  let page: Page;
  const errors: string[] = [];
  const models: Record<string, ChartResult> = {};
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    requested.length = 0;
    await page.goto(url);
    await page.waitForSelector("body[data-ready='true']");
  });
  afterAll(() => page.close());

  test("the library is not loaded until a figure needs it, then from the page's own path", async () => {
    expect(requested.filter((p) => p.includes("uplot"))).toEqual([]);
    for (const [name, s] of Object.entries(SCENARIOS)) {
      models[name] = chartOf(s);
      await render(page, name, s);
    }
    const loads = requested.filter((p) => p.includes("uplot"));
    expect(loads.length).toBe(1);
    expect(loads[0]).toMatch(new RegExp(`^${BASE_PATH}uplot\\.[0-9a-f]{8}\\.js$`));
    expect(await page.evaluate(() => (window as any).__figures.canvases())).toBe(Object.keys(SCENARIOS).length);
  });

  test("each figure: caption, key points, a labelled image, a legend and the data table of the model", async () => {
    for (const name of Object.keys(SCENARIOS)) {
      const c = models[name] as ChartData;
      const fig = page.locator(`#slot-${name} figure`);
      expect(await fig.locator("figcaption").textContent()).toBe(c.title);
      expect(await fig.locator(".chart-summary").textContent()).toBe(c.summary);
      const img = fig.locator("[role=img]");
      expect(await img.getAttribute("aria-labelledby")).toBe(await fig.locator("figcaption").getAttribute("id"));
      expect(await img.getAttribute("aria-describedby")).toBe(await fig.locator(".chart-summary").getAttribute("id"));
      expect(await fig.locator(".chart-legend li").allTextContents()).toEqual(c.series.map((s) => s.label));
      expect(await fig.locator("table thead th").allTextContents()).toEqual(c.table.header);
      const rows = await fig.locator("table tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent)));
      expect(rows).toEqual(c.table.rows);
      if (c.table.note) expect(await fig.locator(".chart-data .note").textContent()).toBe(c.table.note);
    }
  });

  test("the values plotted are the model's (stacked areas as running totals, dates as Unix seconds)", async () => {
    for (const name of Object.keys(SCENARIOS)) {
      const plotted = (await page.evaluate((n) => (window as any).__figures.plotted(n), name)) as (number | null)[][];
      expect(plotted).toEqual(plotData(models[name] as ChartData).map((a) => Array.from(a as ArrayLike<number | null>)));
    }
    // and the table's formatted values are those numbers: spot checks
    const payoff = models.payoff as ChartData;
    expect(payoff.table.rows.find((r) => r[0] === "$30.00")).toBeDefined();
  });

  test("axe finds no violations; nothing is wider than 320 px", async () => {
    expect(await axeViolations(page)).toEqual([]);
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    for (const name of Object.keys(SCENARIOS)) {
      await page.locator(`#slot-${name} figure`).screenshot({ path: path.join(SCREENSHOTS, `figure-${name}-320.png`) });
    }
  });

  test("keyboard: every figure's data table is reachable with Tab and opens with Enter; its scroll box takes focus", async () => {
    const focused: string[] = [];
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      focused.push(
        await page.evaluate(() => {
          const a = document.activeElement as HTMLElement;
          return `${a.tagName.toLowerCase()}@${a.closest("section")?.id ?? ""}`;
        }),
      );
    }
    for (const name of Object.keys(SCENARIOS)) expect(focused).toContain(`summary@slot-${name}`);
    await page.locator("#slot-payoff summary").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("#slot-payoff details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator("#slot-payoff table").isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("region");
    expect(await axeViolations(page)).toEqual([]); // open, too
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
  });

  test("typing: a new chart updates the same plot in place; the same chart again changes nothing; no canvas or listener piles up", async () => {
    await page.evaluate(() => {
      (document.querySelector("#slot-payoff canvas") as any).__mark = 1;
      (document.querySelector("#slot-payoff table") as any).__mark = 1;
    });
    for (let v = 1; v <= 40; v++) await render(page, "payoff", { chart: "payoff", day: "2001-06-30", commonValue: v });
    const last = chartOf({ chart: "payoff", day: "2001-06-30", commonValue: 40 }) as ChartData;
    expect(await page.evaluate(() => (document.querySelector("#slot-payoff canvas") as any).__mark)).toBe(1); // the same canvas
    expect(await page.evaluate(() => (window as any).__figures.canvases())).toBe(Object.keys(SCENARIOS).length);
    expect(await page.evaluate(() => (window as any).__figures.plotted("payoff"))).toEqual(
      plotData(last).map((a) => Array.from(a as ArrayLike<number | null>)),
    );
    expect(await page.locator("#slot-payoff .chart-summary").textContent()).toBe(last.summary);
    // unchanged: the table element is not even rebuilt
    await page.evaluate(() => ((document.querySelector("#slot-payoff table") as any).__mark = 2));
    await render(page, "payoff", { chart: "payoff", day: "2001-06-30", commonValue: 40 });
    expect(await page.evaluate(() => (document.querySelector("#slot-payoff table") as any).__mark)).toBe(2);
    // a chart of another shape (more series) replaces the plot: still one canvas per figure
    await render(page, "waterfall", { chart: "waterfall", day: "2001-12-31", capital: CAPITAL.slice(1) });
    expect(await page.evaluate(() => (window as any).__figures.canvases())).toBe(Object.keys(SCENARIOS).length);
    expect(await page.locator("#slot-waterfall .chart-legend li").count()).toBe(CAPITAL.length - 1);
  });

  test("inputs that cannot be charted: the figure says why, draws nothing, and recovers", async () => {
    await render(page, "exercise", { chart: "problem", id: "optex-exercise", title: "Value at exercise", problem: "Fix the new exercise price above." });
    expect(await page.locator("#slot-exercise .chart-summary").textContent()).toBe("Fix the new exercise price above.");
    expect(await page.locator("#slot-exercise canvas").count()).toBe(0);
    expect(await page.locator("#slot-exercise [role=img]").isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await render(page, "exercise", SCENARIOS.exercise);
    expect(await page.locator("#slot-exercise canvas").count()).toBe(1);
    expect(isProblem(models.exercise)).toBe(false);
  });

  test("dispose removes the plot and its observer; a removed container is drawn afresh", async () => {
    const before = (await page.evaluate(() => (window as any).__figures.canvases())) as number;
    await page.evaluate(() => (window as any).__figures.dispose("grant"));
    expect(await page.evaluate(() => (window as any).__figures.canvases())).toBe(before - 1);
    expect(await page.locator("#slot-grant figure").count()).toBe(0);
    await render(page, "grant", SCENARIOS.grant);
    expect(await page.evaluate(() => (window as any).__figures.canvases())).toBe(before);
    expect(errors).toEqual([]);
  });
});
