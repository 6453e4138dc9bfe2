/**
 * The literal reading of Cert §5(k)(3) in 40-digit Decimals, kept as a second
 * test reference: at every EXPIRE, replay every earlier event from the initial
 * price as if each expired event had issued only the shares actually issued,
 * for the consideration actually received. Quadratic in the rows, and it
 * rounds every step: src/calc/seriesC/replay.ts agrees with it to 1e-30 and in
 * every text where its rounding took the exact branch (the reference proper is
 * the same replay in exact rationals, exactReplay.ts).
 */
import { Issued, PriceState, applyEvent, expiredIssue, initialState } from "../../../src/calc/seriesC/antiDilution";
import { PriceHistory } from "../../../src/calc/seriesC/conversionPrice";
import { CorporateEvent } from "../../../src/calc/seriesC/events";
import { Day } from "../../../src/calc/time/civil";
import { SeriesCTerms } from "../../../src/calc/seriesC/terms";

function replayPrefix(t: SeriesCTerms, events: readonly CorporateEvent[], end: number, actual: Map<number, Issued>): PriceState {
  let s = initialState(t);
  for (let i = 0; i < end; i++) s = applyEvent(t, s, events[i], actual.get(events[i].row)).state;
  return s;
}

export function naivePriceHistory(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): PriceHistory {
  let s = initialState(t);
  const actual = new Map<number, Issued>();
  const adjustments: PriceHistory["adjustments"] = [];
  const steps: PriceHistory["steps"] = [];
  events.forEach((e, i) => {
    if (e.day > asOf) return;
    const before = s.price;
    if (e.type === "EXPIRE") {
      actual.set(e.a.toNumber(), expiredIssue(e));
      s = replayPrefix(t, events, i, actual);
      const note = `rights of row ${e.a.toString()} expired: replayed as ${e.b.toString()} shares for ${e.c.toString()}`;
      adjustments.push({ row: e.row, day: e.day, type: e.type, rule: "§5(k)(3) readjustment", before, after: s.price, note });
      steps.push({ day: e.day, state: s });
      return;
    }
    const r = applyEvent(t, s, e, actual.get(e.row));
    s = r.state;
    adjustments.push({ row: e.row, day: e.day, type: e.type, effectivePrice: r.effectivePrice, rule: r.rule, before, after: s.price, note: r.note });
    steps.push({ day: e.day, state: s });
  });
  return { price: s.price, adjustments, state: s, steps };
}

/** A history as plain strings, for exact comparison (Decimal values by their full digits). */
export function historyText(h: PriceHistory): unknown {
  const state = (s: PriceState) => [s.price.toString(), s.splitFactor.toString(), s.planOptions.toString(), s.carveOutValue.toString()];
  return {
    price: h.price.toString(),
    state: state(h.state),
    adjustments: h.adjustments.map((a) => [a.row, a.day, a.type, a.effectivePrice?.toString() ?? "", a.rule, a.before.toString(), a.after.toString(), a.note]),
    steps: h.steps.map((s) => [s.day, ...state(s.state)]),
  };
}
