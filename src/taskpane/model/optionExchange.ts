import { Dec } from "../../calc/core/decimal";
import { blackScholes } from "../../calc/optionExchange/blackScholes";
import { breakevenPrice } from "../../calc/optionExchange/breakeven";
import { isoSplit } from "../../calc/optionExchange/iso";
import { checkRatio, newOptionsForGrant, newOptionsPerGrant } from "../../calc/optionExchange/newShares";
import { OPTION_EXCHANGE_TERMS, OptionExchangeTerms, optionExchangeTerms } from "../../calc/optionExchange/terms";
import { OPTION_EXCHANGE_TERM_DOCS } from "../../calc/optionExchange/termWords";
import { TermOverride } from "../../calc/core/terms";
import { serialFromDay } from "../../calc/time/excelSerial";
import { vestingSchedule } from "../../calc/optionExchange/vesting";
import { GrantValuation, ValuationSetup, ValuationTotalsSum, valuationSetup } from "../../calc/optionExchange/valuation";
import { Day, formatIso } from "../../calc/time/civil";
import { RosterGrant } from "../../input/roster";
import { DateOrder } from "../../input/text";
import { formatMoney, formatNumber, formatPerShare } from "./cells";
import { FieldReading, Problem, attemptAs, checked, readDate, readNumber } from "./fields";
import { RosterState, grantLabel, grantProblemText } from "./roster";
import { TermsForm, TermsReading, readTerms, termsChanging, termsNote } from "./terms";

/** The Option exchange tab exactly as typed (every field is text; the roster is the pasted text). */
export interface OptionExchangeForm {
  roster: string;
  newStrike: string;
  expiration: string;
  ratio: string;
  /** Optional Black–Scholes inputs for the valuation: stock price, rate and volatility (all three or none); oldYears only for the selected grant's OPTEX_EXCHANGE_VALUE. */
  spot: string;
  rate: string;
  vol: string;
  oldYears: string;
  /** The roster's column mappings the user chose (model/columnMapping.ts mappingsRecord: JSON text, "" for none), saved with the inputs. */
  rosterColumns?: string;
  /** The Terms section: what was typed in place of each term's default (model/terms.ts); the exchange ratio, expiration date and new exercise price are the fields above. */
  terms?: TermsForm;
}

export type OptionExchangeField = Exclude<keyof OptionExchangeForm, "roster" | "rosterColumns" | "terms">;
export const OPTION_EXCHANGE_FIELDS: readonly OptionExchangeField[] = ["newStrike", "expiration", "ratio", "spot", "rate", "vol", "oldYears"];
export const VALUATION_FIELDS: readonly OptionExchangeField[] = ["spot", "rate", "vol", "oldYears"];
/** The valuation needs these three; the old options' term is each grant's own (oldYears is optional). */
const REQUIRED_VALUATION_FIELDS: readonly OptionExchangeField[] = ["spot", "rate", "vol"];

/** Visible labels: every message about a field starts with its label. */
export const OPTION_EXCHANGE_LABEL: Record<OptionExchangeField | "roster", string> = {
  newStrike: "Exercise price of the new options",
  expiration: "Expiration date",
  ratio: "Exchange ratio",
  spot: "Stock price",
  rate: "Risk-free rate",
  vol: "Volatility",
  oldYears: "Selected grant's remaining term (years, optional)",
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
  return {
    roster: "",
    newStrike: "",
    expiration: formatIso(t.expirationDate),
    ratio: t.ratio.toString(),
    spot: "",
    rate: "",
    vol: "",
    oldYears: "",
    rosterColumns: "",
    terms: {},
  };
}

export interface Valuation {
  spot: number;
  rate: number;
  vol: number;
  /** Years left in the selected grant's old options, for the inserted model's OPTEX_EXCHANGE_VALUE (optional: the roster's valuation uses each grant's own expiration). */
  oldYears?: number;
}

