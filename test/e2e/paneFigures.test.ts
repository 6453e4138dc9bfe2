/**
 * The task pane's charts in Chromium (Debian chromium + playwright-core), on
 * the built dist/: inputs entered on both tabs give captioned, accessible
 * figures whose plotted points equal the built functions' results
 * (dist/functions.js: SERIESC_LIQDETAIL, SERIESC_ACCRUED, SERIESC_MINDIV,
 * SERIESC_EXIT_TABLE, OPTEX_BREAKEVEN, OPTEX_SCHEDULE) at those points; the
 * capital table they need, with its validation, persistence and "asks first";
 * the charting library loaded after the pane's first paint.
 */
import path from "path";
import { Page } from "playwright-core";
import { optionExchangeTerms } from "../../src/calc/optionExchange/terms";
import { dayFromCivil } from "../../src/calc/time/civil";
import { exampleCapital } from "../../src/taskpane/model/capital";
import { expectNear, fn } from "../taskpane/charts/support";
import { SCREENSHOTS, axeViolations, usePane } from "./harness";

const openPane = usePane();

/** Defined before the pane loads, so the pane adds `plotted(id)` to it (src/taskpane/ui/figures.ts). */
const TEST_HOOK = "window.__mpwrTest = {};";
const UNIX_EPOCH_SERIAL = 25569; // Excel serial of 1970-01-01
const serialOf = (unixSeconds: number) => unixSeconds / 86400 + UNIX_EPOCH_SERIAL;

type Plotted = number[][];
const plotted = (page: Page, id: string): Promise<Plotted> => page.evaluate((x) => (window as any).__mpwrTest.plotted(x), id);
const summaryOf = (page: Page, id: string) => page.locator(`#${id} .chart-summary`).textContent();
/** Waits until a figure is drawn for the inputs as they are now (the slot says "ready", its plot drawn). */
const drawn = (page: Page, id: string) =>
  page.waitForFunction((x) => document.getElementById(x)?.dataset.state === "ready" && !!document.querySelector(`#${x} canvas`), id);
/** Waits until a figure, drawn for the inputs as they are now, says `text` under its title (what to fix, or its key points). */
async function says(page: Page, id: string, text: string): Promise<void> {
  await page
    .waitForFunction(
      ([x, t]) => document.getElementById(x)?.dataset.state === "ready" && document.querySelector(`#${x} .chart-summary`)?.textContent === t,
      [id, text] as const,
      { timeout: 60_000 },
    )
    .catch(() => undefined);
  expect(await summaryOf(page, id)).toBe(text);
}
const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");
/** Waits until every change made so far is saved (the pane sets `data-unsaved` on <body> from a change until its save ends). */
const waitSaved = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true" && document.body.dataset.unsaved === undefined);

const AS_OF = dayFromCivil(2001, 6, 30); // the form's default date; an Excel serial too
const ROSTER =
  "Grant\tGrant date\tOptions outstanding\tExercise price\r\n1001\t3/15/2000\t1,000\t$25.00\r\n1002\t2000-11-01\t1,525\t12.50\r\n1003\t36800\t525\t4\r\n";

