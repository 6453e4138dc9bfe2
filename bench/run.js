#!/usr/bin/env node
/**
 * MPWR benchmark (issue 6). Run after a production build:
 *   npx webpack --mode production && node --expose-gc bench/run.js
 * (with the collector exposed, each part starts on a collected heap: `npm run bench` does both).
 * Options: BENCH_RUNS (default 7, medians), BENCH_ROWS (10000), BENCH_GRANTS (100000).
 * Prints a table and writes bench/results.json. Every speed figure is a ratio
 * of medians measured in this one run, so machines and load cancel out.
 *
 * 1. accrual sheet: 10,000 rows of =MPWR.SERIESC_ACCRUED(An), dates 2000–2012,
 *    recalculated in HyperFormula after all dates change, against the same
 *    sheet with a native formula (target ≤ 1.0×).
 * 2. roster: =MPWR.OPTEX_NEWSHARES(A1:A100000) (one spill) against the array
 *    formula =FLOOR(A1:A100000*0.75,1), recalculated after the roster changes
 *    (target ≤ 1.5×).
 * 3. core: the built SERIESC_ACCRUED / SERIESC_CONVPRICE adapters (Decimal
 *    inside) against plain-number reference implementations (target ≤ 5×).
 * 4. bundle sizes: dist/functions.js ≤ 120 KB minified; gzip sizes reported.
 * 5. exit table: =MPWR.SERIESC_EXIT_TABLE over 1,000 exit values (Decimal, the
 *    value per common share solved exactly) against the test-only plain-number
 *    brute force of test/support/exitReference.ts (bisection, every set of
 *    converting classes), for 2 and for 8 convertible classes and for 1,000
 *    OPTION rows at 40 exercise prices (target: the
 *    1,000 values within 1,000 ms; the ratio is reported).
 * 5a. SERIESC_PAYOUTS over 100,000 holdings lines (bench/payouts.js; target ≤ 1,000 ms).
 * 5c. the whole capital table (bench/exitClasses.js): 12 convertible or
 *    capped classes (EXIT_TABLE over 1,000 values ≤ 1 s, one cold EXIT ≤ 50 ms,
 *    BREAKPOINTS) and 1,000 OPTION rows at 1,000 and at 40 exercise prices.
 * 5b. OPTEX_TOTAL on 1,000,000 grants against OPTEX_NEWSHARES on the same
 *    roster (bench/optexTotal.js): time and peak memory each ≤ 1.5×.
 * 6. events replay (bench/events.js): cold SERIESC_CONVPRICE / SERIESC_ADJUSTMENTS
 *    at 1,000 and 10,000 event rows with EXPIRE readjustments, for the realistic,
 *    underwater-warrant, underwater-plan-option and adversarial tables (target
 *    ≤ 100 ms at 10,000, ratio ≤ 15; BENCH_UNDERWATER_ROWS and
 *    BENCH_ADVERSARIAL_ROWS, default 10,000, set the slow shapes' larger size).
 * 6b. model sheet (bench/events.js modelSheetBench): the Series C sheet of the
 *    model workbook, the layout's own formulas, with 10,000 events of each
 *    shape; the time inside the functions to recalculate after one edit of the
 *    events table (target ≤ 1 s; BENCH_SHEET_ROWS sets the rows).
 * 7. the task pane in Chromium (bench/pane.js): paste, keystrokes, 50,000
 *    grants, chunked Insert; BENCH_PANE=0 skips it.
 * 8. valuation: OPTEX_BLACKSCHOLES per call against a plain-double
 *    Black–Scholes (Hart's Φ as in West 2005; target ≤ 3×), and
 *    OPTEX_VALUATION over a BENCH_GRANTS roster against a plain loop of two
 *    Black–Scholes values per grant (target ≤ 5×, and about 1 s or less).
 *    BENCH_ONLY=valuation runs only this part.
 * BENCH_ONLY=events runs only parts 6 and 6b (BENCH_SHEET=0 leaves out 6b).
 */