/** The scalar inputs, read; undefined where the field is empty or invalid. */
export interface OptionExchangeInputs {
  newStrike?: number;
  expiration?: Day;
  ratio?: number;
  valuation?: Valuation;
  /** The Terms section's valid values that differ from the defaults (the three terms set by the fields above left out). */
  terms?: TermOverride[];
}

/** The terms the tab's own fields set: shown in its Terms section, edited in the field. */
const FIELD_TERMS = ["ratio", "expirationDate", "newExercisePrice"] as const;

export interface OptionExchangeReading {
  inputs: OptionExchangeInputs;
  fields: Record<OptionExchangeField, FieldReading<number>>;
  termsReading: TermsReading<typeof OPTION_EXCHANGE_TERMS>;
}

/** The terms in effect for the inputs: the defaults, the Terms section's values, and the fields' ratio, expiration date and new exercise price. */
export function inputTerms(inputs: OptionExchangeInputs): OptionExchangeTerms {
  const o: TermOverride[] = [...(inputs.terms ?? [])];
  if (inputs.ratio !== undefined) o.push({ name: "ratio", value: inputs.ratio });
  if (inputs.expiration !== undefined) o.push({ name: "expirationDate", value: serialFromDay(inputs.expiration) });
  if (inputs.newStrike !== undefined) o.push({ name: "newExercisePrice", value: inputs.newStrike });
  return optionExchangeTerms(o);
}

/** Reads and checks the scalar fields (the calc module's checks, relabelled). */
export function readOptionExchangeInputs(form: OptionExchangeForm, order: DateOrder): OptionExchangeReading {
  const L = OPTION_EXCHANGE_LABEL;
  const newStrike = readNumber(L.newStrike, form.newStrike, "money");
  if (newStrike.value !== undefined && newStrike.value <= 0)
    Object.assign(newStrike, { value: undefined, error: `${L.newStrike}: must be greater than 0, got ${form.newStrike.trim()}` });
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
  // The roster's valuation takes each grant's own expiration; this term is only the selected grant's comparison (OPTEX_EXCHANGE_VALUE).
  const oldYears = readNumber(L.oldYears, form.oldYears, "years", { optional: true });
  const val = { spot, rate, vol };
  for (const k of REQUIRED_VALUATION_FIELDS) {
    const r = val[k as keyof typeof val];
    if (any && form[k].trim() === "")
      r.error = `${L[k]}: required when the other valuation inputs are given (fill in the stock price, rate and volatility, or none)`;
  }
  // The domains OPTEX_BLACKSCHOLES checks (spot > 0, vol ≥ 0, 0 ≤ years ≤ 1000; whole percents refused by readNumber), relabelled.
  if (spot.value !== undefined && spot.value <= 0)
    Object.assign(spot, { value: undefined, error: `${L.spot}: must be greater than 0, got ${form.spot.trim()}` });
  if (vol.value !== undefined && vol.value < 0) Object.assign(vol, { value: undefined, error: `${L.vol}: must be at least 0 %, got ${form.vol.trim()}` });
  if (oldYears.value !== undefined && (oldYears.value < 0 || oldYears.value > 1000))
    Object.assign(oldYears, { value: undefined, error: `${L.oldYears}: must be from 0 to 1,000 years, got ${form.oldYears.trim()}` });
  const termsReading = readTerms(OPTION_EXCHANGE_TERMS, OPTION_EXCHANGE_TERM_DOCS, form.terms ?? {}, order, "ox", {
    ratio: { field: L.ratio, id: OPTION_EXCHANGE_ID.ratio, value: ratio.value },
    expirationDate: {
      field: L.expiration,
      id: OPTION_EXCHANGE_ID.expiration,
      value: expiration.value === undefined ? undefined : serialFromDay(expiration.value),
    },
    newExercisePrice: { field: L.newStrike, id: OPTION_EXCHANGE_ID.newStrike, value: newStrike.value },
  });
  const inputs: OptionExchangeInputs = { newStrike: newStrike.value, expiration: expiration.value, ratio: ratio.value };
  const termOverrides = termsReading.overrides.filter((o) => !(FIELD_TERMS as readonly string[]).includes(o.name));
  if (termOverrides.length) inputs.terms = termOverrides;
  if (any && [spot, rate, vol].every((r) => r.value !== undefined) && !(form.oldYears.trim() !== "" && oldYears.value === undefined)) {
    inputs.valuation = { spot: spot.value as number, rate: rate.value as number, vol: vol.value as number };
    if (oldYears.value !== undefined) inputs.valuation.oldYears = oldYears.value;
  }
  return { inputs, fields: { newStrike, expiration, ratio, spot, rate, vol, oldYears }, termsReading };
}

