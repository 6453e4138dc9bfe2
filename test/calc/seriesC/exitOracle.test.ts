/**
 * The exit waterfall against a brute force written independently here: every
 * set of converting classes is tried, each one's outcome worked out from the
 * rules of Cert §4(a) directly (ranks in order, dividend parts first within a
 * rank, the pool's equation solved by walking its kinks), and the equilibrium
 * picked by its definition (no class gains by switching alone; a tie keeps the
 * preference; the fewest converting classes, then the first rows). Plus the
 * properties every distribution has, and the breakpoints checked against the
 * slopes on both sides.
 */
import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { CapitalInput, checkCapital } from "../../../src/calc/seriesC/capital";
import { distributeExit, prepareExit } from "../../../src/calc/seriesC/exit";
import { exitBreakpoints } from "../../../src/calc/seriesC/exitBreakpoints";
import { terms } from "./fixtures";

type Row = Omit<CapitalInput, "row">;
const t = terms();
const model = (rows: Row[]) => prepareExit(t, { day: 0, capital: checkCapital(rows.map((r, i) => ({ ...r, row: i + 1 }))), events: [], payments: [] });

// ---------------------------------------------------------------- the oracle
const d = (x: number | undefined) => new Dec(x ?? 0);
const ZERO = new Dec(0);
const min = (a: Dec, b: Dec) => (a.lt(b) ? a : b);

interface OracleResult {
  amounts: Dec[];
  converting: number[];
}

