import { EVENT_TYPES } from "../../calc/seriesC/eventTypes";

/** The `events` and `terms` arguments as every Series C catalogue entry describes them (one wording for all). */
export const EVENTS_ARG = {
  name: "events",
  type: "range",
  optional: true,
  description: `Corporate events: rows of date | type | a | b | c | d (types ${/*#__PURE__*/ EVENT_TYPES.join(", ")}).`,
} as const;

export const TERMS_ARG = {
  name: "terms",
  type: "range",
  optional: true,
  description: "Rows of name | value overriding the default terms (see SERIESC_TERMS).",
} as const;

/** The `payments` argument of every Series C entry that takes the dividends actually paid. */
export const PAYMENTS_ARG = {
  name: "payments",
  type: "range",
  optional: true,
  description: "Dividends actually paid on the Series C: rows of date | amount per share.",
} as const;

/** The `eventDate` of the exit entries (Cert §4): the date of the liquidation or the Sale of the Company. */
export const EXIT_DATE_ARG = {
  name: "eventDate",
  type: "scalar",
  description: "Date of the liquidation, dissolution, winding up or Sale of the Company: an Excel date or YYYY-MM-DD text.",
} as const;
