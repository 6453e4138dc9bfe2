import { TermOverride, TermSchema, resolveTerms, ResolvedTerms } from "../core/terms";
import { dayFromCivil } from "../time/civil";

/** Series C terms (docs/conventions.md#terms); defaults are the Certificate of Designation's. */
export const SERIES_C_TERMS = {
  issueDate: { kind: "date", default: dayFromCivil(1999, 12, 29), doc: "Original Issue Date (Cert §12)" },
  liquidationValue: { kind: "number", default: 28, min: 0, minExclusive: true, doc: "Series C Liquidation Value per share (Cert §12)" },
  dividendRate: { kind: "number", default: 0.1, min: 0, max: 1, percent: "rate", doc: "annual dividend rate, compounded each 31 December (Cert §2)" },
  minimumDividend: { kind: "number", default: 2.8, min: 0, doc: "Minimum Dividend Amount per share (Cert §12)" },
  initialConversionPrice: { kind: "number", default: 28, min: 0, minExclusive: true, doc: "initial Series C Conversion Price (Cert §5(d))" },
  conversionNumerator: { kind: "number", default: 28, min: 0, minExclusive: true, doc: "dividend of the Conversion Rate quotient (Cert §5(c))" },
  sharesIssued: { kind: "number", default: 1250000, min: 0, minExclusive: true, doc: "Series C shares initially issued (Cert §1)" },
  stubDays: { kind: "word", default: "elapsed", words: ["elapsed", "inclusive"], doc: "first-period day count: plain difference or +1 day (Cert §2)" },
  ratchetMonths: { kind: "number", default: 18, min: 0, max: 1200, integer: true, doc: "full-ratchet period in months (Cert §5(k)(5))" },
  ratchetExemptValue: { kind: "number", default: 5000000, min: 0, doc: "carve-out from the full ratchet, aggregate FMV (Cert §5(k)(4)(E))" },
  planOptionCap: { kind: "number", default: 4640000, min: 0, doc: "Stock Option Plan options exempt from adjustment (Cert §5(k)(4)(B))" },
  extinguishMonths: { kind: "number", default: 30, min: 0, max: 1200, integer: true, doc: "dividend extinguishment window in months (Cert §4(a), §5(e))" },
  qualifiedReturnMultiple: { kind: "number", default: 2, min: 0, doc: "Qualified Return multiple of the Liquidation Value (Cert §4(a))" },
  mandatoryConversionDays: { kind: "number", default: 386, min: 0, max: 36500, integer: true, doc: "days after issue when Mandatory Conversion may start (Cert §5(b)(1))" },
  thresholdMultiple: { kind: "number", default: 2, min: 0, minExclusive: true, doc: "Market Threshold multiple of the Liquidation Value (Cert §12)" },
  thresholdDays: { kind: "number", default: 20, min: 1, max: 10000, integer: true, doc: "consecutive trading days above the threshold (Cert §12)" },
  thresholdWindowDays: { kind: "number", default: 60, min: 0, max: 36500, integer: true, doc: "days before the Threshold Notice the run must end in (Cert §5(b)(1), §12)" },
  redemptionYears: { kind: "number", default: 6, min: 0, max: 100, integer: true, doc: "anniversary after which holders may redeem (Cert §6(a))" },
  floorAdjustedForSplits: { kind: "boolean", default: false, doc: "adjust the Liquidation Value floor for common splits/stock dividends (Cert §5(k)(1)); FALSE: the literal $28" },
  pricesSplitAdjusted: { kind: "boolean", default: false, doc: "Market Threshold prices are already split-adjusted to today's basis (Cert §12)" },
  votingPowerAtIssue: { kind: "number", default: undefined, min: 0, minExclusive: true, doc: "voting power outstanding at issue, for the 20% cap (Cert §5(k)(6)); none by default" },
  conversionCapPercent: { kind: "number", default: 0.2, min: 0, max: 1, percent: "rate", doc: "cap on common shares issuable on conversion (Cert §5(k)(6))" },
} as const satisfies TermSchema;

export type SeriesCTerms = ResolvedTerms<typeof SERIES_C_TERMS>;

export function seriesCTerms(overrides: readonly TermOverride[] = []): SeriesCTerms {
  return resolveTerms(SERIES_C_TERMS, overrides);
}

/** The arguments to name for a problem the terms take part in: `arg`, and "terms" when they differ from the defaults. */
export function withTerms(t: SeriesCTerms, arg: string): string[] {
  return t.cacheKey === seriesCTerms().cacheKey ? [arg] : [arg, "terms"];
}
