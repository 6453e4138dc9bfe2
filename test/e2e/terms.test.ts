/**
 * The Terms sections (docs/user-guide.md, "Terms"), at 320 px, by accessible names and roles:
 * a term changed changes the results it affects and each says so; an invalid term is refused with
 * the functions' words; a reload keeps the terms; Insert model writes them into the terms Table.
 * Every wait is for a final state, never a fixed time.
 */
import { Page } from "playwright-core";
import { EventRow, SeriesCForm, defaultSeriesCForm, parseSeriesC, previewSeriesC } from "../../src/taskpane/model/seriesC";
import { axeViolations, usePane } from "./harness";

const openPane = usePane();
const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");

const ev = (id: string, o: Partial<EventRow>): EventRow => ({ id, date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "", ...o });
/** Cert §5(f), §5(k)(1): a 1-for-2 combination, then an issue at $10 a share. */
const FORM: SeriesCForm = {
  ...defaultSeriesCForm(),
  asOf: "2002-12-31",
  fmv: "10",
  events: [
    ev("1", { date: "2002-01-01", type: "SPLIT", a: "0.5" }),
    ev("2", { date: "2002-06-01", type: "ISSUE", a: "1000000", b: "10000000", c: "10000000" }),
  ],
};
/** The pane's own model, for the figures the page must show. */
const convPrice = (terms: Record<string, string>) => previewSeriesC(parseSeriesC({ ...FORM, terms }, "MDY")).lines.find((l) => l.id === "convprice")!;

/** Types the case's inputs and events, as a user would. */
async function typeCase(page: Page): Promise<void> {
  await page.getByRole("textbox", { name: "As-of / event date" }).fill(FORM.asOf);
  await page.getByRole("textbox", { name: "Common stock fair market value per share" }).fill(FORM.fmv);
  for (const e of FORM.events) {
    await page.click("#sc-add-event");
    await page.locator(`#sc-ev${e.id}-type`).selectOption(e.type);
    await page.locator(`#sc-ev${e.id}-date`).fill(e.date);
    for (const col of ["a", "b", "c"] as const) if (e[col]) await page.locator(`#sc-ev${e.id}-${col}`).fill(e[col]);
  }
}

const priceIs = (page: Page, exact: string) =>
  page.waitForFunction((x) => document.getElementById("sc-convprice")?.getAttribute("data-exact") === x, exact, { timeout: 30_000 });

