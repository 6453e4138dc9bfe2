#!/usr/bin/env node
/**
 * Task pane speed in Chromium (issue 11), measured in the page with
 * performance marks on the built dist/ (npm run build first):
 *
 * 1. paste → results: a 5,000-grant CSV roster (columns in another order,
 *    quoted numbers with separators, $ signs) pasted into the roster box of a
 *    newly opened pane; from the paste event to the first frame painted with
 *    the totals final (target ≤ 200 ms). Also with the exchange-value inputs
 *    filled in (a Black–Scholes value per distinct exercise price), in a new
 *    pane and in a pane that valued the same prices before.
 * 2. keystroke → frame: after that paste, one character typed into every
 *    field of both tabs (a 5,000-row roster is not in the text box, which is
 *    then a paste target: see LARGE_ROSTER_CHARS); from keydown to the next
 *    painted frame (target ≤ 50 ms each), as Chromium's Event Timing API
 *    reports it (the keydown entry's duration: input delay, every handler of
 *    the key, and the rendering of the next frame; in steps of 8 ms, and
 *    "≤ 16" below its threshold). Also reported: keydown → the first task
 *    after that frame (requestAnimationFrame, then setTimeout), which also
 *    counts any work queued to run once the frame is painted (the charts'). For the fields every grant depends
 *    on (ratio, new strike, valuation inputs) the totals may finish in later
 *    slices: that time is reported too, and so is the time until the tab's
 *    charts are drawn again (issue 14: the roster's vesting, summed over the
 *    5,000 grants, and one grant's charts; on the Series C tab, with the
 *    example capital, the payoff, dividends and exit waterfall charts). The
 *    charts are computed in slices after the frame, so they must not move the
 *    keystroke → frame figure.
 * 3. 50,000 grants: paste → totals final, the longest task meanwhile
 *    (PerformanceObserver "longtask"; the page must stay responsive: ≤ 200 ms)
 *    and the DOM size (paged list: never every grant); then a click on a
 *    column's header button → the frame painted with the 50,000 grants sorted
 *    (target ≤ 200 ms), by eligible options, new options and grant id.
 * 4. Insert model of 50,000 grants through the Excel stand-in
 *    (test/support/officeStandIn.ts): time, number of requests, largest request
 *    (≤ 1 MB, against Excel on the web's 5 MB).
 * 5. A 200 KB single-line paste (100,000 cells): paste → roster read and
 *    shown, and the longest task meanwhile.
 * 6. Restoring 30,000 saved events: reload → inputs shown (≤ 1 s; the event
 *    list draws at most its first 200 cards).
 *
 * Options: BENCH_PANE_RUNS (default 5, medians); BENCH_DIST (a build other than dist/);
 * BENCH_PANE_ONLY=paste (part 1 only: the 5,000-grant pastes, e.g. to compare two builds quickly);
 * BENCH_PANE_ONLY=sort (part 3 only: 50,000 grants pasted and sorted);
 * BENCH_PANE_ONLY=keys (parts 1 and 2: the pastes, then a keystroke in every field).
 */
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { officeStandInScript } = require("../test/support/compileStandIn");
const { keystroke, median, serveDist } = require("./lib/pane");

const ROOT = path.resolve(__dirname, "..");
// BENCH_DIST: another build to measure (e.g. an earlier commit's, for a comparison under the same load).
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, "dist");
const RUNS = Number(process.env.BENCH_PANE_RUNS || 5);
const ONLY_PASTE = process.env.BENCH_PANE_ONLY === "paste";
const ONLY_SORT = process.env.BENCH_PANE_ONLY === "sort";
const ONLY_KEYS = process.env.BENCH_PANE_ONLY === "keys";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** A roster as people export it: CSV, columns in another order, quoted numbers, $ signs, CRLF. */
function csvRoster(n, seed = 0) {
  const lines = ["Exercise Price,Options Outstanding,Grant Date,Optionee,Grant ID"];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const options = 100 + ((i * 37 + seed * 11) % 4000);
    total += Math.floor((options * 3) / 4);
    lines.push(`"$${(5 + ((i + seed) % 60)).toFixed(2)}","${options.toLocaleString("en-US")}",2000-0${1 + (i % 9)}-15,"Employee ${i + 1}, Jr.",G-${i + 1}`);
  }
  return { text: lines.join("\r\n"), total };
}

