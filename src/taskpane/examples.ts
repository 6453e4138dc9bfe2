import { Dec } from "../calc/core/decimal";
import { dayFromCivil } from "../calc/time/civil";
import { accruedDividends } from "../calc/seriesC/dividends";
import { checkEvents } from "../calc/seriesC/events";
import { conversionPrice } from "../calc/seriesC/conversionPrice";
import { redemptionPrice } from "../calc/seriesC/redemption";
import { seriesCTerms } from "../calc/seriesC/terms";
import { newOptionsForGrant } from "../calc/optionExchange/newShares";
import { optionExchangeTerms } from "../calc/optionExchange/terms";

/** A live example per headline function, computed by the same calc module the functions use. */
export interface Example {
  id: string;
  formula: string;
  value: string;
}

const money = (d: Dec): string => `$${d.toDecimalPlaces(6).toString()}`;

export function headlineExamples(): Example[] {
  const t = seriesCTerms();
  const splitEvent = checkEvents(t, [{ row: 1, day: dayFromCivil(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
  const ratio = optionExchangeTerms().ratio;
  return [
    {
      id: "SERIESC_ACCRUED",
      formula: "=MPWR.SERIESC_ACCRUED(DATE(2001,6,30))",
      value: money(accruedDividends(t, dayFromCivil(2001, 6, 30))),
    },
    {
      id: "SERIESC_CONVPRICE",
      formula: '=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1), {"2000-08-29","SPLIT",1.5})',
      value: money(conversionPrice(t, splitEvent, dayFromCivil(2001, 1, 1))),
    },
    {
      id: "SERIESC_REDEMPTION",
      formula: "=MPWR.SERIESC_REDEMPTION(DATE(2006,6,30), 10)",
      value: money(redemptionPrice(t, { day: dayFromCivil(2006, 6, 30), fmv: new Dec(10), trigger: "6A", events: [], payments: [] }).price),
    },
    {
      id: "OPTEX_NEWSHARES",
      formula: "=MPWR.OPTEX_NEWSHARES(1525)",
      value: newOptionsForGrant(new Dec(1525), ratio).toString(),
    },
  ];
}
