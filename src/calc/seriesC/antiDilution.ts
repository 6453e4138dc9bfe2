import { Dec, EXACT_ZERO, ONE, approxNumber, exact, exactPlus, maxDec, minDec, wholeDouble, wholeExact } from "../core/decimal";
import { ExactValue, Ratio } from "../core/exactValue";
import { unhandled } from "../core/errors";
import { Day } from "../time/civil";
import { CorporateEvent, cellText } from "./events";
import { TypesOf } from "./eventTypes";
import { ratchetEnd } from "./keyDates";
import { SeriesCTerms } from "./terms";

/** What the adjustment machinery carries from one event to the next. */
export interface PriceState {
  price: Dec;
  /** Product of the §5(f)/(g) factors applied so far (1 = none). */
  splitFactor: Dec;
  /** Stock Option Plan options granted so far (§5(k)(4)(B) cap); an exact sum. */
  planOptions: Dec;
  /** FMV of shares and options issued before the 18-month anniversary (§5(k)(4)(E)); an exact sum. */
  carveOutValue: Dec;
}

export interface StepResult {
  state: PriceState;
  rule: string;
  note: string;
  effectivePrice?: Dec;
}

/** The shares and consideration an expired RIGHTS/PLANOPTION event is replayed with (Cert §5(k)(3)). */
export interface Issued {
  shares: Dec;
  consideration: Dec;
  /** The same as doubles (see IssueQuote). */
  sharesApprox: number;
  considerationApprox: number;
}

export function initialState(t: SeriesCTerms): PriceState {
  return { price: t.initialConversionPrice, splitFactor: ONE, planOptions: EXACT_ZERO, carveOutValue: EXACT_ZERO };
}

/**
 * The floor no price-based adjustment goes below: the Liquidation Value
 * (Cert §5(k)(1), (5)), scaled like the price by splits and stock dividends
 * unless term floorAdjustedForSplits is FALSE (docs/interpretations.md).
 */
export function priceFloor(t: SeriesCTerms, splitFactor: Dec): Dec {
  return t.floorAdjustedForSplits ? t.liquidationValue.times(splitFactor) : t.liquidationValue;
}

// ---------------------------------------------------------------- §5(f), (g)

/** What a type that scales the price (effect "scale" in eventTypes.ts) multiplies it by, and its audit line; one entry per such type. */
const SCALE: Record<TypesOf<"scale">, { factor(e: CorporateEvent): Dec; audit(e: CorporateEvent): { rule: string; note: string } }> = {
  // §5(f): a subdivision lowers the price, a combination raises it.
  SPLIT: {
    factor: (e) => ONE.div(e.a),
    audit: (e) => ({ rule: e.a.gte(1) ? "§5(f) subdivision" : "§5(f) combination", note: `price × 1/${cellText(e.approx.a)}` }),
  },
  // §5(g)
  STOCKDIV: {
    factor: (e) => e.a.div(e.a.plus(e.b)),
    audit: (e) => ({ rule: "§5(g) stock dividend", note: `price × ${cellText(e.approx.a)}/(${cellText(e.approx.a)} + ${cellText(e.approx.b)})` }),
  },
};

/** Called for the types whose effect is "scale" only (applyEvent, replay.ts and conversionPrice.ts select them). */
const scaleOf = (e: CorporateEvent): (typeof SCALE)[TypesOf<"scale">] => SCALE[e.type as TypesOf<"scale">];

/** §5(f)/(g): the factor a SPLIT or STOCKDIV event multiplies the price by. */
export function splitEventFactor(e: CorporateEvent): Dec {
  return scaleOf(e).factor(e);
}

/** The audit line of a SPLIT (§5(f)) or STOCKDIV (§5(g)). */
export function scaleAudit(e: CorporateEvent): { rule: string; note: string } {
  return scaleOf(e).audit(e);
}

function scale(s: PriceState, e: CorporateEvent): StepResult {
  const factor = splitEventFactor(e);
  return { state: { ...s, price: s.price.times(factor), splitFactor: s.splitFactor.times(factor) }, ...scaleAudit(e) };
}

// ---------------------------------------------------------------- §5(k)

/**
 * An issue (or deemed issue) of Additional Shares of Common Stock: `shares`
 * for `consideration`, `outstanding` deemed outstanding before (§5(k)(1)).
 * The doubles are the same numbers rounded to binary, for `issueOutcome`'s
 * quick decisions; the Decimals decide whenever the doubles cannot.
 */
