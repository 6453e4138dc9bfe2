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