require("./lib/ts");
const fs = require("fs");
const path = require("path");
// The production build `npm run bench` has just made (dist/), unless MPWR_DIST names another: test/support/dist.ts
// would otherwise read the test build (test-output/dist), which may be missing or older.
process.env.MPWR_DIST ??= path.join(__dirname, "..", "dist");
const zlib = require("zlib");
const { performance } = require("perf_hooks");
const { loadBuiltFunctionsForTiming, readMetadata, DIST } = require("../test/support/dist.ts");
const { registerMpwrFunctions, buildSheet } = require("../test/support/hyperformulaPlugin.ts");
const { eventsBench, modelSheetBench } = require("./events");
const { optexTotalBench } = require("./optexTotal");
const { payoutsBench } = require("./payouts");
const { exitClassesBench, TARGETS: EXIT_CLASSES_TARGETS } = require("./exitClasses");

const RUNS = Number(process.env.BENCH_RUNS || 7);
const ROWS = Number(process.env.BENCH_ROWS || 10000);
const GRANTS = Number(process.env.BENCH_GRANTS || 100000);

const cf = loadBuiltFunctionsForTiming(); // Excel runs the bundle in an ordinary realm, not a vm context
const functions = readMetadata().functions;
registerMpwrFunctions(cf, functions);
const fn = (id) => {
  const f = cf.registered.get(id);
  if (!f) throw new Error(`dist/functions.js does not register ${id}`);
  return f;
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const time = (f) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
/** Alternates a and b RUNS times (after one warm-up each); medians in ms. */
function compare(a, b) {
  a(0);
  b(0);
  const ta = [];
  const tb = [];
  for (let i = 1; i <= RUNS; i++) {
    ta.push(time(() => a(i)));
    tb.push(time(() => b(i)));
  }
  return { ours: median(ta), baseline: median(tb), ratio: median(ta) / median(tb) };
}

const SERIAL_2000 = 36526; // 2000-01-01
const SERIAL_2012_END = 41274; // 2012-12-31
const rowDate = (i, shift) => SERIAL_2000 + ((i * 7919 + shift * 31) % (SERIAL_2012_END - SERIAL_2000 + 1));

// ---------------------------------------------------------------- 1. accrual sheet
/**
 * Cert §2 with native functions only, as an analyst without the add-in would
 * write it for dates from 2000 on: (LV + balance at the last 31 Dec) grown by
 * the prorated 10%, minus LV. LV + balance at 31 Dec of year Y−1 is
 * 28 × (1 + 0.1 × 2/365) × 1.1^(Y−2000): the 1999 stub (29 → 31 Dec 1999,
 * 2 days of 365) then full compounded years.
 */
const NATIVE_ACCRUAL = (r) =>
  `=28*(1+0.1*2/365)*1.1^(YEAR(A${r})-2000)*(1+0.1*(INT(A${r})-DATE(YEAR(A${r})-1,12,31))/(DATE(YEAR(A${r}),12,31)-DATE(YEAR(A${r})-1,12,31)))-28`;

function accrualBench() {
  const rows = (formula) => Array.from({ length: ROWS }, (_, i) => [rowDate(i, 0), formula(i + 1)]);
  const ours = buildSheet(rows((r) => `=MPWR.SERIESC_ACCRUED(A${r})`));
  const native = buildSheet(rows(NATIVE_ACCRUAL));
  // The two sheets agree (every row, 1e-9)
  let maxDiff = 0;
  const a = ours.getSheetValues(0);
  const b = native.getSheetValues(0);
  for (let i = 0; i < ROWS; i++) {
    if (typeof a[i][1] !== "number" || typeof b[i][1] !== "number") throw new Error(`row ${i + 1}: ${JSON.stringify([a[i][1], b[i][1]])}`);
    maxDiff = Math.max(maxDiff, Math.abs(a[i][1] - b[i][1]));
  }
  if (maxDiff > 1e-9) throw new Error(`native and MPWR accrual sheets differ by ${maxDiff}`);
  const dates = (shift) => Array.from({ length: ROWS }, (_, i) => [rowDate(i, shift)]);
  const inputs = Array.from({ length: RUNS + 1 }, (_, k) => dates(k + 1));
  const recalc = (hf) => (k) => hf.setCellContents({ sheet: 0, row: 0, col: 0 }, inputs[k]);
  const r = compare(recalc(ours), recalc(native));
  ours.destroy();
  native.destroy();
  return { ...r, maxDiff };
}

// ---------------------------------------------------------------- 2. roster spill
function rosterBench() {
  const grants = (shift) => Array.from({ length: GRANTS }, (_, i) => [((i * 104729 + shift * 17) % 50000) + 1]);
  const sheet = (formula) => {
    const rows = grants(0);
    rows[0] = [rows[0][0], formula];
    return buildSheet(rows, { maxRows: GRANTS + 10 }); // HyperFormula's default limit is 40,000 rows
  };
  let ours;
  let native;
  const build = compare(
    () => {
      if (ours) ours.destroy();
      ours = sheet(`=MPWR.OPTEX_NEWSHARES(A1:A${GRANTS})`);
    },
    () => {
      if (native) native.destroy();
      native = sheet(`=FLOOR(A1:A${GRANTS}*0.75,1)`);
    },
  );
  const check = (hf) => hf.getRangeValues({ start: { sheet: 0, row: 0, col: 1 }, end: { sheet: 0, row: GRANTS - 1, col: 1 } });
  const x = check(ours);
  const y = check(native);
  for (let i = 0; i < GRANTS; i++) if (x[i][0] !== y[i][0]) throw new Error(`roster row ${i + 1}: ${x[i][0]} vs ${y[i][0]}`);
  const inputs = Array.from({ length: RUNS + 1 }, (_, k) => grants(k + 1));
  const recalc = (hf) => (k) => hf.setCellContents({ sheet: 0, row: 0, col: 0 }, inputs[k]);
  const r = compare(recalc(ours), recalc(native));
  ours.destroy();
  native.destroy();
  return { recalc: r, build };
}

// ---------------------------------------------------------------- 3. calc core vs plain numbers
/** Plain-number reference of Cert §2 with the default terms (no payments): same steps, doubles. */
function refAccrued(serial) {
  if (typeof serial !== "number" || !Number.isFinite(serial)) throw new Error("asOf");
  const day = Math.floor(serial);
  const issue = 36523; // 1999-12-29
  if (day < issue) throw new Error("asOf before issue");
  const year = new Date((day - 25569) * 86400000).getUTCFullYear();
  const yearEnd = (y) => Date.UTC(y, 11, 31) / 86400000 + 25569;
  const yearDays = (y) => ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365);
  if (year === 1999) return (28 * 0.1 * (day - issue)) / 365;
  let balance = (28 * 0.1 * (yearEnd(1999) - issue)) / 365;
  for (let y = 2000; y < year; y++) balance += (28 + balance) * 0.1;
  return balance + ((28 + balance) * 0.1 * (day - yearEnd(year - 1))) / yearDays(year);
}

