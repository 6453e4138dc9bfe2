import { Dec, ONE, ZERO } from "../core/decimal";
import { unhandled } from "../core/errors";
import { Piece, PiecewiseLinear, constant, lastAtMost, line, lowerEnvelope } from "../core/piecewiseLinear";
import { Combination, WeightedCombination, combination } from "../core/piecewiseSolve";
import { Day } from "../time/civil";
import { asConvertedValueCurve } from "./asConvertedValue";
import { CapitalRow, Participation, decides } from "./capital";
import { FULL_PARTICIPATION, capitalTreatment } from "./capitalTypes";
import { ConversionBasis } from "./conversion";
import { CorporateEvent } from "./events";
import { requireOnOrAfterIssue } from "./keyDates";
import { deemedConversion } from "./liquidation";
import { Payment } from "./payments";
import { liquidationValuePlusDividends } from "./preference";
import { SeriesCTerms } from "./terms";
import { Claim } from "./waterfall";

/**
 * What the exit waterfall (Cert §4) knows before the proceeds are given: the
 * classes and their claims, the ranks, the pool of common shares as lines in
 * the value per common share p, and the sets of converting classes worth
 * examining. Built once per capital table (`prepareExit`), so that a column of
 * exit values costs a few solves per value.
 */

/** The Series C or a preferred class (PREFERRED, PARITY, JUNIOR). */
export interface PreferredClass {
  /** Index of its row in `capital`. */
  index: number;
  /** Index in `ExitModel.classes`. */
  k: number;
  row: CapitalRow;
  /** Accrued dividends per share (Series C: A − Liquidation Value). */
  dividends: Dec;
  /** Preference per share excluding dividends (Series C: the Liquidation Value). */
  preference: Dec;
  /** dividends + preference: what a share that does not convert claims in full at its rank. */
  claim: Dec;
  /**
   * The value per common share above which converting pays more than staying with the claims covered:
   * (a + b) / c for a non-participating class, cap / c for a capped one, where B(p) passes A for the
   * Series C; +∞ for a class that does not choose.
   */
  threshold: Dec;
  /** Bit of the class in a set of converting classes; −1 when it does not choose (not convertible, or fully participating). */
  bit: number;
  participation: Participation;
  /** Index of its participation curve among the pool's functions (capped classes), −1 otherwise. */
  capFn: number;
  /** Index of its rank in `ExitModel.tiers`. */
  tier: number;
}

/** One member of a rank: a SENIOR row (its claim is preference, no dividends) or a preferred class. */
export interface TierMember {
  index: number;
  cls?: PreferredClass;
  /** Aggregate claims when it does not convert. */
  dividends: Dec;
  preference: Dec;
}

/** Rows paid together, sharing a shortfall pro rata (Cert §4(a) ¶2); tiers are paid in order. */
export interface Tier {
  rank: number;
  senior: boolean;
  members: TierMember[];
}

/** The index of Σ options × max(0, p − strike) among the pool's functions. */
export const OPTION_CURVE = 2;

export interface ExitModel {
  capital: readonly CapitalRow[];
  classes: PreferredClass[];
  /** The classes that choose between preference and conversion, bit i = convertible[i]. */
  convertible: PreferredClass[];
  tiers: Tier[];
  /** Per capital row: its tier (−1 for the pool's rows). */
  tierOf: Int32Array;
  commonShares: Dec;
  /** The Series C class, its as-converted value per share as a function of p (SERIESC_LIQDETAIL's B) and the basis behind it. */
  seriesC?: { cls: PreferredClass; value: PiecewiseLinear; basis: ConversionBasis };
  /**
   * The pool's functions of p: p (weight: common, converted and fully participating shares), the Series
   * C's B(p) (weight: its shares when it converts), Σ options × max(0, p − strike) (weight 1), then each
   * capped class's participation per share min(c × p, cap − claim) (weight: its shares when it stays).
   */
  pool: Combination;
  /** The OPTION and WARRANT rows grouped by exercise price (their total quantity); per capital row its group, −1 for other rows. */
  optionGroups: { strike: Dec; quantity: Dec; rows: number[] }[];
  optionGroup: Int32Array;
  /** Sets of converting classes (bit masks) in the order of preference among equilibria (built when first needed). */
  order?: number[];
  /** The threshold prefixes: ∅, the class with the lowest threshold, the two lowest, … (ties by row). */
  candidates: number[];
  /** Per set: the claims that stay and the pool's weights (independent of the proceeds). */
  sets: Map<number, SetClaims>;
}

export interface TierClaims {
  /** The claims of the members that stay (SENIOR rows always), for the ratable split. */
  claims: Claim[];
  /** Per claim: the capital index of its row. */
  rows: number[];
  totalDividends: Dec;
  totalPreference: Dec;
  total: Dec;
}

