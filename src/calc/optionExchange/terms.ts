import { TermOverride, TermSchema, resolveTerms, ResolvedTerms } from "../core/terms";
import { dayFromCivil } from "../time/civil";

/** Option exchange terms (docs/conventions.md#terms); defaults are the Offer to Exchange's. */
export const OPTION_EXCHANGE_TERMS = {
  ratio: { kind: "number", default: 0.75, min: 0, minExclusive: true, max: 1, doc: "new options per eligible option (Offer §1, Q7)" },
  commencementDate: { kind: "date", default: dayFromCivil(2001, 8, 27), doc: "date the offer commences: the Offer to Exchange's date (Schedule TO Item 1)" },
  expirationDate: { kind: "date", default: dayFromCivil(2001, 9, 27), doc: "offer expiration date, the new options' grant date (Offer §1, Q8)" },
  recordDate: { kind: "date", default: dayFromCivil(2001, 6, 25), doc: "employment date that makes an employee eligible (Offer Q4)" },
  vestYears: { kind: "number", default: 3, min: 1, max: 100, integer: true, doc: "annual vesting installments (Offer Q11, Agreement §5A)" },
  termYears: { kind: "number", default: 10, min: 1, max: 100, integer: true, doc: "option term in years (Agreement §5G)" },
  postTerminationDays: { kind: "number", default: 30, min: 0, max: 36500, integer: true, doc: "exercise window after termination (Agreement §5E)" },
  isoLimit: { kind: "number", default: 100000, min: 0, doc: "ISO first-exercisable value limit per calendar year (Offer §13; IRC §422(d))" },
  extensionBusinessDays: { kind: "number", default: 10, min: 0, max: 10000, integer: true, doc: "business days the offer stays open after a notice of change (Offer §1, §14)" },
  feeRate: { kind: "number", default: 0.0002, min: 0, max: 1, percent: "rate", doc: "filing fee rate: 1/50 of 1% (Schedule TO cover)" },
  vestingRounding: { kind: "word", default: "floor", words: ["floor", "round"], doc: "rounding of cumulative vested shares (Offer Q11)" },
} as const satisfies TermSchema;

export type OptionExchangeTerms = ResolvedTerms<typeof OPTION_EXCHANGE_TERMS>;

export function optionExchangeTerms(overrides: readonly TermOverride[] = []): OptionExchangeTerms {
  return resolveTerms(OPTION_EXCHANGE_TERMS, overrides);
}
