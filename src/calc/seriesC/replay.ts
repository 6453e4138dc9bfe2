import { Dec, approxNumber, exactMinus, wholeDouble } from "../core/decimal";
import { AppliedPrices } from "./appliedPrices";
import { Adjustment, AppliedState, PriceHistory, PriceStep, ReplayHistory, auditFlags } from "./replayHistory";
import { ExactValue, Ratio, decimalPlaces, scaledCell, scaledWhole } from "../core/exactValue";
import { EventMap, IDENTITY_MAP, PriceTree, tripleDecimal } from "./priceTree";
import { ONE_TRIPLE, ZERO_TRIPLE, copyTriple, difference, mulAdd, quotient, toNumber } from "../core/tripleDouble";
import { RunningSums } from "../core/prefixSums";
import { Day } from "../time/civil";
import {
  AuditOutcome,
  addToCount,
  IssueQuote,
  Issued,
  carveOutContribution,
  exactEffectivePrice,
  exactOutcome,
  exactWeighted,
  expiredIssue,
  initialState,
  issuance,
  issuanceQuote,
  planCount,
  planOptionExcess,
  priceFloor,
  splitEventFactor,
} from "./antiDilution";
import { unhandled } from "../core/errors";
import { CorporateEvent, EventType } from "./events";
import { EVENT_TYPE_TABLE } from "./eventTypes";
import { ratchetEnd } from "./keyDates";
import { SeriesCTerms } from "./terms";

export type { Adjustment, PriceHistory, PriceStep, ReplayHistory };

// BigInt constants made once, not on every call of the hot paths below.
const ZERO_FIXED = BigInt(0);
const TIE_SHIFT = BigInt(100);
const ONE_UNIT = BigInt(1);

/**
 * The conversion price history with the §5(k)(3) readjustments (Cert §5(k);
 * docs/architecture.md "Events replay").
 *
 * The certificate's rule: when rights expire, the price from the expiry on is
 * the one every event up to then would have produced had the expired event
 * issued only the shares actually issued, for the consideration actually
 * received. Literally that is a replay of the whole history at every EXPIRE.
 * Here the events are applied once, in order, and an EXPIRE changes only what
 * it changes:
 * - the split factor, hence the floor, never depends on an expiry;
 * - the plan-option count (§5(k)(4)(B)) and the carve-out total (§5(k)(4)(E))
 *   do not depend on the price: they are exact running sums, and an expiry
 *   only lowers them, so the events whose plan excess or carve-out status
 *   changes are found by two pointers that only move forward;
 * - each event is a piecewise-linear map of the price, kept in a segment tree
 *   (priceTree.ts): the readjusted price follows the new history through
 *   whole ranges of events at once and stops only where it leaves a piece of
 *   a map or meets a floor or ratchet it stays on.
 * Prices are the certificate's formulas evaluated exactly, reported to 40
 * digits (within 1e-30), and every comparison is the exact one
 * (antiDilution.ts `exactOutcome`); the tests keep the literal replay in
 * exact rationals as the reference.
 *
 * conversionPrice.ts replays a table once, whole, and shares the history
 * among every function asking about the table.
 */
export function replayEvents(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): ReplayHistory {
  let n = 0;
  while (n < events.length && events[n].day <= asOf) n++; // events come sorted by date (checkEvents)
  const engine = new Engine(t, events, n);
  for (let i = 0; i < n; i++) engine.apply(i);
  return engine.result();
}

class Engine {
  // Per issuance, what its audit line says: the quote it was priced with, and flags (`ReplayHistory.adjustments`).
  private readonly auditQuote: (IssueQuote | undefined)[];
  private readonly auditFlags: Uint8Array;
  // Per position, with steps: the split factor, plan options and carve-out total after it.
  private readonly splitAt: Dec[];
  private readonly planAt: (Dec | number)[];
  private readonly carveAt: Dec[];
  /** The price after each position as applied, as Decimals when read (appliedPrices.ts). */
  private readonly applied: AppliedPrices;
  /** The last position applied. */
  private last = -1;

  // The state after the last applied event. `price`: kept only without the tree (otherwise `price3`, and the Decimal when read).
  private price: Dec;
  /** With the tree: the price as a triple-double (tripleDouble.ts). */
  private readonly price3 = new Float64Array(3);
  private priceApprox: number;
  private splitFactor: Dec;
  private floor: Dec;
  private floorApprox: number;
  /** A number while whole (antiDilution.ts `issuance`). */
  private planOptions: Dec | number;
  private carveOutValue: Dec;
  // The price, the split factor and the floor exactly (evaluated only to decide a tie, antiDilution.ts `exactOutcome`).
  private exactPrice: ExactValue;
  private exactSplit: ExactValue;
  private exactFloor: ExactValue;
  private readonly exactInitial: ExactValue;

  // Without the tree, per position: the price after the event (the stepwise re-runs rewrite it).
  private readonly priceAfter: Dec[];
  private readonly approxAfter: Float64Array;
  private readonly exactAfter: ExactValue[];
  // Per position, its inputs now:
  // The floor before each position: its segment (each SPLIT or STOCKDIV starts one), and per segment the floor
  // (also as a double and exactly) and the factor of the SPLIT or STOCKDIV that ends it (also exactly).
  private readonly floorSegment: Int32Array;
  private readonly segmentFloor: Dec[] = [];
  private readonly segmentFloorApprox: number[] = [];
  private readonly segmentExactFloor: ExactValue[] = [];
  private readonly segmentFactor: Dec[] = [];
  private readonly segmentExactFactor: Ratio[] = [];
  private readonly scales: Uint8Array;
  private readonly quote: (IssueQuote | undefined)[];
  private readonly ratchet: Uint8Array;
  /** Per position, when its event expired: what it actually issued (§5(k)(3)). */
  private readonly issued: (Issued | undefined)[];
  /** Per PLANOPTION event (`planIndex`): options granted now (an expiry replaces them with those exercised, §5(k)(3)), and the excess over the cap. */
  private readonly shares: Dec[] = [];
  private readonly excess: Dec[] = [];

