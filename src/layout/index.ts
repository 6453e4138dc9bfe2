/**
 * The model workbook's layout, defined once (docs/workbook.md): pure data and
 * builders, no Office API, no DOM. scripts/make-workbook.js renders it into
 * examples/mpwr-model.xlsx; the task pane's "Insert model" renders the same
 * description through Office.js.
 */
export * from "./address";
export * from "./formats";
export * from "./formula";
export * from "./types";
export { TERMS_HEADERS } from "./terms";
export {
  seriesCModel,
  SERIES_C_EXAMPLE,
  SERIES_C_TERM_FORMATS,
  EVENTS_HEADERS,
  PAYMENTS_HEADERS,
  PRICES_HEADERS,
  PAYOFF_HEADERS,
  CAPITAL_HEADERS,
  HOLDINGS_HEADERS,
  breakpointBound,
  exitPointsOf,
} from "./seriesC";
export type { SeriesCModelInput, EventRow, CapitalRow, HoldingRow, ModelOptions } from "./seriesC";
export {
  optionExchangeModel,
  OPTION_EXCHANGE_EXAMPLE,
  OPTION_EXCHANGE_TERM_FORMATS,
  ROSTER_HEADERS,
  EMPLOYEE_HEADER,
  NEW_OPTIONS_HEADER,
  OPTION_TYPES,
} from "./optionExchange";
export type { OptionExchangeModelInput, RosterGrant, ExchangeValuation } from "./optionExchange";
export { CHART_SOURCES, chartSource, spillSource, tableSource } from "./sources";
export type { ChartSourceId, SpillSource, TableSource } from "./sources";

import { optionExchangeModel } from "./optionExchange";
import { seriesCModel } from "./seriesC";
import { ModelSheet } from "./types";

/** The example workbook's sheets, in order. */
export function exampleModels(): ModelSheet[] {
  return [seriesCModel(), optionExchangeModel()];
}

/**
 * Office.js sets column widths in points; the layout gives Excel's character
 * widths (as stored in .xlsx). Excel's default font (Calibri 11) has a 7-pixel
 * digit and 5 pixels of padding; a point is 4/3 pixel.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
