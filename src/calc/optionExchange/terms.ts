import { TermOverride, TermSchema, resolveTerms, ResolvedTerms } from "../core/terms";
import { dayFromCivil } from "../time/civil";

/** Option exchange terms (docs/conventions.md#terms); defaults are the Offer to Exchange's. */
export const OPTION_EXCHANGE_TERMS = {
  ratio: { kind: "number", default: 0.75, min: 0, minExclusive: true, max: 1 },
  commencementDate: { kind: "date", default: dayFromCivil(2001, 8, 27) },
  expirationDate: { kind: "date", default: dayFromCivil(2001, 9, 27) },
  recordDate: { kind: "date", default: dayFromCivil(2001, 6, 25) },
  vestYears: { kind: "number", default: 3, min: 1, max: 100, integer: true },
  termYears: { kind: "number", default: 10, min: 1, max: 100, integer: true },
  postTerminationDays: { kind: "number", default: 30, min: 0, max: 36500, integer: true },
  isoLimit: { kind: "number", default: 100000, min: 0 },
  extensionBusinessDays: { kind: "number", default: 10, min: 0, max: 10000, integer: true },
  feeRate: { kind: "number", default: 0.0002, min: 0, max: 1, percent: "rate" },
  vestingRounding: { kind: "word", default: "floor", words: ["floor", "round"] },
  oldOptionTermYears: { kind: "number", default: 10, min: 0, minExclusive: true, max: 100, integer: true },
  newExercisePrice: { kind: "number", default: undefined, min: 0, minExclusive: true },
  expectedTerm: { kind: "word", default: "CONTRACTUAL", words: ["CONTRACTUAL", "SIMPLIFIED"] },
  daysPerYear: { kind: "number", default: 365, min: 360, max: 366 },
} as const satisfies TermSchema;

export type OptionExchangeTerms = ResolvedTerms<typeof OPTION_EXCHANGE_TERMS>;

export function optionExchangeTerms(overrides: readonly TermOverride[] = []): OptionExchangeTerms {
  return resolveTerms(OPTION_EXCHANGE_TERMS, overrides);
}
