import { CapitalType } from "../../calc/seriesC/capital";
import { EventType } from "../../calc/seriesC/events";
import {
  CAPITAL_FIELDS,
  CAPITAL_LABEL,
  CAPITAL_TYPE_NOTE,
  CAPITAL_TYPE_OPTIONS,
  CapitalFormRow,
  capitalText,
  capitalFieldId,
  capitalRankOptions,
  capitalRowsFromValues,
  emptyCapitalRow,
} from "./capital";
import { RowField, RowListSpec } from "./rowList";
import {
  EVENT_FIELDS,
  EVENT_TYPES,
  EVENT_TYPE_LABEL,
  EventRow,
  PaymentRow,
  emptyEventRow,
  emptyPaymentRow,
  eventFieldId,
  eventRowsFromValues,
  paymentFieldId,
} from "./seriesC";

/** Events the pane edits as cards; bigger tables belong in the sheet. */
export const MAX_EVENTS = 200;
/** Capital rows the pane edits as cards; bigger tables belong in the sheet. */
export const MAX_CAPITAL_ROWS = 100;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The events an EXPIRE row can refer to: the RIGHTS and PLANOPTION rows (by identity), and a removed one it still names. */
function eventTargets(row: EventRow, rows: readonly EventRow[]): Array<{ value: string; label: string }> {
  const options = [{ value: "", label: "Choose the expired event" }];
  const label = (e: EventRow, i: number) => `Event ${i + 1}: ${e.type} ${e.date || "(no date)"}`;
  // The cards shown (at most MAX_EVENTS: a longer list restored from a saved record is not drawn whole, see rowListCards).
  const shown = Math.min(rows.length, MAX_EVENTS);
  for (let i = 0; i < shown; i++) {
    const e = rows[i];
    if (e.id !== row.id && (e.type === "RIGHTS" || e.type === "PLANOPTION")) options.push({ value: e.id, label: label(e, i) });
  }
  if (row.target && !options.some((o) => o.value === row.target)) {
    const at = rows.findIndex((e) => e.id === row.target);
    options.push({ value: row.target, label: at < 0 ? "(the event it referred to was removed)" : label(rows[at], at) });
  }
  return options;
}

/** Events (Cert §5(f)–(k)): date and type, then the fields the type uses (EVENT_FIELDS). */
export const EVENT_LIST: RowListSpec<EventRow> = {
  prefix: "sc-ev",
  addId: "sc-add-event",
  empty: emptyEventRow,
  firstFieldId: (row) => eventFieldId(row.id, "date"),
  fromValues: eventRowsFromValues,
  max: MAX_EVENTS,
  card(row, i, rows) {
    const fields: RowField[] = EVENT_FIELDS[row.type].map((s) =>
      s.kind === "event"
        ? { id: eventFieldId(row.id, "target"), label: s.label, value: row.target, options: eventTargets(row, rows), set: (x) => (row.target = x) }
        : { id: eventFieldId(row.id, s.col), label: s.label, value: row[s.col], inputmode: "decimal", hint: s.hint, set: (x) => (row[s.col] = x) },
    );
    return {
      id: `sc-ev${row.id}`,
      legend: `Event ${i + 1}`,
      head: [
        { id: eventFieldId(row.id, "date"), label: "Date", value: row.date, placeholder: "YYYY-MM-DD", set: (x) => (row.date = x) },
        {
          id: eventFieldId(row.id, "type"),
          label: "Type",
          value: row.type,
          options: EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABEL[t] })),
          restructures: true,
          set: (x) => (row.type = x as EventType),
        },
      ],
      fields,
      removeId: `sc-ev${row.id}-remove`,
      removeText: `Remove event ${i + 1}`,
    };
  },
  words: {
    one: "event",
    many: "events",
    replaceTitle: "Replace the events?",
    holds: (n) => `The list holds ${plural(n, "event", "events")}.`,
    container: "the list",
    leftAlone: "The events were left as they were.",
    removedAll: "All events were removed.",
    tooMany: "Use SERIESC_CONVPRICE and SERIESC_ADJUSTMENTS in the sheet for this table.",
  },
};

/** Dividends paid in cash, per share (Cert §2): date and amount. */
export const PAYMENT_LIST: RowListSpec<PaymentRow> = {
  prefix: "sc-pay",
  addId: "sc-add-payment",
  empty: emptyPaymentRow,
  firstFieldId: (row) => paymentFieldId(row.id, "date"),
  card: (row, i) => ({
    id: `sc-pay${row.id}`,
    legend: `Payment ${i + 1}`,
    head: [
      { id: paymentFieldId(row.id, "date"), label: "Date", value: row.date, placeholder: "YYYY-MM-DD", set: (x) => (row.date = x) },
      { id: paymentFieldId(row.id, "amount"), label: "Amount per share", value: row.amount, inputmode: "decimal", set: (x) => (row.amount = x) },
    ],
    fields: [],
    removeId: `sc-pay${row.id}-remove`,
    removeText: `Remove payment ${i + 1}`,
  }),
  words: {
    one: "payment",
    many: "payments",
    replaceTitle: "Replace the payments?",
    holds: (n) => `The list holds ${plural(n, "payment", "payments")}.`,
    container: "the list",
    leftAlone: "The payments were left as they were.",
    removedAll: "All payments were removed.",
    tooMany: "Use SERIESC_ACCRUED's payments table in the sheet.",
  },
};

/** The capital that shares in an exit (Cert §4): name and type, the type's note, the fields it uses (CAPITAL_FIELDS). */
export const CAPITAL_LIST: RowListSpec<CapitalFormRow> = {
  prefix: "sc-cap",
  addId: "sc-add-capital",
  empty: emptyCapitalRow,
  firstFieldId: (row) => capitalFieldId(row.id, "name"),
  fromValues: capitalRowsFromValues,
  max: MAX_CAPITAL_ROWS,
  card(row, i) {
    const specs = CAPITAL_FIELDS[row.type as CapitalType] ?? [];
    return {
      id: `sc-cap${row.id}`,
      legend: `Capital row ${i + 1}`,
      head: [
        { id: capitalFieldId(row.id, "name"), label: CAPITAL_LABEL.name, value: row.name, placeholder: "Series C", set: (x) => (row.name = x) },
        {
          id: capitalFieldId(row.id, "type"),
          label: CAPITAL_LABEL.type,
          value: row.type,
          options: CAPITAL_TYPE_OPTIONS,
          restructures: true,
          set: (x) => (row.type = x),
        },
      ],
      note: { id: `sc-cap${row.id}-note`, text: CAPITAL_TYPE_NOTE[row.type as CapitalType] ?? "" },
      fields: specs.map((s) => ({
        id: capitalFieldId(row.id, s.col),
        label: s.label,
        value: capitalText(row, s.col),
        // The rank is chosen from a drop-down saying what each rank means (model/capital.ts capitalRankOptions).
        ...(s.col === "rank" ? { options: capitalRankOptions(row.type as CapitalType, capitalText(row, "rank")) } : { inputmode: "decimal" as const }),
        hint: s.hint,
        set: (x: string) => (row[s.col] = x),
      })),
      removeId: `sc-cap${row.id}-remove`,
      removeText: `Remove capital row ${i + 1}`,
    };
  },
  words: {
    one: "capital row",
    many: "capital rows",
    replaceTitle: "Replace the capital table?",
    holds: (n) => `The table holds ${plural(n, "class", "classes")}.`,
    container: "the table",
    leftAlone: "The capital table was left as it was.",
    removedAll: "All classes were removed.",
    tooMany: "Use SERIESC_EXIT in the sheet for this table.",
  },
};
