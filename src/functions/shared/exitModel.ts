import { checkCapital } from "../../calc/seriesC/capital";
import { CAPITAL_LAYOUT } from "../../calc/seriesC/capitalTypes";
import { ExitModel, prepareExit } from "../../calc/seriesC/exit";
import { checkPayments } from "../../calc/seriesC/payments";
import { capitalArg, paymentsArg } from "../../input/seriesCTables";
import { requiredDay, requiredRange } from "../../input/values";
import { ContentCache, contentKey } from "./memo";
import { checkedEventsArg, seriesCTermsArg } from "./seriesCInputs";

// A sheet asks for many exit values against one capital table (SERIESC_EXIT, SERIESC_EXIT_TABLE, SERIESC_PAYOUTS):
// the model (terms, events, the Series C's as-converted value as lines in p, the option strikes) is built once per content.
const modelCache = new ContentCache<ExitModel>(16);

export function exitModel(eventDate: unknown, capital: unknown, events: unknown, payments: unknown, terms: unknown): ExitModel {
  const t = seriesCTermsArg(terms);
  const day = requiredDay(eventDate, "eventDate");
  const table = requiredRange(capital, "capital", `a range of ${CAPITAL_LAYOUT} rows`);
  return modelCache.get(contentKey(t.cacheKey, day, table, events ?? null, payments ?? null), () =>
    prepareExit(t, { day, capital: checkCapital(capitalArg(table)), events: checkedEventsArg(events, t), payments: checkPayments(t, paymentsArg(payments)) }),
  );
}
