/**
 * "Import OCF package" and "Export OCF package" in the pane, in real Chromium (standalone page):
 * a small package built in the test (test/input/ocf/fixture.ts) picked, dropped, imported as of a
 * date, applied to both tabs, and exported back as a zip that reads and validates.
 */
import fs from "fs";
import { unzipSync, zipSync } from "fflate";
import { Page } from "playwright-core";
import { importPackage } from "../../src/input/ocf/import";
import { readPackage } from "../../src/input/ocf/package";
import { packageFiles, SERIES_C } from "../input/ocf/fixture";
import { usePane } from "./harness";

const openPane = usePane();
const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.restored === "true");
const state = (page: Page, prefix: string, want: string) =>
  page.waitForFunction(({ prefix, want }) => document.getElementById(`${prefix}-ocf-section`)?.dataset.state === want, { prefix, want });
const files = () => packageFiles().map((f) => ({ name: f.name, mimeType: "application/json", buffer: Buffer.from(f.bytes) }));

describe("OCF package in the pane (standalone page)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPane("none"));
    await ready(page);
  });
  afterAll(() => page.close());

  test("picked .ocf.json files: the Series C class and the manifest's date offered; Import shows imported, to confirm, not applied and missing", async () => {
    await page.locator("#sc-ocf-files").setInputFiles(files());
    await state(page, "sc", "chooseClass");
    expect(await page.locator("#sc-ocf-class").inputValue()).toBe(SERIES_C);
    expect(await page.locator("#sc-ocf-class option").count()).toBe(3);
    expect(await page.locator("#sc-ocf-asof").inputValue()).toBe("2001-06-30");
    // The other tab's section shows the same package.
    expect(await page.locator("#ox-ocf-section").getAttribute("data-state")).toBe("chooseClass");
    await page.locator("#sc-ocf-import").click();
    await state(page, "sc", "imported");
    const summary = await page.locator("#sc-ocf-summary li").allTextContents();
    expect(summary[0]).toBe("Mpower Holding Corporation as of 2001-06-30; Series C: Series C Convertible Preferred (class-series-c)");
    expect(summary[3]).toBe("3 outstanding option grants (4500 options) for the Option exchange roster");
    expect(await page.locator("#sc-ocf-capital tbody tr").count()).toBeGreaterThan(2);
    expect(await page.locator("#sc-ocf-confirm li").allTextContents()).toEqual([expect.stringMatching(/^2000-09-15 ISSUE: 100000 common shares/)]);
    // Every imported capital row goes into the pane: the senior and junior preferred classes too, with their ranks.
    expect(await page.locator("#sc-ocf-capital tbody tr").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Series D Preferred\s*PREFERRED/), expect.stringMatching(/^Series B Preferred\s*JUNIOR/)]),
    );
    expect(await page.locator("#sc-ocf-missing li").count()).toBeGreaterThan(0);
  });

  test("Apply asks before replacing, then fills the Series C tab and the roster", async () => {
    // Something to replace: a roster line.
    await page.locator("#tab-optex").click();
    await page.locator("#ox-roster").fill("g-old\t2000-01-01\t100\t5");
    await page.locator("#ox-ocf-apply").click();
    await page.locator("#confirm-ok").waitFor();
    expect(await page.locator("#confirm-text").textContent()).toMatch(/the roster \(1 line\)/);
    await page.locator("#confirm-ok").click();
    await page.waitForFunction(() => (document.getElementById("ox-ocf-status")?.textContent ?? "").startsWith("Applied:"));
    await page.waitForFunction(() => (document.getElementById("ox-roster") as HTMLTextAreaElement).value.startsWith("Grant ID\tEmployee"));
    const roster = await page.locator("#ox-roster").inputValue();
    expect(roster.split("\n").length).toBe(4);
    await page.locator("#tab-seriesc").click();
    expect(await page.locator("#sc-asof").inputValue()).toBe("2001-06-30");
    expect(await page.locator("#sc-shares").inputValue()).toBe("1250000");
  });

  test("Export downloads a zip that validates and carries the exchange of the roster's grants", async () => {
    await page.locator("#tab-optex").click();
    await page.locator("#ox-newstrike").fill("3.50");
    const download = page.waitForEvent("download");
    await page.locator("#ox-ocf-export").click();
    const file = await (await download).path();
    const entries = Object.entries(unzipSync(new Uint8Array(fs.readFileSync(file)))).map(([name, bytes]) => ({ name, bytes }));
    const after = importPackage(readPackage(entries), { asOf: "2001-12-31", seriesC: SERIES_C });
    // The three grants of the roster were exchanged (floor(0.75 × options) at $3.50); opt-4, granted after the import's date, was not in the roster.
    expect(after.roster.map((g) => `${g.grant} ${g.options.toFixed()}@${g.price.toFixed()}`).sort()).toEqual([
      "opt-1.mpwr-new 750@3.5",
      "opt-2.mpwr-new 1125@3.5",
      "opt-3.mpwr-new 1500@3.5",
      "opt-4 500@10",
    ]);
    expect(await page.locator("#ox-ocf-export-status").textContent()).toMatch(/^Exported .*\.zip: \d+ files, validated/);
  });

  test("a dropped .zip is read the same way; a refused package names its problem", async () => {
    const zip = zipSync(
      Object.fromEntries(
        packageFiles()
          .slice(1)
          .map((f) => [f.name, f.bytes]),
      ),
    );
    await page.evaluate((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], "no-manifest.zip", { type: "application/zip" }));
      document.getElementById("sc-ocf-drop")?.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, Array.from(zip));
    await state(page, "sc", "refused");
    expect(await page.locator("#sc-ocf-status").textContent()).toMatch(/^The package was refused, nothing was imported/);
    expect(await page.locator("#sc-ocf-problems li").allTextContents()).toEqual([expect.stringMatching(/has no OCF manifest/)]);
    expect(errors).toEqual([]);
  });
});