/** Plain-number reference of Cert §5(f)-(g) for SPLIT / STOCKDIV rows (date | type | a | b). */
function refConvPrice(serial, events) {
  const day = Math.floor(serial);
  let cp = 28;
  const rows = events
    .map((r, i) => ({ day: Math.floor(r[0]), type: String(r[1]).toUpperCase(), a: r[2], b: r[3], i }))
    .filter((e) => e.day <= day)
    .sort((p, q) => p.day - q.day || p.i - q.i);
  for (const e of rows) {
    if (e.type === "SPLIT") cp /= e.a;
    else if (e.type === "STOCKDIV") cp = (cp * e.a) / (e.a + e.b);
  }
  return cp;
}

function coreBench() {
  const N = 20000;
  const asOf = Array.from({ length: N }, (_, i) => rowDate(i, 3));
  const events = [
    [36767, "SPLIT", 1.5, null, null, null],
    [37200, "STOCKDIV", 1e7, 1e6, null, null],
    [38000, "SPLIT", 0.5, null, null, null],
  ];
  const accrued = fn("SERIESC_ACCRUED");
  const convPrice = fn("SERIESC_CONVPRICE");
  for (let i = 0; i < 200; i++) {
    const d = Math.abs(accrued(asOf[i]) - refAccrued(asOf[i]));
    const e = Math.abs(convPrice(asOf[i], events) - refConvPrice(asOf[i], events));
    if (d > 1e-9 || e > 1e-9) throw new Error(`core and reference differ at ${asOf[i]}: ${d} ${e}`);
  }
  let sink = 0;
  const loop = (f) => () => {
    for (let i = 0; i < N; i++) sink += f(asOf[i]);
  };
  const acc = compare(
    loop((x) => accrued(x)),
    loop((x) => refAccrued(x)),
  );
  const cp = compare(
    loop((x) => convPrice(x, events)),
    loop((x) => refConvPrice(x, events)),
  );
  if (Number.isNaN(sink)) throw new Error("sink");
  return { accrued: { ...acc, perCallUs: (acc.ours * 1000) / N }, convPrice: { ...cp, perCallUs: (cp.ours * 1000) / N } };
}