export interface IssueQuote {
  readonly shares: Dec;
  readonly consideration: Dec;
  readonly outstanding: Dec;
  readonly sharesApprox: number;
  readonly considerationApprox: number;
  readonly outstandingApprox: number;
  /** §5(k)(4) Effective Price, computed when first needed. */
  effective?: Dec;
  /** outstanding + shares, computed when first needed. */
  after?: Dec;
  /** `shares` and `consideration` are the Decimals of the doubles `sharesApprox` and `considerationApprox`: the user's own cells, not figures computed from them. */
  readonly typed?: boolean;
  /** The consideration exactly, when `consideration` is a rounded quotient (plan options pro rata). */
  readonly exactConsideration?: Ratio;
  /** The Effective Price exactly, computed when first needed (`exactOutcome`). */
  exactEffective?: ExactValue;
}

export function issueQuote(
  shares: Dec,
  consideration: Dec,
  outstanding: Dec,
  approx?: { shares: number; consideration: number; outstanding: number },
): IssueQuote {
  return {
    shares,
    consideration,
    outstanding,
    sharesApprox: approx?.shares ?? approxNumber(shares),
    considerationApprox: approx?.consideration ?? approxNumber(consideration),
    outstandingApprox: approx?.outstanding ?? approxNumber(outstanding),
  };
}

/**
 * An event's own quote (or, after an expiry, the shares actually issued for
 * the consideration received): its Decimals are read from the event only when
 * the doubles cannot decide (most events of a long table never need them).
 */
class EventQuote implements IssueQuote {
  effective?: Dec;
  after?: Dec;
  readonly typed = true; // an event's cells, or an EXPIRE row's
  readonly sharesApprox: number;
  readonly considerationApprox: number;
  readonly outstandingApprox: number;

  constructor(
    private readonly event: CorporateEvent,
    private readonly issued: Issued | undefined,
  ) {
    this.sharesApprox = issued ? issued.sharesApprox : event.approx.a;
    this.considerationApprox = issued ? issued.considerationApprox : event.approx.b;
    this.outstandingApprox = event.approx.c;
  }

  get shares(): Dec {
    return this.issued ? this.issued.shares : this.event.a;
  }
  get consideration(): Dec {
    return this.issued ? this.issued.consideration : this.event.b;
  }
  get outstanding(): Dec {
    return this.event.c;
  }
}

/** §5(k)(4): the Effective Price, consideration / shares. */
export function effectivePrice(q: IssueQuote): Dec {
  return (q.effective ??= q.consideration.div(q.shares));
}

export interface IssueOutcome {
  price: Dec;
  /** The Effective Price is below the price before (§5(k)(1)). */
  dilutive: boolean;
  /** The adjusted price before the floor is below the floor. */
  belowFloor: boolean;
}

// Doubles decide only when they are this far (relative) from a tie: their
// error is below 1e-15 (a few roundings of inputs that are doubles already),
// the Decimals' below 1e-39, so a decision taken here is the one the Decimal
// arithmetic would take. Inputs outside [1e-150, 1e150] always use Decimals.
const MARGIN = 1e-12;
const usable = (x: number): boolean => x >= 1e-150 && x <= 1e150;

/**
 * The price after an issuance (Cert §5(k)(1), (5)): unchanged unless the
 * Effective Price is below it; otherwise the weighted average — or, under the
 * full ratchet, the lower of it and the Effective Price — never above the
 * price before and never below the floor. Exactly the Decimal formula: the
 * doubles (`priceApprox`, `floorApprox`, the quote's) only skip Decimal work
 * whose result they already know for certain. Every path — the audit trail,
 * the readjustment replay — uses this one function.
 */
