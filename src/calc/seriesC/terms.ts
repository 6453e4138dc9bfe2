import { TermOverride, TermSchema, resolveTerms, ResolvedTerms } from "../core/terms";
import { dayFromCivil } from "../time/civil";

/** Series C terms (docs/conventions.md#terms); defaults are the Certificate of Designation's. */
export const SERIES_C_TERMS = {
  issueDate: { kind: "date", default: dayFromCivil(1999, 12, 29) },
  liquidationValue: { kind: "number", default: 28, min: 0, minExclusive: true },
  dividendRate: { kind: "number", default: 0.1, min: 0, max: 1, percent: "rate" },
  minimumDividend: { kind: "number", default: 2.8, min: 0 },
  initialConversionPrice: { kind: "number", default: 28, min: 0, minExclusive: true },
  conversionNumerator: { kind: "number", default: 28, min: 0, minExclusive: true },
  sharesIssued: { kind: "number", default: 1250000, min: 0, minExclusive: true },
  stubDays: { kind: "word", default: "elapsed", words: ["elapsed", "inclusive"] },
  ratchetMonths: { kind: "number", default: 18, min: 0, max: 1200, integer: true },
  ratchetExemptValue: { kind: "number", default: 5000000, min: 0 },
  planOptionCap: { kind: "number", default: 4640000, min: 0 },
  extinguishMonths: { kind: "number", default: 30, min: 0, max: 1200, integer: true },
  qualifiedReturnMultiple: { kind: "number", default: 2, min: 0 },
  mandatoryConversionDays: { kind: "number", default: 386, min: 0, max: 36500, integer: true },
  thresholdMultiple: { kind: "number", default: 2, min: 0, minExclusive: true },
  thresholdDays: { kind: "number", default: 20, min: 1, max: 10000, integer: true },
  thresholdWindowDays: { kind: "number", default: 60, min: 0, max: 36500, integer: true },
  redemptionYears: { kind: "number", default: 6, min: 0, max: 100, integer: true },
  floorAdjustedForSplits: { kind: "boolean", default: false },
  pricesSplitAdjusted: { kind: "boolean", default: false },
  votingPowerAtIssue: { kind: "number", default: undefined, min: 0, minExclusive: true },
  conversionCapPercent: { kind: "number", default: 0.2, min: 0, max: 1, percent: "rate" },
} as const satisfies TermSchema;

export type SeriesCTerms = ResolvedTerms<typeof SERIES_C_TERMS>;

export function seriesCTerms(overrides: readonly TermOverride[] = []): SeriesCTerms {
  return resolveTerms(SERIES_C_TERMS, overrides);
}

/** The arguments to name for a problem the terms take part in: `arg`, and "terms" when they differ from the defaults. */
export function withTerms(t: SeriesCTerms, arg: string): string[] {
  return t.cacheKey === seriesCTerms().cacheKey ? [arg] : [arg, "terms"];
}
