import { badNumber } from "../core/errors";
import { WHOLE_PERCENT_ABOVE, refuseWholePercent } from "../core/percent";
import { gaussianTimes, normalCdfNumber, tailRatio } from "./normal";

export const OPTION_TYPES = ["CALL", "PUT"] as const;
export type OptionType = (typeof OPTION_TYPES)[number];

/** Black–Scholes inputs as IEEE doubles (option pricing cannot be exact: docs/architecture.md). */
export interface BlackScholesInput {
  spot: number;
  strike: number;
  /** Time to expiry in years. */
  years: number;
  /** Continuously compounded risk-free rate. */
  rate: number;
  /** Annualized volatility. */
  vol: number;
  /** Continuously compounded dividend yield. */
  divYield: number;
  type: OptionType;
}

/** Argument names for messages (OPTEX_EXCHANGE_VALUE values two options with other names). */
export interface BlackScholesArgs {
  spot: string;
  strike: string;
  years: string;
  rate: string;
  vol: string;
  divYield: string;
}

export const BLACK_SCHOLES_ARGS: BlackScholesArgs = { spot: "spot", strike: "strike", years: "years", rate: "rate", vol: "vol", divYield: "divYield" };

/** Terms beyond 1,000 years are treated as input mistakes. */
export const MAX_YEARS = 1000;

/** −0 and +0 are the same number in a message. */
const show = (x: number): string => String(x === 0 ? 0 : x);

/**
 * Domains: spot > 0, strike > 0, 0 ≤ years ≤ 1000, 0 ≤ vol ≤ 5 (500 %); rate and divYield any
 * number in [−1, 1] (±100 %) — beyond these a whole percent was typed without % (90 for
 * 90 %) and is refused, saying so (core/percent.ts) — negative rates are allowed (they have
 * occurred in several currencies, and a negative dividend yield stands for a
 * borrow benefit); the model is well defined for them.
 */
export function checkBlackScholes(input: BlackScholesInput, args: BlackScholesArgs = BLACK_SCHOLES_ARGS): void {
  checkSpot(input.spot, args.spot);
  checkStrike(input.strike, args.strike);
  checkYears(input.years, args.years);
  checkMarket(input.rate, input.vol, input.divYield, args);
}

export function checkSpot(spot: number, arg: string): void {
  if (!(spot > 0 && spot < Infinity)) throw badNumber(arg, `the stock price must be greater than 0, got ${show(spot)}`);
}

export function checkStrike(strike: number, arg: string): void {
  if (!(strike > 0 && strike < Infinity)) throw badNumber(arg, `the exercise price must be greater than 0, got ${show(strike)}`);
}

export function checkYears(years: number, arg: string): void {
  if (!(years >= 0 && years < Infinity)) throw badNumber(arg, `the time to expiry in years must be at least 0, got ${show(years)}`);
  if (years > MAX_YEARS) throw badNumber(arg, `the time to expiry must be at most ${MAX_YEARS} years, got ${show(years)}`);
}

/**
 * The market inputs: rate, volatility, dividend yield. A volatility above 5 (500 %) or a rate or
 * yield beyond ±1 (±100 %) is a whole percent typed without % (90 for 90 %) and is refused,
 * saying how it was read (core/percent.ts, docs/conventions.md#percentages); compared as doubles
 * first, so a valid call builds no Decimal.
 */
export function checkMarket(rate: number, vol: number, divYield: number, args: Pick<BlackScholesArgs, "rate" | "vol" | "divYield">): void {
  const bounded = (x: number, arg: string, what: string) => {
    if (!(x - x === 0)) throw badNumber(arg, `${what} must be a finite rate (0.05 = 5%), got ${show(x)}`);
    if (Math.abs(x) > WHOLE_PERCENT_ABOVE.rate) refuseWholePercent(x, "rate", arg, arg);
  };
  bounded(rate, args.rate, "the risk-free rate");
  if (!(vol >= 0 && vol < Infinity)) throw badNumber(args.vol, `the volatility must be at least 0, got ${show(vol)}`);
  if (vol > WHOLE_PERCENT_ABOVE.volatility) refuseWholePercent(vol, "volatility", args.vol, args.vol);
  bounded(divYield, args.divYield, "the dividend yield");
}

