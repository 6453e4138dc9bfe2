/**
 * The Series C tab's exit section in Chromium (Debian chromium + playwright-core, 320 px), on the
 * built dist/: capital with participating, capped PREFERRED rows and an exit value give who gets
 * what, the breakpoints (marked on the exit waterfall chart) and the Sale of the Company's best
 * route as src/calc computes them; pasted holders give their payouts; Insert model writes it all
 * live in the stand-in Excel. Elements are found by their roles and accessible names.
 */
import path from "path";
import { Locator, Page } from "playwright-core";
import { Dec } from "../../src/calc/core/decimal";
import { checkCapital } from "../../src/calc/seriesC/capital";
import { distributeExit, prepareExit } from "../../src/calc/seriesC/exit";
import { exitBreakpoints } from "../../src/calc/seriesC/exitBreakpoints";
import { holderPayouts } from "../../src/calc/seriesC/payouts";
import { saleRoutes } from "../../src/calc/seriesC/sale";
import { seriesCTerms } from "../../src/calc/seriesC/terms";
import { dayFromCivil } from "../../src/calc/time/civil";
import { formatMoney, formatPerShare } from "../../src/taskpane/model/cells";
import { breakpointSentence } from "../../src/taskpane/model/exitController";
import { FakeSheet } from "../taskpane/excel/standIn";
import { SCREENSHOTS, axeViolations, usePane } from "./harness";

const openPane = usePane();
const TEST_HOOK = "window.__mpwrTest = {};";
const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");

/** A textbook cap table: two participating preferred classes with caps (Series B ranks first), and the common. */
const CAPITAL = [
  { name: "Series B", type: "PREFERRED", quantity: "2,000,000", a: "$20", c: "1", rank: "1", participation: "$40" },
  { name: "Series A", type: "PREFERRED", quantity: "6,000,000", a: "$10", c: "1", rank: "", participation: "$30" },
  { name: "Common", type: "COMMON", quantity: "4,000,000" },
];
const EXIT = 100_000_000;
const HOLDERS = "Holder\tRow\tQuantity\nFund A\tSeries A\t4,000,000\nFund A\tCommon\t500,000\nFund B\tSeries B\t2,000,000\nFounders\tCommon\t3,500,000\n";
const AS_OF = dayFromCivil(2001, 6, 30); // the form's default as-of date
const FMV = new Dec(10); // and its fair market value

/** The calc's own reading of CAPITAL and of the holders above. */
function calc() {
  const t = seriesCTerms();
  const num = (x?: string) => (x === undefined || x === "" ? undefined : Number(x.replace(/[$,]/g, "")));
  const capital = checkCapital(
    CAPITAL.map((r, i) => ({
      row: i + 1,
      name: r.name,
      type: r.type,
      quantity: num(r.quantity),
      a: num(r.a),
      c: num(r.c),
      rank: num(r.rank),
      participation: num(r.participation),
    })),
  );
  const m = prepareExit(t, { day: AS_OF, capital, events: [], payments: [] });
  const d = distributeExit(m, new Dec(EXIT));
  const holdings = HOLDERS.trim()
    .split("\n")
    .slice(1)
    .map((line, i) => {
      const [holder, rowName, q] = line.split("\t");
      return { row: i + 1, holder, rowName, quantity: Number(q.replace(/,/g, "")) };
    });
  return {
    d,
    breakpoints: exitBreakpoints(m),
    sale: saleRoutes(t, { day: AS_OF, fmv: FMV, events: [], payments: [] }),
    payouts: holderPayouts(d, capital, holdings),
  };
}

/** A capital row's card, by its legend, and a field in it by its label. */
const card = (page: Page, n: number) => page.getByRole("group", { name: `Capital row ${n}`, exact: true });
const field = (scope: Locator, label: string) => scope.getByLabel(label, { exact: true });

async function enterCapital(page: Page): Promise<void> {
  for (const [i, r] of CAPITAL.entries()) {
    await page.getByRole("button", { name: "Add class" }).click();
    const c = card(page, i + 1);
    await field(c, "Type").selectOption(r.type);
    await field(c, "Name of the class").fill(r.name);
    if (r.type === "COMMON") {
      await field(c, "Common shares outstanding").fill(r.quantity);
      continue;
    }
    await field(c, "Shares").fill(r.quantity);
    await field(c, "Liquidation preference per share (dividends excluded)").fill(r.a as string);
    await field(c, "Common shares per share on conversion").fill(r.c as string);
    await field(c, "Rank (1 = paid first; optional)").selectOption(r.rank as string);
    await field(c, "Participation (optional)").fill(r.participation as string);
  }
}