export function issueOutcome(price: Dec, priceApprox: number, floor: Dec, floorApprox: number, q: IssueQuote, ratchet: boolean): IssueOutcome {
  const quick =
    usable(priceApprox) &&
    usable(floorApprox) &&
    usable(q.sharesApprox) &&
    usable(q.outstandingApprox) &&
    (q.considerationApprox === 0 || usable(q.considerationApprox));
  const epApprox = q.considerationApprox / q.sharesApprox;
  let dilutive: boolean;
  if (quick && epApprox >= priceApprox * (1 + MARGIN)) dilutive = false;
  else if (quick && epApprox <= priceApprox * (1 - MARGIN)) dilutive = true;
  else dilutive = effectivePrice(q).lt(price);
  if (!dilutive) return { price, dilutive, belowFloor: false };
  if (quick) {
    const weighted = (priceApprox * q.outstandingApprox + q.considerationApprox) / (q.outstandingApprox + q.sharesApprox);
    const candidate = ratchet ? Math.min(weighted, epApprox) : weighted;
    if (candidate <= floorApprox * (1 - MARGIN)) return { price: minDec(price, floor), dilutive, belowFloor: true };
  }
  const weighted = price
    .times(q.outstanding)
    .plus(q.consideration)
    .div((q.after ??= q.outstanding.plus(q.shares))); // §5(k)(1)
  const candidate = ratchet ? minDec(weighted, effectivePrice(q)) : weighted; // §5(k)(5)
  return { price: minDec(price, maxDec(floor, candidate)), dilutive, belowFloor: floor.gt(candidate) };
}

/** The price and the floor before an issuance, exactly (evaluated only to decide a tie). */
export interface ExactBefore {
  price: ExactValue;
  floor: ExactValue;
}

export interface ExactOutcome extends IssueOutcome {
  /** The price after, exactly: `before.price`, `before.floor`, the Effective Price or the weighted average. */
  exact: ExactValue;
}

/** Decimals this close (relative) may be a tie: far above the error of the replay's prices (below 1e-35). */
const TIE = new Dec("1e-32");

/** The sign of a − b: from the Decimals when they are clearly apart, otherwise from the exact values. */
function decide(a: Dec, b: Dec, exactA: () => ExactValue, exactB: () => ExactValue): number {
  const diff = a.minus(b);
  if (diff.abs().gt(TIE.times(a.abs().plus(b.abs())))) return diff.isNeg() ? -1 : 1;
  return exactA().cmp(exactB());
}

/** §5(k)(4): the Effective Price exactly. */
export function exactEffectivePrice(q: IssueQuote): ExactValue {
  return (q.exactEffective ??= ExactValue.of(() => (q.exactConsideration ?? Ratio.of(q.consideration)).div(Ratio.of(q.shares))));
}

/**
 * `issueOutcome` with every decision the exact one (Cert §5(k)(1), (5)): the
 * Effective Price against the price, the candidate against the floor, the
 * floor against the price. Doubles decide when they are 1e-12 apart, the
 * Decimals when they are 1e-32 apart, the exact values otherwise (a tie, or
 * all but: a price reached through splits by thirds equal to an Effective
 * Price, a weighted average landing on the floor). Also returns the price
 * after as an exact value, for the next decisions.
 */
export function exactOutcome(
  price: Dec,
  priceApprox: number,
  floor: Dec,
  floorApprox: number,
  q: IssueQuote,
  ratchet: boolean,
  before: ExactBefore,
): ExactOutcome {
  const quick =
    usable(priceApprox) &&
    usable(floorApprox) &&
    usable(q.sharesApprox) &&
    usable(q.outstandingApprox) &&
    (q.considerationApprox === 0 || usable(q.considerationApprox));
  const epApprox = q.considerationApprox / q.sharesApprox;
  let dilutive: boolean;
  if (quick && epApprox >= priceApprox * (1 + MARGIN)) dilutive = false;
  else if (quick && epApprox <= priceApprox * (1 - MARGIN)) dilutive = true;
  else
    dilutive =
      decide(
        effectivePrice(q),
        price,
        () => exactEffectivePrice(q),
        () => before.price,
      ) < 0;
  if (!dilutive) return { price, dilutive, belowFloor: false, exact: before.price };
  let belowFloor: boolean | undefined;
  if (quick) {
    const weighted = (priceApprox * q.outstandingApprox + q.considerationApprox) / (q.outstandingApprox + q.sharesApprox);
    const candidate = ratchet ? Math.min(weighted, epApprox) : weighted;
    if (candidate <= floorApprox * (1 - MARGIN)) belowFloor = true;
    else if (candidate >= floorApprox * (1 + MARGIN)) belowFloor = false;
  }
  // §5(k)(5): under the full ratchet the candidate is the Effective Price (the weighted average is never below it).
  const candidateExact = (): ExactValue => (ratchet ? exactEffectivePrice(q) : exactWeighted(before.price, q));
  let candidate: Dec | undefined;
  const candidateDec = (): Dec => {
    if (candidate) return candidate;
    const weighted = price
      .times(q.outstanding)
      .plus(q.consideration)
      .div((q.after ??= q.outstanding.plus(q.shares))); // §5(k)(1)
    return (candidate = ratchet ? minDec(weighted, effectivePrice(q)) : weighted); // §5(k)(5)
  };
  belowFloor ??= decide(floor, candidateDec(), () => before.floor, candidateExact) > 0;
  if (belowFloor) {
    // min(price, floor): the floor binds (no reduction) when it is at or above the price
    let binds: boolean;
    if (quick && floorApprox >= priceApprox * (1 + MARGIN)) binds = true;
    else if (quick && floorApprox <= priceApprox * (1 - MARGIN)) binds = false;
    else
      binds =
        decide(
          floor,
          price,
          () => before.floor,
          () => before.price,
        ) >= 0;
    return binds ? { price, dilutive, belowFloor, exact: before.price } : { price: floor, dilutive, belowFloor, exact: before.floor };
  }
  return { price: minDec(price, candidateDec()), dilutive, belowFloor, exact: candidateExact() };
}

