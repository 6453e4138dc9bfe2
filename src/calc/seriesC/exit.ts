import { Dec, ZERO, differenceProductDouble, doubleDouble } from "../core/decimal";
import { badNumber, badValue, unhandled } from "../core/errors";
import { CAPITAL_ARG, CapitalType } from "./capital";
import { capitalTreatment } from "./capitalTypes";
import { equilibrium } from "./exitEquilibrium";
import { valueAt } from "../core/piecewiseLinear";
import { ExitModel, OPTION_CURVE, converts, setClaims } from "./exitModel";
import { Outcome, perShareOf } from "./exitOutcome";
import { liquidationWaterfall } from "./waterfall";

/**
 * The whole distribution of a liquidation or a Sale of the Company treated as
 * one (Cert §4): the ranks in order (senior claims, the Series C with the
 * Parity Preferred, other preferred and Junior Securities), each class taking
 * its preference (with any participation) or converting, then the common with
 * in-the-money options and warrants. The model (exitModel.ts) is prepared once
 * per capital table; the equilibrium (exitEquilibrium.ts) decides who converts;
 * here each row's amount is worked out.
 */

export { prepareExit, setClaims } from "./exitModel";
export type { ExitInput, ExitModel, PreferredClass, SetClaims } from "./exitModel";
export { exitOutcome, perShareOf } from "./exitOutcome";
export type { Outcome } from "./exitOutcome";

export type Converts = boolean | "exercised" | "not exercised" | undefined;

export interface ExitRow {
  row: number;
  name: string;
  type: CapitalType;
  converts: Converts;
  amount: Dec;
  /** undefined for SENIOR rows (a claim in $, not shares). */
  perShare?: Dec;
}

export interface ExitDistribution {
  rows: ExitRow[];
  /** The value per common share, p. */
  commonValue: Dec;
  /** What is left after the senior claims (R). */
  available: Dec;
}

/** The outcome at `proceeds` and what every row other than the options receives (by capital index). */
export interface ExitSolution {
  outcome: Outcome;
  /** Per capital row: its amount, undefined for OPTION and WARRANT rows (exitOptionAmount). */
  amounts: (Dec | undefined)[];
  /** Per preferred class (index in `classes`): its amount per share. */
  perShare: Dec[];
}

/** Who converts at `proceeds` and what each row receives, options left to `exitOptionAmount` (the breakpoints' evaluations need no more). */
export function solveExit(m: ExitModel, proceeds: Dec): ExitSolution {
  if (proceeds.isNegative()) throw badNumber("proceeds", `the amount distributed must be 0 or more, got ${proceeds.toString()}`);
  const o = equilibrium(m, proceeds);
  // Cert §4(c): what is left after the preferred classes goes to the common. Without a COMMON row an outcome
  // in which the preferred classes (and senior claims) absorb everything stands; a positive rest has nobody.
  if (m.commonShares.isZero() && o.covered && o.rest.gt(0)) {
    // The amount over every claim in full when there is one; otherwise the rest after the classes that stay.
    const over = proceeds.minus(setClaims(m, 0).claimsTotal);
    throw badValue(
      CAPITAL_ARG,
      `${show(over.gt(0) ? over : o.rest)} would be left after the preferred classes, and no COMMON row with shares receives it (Cert §4(c))`,
    );
  }
  const amounts: (Dec | undefined)[] = new Array(m.capital.length).fill(undefined);
  // Cert §4(a) ¶2: each rank's claims that stay, dividend parts ratably first, then the preference parts; the
  // waterfall's exact ratable split, so that the amounts add up to what the rank receives.
  const s = setClaims(m, o.set);
  s.tiers.forEach((t, j) => {
    if (t.claims.length === 0) return;
    const paid = o.tierPaid[j];
    if (paid.gte(t.total)) t.claims.forEach((c, i) => (amounts[t.rows[i]] = c.dividends.plus(c.preference)));
    else liquidationWaterfall(paid, t.claims).forEach((x, i) => (amounts[t.rows[i]] = x.totalPaid));
  });
  const perShare = m.classes.map((c) => perShareOf(m, o, c));
  for (const c of m.classes) {
    const q = c.row.quantity;
    if (converts(c, o.set)) {
      // the Series C at p = 0 takes the whole rest (its dividend shares are worth more than it)
      const seriesCTakesRest = o.covered && o.p.isZero() && capitalTreatment(c.row.type) === "seriesC";
      amounts[c.index] = seriesCTakesRest ? o.rest : q.times(perShare[c.k]);
    } else if (o.covered) amounts[c.index] = q.times(perShare[c.k]); // claim plus any participation
  }
  for (const i of commonRows(m)) amounts[i] = m.capital[i].quantity.times(o.p);
  checkSum(m, proceeds, o, amounts);
  return { outcome: o, amounts, perShare };
}

const commonRowsOf = new WeakMap<ExitModel, number[]>();
function commonRows(m: ExitModel): number[] {
  let rows = commonRowsOf.get(m);
  if (!rows) commonRowsOf.set(m, (rows = m.capital.flatMap((r, i) => (capitalTreatment(r.type) === "common" ? [i] : []))));
  return rows;
}

/**
 * The amounts add up to the proceeds exactly, up to the 40th digit (the options' total is the pool's
 * option curve at p), unless the quantities span so many orders of magnitude (1e300 options next to
 * 1e-30 shares) that 40 digits cannot hold both: say so.
 */