  // PLANOPTION positions in order, and each position's index among them; their shares.
  private readonly planList: number[] = [];
  private readonly planIndex: Int32Array;
  private readonly planShares: RunningSums;
  /** The first applied PLANOPTION events have no excess (the count before each only grows): how many. */
  private planWithinCap = 0;

  // Issuances before the 18-month anniversary with an FMV (the carve-out's), and their contributions.
  private readonly carveList: number[] = [];
  private readonly carveIndex: Int32Array;
  private readonly carveShares: RunningSums;
  private readonly contribution: Dec[] = [];
  /** The first applied carve-out events are within the $5.0M (the total only grows): how many. */
  private carvedOut = 0;
  /** A contribution changed during the current expiry. */
  private carveOutMoved = false;

  /** Each row number's position (−1: none). */
  private readonly rowPosition: Int32Array;
  /** The maps of the events in a segment tree (priceTree.ts); undefined: prices too far apart for its fixed point (then the stepwise re-runs). */
  private readonly tree?: PriceTree;
  private readonly initial3 = new Float64Array(3);
  private floorFixedOf?: Dec;
  private floorFixed = BigInt(0);
  private floorRatio = new Ratio(BigInt(0));
  private floor3Of?: Dec;
  private readonly floor3 = new Float64Array(3);
  // The last issuance map's Effective Price and weighted average P ↦ σ·P + τ (fixed point; `issueMap`).
  private effectiveFixed = ZERO_FIXED;
  private sigmaFixed = ZERO_FIXED;
  private tauFixed = ZERO_FIXED;
  /**
   * The issuance being applied, as triple-doubles: its Effective Price (at 0), σ and τ of its weighted average
   * (at 3, 6), its ratchet's max(EP, floor) (at 9), and the candidate price (at 12); the crossing of its weighted
   * average with the floor as a double.
   */
  private readonly issue3 = new Float64Array(15);
  private crossing = 0;
  private aboveFloor = false;
  // Its shares, consideration and outstanding cells' decimal places, and the most of them (`cellPlaces`).
  private placesA = 0;
  private placesB = 0;
  private placesC = 0;
  private places = 0;
  private readonly ratchetEndDay: Day;
  // An expiry's changed positions, and each once with its new map (`expire`): reused, not made per expiry.
  private readonly changed: number[] = [];
  private readonly unique: number[] = [];
  private readonly maps: EventMap[] = [];

  constructor(
    private readonly t: SeriesCTerms,
    private readonly events: readonly CorporateEvent[],
    n: number,
  ) {
    const s = initialState(t);
    this.price = s.price;
    this.priceApprox = approxNumber(s.price);
    this.splitFactor = s.splitFactor;
    this.floor = priceFloor(t, s.splitFactor);
    this.floorApprox = approxNumber(this.floor);
    this.planOptions = wholeDouble(t.planOptionCap) !== undefined ? 0 : s.planOptions;
    this.carveOutValue = s.carveOutValue;
    this.exactInitial = this.exactPrice = ExactValue.dec(s.price);
    this.exactSplit = ExactValue.of(() => new Ratio(BigInt(1)));
    this.exactFloor = this.exactFloorOf(this.exactSplit);
    this.floorSegment = new Int32Array(n);
    this.auditQuote = new Array<IssueQuote | undefined>(n);
    // made at their length: pushed, three arrays of 10,000 would leave three times that as garbage
    this.splitAt = new Array<Dec>(n);
    this.planAt = new Array<Dec | number>(n);
    this.carveAt = new Array<Dec>(n);
    this.auditFlags = new Uint8Array(n);
    this.segmentFloor.push(this.floor);
    this.segmentFloorApprox.push(this.floorApprox);
    this.segmentExactFloor.push(this.exactFloor);
    this.scales = new Uint8Array(n);
    this.quote = new Array<IssueQuote | undefined>(n);
    this.ratchet = new Uint8Array(n);
    this.issued = new Array<Issued | undefined>(n);
    this.planIndex = new Int32Array(n).fill(-1);
    this.carveIndex = new Int32Array(n).fill(-1);
    this.ratchetEndDay = ratchetEnd(t);
    let rows = 0;
    for (let i = 0; i < n; i++) rows = Math.max(rows, events[i].row);
    this.rowPosition = new Int32Array(rows + 1).fill(-1);
    for (let i = 0; i < n; i++) {
      const e = events[i];
      this.rowPosition[e.row] = i;
      if (e.type === "PLANOPTION") this.planIndex[i] = this.planList.push(i) - 1;
      if (EVENT_TYPE_TABLE[e.type].effect === "scale") this.scales[i] = 1;
      if (isIssuance(e.type) && e.day < this.ratchetEndDay && e.approx.d !== undefined) this.carveIndex[i] = this.carveList.push(i) - 1;
    }
    this.planShares = new RunningSums(this.planList.length);
    this.carveShares = new RunningSums(this.carveList.length);
    const bits = fixedPointBits(t, events, n);
    // the stepwise re-runs' prices, without the tree
    this.priceAfter = new Array<Dec>(bits === undefined ? n : 0);
    this.approxAfter = new Float64Array(bits === undefined ? n : 0);
    this.exactAfter = new Array<ExactValue>(bits === undefined ? n : 0);
    if (bits !== undefined) {
      const tree = (this.tree = new PriceTree(n, bits, (i) => this.eventMap(i)));
      tree.toTriple(this.fixed(Ratio.of(s.price)), this.initial3, 0);
      this.price3.set(this.initial3);
      this.applied = new AppliedPrices(n, s.price, tripleDecimal(bits)); // not the tree: the history outlives it
    } else this.applied = new AppliedPrices(n, s.price, () => s.price);
  }