/** §5(k)(1): (P × outstanding + consideration) / (outstanding + shares), exactly. */
export function exactWeighted(price: ExactValue, q: IssueQuote): ExactValue {
  return price.then((p) => {
    const outstanding = Ratio.of(q.outstanding);
    return p
      .times(outstanding)
      .plus(q.exactConsideration ?? Ratio.of(q.consideration))
      .div(outstanding.plus(Ratio.of(q.shares)));
  });
}

/** §5(k)(4)(E): what an issue of `shares` at `fmvPerShare` adds to the carve-out total (exact). */
export function carveOutContribution(t: SeriesCTerms, day: Day, shares: Dec, fmvPerShare: Dec | undefined): Dec {
  return day < ratchetEnd(t) && fmvPerShare !== undefined ? exact(shares).times(fmvPerShare) : EXACT_ZERO;
}

/** §5(k)(4)(E): an issue before the 18-month anniversary with an FMV, while the total including it stays within $5.0 million. */
export function isCarvedOut(t: SeriesCTerms, day: Day, fmvPerShare: Dec | undefined, carveOutAfter: Dec): boolean {
  return day < ratchetEnd(t) && fmvPerShare !== undefined && carveOutAfter.lte(t.ratchetExemptValue);
}

/**
 * §5(k)(4)(B): the part of a grant of `shares` plan options above the cap,
 * given `before` granted so far (exact: max(0, after − cap) − max(0, before − cap)).
 */
export function planOptionExcess(t: SeriesCTerms, before: Dec | number, shares: Dec): Dec {
  // share counts are whole numbers: in doubles, exactly (the grant itself when all of it is above the cap)
  const wb = typeof before === "number" ? before : wholeDouble(before);
  const ws = wb === undefined ? undefined : wholeDouble(shares);
  const cap = ws === undefined ? undefined : wholeDouble(t.planOptionCap);
  if (cap !== undefined && Number.isSafeInteger(wb! + ws!)) {
    const after = wb! + ws!;
    return after <= cap ? EXACT_ZERO : wb! >= cap ? shares : wholeExact(after - cap);
  }
  const b = exact(planCount(before));
  const after = b.plus(shares);
  if (after.lte(t.planOptionCap)) return EXACT_ZERO;
  return b.gt(t.planOptionCap) ? after.minus(b) : after.minus(t.planOptionCap);
}

/**
 * The quote an ISSUE, RIGHTS or PLANOPTION event prices with (undefined: it
 * cannot move the price). `shares`/`consideration` are the event's own or,
 * after an expiry, those actually issued and received (§5(k)(3)); for plan
 * options only the `excess` above the cap counts, with the consideration pro
 * rata (§5(k)(4)(B)).
 */
export function issuanceQuote(e: CorporateEvent, excess: Dec | undefined, issued: Issued | undefined): IssueQuote | undefined {
  if ((issued ? issued.sharesApprox : e.approx.a) === 0) return undefined; // no shares issued
  if (e.type !== "PLANOPTION") return new EventQuote(e, issued);
  if (excess === undefined || excess.isZero() || excess.isNegative()) return undefined;
  const granted = issued ? issued.shares : e.a;
  // all of the grant above the cap: its own cells, the consideration pro rata being all of it
  return excess === granted || excess.eq(granted) ? new EventQuote(e, issued) : new PlanExcessQuote(e, issued, excess);
}