// ---------------------------------------------------------------- 5. exit table
function exitBench() {
  const { referenceExit } = require("../test/support/exitReference.ts");
  const table = fn("SERIESC_EXIT_TABLE");
  const day = 37256; // 2001-12-31, in the 30-month window
  // The Series C's figures on that day for the reference (Cert §2, §4(a)): accrued 5.898… (2 stub days, 2000, 2001 compounded).
  const stub = (28 * 0.1 * 2) / 365;
  const d2000 = stub + (28 + stub) * 0.1;
  const dv = d2000 + (28 + d2000) * 0.1;
  const sc = { A: 28 + dv, LV: 28, D: dv, price: 28, rate: 1, qualifiedReturn: 58.8, capped: true };
  const cases = {
    two: [
      ["Notes", "SENIOR", 10e6],
      ["Series C", "SERIESC", 1e6],
      ["Series D", "PARITY", 5e5, 20, 2, 1],
      ["Common", "COMMON", 1e7],
      ["Options", "OPTION", 2e6, 10],
    ],
    eight: [
      ["Series C", "SERIESC", 1e6],
      ...Array.from({ length: 7 }, (_, i) => [`P${i}`, "PARITY", 1e5 * (i + 1), 10 + i * 5, 1, 0.5 + i * 0.3]),
      ["Common", "COMMON", 1e7],
      ["Options", "OPTION", 2e6, 10],
    ],
    // a cap table's option ledger: 1,000 grants at 40 exercise prices ($0.50 to $20)
    options: [
      ["Notes", "SENIOR", 10e6],
      ["Series C", "SERIESC", 1e6],
      ["Series D", "PARITY", 5e5, 20, 2, 1],
      ["Common", "COMMON", 1e7],
      ...Array.from({ length: 1000 }, (_, i) => [`Grant ${i + 1}`, "OPTION", 500 + ((i * 7919) % 5000), 0.5 * (1 + ((i * 13) % 40))]),
    ],
  };
  const out = {};
  for (const [name, capital] of Object.entries(cases)) {
    const list = (shift) => Array.from({ length: 1000 }, (_, i) => [(i + 1) * 1e6 + shift]);
    const refRows = capital.map(([, type, quantity, a, b, c]) => ({ type, quantity, a, b, c }));
    const check = table(list(0).slice(0, 50), day, capital);
    list(0)
      .slice(0, 50)
      .forEach(([p], i) => {
        const ref = referenceExit(p, refRows, sc);
        ref.amounts.forEach((x, j) => {
          if (Math.abs(check[i + 1][j + 1] - x) > 1e-6 * Math.max(1, p)) throw new Error(`exit table and reference differ at ${p}, column ${j + 1}`);
        });
      });
    let sink = 0;
    const r = compare(
      (k) => (sink += table(list(k), day, capital).length),
      (k) => list(k).forEach(([p]) => (sink += referenceExit(p, refRows, sc).p)),
    );
    if (Number.isNaN(sink)) throw new Error("sink");
    out[name] = { ...r, perValueUs: (r.ours * 1000) / 1000 };
  }
  return out;
}

