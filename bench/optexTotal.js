/**
 * OPTEX_TOTAL against OPTEX_NEWSHARES on a roster of 1,000,000 eligible-option
 * cells (one column): the total must cost at most 1.5× what the per-grant spill
 * costs, in time (medians of alternating runs, this process) and in memory (the
 * peak resident memory a call adds, each measured in a fresh Node process:
 * `node bench/optexTotal.js <ID> <rows>` prints it).
 */
const { execFileSync } = require("child_process");
const { performance } = require("perf_hooks");

const roster = (rows) => Array.from({ length: rows }, (_, i) => [1 + ((i * 7919) % 200000)]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function optexTotalBench(fn, { rows = 1_000_000, runs = 5 } = {}) {
  const total = fn("OPTEX_TOTAL");
  const spill = fn("OPTEX_NEWSHARES");
  const cells = roster(rows);
  // the two agree: the total is the sum of the spill
  const sum = spill(cells).reduce((s, r) => s + r[0], 0);
  if (total(cells) !== sum) throw new Error(`OPTEX_TOTAL ${total(cells)} is not the sum ${sum} of OPTEX_NEWSHARES`);
  const t = [];
  const s = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    total(cells);
    t.push(performance.now() - t0);
    t0 = performance.now();
    spill(cells);
    s.push(performance.now() - t0);
  }
  const memory = (id) => Number(execFileSync(process.execPath, [__filename, id, String(rows)], { encoding: "utf8" }).trim());
  return {
    rows,
    time: { total: median(t), spill: median(s), ratio: median(t) / median(s) },
    memory: { total: memory("OPTEX_TOTAL"), spill: memory("OPTEX_NEWSHARES") },
  };
}

if (require.main === module) {
  // A fresh process: the roster built, then one call; the peak resident memory the call added (MB).
  require("./lib/ts");
  const { loadBuiltFunctionsForTiming } = require("../test/support/dist.ts");
  const [id, rows] = process.argv.slice(2);
  const cf = loadBuiltFunctionsForTiming();
  const cells = roster(Number(rows));
  const f = cf.registered.get(id);
  f([[1]]); // loaded and compiled before the baseline
  const before = process.resourceUsage().maxRSS;
  const r = f(cells);
  const after = process.resourceUsage().maxRSS;
  if (r === undefined) throw new Error("no result");
  console.log(((after - before) / 1024).toFixed(1));
}

module.exports = { optexTotalBench };
