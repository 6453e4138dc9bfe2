import { Dec } from "../../calc/core/decimal";
import { accruedDividends, remainingMinimumDividend } from "../../calc/seriesC/dividends";
import { Payment } from "../../calc/seriesC/payments";
import { SeriesCTerms } from "../../calc/seriesC/terms";
import { Day } from "../../calc/time/civil";
import { Driver } from "./results";

/**
 * What makes a Series C result large, argument by argument (results.ts
 * `Blame`): computed only when a result does not fit in a double.
 */

/** A conversion price: the initial price (terms) times what the events did to it. */
export function priceDrivers(t: SeriesCTerms, price: Dec): Driver[] {
  return [
    ["events", price.div(t.initialConversionPrice)],
    ["terms", t.initialConversionPrice],
  ];
}

/** A conversion rate, $28 ÷ price: the terms' $28 ÷ initial price, times what the events did to the price. */
export function rateDrivers(t: SeriesCTerms, rate: Dec): Driver[] {
  const fromTerms = t.conversionNumerator.div(t.initialConversionPrice);
  return [
    ["events", rate.div(fromTerms)],
    ["terms", fromTerms],
  ];
}

/**
 * The dividends a share is owed at `day` (the greater of accrued and the
 * Minimum Dividend Amount, Cert §5(e), §4(a)): accrued dividends grow with the
 * date (`dateArg`) on the Liquidation Value (terms); the Minimum Dividend is a term.
 */
export function dividendDrivers(t: SeriesCTerms, day: Day, payments: readonly Payment[], dateArg: string): Driver[] {
  const accrued = accruedDividends(t, day, payments);
  if (accrued.lt(remainingMinimumDividend(t, day, payments))) return [["terms", t.minimumDividend]];
  return [
    [dateArg, accrued.div(t.liquidationValue)],
    ["terms", t.liquidationValue],
  ];
}
