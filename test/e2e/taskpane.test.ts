/**
 * The task pane in real Chromium (Debian chromium + playwright-core), served
 * from the built dist/: standalone (office.js unavailable, or real office.js
 * outside Office) and inside a stand-in Excel (test/support/officeStandIn.ts).
 */
import path from "path";
import { Page } from "playwright-core";
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
import { redemptionPrice } from "../../src/calc/seriesC/redemption";
import { seriesCTerms } from "../../src/calc/seriesC/terms";
import { dayFromCivil, formatIso } from "../../src/calc/time/civil";
import { readRoster } from "../../src/input/roster";
import { formatMoney, formatNumber, formatPerShare } from "../../src/taskpane/model/cells";
import { areaAddress, cellAddress, optionExchangeModel, seriesCModel } from "../../src/layout";
import { optionExchangeModelInput, seriesCModelInput } from "../../src/taskpane/model/modelInput";
import { defaultOptionExchangeForm, readOptionExchangeInputs } from "../../src/taskpane/model/optionExchange";
import { gridFromText } from "../../src/taskpane/model/paste";
import { EventRow, SeriesCForm, defaultSeriesCForm, parseSeriesC } from "../../src/taskpane/model/seriesC";
import { expectSheetIsLayout } from "../taskpane/excel/layoutCheck";
import { FakeExcel, FakeSheet } from "../taskpane/excel/standIn";
import { axeViolations, paste, SCREENSHOTS, usePane } from "./harness";

const openPane = usePane();

const text = (page: Page, sel: string) => page.locator(sel).textContent();
const exact = (page: Page, sel: string) => page.locator(sel).getAttribute("data-exact");

async function fill(page: Page, sel: string, value: string): Promise<void> {
  await page.locator(sel).fill(value);
}

const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");
/**
 * Waits until the status line says exactly `want` (a final state: never a prefix, which a
 * transitional "Reading…" would match too); on a timeout the expectation shows what it said.
 */
async function statusIs(page: Page, id: string, want: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(([x, t]) => document.getElementById(x)?.textContent === t, [id, want] as const, { timeout }).catch(() => undefined);
  expect(await page.locator(`#${id}`).textContent()).toBe(want);
}
/** Waits until every change made so far is saved (the pane sets `data-unsaved` on <body> from a change until its save ends). */
async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.restored === "true" && document.body.dataset.unsaved === undefined);
}
const totalsDone = (page: Page) =>
  page.waitForFunction(
    () => !document.getElementById("ox-results")?.hasAttribute("aria-busy") && document.getElementById("ox-totals-progress")?.textContent === "",
  );

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

const ROSTER =
  "Grant\tGrant date\tOptions outstanding\tExercise price\r\n1001\t3/15/2000\t1,000\t$25.00\r\n1002\t2000-11-01\t1,525\t12.50\r\n1003\t36800\t525\t4\r\n";

