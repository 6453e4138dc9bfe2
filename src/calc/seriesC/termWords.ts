import type { SERIES_C_TERMS } from "./terms";

/**
 * What each Series C term is, said beside it in the workbook's terms table (src/layout/terms.ts) and in the
 * docs: the second half of the terms' description (terms.ts has the first: kinds, defaults, domains). The
 * functions do not read it, so it stays out of dist/functions.js. An entry per term, by the type.
 */
export const SERIES_C_TERM_DOCS: { readonly [K in keyof typeof SERIES_C_TERMS]: string } = {
  issueDate: "Original Issue Date (Cert §12)",
  liquidationValue: "Series C Liquidation Value per share (Cert §12)",
  dividendRate: "annual dividend rate, compounded each 31 December (Cert §2)",
  minimumDividend: "Minimum Dividend Amount per share (Cert §12)",
  initialConversionPrice: "initial Series C Conversion Price (Cert §5(d))",
  conversionNumerator: "dividend of the Conversion Rate quotient (Cert §5(c))",
  sharesIssued: "Series C shares initially issued (Cert §1)",
  stubDays: "first-period day count: plain difference or +1 day (Cert §2)",
  ratchetMonths: "full-ratchet period in months (Cert §5(k)(5))",
  ratchetExemptValue: "carve-out from the full ratchet, aggregate FMV (Cert §5(k)(4)(E))",
  planOptionCap: "Stock Option Plan options exempt from adjustment (Cert §5(k)(4)(B))",
  extinguishMonths: "dividend extinguishment window in months (Cert §4(a), §5(e))",
  qualifiedReturnMultiple: "Qualified Return multiple of the Liquidation Value (Cert §4(a))",
  mandatoryConversionDays: "days after issue when Mandatory Conversion may start (Cert §5(b)(1))",
  thresholdMultiple: "Market Threshold multiple of the Liquidation Value (Cert §12)",
  thresholdDays: "consecutive trading days above the threshold (Cert §12)",
  thresholdWindowDays: "days before the Threshold Notice the run must end in (Cert §5(b)(1), §12)",
  redemptionYears: "anniversary after which holders may redeem (Cert §6(a))",
  floorAdjustedForSplits: "adjust the Liquidation Value floor for common splits/stock dividends (Cert §5(k)(1)); FALSE: the literal $28",
  pricesSplitAdjusted: "Market Threshold prices are already split-adjusted to today's basis (Cert §12)",
  votingPowerAtIssue: "voting power outstanding at issue, for the 20% cap (Cert §5(k)(6)); none by default",
  conversionCapPercent: "cap on common shares issuable on conversion (Cert §5(k)(6))",
};
