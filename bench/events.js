/**
 * Events replay (Cert §5(k)(3) readjustments) at scale: cold calls of the built
 * SERIESC_CONVPRICE and SERIESC_ADJUSTMENTS on events tables of 1,000 and
 * 10,000 rows with EXPIRE readjustments. "Cold" = a table the function has
 * not seen (the adapters cache by content), so each timed call parses, checks
 * and replays the whole table. The 10,000/1,000 time ratio is ≈ 10 for a
 * linear replay, ≈ 100 for a quadratic one.
 *
 * Tables (deterministic pseudo-random, see makeTable):
 * - realistic: 20 years of issues, rights, plan grants, splits, stock
 *   dividends, exempt issues, and expiries of rights/plan grants made up to
 *   ten years before, under the certificate's terms and with an initial
 *   price of $40 (above the $28 floor, so the weighted average and the
 *   ratchet move the price);
 * - underwater warrants / plan options (underwaterTable): the stock below the
 *   conversion price and above the floor for decades, grants at the market
 *   expiring 1 to 10 years later;
 * - adversarial: all rights first, every one a small weighted-average
 *   dilution that never reaches the floor, then expiries of random earlier
 *   rights (docs/architecture.md "Events replay": the new and old histories
 *   never meet, which made stepwise re-runs quadratic).
 * Every shape runs `runs` times per size, each on a table of a new seed, and reports the median
 * (BENCH_UNDERWATER_ROWS, BENCH_ADVERSARIAL_ROWS set the larger size of those shapes, default 10,000).
 */
const { performance } = require("perf_hooks");

const DAY_2000 = 36526; // 2000-01-03 is 36528
const DAY_2002 = 37258; // 2002-01-02, after the 18-month anniversary

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Realistic: a company's history, ~one row per business day over 20+ years. */
function realisticTable(rows, seed) {
  const rnd = random(seed);
  const out = [];
  const expirable = [];
  let day = DAY_2000 + 2;
  let outstanding = 50e6;
  let level = 40; // the split-adjusted price level the company issues around
  const price = (lo, hi) => level * (lo + rnd() * (hi - lo));
  const fmv = () => (rnd() < 0.5 ? Math.round(level * 1.1 * 100) / 100 : null);
  while (out.length < rows) {
    day += rnd() < 0.7 ? 1 : 2;
    const u = rnd();
    const row = out.length + 1;
    if (u < 0.3) {
      const a = Math.round(1e4 + rnd() * 5e5);
      out.push([day, "ISSUE", a, Math.round(a * price(0.6, 1.3)), outstanding, fmv()]);
      outstanding += a;
    } else if (u < 0.55) {
      const a = Math.round(1e4 + rnd() * 5e5);
      out.push([day, "RIGHTS", a, Math.round(a * price(0.6, 1.3)), outstanding, fmv()]);
      expirable.push({ row, day, a });
    } else if (u < 0.75) {
      const a = Math.round(1e3 + rnd() * 1e5);
      out.push([day, "PLANOPTION", a, Math.round(a * price(0.8, 1.2)), outstanding, null]);
      expirable.push({ row, day, a });
    } else if (u < 0.9 && expirable.length > 0) {
      // an expiry of a grant made up to ten years before (anywhere in that span)
      let g;
      for (let tries = 0; tries < 8 && (!g || g.day < day - 3650); tries++) g = expirable[Math.floor(rnd() * expirable.length)];
      expirable.splice(expirable.indexOf(g), 1);
      const used = rnd() < 0.4 ? 0 : Math.floor(g.a * rnd());
      out.push([day, "EXPIRE", g.row, used, Math.round(used * level), null]);
    } else if (u < 0.905) {
      const ratio = rnd() < 0.5 ? 2 : 0.5;
      out.push([day, "SPLIT", ratio, null, null, null]);
      level /= ratio;
      outstanding *= ratio;
    } else if (u < 0.93) {
      const dividend = Math.round(outstanding * 0.02);
      out.push([day, "STOCKDIV", outstanding, dividend, null, null]);
      level *= outstanding / (outstanding + dividend);
      outstanding += dividend;
    } else {
      out.push([day, "EXEMPT", Math.round(1e3 + rnd() * 1e5), null, null, null]);
    }
  }
  return out;
}

