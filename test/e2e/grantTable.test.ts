/**
 * The Option exchange tab's grant table in real Chromium, at the pane's two
 * widths, found by accessible names and roles: the search, sortable columns
 * (aria-sort), the page size and go to page, grants left out of the totals
 * marked and counted, Export CSV, and axe.
 */
import fs from "fs";
import Papa from "papaparse";
import { Page } from "playwright-core";
import { GRANT_COLUMNS, GrantList, cellText } from "../../src/taskpane/model/grantList";
import { GrantCalculator, readOptionExchangeInputs } from "../../src/taskpane/model/optionExchange";
import { gridFromText } from "../../src/taskpane/model/paste";
import { RosterReader } from "../../src/taskpane/model/roster";
import { axeViolations, usePane } from "./harness";

const openPane = usePane();

/** 60 grants; rows 8 and 38 hold 2.5 options (not a whole number): left out of the totals. */
function roster(): string {
  const lines = ["Grant ID,Optionee,Grant Date,Options Outstanding,Exercise Price"];
  for (let i = 1; i <= 60; i++)
    lines.push(`G-${i},Employee ${(i * 13) % 61},2000-0${1 + (i % 9)}-15,${i % 30 === 8 ? "2.5" : 100 + ((i * 37) % 4000)},${(3 + (i % 11) / 2).toFixed(2)}`);
  return lines.join("\n");
}
const FORM = { roster: roster(), newStrike: "4.50", expiration: "2001-06-30", ratio: "0.75", spot: "5", rate: "5%", vol: "80%", oldYears: "8.5" };

const totalsDone = (page: Page) =>
  page.waitForFunction(
    () => !document.getElementById("ox-results")?.hasAttribute("aria-busy") && document.getElementById("ox-totals-progress")?.textContent === "",
  );
const pageInfo = (page: Page, info: string) => page.waitForFunction((t) => document.getElementById("ox-page")?.textContent === t, info);
const table = (page: Page) => page.getByRole("table", { name: "Grants: new options and exchange value" });
/** The texts of the table's body rows: the row header's label (without the why), then every cell. */
async function rows(page: Page): Promise<string[][]> {
  return table(page)
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c, k) => (k === 0 ? (c.firstChild?.textContent ?? "") : (c.textContent ?? "")))));
}

/** The model's own view of the same table, to compare the page with. */
function model(setup: (l: GrantList) => void): { list: GrantList; lines: string[][]; csv: string } {
  const grants = new RosterReader("MDY").read(gridFromText(FORM.roster)).grants;
  const inputs = readOptionExchangeInputs(FORM, "MDY").inputs;
  const calc = new GrantCalculator();
  const list = new GrantList();
  setup(list);
  const p = list.pageOf(grants, inputs, calc);
  const lines = p.lines.map((l) => GRANT_COLUMNS.map((c) => cellText(c, l)));
  return { list, lines, csv: list.csv(grants, inputs, calc) };
}

