/**
 * The task pane in real Chromium (Debian chromium + playwright-core), served
 * from the built dist/: standalone (office.js unavailable, or real office.js
 * outside Office) and inside a stand-in Excel (test/e2e/fakeOffice.js).
 */
import fs from "fs";
import path from "path";
import { Browser, Page } from "playwright-core";
import { Dec } from "../../src/calc/core/decimal";
import { newOptionsForGrant } from "../../src/calc/optionExchange/newShares";
import { breakevenPrice } from "../../src/calc/optionExchange/breakeven";
import { optionExchangeTerms } from "../../src/calc/optionExchange/terms";
import { vestingSchedule } from "../../src/calc/optionExchange/vesting";
import { conversionPrice, conversionRate } from "../../src/calc/seriesC/conversionPrice";
import { convertShares } from "../../src/calc/seriesC/convertShares";
import { accruedDividends, remainingMinimumDividend } from "../../src/calc/seriesC/dividends";
import { checkEvents } from "../../src/calc/seriesC/events";
import { liquidationPreference } from "../../src/calc/seriesC/liquidation";
import { redemptionMultiple, redemptionPrice } from "../../src/calc/seriesC/redemption";
import { seriesCTerms } from "../../src/calc/seriesC/terms";
import { dayFromCivil, formatIso } from "../../src/calc/time/civil";
import { requiredDay, requiredNumber } from "../../src/input/values";
import { formatMoney, formatNumber } from "../../src/taskpane/model/cells";
import { Available, electionTable, seriesCModel } from "../../src/taskpane/model/layout";
import { defaultOptionExchangeForm, OptionExchangeForm } from "../../src/taskpane/model/optionExchange";
import { SeriesCForm, defaultSeriesCForm } from "../../src/taskpane/model/seriesC";
import { DIST, SCREENSHOTS, Server, axeViolations, ensureDist, launch, openPane, serveDist } from "./harness";

let browser: Browser;
let server: Server;
let available: Available;

beforeAll(async () => {
  ensureDist();
  const meta = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: Array<{ id: string }> };
  available = new Set(meta.functions.map((f) => f.id));
  server = await serveDist();
  browser = await launch();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an InputError");
};

const text = (page: Page, sel: string) => page.locator(sel).textContent();
const exact = (page: Page, sel: string) => page.locator(sel).getAttribute("data-exact");

async function fill(page: Page, sel: string, value: string): Promise<void> {
  await page.locator(sel).fill(value);
}

const ROSTER = "Grant\tGrant date\tOptions outstanding\tExercise price\r\n1001\t3/15/2000\t1,000\t$25.00\r\n1002\t2000-11-01\t1,525\t12.50\r\n1003\t36800\t525\t4\r\n";

