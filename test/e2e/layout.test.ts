/**
 * The pane's layout in real Chromium at the pane's two widths, by accessible
 * names and roles: each tab's inputs first and results after them, in
 * sections that fold and unfold and are remembered across a reload; the key
 * results line in view while inputs below it are edited; the Help links and
 * the help page's anchors; drop-downs that spell out their options; the
 * grants table's settings restored; the focus on the status after Insert
 * model and Recalculate MPWR formulas; axe. Every wait is for a final state.
 */
import fs from "fs";
import path from "path";
import { Page } from "playwright-core";
import { DIST, axeViolations, usePane } from "./harness";

const { resolveBaseUrl } = require("../../scripts/base-url") as { resolveBaseUrl(env: NodeJS.ProcessEnv): { base: string } };

const openPane = usePane();
/** The help page the build links to: the manifest's base URL (the test build is built with this process's environment). */
const HELP = `${resolveBaseUrl(process.env).base}help.html`;

const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");
/** Every change made so far is saved (`data-unsaved` on <body> from a change until its save ends). */
const waitSaved = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true" && document.body.dataset.unsaved === undefined);
const totalsDone = (page: Page) =>
  page.waitForFunction(
    () => !document.getElementById("ox-results")?.hasAttribute("aria-busy") && document.getElementById("ox-totals-progress")?.textContent === "",
  );
const tab = (page: Page, name: string) => page.getByRole("tabpanel", { name });
/** Open (true) or folded (false), per section id, as the page shows them. */
const sectionsOpen = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(Array.from(document.querySelectorAll<HTMLDetailsElement>("details[data-section]")).map((d) => [d.dataset.section, d.open])),
  );

const SERIESC_HEADINGS = [
  "Inputs",
  "Events",
  "Dividends paid (per share)",
  "Capital (for the exit waterfall)",
  "Exit value and holders",
  "Terms",
  "Results (per Series C share)",
  "Who gets what",
  "Charts",
  "Write to the sheet",
  "Open Cap Format (OCF)",
];
const OPTEX_HEADINGS = [
  "New options",
  "Eligible grants",
  "Exchange value (optional, Black–Scholes)",
  "Terms",
  "Results",
  "Charts",
  "Write to the sheet",
  "Open Cap Format (OCF)",
];

const ROSTER = "Grant,Employee,Grant date,Options,Exercise price\nA-1,Ann,2000-01-15,1000,25\nA-2,Bob,2000-02-15,1525,12.50\nA-3,Cy,2000-03-15,2.5,4\n";

