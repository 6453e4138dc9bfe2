import { badNumber } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { anniversary } from "../time/months";
import { blackScholesValue, checkMarket, checkSpot, checkStrike } from "./blackScholes";
import { checkResultDay } from "./checks";
import { lastExerciseDay } from "./expiry";
import { newOptionsPerGrant } from "./newShares";
import { OptionExchangeTerms } from "./terms";
import { vestedAfter } from "./vesting";

/**
 * Valuation for the accounts (Offer §11; ASC 718-20-35-3 modification
 * accounting): every tendered grant valued with its own remaining term
 * against the new options it is exchanged for, at the valuation (exchange)
 * date, in IEEE doubles (blackScholes.ts).
 */

/** One roster column a grant's problem is in (the roster reader's names). */
export type ValuationColumn = "grant" | "holder" | "grantDate" | "options" | "price" | "type" | "expiration";

/** A grant as the roster reader gives it (src/input/roster.ts RosterGrant fits). */
export interface ValuationGrant {
  /** 1-based row in the roster range (the header counts). */
  line: number;
  grantDate?: Day;
  options?: number;
  price?: number;
  /** The old options' expiration date, when the roster has it. */
  expiration?: Day;
  problems: ReadonlyArray<{ column: ValuationColumn; message: string }>;
}

export interface ValuationMarket {
  valuationDay: Day;
  spot: number;
  rate: number;
  vol: number;
  divYield: number;
}

/** One grant's values (per option and per grant); doubles except the whole-number counts. */
export interface GrantValuation {
  eligible: number;
  oldPrice: number;
  oldYears: number;
  oldPerOption: number;
  newOptions: number;
  newPrice: number;
  newYears: number;
  newPerOption: number;
  oldValue: number;
  newValue: number;
  /** new − old: may be negative. */
  incremental: number;
  /** max(0, incremental) for this grant (ASC 718-20-35-3). */
  cost: number;
}

/** A grant row that cannot be valued: which column, and why (the row is left out of the total). */
export interface GrantValuationError {
  column: ValuationColumn;
  code: "value" | "num";
  message: string;
}

export interface ValuationTotals {
  eligible: number;
  newOptions: number;
  oldValue: number;
  newValue: number;
  incremental: number;
  cost: number;
  /** Grants valued (rows with an error are not). */
  grants: number;
  /** Rows with an error. */
  errors: number;
}

/** Compensated (Neumaier) sum: a total of 100,000 grants is the sum's correctly rounded double, whatever the order. */
class Sum {
  private s = 0;
  private c = 0;
  add(x: number): void {
    const t = this.s + x;
    if (Math.abs(this.s) >= Math.abs(x)) this.c += this.s - t + x;
    else this.c += x - t + this.s;
    this.s = t;
  }
  get value(): number {
    const v = this.s + this.c;
    return v === 0 ? 0 : v;
  }
}

/** What is the same for every grant of one call: resolved once. */
export interface ValuationSetup {
  readonly market: ValuationMarket;
  readonly newPrice: number;
  readonly newExpiry: Day;
  readonly newYearsContractual: number;
  value(g: ValuationGrant): GrantValuation | GrantValuationError;
}

/**
 * Prepares a valuation: checks the market inputs (naming the arguments), the
 * new options' exercise price (term newExercisePrice, else the stock price:
 * Offer §1 prices the new options at the closing price on the grant date) and
 * their expiry (OPTEX_EXPIRY: the tenth anniversary of the grant date, the
 * offer's expiration date; Agreement §5G), which must not be before the
 * valuation date.
 */