describe("standalone page (office.js unavailable)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane("none"));
    await ready(page);
  });
  afterAll(() => page.close());

  test("renders both tabs; insert buttons disabled with a one-line explanation", async () => {
    expect(await text(page, "#mode")).toMatch(/Standalone/);
    expect(await page.locator("#sc-insert").isDisabled()).toBe(true);
    expect(await page.locator("#sc-actions-note").isVisible()).toBe(true);
    expect(await text(page, "#sc-actions-note")).toMatch(/Open this pane in Excel/);
    expect(await page.locator("#sc-insert").getAttribute("aria-describedby")).toBe("sc-actions-note");
    expect(await page.locator("#sc-actions-charts").isDisabled()).toBe(true);
    expect(await page.locator("#relink").isDisabled()).toBe(true);
    expect(await page.locator("#relink").getAttribute("aria-describedby")).toBe("relink-note");
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
    expect(await page.locator("#sc-multiple").count()).toBe(0); // the §6(b) multiple is shown only for triggers 3D and 3E
    const conv = convertShares(t, { shares: new Dec(1000), day, fmv, kind: "OPTIONAL", events: [], payments: [] });
    const cells = await page.locator("#sc-breakdown-result tbody td").allTextContents();
    expect(cells).toEqual([
      formatNumber(conv.principalShares, 6),
      formatNumber(conv.dividendShares, 6),
      formatNumber(conv.wholeShares, 0),
      formatMoney(conv.cashInLieu),
      formatPerShare(conv.extinguishedPerShare),
    ]);
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
    expect(await page.locator("#sc-ev1 label").allTextContents()).toEqual([
      "Date",
      "Type",
      "Shares issued",
      "Total consideration",
      "Common outstanding before (deemed)",
      "Fair market value per share (optional)",
    ]);
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
      expect(await row.locator('td[data-column="newOptions"]').getAttribute("data-exact")).toBe(newOptionsForGrant(new Dec(n), ratio).toString());
      if (strike > 5)
        expect(await row.locator('td[data-column="breakeven"]').getAttribute("data-exact")).toBe(breakevenPrice(new Dec(strike), new Dec(5), ratio).toString());
      else expect(await row.locator('td[data-column="breakeven"]').textContent()).toBe("n/a");
    }
    expect(await exact(page, "#ox-total")).toBe(String(750 + 1143 + 393));
    expect(await exact(page, "#ox-total-eligible")).toBe(String(1000 + 1525 + 525));
    await page.click("#ox-grant-2 summary");
    await page.locator("#ox-grant-2-vesting").waitFor(); // the details are drawn on the toggle event, a task after the click
    const vest = vestingSchedule(optionExchangeTerms(), new Dec(1143), dayFromCivil(2001, 9, 27));
    const vestCells = await page
      .locator("#ox-grant-2-vesting tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    expect(vestCells).toEqual(vest.map((v) => [formatIso(v.day), formatNumber(v.shares, 0), formatNumber(v.cumulative, 0)]));
    expect(await page.locator("#ox-grant-2-iso tbody tr").count()).toBe(3);
  });

  test("5% and 80% are accepted; a bare 5 for the rate is refused with the functions' words", async () => {
    await fill(page, "#ox-spot", "5");
    await fill(page, "#ox-rate", "5%");
    await fill(page, "#ox-vol", "80%");
    await fill(page, "#ox-oldyears", "8.5");
    await page.locator("#ox-oldyears").blur();
    await totalsDone(page);
    expect(await page.locator("#panel-optex [aria-invalid=true]").count()).toBe(0);
    expect(await page.locator("#ox-total-oldvalue").getAttribute("data-exact")).not.toBeNull();
    await page.click("#ox-grant-1 summary");
    await page.locator("#ox-grant-1-exchange").waitFor();
    expect(await page.locator("#ox-grant-1-exchange").textContent()).toMatch(/Value of the old grant/);
    await fill(page, "#ox-rate", "5");
    await page.locator("#ox-rate").blur();
    expect(await text(page, "#ox-rate-error")).toBe("Risk-free rate: 5 is read as 500 %; type 5% or 0.05 (the limit is ±100 %)");
    expect(await page.locator("#ox-rate").getAttribute("aria-invalid")).toBe("true"); // refused, as OPTEX_BLACKSCHOLES refuses rate 5
    await fill(page, "#ox-rate", "5%");
    await page.locator("#ox-rate").blur();
    expect(await page.locator("#ox-rate").getAttribute("aria-invalid")).toBeNull();
  });

  test("a roster with the columns in another order (CSV, quotes, $) gives the exact total; the list is paged", async () => {
    const { text: csv, total, eligible } = csvRoster(60);
    await fill(page, "#ox-roster", csv);
    await totalsDone(page);
    expect(await exact(page, "#ox-total")).toBe(total.toString());
    expect(await exact(page, "#ox-total-eligible")).toBe(String(eligible));
    expect(await page.locator("#ox-table tbody tr").count()).toBe(25);
    expect(await text(page, "#ox-page")).toBe("Grants 1–25 of 60, page 1 of 3");
    expect(await text(page, "#ox-row-1 th")).toBe("G-1 (Employee 1, Jr.)");
    await page.click("#ox-next");
    expect(await text(page, "#ox-page")).toBe("Grants 26–50 of 60, page 2 of 3");
    expect(await page.locator("#ox-row-26").count()).toBe(1);
  });

  test("a missing column is one clear message naming it; bad rows are listed and can be filtered", async () => {
    await fill(page, "#ox-roster", "Grant,Grant date,Options\n1,2000-01-01,100");
    expect(await text(page, "#ox-roster-error")).toBe(
      "Grant roster: the header row has no exercise price column (e.g. Exercise price, Strike price, Strike, Option price)",
    );
    await fill(page, "#ox-roster", "Grant,Grant date,Options,Strike\nA,2000-01-01,10.5,3\nB,soon,100,4\nC,2000-01-01,100,5");
    await page.locator("#ox-roster").blur();
    await totalsDone(page);
    expect(await text(page, "#ox-roster-error")).toBe(
      "2 grants have problems: Row 2 (A): options: options are whole numbers, got 10.5 (tick “Only grants with problems” to see them all)",
    );
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
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll("[role=tabpanel]:not([hidden]) .figure-slot")).every((s) => (s as HTMLElement).dataset.state === "ready"),
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-320.png`), fullPage: true });
      await page.setViewportSize({ width: 320, height: 900 });
    }
  });

  test("a reload brings back everything typed in both tabs (localStorage)", async () => {
    await page.click("#tab-seriesc");
    await fill(page, "#sc-fmv", "12.5");
    await waitSaved(page); // a save that started after the last edit
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
    const { page, errors } = await openPane("none");
    await ready(page);
    await page.click("#tab-optex");
    const { text: csv, total } = csvRoster(50_000);
    await paste(page, "#ox-roster", csv);
    expect(await page.locator("#ox-roster-progress").isVisible()).toBe(true);
    // The box does not hold 50,000 lines (Chromium would take seconds to lay them out): it says what it holds.
    expect(await page.locator("#ox-roster").inputValue()).toBe("");
    expect(await text(page, "#ox-roster-summary")).toBe(
      "The roster holds 50,001 rows of pasted text (2,833 KB), too many to show here. Paste into the box to replace them, or choose Edit as text.",
    );
    // While it reads, the page answers: a timer set now fires within a frame or two.
    const lag = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          setTimeout(() => resolve(performance.now() - t0), 0);
        }),
    );
    expect(lag).toBeLessThan(250);
    await statusIs(page, "ox-roster-status", "Read 50,000 grants.");
    await totalsDone(page);
    expect(await exact(page, "#ox-total")).toBe(total.toString());
    expect(await page.locator("#ox-table tbody tr").count()).toBe(25);
    expect(await page.evaluate(() => document.querySelectorAll("#panel-optex *").length)).toBeLessThan(2000);
    await page.waitForFunction(() => (localStorage.getItem("mpwr.taskpane.roster.v1") ?? "").length > 1_000_000, undefined, { timeout: 30_000 });
    await page.reload();
    await ready(page);
    await statusIs(page, "ox-roster-status", "Read 50,000 grants.");
    await totalsDone(page);
    expect(await exact(page, "#ox-total")).toBe(total.toString());
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("plain browser with the real office.js (Office.onReady host null)", () => {
  test("computes in the page, insert disabled, no console errors", async () => {
    const { page, errors } = await openPane("real");
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
    ({ page, errors } = await openPane("fake"));
    await page.waitForFunction(() => document.getElementById("mode")?.textContent?.includes("In Excel"));
    await ready(page);
  });
  afterAll(() => page.close());

  type Dump = Record<string, { formula: string | number | boolean; numberFormat: string; bold: boolean }>;
  const dump = (sheet?: string): Promise<Dump> =>
    page.evaluate((s) => (window as unknown as { __fakeExcel: { dump(s?: string): Dump } }).__fakeExcel.dump(s), sheet);
  const fake = (js: string) => page.evaluate(js);
  test("the mode line says Insert model writes a new sheet", async () => {
    expect(await text(page, "#mode")).toBe("In Excel: Insert model writes a live model on a new sheet; your inputs are saved in this workbook.");
  });
  const wrote = (id: string) =>
    page.waitForFunction((x) => /^(Wrote|Nothing|Cancelled|Could not|Refreshed|No MPWR|Stopped)/.test(document.getElementById(x)?.textContent ?? ""), id, {
      timeout: 120_000,
    });

  /** The stand-in's workbook as the page left it: every sheet, the Tables and the names. */
  async function workbook(): Promise<Pick<FakeExcel, "sheet" | "tables" | "names" | "sheets">> {
    const data = (await fake(
      `(() => { const f = window.__fakeExcel; return { sheets: Object.fromEntries(f.sheets().map((n) => [n, f.sheet(n)])), order: f.sheets(), tables: f.tables(), names: f.names() }; })()`,
    )) as {
      sheets: Record<string, FakeSheet>;
      order: string[];
      tables: ReturnType<FakeExcel["tables"]>;
      names: ReturnType<FakeExcel["names"]>;
    };
    return { sheet: (n) => data.sheets[n] ?? null, tables: () => data.tables, names: () => data.names, sheets: () => data.order };
  }

  test("insert buttons are enabled, with the charts box ticked and Recalculate MPWR formulas", async () => {
    expect(await page.locator("#sc-insert").isEnabled()).toBe(true);
    expect(await page.locator("#sc-actions-note").isHidden()).toBe(true);
    expect(await page.locator("#sc-actions-charts").isChecked()).toBe(true);
    expect(await page.locator("#relink").isEnabled()).toBe(true);
  });

  test("Insert model writes the layout to a new sheet: the typed inputs in their named cells, live formulas, Tables; the charts bound to it", async () => {
    await fake(`__fakeExcel.clear(); __fakeExcel.set("B3", "keep me"); __fakeExcel.select("B3")`);
    await page.click("#tab-seriesc");
    await page.click("#sc-add-event");
    await fill(page, "#sc-ev1-date", "2000-08-29");
    await fill(page, "#sc-ev1-a", "1.5");
    await page.click("#sc-insert");
    await wrote("sc-actions-status");
    const ev: EventRow = { id: "1", date: "2000-08-29", type: "SPLIT", a: "1.5", b: "", c: "", d: "", target: "" };
    const form: SeriesCForm = { ...defaultSeriesCForm(), events: [ev] };
    const m = seriesCModelInput(parseSeriesC(form, "MDY"));
    const model = seriesCModel(m.input);
    const wb = await workbook();
    expect(wb.sheets()).toEqual(["Sheet1", "Series C"]);
    expectSheetIsLayout(wb, model);
    // What was typed, where the layout names it.
    const at = (name: string) => {
      const ref = wb.names()[name].reference;
      return wb.sheet("Series C")!.cells[ref.slice(ref.indexOf("!") + 1).replace(/\$/g, "")];
    };
    expect([at("SC_AsOf").formula, at("SC_Shares").formula, at("SC_Fmv").formula, at("SC_CommonValue").formula, at("SC_Trigger").formula]).toEqual([
      dayFromCivil(2001, 6, 30),
      1000,
      10,
      10,
      "SALE",
    ]);
    expect(wb.tables().SC_Events.address).toBe("M6:R7");
    expect([wb.sheet("Series C")!.cells.M7.formula, wb.sheet("Series C")!.cells.N7.formula, wb.sheet("Series C")!.cells.O7.formula]).toEqual([
      dayFromCivil(2000, 8, 29),
      "SPLIT",
      1.5,
    ]);
    expect(await dump()).toEqual({ B3: { formula: "keep me", numberFormat: "General", bold: false } });
    expect(await text(page, "#sc-actions-status")).toBe('Wrote the Series C model to the new sheet "Series C", with 2 Excel charts bound to it.');
    const details = await page.locator("#sc-actions-details li").allTextContents();
    expect(details[0]).toMatch(
      /^Left empty for you to fill in: .*the capital Table, written with its header only: type your classes in it for the exit waterfall and the exit table\.$/,
    );
    expect(details[1]).toMatch(
      /^The payoff table's common values run from \$0 to \$[\d,.]+, with the conversion point and every kink of the curve; edit them in the Table\.$/,
    );
    // The native charts, from the pane, bound to the inserted model's ranges (end to end).
    const charts = wb.sheet("Series C")!.charts;
    expect(charts.map((c) => [c.name, c.type, c.title.text])).toEqual([
      ["MPWR payoffTable", "XYScatterLinesNoMarkers", "Liquidation preference per Series C share (SERIESC_LIQPREF)"],
      ["MPWR dividendLedger", "Line", "Accrued dividends per Series C share (SERIESC_DIVSCHEDULE)"],
    ]);
    const payoff = model.tables.find((t) => t.name === "SC_Payoff")!;
    const col = (c: number) => `'Series C'!${cellAddress({ row: payoff.top + 1, col: c })}:${cellAddress({ row: payoff.top + payoff.rows.length, col: c })}`;
    expect(charts[0].series.map((s) => [s.name, s.values, s.xValues])).toEqual([["Liquidation preference per share", col(payoff.left + 1), col(payoff.left)]]);
    expect(details[2]).toBe("Charts: Liquidation preference per Series C share (SERIESC_LIQPREF); Accrued dividends per Series C share (SERIESC_DIVSCHEDULE).");
    await page.locator("#sc-actions-details").scrollIntoViewIfNeeded();
    await page
      .locator("#panel-seriesc")
      .getByRole("group", { name: "Write to the sheet" })
      .screenshot({ path: path.join(SCREENSHOTS, "insert-model-320.png") });
    // The result and its list fit 320 px and are accessible.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect((await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  test("a second insert goes to a sheet and names of its own: nothing is replaced; without the charts box, no charts", async () => {
    await page.uncheck("#sc-actions-charts");
    await page.click("#sc-insert");
    await wrote("sc-actions-status");
    expect(await text(page, "#sc-actions-status")).toBe(
      'Wrote the Series C model to the new sheet "Series C (2)". Its names start with SC2_: a sheet or names of an earlier model were in the way (nothing was replaced).',
    );
    expect((await page.locator("#sc-actions-details li").allTextContents()).some((d) => d.startsWith("Charts"))).toBe(false);
    const wb = await workbook();
    expect(wb.sheets()).toEqual(["Sheet1", "Series C", "Series C (2)"]);
    expect(wb.names().SC2_AsOf.reference).toBe("='Series C (2)'!$C$7");
    expect(wb.names().SC_AsOf.reference).toBe("='Series C'!$C$7");
    expect(wb.sheet("Series C (2)")!.charts).toEqual([]);
    await page.check("#sc-actions-charts");
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
    const wb = await workbook();
    expect([wb.sheets(), wb.names(), await dump()]).toEqual([["Sheet1"], {}, {}]);
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
    await statusIs(page, "sc-events-status", "Read 3 events from the selected range.");
    expect(await page.locator("#sc-ev1-date").inputValue()).toBe("2000-08-29");
    expect(await page.locator("#sc-ev3-target").inputValue()).toBe("2"); // row 3 of the range is the RIGHTS event, read as event 2
    expect(await page.locator("#sc-summary").isHidden()).toBe(true);
    expect(await page.locator("#sc-certificate-result li").count()).toBe(3);
    expect(await text(page, "#sc-cert-3-rule")).toBe("§5(k)(3) readjustment");
    // Back to the one split the later tests expect.
    await page.click("#sc-ev3-remove");
    await page.click("#sc-ev2-remove");
  });

  test("Use the selected range reads the roster by header; Insert model writes it as the OX_Roster Table, which reads back exactly", async () => {
    await fake(`__fakeExcel.clear();
      [["A1","Employee"],["B1","Exercise price"],["C1","Grant date"],["D1","Eligible options"],["E1","New options"],
       ["A2","Ann"],["B2",25],["C2",36600],["D2",1000],["E2","=MPWR.OPTEX_NEWSHARES(D2)"],
       ["A3","+Bob"],["B3",12.5],["C3",36831],["D3",1525]].forEach(([a, v]) => __fakeExcel.set(a, v));
      __fakeExcel.select("A1:E3")`);
    await page.click("#tab-optex");
    await page.click("#ox-use-selection");
    await statusIs(page, "ox-roster-status", "Read 2 grants from the selected range.");
    const roster = await page.locator("#ox-roster").inputValue();
    expect(roster).toBe("Employee\tExercise price\tGrant date\tEligible options\tNew options\nAnn\t25\t2000-03-15\t1000\t\n+Bob\t12.5\t2000-11-01\t1525\t");
    await totalsDone(page);
    expect(await exact(page, '#ox-row-2 td[data-column="newOptions"]')).toBe("1143");

    await fill(page, "#ox-newstrike", "5");
    await page.click("#ox-insert");
    await wrote("ox-actions-status");
    const grants = readRoster(gridFromText(roster), "MDY").grants;
    const inputs = readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "5" }, "MDY").inputs;
    const model = optionExchangeModel(optionExchangeModelInput(inputs, grants).input);
    const wb = await workbook();
    expectSheetIsLayout(wb, model);
    const t = model.tables.find((x) => x.name === "OX_Roster")!;
    expect(t.columns.map((c) => c.header)).toEqual(["Grant", "Employee", "Grant date", "Options outstanding", "Exercise price", "Type"]);
    const cells = wb.sheet("Option exchange")!.cells;
    // "+Bob" stays the name typed (Excel would take a leading + as a formula).
    expect(cells[cellAddress({ row: t.top + 2, col: t.left + 1 })]).toMatchObject({ formula: "+Bob", value: "+Bob", numberFormat: "@" });
    expect(wb.sheet("Option exchange")!.charts.map((c) => c.name)).toEqual(["MPWR vestingSchedule"]);

    // The roster import reads the inserted Table (and the New options beside it) back: the same grants.
    await fake(
      `__fakeExcel.select("'Option exchange'!${areaAddress({ top: t.top, left: t.left, bottom: t.top + t.rows.length, right: t.left + t.columns.length })}")`,
    );
    await page.click("#ox-use-selection");
    const dialog = page.locator("dialog.confirm");
    await dialog.waitFor();
    expect(await dialog.locator("h2").textContent()).toBe("Replace the roster?");
    await page.click("#confirm-ok");
    // The same words as after the first read: the click set "Reading the selection…", so this is the second read's end.
    await statusIs(page, "ox-roster-status", "Read 2 grants from the selected range.");
    const back = readRoster(gridFromText(await page.locator("#ox-roster").inputValue()), "MDY").grants;
    expect(back.map(({ line: _l, ...g }) => g)).toEqual(grants.map(({ line: _l, ...g }) => g));
  });

  test("an empty selection leaves the roster alone and says so", async () => {
    const before = await page.locator("#ox-roster").inputValue();
    await fake(`__fakeExcel.select("Z100")`);
    await page.click("#ox-use-selection");
    await statusIs(page, "ox-roster-status", "The selected range holds no grants; the roster was left as it was.");
    expect(await page.locator("#ox-roster").inputValue()).toBe(before);
  });

  test("Insert model for 50,000 grants: requests under 1 MB each, with progress; Cancel removes the new sheet and its names", async () => {
    const { text: csv } = csvRoster(50_000);
    await page.click("#tab-optex");
    await fill(page, "#ox-newstrike", "5");
    await page.click("#ox-clear-roster");
    await page.click("#confirm-ok");
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent === "The roster was cleared.");
    await paste(page, "#ox-roster", csv);
    await statusIs(page, "ox-roster-status", "Read 50,000 grants.");
    await page.uncheck("#ox-actions-charts");
    await fake(`__fakeExcel.clear(); __fakeExcel.select("A1")`);
    await page.click("#ox-insert");
    await wrote("ox-actions-status");
    expect(await text(page, "#ox-actions-status")).toMatch(/^Wrote the option exchange model to the new sheet "Option exchange"\./);
    const syncs = (await fake("__fakeExcel.log.filter((e) => e.bytes !== undefined)")) as Array<{ bytes: number }>;
    expect(syncs.length).toBeGreaterThan(5);
    expect(Math.max(...syncs.map((s) => s.bytes))).toBeLessThanOrEqual(1_000_000);
    const grants = readRoster(gridFromText(csv), "MDY").grants;
    const model = optionExchangeModel(
      optionExchangeModelInput(readOptionExchangeInputs({ ...defaultOptionExchangeForm(), newStrike: "5" }, "MDY").inputs, grants).input,
    );
    const t = model.tables.find((x) => x.name === "OX_Roster")!;
    expect(((await fake("__fakeExcel.tables()")) as Record<string, { address: string }>).OX_Roster.address).toBe(
      areaAddress({ top: t.top, left: t.left, bottom: t.top + 50_000, right: t.left + 5 }),
    );
    const last = (await fake(`__fakeExcel.cell("'Option exchange'!${cellAddress({ row: t.top + 50_000, col: t.left })}")`)) as {
      formula: string;
      numberFormat: string;
    };
    expect(last).toMatchObject({ formula: "G-50000", numberFormat: "@" });

    // Cancel part-way: the new sheet and its names go; the workbook is as it was.
    await fake(`__fakeExcel.clear(); __fakeExcel.set("A1", "mine"); __fakeExcel.select("A1"); __fakeExcel.setSyncDelay(100)`);
    await page.click("#ox-insert");
    await page.locator("#ox-actions-cancel").waitFor({ state: "visible" });
    await page.waitForFunction(() => / \d+%/.test(document.getElementById("ox-actions-status")?.textContent ?? ""));
    await page.click("#ox-actions-cancel");
    await wrote("ox-actions-status");
    expect(await text(page, "#ox-actions-status")).toBe('Cancelled: the new sheet "Option exchange" and its names were removed; the workbook is as it was.');
    expect(await fake("[__fakeExcel.sheets(), __fakeExcel.names(), __fakeExcel.tables()]")).toEqual([["Sheet1"], {}, {}]);
    expect(await dump()).toEqual({ A1: { formula: "mine", numberFormat: "General", bold: false } });
    await fake("__fakeExcel.setSyncDelay(0)");
    await page.check("#ox-actions-charts");
  });

  test("Recalculate MPWR formulas re-enters every MPWR formula of every sheet (the _xldudf_ form too), the spill's anchor only", async () => {
    await fake(`__fakeExcel.clear();
      __fakeExcel.set("A1", 1000);
      __fakeExcel.set("B1", "=_xldudf_MPWR_OPTEX_NEWSHARES(A1,0.75)");
      __fakeExcel.set("C1", "=SUM(A1:A2)");
      __fakeExcel.set("D1", "=MPWR.SERIESC_KEYDATES()");
      __fakeExcel.spill("D1", 7, 2);
      __fakeExcel.addSheet("Model");
      __fakeExcel.set("'Model'!A1", "=MPWR.OPTEX_TOTAL(8496926)")`);
    await page.click("#relink");
    await wrote("relink-status");
    expect(await text(page, "#relink-status")).toBe("Refreshed 3 MPWR formulas on 2 sheets.");
    expect(
      await fake(
        `[__fakeExcel.cell("B1").formula, __fakeExcel.cell("B1").entries, __fakeExcel.cell("D1").entries, __fakeExcel.cell("C1").entries, __fakeExcel.sheet("Sheet1").blocked]`,
      ),
    ).toEqual(["=MPWR.OPTEX_NEWSHARES(A1,0.75)", 1, 1, undefined, []]);
    await fake(`__fakeExcel.clear()`);
    await page.click("#relink");
    await wrote("relink-status");
    expect(await text(page, "#relink-status")).toBe("No MPWR formulas were found on the workbook's sheets.");
  });

  test("inputs are saved in the workbook (custom XML parts) and come back after a reload", async () => {
    await page.getByRole("button", { name: "Clear the roster" }).click();
    const dialog = page.getByRole("dialog", { name: "Clear the roster?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Clear", exact: true }).click();
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent === "The roster was cleared.");
    await fill(page, "#ox-roster", ROSTER);
    await fill(page, "#ox-vol", "80%");
    await waitSaved(page);
    const parts = (await fake("__fakeExcel.parts()")) as Array<{ namespaceUri: string; xml: string }>;
    expect(parts.map((p) => p.namespaceUri).sort()).toEqual([
      "urn:mpwr:taskpane-state:1:form",
      "urn:mpwr:taskpane-state:1:roster",
      "urn:mpwr:taskpane-state:1:stamp",
    ]);
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
