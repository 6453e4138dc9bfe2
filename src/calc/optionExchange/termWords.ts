import type { OPTION_EXCHANGE_TERMS } from "./terms";

/**
 * What each option exchange term is, said beside it in the workbook's terms table (src/layout/terms.ts) and in the
 * docs: the second half of the terms' description (terms.ts has the first: kinds, defaults, domains). The
 * functions do not read it, so it stays out of dist/functions.js. An entry per term, by the type.
 */
export const OPTION_EXCHANGE_TERM_DOCS: { readonly [K in keyof typeof OPTION_EXCHANGE_TERMS]: string } = {
  ratio: "new options per eligible option (Offer §1, Q7)",
  commencementDate: "date the offer commences: the Offer to Exchange's date (Schedule TO Item 1)",
  expirationDate: "offer expiration date, the new options' grant date (Offer §1, Q8)",
  recordDate: "employment date that makes an employee eligible (Offer Q4)",
  vestYears: "annual vesting installments (Offer Q11, Agreement §5A)",
  termYears: "option term in years (Agreement §5G)",
  postTerminationDays: "exercise window after termination (Agreement §5E)",
  isoLimit: "ISO first-exercisable value limit per calendar year (Offer §13; IRC §422(d))",
  extensionBusinessDays: "business days the offer stays open after a notice of change (Offer §1, §14)",
  feeRate: "filing fee rate: 1/50 of 1% (Schedule TO cover)",
  vestingRounding: "rounding of cumulative vested shares (Offer Q11)",
  oldOptionTermYears:
    "term of an eligible option whose roster row gives no expiration date: it expires this many years after its grant date (Offer §2, Term: options under the plans may not exceed ten years from the date of grant)",
  newExercisePrice:
    "exercise price of the new options for OPTEX_VALUATION; empty: the stock price on the valuation date (Offer §1: the closing price on the grant date)",
  expectedTerm:
    "years valued in OPTEX_VALUATION: the remaining contractual term, or for the new options SAB Topic 14.D.2's simplified method (each vesting tranche's mean of vest date and expiration, weighted by its shares)",
  daysPerYear: "days per year when OPTEX_VALUATION turns days to an expiration into years (actual days ÷ 365 by default)",
};
