import { Dec, ZERO, maxDec } from "../../calc/core/decimal";
import { blackScholes } from "../../calc/optionExchange/blackScholes";
import { breakevenPrice } from "../../calc/optionExchange/breakeven";
import { exchangeValue } from "../../calc/optionExchange/exchangeValue";
import { isoSplit } from "../../calc/optionExchange/iso";
import { checkRatio, newOptionsForGrant, newOptionsPerGrant } from "../../calc/optionExchange/newShares";
import { OptionExchangeTerms, optionExchangeTerms } from "../../calc/optionExchange/terms";
import { vestingSchedule } from "../../calc/optionExchange/vesting";
import { Day, formatIso } from "../../calc/time/civil";
import { RosterGrant } from "../../input/roster";
import { DateOrder } from "../../input/text";
import { formatMoney, formatNumber, formatPerShare } from "./cells";
import { FieldReading, Problem, attemptAs, checked, readDate, readNumber } from "./fields";
import { RosterState, grantLabel, grantProblemText } from "./roster";

/** The Option exchange tab exactly as typed (every field is text; the roster is the pasted text). */
export interface OptionExchangeForm {
  roster: string;
  newStrike: string;
  expiration: string;
  ratio: string;
  /** Optional Black–Scholes inputs for the exchange value comparison (all four or none). */
  spot: string;
  rate: string;
  vol: string;
  oldYears: string;
}

export type OptionExchangeField = Exclude<keyof OptionExchangeForm, "roster">;
export const OPTION_EXCHANGE_FIELDS: readonly OptionExchangeField[] = ["newStrike", "expiration", "ratio", "spot", "rate", "vol", "oldYears"];
export const VALUATION_FIELDS: readonly OptionExchangeField[] = ["spot", "rate", "vol", "oldYears"];

/** Visible labels: every message about a field starts with its label. */
export const OPTION_EXCHANGE_LABEL: Record<OptionExchangeField | "roster", string> = {
  newStrike: "Exercise price of the new options",
  expiration: "Expiration date",
  ratio: "Exchange ratio",
  spot: "Stock price",
  rate: "Risk-free rate",
  vol: "Volatility",
  oldYears: "Old options' remaining term (years)",
  roster: "Grant roster",
};

/** DOM ids of the fields (the error summary links to them). */
export const OPTION_EXCHANGE_ID: Record<OptionExchangeField | "roster", string> = {
  newStrike: "ox-newstrike",
  expiration: "ox-expiration",
  ratio: "ox-ratio",
  spot: "ox-spot",
  rate: "ox-rate",
  vol: "ox-vol",
  oldYears: "ox-oldyears",
  roster: "ox-roster",
};

export function defaultOptionExchangeForm(): OptionExchangeForm {
  const t = optionExchangeTerms();
  return { roster: "", newStrike: "", expiration: formatIso(t.expirationDate), ratio: t.ratio.toString(), spot: "", rate: "", vol: "", oldYears: "" };
}

export interface Valuation {
  spot: number;
  rate: number;
  vol: number;
  oldYears: number;
}

/** The scalar inputs, read; undefined where the field is empty or invalid. */
export interface OptionExchangeInputs {
  newStrike?: number;
  expiration?: Day;
  ratio?: number;
  valuation?: Valuation;
}

export interface OptionExchangeReading {
  inputs: OptionExchangeInputs;
  fields: Record<OptionExchangeField, FieldReading<number>>;
}