export interface SetClaims {
  tiers: TierClaims[];
  /** Every claim that stays, senior claims included: what the proceeds must cover before p rises above 0. */
  claimsTotal: Dec;
  /** The claims that stay other than senior ones. */
  total: Dec;
  weights: Dec[];
  /** The pool's function for this set, summed at every breakpoint once (built on the set's second solve). */
  pool?: WeightedCombination;
  solves: number;
}

export interface ExitInput {
  day: Day;
  capital: readonly CapitalRow[];
  events: readonly CorporateEvent[];
  payments: readonly Payment[];
}

/** Σ shares × max(0, p − strike): what exercised options add to the pool's value net of the cash they bring. */
function exerciseValueCurve(groups: readonly { strike: Dec; quantity: Dec }[]): PiecewiseLinear {
  const sorted = groups.filter((g) => g.quantity.gt(0)).sort((x, y) => x.strike.comparedTo(y.strike));
  const pieces: Piece[] = [{ from: ZERO, slope: ZERO, intercept: ZERO }];
  let slope = ZERO;
  let intercept = ZERO;
  for (const g of sorted) {
    slope = slope.plus(g.quantity);
    intercept = intercept.minus(g.quantity.times(g.strike));
    const piece = { from: g.strike, slope, intercept };
    if (pieces[pieces.length - 1].from.eq(g.strike)) pieces[pieces.length - 1] = piece;
    else pieces.push(piece);
  }
  return pieces;
}

/** The ranks in the order they are paid; a SENIOR row without a typed rank is a rank of its own, in row order (version 2). */
function buildTiers(capital: readonly CapitalRow[], classOf: Map<number, PreferredClass>): { tiers: Tier[]; tierOf: Int32Array } {
  const keyed: { rank: number; seq: number; index: number }[] = [];
  let seq = 0;
  capital.forEach((r, index) => {
    if (!Number.isFinite(r.rank)) return;
    const untypedSenior = capitalTreatment(r.type) === "senior" && !r.rankGiven;
    keyed.push({ rank: r.rank, seq: untypedSenior ? ++seq : 0, index });
  });
  keyed.sort((x, y) => x.rank - y.rank || x.seq - y.seq || x.index - y.index);
  const tiers: Tier[] = [];
  const tierOf = new Int32Array(capital.length).fill(-1);
  let last: { rank: number; seq: number } | undefined;
  for (const key of keyed) {
    const r = capital[key.index];
    const senior = capitalTreatment(r.type) === "senior";
    if (!last || last.rank !== key.rank || last.seq !== key.seq || key.seq !== 0) tiers.push({ rank: key.rank, senior, members: [] });
    last = key;
    const cls = classOf.get(key.index);
    const member: TierMember = cls
      ? { index: key.index, cls, dividends: r.quantity.times(cls.dividends), preference: r.quantity.times(cls.preference) }
      : { index: key.index, dividends: ZERO, preference: r.quantity };
    tiers[tiers.length - 1].members.push(member);
    tierOf[key.index] = tiers.length - 1;
    if (cls) cls.tier = tiers.length - 1;
  }
  return { tiers, tierOf };
}

const bitsOf = (set: number): number[] => {
  const out: number[] = [];
  for (let b = 0; set >> b; b++) if ((set >> b) & 1) out.push(b);
  return out;
};

/** Every set of k classes, fewest converting first, then the one whose converting rows come first. */
export function setsInOrder(k: number): number[] {
  const sets = Array.from({ length: 1 << k }, (_, s) => s);
  const bits = sets.map(bitsOf);
  return sets.sort((x, y) => {
    const bx = bits[x];
    const by = bits[y];
    if (bx.length !== by.length) return bx.length - by.length;
    for (let i = 0; i < bx.length; i++) if (bx[i] !== by[i]) return bx[i] - by[i];
    return 0;
  });
}