  private floorAt(i: number): Dec {
    return this.segmentFloor[this.floorSegment[i]];
  }
  private floorApproxAt(i: number): number {
    return this.segmentFloorApprox[this.floorSegment[i]];
  }
  private exactFloorAt(i: number): ExactValue {
    return this.segmentExactFloor[this.floorSegment[i]];
  }
  /** A SPLIT's or STOCKDIV's factor (undefined: another event). */
  private factorAt(i: number): Dec | undefined {
    return this.scales[i] ? this.segmentFactor[this.floorSegment[i]] : undefined;
  }
  private exactFactorAt(i: number): Ratio | undefined {
    return this.scales[i] ? this.segmentExactFactor[this.floorSegment[i]] : undefined;
  }
  /** The floor after a SPLIT or STOCKDIV, exactly. */
  private exactFloorAfter(i: number): ExactValue {
    return this.segmentExactFloor[this.floorSegment[i] + 1];
  }

  private fixed(r: Ratio): bigint {
    return this.tree!.ratio(r.num, r.den);
  }

  /** Event j's map of the price now (Cert §5(f), (g), (k)(1), (5); priceTree.ts). */
  private eventMap(j: number): EventMap {
    const factor = this.exactFactorAt(j);
    if (factor) return { breakpoints: [], sigma: [this.fixed(factor)], tau: [ZERO_FIXED] };
    const q = this.quote[j];
    return q ? this.issueMap(j, q) : IDENTITY_MAP;
  }

  /**
   * An issuance's map (§5(k)(1), (5)): the identity up to the Effective Price (or the floor), then the weighted
   * average, or the floor until the weighted average reaches it; under the full ratchet max(EP, floor) above it.
   * Also keeps the Effective Price and the weighted average's σ, τ (fixed point) for `issueTriples`.
   */
  private issueMap(j: number, q: IssueQuote): EventMap {
    const tree = this.tree!;
    const floorDec = this.floorAt(j);
    if (floorDec !== this.floorFixedOf) {
      this.floorFixedOf = floorDec;
      this.floorRatio = Ratio.of(floorDec);
      this.floorFixed = this.fixed(this.floorRatio);
    }
    const floor = this.floorFixed;
    const one = tree.one;
    const zero = ZERO_FIXED;
    // Shares a, consideration b and outstanding c over one denominator, which cancels in every quotient below. The
    // common case, cells of few decimal places: scaled by one power of ten, without making rationals.
    const scaled = this.cellPlaces(q);
    let a: bigint;
    let b: bigint;
    let c: bigint;
    if (scaled) {
      a = scaledCell(q.sharesApprox, this.placesA, this.places);
      b = scaledCell(q.considerationApprox, this.placesB, this.places);
      c = scaledCell(q.outstandingApprox, this.placesC, this.places);
    } else {
      // an event's quote holds its cells (or an EXPIRE row's): their doubles read as their decimals; a plan grant's excess is a Decimal
      const shares = q.typed ? Ratio.ofCell(q.sharesApprox) : Ratio.of(q.shares);
      const consideration = q.exactConsideration ?? (q.typed ? Ratio.ofCell(q.considerationApprox) : Ratio.of(q.consideration));
      const outstanding = Ratio.ofCell(q.outstandingApprox); // always the event's cell c
      a = shares.num * consideration.den * outstanding.den;
      b = consideration.num * shares.den * outstanding.den;
      c = outstanding.num * shares.den * consideration.den;
    }
    const effective = (this.effectiveFixed = tree.ratio(b, a));
    if (this.ratchet[j] === 1) {
      const top = effective > floor ? effective : floor; // §5(k)(5): the Effective Price, never below the floor
      return { breakpoints: [top], sigma: [one, zero], tau: [zero, top] };
    }
    const after = c + a;
    const sigma = (this.sigmaFixed = tree.ratio(c, after));
    const tau = (this.tauFixed = tree.ratio(b, after));
    const whole = scaled ? wholeParts(c, b, after) : undefined;
    if (effective >= floor) return { breakpoints: [effective], sigma: [one, sigma], tau: [zero, tau], whole }; // §5(k)(1)
    if (c === zero) return { breakpoints: [floor], sigma: [one, zero], tau: [zero, floor] };
    // the weighted average reaches the floor at P* = (F × (c + a) − b) / c, F = fn / fd
    const f = this.floorRatio;
    const crossing = tree.ratio(f.num * after - b * f.den, f.den * c);
    return { breakpoints: [floor, crossing], sigma: [one, zero, sigma], tau: [zero, floor, tau], whole };
  }

  /**
   * The price after position q as an exact value, from the pieces in the tree: when a floor or
   * ratchet the history is surely on lies among the last few positions, the chain of exact
   * operations from it — the same values the forward pass makes, so that a price at the floor is
   * the floor's own exact value and a tie with it costs nothing; otherwise evaluated when needed.
   */
  private exactAfterReadjust(q: number): ExactValue {
    const tree = this.tree!;
    const j = tree.lastCertainWall(q, q - 64);
    return (j >= 0 && this.exactFromWall(j, q)) || ExactValue.of(() => this.exactFromTree(q));
  }

  /** The price after position q from the certain wall at j by the chain of exact operations, or undefined when one on the way is not a split or the identity. */
  private exactFromWall(j: number, q: number): ExactValue | undefined {
    const tree = this.tree!;
    let x: ExactValue;
    if (this.ratchet[j] !== 1 && tree.leafBreakpoints(j) === 2)
      x = this.exactFloorAt(j); // the floor between the identity and the weighted average
    else {
      const floor = this.floorFixedAt(j);
      if (tree.leafTau(j) <= floor + (floor >> TIE_SHIFT) + ONE_UNIT) return undefined; // at max(EP, floor) with the two too close to tell here
      x = exactEffectivePrice(this.quote[j]!); // the Effective Price, clearly above the floor
    }
    for (let i = j + 1; i <= q; i++) {
      const factor = this.exactFactorAt(i);
      if (factor) x = this.scaledExact(x, this.exactFloorAt(i), this.exactFloorAfter(i), factor);
      else if (!tree.leafIsCertainIdentity(i)) return undefined; // a weighted average, a clamp, a near tie on the way
    }
    return x;
  }