/**
 * §5(k)(4)(B): the options above the plan cap, priced as rights with the
 * consideration pro rata — consideration × excess / shares, in Decimal only
 * when the doubles cannot decide (their few roundings stay far inside the
 * 1e-12 margin of `issueOutcome`).
 */
class PlanExcessQuote implements IssueQuote {
  effective?: Dec;
  after?: Dec;
  private proRata?: Dec;
  private exactProRata?: Ratio;
  readonly sharesApprox: number;
  readonly considerationApprox: number;
  readonly outstandingApprox: number;

  constructor(
    private readonly event: CorporateEvent,
    private readonly issued: Issued | undefined,
    readonly shares: Dec,
  ) {
    this.sharesApprox = approxNumber(shares);
    const granted = issued ? issued.sharesApprox : event.approx.a;
    this.considerationApprox = ((issued ? issued.considerationApprox : event.approx.b) * this.sharesApprox) / granted;
    this.outstandingApprox = event.approx.c;
  }

  get consideration(): Dec {
    const granted = this.issued ? this.issued.shares : this.event.a;
    return (this.proRata ??= (this.issued ? this.issued.consideration : this.event.b).times(this.shares).div(granted));
  }
  get exactConsideration(): Ratio {
    const granted = this.issued ? this.issued.shares : this.event.a;
    return (this.exactProRata ??= Ratio.of(this.issued ? this.issued.consideration : this.event.b)
      .times(Ratio.of(this.shares))
      .div(Ratio.of(granted)));
  }
  get outstanding(): Dec {
    return this.event.c;
  }
}

/** A plan-option count as a Decimal (`Issuance.planOptions`). */
export function planCount(x: Dec | number): Dec {
  return typeof x === "number" ? wholeExact(x) : x;
}

/** A plan-option count plus options granted (or less those lapsed): a number while both are whole and the sum stays below 2^53 (`planCount`). */
export function addToCount(count: Dec | number, options: Dec | number): Dec | number {
  if (typeof count === "number") {
    const n = typeof options === "number" ? options : wholeDouble(options);
    if (n !== undefined && Number.isSafeInteger(count + n)) return count + n;
  }
  return exactPlus(planCount(count), planCount(options));
}

/** What an ISSUE, RIGHTS or PLANOPTION event does apart from the price: the counts after it and how it is priced. */
export interface Issuance {
  /** No shares issued (an expiry with nothing exercised, §5(k)(3)). */
  none: boolean;
  /** A whole count below 2^53 may be a number (`planCount`). */
  planOptions: Dec | number;
  carveOutValue: Dec;
  /** Plan options above the cap (PLANOPTION only). */
  excess?: Dec;
  /** Undefined: no shares, or plan options within the cap — no price effect. */
  quote?: IssueQuote;
  /** §5(k)(4)(E) applies: weighted average only. */
  carvedOut: boolean;
  /** §5(k)(5) full ratchet: before the 18-month anniversary and not carved out. */
  ratchet: boolean;
}

/**
 * `planOptionsBefore`, `carveOutBefore`: the plan-option count and the carve-out total before the event (exact;
 * the count may be a number while it and every grant are whole numbers below 2^53: share counts, in doubles exactly).
 */
export function issuance(t: SeriesCTerms, planOptionsBefore: Dec | number, carveOutBefore: Dec, e: CorporateEvent, issued: Issued | undefined): Issuance {
  const none = (issued ? issued.sharesApprox : e.approx.a) === 0;
  let planOptions = planOptionsBefore;
  let excess: Dec | undefined;
  if (e.type === "PLANOPTION") {
    const shares = issued ? issued.shares : e.a;
    excess = planOptionExcess(t, planOptionsBefore, shares); // §5(k)(4)(B)
    planOptions = addToCount(planOptionsBefore, shares);
  }
  const quote = issuanceQuote(e, excess, issued);
  const early = e.day < ratchetEnd(t);
  // §5(k)(4)(E): issues before the 18-month anniversary count toward the $5.0M carve-out.
  const carveOutValue = quote && early && e.approx.d !== undefined ? carveOutBefore.plus(carveOutContribution(t, e.day, quote.shares, e.d)) : carveOutBefore;
  const carvedOut = early && e.approx.d !== undefined && isCarvedOut(t, e.day, e.d, carveOutValue);
  return { none, planOptions, carveOutValue, excess, quote, carvedOut, ratchet: early && !carvedOut };
}

/** What the audit line of an issuance says of its outcome. */
export interface AuditOutcome {
  dilutive: boolean;
  belowFloor: boolean;
  /** Below the floor, and the floor at or above the price before: no reduction. */
  floorBinds: boolean;
}

