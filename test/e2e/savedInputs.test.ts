/**
 * The pane never loses input (docs/user-guide.md, "What is saved, and
 * where"): closed and reloaded mid-edit and mid-paste, fed a damaged saved
 * record, junk and unbalanced quotes, two panes on the same saved inputs.
 * Every wait is for a final state, never a fixed time.
 */
import { Page } from "playwright-core";
import { launch, paste, serveDist, usePane } from "./harness";

const openPane = usePane();
const FORM_KEY = "mpwr.taskpane.form.v1";
const ROSTER_KEY = "mpwr.taskpane.roster.v1";

const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");
const status = (page: Page) => page.locator("#save-status").textContent();

function csv(n: number, strayQuoteLine?: number): string {
  const lines = ["Exercise Price,Options Outstanding,Grant Date,Optionee,Grant ID"];
  for (let i = 0; i < n; i++) {
    const price = `"$${(5 + (i % 60)).toFixed(2)}"`;
    lines.push(
      `${lines.length + 1 === strayQuoteLine ? `"$${5 + (i % 60)}` : price},"${(100 + i).toLocaleString("en-US")}",2000-0${1 + (i % 9)}-15,"Employee ${i + 1}, Jr.",G-${i + 1}`,
    );
  }
  return lines.join("\r\n");
}

describe("saved inputs survive the pane closing", () => {
  test("an edit made just before a reload is there after it (saved on pagehide, not 600 ms later)", async () => {
    const { page, errors } = await openPane("none");
    await ready(page);
    await page.locator("#sc-fmv").fill("12.75");
    await page.reload(); // at once: the save's delay has not run out
    await ready(page);
    expect(await page.locator("#sc-fmv").inputValue()).toBe("12.75");
    expect(await status(page)).toBe("Inputs restored from this browser.");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a 50,000-grant paste is saved as text before it is read: a reload mid-read loses nothing", async () => {
    const { page, errors } = await openPane("none");
    await ready(page);
    await page.click("#tab-optex");
    const text = csv(50_000);
    await paste(page, "#ox-roster", text);
    // still reading: the progress is shown, and the text is already in the store
    expect(await page.locator("#ox-roster-progress").isVisible()).toBe(true);
    expect(await page.evaluate((k) => (localStorage.getItem(k) ?? "").length, ROSTER_KEY)).toBeGreaterThan(text.length);
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => document.getElementById("ox-roster-status")?.textContent?.startsWith("Read 50,000 grants"), undefined, {
      timeout: 60_000,
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a damaged saved record is kept aside and reported, never restored as defaults silently", () => {
  test.each([
    ["cut short", (saved: string) => saved.slice(0, -10)],
    ["an altered character", (saved: string) => saved.replace("12.75", "12.76")],
    ["junk", () => "\u0000{]garbage"],
  ])("a form record %s", async (_, damage) => {
    const { page, errors } = await openPane("none");
    await ready(page);
    await page.locator("#sc-fmv").fill("12.75");
    await page.waitForFunction((k) => (localStorage.getItem(k) ?? "").includes("12.75"), FORM_KEY);
    const saved = await page.evaluate((k) => localStorage.getItem(k) as string, FORM_KEY);
    const damaged = damage(saved);
    await page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: FORM_KEY, v: damaged });
    // the page is closed without a pending save (nothing typed since), then opened again
    await page.reload();
    await ready(page);
    // once kept, the pane's inputs (the defaults) are saved in its place: a valid record, and the report stays
    await page.waitForFunction((k) => (localStorage.getItem(k) ?? "").startsWith("MPWR-STATE/2 "), FORM_KEY);
    await page.waitForFunction(() => (document.getElementById("save-status")?.textContent ?? "").includes("saved in its place"));
    const said = (await status(page)) ?? "";
    expect(said.startsWith("Saved inputs could not be read; the damaged copy is kept (in this browser's local storage as mpwr.taskpane.form.v1.damaged.")).toBe(
      true,
    );
    expect(said).toContain("Nothing was restored.");
    expect(said).not.toContain("Inputs restored");
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.includes(".damaged."))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([damaged]);
    expect(await page.locator("#sc-fmv").inputValue()).not.toBe("12.75");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("junk and unbalanced quotes in a paste", () => {
  test("one stray quote in a 5,000-line CSV: its line is named, the other grants read", async () => {
    const { page, errors } = await openPane("none");
    await ready(page);
    await page.click("#tab-optex");
    await paste(page, "#ox-roster", csv(5000, 2345));
    await page.waitForFunction(() => /line 2,345/.test(document.getElementById("ox-roster-status")?.textContent ?? ""));
    expect(await page.locator("#ox-roster-status").textContent()).toBe(
      'An unbalanced quote: a cell opened with " on line 2,345 is not closed; that line was left out, the rows before and after read.',
    );
    await page.waitForFunction(() => !document.getElementById("ox-results")?.hasAttribute("aria-busy"));
    const longest = await page.evaluate(() =>
      Math.max(...Array.from(document.querySelectorAll("#panel-optex *")).map((e) => (e.childElementCount ? 0 : (e.textContent ?? "").length))),
    );
    expect(longest).toBeLessThan(2000);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("junk (control characters, lone quotes, a 200 KB line) is read without an error escaping", async () => {
    const { page, errors } = await openPane("none");
    await ready(page);
    await page.click("#tab-optex");
    await paste(page, "#ox-roster", `\u0001\u0002"\t"""\r\n${"x,".repeat(100_000)}\n"`);
    await page.waitForFunction(() => !document.getElementById("ox-results")?.hasAttribute("aria-busy"));
    await page.locator("#sc-fmv").count();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("two panes on the same saved inputs", () => {
  test("a save finds the other pane's newer inputs and asks; Load theirs shows them; Save mine writes over them", async () => {
    // two pages of one browser context: the same localStorage, as two panes share one workbook
    const browser = await launch();
    const server = await serveDist();
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    await context.route("https://appsforoffice.microsoft.com/**", (r) => r.fulfill({ status: 200, contentType: "text/javascript", body: "/* none */" }));
    const errors: string[] = [];
    const open = async () => {
      const p = await context.newPage();
      p.on("pageerror", (e) => errors.push(e.message));
      await p.goto(`${server.url}/taskpane.html`);
      await ready(p);
      return p;
    };
    const a = await open();
    const b = await open();
    await a.locator("#sc-fmv").fill("11");
    await a.waitForFunction(() => (document.getElementById("save-status")?.textContent ?? "").startsWith("Inputs saved"));
    await b.locator("#sc-shares").fill("777");
    await b.waitForSelector("#confirm-ok");
    expect(await b.locator("#confirm-title").textContent()).toBe("Inputs saved elsewhere");
    expect(await b.locator("#confirm-cancel").textContent()).toBe("Load theirs");
    await b.click("#confirm-cancel");
    await b.waitForFunction(() => (document.getElementById("sc-fmv") as HTMLInputElement).value === "11");
    expect(await b.locator("#sc-shares").inputValue()).not.toBe("777");
    // now B has A's inputs and stamp: its next edit saves without asking
    await b.locator("#sc-shares").fill("888");
    await b.waitForFunction(() => (document.getElementById("save-status")?.textContent ?? "").startsWith("Inputs saved"));
    // A's next edit finds B's save: Save mine
    await a.locator("#sc-fmv").fill("13");
    await a.waitForSelector("#confirm-ok");
    await a.click("#confirm-ok");
    await a.waitForFunction((k) => (localStorage.getItem(k) ?? "").includes('"fmv":"13"'), FORM_KEY);
    expect(errors).toEqual([]);
    await browser.close();
    await server.close();
  });
});