  /** The floor before position j, fixed point. */
  private floorFixedAt(j: number): bigint {
    const floorDec = this.floorAt(j);
    return floorDec === this.floorFixedOf ? this.floorFixed : this.fixed(Ratio.of(floorDec));
  }

  /** The price after position q exactly, from the pieces in the tree: from the last floor or ratchet it is surely on, every map evaluated exactly. */
  private exactFromTree(q: number): Ratio {
    const tree = this.tree!;
    const j = tree.lastCertainWall(q, -1);
    let x = this.exactInitial.value;
    if (j >= 0) {
      const floor = this.exactFloorAt(j).value;
      const effective = exactEffectivePrice(this.quote[j]!).value;
      // a ratchet's max(EP, floor); a weighted average's floor, or its EP when nothing was outstanding
      const atEffective = this.ratchet[j] === 1 || (tree.leafPiece(j) === 1 && tree.leafBreakpoints(j) === 1);
      x = atEffective && effective.cmp(floor) >= 0 ? effective : floor;
    }
    for (let i = j + 1; i <= q; i++) x = this.exactStep(i, x);
    return x;
  }

  /** Position i's map applied exactly (Cert §5(f), (g), (k)(1), (5)). */
  private exactStep(i: number, p: Ratio): Ratio {
    const factor = this.exactFactorAt(i);
    if (factor) return p.times(factor);
    const q = this.quote[i];
    if (!q) return p;
    const effective = exactEffectivePrice(q).value;
    if (effective.cmp(p) >= 0) return p;
    const floor = this.exactFloorAt(i).value;
    if (floor.cmp(p) >= 0) return p;
    let candidate = effective;
    if (this.ratchet[i] !== 1) {
      const outstanding = Ratio.of(q.outstanding);
      candidate = p
        .times(outstanding)
        .plus(q.exactConsideration ?? Ratio.of(q.consideration))
        .div(outstanding.plus(Ratio.of(q.shares)));
    }
    return candidate.cmp(floor) >= 0 ? candidate : floor;
  }

  /** The floor exactly for a split factor (Cert §5(k)(1), (5); term floorAdjustedForSplits). */
  private exactFloorOf(split: ExactValue): ExactValue {
    const lv = this.t.liquidationValue;
    return this.t.floorAdjustedForSplits ? split.then((f) => Ratio.of(lv).times(f)) : ExactValue.dec(lv);
  }

  result(): ReplayHistory {
    const day = this.last < 0 ? this.t.issueDate : this.events[this.last].day;
    const state = new AppliedState(this.applied, this.last, day, this.splitFactor, this.planOptions, this.carveOutValue);
    const lines = { t: this.t, quotes: this.auditQuote, flags: this.auditFlags };
    return new ReplayHistory(this.events, this.last + 1, this.applied, lines, this.splitAt, this.planAt, this.carveAt, state);
  }

  /** Applies event i (events in order). */
  apply(i: number): void {
    const e = this.events[i];
    const tree = this.tree;
    this.floorSegment[i] = this.segmentFloor.length - 1;
    switch (e.type) {
      case "SPLIT":
      case "STOCKDIV": {
        const factor = splitEventFactor(e);
        this.splitFactor = this.splitFactor.times(factor);
        this.floor = priceFloor(this.t, this.splitFactor);
        this.floorApprox = approxNumber(this.floor);
        const exactFactor = exactSplitFactor(e);
        this.segmentFactor.push(factor);
        this.segmentExactFactor.push(exactFactor);
        this.exactSplit = this.exactSplit.then((f) => f.times(exactFactor));
        const floorBefore = this.exactFloor;
        this.exactFloor = this.t.floorAdjustedForSplits ? this.exactFloorOf(this.exactSplit) : floorBefore;
        this.segmentFloor.push(this.floor);
        this.segmentFloorApprox.push(this.floorApprox);
        this.segmentExactFloor.push(this.exactFloor);
        this.exactPrice = this.scaledExact(this.exactPrice, floorBefore, this.exactFloor, exactFactor);
        if (tree) {
          const map = this.eventMap(i);
          tree.append(i, map, 0);
          this.setFixed(tree.at(map, 0, this.fixedPrice()));
          this.applied.scaled(i, factor);
        } else this.setPrice(this.price.times(factor));
        break;
      }
      case "EXEMPT":
        tree?.append(i, IDENTITY_MAP, 0);
        this.applied.same(i);
        break;
      case "EXPIRE":
        this.expire(i, e);
        tree?.append(i, IDENTITY_MAP, 0);
        break;
      case "ISSUE":
      case "RIGHTS":
      case "PLANOPTION":
        this.applyIssuance(i, e);
        break;
      default:
        return unhandled(e.type);
    }
    if (tree)
      this.applied.setNumber(i, this.priceApprox); // the double of a price kept to 1e-33 (`setFixed`)
    else {
      this.applied.given(i, this.price);
      this.priceAfter[i] = this.price;
      this.approxAfter[i] = this.priceApprox;
      this.exactAfter[i] = this.exactPrice; // the re-runs' (with the tree, kept only as far as a tie needs it)
    }
    this.last = i;
    this.splitAt[i] = this.splitFactor;
    this.planAt[i] = this.planOptions;
    this.carveAt[i] = this.carveOutValue;
  }

  private setPrice(price: Dec): void {
    if (price === this.price) return;
    this.price = price;
    this.priceApprox = approxNumber(price);
  }

  /** The price after the last event, fixed point (with the tree). */
  private setFixed(x: bigint): void {
    this.tree!.toTriple(x, this.price3, 0);
    this.priceApprox = toNumber(this.price3, 0);
  }

  /** The price after the last event, a triple-double at `at` of `t` (with the tree). */
  private setTriple(t: Float64Array, at: number): void {
    copyTriple(t, at, this.price3, 0);
    this.priceApprox = toNumber(this.price3, 0);
  }