/**
 * Black–Scholes–Merton value of a European option with continuous rate r and
 * dividend yield q (the model named on the Schedule TO cover), in IEEE doubles:
 *   d1 = (ln(S/K) + (r − q + σ²/2)T) / (σ√T), d2 = d1 − σ√T,
 *   call = S e^(−qT) Φ(d1) − K e^(−rT) Φ(d2),
 *   put  = K e^(−rT) Φ(−d2) − S e^(−qT) Φ(−d1) (computed directly, not by parity).
 * With σ√T = 0 (zero volatility or zero time) the value is the intrinsic value
 * of the forward: max(S e^(−qT) − K e^(−rT), 0) for a call, the mirror for a put.
 * Φ is Cody's (normal.ts, ~1e−16 absolute). Out of the money (a call with
 * d1 < −0.674, a put with d2 > 0.674) the two terms nearly cancel; there the
 * value is taken as S e^(−qT) φ(d1) (R(−d1) − R(−d2)) — the identity
 * S e^(−qT) φ(d1) = K e^(−rT) φ(d2) with Φ(−y) = φ(y) R(y) — and R's
 * difference loses only about y/σ√T ulps instead of y²/σ√T. No checks:
 * the caller checks the domain (checkBlackScholes). Never −0; NaN or ±∞ only
 * where S e^(−qT) or K e^(−rT) overflows a double (the caller refuses those).
 */
export function blackScholesValue(S: number, K: number, T: number, r: number, sigma: number, q: number, call: boolean): number {
  const F = S * Math.exp(-q * T); // S e^(−qT)
  const Kd = K * Math.exp(-r * T); // K e^(−rT)
  const sd = sigma * Math.sqrt(T); // σ√T
  let v: number;
  if (!(sd > 0)) v = call ? F - Kd : Kd - F;
  else {
    const d1 = (Math.log(S / K) + (r - q) * T) / sd + 0.5 * sd;
    const d2 = d1 - sd;
    if (call) {
      if (d1 < -TAIL_SPLIT) v = outOfTheMoney(F, -d1, -d2);
      else v = F * normalCdfNumber(d1) - Kd * normalCdfNumber(d2);
    } else if (d2 > TAIL_SPLIT) v = outOfTheMoney(Kd, d2, d1);
    else v = Kd * normalCdfNumber(-d2) - F * normalCdfNumber(-d1);
  }
  return v > 0 ? v : 0; // rounding can leave −1e−17 where the value is 0; never −0
}

const TAIL_SPLIT = 0.67448975; // Φ⁻¹(3/4): Cody's tail forms beyond it (normal.ts)
const SPLIT_EXP = 37; // beyond, e^(−y²/2) underflows: take it with the factor's logarithm

/** A φ(y)-weighted difference of tails: A e^(−y²/2) (tailRatio(y) − tailRatio(z)), 0.674 < y < z. */
function outOfTheMoney(A: number, y: number, z: number): number {
  const diff = tailRatio(y) - tailRatio(z);
  if (y <= SPLIT_EXP) return A * gaussianTimes(y, diff);
  return Math.exp(Math.log(A) - 0.5 * y * y) * diff;
}

/** Checked Black–Scholes value (the calc's entry: OPTEX_BLACKSCHOLES, OPTEX_EXCHANGE_VALUE, OPTEX_VALUATION, the pane). */
export function blackScholes(input: BlackScholesInput, args: BlackScholesArgs = BLACK_SCHOLES_ARGS): number {
  checkBlackScholes(input, args);
  return blackScholesValue(input.spot, input.strike, input.years, input.rate, input.vol, input.divYield, input.type === "CALL");
}