describe("Series C charts (standalone page)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane("none", 320, TEST_HOOK));
    await ready(page);
  });
  afterAll(() => page.close());

  test("the charting library is loaded after the pane's first paint, from its own chunk", async () => {
    await drawn(page, "sc-fig-payoff");
    const t = await page.evaluate(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0];
      const lib = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((r) => /uplot/.test(r.name));
      return { paint: paint?.startTime, lib: lib.map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })) };
    });
    expect(t.lib.length).toBe(1);
    expect(t.lib[0].name).toMatch(/^\/uplot\.[0-9a-f]{8}\.js$/);
    expect(t.paint).toBeGreaterThan(0);
    expect(t.lib[0].start).toBeGreaterThan(t.paint as number);
  });

  test("payoff: a captioned figure whose points are SERIESC_LIQDETAIL's A and B (and the greater) at each common value; the entered FMV is a point", async () => {
    const fig = page.locator("#sc-fig-payoff figure");
    expect(await fig.locator("figcaption").textContent()).toBe("Series C payoff per share on 2001-06-30 (Cert §4(a))");
    expect(await summaryOf(page, "sc-fig-payoff")).toContain("Conversion beats the preference above $28.00 per common share.");
    const [xs, paid, a, b] = await plotted(page, "sc-fig-payoff");
    expect(xs).toContain(10); // the entered FMV, $10
    const detail = fn("SERIESC_LIQDETAIL");
    xs.forEach((p, i) => {
      const out = detail(AS_OF, p) as [string, number][];
      expectNear(a[i], out[1][1], `A at ${p}`);
      expectNear(b[i], out[2][1], `B at ${p}`);
      expectNear(paid[i], Math.max(out[1][1], out[2][1]), `paid at ${p}`);
    });
    expect(await fig.locator("table tbody th").allTextContents()).toContain("$10.00");
  });

  test("typing updates the charts without a reload: a new FMV is marked; an invalid date says what to fix above", async () => {
    await page.locator("#sc-fmv").fill("");
    await page.locator("#sc-fmv").pressSequentially("$35", { delay: 5 }); // keystroke by keystroke
    await page.waitForFunction(() => /\$35\.00/.test(document.querySelector("#sc-fig-payoff table")?.textContent ?? ""));
    await drawn(page, "sc-fig-payoff");
    expect((await plotted(page, "sc-fig-payoff"))[0]).toContain(35);
    await page.fill("#sc-asof", "2001-13-01");
    await says(page, "sc-fig-payoff", "Fix the as-of / event date above to draw the payoff chart.");
    await says(page, "sc-fig-dividends", "Fix the as-of / event date above to draw the dividends chart.");
    expect(await page.locator("#sc-fig-payoff canvas").count()).toBe(0);
    expect(await page.locator("#sc-fig-payoff figure figcaption").textContent()).toBe("Series C payoff per share (Cert §4(a))");
    await page.fill("#sc-asof", "2001-06-30");
    await page.fill("#sc-fmv", "10");
    await drawn(page, "sc-fig-payoff");
    await drawn(page, "sc-fig-dividends");
  });

  test("dividends: the points are SERIESC_ACCRUED and SERIESC_MINDIV on each date; the 30-month anniversary is a point", async () => {
    expect(await page.locator("#sc-fig-dividends figcaption").textContent()).toBe("Series C dividends per share over time (Cert §2, §12)");
    const [xs, accrued, minimum] = await plotted(page, "sc-fig-dividends");
    const serials = xs.map(serialOf);
    expect(serials).toContain(dayFromCivil(2002, 6, 29)); // 30 months after 1999-12-29
    serials.forEach((d, i) => {
      expectNear(accrued[i], fn("SERIESC_ACCRUED")(d), `accrued on ${d}`);
      expectNear(minimum[i], fn("SERIESC_MINDIV")(d), `minimum dividend on ${d}`);
    });
  });

  test("exit waterfall: no capital yet says so; the example capital gives stacked amounts equal to SERIESC_EXIT_TABLE", async () => {
    await says(page, "sc-fig-waterfall", "Add the classes that share in an exit under Capital below (or use the example there) to draw the exit waterfall.");
    await page.click("#sc-capital-example");
    await drawn(page, "sc-fig-waterfall");
    expect(await page.locator("#sc-capital .row-card").count()).toBe(5);
    expect(await page.locator("#sc-cap3 label").allTextContents()).toEqual([
      "Name of the class",
      "Type",
      "Shares",
      "Liquidation preference per share (dividends excluded)",
      "Accrued unpaid dividends per share",
      "Common shares per share on conversion",
      "Participation (optional)",
    ]);
    const fig = page.locator("#sc-fig-waterfall figure");
    expect(await fig.locator("figcaption").textContent()).toBe("Exit waterfall by class on 2001-06-30 (Cert §4(a), (c))");
    expect(await fig.locator(".chart-legend li").allTextContents()).toEqual(["Notes", "Series C", "Series D", "Common", "Options"]);
    const [xs, ...stacked] = await plotted(page, "sc-fig-waterfall");
    const cells = exampleCapital().map((r) => [
      r.name,
      r.type,
      Number(r.quantity.replace(/,/g, "")),
      r.a === "" ? null : Number(r.a),
      r.b === "" ? null : Number(r.b),
      r.c === "" ? null : Number(r.c),
    ]);
    const table = fn("SERIESC_EXIT_TABLE")(
      xs.map((x) => [x]),
      AS_OF,
      cells,
    ) as (string | number)[][];
    expect(table[0]).toEqual(["proceeds", "Notes", "Series C", "Series D", "Common", "Options"]);
    xs.forEach((x, i) => {
      let running = 0;
      stacked.forEach((series, k) => {
        running += table[i + 1][k + 1] as number;
        expect(Math.abs(series[i] - running)).toBeLessThanOrEqual(1e-9 * Math.max(1, x));
      });
      expect(Math.abs(running - x)).toBeLessThanOrEqual(1e-6 * Math.max(1, x)); // everything is distributed
    });
    const hint = await page.locator("#sc-exitmax-hint").textContent();
    expect(hint).toBe(
      `From $0 up to this total distributed. Empty: the chart runs to $${xs[xs.length - 1].toLocaleString("en-US", { minimumFractionDigits: 2 })}.`,
    );
    // the three charts as the pane opens with the example capital (docs/images)
    for (const [id, name] of [
      ["sc-fig-payoff", "chart-payoff"],
      ["sc-fig-dividends", "chart-dividends"],
      ["sc-fig-waterfall", "chart-waterfall"],
    ]) {
      await page.locator(`#${id} figure`).screenshot({ path: path.join(SCREENSHOTS, `${name}-320.png`) });
    }
    await page.fill("#sc-exitmax", "$600,000,000");
    await page.waitForFunction(() => /\$600,000,000\.00/.test(document.querySelector("#sc-fig-waterfall table")?.textContent ?? ""));
    await drawn(page, "sc-fig-waterfall");
    const again = (await plotted(page, "sc-fig-waterfall"))[0];
    expect(again[again.length - 1]).toBe(600e6);
  });

  test("capital validation: shown once the field is left, with its label, outlined and listed; the waterfall says which row to fix", async () => {
    await page.fill("#sc-cap4-quantity", "-1");
    await says(page, "sc-fig-waterfall", "Fix capital row 4 below to draw the exit waterfall.");
    expect(await page.locator("#sc-cap4-quantity-error").isHidden()).toBe(true); // still typing
    await page.locator("#sc-cap4-quantity").blur();
    expect(await page.locator("#sc-cap4-quantity-error").textContent()).toBe("Capital row 4, Common shares outstanding: must not be negative, got -1");
    expect(await page.locator("#sc-cap4-quantity").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#sc-summary-errors li").allTextContents()).toEqual(["Capital row 4, Common shares outstanding: must not be negative, got -1"]);
    expect(await page.locator("#sc-fig-waterfall canvas").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill("#sc-cap4-quantity", "10,000,000");
    await drawn(page, "sc-fig-waterfall");
    expect(await page.locator("#sc-summary").isHidden()).toBe(true);
    // a second Series C row: the calc's table check, on that row's type
    await page.click("#sc-add-capital");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sc-cap6-name");
    await page.fill("#sc-cap6-name", "More C");
    await page.selectOption("#sc-cap6-type", "SERIESC");
    await page.fill("#sc-cap6-quantity", "5");
    await page.locator("#sc-cap6-quantity").blur();
    await page.locator("#sc-cap6-type").focus();
    await page.locator("#sc-cap6-type").blur();
    expect(await page.locator("#sc-cap6-type-error").textContent()).toBe(
      "Capital row 6, a second SERIESC row (capital row 2 is the first): the Series C is one class, give its shares outstanding on one row",
    );
    await page.click("#sc-cap6-remove");
    await drawn(page, "sc-fig-waterfall");
  });

  test("replacing a non-empty capital table asks first; Cancel keeps it", async () => {
    await page.fill("#sc-cap1-name", "Bank debt");
    await page.click("#sc-capital-example");
    const dialog = page.locator("dialog.confirm");
    await dialog.waitFor();
    expect(await dialog.locator("h2").textContent()).toBe("Replace the capital table?");
    expect(await dialog.locator("p").textContent()).toBe("The table holds 5 classes. The example capital replaces them.");
    await page.click("#confirm-cancel");
    await page.waitForFunction(() => document.getElementById("sc-capital-status")?.textContent === "The capital table was left as it was.");
    expect(await page.locator("#sc-cap1-name").inputValue()).toBe("Bank debt");
  });

  test("accessible figures: figure + figcaption, text alternative, keyboard-reachable data tables, axe clean, nothing wider than 320 px", async () => {
    for (const id of ["sc-fig-payoff", "sc-fig-dividends", "sc-fig-waterfall"]) {
      const fig = page.locator(`#${id} > figure`);
      expect(await fig.count()).toBe(1);
      expect((await fig.locator("figcaption").textContent())?.length).toBeGreaterThan(10);
      const img = fig.locator("[role=img]");
      expect(await img.getAttribute("aria-labelledby")).toBe(await fig.locator("figcaption").getAttribute("id"));
      expect(await img.getAttribute("aria-describedby")).toBe(await fig.locator(".chart-summary").getAttribute("id"));
      expect(await fig.locator("details table tbody tr").count()).toBeGreaterThan(2);
    }
    // Tab from the Charts section's heading (its <summary>) reaches every figure's data table, which opens with Enter
    await page.getByRole("tabpanel", { name: "Series C" }).getByRole("heading", { name: "Charts", exact: true }).locator("xpath=..").focus();
    const reached: string[] = [];
    for (let i = 0; i < 120 && reached.length < 3; i++) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() =>
        document.activeElement?.tagName === "SUMMARY" ? (document.activeElement.closest(".figure-slot")?.id ?? "") : "",
      );
      if (where) reached.push(where);
    }
    expect(reached).toEqual(["sc-fig-payoff", "sc-fig-dividends", "sc-fig-waterfall"]);
    await page.keyboard.press("Enter");
    expect(await page.locator("#sc-fig-waterfall details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator("#sc-fig-waterfall summary").click(); // closed again
  });

  test("the capital table and the chart's range come back after a reload", async () => {
    await page.fill("#sc-exitmax", "700,000,000");
    await waitSaved(page);
    await page.reload();
    await ready(page);
    expect(await page.locator("#sc-capital .row-card").count()).toBe(5);
    expect(await page.locator("#sc-cap1-name").inputValue()).toBe("Bank debt");
    expect(await page.locator("#sc-exitmax").inputValue()).toBe("700,000,000");
    await drawn(page, "sc-fig-waterfall");
    const xs = (await plotted(page, "sc-fig-waterfall"))[0];
    expect(xs[xs.length - 1]).toBe(700e6);
    expect(errors).toEqual([]);
  });
});

