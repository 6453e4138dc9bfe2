/**
 * The reference of the events replay: the literal reading of Cert §5(k)(3)
 * (naiveReplay.ts's logic — at every EXPIRE, replay every earlier event from
 * the initial price as if each expired event had issued only the shares
 * actually issued, for the consideration actually received) evaluated in
 * exact rational arithmetic: no rounding anywhere, so every comparison (the
 * Effective Price against the price, the floor, the full ratchet) is the
 * certificate's own. src/calc/seriesC/replay.ts must agree with it to 1e-30
 * (relative) on every price, state and audit line, and take every branch it
 * takes (docs/interpretations.md "Exact arithmetic of the conversion price").
 *
 * The counts (plan options, carve-out total) are exact sums in the engine
 * too (core/decimal.ts `Exact`): they come from antiDilution.ts `issuance`;
 * every price, quotient and product is a Rational here. The audit texts are
 * built by antiDilution.ts `issuanceAudit` from the exact decisions.
 */
import { Dec } from "../../../src/calc/core/decimal";
import {
  Issued,
  PriceState,
  exemptAudit,
  expiredIssue,
  initialState,
  issuance,
  issuanceAudit,
  planCount,
  scaleAudit,
} from "../../../src/calc/seriesC/antiDilution";
import { PriceHistory } from "../../../src/calc/seriesC/conversionPrice";
import { CorporateEvent, EventType, cellText } from "../../../src/calc/seriesC/events";
import { SeriesCTerms } from "../../../src/calc/seriesC/terms";
import { Day } from "../../../src/calc/time/civil";
import { Rational } from "../../support/rational";

export interface ExactState {
  price: Rational;
  splitFactor: Rational;
  planOptions: Dec;
  carveOutValue: Dec;
}

export interface ExactAdjustment {
  row: number;
  day: Day;
  type: EventType;
  effectivePrice?: Rational;
  rule: string;
  before: Rational;
  after: Rational;
  note: string;
}

export interface ExactHistory {
  price: Rational;
  adjustments: ExactAdjustment[];
  state: ExactState;
  steps: { day: Day; state: ExactState }[];
}

const R = (x: Dec | number): Rational => Rational.of(x);

function start(t: SeriesCTerms): ExactState {
  const s = initialState(t);
  return { price: R(s.price), splitFactor: new Rational(BigInt(1)), planOptions: s.planOptions, carveOutValue: s.carveOutValue };
}

/** One event applied exactly (an EXPIRE leaves the state; the replay re-runs the history). */
function apply(
  t: SeriesCTerms,
  s: ExactState,
  e: CorporateEvent,
  issued: Issued | undefined,
): { state: ExactState; rule: string; note: string; effectivePrice?: Rational } {
  switch (e.type) {
    case "SPLIT": {
      const factor = new Rational(BigInt(1)).div(R(e.a)); // §5(f)
      return { state: { ...s, price: s.price.times(factor), splitFactor: s.splitFactor.times(factor) }, ...scaleAudit(e) };
    }
    case "STOCKDIV": {
      const factor = R(e.a).div(R(e.a).plus(R(e.b))); // §5(g)
      return { state: { ...s, price: s.price.times(factor), splitFactor: s.splitFactor.times(factor) }, ...scaleAudit(e) };
    }
    case "EXEMPT":
      return { state: s, ...exemptAudit(e) };
    case "EXPIRE":
      return { state: s, rule: "", note: "" };
    default:
      break;
  }
  const x = issuance(t, s.planOptions, s.carveOutValue, e, issued);
  const next: ExactState = { ...s, planOptions: planCount(x.planOptions), carveOutValue: x.carveOutValue };
  if (!x.quote) {
    const audit = issuanceAudit(t, e, x, undefined);
    return { state: next, rule: audit.rule, note: audit.note };
  }
  // The quote exactly: for plan options the excess above the cap, with the consideration pro rata (§5(k)(4)(B)).
  const granted = R(issued ? issued.shares : e.a);
  const paid = R(issued ? issued.consideration : e.b);
  const shares = R(x.quote.shares);
  const consideration = e.type === "PLANOPTION" ? paid.times(shares).div(granted) : paid;
  const outstanding = R(e.c);
  const effective = consideration.div(shares); // §5(k)(4)
  const price = s.price;
  const dilutive = effective.lt(price); // §5(k)(1)
  let after = price;
  let belowFloor = false;
  if (dilutive) {
    const floor = t.floorAdjustedForSplits ? R(t.liquidationValue).times(s.splitFactor) : R(t.liquidationValue);
    const weighted = price.times(outstanding).plus(consideration).div(outstanding.plus(shares)); // §5(k)(1)
    const candidate = x.ratchet ? Rational.min(weighted, effective) : weighted; // §5(k)(5)
    after = Rational.min(price, Rational.max(floor, candidate));
    belowFloor = floor.gt(candidate);
  }
  // issuanceAudit reads the outcome's decisions only: the exact ones.
  const audit = issuanceAudit(t, e, x, { dilutive, belowFloor, floorBinds: belowFloor && after.eq(price) });
  return { state: { ...next, price: after }, rule: audit.rule, note: audit.note, effectivePrice: effective };
}