function checkSum(m: ExitModel, proceeds: Dec, o: Outcome, amounts: readonly (Dec | undefined)[]): void {
  let total = valueAt(m.pool.fns[OPTION_CURVE], o.p);
  for (const a of amounts) if (a) total = total.plus(a);
  if (total.minus(proceeds).abs().gt(SUM_TOLERANCE.times(proceeds))) {
    throw badNumber(
      CAPITAL_ARG,
      `the quantities span too many orders of magnitude for 40-digit arithmetic: the amounts add up to ${show(total)}, not ${show(proceeds)}`,
    );
  }
}

/** What an option group (one exercise price) is worth per option at p: p − strike when in the money (Cert §4(c) via exercise). */
export function optionValueAt(m: ExitModel, group: number, p: Dec): Dec | undefined {
  const strike = m.optionGroups[group].strike;
  return p.gt(strike) ? p.minus(strike) : undefined;
}

/** The distribution of `proceeds` (≥ 0) among the rows of `capital`, in input order. */
export function distributeExit(m: ExitModel, proceeds: Dec): ExitDistribution {
  const { outcome: o, amounts, perShare } = solveExit(m, proceeds);
  // Options and warrants in the money at p are exercised; the value per option, once per exercise price.
  const perOption = m.optionGroups.map((_, g) => optionValueAt(m, g, o.p));
  const classOf = new Map(m.classes.map((c) => [c.index, c]));
  const rows = m.capital.map((r, i): ExitRow => {
    const base = { row: r.row, name: r.name, type: r.type };
    const treatment = capitalTreatment(r.type);
    switch (treatment) {
      case "senior":
        return { ...base, converts: undefined, amount: amounts[i]! };
      case "common":
        return { ...base, converts: undefined, amount: amounts[i]!, perShare: o.p };
      case "option": {
        const v = perOption[m.optionGroup[i]];
        if (v === undefined) return { ...base, converts: "not exercised", amount: ZERO, perShare: ZERO };
        return { ...base, converts: "exercised", amount: r.quantity.times(v), perShare: v };
      }
      case "seriesC":
      case "preferred": {
        const cls = classOf.get(i)!;
        // a fully participating class is convertible but never converts: FALSE; a class without c: ""
        const convertible = capitalTreatment(r.type) === "seriesC" || r.c.gt(0);
        return { ...base, converts: convertible ? converts(cls, o.set) : undefined, amount: amounts[i]!, perShare: perShare[cls.k] };
      }
      default:
        return unhandled(treatment);
    }
  });
  return { rows, commonValue: o.p, available: proceeds.minus(seniorTotal(m, o)) };
}

/** What the senior rows receive in the outcome. */
function seniorTotal(m: ExitModel, o: Outcome): Dec {
  return m.tiers.reduce((x, t, j) => (t.senior ? x.plus(o.tierPaid[j]) : x), ZERO);
}

const SUM_TOLERANCE = new Dec("1e-20");
const show = (x: Dec): string => x.toSignificantDigits(12).toString();

/** Per option group, its strike as a sum of two doubles; per option row, its quantity so (built once per model). */
interface OptionDoubles {
  /** Group indices by ascending strike, and the strikes in that order. */
  byStrike: number[];
  strikes: Dec[];
  /** Per group: its position in `byStrike`. */
  rank: Int32Array;
  strike: [number, number][];
  quantity: Map<number, [number, number]>;
}
const optionDoublesOf = new WeakMap<ExitModel, OptionDoubles>();
function optionDoubles(m: ExitModel): OptionDoubles {
  let d = optionDoublesOf.get(m);
  if (d) return d;
  const byStrike = m.optionGroups.map((_, g) => g).sort((x, y) => m.optionGroups[x].strike.comparedTo(m.optionGroups[y].strike));
  const rank = new Int32Array(m.optionGroups.length);
  byStrike.forEach((g, i) => (rank[g] = i));
  const quantity = new Map<number, [number, number]>();
  m.capital.forEach((r, i) => {
    if (m.optionGroup[i] >= 0) quantity.set(i, doubleDouble(r.quantity));
  });
  d = { byStrike, strikes: byStrike.map((g) => m.optionGroups[g].strike), rank, strike: m.optionGroups.map((g) => doubleDouble(g.strike)), quantity };
  optionDoublesOf.set(m, d);
  return d;
}

/**
 * One row of SERIESC_EXIT_TABLE: each capital row's amount at `proceeds`, as a Decimal or, for an exercised
 * option or warrant, as the double of its Decimal amount q × (p − strike) (`differenceProductDouble`, the
 * Decimal product when it cannot be sure): a table of 1,000 option rows and 1,000 values prices a million
 * options, and one Decimal product each is most of its time.
 */
export function exitTableAmounts(m: ExitModel, proceeds: Dec): (Dec | number)[] {
  const { outcome: o, amounts } = solveExit(m, proceeds);
  if (m.optionGroups.length === 0) return amounts as Dec[];
  const d = optionDoubles(m);
  // the groups in the money: those whose strike is below p, a prefix of the strikes in order
  let lo = 0;
  let hi = d.strikes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.strikes[mid].lt(o.p)) lo = mid + 1;
    else hi = mid;
  }
  const inTheMoney = lo;
  const p = doubleDouble(o.p);
  return amounts.map((a, i) => {
    if (a) return a;
    const g = m.optionGroup[i];
    if (d.rank[g] >= inTheMoney) return ZERO;
    const q = m.capital[i].quantity;
    const strike = m.optionGroups[g].strike;
    return differenceProductDouble(d.quantity.get(i)!, d.strike[g], p) ?? q.times(o.p.minus(strike));
  });
}
