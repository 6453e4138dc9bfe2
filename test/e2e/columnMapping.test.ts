/**
 * Mapping a roster's columns in the pane (docs/user-guide.md, "Mapping a roster's columns"): a paste
 * whose header leaves a required column missing or ambiguous asks which column is which, by
 * accessible names; the text is kept meanwhile; the choice is used, saved with the inputs and
 * applied again to the next paste with the same header after a reload. Every wait is for a final
 * state, never a fixed time.
 */
import { Page } from "playwright-core";
import { axeViolations, usePane } from "./harness";

const openPane = usePane();
const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");
const ROSTER = ["Ref,Person,When,Qty,Px", "A-1,Ann Lee,2000-02-01,1000,$25.00", "A-2,Bob Ray,2000-05-01,500,$4.00"].join("\n");

describe("the pane asks which column is which", () => {
  test("unknown names: choose each column by its name, Use these columns; remembered after a reload for the same header", async () => {
    const { page, errors } = await openPane("none");
    await ready(page);
    await page.getByRole("tab", { name: "Option exchange" }).click();
    await page.locator("#ox-roster").fill(ROSTER);
    const form = page.getByRole("group", { name: "Which column is which?" });
    await form.waitFor();
    // The text is kept as pasted while the pane asks.
    expect(await page.locator("#ox-roster").inputValue()).toBe(ROSTER);
    expect(await form.getByText("missing: choose the column that holds it").count()).toBeGreaterThanOrEqual(4);
    expect(await axeViolations(page)).toEqual([]);

    // A required column left out: not used, and the pane says which.
    await form.getByRole("combobox", { name: "grant id (this or the other of grant id and employee)" }).selectOption({ label: "Column 1: Ref" });
    await form.getByRole("button", { name: "Use these columns" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Not used yet: choose the grant date column; choose the options column; choose the exercise price column." })
      .waitFor();

    await form.getByRole("combobox", { name: "employee (this or the other of grant id and employee)" }).selectOption({ label: "Column 2: Person" });
    await form.getByRole("combobox", { name: "grant date (required)" }).selectOption({ label: "Column 3: When" });
    await form.getByRole("combobox", { name: "options (required)" }).selectOption({ label: "Column 4: Qty" });
    await form.getByRole("combobox", { name: "exercise price (required)" }).selectOption({ label: "Column 5: Px" });
    await form.getByRole("button", { name: "Use these columns" }).click();
    await form.waitFor({ state: "hidden" });
    const used = page.locator("#ox-columns-in-use");
    await page.waitForFunction(() =>
      document.getElementById("ox-columns-in-use")?.textContent?.startsWith("Columns as you chose them: grant id ← column 1 “Ref”"),
    );
    expect(await used.textContent()).toBe(
      "Columns as you chose them: grant id ← column 1 “Ref”; employee ← column 2 “Person”; grant date ← column 3 “When”; options ← column 4 “Qty”; exercise price ← column 5 “Px”.",
    );
    await page.getByRole("table", { name: "Grants: new options and exchange value" }).getByRole("row").filter({ hasText: "Bob Ray" }).waitFor();
    expect(await page.locator("#ox-roster").inputValue()).toBe(ROSTER);

    // Saved with the inputs: after a reload, a new paste with the same header is read at once.
    await page.waitForFunction(() => (localStorage.getItem("mpwr.taskpane.form.v1") ?? "").includes("Person"));
    await page.reload();
    await ready(page);
    await page.getByRole("tab", { name: "Option exchange" }).click();
    await page.locator("#ox-roster").fill("Ref,Person,When,Qty,Px\nB-7,Cy Orr,2000-03-01,10,$1.00");
    await page.getByRole("table", { name: "Grants: new options and exchange value" }).getByRole("row").filter({ hasText: "Cy Orr" }).waitFor();
    await page.waitForFunction(() => document.getElementById("ox-columns-in-use")?.textContent?.includes("exercise price ← column 5 “Px”"));
    expect(await page.getByRole("group", { name: "Which column is which?" }).isVisible()).toBe(false);

    // Changeable: the form opens with the choice; Cancel closes it.
    await page.getByRole("button", { name: "Change the columns" }).click();
    const again = page.getByRole("group", { name: "Which column is which?" });
    await again.waitFor();
    expect(await again.getByRole("combobox", { name: "grant date (required)" }).inputValue()).toBe("2");
    await again.getByRole("button", { name: "Cancel" }).click();
    await again.waitFor({ state: "hidden" });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("two columns naming the price: the form names them; choosing one reads the roster with it", async () => {
    const { page, errors } = await openPane("none");
    await ready(page);
    await page.getByRole("tab", { name: "Option exchange" }).click();
    await page.locator("#ox-roster").fill("Security ID,Issue Date,Quantity Outstanding,Option Price,Exercise Price\nES-1,2000-02-01,1000,$25.00,$26.00");
    const form = page.getByRole("group", { name: "Which column is which?" });
    await form.waitFor();
    await form.getByText("ambiguous: “Option Price” and “Exercise Price” both name it").waitFor();
    expect(await form.getByRole("combobox", { name: "grant id (this or the other of grant id and employee)" }).inputValue()).toBe("0");
    await form.getByRole("combobox", { name: "exercise price (required)" }).selectOption({ label: "Column 5: Exercise Price" });
    await form.getByRole("button", { name: "Use these columns" }).click();
    await form.waitFor({ state: "hidden" });
    await page.waitForFunction(() => document.getElementById("ox-columns-in-use")?.textContent?.includes("exercise price ← column 5 “Exercise Price”"));
    // Use the header's names: the choice is forgotten, and the pane asks again.
    await page.getByRole("button", { name: "Use the header's names" }).click();
    await page.getByRole("group", { name: "Which column is which?" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