/** Every problem of the tab: fields, then the roster. */
export function optionExchangeProblems(reading: OptionExchangeReading, roster: RosterState): Problem[] {
  const out: Problem[] = [];
  for (const k of OPTION_EXCHANGE_FIELDS) {
    const r = reading.fields[k];
    if (r.error) out.push({ field: OPTION_EXCHANGE_ID[k], message: r.error });
    else if (r.warning) out.push({ field: OPTION_EXCHANGE_ID[k], message: r.warning, warning: true });
  }
  out.push(...reading.termsReading.problems);
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

  private setups = new Map<string, { setup?: ValuationSetup; problem?: string }>();

  /**
   * The roster's valuation as OPTEX_VALUATION computes it (calc/optionExchange/valuation.ts),
   * for the tab's inputs: valued at the expiration date (the exchange date, when the new options
   * are granted), each grant's old options to their own expiration, the new options at the new
   * exercise price. Undefined until the inputs it needs are given.
   */
  valuation(inputs: OptionExchangeInputs): { setup?: ValuationSetup; problem?: string } | undefined {
    const v = inputs.valuation;
    if (!v || inputs.newStrike === undefined || inputs.ratio === undefined || inputs.expiration === undefined) return undefined;
    const key = `${v.spot}|${v.rate}|${v.vol}|${inputs.newStrike}|${inputs.ratio}|${inputs.expiration}|${JSON.stringify(inputs.terms ?? [])}`;
    let r = this.setups.get(key);
    if (!r) {
      const day = inputs.expiration;
      const a = attemptAs(undefined, () => valuationSetup(inputTerms(inputs), { valuationDay: day, spot: v.spot, rate: v.rate, vol: v.vol, divYield: 0 }));
      r = a.ok ? { setup: a.value } : { problem: a.message };
      if (this.setups.size > 50) this.setups.clear();
      this.setups.set(key, r);
    }
    return r;
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
      x = new Dec(blackScholes({ spot: v.spot, strike, years, rate: v.rate, vol: v.vol, divYield: 0, type: "CALL" }));
      m.set(strike, x);
    }
    return x;
  }
}

/**
 * One grant's row of OPTEX_VALUATION (src/calc/optionExchange/valuation.ts): its old options at
 * their exercise price to their own expiration, its floor(options × ratio) new options at the new
 * exercise price, valued at the expiration date; incremental = new − old (may be negative).
 * Undefined when the valuation inputs are missing, the grant has a problem, or it cannot be valued.
 */
export function grantValue(g: RosterGrant, inputs: OptionExchangeInputs, calc: GrantCalculator): GrantValuation | undefined {
  const setup = g.problems.length ? undefined : calc.valuation(inputs)?.setup;
  if (!setup) return undefined;
  const v = setup.value(g);
  return "message" in v ? undefined : v;
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
  /** Σ (new − old) per grant: may be negative. */
  incremental?: Dec;
  /** Σ max(0, new − old) per grant (ASC 718-20-35-3): the modification's incremental cost. */
  cost?: Dec;
  /** Why the values cannot be computed (e.g. the new options expire before the valuation date). */
  valuationProblem?: string;
  /** Grants that could be read but not valued (e.g. expired before the expiration date). */
  notValued?: number;
}