export function valuationSetup(t: OptionExchangeTerms, market: ValuationMarket): ValuationSetup {
  const { valuationDay, spot, rate, vol, divYield } = market;
  checkSpot(spot, "spot");
  checkMarket(rate, vol, divYield, { rate: "rate", vol: "vol", divYield: "divYield" });
  const newPrice = t.newExercisePrice === undefined ? spot : t.newExercisePrice.toNumber();
  checkStrike(newPrice, "terms");
  const grantDay = t.expirationDate; // Offer §1, Q8: the new options are granted on the expiration date
  const newExpiry = lastExerciseDay(t, grantDay); // Agreement §5G
  if (newExpiry < valuationDay) {
    throw badNumber(
      "valuationDate",
      `${formatIso(valuationDay)} is after the new options' last exercise day ${formatIso(newExpiry)} (the tenth anniversary of their grant date ${formatIso(grantDay)})`,
    );
  }
  const daysPerYear = t.daysPerYear.toNumber();
  const years = (day: Day) => (day > valuationDay ? (day - valuationDay) / daysPerYear : 0);
  const newYearsContractual = years(newExpiry);
  const simplified = t.expectedTerm === "SIMPLIFIED";
  // SAB Topic 14.D.2 (the simplified method): each vesting tranche's expected term is the mean of its
  // vesting date and the expiration; a tranche already vested at the valuation date counts from it.
  const n = t.vestYears.toNumber();
  const trancheYears: number[] = [];
  for (let k = 1; k <= n; k++) {
    const vest = checkResultDay(anniversary(grantDay, k), "terms", `the vest date ${k} years after the grant date`); // Agreement §5A
    trancheYears.push((years(vest) + newYearsContractual) / 2);
  }
  const rounding = t.vestingRounding;
  /** Expected term of a grant of `m` new options: the tranches' terms weighted by their shares (Offer Q11's floors); 0 options: equal tranches. */
  const simplifiedYears = (m: number): number => {
    if (m === 0) return trancheYears.reduce((a, b) => a + b, 0) / n;
    let before = 0;
    let sum = 0;
    for (let k = 1; k <= n; k++) {
      const cumulative = k === n ? m : vestedAfter(m, k, n, rounding);
      sum += (cumulative - before) * trancheYears[k - 1];
      before = cumulative;
    }
    return sum / m;
  };
  const newValueByYears = new Map<number, number>();
  const newPerOption = (y: number): number => {
    let v = newValueByYears.get(y);
    if (v === undefined) {
      v = blackScholesValue(spot, newPrice, y, rate, vol, divYield, true);
      if (newValueByYears.size > 10_000) newValueByYears.clear();
      newValueByYears.set(y, v);
    }
    return v;
  };
  const newPerContractual = newPerOption(newYearsContractual);
  const perGrant = newOptionsPerGrant(t.ratio);
  const oldTerm = t.oldOptionTermYears.toNumber();
  const expiryByGrantDay = new Map<Day, Day>();

  const value = (g: ValuationGrant): GrantValuation | GrantValuationError => {
    if (g.problems.length) {
      const p = g.problems[0];
      return { column: p.column, code: "value", message: p.message };
    }
    const eligible = g.options as number;
    const price = g.price as number;
    if (!Number.isInteger(eligible) || eligible < 0)
      return { column: "options", code: "num", message: `options: eligible options are whole numbers ≥ 0, got ${eligible}` };
    if (!(price > 0)) return { column: "price", code: "num", message: `exercise price: must be greater than 0, got ${price === 0 ? 0 : price}` };
    let oldExpiry = g.expiration;
    let expiryColumn: ValuationColumn = "expiration";
    if (oldExpiry === undefined) {
      const grantDay = g.grantDate as Day;
      expiryColumn = "grantDate";
      oldExpiry = expiryByGrantDay.get(grantDay);
      if (oldExpiry === undefined) {
        oldExpiry = anniversary(grantDay, oldTerm); // Offer §2, Term: ten years from the date of grant
        if (expiryByGrantDay.size > 100_000) expiryByGrantDay.clear();
        expiryByGrantDay.set(grantDay, oldExpiry);
      }
    }
    if (oldExpiry < valuationDay) {
      const how = expiryColumn === "expiration" ? "expired" : `expired ${oldTerm} years after the grant date, on`;
      return {
        column: expiryColumn,
        code: "num",
        message: `the eligible options ${how} ${formatIso(oldExpiry)}, before the valuation date ${formatIso(valuationDay)}`,
      };
    }
    const oldYears = years(oldExpiry);
    const oldPer = blackScholesValue(spot, price, oldYears, rate, vol, divYield, true);
    const newOptions = perGrant(eligible); // Offer §1, Q7: floor(eligible × ratio), per grant
    const newYears = simplified ? simplifiedYears(newOptions) : newYearsContractual;
    const newPer = simplified ? newPerOption(newYears) : newPerContractual;
    const oldValue = eligible * oldPer;
    const newValue = newOptions * newPer;
    const incremental = newValue - oldValue;
    if (!Number.isFinite(oldValue) || !Number.isFinite(newValue)) {
      return { column: "price", code: "num", message: `the grant's value is too large for Excel (old ${oldValue}, new ${newValue})` };
    }
    return {
      eligible,
      oldPrice: price,
      oldYears,
      oldPerOption: oldPer,
      newOptions,
      newPrice,
      newYears,
      newPerOption: newPer,
      oldValue,
      newValue,
      incremental: incremental === 0 ? 0 : incremental,
      cost: incremental > 0 ? incremental : 0, // ASC 718-20-35-3: never below the original award's cost
    };
  };
  return { market, newPrice, newExpiry, newYearsContractual, value };
}

/** Running totals over the valued grants (rows with an error are counted apart, not added). */
export class ValuationTotalsSum {
  private eligible = new Sum();
  private newOptions = new Sum();
  private oldValue = new Sum();
  private newValue = new Sum();
  private incremental = new Sum();
  private cost = new Sum();
  private grants = 0;
  private errors = 0;

  add(v: GrantValuation | GrantValuationError): void {
    if ("message" in v) {
      this.errors++;
      return;
    }
    this.grants++;
    this.eligible.add(v.eligible);
    this.newOptions.add(v.newOptions);
    this.oldValue.add(v.oldValue);
    this.newValue.add(v.newValue);
    this.incremental.add(v.incremental);
    this.cost.add(v.cost);
  }

  get totals(): ValuationTotals {
    return {
      eligible: this.eligible.value,
      newOptions: this.newOptions.value,
      oldValue: this.oldValue.value,
      newValue: this.newValue.value,
      incremental: this.incremental.value,
      cost: this.cost.value,
      grants: this.grants,
      errors: this.errors,
    };
  }
}

/** Values every grant and totals them (the pane; OPTEX_VALUATION builds its rows as it goes). */
export function valueRoster(
  t: OptionExchangeTerms,
  market: ValuationMarket,
  grants: readonly ValuationGrant[],
): { rows: Array<GrantValuation | GrantValuationError>; totals: ValuationTotals } {
  const setup = valuationSetup(t, market);
  const sum = new ValuationTotalsSum();
  const rows = grants.map((g) => {
    const v = setup.value(g);
    sum.add(v);
    return v;
  });
  return { rows, totals: sum.totals };
}