/** Reads and checks the scalar fields (the calc module's checks, relabelled). */
export function readOptionExchangeInputs(form: OptionExchangeForm, order: DateOrder): OptionExchangeReading {
  const L = OPTION_EXCHANGE_LABEL;
  const newStrike = readNumber(L.newStrike, form.newStrike, "money");
  if (newStrike.value !== undefined && newStrike.value <= 0) Object.assign(newStrike, { value: undefined, error: `${L.newStrike}: must be greater than 0, got ${form.newStrike.trim()}` });
  const expiration = readDate(L.expiration, form.expiration, order);
  let ratio = readNumber(L.ratio, form.ratio, "ratio");
  if (ratio.value !== undefined) {
    const v = ratio.value;
    ratio = { ...ratio, ...checked(L.ratio, () => checkRatio(new Dec(v)).toNumber()) };
    if (ratio.error) ratio.value = undefined;
  }
  const given = VALUATION_FIELDS.filter((k) => form[k].trim() !== "");
  const any = given.length > 0;
  const spot = readNumber(L.spot, form.spot, "money", { optional: !any });
  const rate = readNumber(L.rate, form.rate, "rate", { optional: !any });
  const vol = readNumber(L.vol, form.vol, "volatility", { optional: !any });
  const oldYears = readNumber(L.oldYears, form.oldYears, "years", { optional: !any });
  const val = { spot, rate, vol, oldYears };
  for (const k of VALUATION_FIELDS) {
    const r = val[k as keyof typeof val];
    if (any && form[k].trim() === "") r.error = `${L[k]}: required when the other exchange-value inputs are given (fill in all four or none)`;
  }
  // The domains OPTEX_BLACKSCHOLES checks (spot > 0, vol ≥ 0, 0 ≤ years ≤ 1000; whole percents refused by readNumber), relabelled.
  if (spot.value !== undefined && spot.value <= 0) Object.assign(spot, { value: undefined, error: `${L.spot}: must be greater than 0, got ${form.spot.trim()}` });
  if (vol.value !== undefined && vol.value < 0) Object.assign(vol, { value: undefined, error: `${L.vol}: must be at least 0 %, got ${form.vol.trim()}` });
  if (oldYears.value !== undefined && (oldYears.value < 0 || oldYears.value > 1000)) Object.assign(oldYears, { value: undefined, error: `${L.oldYears}: must be from 0 to 1,000 years, got ${form.oldYears.trim()}` });
  const inputs: OptionExchangeInputs = { newStrike: newStrike.value, expiration: expiration.value, ratio: ratio.value };
  if (any && [spot, rate, vol, oldYears].every((r) => r.value !== undefined)) {
    inputs.valuation = { spot: spot.value as number, rate: rate.value as number, vol: vol.value as number, oldYears: oldYears.value as number };
  }
  return { inputs, fields: { newStrike, expiration, ratio, spot, rate, vol, oldYears } };
}

/** Every problem of the tab: fields, then the roster. */
export function optionExchangeProblems(reading: OptionExchangeReading, roster: RosterState): Problem[] {
  const out: Problem[] = [];
  for (const k of OPTION_EXCHANGE_FIELDS) {
    const r = reading.fields[k];
    if (r.error) out.push({ field: OPTION_EXCHANGE_ID[k], message: r.error });
    else if (r.warning) out.push({ field: OPTION_EXCHANGE_ID[k], message: r.warning, warning: true });
  }
  out.push(...rosterProblems(roster));
  return out;
}

/** Roster problems, at most `limit` listed one by one (the grant list filters the rest). */
export function rosterProblems(roster: RosterState, limit = Infinity): Problem[] {
  if (roster.problem) return [{ field: OPTION_EXCHANGE_ID.roster, message: `${OPTION_EXCHANGE_LABEL.roster}: ${roster.problem}` }];
  const out: Problem[] = [];
  for (const g of roster.grants) {
    for (const p of g.problems) {
      if (out.length >= limit) return out;
      out.push({ field: OPTION_EXCHANGE_ID.roster, message: `${OPTION_EXCHANGE_LABEL.roster}: ${grantProblemText(g, p.message)}` });
    }
  }
  return out;
}

export function grantsWithProblems(roster: RosterState): number {
  let n = 0;
  for (const g of roster.grants) if (g.problems.length) n++;
  return n;
}

/**
 * Per-grant arithmetic, memoised by its inputs: a roster has few distinct
 * option counts and prices, and a keystroke in one field must not redo the
 * Decimal arithmetic of every grant for the fields it does not touch.
 */