/** Adversarial: half rights (weighted average, never the floor), then half expiries of random earlier rights. */
function adversarialTable(rows, seed) {
  const rnd = random(seed);
  const grants = Math.ceil(rows / 2);
  const out = [];
  for (let i = 0; i < grants; i++) out.push([DAY_2002 + i, "RIGHTS", 1000, 1000 * 500, 1e9, null]); // EP 500 < price, c ≫ a
  const order = Array.from({ length: grants }, (_, i) => i + 1);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let i = 0; out.length < rows; i++) out.push([DAY_2002 + grants + i, "EXPIRE", order[i], 0, 0, null]);
  return out;
}

/**
 * Underwater: the stock trades below the conversion price (initial $40) and above the $28 floor for
 * years; the company issues at the market — warrants (RIGHTS) or, with `plan`, Stock Option Plan
 * options (past the §5(k)(4)(B) cap after the first grants) — each expiring unexercised or partly
 * exercised 1 to 10 years later (an EXPIRE row then). Every grant is a small weighted-average
 * dilution above the floor, after the 18-month ratchet window: the shape anti-dilution exists for.
 */
function underwaterTable(rows, seed, plan = false) {
  const rnd = random(seed);
  const out = [];
  const pending = []; // grants not yet expired, by expiry day
  let day = DAY_2002 + 30;
  let outstanding = 100e6;
  let market = 34;
  while (out.length < rows) {
    day += rnd() < 0.7 ? 1 : 2;
    market = Math.min(39, Math.max(29, market * (1 + (rnd() - 0.5) * 0.02)));
    const due = pending.findIndex((g) => g.expires <= day);
    if (due >= 0) {
      const g = pending.splice(due, 1)[0];
      const used = rnd() < 0.7 ? 0 : Math.floor(g.a * rnd() * 0.5);
      out.push([day, "EXPIRE", g.row, used, Math.round(used * g.strike), null]);
      outstanding += used;
      continue;
    }
    const a = Math.round(plan ? 2e4 + rnd() * 8e4 : 5e4 + rnd() * 2e5);
    const strike = Math.round(market * 100) / 100;
    out.push([day, plan ? "PLANOPTION" : "RIGHTS", a, Math.round(a * strike), outstanding, null]);
    pending.push({ row: out.length, a, strike, expires: day + Math.round(365 * (1 + rnd() * 9)) });
    if (rnd() < 0.1) {
      // an issue for cash at the market now and then
      const shares = Math.round(1e5 + rnd() * 1e6);
      out.push([day, "ISSUE", shares, Math.round(shares * market), outstanding, null]);
      outstanding += shares;
    }
  }
  return out.slice(0, rows);
}

const warrantsTable = (rows, seed) => underwaterTable(rows, seed, false);
const planOptionsTable = (rows, seed) => underwaterTable(rows, seed, true);

const TERMS_ABOVE_FLOOR = [["initialConversionPrice", 40]];
const TERMS_ADVERSARIAL = [["initialConversionPrice", 1000]];

function coldCall(fn, args) {
  const t0 = performance.now();
  const r = fn(...args);
  const ms = performance.now() - t0;
  if (Array.isArray(r) ? r.length === 0 : typeof r !== "number" || !Number.isFinite(r)) throw new Error(`unexpected result ${r}`);
  return ms;
}

/**
 * Times cold calls (median of `runs`, each on a table with a new seed). Returns, per table
 * and function, the time at each size and the ratio of the largest to the
 * smallest.
 */