  /** The price after the last event in fixed point (with the tree; for the few steps taken there). */
  private fixedPrice(): bigint {
    return this.tree!.fixedOf(this.price3, 0);
  }

  /** The floor before position i as a triple-double (`floor3`). */
  private floorTriple(i: number): Float64Array {
    const floorDec = this.floorAt(i);
    if (floorDec !== this.floor3Of) {
      this.floor3Of = floorDec;
      this.tree!.toTriple(this.floorFixedAt(i), this.floor3, 0);
    }
    return this.floor3;
  }

  /** ISSUE, RIGHTS, PLANOPTION applied in order; keeps what later re-runs need. */
  private applyIssuance(i: number, e: CorporateEvent): void {
    const exactBefore = this.exactPrice;
    const issued = this.issued[i];
    const x = issuance(this.t, this.planOptions, this.carveOutValue, e, issued);
    const plan = this.planIndex[i];
    if (plan >= 0) {
      const shares = issued ? issued.shares : e.a;
      this.shares[plan] = shares;
      this.excess[plan] = x.excess!;
      this.planShares.append(shares);
      if (x.excess!.isZero() && this.planWithinCap === plan) this.planWithinCap++;
    }
    const carve = this.carveIndex[i];
    if (carve >= 0) {
      const contribution = x.carveOutValue.minus(this.carveOutValue);
      this.contribution.push(contribution);
      this.carveShares.append(contribution);
      if (x.carvedOut && this.carvedOut === carve) this.carvedOut++;
    }
    this.planOptions = x.planOptions;
    this.carveOutValue = x.carveOutValue;
    this.quote[i] = x.quote;
    this.ratchet[i] = x.ratchet ? 1 : 0;
    const tree = this.tree;
    let outcome: Outcome | undefined;
    if (!x.quote) {
      this.applied.same(i);
      tree?.append(i, IDENTITY_MAP, 0);
    } else if (!tree) outcome = this.decimalOutcome(i, undefined, x.quote, x.ratchet, exactBefore);
    else {
      // whole-number cells: the map's numbers divided in doubles, no map made (`wholeIssue`); else the map's
      const breakpoints = this.wholeIssue(i, x.quote, x.ratchet);
      let map = breakpoints > 0 ? undefined : this.eventMap(i);
      if (map) this.issueTriples(x.ratchet);
      outcome = this.tripleOutcome(i, breakpoints || map!.breakpoints.length, x.quote, x.ratchet, exactBefore);
      if (!outcome) outcome = this.decimalOutcome(i, (map ??= this.eventMap(i)), x.quote, x.ratchet, exactBefore);
      if (map) tree.append(i, map, outcome.piece);
      else this.appendWhole(i, outcome.piece, breakpoints, x.ratchet);
    }
    // what the audit line will say (`ReplayHistory.adjustments`)
    this.auditQuote[i] = x.quote;
    this.auditFlags[i] = auditFlags(x, outcome);
  }

  /**
   * An issuance's outcome (Cert §5(k)(1), (5)) from the triple-double price, when every decision is clear there
   * (`PriceTree.nearTriple`): the Effective Price against the price, the candidate against the floor, the floor against the
   * price — the decisions `exactOutcome` takes. Sets the price after (triple-double, applied, exact) and
   * returns the piece of the map it is on (`breakpoints`: the map's count, the weighted average's piece);
   * undefined (nothing set) when a decision is too close to call.
   */
  private tripleOutcome(i: number, breakpoints: number, q: IssueQuote, ratchet: boolean, exactBefore: ExactValue): Outcome | undefined {
    const v = this.price3;
    const t = this.issue3;
    const tree = this.tree!;
    if (tree.nearTriple(t, 0, v, 0)) return undefined;
    if (difference(t, 0, v, 0) > 0) {
      this.applied.same(i); // not dilutive (§5(k)(1))
      return NOT_DILUTIVE;
    }
    const floor = this.floorTriple(i);
    // §5(k)(5): under the full ratchet the candidate is the Effective Price (the weighted average is never below it)
    if (ratchet) copyTriple(t, 0, t, 12);
    else mulAdd(t, 3, v, 0, t, 6, t, 12);
    if (tree.nearTriple(t, 12, floor, 0)) return undefined;
    if (difference(t, 12, floor, 0) < 0) {
      if (tree.nearTriple(floor, 0, v, 0)) return undefined;
      if (difference(floor, 0, v, 0) > 0) {
        this.applied.same(i); // the floor binds: no reduction
        return FLOOR_BINDS;
      }
      this.setTriple(floor, 0);
      this.applied.given(i, this.floorAt(i));
      this.exactPrice = this.exactFloorAt(i);
      return AT_FLOOR;
    }
    this.setTriple(t, 12);
    if (ratchet) {
      this.applied.effective(i, q);
      this.exactPrice = exactEffectivePrice(q);
      return RATCHETED;
    }
    this.applied.weighted(i, q);
    this.exactPrice = exactWeighted(exactBefore, q);
    return breakpoints === 1 ? WEIGHTED_FIRST : WEIGHTED_SECOND;
  }

  /**
   * An issuance of whole-number cells (each at most 6 decimal places, scaled by one power of ten to whole
   * numbers below 2^53): its Effective Price, σ and τ as triple-doubles divided from them (`issue3`), without
   * the BigInts of its map. Returns its map's breakpoint count (`issueMap`'s shape), or 0: other cells, or the
   * Effective Price too near the floor to choose the shape here (then the map decides).
   */
  private wholeIssue(i: number, q: IssueQuote, ratchet: boolean): number {
    if (!this.cellPlaces(q)) return 0;
    const a = scaledWhole(q.sharesApprox, this.placesA, this.places);
    const b = scaledWhole(q.considerationApprox, this.placesB, this.places);
    const c = scaledWhole(q.outstandingApprox, this.placesC, this.places);
    // b / a below 2^40: `quotient`'s bound, and far above any price
    if (!Number.isSafeInteger(c + a) || !Number.isSafeInteger(b) || b >= a * 2 ** 40) return 0;
    const tree = this.tree!;
    const t = this.issue3;
    quotient(b, a, t, 0);
    const floor = this.floorTriple(i);
    if (tree.nearTriple(t, 0, floor, 0)) return 0;
    const above = (this.aboveFloor = difference(t, 0, floor, 0) > 0);
    if (ratchet) {
      copyTriple(above ? t : floor, 0, t, 9); // §5(k)(5): the Effective Price, never below the floor
      return 1;
    }
    quotient(c, c + a, t, 3);
    quotient(b, c + a, t, 6);
    if (above || c === 0) return 1;
    this.crossing = (floor[0] * (c + a) - b) / c; // where the weighted average reaches the floor (`issueMap`)
    return 2;
  }