export class GrantCalculator {
  readonly terms: OptionExchangeTerms = optionExchangeTerms();
  private memo = new Map<string, unknown>();
  private byRatio = new Map<number, Map<number, Dec>>();
  private perGrant = new Map<number, (eligible: number) => number>();
  private byValuation = new Map<string, Map<number, Dec>>();

  private cached<T>(key: string, f: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = f();
    if (this.memo.size > 200_000) this.memo.clear();
    this.memo.set(key, v);
    return v;
  }

  /** Offer §1, Q7: floor(options × ratio), per grant (the calc's newOptionsForGrant). */
  newOptions(options: number, ratio: number): Dec {
    let m = this.byRatio.get(ratio);
    if (!m) {
      if (this.byRatio.size > 50) this.byRatio.clear();
      m = new Map();
      this.byRatio.set(ratio, m);
    }
    let n = m.get(options);
    if (n === undefined) {
      n = new Dec(this.newOptionsCount(options, ratio));
      m.set(options, n);
    }
    return n;
  }

  /**
   * The same as a number, for the totals of a whole roster: the calc's
   * newOptionsPerGrant (floor in exact integers where it can, in Decimal
   * otherwise), so that 5,000 grants do not take 5,000 Decimal products.
   */
  newOptionsCount(options: number, ratio: number): number {
    if (!(Number.isInteger(options) && options >= 0)) return newOptionsForGrant(new Dec(options), new Dec(ratio)).toNumber(); // its error, as before
    let f = this.perGrant.get(ratio);
    if (!f) {
      if (this.perGrant.size > 50) this.perGrant.clear();
      f = newOptionsPerGrant(new Dec(ratio));
      this.perGrant.set(ratio, f);
    }
    return f(options);
  }

  breakeven(price: number, newStrike: number, ratio: number): { value?: Dec; note?: string } {
    return this.cached(`b|${price}|${newStrike}|${ratio}`, () => {
      const r = attemptAs(undefined, () => breakevenPrice(new Dec(price), new Dec(newStrike), new Dec(ratio)));
      return r.ok ? { value: r.value } : { note: r.detail };
    });
  }

  /** Black–Scholes value of one option (Schedule TO cover), e.g. an old grant's at its strike and remaining term. */
  optionValue(strike: number, years: number, v: Valuation): Dec {
    const key = `${years}|${v.spot}|${v.rate}|${v.vol}`;
    let m = this.byValuation.get(key);
    if (!m) {
      if (this.byValuation.size > 50) this.byValuation.clear();
      m = new Map();
      this.byValuation.set(key, m);
    }
    let x = m.get(strike);
    if (x === undefined) {
      x = blackScholes({ spot: new Dec(v.spot), strike: new Dec(strike), years: new Dec(years), rate: new Dec(v.rate), vol: new Dec(v.vol), divYield: ZERO, type: "CALL" });
      m.set(strike, x);
    }
    return x;
  }
}

/** Totals over the roster: what the pane shows first, before any grant's details. */
export interface Totals {
  grants: number;
  /** Grants whose row has a problem (not counted below). */
  withProblems: number;
  eligible: Dec;
  newOptions?: Dec;
  oldValue?: Dec;
  newValue?: Dec;
  incremental?: Dec;
}

/**
 * The totals, computed a slice at a time: the generator yields the number of
 * grants done so far, so the caller can spread 50,000 grants over several
 * tasks and show progress. The values are the sums over the grants of what
 * OPTEX_EXCHANGE_VALUE gives per grant — old grant: options × the Black–Scholes
 * value at its strike and the old options' remaining term; new grant:
 * floor(options × ratio) × the value at the new strike for 10 years;
 * incremental: the excess, if any, per grant (ASC 718) — regrouped so that the
 * Decimal products are taken once per distinct exercise price: the whole-number
 * sums per price are exact, and so is the regrouping (Σ oᵢ·v = v·Σ oᵢ).
 */