async function open(browser, url, office) {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const fake = officeStandInScript();
  await page.route(`${OFFICE_CDN}**`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: office === "fake" ? fake : "/* none */" }));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (route.request().url().startsWith(OFFICE_CDN) ? route.fallback() : route.abort()));
  await page.goto(`${url}/taskpane.html`);
  await page.waitForFunction(() => document.body.dataset.restored === "true");
  await page.evaluate(() => {
    // Helpers in the page: the next painted frame, and whether the totals are final.
    window.__nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    window.__totalsFinal = () =>
      !document.getElementById("ox-results").hasAttribute("aria-busy") && document.getElementById("ox-totals-progress").textContent === "";
    // A keystroke (bench/lib/pane.js keystroke) has settled when the totals are final.
    window.__snapshot = () => null;
    window.__settled = () => window.__totalsFinal();
    // The charts of the tab shown are drawn for the inputs as they are (none computing, the plot or the problem shown).
    window.__chartsFinal = () => Array.from(document.querySelectorAll("[role=tabpanel]:not([hidden]) .figure-slot")).every((s) => s.dataset.state === "ready");
    window.__longest = 0;
    // Event Timing: keydown → the next frame painted (durations ≥ 16 ms are reported, in steps of 8 ms).
    window.__keyEvents = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "keydown") window.__keyEvents.push(e.duration);
    }).observe({ type: "event", durationThreshold: 16, buffered: false });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  return page;
}

/** Pastes into the roster box (a paste event carrying the text, as Ctrl+V does) and times it to the painted frame with final totals. */
async function pasteTimed(page, text, label) {
  // The text goes into the page first: handing megabytes to page.evaluate is a long task of the
  // harness (the argument is deserialised in the page), not of the pane; its entry is delivered
  // to the observer before the timed part starts.
  await page.evaluate((t) => {
    window.__pasteText = t;
  }, text);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  return page.evaluate(
    async ({ label }) => {
      const text = window.__pasteText;
      window.__pasteText = undefined;
      const area = document.getElementById("ox-roster");
      area.focus();
      window.__longest = 0;
      const data = new DataTransfer();
      data.setData("text/plain", text);
      performance.mark(`${label}:start`);
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      for (;;) {
        await window.__nextFrame();
        if (window.__totalsFinal() && document.getElementById("ox-total")) break;
      }
      performance.mark(`${label}:end`);
      const m = performance.measure(label, `${label}:start`, `${label}:end`);
      const out = {
        ms: m.duration,
        total: document.getElementById("ox-total").getAttribute("data-exact"),
        longest: window.__longest,
        nodes: document.querySelectorAll("#panel-optex *").length,
      };
      while (!window.__chartsFinal()) await window.__nextFrame();
      performance.mark(`${label}:charts`);
      out.charts = performance.measure(`${label}:charts`, `${label}:start`, `${label}:charts`).duration;
      out.longestWithCharts = window.__longest;
      return out;
    },
    { label },
  );
}

const FIELDS = [
  ["ox-newstrike", "optex"],
  ["ox-expiration", "optex"],
  ["ox-ratio", "optex"],
  ["ox-spot", "optex"],
  ["ox-rate", "optex"],
  ["ox-vol", "optex"],
  ["ox-oldyears", "optex"],
  ["sc-asof", "seriesc"],
  ["sc-shares", "seriesc"],
  ["sc-fmv", "seriesc"],
  ["sc-notice", "seriesc"],
];

/** Part 3: 50,000 grants pasted (totals, longest task, DOM size), then sorted by a column's header button. */
async function fiftyThousand(browser, url, out) {
  // 3. 50,000 grants
  const big = await open(browser, url, "none");
  await big.click("#tab-optex");
  await big.fill("#ox-newstrike", "4.50");
  const r50 = csvRoster(50000, 1);
  const m50 = await pasteTimed(big, r50.text, "paste50000");
  if (m50.total !== String(r50.total)) throw new Error(`50,000 grants: total ${m50.total}, expected ${r50.total}`);
  out.paste50000 = { ms: m50.ms, longestTask: m50.longest, nodes: m50.nodes, charts: m50.charts, longestWithCharts: m50.longestWithCharts };
  // Sorting the 50,000 grants: a click on a column's header button → the frame painted with the table sorted
  // (model/grantList.ts sortedOrder), for a column read from the roster and one computed from the inputs.
  const sorts = {};
  for (const column of ["eligible", "newOptions", "grant"]) {
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      times.push(
        await big.evaluate(async (column) => {
          const th = () => document.querySelector(`#ox-table button[data-column="${column}"]`).parentElement;
          const before = th().getAttribute("aria-sort");
          const want = before === "ascending" ? "descending" : "ascending";
          const t0 = performance.now();
          document.querySelector(`#ox-table button[data-column="${column}"]`).click();
          for (;;) {
            await window.__nextFrame();
            if (th().getAttribute("aria-sort") === want) break;
          }
          return performance.now() - t0;
        }, column),
      );
    }
    sorts[column] = median(times);
  }
  out.sort50000 = sorts;
  await big.close();
}