/**
 * The audit line of an issuance (Cert §5(l)): the rule applied and why.
 * `quote`: the line's Effective Price is its `effectivePrice` (left to the reader to compute: a
 * Decimal division that SERIESC_ADJUSTMENTS can often do without).
 */
export function issuanceAudit(
  t: SeriesCTerms,
  e: CorporateEvent,
  x: Pick<Issuance, "none" | "quote" | "planOptions" | "ratchet" | "carvedOut">,
  outcome: AuditOutcome | undefined,
): { rule: string; note: string; quote?: IssueQuote } {
  if (x.none) return { rule: "none", note: "no shares issued: no adjustment (§5(k)(3))" };
  if (!x.quote || !outcome)
    return { rule: "§5(k)(4)(B) exempt", note: `plan options ${x.planOptions.toString()} within the cap of ${t.planOptionCap.toString()}` };
  let rule: string;
  let note: string;
  if (!outcome.dilutive) {
    rule = "none";
    note = "effective price not below the conversion price (§5(k)(1))";
  } else {
    rule = x.ratchet ? "§5(k)(5) full ratchet" : "§5(k)(1) weighted average";
    const notes: string[] = [];
    if (x.carvedOut) notes.push("within the §5(k)(4)(E) carve-out: weighted average only");
    if (e.day < ratchetEnd(t) && e.d === undefined) notes.push("no FMV given: not exempt from the full ratchet");
    if (outcome.belowFloor) notes.push(outcome.floorBinds ? "floor (Liquidation Value) binds: no reduction" : "limited by the floor (Liquidation Value)");
    note = notes.join("; ");
  }
  if (e.type === "PLANOPTION") {
    const excessNote = `${x.quote.shares.toString()} options above the plan cap treated as rights (§5(k)(3))`;
    note = note ? `${excessNote}; ${note}` : excessNote;
  }
  return { rule, note, quote: x.quote };
}

/**
 * One event applied to the state, with its audit line (an EXPIRE is the
 * replay's business and leaves the state as it is here). `issued` replaces
 * the shares and consideration of an expired RIGHTS/PLANOPTION event (§5(k)(3)).
 */
export function applyEvent(t: SeriesCTerms, s: PriceState, e: CorporateEvent, issued: Issued | undefined): StepResult {
  switch (e.type) {
    case "SPLIT":
    case "STOCKDIV":
      return scale(s, e);
    case "EXEMPT":
      return { state: s, ...exemptAudit(e) };
    case "EXPIRE":
      return { state: s, rule: "", note: "" };
    case "ISSUE":
    case "RIGHTS":
    case "PLANOPTION":
      break;
    default:
      return unhandled(e.type);
  }
  const x = issuance(t, s.planOptions, s.carveOutValue, e, issued);
  const floor = priceFloor(t, s.splitFactor);
  const outcome = x.quote ? issueOutcome(s.price, approxNumber(s.price), floor, approxNumber(floor), x.quote, x.ratchet) : undefined;
  const price = outcome ? outcome.price : s.price;
  const audit = issuanceAudit(t, e, x, outcome && { ...outcome, floorBinds: outcome.belowFloor && price.eq(s.price) });
  const state = { ...s, price, planOptions: planCount(x.planOptions), carveOutValue: x.carveOutValue };
  return { state, rule: audit.rule, note: audit.note, effectivePrice: audit.quote && effectivePrice(audit.quote) };
}

/** §5(k)(4)(A), (C), (D): shares that are not Additional Shares of Common Stock. */
export function exemptAudit(e: CorporateEvent): { rule: string; note: string } {
  return { rule: "§5(k)(4) exempt", note: `${cellText(e.approx.a)} shares excluded from Additional Shares of Common Stock` };
}

/** What an EXPIRE row says the expired event actually issued and received (Cert §5(k)(3)). */
export function expiredIssue(e: CorporateEvent): Issued {
  return new ExpiredIssue(e);
}

class ExpiredIssue implements Issued {
  readonly sharesApprox: number;
  readonly considerationApprox: number;
  constructor(private readonly e: CorporateEvent) {
    this.sharesApprox = e.approx.b;
    this.considerationApprox = e.approx.c;
  }
  get shares(): Dec {
    return this.e.b; // the Decimals are built only when needed
  }
  get consideration(): Dec {
    return this.e.c;
  }
}
