/**
 * A test-only, independent solution of the exit waterfall (Cert §4; the
 * rules as docs/interpretations.md states them), in plain numbers: brute force over
 * every set of converting classes, the value per common share found by
 * bisection of p × (shares in the pool at p) = rest + exercise prices, never
 * by the add-in's piecewise solve. The Series C's own figures (A, D, the
 * conversion price, the Qualified Return) are given by the test, worked out
 * from the certificate with the plain-number accrual of fixtures.ts.
 */
export interface RefSeriesC {
  /** Cert §4(a)(i) per share, after any extinguishment. */
  A: number;
  LV: number;
  /** Dividends paid in shares on the deemed conversion (§5(e)). */
  D: number;
  price: number;
  rate: number;
  qualifiedReturn: number;
  /** In the 30-month window: dividend shares capped at the Qualified Return. */
  capped: boolean;
}

export interface RefRow {
  type: "SENIOR" | "SERIESC" | "PARITY" | "COMMON" | "OPTION";
  quantity: number;
  a?: number;
  b?: number;
  c?: number;
}

export interface RefResult {
  p: number;
  amounts: number[];
  /** Per row: TRUE/FALSE for convertible classes, undefined otherwise. */
  converts: (boolean | undefined)[];
  /** The smallest relative gap in any equilibrium comparison: near 0, a tie the two sides may break differently. */
  margin: number;
}

/** B(p) = (rate + dividend shares at p) × p, from Cert §5(e) and the §4(a) cap. */
export function refB(sc: RefSeriesC, p: number): number {
  let dividendShares = sc.D / Math.min(p, sc.price);
  if (sc.capped) dividendShares = Math.min(dividendShares, Math.max(0, sc.qualifiedReturn / p - sc.rate));
  return (sc.rate + dividendShares) * p;
}

export function referenceExit(proceeds: number, rows: RefRow[], sc?: RefSeriesC): RefResult {
  let R = proceeds;
  const senior = rows.map((r) => {
    if (r.type !== "SENIOR") return 0;
    const paid = Math.min(R, r.quantity);
    R -= paid;
    return paid;
  });
  const prefRows = rows.map((r, i) => i).filter((i) => rows[i].type === "SERIESC" || rows[i].type === "PARITY");
  const convertible = prefRows.filter((i) => rows[i].type === "SERIESC" || (rows[i].c ?? 0) > 0);
  const div = (i: number) => (rows[i].type === "SERIESC" ? sc!.A - sc!.LV : (rows[i].b ?? 0));
  const pref = (i: number) => (rows[i].type === "SERIESC" ? sc!.LV : (rows[i].a ?? 0));
  const common = rows.reduce((s, r) => s + (r.type === "COMMON" ? r.quantity : 0), 0);
  const options = rows.filter((r) => r.type === "OPTION");

  interface Out {
    p: number;
    covered: boolean;
    rest: number;
    per: Map<number, number>;
  }
  const solve = (set: Set<number>): Out => {
    const staying = prefRows.filter((i) => !set.has(i));
    const totalDiv = staying.reduce((s, i) => s + rows[i].quantity * div(i), 0);
    const totalPref = staying.reduce((s, i) => s + rows[i].quantity * pref(i), 0);
    const per = new Map<number, number>();
    if (R < totalDiv + totalPref) {
      const forDiv = Math.min(R, totalDiv);
      const fd = totalDiv > 0 ? forDiv / totalDiv : 1;
      const fp = forDiv < totalDiv ? 0 : totalPref > 0 ? (R - forDiv) / totalPref : 1;
      for (const i of prefRows) per.set(i, set.has(i) ? 0 : fd * div(i) + fp * pref(i));
      return { p: 0, covered: false, rest: 0, per };
    }
    const rest = R - totalDiv - totalPref;
    const conv = [...set];
    const pooled = common + conv.filter((i) => rows[i].type === "PARITY").reduce((s, i) => s + rows[i].quantity * rows[i].c!, 0);
    const N = conv.filter((i) => rows[i].type === "SERIESC").reduce((s, i) => s + rows[i].quantity, 0);
    const F = (p: number) => p * pooled + (N > 0 ? N * refB(sc!, p) : 0) + options.reduce((s, o) => s + o.quantity * Math.max(0, p - o.a!), 0) - rest;
    let p = 0;
    if (F(1e-300) < 0) {
      let lo = 0;
      let hi = 1;
      while (F(hi) < 0) hi *= 2;
      for (let k = 0; k < 400 && hi - lo > 0; k++) {
        const mid = (lo + hi) / 2;
        if (mid === lo || mid === hi) break;
        if (F(mid) < 0) lo = mid;
        else hi = mid;
      }
      p = hi;
    }
    for (const i of prefRows) {
      if (!set.has(i)) per.set(i, div(i) + pref(i));
      else if (rows[i].type === "PARITY") per.set(i, rows[i].c! * p);
      else per.set(i, p > 0 ? refB(sc!, p) : N > 0 ? rest / N : 0);
    }
    return { p, covered: true, rest, per };
  };

  // every set, fewest converters first, then the one whose converting rows come first
  const sets: number[][] = [];
  for (let mask = 0; mask < 1 << convertible.length; mask++) sets.push(convertible.filter((_, b) => (mask >> b) & 1));
  sets.sort((x, y) => {
    if (x.length !== y.length) return x.length - y.length;
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k] - y[k];
    return 0;
  });
  const key = (s: number[]) => [...s].sort((a, b) => a - b).join(",");
  const memo = new Map<string, Out>();
  const get = (s: number[]) => {
    const k = key(s);
    if (!memo.has(k)) memo.set(k, solve(new Set(s)));
    return memo.get(k)!;
  };
  let margin = Infinity;
  let chosen: number[] | undefined;
  for (const s of sets) {
    const o = get(s);
    let ok = true;
    for (const i of convertible) {
      const inS = s.includes(i);
      const other = get(inS ? s.filter((x) => x !== i) : [...s, i]);
      const mine = o.per.get(i)!;
      const alt = other.per.get(i)!;
      if (mine !== alt) margin = Math.min(margin, Math.abs(mine - alt) / Math.max(1, Math.abs(alt))); // exact ties (0 and 0) break alike
      if (inS ? !(mine > alt) : !(mine >= alt)) ok = false;
    }
    if (ok) {
      chosen = s;
      break;
    }
  }
  if (!chosen) throw new Error("reference: no equilibrium");
  const o = get(chosen);
  const amounts = rows.map((r, i) => {
    switch (r.type) {
      case "SENIOR":
        return senior[i];
      case "COMMON":
        return r.quantity * o.p;
      case "OPTION":
        return r.quantity * Math.max(0, o.p - r.a!);
    }
    if (r.type === "SERIESC" && chosen!.includes(i) && o.covered && o.p === 0) return o.rest;
    return r.quantity * o.per.get(i)!;
  });
  const converts = rows.map((r, i) => (convertible.includes(i) ? chosen!.includes(i) : undefined));
  return { p: o.p, amounts, converts, margin };
}