async function run() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run npm run build first");
  const ensure = require(path.join(ROOT, "scripts/ensure-chromium.js"));
  const executablePath = (ensure.chromiumPath && ensure.chromiumPath()) || "/usr/bin/chromium";
  const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
  const server = await serveDist(DIST);
  const url = `http://127.0.0.1:${server.address().port}`;
  const out = {};
  try {
    if (ONLY_SORT) {
      await fiftyThousand(browser, url, out);
      return out;
    }
    // 1. paste 5,000 grants into a freshly opened pane: with the required inputs only, and with the
    //    exchange-value inputs too (then every distinct exercise price needs a 40-digit Black–Scholes value)
    const fresh = async (valuation) => {
      const runs = [];
      for (let i = 0; i <= RUNS; i++) {
        const pg = await open(browser, url, "none");
        await pg.click("#tab-optex");
        await pg.fill("#ox-newstrike", "4.50");
        if (valuation) {
          await pg.fill("#ox-spot", "5");
          await pg.fill("#ox-rate", "5%");
          await pg.fill("#ox-vol", "80%");
          await pg.fill("#ox-oldyears", "8.5");
        }
        await pg.waitForTimeout(1000); // a person's pause between the last field and the paste
        const r = csvRoster(5000, i);
        const m = await pasteTimed(pg, r.text, `paste5000-${valuation}-${i}`);
        if (m.total !== String(r.total)) throw new Error(`5,000 grants: total ${m.total}, expected ${r.total}`);
        if (i > 0) runs.push(m.ms); // the first run warms the browser up
        await pg.close();
      }
      return { ms: median(runs), runs };
    };
    out.paste5000 = await fresh(false);
    out.paste5000valued = await fresh(true);
    const page = await open(browser, url, "none");
    await page.click("#tab-optex");
    await page.fill("#ox-newstrike", "4.50");
    await page.fill("#ox-spot", "5");
    await page.fill("#ox-rate", "5%");
    await page.fill("#ox-vol", "80%");
    await page.fill("#ox-oldyears", "8.5");
    await pasteTimed(page, csvRoster(5000, 99).text, "paste5000-first");

    // 1b. the same in a pane already used once (the page's code compiled): clear, then paste again
    const warm = [];
    const warmCharts = [];
    for (let i = 0; i < RUNS; i++) {
      await page.click("#ox-clear-roster");
      await page.click("#confirm-ok");
      await page.waitForFunction(() => document.getElementById("ox-roster-status").textContent === "The roster was cleared.");
      await page.evaluate(() => (document.getElementById("ox-roster-status").textContent = ""));
      const r = csvRoster(5000, 100 + i);
      const m = await pasteTimed(page, r.text, `paste5000-warm-${i}`);
      if (m.total !== String(r.total)) throw new Error(`5,000 grants (warm): total ${m.total}, expected ${r.total}`);
      warm.push(m.ms);
      warmCharts.push(m.charts);
    }
    out.paste5000warm = { ms: median(warm), runs: warm, charts: median(warmCharts) };
    if (ONLY_PASTE) {
      await page.close();
      return out;
    }

    // 2. a keystroke in every field, after the paste (the Series C tab with the example capital, so its exit waterfall is drawn)
    await page.click("#tab-seriesc");
    if (await page.$("#sc-capital-example")) await page.click("#sc-capital-example");
    await page.waitForFunction(() => window.__chartsFinal());
    const keys = {};
    for (const [id, tab] of FIELDS) {
      await page.click(`#tab-${tab}`);
      const painted = [];
      const afterFrame = [];
      const final = [];
      const charts = [];
      for (let i = 0; i < RUNS; i++) {
        for (const key of ["1", "Backspace"]) {
          if (id === "ox-roster")
            await page.evaluate(() => {
              const a = document.getElementById("ox-roster");
              a.setSelectionRange(a.value.length, a.value.length);
            });
          const m = await keystroke(page, id, key);
          painted.push(m.painted);
          afterFrame.push(m.afterFrame);
          final.push(m.settled);
          charts.push(m.charts);
        }
      }
      keys[id] = { painted: median(painted), paintedMax: Math.max(...painted), afterFrame: median(afterFrame), final: median(final), charts: median(charts) };
    }
    out.keystrokes = keys;
    await page.close();
    if (ONLY_KEYS) return out;

    await fiftyThousand(browser, url, out);

    // 4. Insert model of 50,000 grants through the Excel stand-in
    const xl = await open(browser, url, "fake");
    await xl.waitForFunction(() => document.getElementById("mode").textContent.includes("In Excel"));
    await xl.click("#tab-optex");
    await xl.fill("#ox-newstrike", "4.50");
    await pasteTimed(xl, csvRoster(50000, 1).text, "xl50000");
    const ins = await xl.evaluate(async () => {
      window.__fakeExcel.clear();
      window.__fakeExcel.select("A1");
      performance.mark("insert:start");
      document.getElementById("ox-insert").click();
      while (!/^(Wrote|Could not|Nothing)/.test(document.getElementById("ox-actions-status").textContent)) await new Promise((r) => setTimeout(r, 20));
      performance.mark("insert:end");
      const syncs = window.__fakeExcel.log.filter((e) => e.bytes !== undefined);
      return {
        ms: performance.measure("insert", "insert:start", "insert:end").duration,
        status: document.getElementById("ox-actions-status").textContent,
        requests: syncs.length,
        maxBytes: Math.max(...syncs.map((s) => s.bytes)),
        totalBytes: syncs.reduce((n, s) => n + s.bytes, 0),
      };
    });
    if (!ins.status.startsWith("Wrote")) throw new Error(`insert: ${ins.status}`);
    out.insert50000 = ins;
    await xl.close();

    // 5. a 200 KB single-line paste: paste → roster read and shown (the longest task meanwhile)
    const line = await open(browser, url, "none");
    await line.click("#tab-optex");
    out.line200k = await line.evaluate(async () => {
      const text = `G-1,2000-01-15,1000,5.00,${"x,".repeat(100_000)}`;
      const area = document.getElementById("ox-roster");
      area.focus();
      window.__longest = 0;
      const data = new DataTransfer();
      data.setData("text/plain", text);
      const t0 = performance.now();
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      do await window.__nextFrame();
      while (document.getElementById("ox-results").hasAttribute("aria-busy"));
      return { ms: performance.now() - t0, longest: window.__longest };
    });
    await line.close();

    // 6. restoring 30,000 saved events (a record another version or tool wrote): open → inputs shown
    const restore = await open(browser, url, "none");
    // the same reload without saved events first: what opening the pane costs by itself
    const tBase = Date.now();
    await restore.reload();
    await restore.waitForFunction(() => document.body.dataset.restored === "true");
    await restore.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const baseMs = Date.now() - tBase;
    await restore.evaluate(() => {
      const events = [];
      for (let i = 0; i < 30_000; i++)
        events.push({
          id: String(i + 1),
          date: `2002-01-0${1 + (i % 9)}`,
          type: i % 2 ? "EXPIRE" : "RIGHTS",
          a: "1000",
          b: "5",
          c: "",
          d: "",
          target: i % 2 ? String(i) : "",
        });
      localStorage.setItem("mpwr.taskpane.form.v1", JSON.stringify({ v: 1, seriesC: { events }, optex: {} }));
    });
    const t0 = Date.now();
    await restore.reload();
    await restore.waitForFunction(() => document.body.dataset.restored === "true", undefined, { timeout: 600_000 });
    await restore.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    out.restore30000 = { ms: Date.now() - t0, baseMs, status: await restore.evaluate(() => document.getElementById("save-status").textContent) };
    if (!out.restore30000.status.startsWith("Inputs restored")) throw new Error(`restore: ${out.restore30000.status}`);
    await restore.close();
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

function table(p) {
  const rows = [];
  const row = (name, value, target, ok) => rows.push({ name, value, target, verdict: ok === undefined ? "" : ok ? "PASS" : "MISS" });
  if (!p.paste5000) {
    // BENCH_PANE_ONLY=sort
    for (const [column, ms] of Object.entries(p.sort50000))
      row(`sort 50,000 grants by ${column} → frame painted`, `${ms.toFixed(1)} ms`, "≤ 200 ms", ms <= 200);
    return rows;
  }
  row("paste 5,000 grants (CSV) → totals painted, new pane", `${p.paste5000.ms.toFixed(1)} ms`, "≤ 200 ms", p.paste5000.ms <= 200);
  row("  … with the exchange-value inputs, new pane", `${p.paste5000valued.ms.toFixed(1)} ms`, "≤ 200 ms", p.paste5000valued.ms <= 200);
  row("  … with them, a pane in use (prices valued before)", `${p.paste5000warm.ms.toFixed(1)} ms`, "≤ 200 ms", p.paste5000warm.ms <= 200);
  row("  … → charts drawn (the roster's vesting, one grant's), a pane in use", `${p.paste5000warm.charts.toFixed(1)} ms`, "(reported)");
  if (!p.keystrokes) return rows; // BENCH_PANE_ONLY=paste
  for (const [id, k] of Object.entries(p.keystrokes)) {
    row(`keystroke in #${id} → frame, median (max)`, `${k.painted.toFixed(0)} ms (${k.paintedMax.toFixed(0)})`, "≤ 50 ms", k.painted <= 50);
    row(`  … → first task after the frame`, `${k.afterFrame.toFixed(1)} ms`, "(reported)");
    if (k.final - k.afterFrame > 1) row(`  … → totals of 5,000 grants final`, `${k.final.toFixed(1)} ms`, "(reported)");
    if (k.charts - k.final > 1) row(`  … → the tab's charts drawn again`, `${k.charts.toFixed(1)} ms`, "(reported)");
  }
  if (!p.paste50000) return rows; // BENCH_PANE_ONLY=keys
  row("paste 50,000 grants → totals painted", `${(p.paste50000.ms / 1000).toFixed(2)} s`, "(progress shown)");
  // Long Tasks API entries are tasks of 50 ms or more: none means every task was shorter.
  const longest = (ms) => (ms > 0 ? `${ms.toFixed(0)} ms` : "none ≥ 50 ms");
  row("  longest task meanwhile", longest(p.paste50000.longestTask), "≤ 200 ms", p.paste50000.longestTask <= 200);
  row("  … → charts drawn (vesting of 50,000 grants)", `${(p.paste50000.charts / 1000).toFixed(2)} s`, "(reported)");
  row("  longest task until then", longest(p.paste50000.longestWithCharts), "≤ 200 ms", p.paste50000.longestWithCharts <= 200);
  row("  elements in the Option exchange tab", `${p.paste50000.nodes}`, "< 2,000 (paged)", p.paste50000.nodes < 2000);
  for (const [column, ms] of Object.entries(p.sort50000 ?? {}))
    row(`sort 50,000 grants by ${column} → frame painted`, `${ms.toFixed(1)} ms`, "≤ 200 ms", ms <= 200);
  row("Insert model, 50,000 grants (stand-in)", `${(p.insert50000.ms / 1000).toFixed(2)} s, ${p.insert50000.requests} requests`, "(reported)");
  row("paste a 200 KB single line → roster read and shown", `${p.line200k.ms.toFixed(0)} ms`, "≤ 1,000 ms", p.line200k.ms <= 1000);
  row("  longest task meanwhile", longest(p.line200k.longest), "(reported)");
  row(
    "restore 30,000 saved events: reload → inputs shown, beyond opening the pane",
    `${(p.restore30000.ms - p.restore30000.baseMs).toFixed(0)} ms`,
    "≤ 1,000 ms",
    p.restore30000.ms - p.restore30000.baseMs <= 1000,
  );
  row("  opening the pane without saved events (reload → shown)", `${p.restore30000.baseMs.toFixed(0)} ms`, "(reported)");
  row(
    "  largest request",
    `${(p.insert50000.maxBytes / 1024).toFixed(0)} KB of ${(p.insert50000.totalBytes / 1024 / 1024).toFixed(1)} MB`,
    "≤ 1,000,000 B",
    p.insert50000.maxBytes <= 1_000_000,
  );
  return rows;
}

function print(rows) {
  const cols = ["name", "value", "target", "verdict"];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((l) => String(l[c]).length)));
  const fmt = (l) => cols.map((c, i) => String(l[c]).padEnd(width[i])).join("  ");
  console.log(fmt(Object.fromEntries(cols.map((c) => [c, c]))));
  console.log(width.map((w) => "-".repeat(w)).join("  "));
  for (const l of rows) console.log(fmt(l));
}

module.exports = { run, table, print };

if (require.main === module) {
  run()
    .then((p) => {
      const rows = table(p);
      print(rows);
      const file = path.join(__dirname, "results.json");
      if (ONLY_PASTE || ONLY_SORT || ONLY_KEYS) return;
      const results = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
      results.pane = { ...p, table: rows, runs: RUNS, date: new Date().toISOString() };
      fs.writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
      console.log("wrote bench/results.json (pane)");
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