export function* totalsJob(grants: readonly RosterGrant[], inputs: OptionExchangeInputs, calc: GrantCalculator, slice = 250): Generator<number, Totals> {
  const ratio = inputs.ratio;
  const v = inputs.valuation;
  const newPer = v && inputs.newStrike !== undefined && ratio !== undefined ? calc.optionValue(inputs.newStrike, calc.terms.termYears.toNumber(), v) : undefined;
  const newPerNum = newPer?.toNumber() ?? 0;
  // Whole numbers summed in doubles stay exact up to 2^53 (9 × 10^15 options).
  let eligible = 0;
  let newOptions = 0;
  let withProblems = 0;
  interface ByPrice {
    old: Dec;
    oldNum: number;
    options: number;
    /** Grants whose new grant is worth more than the old one: their options and new options. */
    gainOptions: number;
    gainNew: number;
  }
  const byPrice = new Map<number, ByPrice>();
  let exactIncremental = ZERO; // grants too close to call in doubles, decided in Decimal
  for (let i = 0; i < grants.length; i++) {
    if (i > 0 && i % slice === 0) yield i;
    const g = grants[i];
    if (g.problems.length || g.options === undefined) {
      withProblems++;
      continue;
    }
    eligible += g.options;
    if (ratio === undefined) continue;
    const n = calc.newOptionsCount(g.options, ratio);
    newOptions += n;
    if (!newPer || !v || g.price === undefined) continue;
    let p = byPrice.get(g.price);
    if (!p) {
      const old = calc.optionValue(g.price, v.oldYears, v);
      p = { old, oldNum: old.toNumber(), options: 0, gainOptions: 0, gainNew: 0 };
      byPrice.set(g.price, p);
    }
    p.options += g.options;
    const newG = n * newPerNum;
    const oldG = g.options * p.oldNum;
    if (Math.abs(newG - oldG) <= 1e-9 * (newG + oldG)) {
      exactIncremental = exactIncremental.plus(maxDec(new Dec(n).times(newPer).minus(new Dec(g.options).times(p.old)), ZERO));
    } else if (newG > oldG) {
      p.gainOptions += g.options;
      p.gainNew += n;
    }
  }
  const t: Totals = { grants: grants.length, withProblems, eligible: new Dec(eligible) };
  if (ratio === undefined) return t;
  t.newOptions = new Dec(newOptions);
  if (newPer) {
    let oldValue = ZERO;
    let incremental = exactIncremental;
    for (const p of byPrice.values()) {
      oldValue = oldValue.plus(p.old.times(p.options));
      incremental = incremental.plus(newPer.times(p.gainNew).minus(p.old.times(p.gainOptions)));
    }
    t.oldValue = oldValue;
    t.newValue = newPer.times(newOptions);
    t.incremental = incremental;
  }
  return t;
}

/** One grant's line in the paged list. */
export interface GrantLine {
  index: number;
  label: string;
  options?: string;
  newOptions?: string;
  newOptionsExact?: string;
  breakeven?: string;
  breakevenExact?: string;
  breakevenNote?: string;
  problems: string[];
}

export function grantLine(g: RosterGrant, index: number, inputs: OptionExchangeInputs, calc: GrantCalculator): GrantLine {
  const line: GrantLine = { index, label: grantLabel(g), problems: g.problems.map((p) => p.message) };
  if (g.options !== undefined) line.options = formatNumber(new Dec(g.options), 0);
  if (g.options !== undefined && inputs.ratio !== undefined) {
    const n = calc.newOptions(g.options, inputs.ratio);
    line.newOptions = formatNumber(n, 0);
    line.newOptionsExact = n.toString();
  }
  if (g.price !== undefined && inputs.newStrike !== undefined && inputs.ratio !== undefined) {
    const b = calc.breakeven(g.price, inputs.newStrike, inputs.ratio);
    if (b.value) {
      line.breakeven = formatPerShare(b.value);
      line.breakevenExact = b.value.toString();
    } else line.breakevenNote = b.note;
  }
  return line;
}