describe("Series C terms in the pane", () => {
  test("floorAdjustedForSplits TRUE changes the conversion price, which says so; an invalid term is refused with the functions' words; a reload keeps the terms", async () => {
    const { page, errors } = await openPane("none", 320);
    await ready(page);
    await typeCase(page);
    const plain = convPrice({});
    expect(Number(plain.exact)).toBeCloseTo(570 / 11, 12);
    await priceIs(page, plain.exact!);
    expect(await page.locator("#sc-convprice-terms").count()).toBe(0);

    const terms = page.locator("#sc-terms-section");
    const floor = page.getByRole("combobox", { name: "floorAdjustedForSplits" });
    expect(await floor.inputValue()).toBe("FALSE");
    expect(await terms.getByText("Every term is the default.").isVisible()).toBe(true);
    await floor.selectOption("TRUE");
    const adjusted = convPrice({ floorAdjustedForSplits: "TRUE" });
    expect(adjusted.exact).toBe("56");
    await priceIs(page, "56");
    expect(await page.locator("#sc-convprice").textContent()).toBe("$56.00");
    expect(await page.locator("#sc-convprice-terms").textContent()).toBe("with floorAdjustedForSplits = TRUE");
    expect(await page.locator("#sc-convrate-terms").textContent()).toBe("with floorAdjustedForSplits = TRUE");
    // the dividends do not read the floor: no note
    expect(await page.locator("#sc-accrued-terms").count()).toBe(0);
    expect(await page.locator("#sc-term-floorAdjustedForSplits-changed").isVisible()).toBe(true);
    expect(await terms.getByText("1 term differs from the default (marked “Changed”).").isVisible()).toBe(true);

    // a rate typed as a whole percent: refused as the functions refuse it, the default kept meanwhile
    const rate = page.getByRole("textbox", { name: "dividendRate" });
    expect(await rate.inputValue()).toBe("0.1");
    await rate.fill("10");
    await rate.press("Tab");
    const message = "Terms: dividendRate 10 is read as 1,000 %; type 10% or 0.1 (the limit is ±100 %)";
    await page.locator("#sc-term-dividendRate-error").getByText(message).waitFor();
    expect(await rate.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#sc-summary").textContent()).toContain(message);
    // the section with a changed term, a note and an error: no serious or critical accessibility violation
    expect((await axeViolations(page)).filter((x) => x.impact === "serious" || x.impact === "critical")).toEqual([]);
    await page.getByRole("button", { name: "Reset to default: dividendRate" }).click();
    await page.waitForFunction(() => (document.getElementById("sc-term-dividendRate") as HTMLInputElement).value === "0.1");
    expect(await page.locator("#sc-term-dividendRate-error").isHidden()).toBe(true);

    // saved with the other inputs: a reload restores the term, the result and its note
    await page.reload();
    await ready(page);
    await priceIs(page, "56");
    expect(await page.getByRole("combobox", { name: "floorAdjustedForSplits" }).inputValue()).toBe("TRUE");
    expect(await page.locator("#sc-convprice-terms").textContent()).toBe("with floorAdjustedForSplits = TRUE");

    // reset to default: the literal floor again, no note
    await page.getByRole("button", { name: "Reset to default: floorAdjustedForSplits" }).click();
    await priceIs(page, plain.exact!);
    expect(await page.getByRole("combobox", { name: "floorAdjustedForSplits" }).inputValue()).toBe("FALSE");
    expect(await page.locator("#sc-convprice-terms").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("inside Excel, Insert model writes the changed term into the model's terms Table, which the conversion price formula reads", async () => {
    const { page, errors } = await openPane("fake", 320);
    await page.waitForFunction(() => document.getElementById("mode")?.textContent?.includes("In Excel"));
    await ready(page);
    await typeCase(page);
    await page.getByRole("combobox", { name: "floorAdjustedForSplits" }).selectOption("TRUE");
    await priceIs(page, "56");
    await page.getByRole("button", { name: "Insert model" }).first().click();
    await page.waitForFunction(() => /^(Wrote|Nothing|Could not)/.test(document.getElementById("sc-actions-status")?.textContent ?? ""), undefined, {
      timeout: 120_000,
    });
    expect(await page.locator("#sc-actions-status").textContent()).toMatch(/^Wrote the Series C model to the new sheet "Series C"/);
    type Cells = Record<string, { formula: unknown }>;
    const wb = (await page.evaluate(() => {
      const f = (window as unknown as { __fakeExcel: { sheet(n: string): { cells: Cells } | null; tables(): Record<string, { address: string }> } })
        .__fakeExcel;
      return { cells: f.sheet("Series C")!.cells, tables: f.tables() };
    })) as { cells: Cells; tables: Record<string, { address: string }> };
    expect(wb.tables.SC_Terms).toBeDefined();
    const at = Object.entries(wb.cells).find(([, c]) => c.formula === "floorAdjustedForSplits")![0];
    const [, col, row] = /^([A-Z])(\d+)$/.exec(at)!;
    const value = (name: string) => {
      const a = Object.entries(wb.cells).find(([, c]) => c.formula === name)![0];
      return wb.cells[`${String.fromCharCode(a.charCodeAt(0) + 1)}${a.slice(1)}`].formula;
    };
    expect(wb.cells[`${String.fromCharCode(col.charCodeAt(0) + 1)}${row}`].formula).toBe(true);
    expect(value("liquidationValue")).toBe(28);
    const convFormula = Object.values(wb.cells).find((c) => typeof c.formula === "string" && c.formula.startsWith("=MPWR.SERIESC_CONVPRICE("));
    expect(convFormula?.formula).toContain("SC_Terms[[Name]:[Value]]");
    expect(errors).toEqual([]);
    await page.close();
  });
});