function eventsBench(fn, { runs = 3, sizes = [1000, 10000], adversarialSizes = [1000, 10000], underwaterSizes = [1000, 10000] } = {}) {
  const convPrice = fn("SERIESC_CONVPRICE");
  const adjustments = fn("SERIESC_ADJUSTMENTS");
  const FAR = 2958465;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // warm-up (JIT) on tables of their own, not timed: "cold" means a table the cache has not seen
  for (const rows of [200, 1000]) {
    convPrice(FAR, realisticTable(rows, 1), TERMS_ABOVE_FLOOR);
    adjustments(FAR, realisticTable(rows, 2), TERMS_ABOVE_FLOOR);
  }
  const cases = [
    { name: "realistic, certificate terms", table: realisticTable, terms: null, sizes },
    { name: "realistic, initial price $40", table: realisticTable, terms: TERMS_ABOVE_FLOOR, sizes },
    { name: "underwater warrants, initial price $40", table: warrantsTable, terms: TERMS_ABOVE_FLOOR, sizes: underwaterSizes },
    { name: "underwater plan options, initial price $40", table: planOptionsTable, terms: TERMS_ABOVE_FLOOR, sizes: underwaterSizes },
    { name: "adversarial, initial price $1000", table: adversarialTable, terms: TERMS_ADVERSARIAL, sizes: adversarialSizes },
  ];
  const results = [];
  let seed = 1000;
  for (const c of cases) {
    for (const [fname, f] of [
      ["SERIESC_CONVPRICE", convPrice],
      ["SERIESC_ADJUSTMENTS", adjustments],
    ]) {
      const times = {};
      const best = {};
      for (const rows of c.sizes) {
        const xs = [];
        for (let r = 0; r < (c.runs ?? runs); r++) xs.push(coldCall(f, [FAR, c.table(rows, seed++), c.terms]));
        times[rows] = median(xs);
        best[rows] = Math.min(...xs);
      }
      const small = c.sizes[0];
      const large = c.sizes[c.sizes.length - 1];
      results.push({
        table: c.name,
        fn: fname,
        small,
        large,
        times,
        best,
        ratio: times[large] / times[small],
        growth: large / small,
        adversarial: c.table === adversarialTable,
      });
    }
  }
  return results;
}

/**
 * The model workbook's Series C sheet (src/layout/seriesC.ts, its own formulas) with a 10,000-row
 * events table of each shape, as of 2012-12-31: every formula computed once (the first calculation), then one
 * edit — the shares of the last grant change, so every events-dependent function sees a table
 * it has not seen — and every formula computed again, as a recalculation after that edit. The
 * time is the one spent inside the MPWR functions (the harness's own formula evaluation,
 * scripts/make-workbook.js `computeModels`, reads ranges cell by cell from a Map and is not
 * what Excel does); the harness's total is reported beside it.
 */
function modelSheetBench(registered, metadata, { rows = 10000, only } = {}) {
  // The as-of date of every as-of formula: 2012-12-31, within the dividend ledger's reserved rows. The
  // events after it cost the same: the table is replayed once, whole, whatever the date (conversionPrice.ts).
  const AS_OF = 41274;
  require("./lib/ts").allowLayout(); // the layout builds the formulas' text; nothing of it is timed
  const layout = require("../src/layout");
  const { computeModels } = require("../scripts/make-workbook");
  let inside = 0;
  let errors = 0;
  const spills = new Set(metadata.functions.filter((f) => f.result?.dimensionality === "matrix").map((f) => f.id));
  // An error is a result like any other here (the harness stops at one): counted, shown as "".
  const timed = new Map(
    [...registered].map(([id, f]) => [
      id,
      (...args) => {
        const t0 = performance.now();
        try {
          return f(...args);
        } catch {
          errors++;
          return spills.has(id) ? [[""]] : "";
        } finally {
          inside += performance.now() - t0;
        }
      },
    ]),
  );
  const shapes = [
    ["realistic", realisticTable],
    ["underwater warrants", warrantsTable],
    ["underwater plan options", planOptionsTable],
    ["adversarial", adversarialTable],
  ];
  const results = [];
  let seed = 5000;
  for (const [name, table] of shapes) {
    if (only && !only.includes(name)) continue;
    const events = table(rows, seed++);
    const sheet = (evs) =>
      layout.seriesCModel({ ...layout.SERIES_C_EXAMPLE, asOf: AS_OF, events: evs, terms: { initialConversionPrice: table === adversarialTable ? 1000 : 40 } });
    const calc = (model) => {
      inside = 0;
      errors = 0;
      const t0 = performance.now();
      computeModels([model], timed, metadata);
      return { functions: inside, total: performance.now() - t0, errors };
    };
    const first = calc(sheet(events));
    // the edit: one more share in the last grant (a row a replay must read)
    const edited = events.map((r) => [...r]);
    const last = edited.map((r) => r[1]).lastIndexOf(edited.some((r) => r[1] === "RIGHTS") ? "RIGHTS" : "PLANOPTION");
    edited[last][2] += 1;
    const recalc = calc(sheet(edited));
    results.push({ table: name, rows, first, recalc });
  }
  return results;
}

module.exports = { eventsBench, modelSheetBench, realisticTable, adversarialTable, warrantsTable, planOptionsTable };