describe.each([320, 500])("the pane's layout at %i px", (width) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane("none", width));
    await ready(page);
  });
  afterAll(() => page.close());

  test("each tab lists its inputs first and its results after them, a section per heading, all open at first", async () => {
    for (const [name, headings] of [
      ["Series C", SERIESC_HEADINGS],
      ["Option exchange", OPTEX_HEADINGS],
    ] as const) {
      await page.getByRole("tab", { name }).click();
      expect(await tab(page, name).getByRole("heading", { level: 2 }).allTextContents()).toEqual(headings);
      // Each heading names its section (a group), which holds its content.
      for (const heading of headings) expect(await tab(page, name).getByRole("group", { name: heading, exact: true }).first().isVisible()).toBe(true);
    }
    expect(Object.values(await sectionsOpen(page)).every(Boolean)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  test("a section folds and unfolds by its heading, with the mouse or the keyboard; which are folded is restored after a reload", async () => {
    await page.getByRole("tab", { name: "Series C" }).click();
    const sc = tab(page, "Series C");
    await sc.getByRole("heading", { name: "Events", exact: true }).click();
    await page.waitForFunction(() => !(document.getElementById("sc-events-details") as HTMLDetailsElement).open);
    expect(await sc.getByRole("button", { name: "Add event" }).isHidden()).toBe(true);
    // The keyboard: Enter on the focused heading's <summary>.
    await sc.getByRole("heading", { name: "Dividends paid (per share)" }).locator("xpath=..").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !(document.getElementById("sc-payments-details") as HTMLDetailsElement).open);
    await page.getByRole("tab", { name: "Option exchange" }).click();
    await tab(page, "Option exchange").getByRole("heading", { name: "Charts", exact: true }).click();
    await page.waitForFunction(() => !(document.getElementById("ox-charts-details") as HTMLDetailsElement).open);
    await waitSaved(page);
    const folded = await sectionsOpen(page);
    expect(Object.entries(folded).filter(([, open]) => !open)).toEqual([
      ["sc-events", false],
      ["sc-payments", false],
      ["ox-charts", false],
    ]);

    await page.reload();
    await ready(page);
    expect(await sectionsOpen(page)).toEqual(folded);
    expect(await page.locator("#save-status").textContent()).toBe("Inputs restored from this browser.");

    // Unfolded again, and so after the next reload.
    await page.getByRole("tab", { name: "Series C" }).click();
    for (const heading of ["Events", "Dividends paid (per share)"]) await tab(page, "Series C").getByRole("heading", { name: heading, exact: true }).click();
    await page.getByRole("tab", { name: "Option exchange" }).click();
    await tab(page, "Option exchange").getByRole("heading", { name: "Charts", exact: true }).click();
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLDetailsElement>("details[data-section]")).every((d) => d.open));
    await waitSaved(page);
    await page.reload();
    await ready(page);
    expect(Object.values(await sectionsOpen(page)).every(Boolean)).toBe(true);
  });

  test("an error's link in the summary unfolds the folded section of its field and focuses it", async () => {
    await page.getByRole("tab", { name: "Series C" }).click();
    const sc = tab(page, "Series C");
    const shares = sc.getByRole("textbox", { name: "Holder's Series C shares" });
    await shares.fill("-5");
    await shares.blur();
    await sc.getByRole("heading", { name: "Inputs", exact: true }).click();
    await page.waitForFunction(() => !(document.getElementById("sc-inputs-details") as HTMLDetailsElement).open);
    await sc.getByRole("link", { name: "Holder's Series C shares: must be greater than 0, got -5" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "sc-shares");
    expect(await page.evaluate(() => (document.getElementById("sc-inputs-details") as HTMLDetailsElement).open)).toBe(true);
    // In view, below the key results line (scroll-padding-top).
    const field = (await shares.boundingBox()) as { y: number; height: number };
    const key = (await sc.getByRole("group", { name: "Series C key results" }).boundingBox()) as { y: number; height: number };
    expect(field.y).toBeGreaterThanOrEqual(key.y + key.height);
    await shares.fill("1,000");
    await page.waitForFunction(() => document.getElementById("sc-summary")?.hidden === true);
    await waitSaved(page);
  });

  test("the Series C key results stay in view while an input below them is edited, and follow the results", async () => {
    await page.getByRole("tab", { name: "Series C" }).click();
    const sc = tab(page, "Series C");
    const key = sc.getByRole("group", { name: "Series C key results" });
    const keyValue = (label: string) => key.getByRole("definition").nth(["Conversion price", "Conversion rate", "Liquidation / share"].indexOf(label));
    expect(await key.getByRole("term").allTextContents()).toEqual(["Conversion price", "Conversion rate", "Liquidation / share"]);
    expect(await keyValue("Conversion price").textContent()).toBe(await page.locator("#sc-convprice").textContent());

    // An event, typed in the Events section far below the top: a 3-for-2 split (Cert §5(f)).
    await sc.getByRole("button", { name: "Add event" }).click();
    const date = sc.getByRole("textbox", { name: "Date", exact: true });
    await date.scrollIntoViewIfNeeded();
    await date.fill("2000-08-29");
    await sc.getByRole("textbox", { name: "Ratio (new shares per old share)" }).fill("3/2");
    await page.waitForFunction(() => document.getElementById("sc-sum-convprice")?.textContent === "$18.666667");
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    // Stuck at the top of the viewport, fully visible, over the inputs.
    const box = await key.boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs((box as { y: number }).y)).toBeLessThanOrEqual(1);
    expect(await key.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.elementFromPoint(20, 10)?.closest("#sc-key-results") !== null)).toBe(true);
    for (const label of ["Conversion price", "Conversion rate", "Liquidation / share"]) {
      const id = { "Conversion price": "sc-convprice", "Conversion rate": "sc-convrate", "Liquidation / share": "sc-liquidation" }[label] as string;
      expect(await keyValue(label).locator(".key-value").textContent()).toBe(await page.locator(`#${id}`).textContent());
    }
    // Readable at this width: nothing cut off or overflowing.
    expect(await key.evaluate((el) => Array.from(el.querySelectorAll("dt, dd")).every((d) => d.scrollWidth <= d.clientWidth))).toBe(true);
    await page.screenshot({ path: path.join(__dirname, `../../test-output/screenshots/key-results-${width}.png`) });

    await sc.getByRole("button", { name: "Remove event 1" }).click();
    await page.waitForFunction(() => document.getElementById("sc-sum-convprice")?.textContent === "$28.00");
  });

  test("the Option exchange key results: eligible grants, new options and incremental value, as the totals say", async () => {
    await page.getByRole("tab", { name: "Option exchange" }).click();
    const ox = tab(page, "Option exchange");
    const key = ox.getByRole("group", { name: "Option exchange key results" });
    expect(await key.getByRole("definition").allTextContents()).toEqual([
      "— (Paste a roster to see the new options per grant.)",
      "— (Paste a roster to see the new options per grant.)",
      "— (Paste a roster to see the new options per grant.)",
    ]);
    await ox.getByRole("textbox", { name: "Grant roster" }).fill(ROSTER);
    for (const [name, value] of [
      ["Exercise price of the new options", "4.50"],
      ["Stock price", "5"],
      ["Risk-free rate", "5%"],
      ["Volatility", "80%"],
    ])
      await ox.getByRole("textbox", { name, exact: true }).fill(value);
    await totalsDone(page);
    await page.waitForFunction(
      () => document.getElementById("ox-sum-incremental")?.textContent === document.getElementById("ox-total-incremental")?.textContent,
    );
    expect(await key.getByRole("term").allTextContents()).toEqual(["Eligible grants", "New options", "Incremental value"]);
    expect(await page.locator("#ox-sum-grants").textContent()).toBe("2"); // A-3's 2.5 options are not a whole number: left out
    expect(await page.locator("#ox-sum-new").textContent()).toBe(await page.locator("#ox-total").textContent());
    expect(await page.locator("#ox-sum-new").textContent()).toBe("1,893"); // floor(750) + floor(1,143.75) (Offer §1)
    await ox.getByRole("textbox", { name: "Volatility", exact: true }).scrollIntoViewIfNeeded();
    expect(Math.abs(((await key.boundingBox()) as { y: number }).y)).toBeLessThanOrEqual(1);
  });

  test("Help: the header's link and every section's \"?\" go to the deployed help.html; every anchor linked exists there", async () => {
    const help = page.getByRole("link", { name: "Help", exact: true });
    expect(await help.getAttribute("href")).toBe(HELP);
    expect(await help.getAttribute("target")).toBe("_blank");
    await page.getByRole("tab", { name: "Series C" }).click();
    expect(await tab(page, "Series C").getByRole("link", { name: "Help: Events" }).getAttribute("href")).toBe(`${HELP}#pane-seriesc-events`);
    const built = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
    // The ids of the built page (minified: an attribute's quotes may be left out).
    const anchors = new Set(Array.from(built.matchAll(/\sid=(?:"([^"]+)"|([^\s>"]+))/g), (m) => m[1] ?? m[2]));
    expect(anchors.has("SERIESC_CONVPRICE")).toBe(true);
    const links = await page.locator("a.help-link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBe(SERIESC_HEADINGS.length + OPTEX_HEADINGS.length);
    for (const href of links) {
      expect(href.startsWith(`${HELP}#`)).toBe(true);
      expect([href, anchors.has(href.slice(HELP.length + 1))]).toEqual([href, true]);
    }
  });

  test("drop-downs spell out what each option means", async () => {
    await page.getByRole("tab", { name: "Series C" }).click();
    const sc = tab(page, "Series C");
    const options = (name: string) => sc.getByRole("combobox", { name }).getByRole("option").allTextContents();
    expect(await options("Redemption trigger")).toEqual([
      "6A — holders' election after the sixth anniversary (Cert §6(a))",
      "SALE — redemption in a Sale of the Company (Cert §6(a))",
      "3D — Company Redemption after a rejected Special Restricted Action (Cert §3(d))",
      "3E — Company Redemption in lieu of a Sale after an Event of Non-Compliance (Cert §3(e))",
    ]);
    expect(await options("Conversion kind")).toContain("THRESHOLD — Optional Conversion within 60 days of the Market Threshold (Cert §5(e)(A))");
    await sc.getByRole("button", { name: "Add class" }).click();
    expect(await options("Type")).toContain("SENIOR — a senior claim in $, paid first (Cert §4(a))");
    await sc.getByRole("button", { name: "Remove capital row 1" }).click();
  });

  test("axe: no violations, empty table headers included, with a grant's details open", async () => {
    await page.getByRole("tab", { name: "Option exchange" }).click();
    await page.locator("#ox-grant-1 summary").click();
    await page.locator("#ox-grant-1-vesting").waitFor();
    for (const name of ["Option exchange", "Series C"]) {
      await page.getByRole("tab", { name }).click();
      const found = await axeViolations(page);
      expect(found.filter((v) => v.id === "empty-table-header")).toEqual([]);
      expect(found.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});

describe("the grants table's settings are saved with the inputs", () => {
  test("sort, page size and the columns shown come back after a reload", async () => {
    const { page, errors } = await openPane("none", 500);
    await ready(page);
    await page.getByRole("tab", { name: "Option exchange" }).click();
    const ox = tab(page, "Option exchange");
    await ox.getByRole("textbox", { name: "Grant roster" }).fill(ROSTER);
    await ox.getByRole("textbox", { name: "Exercise price of the new options" }).fill("4.50");
    await totalsDone(page);
    const table = ox.getByRole("table", { name: "Grants: new options and exchange value" });
    await table.getByRole("button", { name: "Eligible", exact: true }).click();
    await table.getByRole("button", { name: "Eligible", exact: true }).click();
    await ox.getByRole("combobox", { name: "Grants per page" }).selectOption("50");
    await ox.getByText("Columns shown", { exact: true }).click();
    await ox.getByRole("checkbox", { name: "Old value" }).uncheck();
    await page.waitForFunction(() => !document.querySelector('#ox-table button[data-column="oldValue"]'));
    const shown = async () => ({
      sort: await table.getByRole("columnheader", { name: "Eligible", exact: true }).getAttribute("aria-sort"),
      size: await ox.getByRole("combobox", { name: "Grants per page" }).inputValue(),
      headers: await table.getByRole("columnheader").allTextContents(),
      oldValueBox: await ox.getByRole("checkbox", { name: "Old value" }).isChecked(),
      first: await table.getByRole("rowheader").first().textContent(),
    });
    const before = await shown();
    expect(before).toEqual({
      sort: "descending",
      size: "50",
      headers: ["Grant", "Grant date", "Exercise price", "Eligible", "New options", "New value", "Incremental value", "Break-even"],
      oldValueBox: false,
      first: "A-2 (Bob)",
    });
    await waitSaved(page);
    await page.reload();
    await ready(page);
    await totalsDone(page);
    await page.getByRole("tab", { name: "Option exchange" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#ox-table tbody tr").length === 3);
    await ox.getByText("Columns shown", { exact: true }).click();
    expect(await shown()).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("inside Excel: the focus goes to the status once a command has finished", () => {
  test("after Recalculate MPWR formulas and after Insert model", async () => {
    const { page, errors } = await openPane("fake", 320);
    await page.waitForFunction(() => document.getElementById("mode")?.textContent?.includes("In Excel"));
    await ready(page);
    const focusedStatus = (id: string, final: RegExp) =>
      page.waitForFunction(
        ([x, re]) => document.activeElement?.id === x && new RegExp(re).test(document.getElementById(x)?.textContent ?? ""),
        [id, final.source] as const,
        { timeout: 60_000 },
      );
    await page.getByRole("button", { name: "Recalculate MPWR formulas" }).click();
    await focusedStatus("relink-status", /^No MPWR formulas were found on the workbook's sheets\.$/);
    expect(await page.locator("#relink-status").getAttribute("tabindex")).toBe("-1");

    await tab(page, "Series C").getByRole("button", { name: "Insert model" }).click();
    await focusedStatus("sc-actions-status", /^Wrote the Series C model to the new sheet "Series C"/);
    // Read where it is: in view, and the focus outline shows.
    expect(await page.locator("#sc-actions-status").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