export function prepareExit(t: SeriesCTerms, input: ExitInput): ExitModel {
  const { day, capital, events, payments } = input;
  const classes: PreferredClass[] = [];
  const convertible: PreferredClass[] = [];
  const classOf = new Map<number, PreferredClass>();
  const capCurves: PiecewiseLinear[] = [];
  let seriesC: ExitModel["seriesC"];
  let commonShares = ZERO;
  capital.forEach((row, index) => {
    const treatment = capitalTreatment(row.type);
    switch (treatment) {
      case "common":
        commonShares = commonShares.plus(row.quantity);
        return;
      case "senior":
      case "option":
        return;
      case "seriesC":
      case "preferred":
        break;
      default:
        return unhandled(treatment);
    }
    const bit = decides(row) ? convertible.length : -1;
    const base = { index, k: classes.length, row, bit, capFn: -1, tier: -1 };
    let cls: PreferredClass;
    if (treatment === "seriesC") {
      requireOnOrAfterIssue(t, day, "eventDate");
      // Cert §4(a)(i): A = LV + dividends (extinguished to the Qualified Return in the window); (ii) its deemed conversion,
      // within the §5(k)(6) cap when term votingPowerAtIssue is set.
      const deemed = deemedConversion(t, day, events, payments);
      const a = liquidationValuePlusDividends(t, day, payments, deemed.early);
      const value = asConvertedValueCurve(deemed.basis);
      const threshold = lastAtMost(value, a.value) ?? new Dec(Infinity); // B grows with p; +∞ when capped below A for ever
      cls = { ...base, dividends: a.value.minus(t.liquidationValue), preference: t.liquidationValue, claim: a.value, threshold, participation: undefined };
      seriesC = { cls, value, basis: deemed.basis };
    } else {
      const claim = row.a.plus(row.b);
      const participation = row.participation;
      let threshold = new Dec(Infinity);
      let capFn = -1;
      if (participation instanceof Dec) {
        // Participates up to a total of `cap` per share; converting pays more once c × p exceeds the cap.
        capFn = capCurves.push(lowerEnvelope(line(row.c), constant(participation.minus(claim)))) - 1;
        threshold = participation.div(row.c);
      } else if (bit >= 0) threshold = claim.div(row.c);
      cls = { ...base, dividends: row.b, preference: row.a, claim, threshold, participation, capFn };
    }
    classes.push(cls);
    classOf.set(index, cls);
    if (bit >= 0) convertible.push(cls);
  });
  const { tiers, tierOf } = buildTiers(capital, classOf);
  // A cap table lists many grants at few exercise prices: each value decides and prices each price once.
  const optionGroups: ExitModel["optionGroups"] = [];
  const optionGroup = new Int32Array(capital.length).fill(-1);
  const groupOf = new Map<string, number>();
  capital.forEach((row, index) => {
    if (capitalTreatment(row.type) !== "option") return;
    const key = row.a.toString();
    let g = groupOf.get(key);
    if (g === undefined) groupOf.set(key, (g = optionGroups.push({ strike: row.a, quantity: ZERO, rows: [] }) - 1));
    optionGroups[g].quantity = optionGroups[g].quantity.plus(row.quantity);
    optionGroups[g].rows.push(index);
    optionGroup[index] = g;
  });
  const pool = combination([line(ONE), seriesC ? seriesC.value : line(ZERO), exerciseValueCurve(optionGroups), ...capCurves]);
  // threshold prefixes: ∅, the class with the lowest threshold, the two lowest, … (ties by row)
  const byThreshold = [...convertible].sort((x, y) => x.threshold.comparedTo(y.threshold) || x.bit - y.bit);
  const candidates = byThreshold.reduce((sets, c) => [...sets, sets[sets.length - 1] | (1 << c.bit)], [0]);
  return { capital, classes, convertible, tiers, tierOf, commonShares, seriesC, pool, optionGroups, optionGroup, candidates, sets: new Map() };
}

/** The class converts in `set`. */
export const converts = (cls: PreferredClass, set: number): boolean => cls.bit >= 0 && ((set >> cls.bit) & 1) === 1;

/** A class that stays and participates fully: in the pool with c common per share on top of its claim. */
const fullyParticipates = (cls: PreferredClass): boolean => cls.participation === FULL_PARTICIPATION;

/** The claims that stay, rank by rank, and the pool's weights when exactly the classes of `set` convert (cached on the model). */
export function setClaims(m: ExitModel, set: number): SetClaims {
  let s = m.sets.get(set);
  if (s) return s;
  let linear = m.commonShares;
  let seriesCShares = ZERO;
  const capWeights = m.classes.filter((c) => c.capFn >= 0).map(() => ZERO);
  for (const cls of m.classes) {
    const q = cls.row.quantity;
    if (converts(cls, set)) {
      if (capitalTreatment(cls.row.type) === "seriesC") seriesCShares = q;
      else linear = linear.plus(q.times(cls.row.c)); // Cert §4(a): converted shares share as common
    } else if (fullyParticipates(cls)) linear = linear.plus(q.times(cls.row.c));
    else if (cls.capFn >= 0) capWeights[cls.capFn] = q;
  }
  let claimsTotal = ZERO;
  let total = ZERO;
  const tiers = m.tiers.map((tier): TierClaims => {
    const claims: Claim[] = [];
    const rows: number[] = [];
    let totalDividends = ZERO;
    let totalPreference = ZERO;
    for (const mem of tier.members) {
      if (mem.cls && converts(mem.cls, set)) continue;
      const r = m.capital[mem.index];
      claims.push({ row: r.row, name: r.name, dividends: mem.dividends, preference: mem.preference });
      rows.push(mem.index);
      totalDividends = totalDividends.plus(mem.dividends);
      totalPreference = totalPreference.plus(mem.preference);
    }
    const tierTotal = totalDividends.plus(totalPreference);
    claimsTotal = claimsTotal.plus(tierTotal);
    if (!tier.senior) total = total.plus(tierTotal);
    return { claims, rows, totalDividends, totalPreference, total: tierTotal };
  });
  s = { tiers, claimsTotal, total, weights: [linear, seriesCShares, ONE, ...capWeights], solves: 0 };
  m.sets.set(set, s);
  return s;
}
