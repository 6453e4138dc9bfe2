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
import { readRoster } from "../../src/input/roster";
import { formatMoney, formatNumber, formatPerShare } from "../../src/taskpane/model/cells";
import { Available, electionTable, optionExchangeModel, seriesCModel } from "../../src/taskpane/model/layout";
import { defaultOptionExchangeForm, readOptexInputs } from "../../src/taskpane/model/optionExchange";
import { gridFromText } from "../../src/taskpane/model/paste";
import { EventRow, SeriesCForm, defaultSeriesCForm, parseSeriesC } from "../../src/taskpane/model/seriesC";
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

const text = (page: Page, sel: string) => page.locator(sel).textContent();
const exact = (page: Page, sel: string) => page.locator(sel).getAttribute("data-exact");

async function fill(page: Page, sel: string, value: string): Promise<void> {
  await page.locator(sel).fill(value);
}

/** A paste as Ctrl+V makes it: a paste event carrying the text, on the focused box. */
async function paste(page: Page, sel: string, text: string): Promise<void> {
  await page.evaluate(
    ({ sel, text }) => {
      const el = document.querySelector(sel) as HTMLElement;
      el.focus();
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { sel, text },
  );
}
const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");
async function waitSaved(page: Page, after: number): Promise<void> {
  await page.waitForFunction((t) => Number(document.body.dataset.saved ?? 0) > t, after);
}
const totalsDone = (page: Page) => page.waitForFunction(() => !document.getElementById("ox-results")?.hasAttribute("aria-busy") && document.getElementById("ox-totals-progress")?.textContent === "");

/** A roster as a person exports it: CSV, columns in another order, quoted numbers with separators, $ signs, CRLF. */
function csvRoster(n: number): { text: string; total: Dec; eligible: number } {
  const lines = ["Exercise Price,Options Outstanding,Grant Date,Optionee,Grant ID"];
  let total = new Dec(0);
  let eligible = 0;
  for (let i = 0; i < n; i++) {
    const options = 100 + ((i * 37) % 4000);
    eligible += options;
    total = total.plus(Math.floor((options * 3) / 4)); // floor(0.75 × options), per grant (Offer Q7)
    lines.push(`"$${(5 + (i % 60)).toFixed(2)}","${options.toLocaleString("en-US")}",2000-0${1 + (i % 9)}-15,"Employee ${i + 1}, Jr.",G-${i + 1}`);
  }
  return { text: lines.join("\r\n"), total, eligible };
}

const ROSTER = "Grant\tGrant date\tOptions outstanding\tExercise price\r\n1001\t3/15/2000\t1,000\t$25.00\r\n1002\t2000-11-01\t1,525\t12.50\r\n1003\t36800\t525\t4\r\n";

describe("standalone page (office.js unavailable)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane(browser, server, "none"));
    await ready(page);
  });
  afterAll(() => page.close());

  test("renders both tabs; insert buttons disabled with a one-line explanation", async () => {
    expect(await text(page, "#mode")).toMatch(/Standalone/);
    expect(await page.locator("#sc-insert").isDisabled()).toBe(true);
    expect(await page.locator("#sc-actions-note").isVisible()).toBe(true);
    expect(await text(page, "#sc-actions-note")).toMatch(/Open this pane in Excel/);
    expect(await page.locator("#sc-insert").getAttribute("aria-describedby")).toBe("sc-actions-note");
  });

  test("Series C defaults: every result equals src/calc, per-share amounts in dollars", async () => {
    const t = seriesCTerms();
    const day = dayFromCivil(2001, 6, 30);
    const fmv = new Dec(10);
    const expectLine = async (id: string, value: Dec, fmt: (d: Dec) => string) => {
      expect(await exact(page, `#sc-${id}`)).toBe(value.toString());
      expect(await text(page, `#sc-${id}`)).toBe(fmt(value));
    };
    await expectLine("accrued", accruedDividends(t, day), formatPerShare);
    await expectLine("mindiv", remainingMinimumDividend(t, day), formatPerShare);
    await expectLine("convprice", conversionPrice(t, [], day), formatPerShare);
    await expectLine("convrate", conversionRate(t, [], day), (d) => formatNumber(d, 6));
    await expectLine("liquidation", liquidationPreference(t, { day, commonValue: fmv, events: [], payments: [] }).perShare, formatPerShare);
    await expectLine("redemption", redemptionPrice(t, { day, fmv, trigger: "SALE", events: [], payments: [] }).price, formatPerShare);
    await expectLine("multiple", redemptionMultiple(t, day), (d) => `${formatNumber(d, 6)}×`);
    const conv = convertShares(t, { shares: new Dec(1000), day, fmv, kind: "OPTIONAL", events: [], payments: [] });
    const cells = await page.locator("#sc-breakdown-result tbody td").allTextContents();
    expect(cells).toEqual([formatNumber(conv.principalShares, 6), formatNumber(conv.dividendShares, 6), formatNumber(conv.wholeShares, 0), formatMoney(conv.cashInLieu), formatPerShare(conv.extinguishedPerShare)]);
    expect(await page.locator("#sc-keydates-result tbody td:first-child").allTextContents()).toContain("2005-12-29");
    expect(await text(page, "#sc-certificate-note")).toBe("No event on or before the as-of date: the conversion price is the initial $28.00 (Cert §5(c)).");
  });

  test("Add event shows no error and keeps the results; its fields are labelled for its type", async () => {
    const before = await exact(page, "#sc-convprice");
    await page.click("#sc-add-event");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sc-ev1-date"); // focus moves into the new row
    expect(await page.locator("#sc-summary").isHidden()).toBe(true);
    expect(await page.locator("[aria-invalid=true]").count()).toBe(0);
    expect(await exact(page, "#sc-convprice")).toBe(before);
    expect(await text(page, "#sc-left-out")).toBe("Not counted until complete and valid: event 1 (not filled in yet).");
    expect(await text(page, 'label[for="sc-ev1-a"]')).toBe("Ratio (new shares per old share)");
    await page.selectOption("#sc-ev1-type", "ISSUE");
    expect(await page.locator("#sc-ev1 label").allTextContents()).toEqual(["Date", "Type", "Shares issued", "Total consideration", "Common outstanding before (deemed)", "Fair market value per share (optional)"]);
    await page.selectOption("#sc-ev1-type", "SPLIT");
  });

  test("typing inputs, a 3-for-2 split and a payment updates the results and the certificate of adjustment", async () => {
    await fill(page, "#sc-asof", "2002-12-31");
    await fill(page, "#sc-shares", "2,500");
    await fill(page, "#sc-fmv", "$30");
    await page.selectOption("#sc-kind", "MANDATORY");
    await page.selectOption("#sc-trigger", "3D");
    await fill(page, "#sc-ev1-date", "8/29/2000"); // the locale's short date (en-US in this Chromium)
    expect(await text(page, "#sc-ev1-date-note")).toBe("Read as Tuesday 29 August 2000.");
    await fill(page, "#sc-ev1-a", "3/2");
    await page.click("#sc-add-payment");
    await fill(page, "#sc-pay1-date", "2000-12-31");
    await fill(page, "#sc-pay1-amount", "$2.80");

    const t = seriesCTerms();
    const day = dayFromCivil(2002, 12, 31);
    const events = checkEvents(t, [{ row: 1, day: dayFromCivil(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    const payments = [{ row: 1, day: dayFromCivil(2000, 12, 31), amount: new Dec("2.8") }];
    const fmv = new Dec(30);
    expect(await exact(page, "#sc-accrued")).toBe(accruedDividends(t, day, payments).toString());
    expect(await exact(page, "#sc-convprice")).toBe(conversionPrice(t, events, day).toString());
    expect(await text(page, "#sc-convprice")).toBe("$18.666667"); // $28 ÷ 1.5
    expect(await exact(page, "#sc-liquidation")).toBe(liquidationPreference(t, { day, commonValue: fmv, events, payments }).perShare.toString());
    expect(await exact(page, "#sc-redemption")).toBe(redemptionPrice(t, { day, fmv, trigger: "3D", events, payments }).price.toString());
    const conv = convertShares(t, { shares: new Dec(2500), day, fmv, kind: "MANDATORY", events, payments });
    expect(await page.locator("#sc-breakdown-result tbody td").nth(2).textContent()).toBe(formatNumber(conv.wholeShares, 0));
    expect(await text(page, "#sc-cert-1-rule")).toBe("§5(f) subdivision");
    expect(await page.locator("#sc-cert-1-price").getAttribute("data-after")).toBe(new Dec(28).div(new Dec(1.5)).toString());
    await page.click("#sc-pay1-remove");
    expect(await page.locator("#sc-pay1").count()).toBe(0);
    expect(await exact(page, "#sc-accrued")).toBe(accruedDividends(t, day).toString());
  });

  test("errors show once the field is left, with the visible label, outlined and listed in the summary", async () => {
    await fill(page, "#sc-notice", "tomorrow");
    expect(await page.locator("#sc-notice-error").isHidden()).toBe(true); // still typing: nothing shown yet
    await page.locator("#sc-notice").blur();
    expect(await text(page, "#sc-notice-error")).toBe('Redemption notice date: "tomorrow" is not a date: use YYYY-MM-DD, M/D/YYYY or an Excel date serial');
    await fill(page, "#sc-notice", "");
    await fill(page, "#sc-asof", "2001-13-01");
    await page.locator("#sc-asof").blur();
    expect(await text(page, "#sc-asof-error")).toBe('As-of / event date: "2001-13-01" is not a date: use YYYY-MM-DD, M/D/YYYY or an Excel date serial');
    expect(await page.locator("#sc-asof").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#sc-asof").getAttribute("aria-describedby")).toContain("sc-asof-error");
    expect(await text(page, "#sc-accrued")).toBe("Needs a valid value for the as-of date.");
    await fill(page, "#sc-shares", "-5");
    await page.locator("#sc-shares").blur();
    expect(await page.locator("#sc-summary-errors li").allTextContents()).toEqual([
      'As-of / event date: "2001-13-01" is not a date: use YYYY-MM-DD, M/D/YYYY or an Excel date serial',
      "Holder's Series C shares: must be greater than 0, got -5",
    ]);
    expect(await text(page, "#sc-summary-title")).toBe("2 problems to fix");
    // The summary links to the field.
    await page.click("#sc-summary-errors li:nth-child(2) a");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sc-shares");
    await fill(page, "#sc-shares", "1000");
    await fill(page, "#sc-asof", "2001-06-30");
    expect(await page.locator("#sc-asof-error").isHidden()).toBe(true);
    expect(await page.locator("#sc-asof").getAttribute("aria-invalid")).toBeNull();
    expect(await page.locator("#sc-summary").isHidden()).toBe(true);
  });

  test("deleting an event never re-points an EXPIRE; when its event is gone it says so", async () => {
    // Event 1 is the split; add two RIGHTS and an EXPIRE of the second.
    for (const [id, date, a] of [
      ["2", "2000-09-01", "1000"],
      ["3", "2000-10-01", "2000"],
    ]) {
      await page.click("#sc-add-event");
      await page.selectOption(`#sc-ev${id}-type`, "RIGHTS");
      await fill(page, `#sc-ev${id}-date`, date);
      await fill(page, `#sc-ev${id}-a`, a);
      await fill(page, `#sc-ev${id}-b`, "$100");
      await fill(page, `#sc-ev${id}-c`, "1,000,000");
    }
    await page.click("#sc-add-event");
    await page.selectOption("#sc-ev4-type", "EXPIRE");
    await fill(page, "#sc-ev4-date", "2000-12-01");
    await page.selectOption("#sc-ev4-target", "3");
    await fill(page, "#sc-ev4-b", "0");
    await fill(page, "#sc-ev4-c", "0");
    expect(await page.locator("#sc-summary").isHidden()).toBe(true);
    expect(await text(page, "#sc-left-out")).toBe("");
    await page.click("#sc-ev2-remove");
    expect(await page.locator("#sc-ev4-target").inputValue()).toBe("3"); // still the same RIGHTS event, now event 2
    expect(await page.locator("#sc-ev4-target option:checked").textContent()).toBe("Event 2: RIGHTS 2000-10-01");
    expect(await page.locator("#sc-ev4 legend").textContent()).toBe("Event 3");
    await page.click("#sc-ev3-remove");
    await page.locator("#sc-ev4-target").focus();
    await page.locator("#sc-ev4-target").blur();
    expect(await text(page, "#sc-ev4-target-error")).toBe("Event 2, Rights or options that expired: the event it referred to was removed; choose another");
    await page.click("#sc-ev4-remove");
  });

  test("user text is never rendered as HTML", async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    await fill(page, "#sc-asof", evil);
    await page.locator("#sc-asof").blur();
    expect(await text(page, "#sc-asof-error")).toContain(evil);
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await fill(page, "#sc-asof", "2001-06-30");
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
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { id: el.id, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused.id).toBe("panel-optex");
    expect(focused.outline).not.toBe("none");
  });

  test("option exchange opens without an error before anything was typed", async () => {
    await page.click("#tab-optex");
    expect(await page.locator("#panel-optex [aria-invalid=true]").count()).toBe(0);
    expect(await page.locator("#panel-optex .error:not([hidden])").count()).toBe(0);
    expect(await page.locator("#ox-summary").isHidden()).toBe(true);
    expect(await text(page, "#ox-empty")).toBe("Paste a roster to see the new options per grant.");
  });

  test("a pasted roster (header, CRLF, thousands, $, M/D/YYYY, serial) computes per grant", async () => {
    await fill(page, "#ox-roster", ROSTER);
    await fill(page, "#ox-newstrike", "5");
    await totalsDone(page);
    const ratio = new Dec("0.75");
    const grants: Array<[string, number, number]> = [
      ["1001", 1000, 25],
      ["1002", 1525, 12.5],
      ["1003", 525, 4],
    ];
    for (const [i, [id, n, strike]] of grants.entries()) {
      const row = page.locator(`#ox-row-${i + 1}`);
      expect(await row.locator("th").textContent()).toBe(id);
      expect(await row.locator("td").nth(1).getAttribute("data-exact")).toBe(newOptionsForGrant(new Dec(n), ratio).toString());
      if (strike > 5) expect(await row.locator("td").nth(2).getAttribute("data-exact")).toBe(breakevenPrice(new Dec(strike), new Dec(5), ratio).toString());
      else expect(await row.locator("td").nth(2).textContent()).toBe("n/a");
    }
    expect(await exact(page, "#ox-total")).toBe(String(750 + 1143 + 393));
    expect(await exact(page, "#ox-total-eligible")).toBe(String(1000 + 1525 + 525));
    await page.click("#ox-grant-2 summary");
    const vest = vestingSchedule(optionExchangeTerms(), new Dec(1143), dayFromCivil(2001, 9, 27));
    const vestCells = await page.locator("#ox-grant-2-vesting tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    expect(vestCells).toEqual(vest.map((v) => [formatIso(v.day), formatNumber(v.shares, 0), formatNumber(v.cumulative, 0)]));
    expect(await page.locator("#ox-grant-2-iso tbody tr").count()).toBe(3);
  });

  test("5% and 80% are accepted; a bare 5 for the rate is accepted with a visible warning", async () => {
    await fill(page, "#ox-spot", "5");
    await fill(page, "#ox-rate", "5%");
    await fill(page, "#ox-vol", "80%");
    await fill(page, "#ox-oldyears", "8.5");
    await page.locator("#ox-oldyears").blur();
    await totalsDone(page);
    expect(await page.locator("#panel-optex [aria-invalid=true]").count()).toBe(0);
    expect(await page.locator("#ox-total-oldvalue").getAttribute("data-exact")).not.toBeNull();
    await page.click("#ox-grant-1 summary");
    expect(await page.locator("#ox-grant-1-exchange").textContent()).toMatch(/Value of the old grant/);
    await fill(page, "#ox-rate", "5");
    await page.locator("#ox-rate").blur();
    expect(await text(page, "#ox-rate-warning")).toBe("Risk-free rate: 5 is read as 500 %, above 100 %. A number without % is a fraction (0.05 = 5 %); type 5% for 5 percent.");
    expect(await page.locator("#ox-summary-warnings li").allTextContents()).toHaveLength(1);
    expect(await page.locator("#ox-rate").getAttribute("aria-invalid")).toBeNull(); // a warning, not an error
    await fill(page, "#ox-rate", "5%");
  });

  test("a roster with the columns in another order (CSV, quotes, $) gives the exact total; the list is paged", async () => {
    const { text: csv, total, eligible } = csvRoster(60);
    await fill(page, "#ox-roster", csv);
    await totalsDone(page);
    expect(await exact(page, "#ox-total")).toBe(total.toString());
    expect(await exact(page, "#ox-total-eligible")).toBe(String(eligible));
    expect(await page.locator("#ox-table tbody tr").count()).toBe(25);
    expect(await text(page, "#ox-page")).toBe("Grants 1–25 of 60");
    expect(await text(page, "#ox-row-1 th")).toBe("G-1 (Employee 1, Jr.)");
    await page.click("#ox-next");
    expect(await text(page, "#ox-page")).toBe("Grants 26–50 of 60");
    expect(await page.locator("#ox-row-26").count()).toBe(1);
  });

  test("a missing column is one clear message naming it; bad rows are listed and can be filtered", async () => {
    await fill(page, "#ox-roster", "Grant,Grant date,Options\n1,2000-01-01,100");
    expect(await text(page, "#ox-roster-error")).toBe("Grant roster: the header row has no exercise price column (e.g. Exercise price, Strike price, Strike, Option price)");
    await fill(page, "#ox-roster", "Grant,Grant date,Options,Strike\nA,2000-01-01,10.5,3\nB,soon,100,4\nC,2000-01-01,100,5");
    await page.locator("#ox-roster").blur();
    await totalsDone(page);
    expect(await text(page, "#ox-roster-error")).toBe("2 grants have problems: Row 2 (A): options: options are whole numbers, got 10.5 (tick “Only grants with problems” to see them all)");
    expect(await exact(page, "#ox-total-problems")).toBe("2");
    await page.check("#ox-only-problems");
    expect(await page.locator("#ox-table tbody tr").count()).toBe(2);
    expect(await page.locator("#ox-problems li").allTextContents()).toEqual([
      "Row 2 (A): options: options are whole numbers, got 10.5",
      'Row 3 (B): grant date: "soon" is not a date: use YYYY-MM-DD, M/D/YYYY or an Excel date serial',
    ]);
    await page.uncheck("#ox-only-problems");
    await fill(page, "#ox-roster", ROSTER);
    await totalsDone(page);
  });

  test("no serious or critical accessibility violations in either view (with errors and warnings shown)", async () => {
    await fill(page, "#ox-rate", "5");
    await page.locator("#ox-rate").blur();
    for (const tab of ["#tab-seriesc", "#tab-optex"]) {
      await page.click(tab);
      const bad = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad).toEqual([]);
    }
    await fill(page, "#ox-rate", "5%");
  });

  test("320 px: no horizontal scrolling; screenshots of both views", async () => {
    for (const [tab, name] of [
      ["#tab-seriesc", "seriesc"],
      ["#tab-optex", "option-exchange"],
    ]) {
      await page.click(tab);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      // The whole page in the viewport: parts off screen are not painted (content-visibility: auto, styles.css).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 320, height });
      await page.waitForFunction(() => Array.from(document.querySelectorAll("[role=tabpanel]:not([hidden]) .figure-slot")).every((s) => (s as HTMLElement).dataset.state === "ready"));
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-320.png`), fullPage: true });
      await page.setViewportSize({ width: 320, height: 900 });
    }
  });

  test("a reload brings back everything typed in both tabs (localStorage)", async () => {
    await page.click("#tab-seriesc");
    await fill(page, "#sc-fmv", "12.5");
    await waitSaved(page, await page.evaluate(() => Date.now())); // a save that started after the last edit
    const state = async () => ({
      fmv: await page.locator("#sc-fmv").inputValue(),
      asOf: await page.locator("#sc-asof").inputValue(),
      kind: await page.locator("#sc-kind").inputValue(),
      event: await page.locator("#sc-ev1-a").inputValue(),
      roster: await page.locator("#ox-roster").inputValue(),
      rate: await page.locator("#ox-rate").inputValue(),
      strike: await page.locator("#ox-newstrike").inputValue(),
    });
    const typed = await state();
    expect(typed).toEqual({ fmv: "12.5", asOf: "2001-06-30", kind: "MANDATORY", event: "3/2", roster: ROSTER.replace(/\r\n/g, "\n"), rate: "5%", strike: "5" });
    await page.reload();
    await ready(page);
    expect(await state()).toEqual(typed);
    expect(await text(page, "#save-status")).toBe("Inputs restored from this browser.");
  });

  test("no console errors", () => {
    expect(errors).toEqual([]);
  });
});

describe("50,000 grants in a plain page", () => {
  test("a 50,000-grant paste shows progress, stays responsive, and gives the exact total; it survives a reload", async () => {
    const { page, errors } = await openPane(browser, server, "none");
    await ready(page);
    await page.click("#tab-optex");
    const { text: csv, total } = csvRoster(50_000);
    await paste(page, "#ox-roster", csv);
    expect(await page.locator("#ox-roster-progress").isVisible()).toBe(true);
    // The box does not hold 50,000 lines (Chromium would take seconds to lay them out): it says what it holds.
    expect(await page.locator("#ox-roster").inputValue()).toBe("");
    expect(await text(page, "#ox-roster-summary")).toBe("The roster holds 50,001 rows of pasted text (2,833 KB), too many to show here. Paste into the box to replace them, or choose Edit as text.");
    // While it reads, the page answers: a timer set now fires within a frame or two.
    const lag = await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      setTimeout(() => resolve(performance.now() - t0), 0);
    }));
    expect(lag).toBeLessThan(250);
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent?.startsWith("Read 50,000 grants"), undefined, { timeout: 60_000 });
    await totalsDone(page);
    expect(await exact(page, "#ox-total")).toBe(total.toString());
    expect(await page.locator("#ox-table tbody tr").count()).toBe(25);
    expect(await page.evaluate(() => document.querySelectorAll("#panel-optex *").length)).toBeLessThan(2000);
    await page.waitForFunction(() => (localStorage.getItem("mpwr.taskpane.roster.v1") ?? "").length > 1_000_000, undefined, { timeout: 30_000 });
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent?.startsWith("Read 50,000 grants"), undefined, { timeout: 60_000 });
    await totalsDone(page);
    expect(await exact(page, "#ox-total")).toBe(total.toString());
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("plain browser with the real office.js (Office.onReady host null)", () => {
  test("computes in the page, insert disabled, no console errors", async () => {
    const { page, errors } = await openPane(browser, server, "real");
    await ready(page);
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
    await ready(page);
  });
  afterAll(() => page.close());

  type Dump = Record<string, { formula: string | number | boolean; numberFormat: string; bold: boolean }>;
  const dump = (): Promise<Dump> => page.evaluate(() => (window as unknown as { __fakeExcel: { dump(): Dump } }).__fakeExcel.dump());
  const fake = (js: string) => page.evaluate(js);
  const wrote = (id: string) => page.waitForFunction((x) => /^(Wrote|Nothing|Cancelled|Could not)/.test(document.getElementById(x)?.textContent ?? ""), id, { timeout: 120_000 });

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
    await wrote("sc-actions-status");
    const ev: EventRow = { id: "1", date: "2000-08-29", type: "SPLIT", a: "1.5", b: "", c: "", d: "", target: "" };
    const form: SeriesCForm = { ...defaultSeriesCForm(), events: [ev] };
    const block = seriesCModel(parseSeriesC(form, "MDY"), { row: 2, col: 1 }, available);
    const cells = await dump();
    expect(cells).toEqual(expectedCells(block, 2, 1));
    expect(cells.B3).toEqual({ formula: "MPWR Series C model", numberFormat: "@", bold: true });
    expect(cells.C5).toEqual({ formula: dayFromCivil(2001, 6, 30), numberFormat: "yyyy-mm-dd", bold: false });
    expect(cells.C6).toEqual({ formula: 1000, numberFormat: "#,##0", bold: false });
    expect(cells.C9.formula).toBe("SALE");
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
    await wrote("sc-actions-status");
    expect(await text(page, "#sc-actions-status")).toMatch(/^Nothing written/);
    expect(await dump()).toEqual({ D10: { formula: "keep me", numberFormat: "General", bold: false } });
    await page.click("#sc-insert");
    await dialog.waitFor();
    await page.click("#confirm-ok");
    await page.waitForFunction(() => document.getElementById("sc-actions-status")?.textContent?.startsWith("Wrote"));
    const cells = await dump();
    expect(cells.B3.formula).toBe("MPWR Series C model");
    expect(cells.D10).toBeUndefined();
  });

  test("nothing is written while an input is invalid: Insert lists every problem and writes nothing", async () => {
    await fake(`__fakeExcel.clear(); __fakeExcel.select("A1")`);
    await fill(page, "#sc-asof", "2001-02-30");
    await fill(page, "#sc-ev1-a", "");
    await page.click("#sc-insert");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sc-summary");
    expect(await page.locator("#sc-summary-errors li").allTextContents()).toEqual([
      'As-of / event date: "2001-02-30" is not a date: use YYYY-MM-DD, M/D/YYYY or an Excel date serial',
      "Event 1, Ratio (new shares per old share): a number is required",
    ]);
    expect(await page.locator("#sc-ev1-a").getAttribute("aria-invalid")).toBe("true");
    expect(await text(page, "#sc-actions-status")).toBe("Nothing written: fix the 2 problems listed at the top of this tab first.");
    expect(await dump()).toEqual({});
    await fill(page, "#sc-asof", "2001-06-30");
    await fill(page, "#sc-ev1-a", "1.5");
  });

  test("Use the selected range reads an events table; replacing the events asks first; an EXPIRE keeps its event", async () => {
    await fake(`__fakeExcel.clear();
      [["A1","date"],["B1","type"],["C1","a"],["D1","b"],["E1","c"],
       ["A2",36767],["B2","SPLIT"],["C2",1.5],
       ["A3",36800],["B3","RIGHTS"],["C3",1000],["D3",10000],["E3",1000000],
       ["A4",36900],["B4","EXPIRE"],["C4",3],["D4",0],["E4",0]].forEach(([a, v]) => __fakeExcel.set(a, v));
      __fakeExcel.select("A1:E4")`);
    await page.click("#tab-seriesc");
    expect(await page.locator("#sc-events .row-card").count()).toBe(1); // the split typed earlier
    await page.click("#sc-events-selection");
    const dialog = page.locator("dialog.confirm");
    await dialog.waitFor();
    expect(await dialog.locator("h2").textContent()).toBe("Replace the events?");
    await page.click("#confirm-cancel");
    await page.waitForFunction(() => document.getElementById("sc-events-status")?.textContent === "The events were left as they were.");
    expect(await page.locator("#sc-events .row-card").count()).toBe(1);
    await page.click("#sc-events-selection");
    await dialog.waitFor();
    await page.click("#confirm-ok");
    await page.waitForFunction(() => document.getElementById("sc-events-status")?.textContent?.startsWith("Read 3 events"));
    expect(await page.locator("#sc-ev1-date").inputValue()).toBe("2000-08-29");
    expect(await page.locator("#sc-ev3-target").inputValue()).toBe("2"); // row 3 of the range is the RIGHTS event, read as event 2
    expect(await page.locator("#sc-summary").isHidden()).toBe(true);
    expect(await page.locator("#sc-certificate-result li").count()).toBe(3);
    expect(await text(page, "#sc-cert-3-rule")).toBe("§5(k)(3) readjustment");
    // Back to the one split the later tests expect.
    await page.click("#sc-ev3-remove");
    await page.click("#sc-ev2-remove");
  });

  test("Use the selected range reads the roster by header; Insert election table writes Table 1; the table reads back", async () => {
    await fake(`__fakeExcel.clear();
      [["A1","Employee"],["B1","Exercise price"],["C1","Grant date"],["D1","Eligible options"],["E1","New options"],
       ["A2","Ann"],["B2",25],["C2",36600],["D2",1000],["E2","=MPWR.OPTEX_NEWSHARES(D2)"],
       ["A3","Bob"],["B3",12.5],["C3",36831],["D3",1525]].forEach(([a, v]) => __fakeExcel.set(a, v));
      __fakeExcel.select("A1:E3")`);
    await page.click("#tab-optex");
    await page.click("#ox-use-selection");
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent?.startsWith("Read"));
    expect(await text(page, "#ox-roster-status")).toBe("Read 2 grants from the selected range.");
    const roster = await page.locator("#ox-roster").inputValue();
    expect(roster).toBe("Employee\tExercise price\tGrant date\tEligible options\tNew options\nAnn\t25\t2000-03-15\t1000\t\nBob\t12.5\t2000-11-01\t1525\t");
    await totalsDone(page);
    expect(await exact(page, "#ox-row-2 td:nth-child(3)")).toBe("1143");

    await fill(page, "#ox-newstrike", "5");
    await fake(`__fakeExcel.select("H1")`);
    await page.click("#ox-insert-election");
    await wrote("ox-actions-status");
    const grants = readRoster(gridFromText(roster), "MDY").grants;
    const cells = await dump();
    const written = Object.fromEntries(Object.entries(cells).filter(([a]) => !/^[A-E]\d+$/.test(a)));
    expect(written).toEqual(expectedCells(electionTable(grants, 0.75, { row: 0, col: 7 }), 0, 7));
    expect(cells.H2.formula).toBe("Grant");
    expect(cells.I2.formula).toBe("Employee");
    expect(cells.I3).toEqual({ formula: "Ann", numberFormat: "@", bold: false });
    expect(cells.J3).toEqual({ formula: 36600, numberFormat: "yyyy-mm-dd", bold: false });
    expect(cells.K3).toEqual({ formula: 1000, numberFormat: "#,##0", bold: false });
    expect(cells.L3).toEqual({ formula: 25, numberFormat: "$#,##0.00####", bold: false });
    expect(cells.N3.formula).toBe("=MPWR.OPTEX_NEWSHARES($K$3,$M$3)");

    // Reading the table just written replaces a non-empty roster only after asking.
    await fake(`__fakeExcel.select("H1:N4")`);
    await page.click("#ox-use-selection");
    const dialog = page.locator("dialog.confirm");
    await dialog.waitFor();
    expect(await dialog.locator("h2").textContent()).toBe("Replace the roster?");
    await page.click("#confirm-ok");
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent?.startsWith("Read"));
    const back = readRoster(gridFromText(await page.locator("#ox-roster").inputValue()), "MDY").grants;
    expect(back.map(({ line: _l, ...g }) => g)).toEqual(grants.map(({ line: _l, ...g }) => g));
  });

  test("an empty selection leaves the roster alone and says so", async () => {
    const before = await page.locator("#ox-roster").inputValue();
    await fake(`__fakeExcel.select("Z100")`);
    await page.click("#ox-use-selection");
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent?.includes("left as it was"));
    expect(await text(page, "#ox-roster-status")).toBe("The selected range holds no grants; the roster was left as it was.");
    expect(await page.locator("#ox-roster").inputValue()).toBe(before);
  });

  test("Insert model for 50,000 grants: chunked requests under 1 MB each, with progress; Cancel clears what was written", async () => {
    const { text: csv } = csvRoster(50_000);
    await page.click("#tab-optex");
    await fill(page, "#ox-newstrike", "5");
    await page.click("#ox-clear-roster");
    await page.click("#confirm-ok");
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent === "The roster was cleared.");
    await paste(page, "#ox-roster", csv);
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent?.startsWith("Read 50,000"), undefined, { timeout: 60_000 });
    await fake(`__fakeExcel.clear(); __fakeExcel.select("A1")`);
    await page.click("#ox-insert");
    await wrote("ox-actions-status");
    const form = { ...defaultOptionExchangeForm(), newStrike: "5" }; // what this page holds now
    const block = optionExchangeModel(readOptexInputs(form, "MDY").inputs, readRoster(gridFromText(csv), "MDY").grants, { row: 0, col: 0 }, available);
    expect(await text(page, "#ox-actions-status")).toBe(`Wrote the option exchange model to Sheet1!A1:G${block.rows}.`);
    const syncs = (await fake("__fakeExcel.log.filter((e) => e.bytes !== undefined)")) as Array<{ bytes: number }>;
    expect(syncs.length).toBeGreaterThan(5);
    expect(Math.max(...syncs.map((s) => s.bytes))).toBeLessThanOrEqual(1_000_000);
    const last = block.formulas.findIndex((row) => row[0] === "G-50000");
    expect(((await fake(`__fakeExcel.cell("F${last + 1}")`)) as { formula: string }).formula).toBe(`=MPWR.OPTEX_NEWSHARES($D$${last + 1},$B$5)`);
    expect(await fake("Object.keys(__fakeExcel.dump()).length")).toBe(block.formulas.flat().filter((v) => v !== "").length);

    // Cancel part-way: the block's area is cleared, nothing of the model stays.
    await fake(`__fakeExcel.clear(); __fakeExcel.select("A1"); __fakeExcel.setSyncDelay(100)`);
    await page.click("#ox-insert");
    await page.locator("#ox-actions-cancel").waitFor({ state: "visible" });
    await page.waitForFunction(() => document.getElementById("ox-actions-status")?.textContent?.includes(" of "));
    await page.click("#ox-actions-cancel");
    await wrote("ox-actions-status");
    expect(await text(page, "#ox-actions-status")).toMatch(new RegExp(`^Cancelled: the [\\d,]+ rows written so far were cleared, so Sheet1!A1:G${block.rows} holds no partial model \\(its cells are empty\\)\\.$`));
    expect(await dump()).toEqual({});
    await fake("__fakeExcel.setSyncDelay(0)");
  });

  test("inputs are saved in the workbook (custom XML parts) and come back after a reload", async () => {
    await page.click("#ox-clear-roster");
    await page.click("#confirm-ok");
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent === "The roster was cleared.");
    await fill(page, "#ox-roster", ROSTER);
    await fill(page, "#ox-vol", "80%");
    await waitSaved(page, await page.evaluate(() => Date.now()));
    const parts = (await fake("__fakeExcel.parts()")) as Array<{ namespaceUri: string; xml: string }>;
    expect(parts.map((p) => p.namespaceUri).sort()).toEqual(["urn:mpwr:taskpane-state:1:form", "urn:mpwr:taskpane-state:1:roster"]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("mpwr")))).toEqual([]); // the workbook, not the browser
    await page.reload();
    await page.waitForFunction(() => document.getElementById("mode")?.textContent?.includes("In Excel"));
    await ready(page);
    expect(await text(page, "#save-status")).toBe("Inputs restored from this workbook.");
    expect(await page.locator("#ox-roster").inputValue()).toBe(ROSTER.replace(/\r\n/g, "\n"));
    expect(await page.locator("#ox-vol").inputValue()).toBe("80%");
    expect(await page.locator("#ox-newstrike").inputValue()).toBe("5");
    expect(await page.locator("#sc-ev1-a").inputValue()).toBe("1.5");
  });

  test("no console errors", () => {
    expect(errors).toEqual([]);
  });
});