function oracle(rows: Row[], proceeds: Dec): OracleResult {
  const isPref = (r: Row) => ["PREFERRED", "PARITY", "JUNIOR"].includes(r.type);
  const deciding = rows.map((r, i) => i).filter((i) => isPref(rows[i]) && d(rows[i].c).gt(0) && rows[i].participation !== "FULL");
  const defaultRank: Record<string, number> = { SENIOR: 1, PREFERRED: 2, PARITY: 2, JUNIOR: 3 };
  // the order of payment: rank, then (untyped senior rows) row order
  let seq = 0;
  const keyOf = rows.map((r) =>
    r.type in defaultRank ? { rank: r.rank ?? defaultRank[r.type], seq: r.type === "SENIOR" && r.rank === undefined ? ++seq : 0 } : undefined,
  );
  const keys = [...new Set(keyOf.filter((k) => k).map((k) => `${k!.rank}/${k!.seq}`))].sort((x, y) => {
    const [a, b] = x.split("/").map(Number);
    const [c, e] = y.split("/").map(Number);
    return a - c || b - e;
  });
  const claimOf = (i: number) =>
    rows[i].type === "SENIOR"
      ? { div: ZERO, pref: d(rows[i].quantity) }
      : { div: d(rows[i].quantity).times(d(rows[i].b)), pref: d(rows[i].quantity).times(d(rows[i].a)) };
  const capOf = (r: Row) => (typeof r.participation === "number" ? new Dec(r.participation) : undefined);

  function outcome(conv: Set<number>): { amounts: Dec[]; perShare: (i: number) => Dec } {
    const amounts = rows.map(() => ZERO);
    let left = proceeds;
    let covered = true;
    for (const key of keys) {
      const members = rows.map((_, i) => i).filter((i) => keyOf[i] && `${keyOf[i]!.rank}/${keyOf[i]!.seq}` === key && !conv.has(i));
      const div = members.reduce((x, i) => x.plus(claimOf(i).div), ZERO);
      const pref = members.reduce((x, i) => x.plus(claimOf(i).pref), ZERO);
      const forDiv = min(left, div);
      const forPref = min(left.minus(forDiv), pref);
      for (const i of members) {
        const c = claimOf(i);
        amounts[i] = (div.gt(0) ? forDiv.times(c.div).div(div) : ZERO).plus(pref.gt(0) ? forPref.times(c.pref).div(pref) : ZERO);
      }
      left = left.minus(forDiv).minus(forPref);
      if (forDiv.plus(forPref).lt(div.plus(pref))) covered = false;
    }
    let p = ZERO;
    // (every claim that stays is covered: the rest goes to the pool)
    if (covered && left.gt(0)) {
      // the pool at p, and its kinks
      const pool = (x: Dec) => {
        let v = ZERO;
        rows.forEach((r, i) => {
          const q = d(r.quantity);
          if (r.type === "COMMON") v = v.plus(q.times(x));
          else if (r.type === "OPTION" || r.type === "WARRANT") v = v.plus(x.gt(d(r.a)) ? q.times(x.minus(d(r.a))) : ZERO);
          else if (conv.has(i)) v = v.plus(q.times(d(r.c)).times(x));
          else if (r.participation === "FULL") v = v.plus(q.times(d(r.c)).times(x));
          else if (capOf(r)) v = v.plus(q.times(min(d(r.c).times(x), capOf(r)!.minus(d(r.a)).minus(d(r.b)))));
        });
        return v;
      };
      const kinks = [ZERO];
      rows.forEach((r) => {
        if (r.type === "OPTION" || r.type === "WARRANT") kinks.push(d(r.a));
        if (capOf(r)) kinks.push(capOf(r)!.minus(d(r.a)).minus(d(r.b)).div(d(r.c)));
      });
      kinks.sort((x, y) => x.comparedTo(y));
      const ks = kinks.filter((k, j) => j === 0 || !k.eq(kinks[j - 1]));
      let j = 0;
      while (j + 1 < ks.length && pool(ks[j + 1]).lt(left)) j++;
      // the pool is a straight line from ks[j] to the next kink (or for ever): solve on it
      const a = ks[j];
      const b = j + 1 < ks.length ? ks[j + 1] : a.plus(1);
      p = a.plus(
        left
          .minus(pool(a))
          .times(b.minus(a))
          .div(pool(b).minus(pool(a))),
      );
      rows.forEach((r, i) => {
        const q = d(r.quantity);
        if (r.type === "COMMON") amounts[i] = q.times(p);
        else if (r.type === "OPTION" || r.type === "WARRANT") amounts[i] = p.gt(d(r.a)) ? q.times(p.minus(d(r.a))) : ZERO;
        else if (conv.has(i)) amounts[i] = q.times(d(r.c)).times(p);
        else if (r.participation === "FULL") amounts[i] = amounts[i].plus(q.times(d(r.c)).times(p));
        else if (capOf(r)) amounts[i] = amounts[i].plus(q.times(min(d(r.c).times(p), capOf(r)!.minus(d(r.a)).minus(d(r.b)))));
      });
    }
    const perShare = (i: number) => amounts[i].div(d(rows[i].quantity));
    return { amounts, perShare };
  }

  const gains = (x: Dec, y: Dec) => x.minus(y).gt(new Dec("1e-25").times(x.abs().plus(y.abs())));
  const subsets = Array.from({ length: 1 << deciding.length }, (_, s) => deciding.filter((_, b) => (s >> b) & 1));
  subsets.sort((x, y) => {
    if (x.length !== y.length) return x.length - y.length;
    const k = x.findIndex((v, i) => v !== y[i]);
    return k < 0 ? 0 : x[k] - y[k];
  });
  for (const set of subsets) {
    const conv = new Set(set);
    const o = outcome(conv);
    const stable = deciding.every((i) => {
      const other = new Set(conv);
      if (conv.has(i)) other.delete(i);
      else other.add(i);
      const alone = outcome(other).perShare(i);
      return conv.has(i) ? gains(o.perShare(i), alone) : !gains(alone, o.perShare(i));
    });
    if (stable) return { amounts: o.amounts, converting: set };
  }
  throw new Error("no equilibrium");
}

// ---------------------------------------------------------------- random tables
const money = fc.integer({ min: 0, max: 40 }).map((x) => x / 2);
const pref = fc.record(
  {
    type: fc.constantFrom("PREFERRED", "PARITY", "JUNIOR"),
    quantity: fc.integer({ min: 1, max: 5 }).map((x) => x * 100),
    a: money,
    b: money,
    c: fc.constantFrom(0, 0.5, 1, 2),
    rank: fc.constantFrom(undefined, 2, 3, 4),
    participation: fc.constantFrom<string | number | undefined>(undefined, undefined, "FULL", 3, 25),
  },
  { requiredKeys: ["type", "quantity", "a", "b", "c"] },
);