describe("Option exchange charts (standalone page)", () => {
  let page: Page;
  let errors: string[];
  const t = optionExchangeTerms();
  const grantSerial = t.expirationDate; // the new options' grant date, an Excel serial
  beforeAll(async () => {
    ({ page, errors } = await openPane("none", 320, TEST_HOOK));
    await ready(page);
    await page.click("#tab-optex");
  });
  afterAll(() => page.close());

  test("before a roster: each figure says what to enter, nothing is drawn, no error is shown", async () => {
    await page.waitForFunction(() => document.getElementById("ox-fig-exercise")?.dataset.state === "ready");
    await says(page, "ox-fig-roster-vesting", "Paste a roster above to draw this chart.");
    await says(page, "ox-fig-exercise", "Paste a roster above to draw this chart.");
    expect(await page.locator("#ox-figures canvas").count()).toBe(0);
    expect(await page.locator("#ox-fig-grant").isVisible()).toBe(false);
    expect(await page.locator("[aria-invalid=true]").count()).toBe(0);
  });

  test("value at exercise for the first grant: points are max(0, S − 25) and 0.75 × max(0, S − 4.50); the break-even is OPTEX_BREAKEVEN's", async () => {
    await page.fill("#ox-roster", ROSTER);
    await says(page, "ox-fig-exercise", "Enter the exercise price of the new options above to draw this chart.");
    await page.fill("#ox-newstrike", "4.50");
    await drawn(page, "ox-fig-exercise");
    expect(await page.locator("#ox-fig-exercise figcaption").textContent()).toBe("Value at exercise: one eligible option of grant 1001 vs 0.75 new options");
    const breakeven = fn("OPTEX_BREAKEVEN")(25, 4.5) as number;
    expect(breakeven).toBe(86.5); // (25 − 0.75 × 4.50) / (1 − 0.75)
    await says(
      page,
      "ox-fig-exercise",
      "Below a stock price of $86.50 the 0.75 new options are worth more at exercise; above it the eligible option is (Offer §1).",
    );
    const [xs, old, fresh] = await plotted(page, "ox-fig-exercise");
    expect(xs).toContain(breakeven);
    expect(xs).toContain(25);
    xs.forEach((s, i) => {
      expectNear(old[i], Math.max(0, s - 25), `old at ${s}`);
      expectNear(fresh[i], 0.75 * Math.max(0, s - 4.5), `new at ${s}`);
    });
    const at = xs.indexOf(breakeven);
    expectNear(old[at], fresh[at], "equal at the break-even");
  });

  test("vesting: the roster's cumulative steps are OPTEX_SCHEDULE summed over its grants; one grant's are its OPTEX_SCHEDULE", async () => {
    await drawn(page, "ox-fig-roster-vesting");
    await drawn(page, "ox-fig-grant-vesting");
    const schedules = [750, 1143, 393].map((n) => (fn("OPTEX_SCHEDULE")(n, grantSerial) as number[][]).slice(1)); // floor(0.75 × 1,000 | 1,525 | 525)
    const [xs, cumulative] = await plotted(page, "ox-fig-roster-vesting");
    expect(xs.slice(0, 4).map(serialOf)).toEqual([grantSerial, ...schedules[0].map((r) => r[0])]);
    expect(cumulative.slice(0, 4)).toEqual([0, ...[0, 1, 2].map((k) => schedules.reduce((s, rows) => s + rows[k][2], 0))]);
    expect(cumulative[4]).toBe(cumulative[3]); // held past the last vest date
    expect(await page.locator("#ox-fig-roster-vesting figcaption").textContent()).toBe("New options vested over time: the roster (3 grants)");
    const grant = await plotted(page, "ox-fig-grant-vesting");
    expect(grant[1].slice(0, 4)).toEqual([0, ...schedules[0].map((r) => r[2])]);
  });

  test("another grant picked from the list's page: both grant charts follow it", async () => {
    expect(await page.locator("#ox-fig-grant option").allTextContents()).toEqual(["1001 · $25.00", "1002 · $12.50", "1003 · $4.00"]);
    await page.selectOption("#ox-fig-grant", { label: "1002 · $12.50" });
    await page.waitForFunction(() => /grant 1002/.test(document.querySelector("#ox-fig-exercise figcaption")?.textContent ?? ""));
    await drawn(page, "ox-fig-exercise");
    await drawn(page, "ox-fig-grant-vesting");
    expect(await page.locator("#ox-fig-grant-vesting figcaption").textContent()).toBe("New options vested over time: grant 1002");
    const schedule = (fn("OPTEX_SCHEDULE")(1143, grantSerial) as number[][]).slice(1);
    expect((await plotted(page, "ox-fig-grant-vesting"))[1].slice(0, 4)).toEqual([0, ...schedule.map((r) => r[2])]);
    const breakeven = fn("OPTEX_BREAKEVEN")(12.5, 4.5) as number;
    expect((await plotted(page, "ox-fig-exercise"))[0]).toContain(breakeven);
  });

  test("a ratio being typed: the vesting charts say what to fix, then follow the new ratio", async () => {
    await page.fill("#ox-ratio", "2");
    await says(page, "ox-fig-roster-vesting", "Fix the exchange ratio above to draw the vesting chart.");
    await page.fill("#ox-ratio", "1/2");
    await drawn(page, "ox-fig-roster-vesting");
    const [, cumulative] = await plotted(page, "ox-fig-roster-vesting");
    expect(cumulative[3]).toBe(500 + 762 + 262); // floor(½ × 1,000 | 1,525 | 525)
    await page.fill("#ox-ratio", "0.75");
    await drawn(page, "ox-fig-roster-vesting");
  });

  test("accessible at 320 px: axe clean with the figures, keyboard reaches the picker and every data table; screenshots", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator("#ox-next").focus();
    const reached: string[] = [];
    for (let i = 0; i < 80 && reached.length < 4; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        if (a.id === "ox-fig-grant") return a.id;
        return a.tagName === "SUMMARY" ? (a.closest(".figure-slot")?.id ?? "") : "";
      });
      if (id && !reached.includes(id)) reached.push(id);
    }
    expect(reached).toEqual(["ox-fig-roster-vesting", "ox-fig-grant", "ox-fig-exercise", "ox-fig-grant-vesting"]);
    for (const [id, name] of [
      ["ox-fig-exercise", "chart-exercise"],
      ["ox-fig-roster-vesting", "chart-vesting-roster"],
      ["ox-fig-grant-vesting", "chart-vesting-grant"],
    ]) {
      await page.locator(`#${id} figure`).screenshot({ path: path.join(SCREENSHOTS, `${name}-320.png`) });
    }
    expect(errors).toEqual([]);
  });
});