  /**
   * An issuance priced with its own cells (or an EXPIRE row's) whose shares (> 0), consideration and outstanding
   * (≥ 0) have few decimal places (exactValue.ts `decimalPlaces`): each one's and the most of them in `placesA`,
   * `placesB`, `placesC`, `places`, by which all three scale to whole numbers (`issueMap` in BigInts,
   * `wholeIssue` in doubles).
   */
  private cellPlaces(q: IssueQuote): boolean {
    if (!q.typed || q.exactConsideration !== undefined) return false;
    const shares = q.sharesApprox;
    const consideration = q.considerationApprox;
    const outstanding = q.outstandingApprox;
    if (!(shares > 0 && consideration >= 0 && outstanding >= 0)) return false;
    const a = (this.placesA = decimalPlaces(shares));
    const b = (this.placesB = decimalPlaces(consideration));
    const c = (this.placesC = decimalPlaces(outstanding));
    this.places = Math.max(a, b, c);
    return a >= 0 && b >= 0 && c >= 0;
  }

  /** The last map's Effective Price, σ and τ (`issueMap`) as triple-doubles (`issue3`); under the ratchet its wall. */
  private issueTriples(ratchet: boolean): void {
    const tree = this.tree!;
    const t = this.issue3;
    tree.toTriple(this.effectiveFixed, t, 0);
    if (ratchet) {
      const floor = this.floorFixed; // set by `issueMap` for this event
      tree.toTriple(this.effectiveFixed > floor ? this.effectiveFixed : floor, t, 9);
      return;
    }
    tree.toTriple(this.sigmaFixed, t, 3);
    tree.toTriple(this.tauFixed, t, 6);
  }

  /** Event i into the tree on `piece` of the map `wholeIssue` described: the pieces and ends `issueMap` makes. */
  private appendWhole(i: number, piece: number, breakpoints: number, ratchet: boolean): void {
    const t = this.issue3;
    const floor = this.floor3;
    const tree = this.tree!;
    // the first breakpoint: the ratchet's max(EP, floor), the Effective Price above the floor, else the floor
    const first = ratchet ? t[9] : this.aboveFloor ? t[0] : floor[0];
    if (piece === 0) tree.appendPiece(i, 0, breakpoints, ONE_TRIPLE, 0, ZERO_TRIPLE, 0, -Infinity, first);
    else if (ratchet) tree.appendPiece(i, 1, 1, ZERO_TRIPLE, 0, t, 9, first, Infinity);
    else if (piece === 2) tree.appendPiece(i, 2, 2, t, 3, t, 6, this.crossing, Infinity);
    else if (this.aboveFloor) tree.appendPiece(i, 1, 1, t, 3, t, 6, first, Infinity);
    else tree.appendPiece(i, 1, breakpoints, ZERO_TRIPLE, 0, floor, 0, first, breakpoints === 2 ? this.crossing : Infinity);
  }

  /**
   * An issuance's outcome in Decimals and exact rationals (`exactOutcome`): without the tree, or with a decision
   * too close for the fixed point (then `map` is the event's, and the piece of it the price before is on).
   */
  private decimalOutcome(i: number, map: EventMap | undefined, q: IssueQuote, ratchet: boolean, exactBefore: ExactValue): Outcome {
    const price = map ? this.applied.at(this.last) : this.price;
    const o = exactOutcome(price, this.priceApprox, this.floor, this.floorApprox, q, ratchet, { price: exactBefore, floor: this.exactFloor });
    this.exactPrice = o.exact;
    const moved = o.dilutive && o.exact !== exactBefore;
    // the identity (no adjustment, or the floor above the price), the floor or ratchet, the weighted average
    const piece = moved && map ? (o.belowFloor || ratchet ? 1 : map.breakpoints.length) : 0;
    if (map) {
      this.applied.given(i, o.price);
      this.setFixed(this.tree!.at(map, piece, this.fixedPrice()));
    } else this.setPrice(o.price);
    return { dilutive: o.dilutive, belowFloor: o.belowFloor, floorBinds: o.belowFloor && !moved, piece };
  }

