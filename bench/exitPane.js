#!/usr/bin/env node
/**
 * The Series C tab's exit section in Chromium (bench/pane.js's way: the built dist/, a 320 px
 * pane, Chromium's Event Timing API): with 12 convertible, participating and capped PREFERRED
 * rows (and the common, options and warrants) read from the selected range of the Excel
 * stand-in, one real keystroke
 *
 * - in the exit value: keydown → the next painted frame (target ≤ 50 ms), and → the who gets
 *   what table and the holders' payouts shown for the new value;
 * - in a capital row's quantity (a new waterfall: the breakpoints found again, the chart
 *   recomputed): keydown → the next painted frame (target ≤ 50 ms), → the exit section shown,
 *   and → the exit waterfall chart drawn again (in slices after the frame).
 *
 * Options: BENCH_PANE_RUNS (default 5, medians); BENCH_DIST (a build other than dist/).
 * Run: npm run build && node bench/exitPane.js
 */
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { officeStandInScript } = require("../test/support/compileStandIn");
const { keystroke, median, serveDist } = require("./lib/pane");

const ROOT = path.resolve(__dirname, "..");
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, "dist");
const RUNS = Number(process.env.BENCH_PANE_RUNS || 5);
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const TARGET_MS = 50;

/**
 * 12 rows that each convert or reach a cap (the equilibrium covers all of them), in three ranks,
 * then the common, options at two strikes and warrants: name | type | quantity | a | b | c | rank | participation.
 */
function capital() {
  const rows = [["Name", "Type", "Quantity", "a", "b", "c", "Rank", "Participation"]];
  for (let i = 0; i < 12; i++) {
    const participation = i % 3 === 0 ? "" : i % 3 === 1 ? "FULL" : 2 * (10 + i);
    rows.push([`Series ${String.fromCharCode(65 + i)}`, "PREFERRED", 500000 + 100000 * i, 10 + i, i % 2, 1 + (i % 4) / 4, 1 + (i % 3), participation]);
  }
  rows.push(["Common", "COMMON", 20000000, "", "", "", "", ""]);
  rows.push(["Options", "OPTION", 2000000, 5, "", "", "", ""]);
  rows.push(["Warrants", "WARRANT", 1000000, 25, "", "", "", ""]);
  return rows;
}

async function open(browser, url) {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const fake = officeStandInScript();
  await page.route(`${OFFICE_CDN}**`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: fake }));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (route.request().url().startsWith(OFFICE_CDN) ? route.fallback() : route.abort()));
  await page.goto(`${url}/taskpane.html`);
  await page.waitForFunction(() => document.body.dataset.restored === "true");
  await page.evaluate(() => {
    window.__nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    window.__chartsFinal = () => Array.from(document.querySelectorAll("[role=tabpanel]:not([hidden]) .figure-slot")).every((s) => s.dataset.state === "ready");
    // A keystroke (bench/lib/pane.js keystroke) has settled when the exit section shows something new.
    window.__snapshot = () => document.getElementById("sc-who-gets-what")?.textContent ?? "";
    window.__settled = (before) => window.__snapshot() !== before;
    window.__keyEvents = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "keydown") window.__keyEvents.push(e.duration);
    }).observe({ type: "event", durationThreshold: 16, buffered: false });
  });
  return page;
}

async function run() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error(`${DIST} has no build: run npm run build first`);
  const ensure = require(path.join(ROOT, "scripts/ensure-chromium.js"));
  const executablePath = (ensure.chromiumPath && ensure.chromiumPath()) || "/usr/bin/chromium";
  const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
  const server = await serveDist(DIST);
  const url = `http://127.0.0.1:${server.address().port}`;
  const out = {};
  try {
    const page = await open(browser, url);
    await page.click("#tab-seriesc");
    const rows = capital();
    await page.evaluate((rows) => {
      const f = window.__fakeExcel;
      rows.forEach((r, i) => r.forEach((v, j) => f.set(`${String.fromCharCode(65 + j)}${i + 1}`, v)));
      f.select(`A1:H${rows.length}`);
    }, rows);
    await page.click("#sc-capital-selection");
    await page.waitForFunction(
      (n) => document.getElementById("sc-capital-status")?.textContent === `Read ${n} capital rows from the selected range.`,
      rows.length - 1,
    );
    await page.fill("#sc-exit-value", "$300,000,000");
    await page.waitForFunction(() => /Total/.test(document.getElementById("sc-who-gets-what")?.textContent ?? "") && window.__chartsFinal(), undefined, {
      timeout: 120_000,
    });
    const problem = await page.evaluate(() => document.querySelector("#sc-who-gets-what .error-text")?.textContent);
    if (problem) throw new Error(`the exit section refused the capital: ${problem}`);
    for (const [label, id] of [
      ["exit value", "sc-exit-value"],
      ["capital row 1's quantity", "sc-cap1-quantity"],
    ]) {
      const m = { painted: [], afterFrame: [], settled: [], charts: [] };
      for (let i = 0; i <= RUNS; i++) {
        for (const key of ["1", "Backspace"]) {
          const r = await keystroke(page, id, key);
          if (i === 0) continue; // the first run warms the page up
          for (const k of Object.keys(m)) m[k].push(r[k]);
        }
      }
      out[label] = Object.fromEntries(Object.entries(m).map(([k, xs]) => [k, median(xs)]));
    }
    await page.close();
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

if (require.main === module) {
  run().then(
    (out) => {
      console.log("exit section, 12 convertible/capped PREFERRED rows, 320 px (medians, ms):");
      for (const [label, m] of Object.entries(out)) {
        const ok = m.painted <= TARGET_MS ? "ok" : "SLOW";
        console.log(
          `  ${label}: keydown → frame ${m.painted <= 16 ? "≤ 16" : m.painted.toFixed(0)} (target ≤ ${TARGET_MS}: ${ok}); → next task ${m.afterFrame.toFixed(1)}; → exit section shown ${m.settled.toFixed(1)}; → charts drawn ${m.charts.toFixed(1)}`,
        );
      }
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

module.exports = { run };