describe("inside Excel (stand-in office.js)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane("fake", 320, TEST_HOOK));
    await page.waitForFunction(() => document.getElementById("mode")?.textContent?.includes("In Excel"));
    await ready(page);
  });
  afterAll(() => page.close());

  test("Use the selected range reads a capital table by SERIESC_EXIT's layout; the waterfall follows", async () => {
    await page.evaluate(`__fakeExcel.clear();
      [["A1","Name"],["B1","Type"],["C1","Quantity"],["D1","a"],["E1","b"],["F1","c"],
       ["A2","Bank"],["B2","SENIOR"],["C2",2000000],
       ["A3","Series C"],["B3","SERIESC"],["C3",1000000],
       ["A4","Common"],["B4","COMMON"],["C4",5000000]].forEach(([a, v]) => __fakeExcel.set(a, v));
      __fakeExcel.select("A1:F4")`);
    await page.click("#sc-capital-selection");
    await page
      .waitForFunction(() => document.getElementById("sc-capital-status")?.textContent === "Read 3 capital rows from the selected range.")
      .catch(() => undefined);
    expect(await page.locator("#sc-capital-status").textContent()).toBe("Read 3 capital rows from the selected range.");
    expect(await page.locator("#sc-cap2-quantity").inputValue()).toBe("1000000");
    await drawn(page, "sc-fig-waterfall");
    const [xs, ...stacked] = await plotted(page, "sc-fig-waterfall");
    const table = fn("SERIESC_EXIT_TABLE")(
      xs.map((x) => [x]),
      AS_OF,
      [
        ["Bank", "SENIOR", 2e6],
        ["Series C", "SERIESC", 1e6],
        ["Common", "COMMON", 5e6],
      ],
    ) as number[][];
    xs.forEach((x, i) => expect(Math.abs(stacked[2][i] - (table[i + 1][1] + table[i + 1][2] + table[i + 1][3]))).toBeLessThanOrEqual(1e-6 * Math.max(1, x)));
  });

  test("nothing is written while a capital row is invalid", async () => {
    await page.fill("#sc-cap3-quantity", "lots");
    await page.locator("#sc-cap3-quantity").blur(); // the summary it shows at the top would move the button under the pointer
    await page.evaluate(`__fakeExcel.clear(); __fakeExcel.select("H1")`);
    await page.click("#sc-insert");
    await page.waitForFunction(() => /^Nothing written/.test(document.getElementById("sc-actions-status")?.textContent ?? ""));
    expect(await page.locator("#sc-summary-errors li").allTextContents()).toContain(
      'Capital row 3, Common shares outstanding: expected a number such as 1,000, 12.50, got "lots"',
    );
    expect(await page.evaluate("Object.keys(__fakeExcel.dump()).length")).toBe(0);
    expect(errors).toEqual([]);
  });
});