  /** §5(k)(3): the expired event now issues `b` shares for `c`; re-run what that changes. */
  private expire(k: number, e: CorporateEvent): void {
    const p = e.approx.a < this.rowPosition.length ? this.rowPosition[e.approx.a] : -1;
    if (p < 0 || p >= k) throw new Error(`EXPIRE row ${e.row}: its event is not before it`); // checkEvents guarantees it
    const target = this.events[p];
    this.issued[p] = expiredIssue(e);
    const changed = this.changed;
    changed.length = 0;
    this.carveOutMoved = false;
    const plan = this.planIndex[p];
    if (plan >= 0) {
      // share counts: whole numbers, the change in doubles, exactly (a Decimal otherwise)
      const was = wholeDouble(this.shares[plan]);
      const used = e.approx.b;
      const delta = was !== undefined && Number.isSafeInteger(used) && Number.isSafeInteger(used - was) ? used - was : exactMinus(e.b, this.shares[plan]);
      this.shares[plan] = e.b;
      this.planShares.change(plan, delta);
      this.planOptions = addToCount(this.planOptions, delta);
      // Within the cap before, so within it now (the count only went down): nothing to re-price at p.
      if (plan >= this.planWithinCap) {
        changed.push(p);
        this.setExcess(p, planOptionExcess(this.t, this.planShares.sumBeforeWhole(plan) ?? this.planShares.sumBefore(plan), e.b));
      }
      // After a grant with an excess the count stays above the cap: only up to the first excess can change.
      const moved = typeof delta === "number" ? delta !== 0 : !delta.isZero();
      if (moved && plan <= this.planWithinCap) this.planExcessChanges(p, k, changed);
    } else {
      changed.push(p);
      if (this.carveIndex[p] >= 0) this.setContribution(p, carveOutContribution(this.t, target.day, e.b, target.d));
    }
    if (this.carveOutMoved) this.carveOutChanges(k, changed);
    if (changed.length > 1) changed.sort(ascending);
    const tree = this.tree;
    // The expired event alone changes, and the history went by it on its map's first piece (the identity) clear of
    // its end: when the new map's identity reaches at least as far, the history is the same, price for price.
    const alone = changed.length === 0 || (changed[0] === p && changed[changed.length - 1] === p); // sorted: all of them p
    const before = tree && alone && tree.leafIsCertainIdentity(p) ? this.eventMap(p) : undefined;
    for (const pos of changed) this.reprice(pos);
    const after = before && this.eventMap(p);
    if (after && identityReaches(after, before)) {
      tree!.widenIdentity(p, after);
      this.applied.same(k);
      return;
    }
    if (tree) {
      // each position once, with its new map (p's made once); the arrays are the engine's, reused
      const unique = this.unique;
      const maps = this.maps;
      unique.length = maps.length = 0;
      for (let i = 0; i < changed.length; i++) {
        const pos = changed[i];
        if (i > 0 && pos === changed[i - 1]) continue;
        unique.push(pos);
        maps.push(after && pos === p ? after : this.eventMap(pos));
      }
      tree.readjust(this.initial3, unique, maps, k, this.price3);
      this.priceApprox = toNumber(this.price3, 0);
      this.applied.fixed(k, this.price3);
      this.exactPrice = this.exactAfterReadjust(k - 1);
      return;
    }
    this.rerun(changed, k);
    this.price = this.priceAfter[k - 1];
    this.priceApprox = this.approxAfter[k - 1];
    this.exactPrice = this.exactAfter[k - 1];
  }

  /**
   * Later PLANOPTION events whose excess over the cap changes now that fewer
   * options count before them: from the first with an excess, while the
   * count before one is below the cap. Each event leaves "all of it above the
   * cap" at most once, which keeps the total work linear.
   */
  private planExcessChanges(p: number, k: number, changed: number[]): void {
    const cap = this.t.planOptionCap;
    const capWhole = wholeDouble(cap);
    let j = Math.max(this.planWithinCap, this.planIndex[p] + 1);
    if (j < this.planList.length && this.planList[j] < k) {
      // the count before each grant: a number while share counts are whole (RunningSums), a Decimal otherwise
      let before: Dec | number = this.planShares.sumBeforeWhole(j) ?? this.planShares.sumBefore(j);
      for (; j < this.planList.length && this.planList[j] < k && belowCap(before, cap, capWhole); j++) {
        const pos = this.planList[j];
        const excess = planOptionExcess(this.t, before, this.shares[j]);
        if (!sameCount(excess, this.excess[j])) {
          this.setExcess(pos, excess);
          changed.push(pos);
        }
        before = addToCount(before, this.shares[j]);
      }
    }
    while (this.planWithinCap < this.planList.length && this.planList[this.planWithinCap] < k && this.excess[this.planWithinCap].isZero()) {
      this.planWithinCap++;
    }
  }

  /** Carve-out events now within the $5.0M, the total before them having gone down (§5(k)(4)(E)). */
  private carveOutChanges(k: number, changed: number[]): void {
    let j = this.carvedOut;
    if (j < this.carveList.length && this.carveList[j] < k) {
      let after = this.carveShares.sumBefore(j + 1);
      while (after.lte(this.t.ratchetExemptValue)) {
        changed.push(this.carveList[j]);
        j++;
        if (j >= this.carveList.length || this.carveList[j] >= k) break;
        after = after.plus(this.contribution[j]);
      }
    }
    this.carvedOut = j;
  }

  private setExcess(pos: number, excess: Dec): void {
    this.excess[this.planIndex[pos]] = excess;
    const e = this.events[pos];
    this.setContribution(pos, carveOutContribution(this.t, e.day, excess, e.d));
  }

  private setContribution(pos: number, contribution: Dec): void {
    const c = this.carveIndex[pos];
    if (c < 0) return; // does not count toward the carve-out: always 0
    const delta = contribution.minus(this.contribution[c]);
    if (delta.isZero()) return;
    this.carveOutMoved = true;
    this.contribution[c] = contribution;
    this.carveShares.change(c, delta);
    this.carveOutValue = this.carveOutValue.plus(delta);
  }

  /** Position `pos`'s quote and ratchet from its inputs now (`issuance` computes the same when applying in order). */
  private reprice(pos: number): void {
    const e = this.events[pos];
    const issued = this.issued[pos];
    const plan = this.planIndex[pos];
    this.quote[pos] = issuanceQuote(e, plan >= 0 ? this.excess[plan] : undefined, issued);
    const c = this.carveIndex[pos];
    this.ratchet[pos] = e.day < this.ratchetEndDay && !(c >= 0 && c < this.carvedOut) ? 1 : 0;
  }