// ---------------------------------------------------------------- 8. valuation
/** Φ in plain doubles: Hart (1968) as published by West, "Better approximations to cumulative normal functions" (2005). */
function plainPhi(x) {
  const a = Math.abs(x);
  let c = 0;
  if (a <= 37) {
    const e = Math.exp((-a * a) / 2);
    if (a < 7.07106781186547) {
      let b = 3.52624965998911e-2 * a + 0.700383064443688;
      b = b * a + 6.37396220353165;
      b = b * a + 33.912866078383;
      b = b * a + 112.079291497871;
      b = b * a + 221.213596169931;
      b = b * a + 220.206867912376;
      c = e * b;
      b = 8.83883476483184e-2 * a + 1.75566716318264;
      b = b * a + 16.064177579207;
      b = b * a + 86.7807322029461;
      b = b * a + 296.564248779674;
      b = b * a + 637.333633378831;
      b = b * a + 793.826512519948;
      b = b * a + 440.413735824752;
      c /= b;
    } else {
      let b = a + 0.65;
      b = a + 4 / b;
      b = a + 3 / b;
      b = a + 2 / b;
      b = a + 1 / b;
      c = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - c : c;
}

/** A plain-double Black–Scholes–Merton call. */
function plainCall(S, K, T, r, v, q) {
  const sd = v * Math.sqrt(T);
  const F = S * Math.exp(-q * T);
  const Kd = K * Math.exp(-r * T);
  if (sd === 0) return Math.max(F - Kd, 0);
  const d1 = (Math.log(S / K) + (r - q) * T) / sd + sd / 2;
  return F * plainPhi(d1) - Kd * plainPhi(d1 - sd);
}

function valuationBench() {
  const bs = fn("OPTEX_BLACKSCHOLES");
  const N = 100000;
  const inputs = Array.from({ length: N }, (_, i) => [
    5 + (i % 97),
    4 + ((i * 7) % 113),
    0.25 + (i % 41) / 4,
    0.01 + (i % 9) / 100,
    0.1 + (i % 23) / 20,
    (i % 5) / 100,
  ]);
  for (let i = 0; i < 500; i++) {
    const [S, K, T, r, v, q] = inputs[i];
    if (Math.abs(bs(S, K, T, r, v, q) - plainCall(S, K, T, r, v, q)) > 1e-9 * S)
      throw new Error(`OPTEX_BLACKSCHOLES and the plain call differ at ${inputs[i]}`);
  }
  let sink = 0;
  const perCall = compare(
    () => {
      for (let i = 0; i < N; i++) {
        const x = inputs[i];
        sink += bs(x[0], x[1], x[2], x[3], x[4], x[5]);
      }
    },
    () => {
      for (let i = 0; i < N; i++) {
        const x = inputs[i];
        sink += plainCall(x[0], x[1], x[2], x[3], x[4], x[5]);
      }
    },
  );
  // A roster of GRANTS grants, granted 1992–2001, valued on the offer's expiration date 2001-09-27.
  const valuation = 37161;
  const spot = 0.34;
  const rate = 0.045;
  const vol = 1.2;
  const grants = Array.from({ length: GRANTS }, (_, i) => [i + 1, 33604 + ((i * 7919) % 3400), 100 + ((i * 104729) % 20000), 0.5 + ((i * 31) % 6000) / 100]);
  const roster = [["Grant", "Grant date", "Eligible options", "Exercise price"], ...grants];
  const valuationFn = fn("OPTEX_VALUATION");
  const check = valuationFn(roster.slice(0, 201), valuation, spot, rate, vol);
  const newYears = (edate10(valuation) - valuation) / 365; // to 2011-09-27
  for (let i = 0; i < 200; i++) {
    const [, g, n, k] = grants[i];
    const oldYears = (edate10(g) - valuation) / 365;
    const expected = Math.floor(n * 0.75) * plainCall(spot, spot, newYears, rate, vol, 0) - n * plainCall(spot, k, oldYears, rate, vol, 0);
    if (Math.abs(check[i + 1][11] - expected) > 1e-9 * n * spot) throw new Error(`OPTEX_VALUATION and the plain loop differ at grant ${i + 1}`);
  }
  const grantYears = grants.map(([, g]) => (edate10(g) - valuation) / 365); // the loop's own terms (not timed)
  const roster100k = compare(
    () => (sink += valuationFn(roster, valuation, spot, rate, vol).length),
    () => {
      let total = 0;
      for (let i = 0; i < GRANTS; i++) {
        const g = grants[i];
        const n = g[2];
        total += Math.floor(n * 0.75) * plainCall(spot, spot, newYears, rate, vol, 0) - n * plainCall(spot, g[3], grantYears[i], rate, vol, 0);
      }
      sink += total;
    },
  );
  if (Number.isNaN(sink)) throw new Error("sink");
  return { blackScholes: { ...perCall, perCallNs: (perCall.ours * 1e6) / N, basePerCallNs: (perCall.baseline * 1e6) / N }, valuation: roster100k };
}

/** The tenth anniversary of a serial date (EDATE, by Date). */
function edate10(serial) {
  const d = new Date((serial - 25569) * 86400000);
  const t = new Date(Date.UTC(d.getUTCFullYear() + 10, d.getUTCMonth(), 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d.getUTCDate(), last));
  return t.getTime() / 86400000 + 25569;
}

function valuationLines(v, lines) {
  const b = v.blackScholes;
  lines.push({
    name: `OPTEX_BLACKSCHOLES per call (vs plain doubles; ${b.perCallNs.toFixed(0)} vs ${b.basePerCallNs.toFixed(0)} ns)`,
    ours: `${b.ours.toFixed(1)} ms`,
    baseline: `${b.baseline.toFixed(1)} ms`,
    ratio: `${b.ratio.toFixed(2)}×`,
    target: "≤ 3×",
    verdict: b.ratio <= 3 ? "PASS" : "MISS",
  });
  const r = v.valuation;
  const ok = r.ratio <= 5 && r.ours <= 1000;
  lines.push({
    name: `OPTEX_VALUATION, ${GRANTS} grants (vs plain loop, 2 values a grant)`,
    ours: `${r.ours.toFixed(1)} ms`,
    baseline: `${r.baseline.toFixed(1)} ms`,
    ratio: `${r.ratio.toFixed(2)}×`,
    target: "≤ 5×, ≤ 1000 ms",
    verdict: ok ? "PASS" : "MISS",
  });
}

if (process.env.BENCH_ONLY === "valuation") {
  const lines = [];
  valuationLines(valuationBench(), lines);
  for (const l of lines) console.log(`${l.name}: ${l.ours} vs ${l.baseline} = ${l.ratio} (${l.target}) ${l.verdict}`);
  process.exit(0);
}

function eventsLines(events, modelSheet, lines) {
  for (const e of events) {
    const name = `events ${e.fn}, ${e.table}, ${e.large} rows cold (vs ${e.small})`;
    const ours = e.times[e.large];
    const base = e.times[e.small];
    const ok = ours <= 100 && e.ratio <= 15;
    lines.push({
      name,
      ours: `${ours.toFixed(1)} ms (best ${e.best[e.large].toFixed(1)})`,
      baseline: `${base.toFixed(1)} ms`,
      ratio: `${e.ratio.toFixed(1)}×`,
      target: `≤ 100 ms, ≤ 15× for ${e.growth}× rows`,
      verdict: ok ? "PASS" : "MISS",
    });
  }
  for (const m of modelSheet) {
    lines.push({
      name: `model sheet (layout's formulas), ${m.rows} ${m.table} events, recalc after one edit`,
      ours: `${m.recalc.functions.toFixed(1)} ms`,
      baseline: `${m.recalc.total.toFixed(1)} ms harness`,
      ratio: "",
      target: "≤ 1000 ms",
      verdict: m.recalc.functions <= 1000 ? "PASS" : "MISS",
    });
  }
}

const adversarialRows = Number(process.env.BENCH_ADVERSARIAL_ROWS || 10000);
const underwaterRows = Number(process.env.BENCH_UNDERWATER_ROWS || 10000);
const sheetRows = Number(process.env.BENCH_SHEET_ROWS || 10000);
const eventsOptions = {
  runs: Math.min(RUNS, 5),
  sizes: [1000, 10000],
  adversarialSizes: [adversarialRows / 10, adversarialRows],
  underwaterSizes: [underwaterRows / 10, underwaterRows],
};

if (process.env.BENCH_ONLY === "events") {
  const events = eventsBench(fn, eventsOptions);
  const sheet = process.env.BENCH_SHEET === "0" ? [] : modelSheetBench(cf.registered, readMetadata(), { rows: sheetRows });
  const lines = [];
  eventsLines(events, sheet, lines);
  for (const l of lines) console.log(`${l.name}: ${l.ours} vs ${l.baseline} = ${l.ratio} (${l.target}) ${l.verdict}`);
  process.exit(0);
}

// ---------------------------------------------------------------- 4. bundle sizes
function bundleSizes() {
  const size = (name) => {
    const buf = fs.readFileSync(path.join(DIST, name));
    return { bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
  };
  return { functions: size("functions.js"), taskpane: size("taskpane.js") };
}

// ---------------------------------------------------------------- report
const results = { date: new Date().toISOString(), node: process.version, runs: RUNS, rows: ROWS, grants: GRANTS };
/** One part of the bench, on a collected heap when `npm run bench` exposes the collector: what an earlier part left does not weigh on it. */
function part(name, run) {
  process.stdout.write(`${name}… `);
  globalThis.gc?.();
  return run();
}
// first, on a fresh heap: cold calls are what it measures
results.events = part("events replay", () => eventsBench(fn, eventsOptions));
results.modelSheet = part("model sheet", () => modelSheetBench(cf.registered, readMetadata(), { rows: sheetRows }));
results.accrualSheet = part("accrual sheet", accrualBench);
results.roster = part("roster", rosterBench);
results.core = part("core", coreBench);
results.optexTotal = part("OPTEX_TOTAL", () => optexTotalBench(fn, { runs: Math.min(RUNS, 5) }));
results.exitTable = part("exit table", exitBench);
results.payouts = part("payouts", () => payoutsBench(fn, { runs: Math.min(RUNS, 5) }));
results.exitClasses = part("whole capital table", () => exitClassesBench(fn));
results.valuation = part("valuation", valuationBench);
results.bundle = bundleSizes();
console.log("done\n");

const lines = [];
const row = (name, ours, baseline, ratio, target, unit = "ms") =>
  lines.push({
    name,
    ours: `${ours.toFixed(unit === "ms" ? 1 : 1)} ${unit}`,
    baseline: `${baseline.toFixed(1)} ${unit}`,
    ratio: `${ratio.toFixed(2)}×`,
    target: `≤ ${target}×`,
    verdict: ratio <= target ? "PASS" : "MISS",
  });
row(`accrual sheet, ${ROWS} rows recalc (vs native formula)`, results.accrualSheet.ours, results.accrualSheet.baseline, results.accrualSheet.ratio, 1.0);
row(
  `roster ${GRANTS} grants, one spill, recalc (vs FLOOR array)`,
  results.roster.recalc.ours,
  results.roster.recalc.baseline,
  results.roster.recalc.ratio,
  1.5,
);
row(`roster ${GRANTS} grants, one spill, build (vs FLOOR array)`, results.roster.build.ours, results.roster.build.baseline, results.roster.build.ratio, 1.5);
row("core SERIESC_ACCRUED (vs plain numbers)", results.core.accrued.ours, results.core.accrued.baseline, results.core.accrued.ratio, 5);
row("core SERIESC_CONVPRICE (vs plain numbers)", results.core.convPrice.ours, results.core.convPrice.baseline, results.core.convPrice.ratio, 5);
// The exit table's target is a time (one recalculation of a 1,000-value payoff table within a second);
// the plain-number brute force is shown for scale: Decimal costs far more per operation, brute force 2^k sets.
for (const [k, r] of [
  ["2 convertible classes", results.exitTable.two],
  ["8 convertible classes", results.exitTable.eight],
  ["1,000 OPTION rows", results.exitTable.options],
]) {
  lines.push({
    name: `SERIESC_EXIT_TABLE, 1,000 values, ${k} (vs plain brute force)`,
    ours: `${r.ours.toFixed(1)} ms`,
    baseline: `${r.baseline.toFixed(1)} ms`,
    ratio: `${r.ratio.toFixed(2)}×`,
    target: "≤ 1000 ms",
    verdict: r.ours <= 1000 ? "PASS" : "MISS",
  });
}
// The whole capital table (bench/exitClasses.js): CPU time, which a shared machine's load does not inflate.
for (const [k, [what, target]] of Object.entries(EXIT_CLASSES_TARGETS)) {
  const r = results.exitClasses[k];
  lines.push({
    name: what,
    ours: `${r.cpu.toFixed(1)} ms CPU (${r.wall.toFixed(1)} ms wall)`,
    baseline: "",
    ratio: "",
    target: `≤ ${target} ms`,
    verdict: r.cpu <= target ? "PASS" : "MISS",
  });
}
{
  const o = results.optexTotal;
  lines.push({
    name: `OPTEX_TOTAL, ${o.rows} grants, time (vs OPTEX_NEWSHARES)`,
    ours: `${o.time.total.toFixed(1)} ms`,
    baseline: `${o.time.spill.toFixed(1)} ms`,
    ratio: `${o.time.ratio.toFixed(2)}×`,
    target: "≤ 1.5×",
    verdict: o.time.ratio <= 1.5 ? "PASS" : "MISS",
  });
  const m = o.memory.total / o.memory.spill;
  lines.push({
    name: `OPTEX_TOTAL, ${o.rows} grants, peak memory added (vs OPTEX_NEWSHARES)`,
    ours: `${o.memory.total.toFixed(1)} MB`,
    baseline: `${o.memory.spill.toFixed(1)} MB`,
    ratio: `${m.toFixed(2)}×`,
    target: "≤ 1.5×",
    verdict: m <= 1.5 ? "PASS" : "MISS",
  });
}
{
  const p = results.payouts;
  lines.push({
    name: `SERIESC_PAYOUTS, ${p.lines} holdings lines (vs a plain-double loop)`,
    ours: `${p.ours.toFixed(1)} ms`,
    baseline: `${p.baseline.toFixed(1)} ms`,
    ratio: `${p.ratio.toFixed(2)}×`,
    target: "≤ 1000 ms",
    verdict: p.ours <= 1000 ? "PASS" : "MISS",
  });
}
valuationLines(results.valuation, lines);
const kb = (b) => b / 1024;
const fjs = results.bundle.functions;
const tjs = results.bundle.taskpane;
lines.push({
  name: "dist/functions.js minified (gzip)",
  ours: `${kb(fjs.bytes).toFixed(1)} KB`,
  baseline: `${kb(fjs.gzip).toFixed(1)} KB gz`,
  ratio: `${(kb(fjs.bytes) / 120).toFixed(2)}×`,
  target: "≤ 120 KB",
  verdict: kb(fjs.bytes) <= 120 ? "PASS" : "MISS",
});
lines.push({
  name: "dist/taskpane.js minified (gzip)",
  ours: `${kb(tjs.bytes).toFixed(1)} KB`,
  baseline: `${kb(tjs.gzip).toFixed(1)} KB gz`,
  ratio: "",
  target: "(reported)",
  verdict: "",
});
eventsLines(results.events, results.modelSheet, lines);
results.table = lines;

const cols = ["name", "ours", "baseline", "ratio", "target", "verdict"];
const width = cols.map((c) => Math.max(c.length, ...lines.map((l) => String(l[c]).length)));
const fmt = (l) => cols.map((c, i) => String(l[c]).padEnd(width[i])).join("  ");
console.log(fmt(Object.fromEntries(cols.map((c) => [c, c]))));
console.log(width.map((w) => "-".repeat(w)).join("  "));
for (const l of lines) console.log(fmt(l));
console.log(
  `\nmedians of ${RUNS} runs; accrual sheets agree to ${results.accrualSheet.maxDiff.toExponential(1)}; core per call: accrued ${results.core.accrued.perCallUs.toFixed(2)} µs, convPrice ${results.core.convPrice.perCallUs.toFixed(2)} µs`,
);
fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
console.log("wrote bench/results.json");

if (process.env.BENCH_PANE !== "0") {
  const pane = require("./pane");
  console.log("\ntask pane in Chromium (bench/pane.js)…");
  pane
    .run()
    .then((p) => {
      const rows = pane.table(p);
      pane.print(rows);
      results.pane = { ...p, table: rows };
      fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
      console.log("wrote bench/results.json (with the pane)");
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