/**
 * The totals, computed a slice at a time: the generator yields the number of
 * grants done so far, so the caller can spread 50,000 grants over several
 * tasks and show progress. The values are OPTEX_VALUATION's total row (the
 * same calc, per grant: each grant's old options at their exercise price to
 * their own expiration, its floor(options × ratio) new options at the new
 * exercise price to their tenth anniversary, valued at the expiration date;
 * incremental cost = Σ max(0, new − old) per grant, ASC 718-20-35-3).
 */
export function* totalsJob(grants: readonly RosterGrant[], inputs: OptionExchangeInputs, calc: GrantCalculator, slice = 250): Generator<number, Totals> {
  const ratio = inputs.ratio;
  const valuation = calc.valuation(inputs);
  const setup = valuation?.setup;
  const sum = setup ? new ValuationTotalsSum() : undefined;
  // Whole numbers summed in doubles stay exact up to 2^53 (9 × 10^15 options).
  let eligible = 0;
  let newOptions = 0;
  let withProblems = 0;
  for (let i = 0; i < grants.length; i++) {
    if (i > 0 && i % slice === 0) yield i;
    const g = grants[i];
    if (g.problems.length || g.options === undefined) {
      withProblems++;
      continue;
    }
    eligible += g.options;
    if (ratio === undefined) continue;
    newOptions += calc.newOptionsCount(g.options, ratio);
    if (setup && sum) sum.add(setup.value(g));
  }
  const t: Totals = { grants: grants.length, withProblems, eligible: new Dec(eligible) };
  if (ratio === undefined) return t;
  t.newOptions = new Dec(newOptions);
  if (valuation?.problem) t.valuationProblem = valuation.problem;
  if (sum) {
    const v = sum.totals;
    t.oldValue = new Dec(v.oldValue);
    t.newValue = new Dec(v.newValue);
    t.incremental = new Dec(v.incremental);
    t.cost = new Dec(v.cost);
    t.notValued = v.errors;
  }
  return t;
}

/** One grant's line in the paged list (the text of each cell; `…Exact` the unrounded figure). */
export interface GrantLine {
  index: number;
  label: string;
  grantDate?: string;
  price?: string;
  /** OPTEX_VALUATION's figures for this grant (when the valuation inputs are given). */
  oldValue?: string;
  oldValueExact?: string;
  newValue?: string;
  newValueExact?: string;
  incremental?: string;
  incrementalExact?: string;
  options?: string;
  newOptions?: string;
  newOptionsExact?: string;
  breakeven?: string;
  breakevenExact?: string;
  breakevenNote?: string;
  /** Why this grant cannot be valued (e.g. its options expired before the expiration date). */
  valueNote?: string;
  problems: string[];
}