  /**
   * Re-runs the price from each changed position (ascending) up to position
   * k − 1, stopping a run where the new price meets the stored one.
   */
  private rerun(changed: number[], k: number): void {
    let next = 0;
    while (next < changed.length) {
      let j = changed[next];
      let price = j === 0 ? this.t.initialConversionPrice : this.priceAfter[j - 1];
      let approx = j === 0 ? approxNumber(price) : this.approxAfter[j - 1];
      let exactPrice = j === 0 ? this.exactInitial : this.exactAfter[j - 1];
      for (; j < k; j++) {
        while (next < changed.length && changed[next] <= j) next++;
        const [now, exactNow] = this.priceAt(j, price, approx, exactPrice);
        if (now !== price) approx = approxNumber(now);
        // the same price, exactly (the same exact value: a floor, a ratchet, or the same price carried on)
        const met = exactNow === this.exactAfter[j];
        this.priceAfter[j] = now;
        this.approxAfter[j] = approx;
        this.exactAfter[j] = exactNow;
        price = now;
        exactPrice = exactNow;
        if (met) break; // same price, same inputs up to the next changed position
      }
      if (j >= k) break;
    }
  }

  /** The price after position j given the price before it, from the position's current inputs (and exactly). */
  private priceAt(j: number, price: Dec, approx: number, exactPrice: ExactValue): [Dec, ExactValue] {
    const factor = this.factorAt(j);
    if (factor) return [price.times(factor), this.scaledExact(exactPrice, this.exactFloorAt(j), this.exactFloorAfter(j), this.exactFactorAt(j)!)];
    const q = this.quote[j];
    if (!q) return [price, exactPrice];
    const outcome = exactOutcome(price, approx, this.floorAt(j), this.floorApproxAt(j), q, this.ratchet[j] === 1, {
      price: exactPrice,
      floor: this.exactFloorAt(j),
    });
    return [outcome.price, outcome.exact];
  }

  /** A price × a split factor, exactly: a price at the floor stays at the floor when the floor follows splits. */
  private scaledExact(price: ExactValue, floorBefore: ExactValue, floorAfter: ExactValue, factor: Ratio): ExactValue {
    return price === floorBefore && this.t.floorAdjustedForSplits ? floorAfter : price.then((p) => p.times(factor));
  }
}

/**
 * The fixed-point bits of the price tree for this table (priceTree.ts): every price lies between
 * min(initial price, floor) and the initial price, scaled by the split factor, so 120 bits below the
 * smallest one keep every price to 1e-33. Undefined when the prices are too far apart (the stepwise re-runs then).
 */
function fixedPointBits(t: SeriesCTerms, events: readonly CorporateEvent[], n: number): number | undefined {
  let factor = 1;
  let low = 1;
  let high = 1;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    if (e.type === "SPLIT") factor /= e.approx.a;
    else if (e.type === "STOCKDIV") factor *= e.approx.a / (e.approx.a + e.approx.b);
    else continue;
    low = Math.min(low, factor);
    high = Math.max(high, factor);
  }
  const initial = approxNumber(t.initialConversionPrice);
  const lv = approxNumber(t.liquidationValue);
  const floorLow = t.floorAdjustedForSplits ? lv : lv / high;
  const min = low * Math.min(initial, floorLow);
  const max = initial * high;
  if (!(min > 0) || !Number.isFinite(max)) return undefined;
  const bits = 120 + Math.ceil(Math.log2(max / min)) + Math.max(0, Math.ceil(-Math.log2(min)));
  return bits + Math.log2(max) < 900 ? bits : undefined;
}

const ascending = (x: number, y: number): number => x - y;

/** An issuance's outcome and the piece of its map the price after is on (`tripleOutcome`'s are shared: read only). */
type Outcome = Readonly<AuditOutcome & { piece: number }>;
const NOT_DILUTIVE: Outcome = { dilutive: false, belowFloor: false, floorBinds: false, piece: 0 };
const FLOOR_BINDS: Outcome = { dilutive: true, belowFloor: true, floorBinds: true, piece: 0 };
const AT_FLOOR: Outcome = { dilutive: true, belowFloor: true, floorBinds: false, piece: 1 };
const RATCHETED: Outcome = { dilutive: true, belowFloor: false, floorBinds: false, piece: 1 };
// the weighted average: the map's last piece, after the Effective Price (1 breakpoint) or the floor's two
const WEIGHTED_FIRST: Outcome = { dilutive: true, belowFloor: false, floorBinds: false, piece: 1 };
const WEIGHTED_SECOND: Outcome = { dilutive: true, belowFloor: false, floorBinds: false, piece: 2 };

/** `map`'s first piece (the identity) reaches at least as far as `than`'s (a map without breakpoints is the identity throughout). */
function identityReaches(map: EventMap, than: EventMap): boolean {
  if (map.breakpoints.length === 0) return true;
  return than.breakpoints.length > 0 && map.breakpoints[0] >= than.breakpoints[0];
}

/** §5(f)/(g): a SPLIT's 1/a, a STOCKDIV's a/(a + b), exactly. */
function exactSplitFactor(e: CorporateEvent): Ratio {
  const a = Ratio.of(e.a);
  return e.type === "SPLIT" ? new Ratio(BigInt(1)).div(a) : a.div(a.plus(Ratio.of(e.b)));
}

/** The weighted average's whole numbers as doubles when each is one exactly (priceTree.ts `EventMap.whole`). */
function wholeParts(c: bigint, b: bigint, after: bigint): EventMap["whole"] {
  const d = Number(after); // ≥ c
  const n = Number(b);
  return Number.isSafeInteger(d) && Number.isSafeInteger(n) && n < d * 2 ** 40 ? { c: Number(c), b: n, after: d } : undefined;
}

/** A plan-option count (a number while whole, antiDilution.ts `planCount`) below the cap. */
function belowCap(count: Dec | number, cap: Dec, capWhole: number | undefined): boolean {
  return typeof count === "number" && capWhole !== undefined ? count < capWhole : planCount(count).lt(cap);
}

/** Two exact share counts are equal (in doubles when both are whole). */
function sameCount(a: Dec, b: Dec): boolean {
  if (a === b) return true;
  const x = wholeDouble(a);
  const y = x === undefined ? undefined : wholeDouble(b);
  return y !== undefined ? x === y : a.eq(b);
}

function isIssuance(type: EventType): boolean {
  return EVENT_TYPE_TABLE[type].effect === "issuance";
}
