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
 * - adversarial: all rights first, every one a small weighted-average
 *   dilution that never reaches the floor, then expiries of random earlier
 *   rights (docs/architecture.md "Events replay" explains why this case is
 *   quadratic for any exact replay).
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
 * Times cold calls (median of `runs`, each on a table with a new seed; the
 * adversarial table once per size, it is slow by nature). Returns, per table
 * and function, the time at each size and the ratio of the largest to the
 * smallest.
 */
function eventsBench(fn, { runs = 3, sizes = [1000, 10000], adversarialSizes = [500, 2000] } = {}) {
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
    { name: "adversarial, initial price $1000", table: adversarialTable, terms: TERMS_ADVERSARIAL, sizes: adversarialSizes, runs: 1 },
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
      results.push({ table: c.name, fn: fname, small, large, times, best, ratio: times[large] / times[small], growth: large / small, adversarial: c.table === adversarialTable });
    }
  }
  return results;
}

module.exports = { eventsBench, realisticTable, adversarialTable };