export function grantLine(g: RosterGrant, index: number, inputs: OptionExchangeInputs, calc: GrantCalculator): GrantLine {
  const line: GrantLine = { index, label: grantLabel(g), problems: g.problems.map((p) => p.message) };
  if (g.grantDate !== undefined) line.grantDate = formatIso(g.grantDate);
  if (g.price !== undefined) line.price = formatPerShare(new Dec(g.price));
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
  const setup = g.problems.length ? undefined : calc.valuation(inputs)?.setup;
  if (setup) {
    const v = setup.value(g);
    if ("message" in v) line.valueNote = v.message;
    else {
      [line.oldValue, line.oldValueExact] = [formatMoney(new Dec(v.oldValue)), String(v.oldValue)];
      [line.newValue, line.newValueExact] = [formatMoney(new Dec(v.newValue)), String(v.newValue)];
      [line.incremental, line.incrementalExact] = [formatMoney(new Dec(v.incremental)), String(v.incremental)];
    }
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
  vestingTermsNote?: string;
  isoTermsNote?: string;
  exchangeTermsNote?: string;
}

const NEED = (what: string) => `Enter the ${what} to see this.`;

/** A grant's OPTEX_VALUATION row as the details show it. */
function exchangeRows(r: GrantValuation): string[][] {
  const years = (y: number) => formatNumber(new Dec(y), 2);
  return [
    ["Old options' remaining term (years)", years(r.oldYears)],
    ["New options' term (years)", years(r.newYears)],
    ["Value of the old grant", formatMoney(new Dec(r.oldValue))],
    ["Value of the new grant", formatMoney(new Dec(r.newValue))],
    ["Incremental fair value", formatMoney(new Dec(r.incremental))],
    ["Incremental cost (ASC 718)", formatMoney(new Dec(r.cost))],
    ["Value-for-value ratio", r.newPerOption === 0 ? "—" : formatNumber(new Dec(r.oldPerOption / r.newPerOption), 4)],
  ];
}

/**
 * A grant's details; each part a changed term of the Terms section changes says so (`…TermsNote`),
 * found by computing them again without the changed terms (model/terms.ts termsChanging).
 */
export function grantDetails(g: RosterGrant, inputs: OptionExchangeInputs, calc: GrantCalculator): GrantDetails {
  const d = grantDetailsWith(g, inputs, calc);
  const overrides = inputs.terms ?? [];
  if (!overrides.length) return d;
  const keys = (x: GrantDetails) =>
    new Map([
      ["vesting", JSON.stringify([x.vesting, x.vestingNote])],
      ["iso", JSON.stringify([x.iso, x.isoNote])],
      ["exchange", JSON.stringify([x.exchange, x.exchangeNote])],
    ]);
  const by = termsChanging(
    overrides.map((o) => o.name),
    (reset) => {
      const kept = overrides.filter((o) => !reset.includes(o.name));
      return keys(grantDetailsWith(g, { ...inputs, terms: kept.length ? kept : undefined }, calc));
    },
    keys(d),
  );
  const note = (id: string) => termsNote(OPTION_EXCHANGE_TERMS, overrides, by.get(id) ?? []);
  d.vestingTermsNote = note("vesting");
  d.isoTermsNote = note("iso");
  d.exchangeTermsNote = note("exchange");
  return d;
}

function grantDetailsWith(g: RosterGrant, inputs: OptionExchangeInputs, calc: GrantCalculator): GrantDetails {
  const t = inputTerms(inputs);
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
  if (inputs.expiration === undefined || inputs.newStrike === undefined)
    d.isoNote = NEED(inputs.newStrike === undefined ? "exercise price of the new options" : "expiration date");
  else {
    const [exp, strike] = [inputs.expiration, inputs.newStrike];
    const r = attemptAs(undefined, () => isoSplit(t, n, new Dec(strike), exp));
    if (r.ok)
      d.iso = r.value.map((y) => [String(y.year), formatNumber(y.shares, 0), formatMoney(y.value), formatNumber(y.isoShares, 0), formatNumber(y.nsoShares, 0)]);
    else d.isoNote = r.message;
  }
  const val = calc.valuation(inputs);
  if (!inputs.valuation) d.exchangeNote = "Fill in the stock price, risk-free rate and volatility to value the old grant against the new one.";
  else if (inputs.newStrike === undefined || inputs.expiration === undefined)
    d.exchangeNote = NEED(inputs.newStrike === undefined ? "exercise price of the new options" : "expiration date");
  else if (g.price === undefined || g.grantDate === undefined)
    d.exchangeNote = g.price === undefined ? "Fix this grant's exercise price first." : "Fix this grant's grant date first.";
  else if (!val?.setup) d.exchangeNote = val?.problem ?? NEED("valuation inputs");
  else {
    const r = val.setup.value(g);
    if ("message" in r) d.exchangeNote = r.message;
    else d.exchange = exchangeRows(r);
  }
  return d;
}