function replayPrefix(t: SeriesCTerms, events: readonly CorporateEvent[], end: number, actual: Map<number, Issued>): ExactState {
  let s = start(t);
  for (let i = 0; i < end; i++) s = apply(t, s, events[i], actual.get(events[i].row)).state;
  return s;
}

export function exactPriceHistory(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): ExactHistory {
  let s = start(t);
  const actual = new Map<number, Issued>();
  const adjustments: ExactAdjustment[] = [];
  const steps: ExactHistory["steps"] = [];
  events.forEach((e, i) => {
    if (e.day > asOf) return;
    const before = s.price;
    if (e.type === "EXPIRE") {
      actual.set(e.approx.a, expiredIssue(e));
      s = replayPrefix(t, events, i, actual);
      const note = `rights of row ${cellText(e.approx.a)} expired: replayed as ${cellText(e.approx.b)} shares for ${cellText(e.approx.c)}`;
      adjustments.push({ row: e.row, day: e.day, type: e.type, rule: "§5(k)(3) readjustment", before, after: s.price, note });
    } else {
      const r = apply(t, s, e, actual.get(e.row));
      s = r.state;
      adjustments.push({ row: e.row, day: e.day, type: e.type, effectivePrice: r.effectivePrice, rule: r.rule, before, after: s.price, note: r.note });
    }
    steps.push({ day: e.day, state: s });
  });
  return { price: s.price, adjustments, state: s, steps };
}

/** The tolerance of the engine against the exact reference: 1e-30, relative. */
export const TOLERANCE = new Rational(BigInt(1), BigInt(10) ** BigInt(30));

/**
 * Where `h` (the engine's history) departs from the exact one: undefined when
 * every price, state and audit line agrees to 1e-30 (relative), the counts
 * exactly, the texts and branches identically; otherwise the first difference.
 */
export function differenceFromExact(h: PriceHistory, x: ExactHistory): string | undefined {
  const close = (what: string, got: Dec | undefined, want: Rational | undefined): string | undefined => {
    if (got === undefined || want === undefined) return got === want ? undefined : `${what}: got ${got?.toString()}, exact ${want?.toString()}`;
    return want.near(R(got), TOLERANCE) ? undefined : `${what}: got ${got.toString()}, exact ${want.toString()} (${want.toNumber()})`;
  };
  const state = (what: string, got: PriceState, want: ExactState): string | undefined =>
    close(`${what} price`, got.price, want.price) ??
    close(`${what} split factor`, got.splitFactor, want.splitFactor) ??
    (got.planOptions.eq(want.planOptions) ? undefined : `${what} plan options ${got.planOptions.toString()} ≠ ${want.planOptions.toString()}`) ??
    (got.carveOutValue.eq(want.carveOutValue) ? undefined : `${what} carve-out ${got.carveOutValue.toString()} ≠ ${want.carveOutValue.toString()}`);
  const top = close("price", h.price, x.price) ?? state("final state", h.state, x.state);
  if (top) return top;
  if (h.adjustments.length !== x.adjustments.length) return `${h.adjustments.length} audit lines, exact ${x.adjustments.length}`;
  for (let i = 0; i < x.adjustments.length; i++) {
    const a = h.adjustments[i];
    const b = x.adjustments[i];
    const where = `audit line ${i + 1} (row ${b.row}, ${b.type})`;
    if (a.row !== b.row || a.day !== b.day || a.type !== b.type) return `${where}: row/day/type ${a.row}/${a.day}/${a.type}`;
    if (a.rule !== b.rule || a.note !== b.note) return `${where}: rule/note "${a.rule}" / "${a.note}", exact "${b.rule}" / "${b.note}"`;
    const diff =
      close(`${where} effective price`, a.effectivePrice, b.effectivePrice) ??
      close(`${where} before`, a.before, b.before) ??
      close(`${where} after`, a.after, b.after);
    if (diff) return diff;
  }
  if (h.steps.length !== x.steps.length) return `${h.steps.length} steps, exact ${x.steps.length}`;
  for (let i = 0; i < x.steps.length; i++) {
    if (h.steps[i].day !== x.steps[i].day) return `step ${i + 1}: day ${h.steps[i].day} ≠ ${x.steps[i].day}`;
    const diff = state(`step ${i + 1}`, h.steps[i].state, x.steps[i].state);
    if (diff) return diff;
  }
  return undefined;
}