describe("standalone page (office.js unavailable)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane(browser, server, "none"));
  });
  afterAll(() => page.close());

  test("renders both tabs; insert buttons disabled with a one-line explanation", async () => {
    expect(await text(page, "#mode")).toMatch(/Standalone/);
    expect(await page.locator("#sc-insert").isDisabled()).toBe(true);
    expect(await page.locator("#sc-actions-note").isVisible()).toBe(true);
    expect(await text(page, "#sc-actions-note")).toMatch(/Open this pane in Excel/);
    expect(await page.locator("#sc-insert").getAttribute("aria-describedby")).toBe("sc-actions-note");
  });

  test("Series C defaults: every result equals src/calc", async () => {
    const t = seriesCTerms();
    const day = dayFromCivil(2001, 6, 30);
    const fmv = new Dec(10);
    const expectLine = async (id: string, value: Dec, fmt: (d: Dec) => string) => {
      expect(await exact(page, `#sc-${id}`)).toBe(value.toString());
      expect(await text(page, `#sc-${id}`)).toBe(fmt(value));
    };
    await expectLine("accrued", accruedDividends(t, day), formatMoney);
    await expectLine("mindiv", remainingMinimumDividend(t, day), formatMoney);
    await expectLine("convprice", conversionPrice(t, [], day), formatMoney);
    await expectLine("convrate", conversionRate(t, [], day), (d) => formatNumber(d, 6));
    await expectLine("liquidation", liquidationPreference(t, { day, commonValue: fmv, events: [], payments: [] }).perShare, formatMoney);
    await expectLine("redemption", redemptionPrice(t, { day, fmv, trigger: "SALE", events: [], payments: [] }).price, formatMoney);
    await expectLine("multiple", redemptionMultiple(t, day), (d) => `${formatNumber(d, 6)}×`);
    const conv = convertShares(t, { shares: new Dec(1000), day, fmv, kind: "OPTIONAL", events: [], payments: [] });
    const cells = await page.locator("#sc-breakdown-result tbody td").allTextContents();
    expect(cells).toEqual([
      formatNumber(conv.principalShares, 6),
      formatNumber(conv.dividendShares, 6),
      formatNumber(conv.wholeShares, 0),
      formatMoney(conv.cashInLieu),
      formatMoney(conv.extinguishedPerShare),
    ]);
    const keyDates = await page.locator("#sc-keydates-result tbody td:first-child").allTextContents();
    expect(keyDates).toContain("2001-01-18");
    expect(keyDates).toContain("2005-12-29");
  });

  test("typing inputs, an event and a payment updates the results live", async () => {
    await fill(page, "#sc-asof", "2002-12-31");
    await fill(page, "#sc-shares", "2,500");
    await fill(page, "#sc-fmv", "30");
    await page.selectOption("#sc-kind", "MANDATORY");
    await page.selectOption("#sc-trigger", "3D");
    await page.click("#sc-add-event");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sc-ev1-date"); // focus moves into the new row
    await fill(page, "#sc-ev1-date", "2000-08-29");
    await page.selectOption("#sc-ev1-type", "SPLIT");
    await fill(page, "#sc-ev1-a", "1.5");
    await page.click("#sc-add-payment");
    await fill(page, "#sc-pay1-date", "2000-12-31");
    await fill(page, "#sc-pay1-amount", "2.80");

    const t = seriesCTerms();
    const day = dayFromCivil(2002, 12, 31);
    const events = checkEvents(t, [{ row: 1, day: dayFromCivil(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    const payments = [{ row: 1, day: dayFromCivil(2000, 12, 31), amount: new Dec("2.8") }];
    const fmv = new Dec(30);
    expect(await exact(page, "#sc-accrued")).toBe(accruedDividends(t, day, payments).toString());
    expect(await exact(page, "#sc-mindiv")).toBe(remainingMinimumDividend(t, day, payments).toString());
    expect(await exact(page, "#sc-convprice")).toBe(conversionPrice(t, events, day).toString());
    expect(await text(page, "#sc-convprice")).toBe("$18.666667");
    expect(await exact(page, "#sc-convrate")).toBe(conversionRate(t, events, day).toString());
    expect(await exact(page, "#sc-liquidation")).toBe(liquidationPreference(t, { day, commonValue: fmv, events, payments }).perShare.toString());
    expect(await exact(page, "#sc-redemption")).toBe(redemptionPrice(t, { day, fmv, trigger: "3D", events, payments }).price.toString());
    const conv = convertShares(t, { shares: new Dec(2500), day, fmv, kind: "MANDATORY", events, payments });
    expect(await page.locator("#sc-breakdown-result tbody td").nth(2).textContent()).toBe(formatNumber(conv.wholeShares, 0));
    await page.click("#sc-pay1-remove");
    expect(await page.locator("#sc-pay1").count()).toBe(0);
    expect(await exact(page, "#sc-accrued")).toBe(accruedDividends(t, day).toString());
  });

  test("bad inputs show the functions' messages", async () => {
    await fill(page, "#sc-asof", "2001-13-01");
    const dateMsg = messageOf(() => requiredDay("2001-13-01", "asOf"));
    expect(await text(page, "#sc-asof-error")).toBe(dateMsg);
    expect(await page.locator("#sc-asof").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#sc-asof").getAttribute("aria-describedby")).toContain("sc-asof-error");
    expect(await text(page, "#sc-accrued")).toMatch(/Fix the as-of date/);
    await fill(page, "#sc-asof", "1999-01-01");
    expect(await text(page, "#sc-asof-error")).toBe("asOf: date 1999-01-01 is before the Original Issue Date 1999-12-29");
    await fill(page, "#sc-asof", "2001-06-30");
    expect(await page.locator("#sc-asof-error").isHidden()).toBe(true);
    expect(await page.locator("#sc-asof").getAttribute("aria-invalid")).toBeNull();

    await fill(page, "#sc-shares", "-5");
    expect(await text(page, "#sc-shares-error")).toBe(messageOf(() => requiredNumber(-5, "shares", { min: 0, minExclusive: true, what: "Series C shares converted" })));
    await fill(page, "#sc-shares", "abc");
    expect(await text(page, "#sc-shares-error")).toBe('shares: expected a number (Series C shares converted), got text "abc"');
    await fill(page, "#sc-shares", "1000");

    // ISSUE needs columns a, b and c: the calc's events message.
    await page.selectOption("#sc-ev1-type", "ISSUE");
    expect(await text(page, "#sc-events-error")).toMatch(/^events: row 1: ISSUE needs column b/);
    await page.selectOption("#sc-ev1-type", "SPLIT");
    expect(await page.locator("#sc-events-error").isHidden()).toBe(true);

    // 6A before the sixth anniversary: the calc's #NUM! message, in the result line.
    await page.selectOption("#sc-trigger", "6A");
    expect(await text(page, "#sc-redemption")).toMatch(/^redemptionDate and trigger: .*holders may require redemption only after the sixth anniversary 2005-12-29/);
    await page.selectOption("#sc-trigger", "SALE");
  });

  test("user text is never rendered as HTML", async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    await fill(page, "#sc-asof", evil);
    await fill(page, "#sc-ev1-date", evil);
    expect(await text(page, "#sc-asof-error")).toContain(evil);
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await fill(page, "#sc-asof", "2001-06-30");
    await fill(page, "#sc-ev1-date", "2000-08-29");
  });

  test("tabs work with the keyboard alone", async () => {
    await page.focus("#tab-seriesc");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-optex");
    expect(await page.locator("#tab-optex").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#panel-optex").isVisible()).toBe(true);
    expect(await page.locator("#panel-seriesc").isHidden()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-seriesc");
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-optex");
    // Tab moves from the tab list into the panel; the focus is visible (an outline).
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { id: el.id, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused.id).toBe("panel-optex");
    expect(focused.outline).not.toBe("none");
  });

  test("option exchange: a pasted roster (header, CRLF, thousands, $, M/D/YYYY, serial) computes per grant", async () => {
    await page.click("#tab-optex");
    await fill(page, "#ox-roster", ROSTER);
    await fill(page, "#ox-newstrike", "5");
    const ratio = new Dec("0.75");
    const rows = await page.locator("#ox-table tbody tr").allTextContents();
    expect(rows.length).toBe(4); // three grants + total
    const grants: Array<[string, number, number]> = [
      ["1001", 1000, 25],
      ["1002", 1525, 12.5],
      ["1003", 525, 4],
    ];
    let total = new Dec(0);
    for (const [i, [id, n, strike]] of grants.entries()) {
      const row = page.locator(`#ox-row-${i + 1}`);
      expect(await row.locator("th").textContent()).toBe(id);
      const expected = newOptionsForGrant(new Dec(n), ratio);
      total = total.plus(expected);
      expect(await row.locator("td").nth(1).getAttribute("data-exact")).toBe(expected.toString());
      if (strike > 5) expect(await row.locator("td").nth(2).getAttribute("data-exact")).toBe(breakevenPrice(new Dec(strike), new Dec(5), ratio).toString());
      else expect(await row.locator("td").nth(2).textContent()).toBe("n/a");
    }
    expect([750, 1143, 393].map(String)).toEqual(await page.locator("#ox-table tbody td:nth-child(3)").evaluateAll((tds) => tds.slice(0, 3).map((td) => td.getAttribute("data-exact"))));
    expect(await exact(page, "#ox-total")).toBe(total.toString());
    // Vesting of grant 1002 from the expiration date 2001-09-27.
    await page.click("#ox-grant-2 summary");
    const vest = vestingSchedule(optionExchangeTerms(), new Dec(1143), dayFromCivil(2001, 9, 27));
    const vestCells = await page.locator("#ox-grant-2-vesting tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    expect(vestCells).toEqual(vest.map((v) => [formatIso(v.day), formatNumber(v.shares, 0), formatNumber(v.cumulative, 0)]));
    expect(await page.locator("#ox-grant-2-iso tbody tr").count()).toBe(3);
  });

  test("option exchange: bad roster values and inputs show the functions' messages", async () => {
    await fill(page, "#ox-roster", "A\t2000-01-01\t10.5\t3\nB\tsoon\t100\t0");
    const problems = await page.locator("#ox-problems li").allTextContents();
    expect(problems).toContain(messageOf(() => newOptionsForGrant(new Dec("10.5"), new Dec(1), "eligible (row 1)")));
    expect(problems).toContain(messageOf(() => requiredDay("soon", "grantDate (row 2)")));
    expect(problems.some((p) => p.startsWith("exercisePrice (row 2): must be greater than 0"))).toBe(true);
    await fill(page, "#ox-ratio", "1.5");
    expect(await text(page, "#ox-ratio-error")).toBe("ratio: the exchange ratio must be greater than 0 and at most 1, got 1.5");
    await fill(page, "#ox-ratio", "0.75");
    await fill(page, "#ox-roster", "1\t2\t3\t4\t5");
    expect(await text(page, "#ox-roster-error")).toMatch(/line 1: 5 columns; expected 4/);
    await fill(page, "#ox-roster", ROSTER);
  });

  test("option exchange: the exchange value comparison appears with the Black–Scholes inputs", async () => {
    await fill(page, "#ox-spot", "5");
    await fill(page, "#ox-rate", "0.05");
    await fill(page, "#ox-vol", "0.8");
    await fill(page, "#ox-oldyears", "8.5");
    await page.click("#ox-grant-1 summary");
    const rows = await page.locator("#ox-grant-1-exchange tbody tr th, #ox-grant-1-exchange tbody tr td:first-child").allTextContents();
    expect(rows.join("|")).toMatch(/Value of the old grant/);
  });

  test("no serious or critical accessibility violations in either view", async () => {
    for (const tab of ["#tab-seriesc", "#tab-optex"]) {
      await page.click(tab);
      const bad = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad).toEqual([]);
    }
  });

  test("320 px: no horizontal scrolling; screenshots of both views", async () => {
    for (const [tab, name] of [
      ["#tab-seriesc", "seriesc"],
      ["#tab-optex", "option-exchange"],
    ]) {
      await page.click(tab);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-320.png`), fullPage: true });
    }
  });

  test("no console errors", () => {
    expect(errors).toEqual([]);
  });
});

describe("plain browser with the real office.js (Office.onReady host null)", () => {
  test("computes in the page, insert disabled, no console errors", async () => {
    const { page, errors } = await openPane(browser, server, "real");
    await page.waitForTimeout(500);
    expect(await text(page, "#mode")).toMatch(/Standalone/);
    expect(await page.locator("#sc-insert").isDisabled()).toBe(true);
    expect(await exact(page, "#sc-accrued")).toBe(accruedDividends(seriesCTerms(), dayFromCivil(2001, 6, 30)).toString());
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("inside Excel (stand-in office.js)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane(browser, server, "fake"));
    await page.waitForFunction(() => document.getElementById("mode")?.textContent?.includes("In Excel"));
  });
  afterAll(() => page.close());

  type Dump = Record<string, { formula: string | number | boolean; numberFormat: string; bold: boolean }>;
  const dump = (): Promise<Dump> => page.evaluate(() => (window as unknown as { __fakeExcel: { dump(): Dump } }).__fakeExcel.dump());
  const fake = (js: string) => page.evaluate(js);

  /** The block as cells by A1 address (non-empty only), as the fake sheet reports them. */
  function expectedCells(block: ReturnType<typeof seriesCModel>, row: number, col: number): Dump {
    const out: Dump = {};
    const name = (c: number) => {
      let s = "";
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    };
    const bold = new Set(block.bold.map(([r, c]) => `${r},${c}`));
    block.formulas.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v !== "") out[`${name(col + c)}${row + r + 1}`] = { formula: v, numberFormat: block.numberFormat[r][c], bold: bold.has(`${r},${c}`) };
      }),
    );
    return out;
  }

  test("insert buttons are enabled", async () => {
    expect(await page.locator("#sc-insert").isEnabled()).toBe(true);
    expect(await page.locator("#sc-actions-note").isHidden()).toBe(true);
  });

  test("Insert model writes inputs as values and outputs as live =MPWR formulas at the selected cell", async () => {
    await fake(`__fakeExcel.clear(); __fakeExcel.select("B3")`);
    await page.click("#tab-seriesc");
    await page.click("#sc-add-event");
    await fill(page, "#sc-ev1-date", "2000-08-29");
    await fill(page, "#sc-ev1-a", "1.5");
    await page.click("#sc-insert");
    await page.waitForFunction(() => document.getElementById("sc-actions-status")?.textContent?.startsWith("Wrote"));
    const form: SeriesCForm = { ...defaultSeriesCForm(), events: [{ date: "2000-08-29", type: "SPLIT", a: "1.5", b: "", c: "", d: "" }] };
    const block = seriesCModel(form, { row: 2, col: 1 }, available);
    const cells = await dump();
    expect(cells).toEqual(expectedCells(block, 2, 1));
    // Spot checks by hand: the inputs and a formula referencing them.
    expect(cells.B3).toEqual({ formula: "MPWR Series C model", numberFormat: "@", bold: true });
    expect(cells.B5.formula).toBe("As-of / event date");
    expect(cells.C5).toEqual({ formula: dayFromCivil(2001, 6, 30), numberFormat: "yyyy-mm-dd", bold: false });
    expect(cells.C6.formula).toBe(1000);
    expect(cells.C9.formula).toBe("SALE");
    const accruedRow = Object.entries(cells).find(([, v]) => v.formula === "Accrued dividends (per share)")?.[0];
    expect(accruedRow).toBeDefined();
    const accruedFormula = cells[`C${accruedRow!.slice(1)}`].formula as string;
    expect(accruedFormula).toMatch(/^=MPWR\.SERIESC_ACCRUED\(\$C\$5,\$B\$\d+:\$C\$\d+\)$/);
    const splitCell = Object.entries(cells).find(([, v]) => v.formula === "SPLIT")?.[0];
    expect(splitCell).toMatch(/^C\d+$/);
    expect(await text(page, "#sc-actions-status")).toMatch(/^Wrote the Series C model to Sheet1!B3:G\d+\.$/);
  });

  test("a non-empty target asks first: Cancel leaves the sheet alone, Replace writes", async () => {
    await fake(`__fakeExcel.clear(); __fakeExcel.set("D10", "keep me"); __fakeExcel.select("B3")`);
    await page.click("#sc-insert");
    const dialog = page.locator("dialog.confirm");
    await dialog.waitFor();
    expect(await dialog.locator("p").textContent()).toMatch(/^Sheet1!B3:G\d+ is not empty\./);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("confirm-cancel");
    await page.screenshot({ path: path.join(SCREENSHOTS, "confirm-overwrite-320.png") });
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.getElementById("sc-actions-status")?.textContent?.startsWith("Nothing written"));
    expect(await dump()).toEqual({ D10: { formula: "keep me", numberFormat: "General", bold: false } });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sc-insert"); // focus returns

    await page.click("#sc-insert");
    await dialog.waitFor();
    await page.click("#confirm-ok");
    await page.waitForFunction(() => document.getElementById("sc-actions-status")?.textContent?.startsWith("Wrote"));
    const cells = await dump();
    expect(cells.B3.formula).toBe("MPWR Series C model");
    expect(cells.D10).toBeUndefined(); // replaced (the block writes "" there)
  });

  test("Use the selected range reads the roster; Insert election table writes Table 1 with OPTEX_NEWSHARES", async () => {
    await fake(`__fakeExcel.clear();
      [["A1","Grant"],["B1","Grant date"],["C1","Options outstanding"],["D1","Exercise price"],
       ["A2","1001"],["B2",36600],["C2",1000],["D2",25],
       ["A3","1002"],["B3",36831],["C3",1525],["D3",12.5]].forEach(([a, v]) => __fakeExcel.set(a, v));
      __fakeExcel.select("A1:D3")`);
    await page.click("#tab-optex");
    await page.click("#ox-use-selection");
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent?.startsWith("Read"));
    expect(await text(page, "#ox-roster-status")).toBe("Read 2 grants from the selected range.");
    const roster = await page.locator("#ox-roster").inputValue();
    expect(roster).toBe(`Grant\tGrant date\tOptions outstanding\tExercise price\n1001\t${formatIso(36600)}\t1000\t25\n1002\t${formatIso(36831)}\t1525\t12.5`);
    expect(await exact(page, "#ox-row-2 td:nth-child(3)")).toBe("1143");

    await fake(`__fakeExcel.select("F1")`);
    await page.click("#ox-insert-election");
    await page.waitForFunction(() => document.getElementById("ox-actions-status")?.textContent?.startsWith("Wrote"));
    const form: OptionExchangeForm = { ...defaultOptionExchangeForm(), roster };
    const cells = await dump();
    const written = Object.fromEntries(Object.entries(cells).filter(([a]) => !/^[A-D]\d+$/.test(a)));
    expect(written).toEqual(expectedCells(electionTable(form, { row: 0, col: 5 }), 0, 5));
    expect(cells.F2.formula).toBe("Grant");
    expect(cells.K2.formula).toBe("New options");
    expect(cells.F3).toEqual({ formula: "1001", numberFormat: "@", bold: false });
    expect(cells.G3).toEqual({ formula: 36600, numberFormat: "yyyy-mm-dd", bold: false });
    expect(cells.J3.formula).toBe(0.75);
    expect(cells.K3.formula).toBe("=MPWR.OPTEX_NEWSHARES($H$3,$J$3)");
    expect(cells.K4.formula).toBe("=MPWR.OPTEX_NEWSHARES($H$4,$J$4)");
  });

  test("Insert model (option exchange) writes new options and the per-grant spills", async () => {
    await fake(`__fakeExcel.clear(); __fakeExcel.select("A1")`);
    await fill(page, "#ox-newstrike", "5");
    await page.click("#ox-insert");
    await page.waitForFunction(() => document.getElementById("ox-actions-status")?.textContent?.startsWith("Wrote"));
    const cells = await dump();
    expect(cells.B3).toEqual({ formula: 5, numberFormat: "#,##0.00######", bold: false });
    expect(cells.B4.formula).toBe(dayFromCivil(2001, 9, 27));
    expect(cells.E9.formula).toBe("=MPWR.OPTEX_NEWSHARES($C$9,$B$5)");
  });

  test("no console errors", () => {
    expect(errors).toEqual([]);
  });
});