function tableOf(
  prefs: { type: string; quantity: number; a: number; b: number; c: number; rank?: number; participation?: string | number }[],
  opts: number[],
  senior: number,
): Row[] {
  const rows: Row[] = [];
  if (senior > 0) rows.push({ name: "Notes", type: "SENIOR", quantity: senior });
  prefs.forEach((p, i) => {
    const row: Row = { name: `P${i}`, type: p.type, quantity: p.quantity, a: p.a, b: p.b, c: p.c };
    if (p.type !== "PARITY" && p.rank !== undefined) row.rank = p.rank;
    if (p.participation !== undefined && p.c > 0) {
      // a cap is on the total: at least the preference and dividends
      row.participation = typeof p.participation === "number" ? p.a + p.b + p.participation : p.participation;
    }
    rows.push(row);
  });
  rows.push({ name: "Common", type: "COMMON", quantity: 1000 });
  opts.forEach((k, i) => rows.push({ name: `O${i}`, type: i % 2 ? "WARRANT" : "OPTION", quantity: 100, a: k }));
  return rows;
}

const tables = fc
  .tuple(fc.array(pref, { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }), fc.constantFrom(0, 0, 500))
  .map(([p, o, s]) => tableOf(p, o, s));
const close = (x: Dec, y: Dec, scale: Dec) =>
  x
    .minus(y)
    .abs()
    .lte(new Dec("1e-15").times(scale.plus(1)));

describe("the exit waterfall against an independent brute force over every set of converting classes", () => {
  test("random tables (ranks, participation, caps, options and warrants) at random proceeds: the same amounts", () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 0, max: 200000 }), (rows, x) => {
        const proceeds = new Dec(x);
        const want = oracle(rows, proceeds);
        const got = distributeExit(model(rows), proceeds).rows.map((r) => r.amount);
        got.forEach((a, i) => expect([i, close(a, want.amounts[i], proceeds) ? "=" : `${a.toString()} ≠ ${want.amounts[i].toString()}`]).toEqual([i, "="]));
      }),
      { numRuns: 300 },
    );
  });
});

describe("properties of every distribution", () => {
  test("the amounts add up to the proceeds; each row's amount never falls as the proceeds rise; a capped class stays within its cap unless it converts", () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), (rows, x, dx) => {
        const m = model(rows);
        const lo = distributeExit(m, new Dec(x));
        const hi = distributeExit(m, new Dec(x + dx));
        const sum = lo.rows.reduce((s, r) => s.plus(r.amount), new Dec(0));
        expect(close(sum, new Dec(x), new Dec(x))).toBe(true);
        lo.rows.forEach((r, i) => expect(hi.rows[i].amount.gte(r.amount.minus(new Dec("1e-20").times(x + 1)))).toBe(true));
        for (const d2 of [lo, hi])
          d2.rows.forEach((r, i) => {
            const cap = rows[i].participation;
            if (typeof cap === "number" && r.converts !== true) expect(r.perShare!.lte(new Dec(cap))).toBe(true);
          });
      }),
      { numRuns: 300 },
    );
  });

  test("breakpoints: each is where some amount changes slope (checked on both sides), and between two of them every amount is a straight line", () => {
    fc.assert(
      fc.property(tables, (rows) => {
        const m = model(rows);
        const bs = exitBreakpoints(m).map((b) => b.proceeds);
        bs.slice(1).forEach((b, i) => expect(b.gt(bs[i])).toBe(true));
        const amounts = (x: Dec) => distributeExit(m, x).rows.map((r) => r.amount);
        const points = [new Dec(0), ...bs, (bs[bs.length - 1] ?? new Dec(1000)).times(2).plus(1000)];
        // straight between consecutive points: at a third and two thirds of the way
        for (let j = 1; j < points.length; j++) {
          const [a, b] = [points[j - 1], points[j]];
          const [fa, fb] = [amounts(a), amounts(b)];
          for (const w of [1, 2]) {
            const x = a.plus(b.minus(a).times(w).div(3));
            amounts(x).forEach((v, i) => {
              const line = fa[i].plus(fb[i].minus(fa[i]).times(w).div(3));
              expect(close(v, line, b)).toBe(true);
            });
          }
        }
        // a kink at each: the slopes on its two sides differ for some row
        bs.forEach((b, j) => {
          const gap = [b.minus(points[j]), points[j + 2].minus(b)].reduce((x, y) => (x.lt(y) ? x : y)).div(4);
          const [l, c, r] = [amounts(b.minus(gap)), amounts(b), amounts(b.plus(gap))];
          const differs = c.some((v, i) => v.minus(l[i]).minus(r[i].minus(v)).abs().gt(new Dec("1e-12").times(gap)));
          expect([b.toString(), differs]).toEqual([b.toString(), true]);
        });
      }),
      { numRuns: 150 },
    );
  });
});
