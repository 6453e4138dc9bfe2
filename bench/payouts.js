/**
 * SERIESC_PAYOUTS over 100,000 holdings lines (40,000 holders across the four equity rows of the
 * example capital, plus the notes): one distribution, then a lookup and a product per line. Target:
 * one call within 1,000 ms; shown for scale, a plain-double loop doing the same per line from
 * SERIESC_EXIT's per-share column (what the function adds to a single SERIESC_EXIT).
 */
const { performance } = require("perf_hooks");

const CAPITAL = [
  ["Notes", "SENIOR", 10e6],
  ["Series C", "SERIESC", 1e6],
  ["Series D", "PARITY", 5e5, 20, 2, 1],
  ["Common", "COMMON", 1e7],
  ["Options", "OPTION", 2e6, 10],
];
const DAY = 37683; // 2003-03-03

function holdings(lines) {
  return Array.from({ length: lines }, (_, i) => {
    const row = CAPITAL[1 + (i % 4)];
    return [`Holder ${i % 40000}`, row[0], 1 + (i % 5)]; // 25,000 lines per row, at most 15,000 shares of each
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function payoutsBench(fn, { lines = 100_000, runs = 5 } = {}) {
  const payouts = fn("SERIESC_PAYOUTS");
  const exit = fn("SERIESC_EXIT");
  const cells = holdings(lines);
  const plain = () => {
    const perShare = new Map(
      exit(400e6, DAY, CAPITAL)
        .slice(1)
        .map((r) => [r[0], r[4] === "" ? r[3] / CAPITAL[0][2] : r[4]]),
    );
    const out = new Map();
    for (const [holder, row, q] of cells) {
      let a = out.get(holder);
      if (!a) out.set(holder, (a = new Map()));
      a.set(row, (a.get(row) ?? 0) + q * perShare.get(row));
    }
    return out;
  };
  const first = payouts(400e6, DAY, CAPITAL, cells);
  if (first.length !== 40001) throw new Error(`SERIESC_PAYOUTS gave ${first.length - 1} holders, not 40,000`);
  const ours = [];
  const base = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    payouts(400e6, DAY, CAPITAL, cells);
    ours.push(performance.now() - t0);
    t0 = performance.now();
    plain();
    base.push(performance.now() - t0);
  }
  return { lines, ours: median(ours), baseline: median(base), ratio: median(ours) / median(base) };
}

module.exports = { payoutsBench };
