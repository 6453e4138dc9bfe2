import { Dec } from "../core/decimal";
import { badNumber } from "../core/errors";
import { refuseWholePercent } from "../core/percent";
import { normalCdfBoth } from "./normal";

export const OPTION_TYPES = ["CALL", "PUT"] as const;
export type OptionType = (typeof OPTION_TYPES)[number];

export interface BlackScholesInput {
  spot: Dec;
  strike: Dec;
  /** Time to expiry in years. */
  years: Dec;
  /** Continuously compounded risk-free rate. */
  rate: Dec;
  /** Annualized volatility. */
  vol: Dec;
  /** Continuously compounded dividend yield. */
  divYield: Dec;
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

const DEFAULT_ARGS: BlackScholesArgs = { spot: "spot", strike: "strike", years: "years", rate: "rate", vol: "vol", divYield: "divYield" };

/** Terms beyond 1,000 years are treated as input mistakes. */
const MAX_YEARS = 1000;

/**
 * Domains: spot > 0, strike > 0, 0 ≤ years ≤ 1000, 0 ≤ vol ≤ 5 (500 %); rate and divYield any
 * number in [−1, 1] (±100 %) — beyond these a whole percent was typed without % (90 for
 * 90 %) and is refused, saying so (core/percent.ts) — negative rates are allowed (they have
 * occurred in several currencies, and a negative dividend yield stands for a
 * borrow benefit); the model is well defined for them.
 */
export function checkBlackScholes(input: BlackScholesInput, args: BlackScholesArgs = DEFAULT_ARGS): void {
  const positive = (x: Dec, arg: string, what: string) => {
    if (!x.isFinite() || x.lte(0)) throw badNumber(arg, `${what} must be greater than 0, got ${x.toString()}`);
  };
  const nonNegative = (x: Dec, arg: string, what: string) => {
    if (!x.isFinite() || x.isNegative()) throw badNumber(arg, `${what} must be at least 0, got ${x.toString()}`);
  };
  const bounded = (x: Dec, arg: string, what: string) => {
    if (!x.isFinite()) throw badNumber(arg, `${what} must be a finite rate (0.05 = 5%), got ${x.toString()}`);
    refuseWholePercent(x, "rate", arg, arg); // docs/conventions.md#percentages
  };
  positive(input.spot, args.spot, "the stock price");
  positive(input.strike, args.strike, "the exercise price");
  nonNegative(input.years, args.years, "the time to expiry in years");
  if (input.years.gt(MAX_YEARS)) throw badNumber(args.years, `the time to expiry must be at most ${MAX_YEARS} years, got ${input.years.toString()}`);
  bounded(input.rate, args.rate, "the risk-free rate");
  nonNegative(input.vol, args.vol, "the volatility");
  refuseWholePercent(input.vol, "volatility", args.vol, args.vol);
  bounded(input.divYield, args.divYield, "the dividend yield");
}

/**
 * Black–Scholes–Merton value of a European option with continuous rate r and
 * dividend yield q (the model named on the Schedule TO cover):
 *   d1 = (ln(S/K) + (r − q + σ²/2)T) / (σ√T), d2 = d1 − σ√T,
 *   call = S e^(−qT) Φ(d1) − K e^(−rT) Φ(d2),
 *   put  = K e^(−rT) Φ(−d2) − S e^(−qT) Φ(−d1) (computed directly, not by parity).
 * With σ√T = 0 (zero volatility or zero time) the value is the intrinsic value
 * of the forward: max(S e^(−qT) − K e^(−rT), 0) for a call, the mirror for a put.
 * Computed in 40-digit Decimals, Φ in double precision (normal.ts: Cody, ~1e−15
 * relative in both tails).
 */
export function blackScholes(input: BlackScholesInput, args: BlackScholesArgs = DEFAULT_ARGS): Dec {
  checkBlackScholes(input, args);
  const { spot: S, strike: K, years: T, rate: r, vol: sigma, divYield: q } = input;
  const sq = S.times(q.times(T).neg().exp()); // S e^(−qT)
  const kr = K.times(r.times(T).neg().exp()); // K e^(−rT)
  const sd = sigma.times(T.sqrt()); // σ√T
  let value: Dec;
  if (sd.isZero()) {
    value = input.type === "CALL" ? sq.minus(kr) : kr.minus(sq);
  } else {
    const d1 = sq.div(kr).ln().div(sd).plus(sd.div(2)); // = (ln(S/K) + (r − q + σ²/2)T) / σ√T
    const d2 = d1.minus(sd);
    const n1 = normalCdfBoth(d1.toNumber());
    const n2 = normalCdfBoth(d2.toNumber());
    // Φ(−d) is taken as the upper tail 1 − Φ(d), computed without cancellation.
    value =
      input.type === "CALL"
        ? sq.times(n1.lower).minus(kr.times(n2.lower))
        : kr.times(n2.upper).minus(sq.times(n1.upper));
  }
  return value.isNegative() ? new Dec(0) : value; // rounding can leave −1e−40 where the value is 0
}