describe.each([320, 500])("the grant table at %i px", (width) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane("none", width));
    await page.waitForFunction(() => document.body.dataset.restored === "true");
    await page.getByRole("tab", { name: "Option exchange" }).click();
    const fields: Array<[string, string]> = [
      ["Exercise price of the new options", FORM.newStrike],
      ["Exchange ratio", FORM.ratio],
      ["Stock price", FORM.spot],
      ["Risk-free rate", FORM.rate],
      ["Volatility", FORM.vol],
      ["Selected grant's remaining term (years, optional)", FORM.oldYears],
    ];
    for (const [name, value] of fields) await page.getByRole("textbox", { name, exact: true }).fill(value);
    await page.getByRole("textbox", { name: /^Expiration date/ }).fill(FORM.expiration);
    await page.getByRole("textbox", { name: "Grant roster" }).fill(FORM.roster);
    await totalsDone(page);
    await pageInfo(page, "Grants 1–25 of 60, page 1 of 3");
  });
  afterAll(() => page.close());

  test("the columns; grants with problems are marked (aria-invalid, why) and counted as left out of the totals", async () => {
    const headers = await table(page).locator("thead th").allTextContents();
    expect(headers).toEqual(["Grant", "Grant date", "Exercise price", "Eligible", "New options", "Old value", "New value", "Incremental value", "Break-even"]);
    for (const name of headers)
      expect(await table(page).getByRole("columnheader", { name, exact: true }).getByRole("button", { name, exact: true }).count()).toBe(1);
    expect(await page.getByText("2 grants are left out of the totals: their rows have problems (marked in the table).").isVisible()).toBe(true);
    expect(await rows(page)).toEqual(model(() => undefined).lines);
    const invalid = table(page).locator('tbody tr[aria-invalid="true"]');
    expect(await invalid.count()).toBe(1); // G-8 on the first page
    expect(await invalid.getByRole("rowheader").textContent()).toBe("G-8 (Employee 43)Left out of the totals: options: options are whole numbers, got 2.5");
    expect(await page.locator("#ox-total-problems").getAttribute("data-exact")).toBe("2");
  });

  test("sorting: a button in each column header; aria-sort on the sorted column; focus stays on the button", async () => {
    const eligible = table(page).getByRole("button", { name: "Eligible", exact: true });
    await eligible.click();
    await page.waitForFunction(() => document.querySelector('#ox-table th[aria-sort="ascending"]')?.textContent === "Eligible");
    expect(await rows(page)).toEqual(model((l) => l.sortBy("eligible")).lines);
    await table(page).getByRole("button", { name: "Eligible", exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#ox-table th[aria-sort="descending"]')?.textContent === "Eligible");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Eligible");
    expect(await page.locator("#ox-table th[aria-sort]").count()).toBe(1);
    expect(await rows(page)).toEqual(
      model((l) => {
        l.sortBy("eligible");
        l.sortBy("eligible");
      }).lines,
    );
    await table(page).getByRole("button", { name: "Incremental value" }).click();
    await page.waitForFunction(() => document.querySelector('#ox-table th[aria-sort="ascending"]')?.textContent === "Incremental value");
    expect(await rows(page)).toEqual(model((l) => l.sortBy("incremental")).lines);
  });

  test("search by grant id or holder; page size; go to page", async () => {
    await page.getByRole("searchbox", { name: "Search grants" }).fill("employee 1");
    const searched = model((l) => {
      l.sortBy("incremental");
      l.setQuery("employee 1");
    });
    await pageInfo(page, searched.list.pageOf(new RosterReader("MDY").read(gridFromText(FORM.roster)).grants, {}, new GrantCalculator()).info);
    expect(await rows(page)).toEqual(searched.lines);
    await page.getByRole("searchbox", { name: "Search grants" }).fill("");
    await pageInfo(page, "Grants 1–25 of 60, page 1 of 3");
    await page.getByRole("combobox", { name: "Grants per page" }).selectOption("50");
    await pageInfo(page, "Grants 1–50 of 60, page 1 of 2");
    expect(await table(page).locator("tbody tr").count()).toBe(50);
    await page.getByRole("textbox", { name: "Go to page" }).fill("2");
    await page.getByRole("button", { name: "Go", exact: true }).click();
    await pageInfo(page, "Grants 51–60 of 60, page 2 of 2");
    await page.getByRole("textbox", { name: "Go to page" }).fill("x");
    await page.getByRole("textbox", { name: "Go to page" }).press("Enter");
    await pageInfo(page, "Go to page: type a page number, got “x”");
    await page.getByRole("textbox", { name: "Go to page" }).fill("1");
    await page.getByRole("textbox", { name: "Go to page" }).press("Enter");
    await pageInfo(page, "Grants 1–50 of 60, page 1 of 2");
  });

  test("Export CSV downloads the table as shown (search and sort, every page)", async () => {
    await page.getByRole("searchbox", { name: "Search grants" }).fill("g-1");
    await pageInfo(page, "Grants 1–11 of 11 matching “g-1”, page 1 of 1");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("grants.csv");
    const file = fs.readFileSync(await download.path(), "utf8");
    const expected = model((l) => {
      l.sortBy("incremental");
      l.setQuery("g-1");
    }).csv;
    expect(file).toBe(`\ufeff${expected}`);
    const parsed = Papa.parse<string[]>(expected, { skipEmptyLines: true }).data;
    expect(parsed.slice(1).map((r) => r.slice(0, 9))).toEqual(await rows(page));
    await page.getByRole("status").filter({ hasText: "Exported 11 grants to grants.csv." }).waitFor();
    await page.getByRole("searchbox", { name: "Search grants" }).fill("");
    await pageInfo(page, "Grants 1–50 of 60, page 1 of 2");
  });

  test("no serious or critical accessibility violations; no console errors", async () => {
    const bad = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad).toEqual([]);
    expect(errors).toEqual([]);
  });
});