/** A grant's details: vesting, ISO/NSO split and exchange value (computed when the grant is opened). */
export interface GrantDetails {
  facts: Array<[string, string]>;
  vesting?: string[][];
  vestingNote?: string;
  iso?: string[][];
  isoNote?: string;
  exchange?: string[][];
  exchangeNote?: string;
}

const NEED = (what: string) => `Enter the ${what} to see this.`;

export function grantDetails(g: RosterGrant, inputs: OptionExchangeInputs, calc: GrantCalculator): GrantDetails {
  const t = calc.terms;
  const facts: Array<[string, string]> = [];
  if (g.grant) facts.push(["Grant", g.grant]);
  if (g.holder) facts.push(["Employee", g.holder]);
  if (g.grantDate !== undefined) facts.push(["Grant date", formatIso(g.grantDate)]);
  if (g.options !== undefined) facts.push(["Options", formatNumber(new Dec(g.options), 0)]);
  if (g.price !== undefined) facts.push(["Exercise price", formatPerShare(new Dec(g.price))]);
  if (g.type) facts.push(["Type", `${g.type} (the new options are ISOs to the extent the law allows, Offer Q18)`]);
  const d: GrantDetails = { facts };
  if (g.options === undefined || inputs.ratio === undefined) {
    d.vestingNote = d.isoNote = d.exchangeNote = g.options === undefined ? "Fix this grant's options first." : NEED("exchange ratio");
    return d;
  }
  const n = calc.newOptions(g.options, inputs.ratio);
  if (inputs.expiration === undefined) d.vestingNote = NEED("expiration date");
  else {
    const exp = inputs.expiration;
    const r = attemptAs(undefined, () => vestingSchedule(t, n, exp));
    if (r.ok) d.vesting = r.value.map((v) => [formatIso(v.day), formatNumber(v.shares, 0), formatNumber(v.cumulative, 0)]);
    else d.vestingNote = r.message;
  }
  if (inputs.expiration === undefined || inputs.newStrike === undefined) d.isoNote = NEED(inputs.newStrike === undefined ? "exercise price of the new options" : "expiration date");
  else {
    const [exp, strike] = [inputs.expiration, inputs.newStrike];
    const r = attemptAs(undefined, () => isoSplit(t, n, new Dec(strike), exp));
    if (r.ok) d.iso = r.value.map((y) => [String(y.year), formatNumber(y.shares, 0), formatMoney(y.value), formatNumber(y.isoShares, 0), formatNumber(y.nsoShares, 0)]);
    else d.isoNote = r.message;
  }
  const v = inputs.valuation;
  if (!v) d.exchangeNote = "Fill in the four exchange-value inputs to compare the old grant with the new one.";
  else if (inputs.newStrike === undefined || g.price === undefined) d.exchangeNote = g.price === undefined ? "Fix this grant's exercise price first." : NEED("exercise price of the new options");
  else {
    const [strike, price, ratio] = [inputs.newStrike, g.price, inputs.ratio];
    const r = attemptAs(undefined, () =>
      exchangeValue({
        oldShares: new Dec(g.options as number),
        oldStrike: new Dec(price),
        oldYears: new Dec(v.oldYears),
        newStrike: new Dec(strike),
        spot: new Dec(v.spot),
        rate: new Dec(v.rate),
        vol: new Dec(v.vol),
        newYears: t.termYears,
        ratio: new Dec(ratio),
        divYield: ZERO,
      }),
    );
    if (r.ok) {
      d.exchange = [
        ["Value of the old grant", formatMoney(r.value.oldValue)],
        ["Value of the new grant", formatMoney(r.value.newValue)],
        ["Incremental value", formatMoney(r.value.incremental)],
        ["Value-for-value ratio", r.value.valueForValueRatio === undefined ? "—" : formatNumber(r.value.valueForValueRatio, 4)],
      ];
    } else d.exchangeNote = r.message;
  }
  return d;
}