/** A table's body rows as text, by the table's accessible name (its caption). */
async function rowsOf(page: Page, name: RegExp): Promise<string[][]> {
  const table = page.getByRole("table", { name });
  await table.waitFor();
  return table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("th, td")).map((c) => (c.textContent ?? "").trim())));
}

describe("the exit section (standalone page, 320 px)", () => {
  let page: Page;
  let errors: string[];
  const want = calc();
  beforeAll(async () => {
    ({ page, errors } = await openPane("none", 320, TEST_HOOK));
    await ready(page);
    await enterCapital(page);
    await page.getByLabel("Exit value (total distributed)", { exact: true }).fill("$100,000,000");
  });
  afterAll(() => page.close());

  test("who gets what: each capital row's decision, amount, per share and % of proceeds, as SERIESC_EXIT's calc", async () => {
    const total = want.d.rows.reduce((x, r) => x.plus(r.amount), new Dec(0));
    const expected = want.d.rows.map((r) => [
      r.name,
      r.converts === true ? "Converts" : r.converts === false ? "Takes its preference" : "—",
      formatMoney(r.amount),
      r.perShare === undefined ? "—" : formatPerShare(r.perShare),
      `${r.amount.div(EXIT).times(100).toFixed(2)} %`,
    ]);
    await page.waitForFunction((n) => document.querySelectorAll("#sc-who-gets-what tbody tr").length === n, expected.length + 1);
    expect(await rowsOf(page, /^Who gets what at an exit value of \$100,000,000\.00$/)).toEqual([
      ...expected,
      ["Total", "", formatMoney(total), "", "100.00 %"],
    ]);
  });

  test("the breakpoints listed with what happens at each, and marked on the exit waterfall chart, which is exact at each", async () => {
    // Found after the frame that showed the last keystroke: the list replaces "Finding the breakpoints…".
    const list = page.getByRole("list", { name: "Breakpoints" });
    await list.waitFor();
    const items = await list.getByRole("listitem").allTextContents();
    expect(items).toEqual(want.breakpoints.map((b) => `${formatMoney(b.proceeds)} ${breakpointSentence(b)}`));
    expect(want.breakpoints.length).toBeGreaterThan(2);
    // The chart: drawn for these inputs, every breakpoint one of its x values and one of its marks.
    await page.waitForFunction(
      () => document.getElementById("sc-fig-waterfall")?.dataset.state === "ready" && !!document.querySelector("#sc-fig-waterfall canvas"),
    );
    const [xs] = (await page.evaluate(() => (window as any).__mpwrTest.plotted("sc-fig-waterfall"))) as number[][];
    for (const b of want.breakpoints) expect(xs).toContain(b.proceeds.toNumber());
    await page.locator("#sc-fig-waterfall").screenshot({ path: path.join(SCREENSHOTS, "exit-waterfall-breakpoints-320.png") });
    const keyPoints = await page.locator("#sc-fig-waterfall .chart-summary").textContent();
    expect(keyPoints).toContain(
      `Breakpoints (numbered on the chart): 1. ${formatMoney(want.breakpoints[0].proceeds)}, ${want.breakpoints[0].events.join("; ")}`,
    );
  });

  test("the Sale of the Company's routes, the best one named Best in words, as SERIESC_SALE's calc", async () => {
    const rows = await rowsOf(page, /^Sale of the Company/);
    expect(rows.map((r) => r[1])).toEqual(want.sale.routes.map((r) => formatPerShare(r.perShare)));
    const best = rows.filter((r) => /Best$/.test(r[0]));
    expect(best).toHaveLength(1);
    expect(rows.indexOf(best[0])).toBe(want.sale.routes.indexOf(want.sale.best));
    expect(await page.locator("#sc-sale-best").textContent()).toMatch(
      new RegExp(`^Best: .*${formatPerShare(want.sale.best.perShare).replace(/[$.]/g, "\\$&")} per Series C share`),
    );
  });

  test("holders pasted (holder | row | quantity) give each holder's payout across its rows, as SERIESC_PAYOUTS' calc", async () => {
    await page.getByLabel("Paste holders: holder | capital row | quantity", { exact: true }).fill(HOLDERS);
    await page.getByRole("button", { name: "Use the pasted holders" }).click();
    await page.waitForFunction(() => document.getElementById("sc-holders-status")?.textContent === "Read 4 holder rows from the pasted text.");
    const rows = await rowsOf(page, /^Payouts by holder at an exit value of/);
    expect(rows).toEqual(want.payouts.map((p) => [p.holder, formatMoney(p.total), ...p.amounts.map(formatMoney)]));
  });

  test("no serious or critical accessibility violations; nothing wider than the pane but the scrolling tables", async () => {
    await page.locator("#sc-exit-results-section").screenshot({ path: path.join(SCREENSHOTS, "exit-who-gets-what-320.png") });
    expect((await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test("no console errors", () => {
    expect(errors).toEqual([]);
  });
});

describe("Insert model writes the exit live (stand-in Excel)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane("fake"));
    await page.waitForFunction(() => document.getElementById("mode")?.textContent?.includes("In Excel"));
    await ready(page);
  });
  afterAll(() => page.close());

  test("the exit value, the holders Table and the formulas SERIESC_EXIT, SERIESC_BREAKPOINTS, SERIESC_PAYOUTS, SERIESC_SALE and SERIESC_EXIT_TABLE over the breakpoints, with its chart", async () => {
    await enterCapital(page);
    await page.getByLabel("Exit value (total distributed)", { exact: true }).fill("$100,000,000");
    await page.getByLabel("Paste holders: holder | capital row | quantity", { exact: true }).fill(HOLDERS);
    await page.getByRole("button", { name: "Use the pasted holders" }).click();
    await page.waitForFunction(() => document.getElementById("sc-holders-status")?.textContent === "Read 4 holder rows from the pasted text.");
    await page.getByRole("button", { name: "Insert model" }).click();
    await page.waitForFunction(() => /^(Wrote|Nothing|Could not)/.test(document.getElementById("sc-actions-status")?.textContent ?? ""), undefined, {
      timeout: 120_000,
    });
    expect(await page.locator("#sc-actions-status").textContent()).toMatch(/^Wrote the Series C model to the new sheet "Series C"/);
    const sheet = (await page.evaluate(`window.__fakeExcel.sheet("Series C")`)) as FakeSheet;
    const names = (await page.evaluate(`window.__fakeExcel.names()`)) as Record<string, { reference: string }>;
    const tables = (await page.evaluate(`window.__fakeExcel.tables()`)) as Record<string, { address: string }>;
    const at = (name: string) => sheet.cells[names[name].reference.replace(/^.*!/, "").replace(/\$/g, "")];
    expect(at("SC_Proceeds").formula).toBe(EXIT);
    const formulas = Object.values(sheet.cells)
      .map((c) => c.formula)
      .filter((f): f is string => typeof f === "string" && f.startsWith("=MPWR."));
    const one = (fn: string) => formulas.filter((f) => f.startsWith(`=MPWR.${fn}(`));
    expect(one("SERIESC_EXIT")).toEqual(["=MPWR.SERIESC_EXIT(SC_Proceeds,SC_AsOf,SC_Capital,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])"]);
    expect(one("SERIESC_BREAKPOINTS")).toEqual(["=MPWR.SERIESC_BREAKPOINTS(SC_Capital,SC_AsOf,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])"]);
    expect(one("SERIESC_PAYOUTS")).toEqual([
      "=MPWR.SERIESC_PAYOUTS(SC_Proceeds,SC_AsOf,SC_Capital,SC_Holdings,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])",
    ]);
    expect(one("SERIESC_SALE")).toEqual(["=MPWR.SERIESC_SALE(SC_AsOf,SC_Fmv,,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])"]);
    expect(one("SERIESC_EXIT_TABLE")).toEqual(["=MPWR.SERIESC_EXIT_TABLE(,SC_AsOf,SC_Capital,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])"]);
    expect(Object.keys(tables)).toContain("SC_Holdings");
    const exitChart = sheet.charts.find((c) => c.name === "MPWR exitTable");
    expect(exitChart?.type).toBe("XYScatterLinesNoMarkers");
    expect(exitChart?.series.map((s) => s.name)).toEqual(CAPITAL.map((r) => r.name));
  });

  test("no console errors", () => {
    expect(errors).toEqual([]);
  });
});
