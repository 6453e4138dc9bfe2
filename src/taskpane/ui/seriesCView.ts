import { seriesCModel } from "../model/layout";
import {
  CONVERSION_KINDS,
  EVENT_COLUMNS,
  EVENT_TYPES,
  EventRowText,
  PaymentRowText,
  REDEMPTION_TRIGGERS,
  ResultTable,
  SeriesCForm,
  defaultSeriesCForm,
  emptyEventRow,
  emptyPaymentRow,
  parseSeriesC,
  previewSeriesC,
} from "../model/seriesC";
import { PaneContext, actionBar, insertBlock } from "./context";
import { h, textTable } from "./dom";
import { Field, selectField, textField } from "./fields";

const DATE_HINT = "YYYY-MM-DD or an Excel date serial";

export interface View {
  panel: HTMLElement;
  setContext(ctx: PaneContext): void;
}

export function seriesCView(initial: PaneContext): View {
  let ctx = initial;
  const form: SeriesCForm = defaultSeriesCForm();

  const asOf = textField({ id: "sc-asof", label: "As-of / event date", hint: DATE_HINT, value: form.asOf, placeholder: "2001-06-30" });
  const shares = textField({ id: "sc-shares", label: "Holder's Series C shares", value: form.shares, inputmode: "decimal" });
  const fmv = textField({ id: "sc-fmv", label: "Common stock fair market value per share", value: form.fmv, inputmode: "decimal" });
  const kind = selectField({ id: "sc-kind", label: "Conversion kind", options: CONVERSION_KINDS, value: form.kind });
  const trigger = selectField({ id: "sc-trigger", label: "Redemption trigger", options: REDEMPTION_TRIGGERS, value: form.trigger, hint: "6A holders' election · SALE · 3D/3E Company Redemption" });
  const notice = textField({ id: "sc-notice", label: "Redemption notice date (optional)", hint: DATE_HINT });
  const scalar: Array<[keyof SeriesCForm, Field]> = [
    ["asOf", asOf],
    ["shares", shares],
    ["fmv", fmv],
    ["kind", kind],
    ["trigger", trigger],
    ["noticeDate", notice],
  ];

  const inputs = h("fieldset", { class: "group" }, h("legend", { text: "Inputs" }), ...scalar.map(([, f]) => f.root));

  // Events: one small fieldset per row (date, type, a–d), add/remove.
  const eventList = h("div", { class: "rows", id: "sc-events" });
  const eventsError = h("div", { class: "error", id: "sc-events-error", "aria-live": "polite", hidden: true });
  const addEvent = h("button", { type: "button", class: "button", id: "sc-add-event", text: "Add event" });
  const events = h(
    "fieldset",
    { class: "group" },
    h("legend", { text: "Events" }),
    h("p", { class: "hint", text: "What the corporation did: SPLIT a = new shares per old; STOCKDIV a, b; ISSUE/RIGHTS/PLANOPTION a shares, b consideration, c common outstanding, d FMV; EXPIRE a = event number; EXEMPT a shares." }),
    eventList,
    eventsError,
    addEvent,
  );

  const paymentList = h("div", { class: "rows", id: "sc-payments" });
  const paymentsError = h("div", { class: "error", id: "sc-payments-error", "aria-live": "polite", hidden: true });
  const addPayment = h("button", { type: "button", class: "button", id: "sc-add-payment", text: "Add payment" });
  const payments = h(
    "fieldset",
    { class: "group" },
    h("legend", { text: "Dividends paid (per share)" }),
    paymentList,
    paymentsError,
    addPayment,
  );

  const results = h("dl", { class: "results", id: "sc-results" });
  const breakdown = h("div", { id: "sc-breakdown" });
  const keyDates = h("div", { id: "sc-keydates" });
  const resultsSection = h(
    "section",
    { class: "group results-group", "aria-labelledby": "sc-results-title" },
    h("h2", { id: "sc-results-title", text: "Results (per Series C share)" }),
    results,
    breakdown,
    keyDates,
  );

  const bar = actionBar("sc-actions");
  const insert = h("button", { type: "button", class: "button primary", id: "sc-insert", text: "Insert model" });
  bar.add(insert);
  insert.addEventListener("click", () => {
    void insertBlock(bar.status, "Series C model", (anchor) => seriesCModel(structuredCopy(form), anchor, ctx.available));
  });

  const panel = h(
    "div",
    { class: "panel" },
    h("p", { class: "intro", text: "Series C Convertible Preferred: dividends, conversion, liquidation and redemption, computed as you type." }),
    inputs,
    resultsSection,
    events,
    payments,
    h("section", { class: "group", "aria-label": "Write to the sheet" }, bar.root),
  );

  function renderEventRows(focusIndex?: number): void {
    eventList.replaceChildren();
    form.events.forEach((row, i) => {
      const n = i + 1;
      const date = textField({ id: `sc-ev${n}-date`, label: "Date", value: row.date, placeholder: "YYYY-MM-DD", compact: true });
      const type = selectField({ id: `sc-ev${n}-type`, label: "Type", options: EVENT_TYPES, value: row.type, compact: true });
      const cols = EVENT_COLUMNS.map((c) => textField({ id: `sc-ev${n}-${c}`, label: c, value: row[c], inputmode: "decimal", compact: true }));
      const bind = (f: Field, key: keyof EventRowText) =>
        f.control.addEventListener("input", () => {
          form.events[i][key] = f.control.value;
          update();
        });
      bind(date, "date");
      bind(type, "type");
      cols.forEach((f, k) => bind(f, EVENT_COLUMNS[k]));
      const remove = h("button", { type: "button", class: "button subtle", id: `sc-ev${n}-remove`, text: `Remove event ${n}` });
      remove.addEventListener("click", () => {
        form.events.splice(i, 1);
        renderEventRows(Math.min(i, form.events.length - 1));
        update();
        if (form.events.length === 0) addEvent.focus();
      });
      const fs = h(
        "fieldset",
        { class: "row-card", id: `sc-ev${n}` },
        h("legend", { text: `Event ${n}` }),
        h("div", { class: "line two" }, date.root, type.root),
        h("div", { class: "line four" }, ...cols.map((f) => f.root)),
        remove,
      );
      eventList.appendChild(fs);
    });
    if (focusIndex !== undefined && focusIndex >= 0) document.getElementById(`sc-ev${focusIndex + 1}-date`)?.focus();
  }

  function renderPaymentRows(focusIndex?: number): void {
    paymentList.replaceChildren();
    form.payments.forEach((row, i) => {
      const n = i + 1;
      const date = textField({ id: `sc-pay${n}-date`, label: "Date", value: row.date, placeholder: "YYYY-MM-DD", compact: true });
      const amount = textField({ id: `sc-pay${n}-amount`, label: "Amount", value: row.amount, inputmode: "decimal", compact: true });
      const bind = (f: Field, key: keyof PaymentRowText) =>
        f.control.addEventListener("input", () => {
          form.payments[i][key] = f.control.value;
          update();
        });
      bind(date, "date");
      bind(amount, "amount");
      const remove = h("button", { type: "button", class: "button subtle", id: `sc-pay${n}-remove`, text: `Remove payment ${n}` });
      remove.addEventListener("click", () => {
        form.payments.splice(i, 1);
        renderPaymentRows(Math.min(i, form.payments.length - 1));
        update();
        if (form.payments.length === 0) addPayment.focus();
      });
      paymentList.appendChild(h("fieldset", { class: "row-card", id: `sc-pay${n}` }, h("legend", { text: `Payment ${n}` }), h("div", { class: "line two" }, date.root, amount.root), remove));
    });
    if (focusIndex !== undefined && focusIndex >= 0) document.getElementById(`sc-pay${focusIndex + 1}-date`)?.focus();
  }

  addEvent.addEventListener("click", () => {
    form.events.push(emptyEventRow());
    renderEventRows(form.events.length - 1);
    update();
  });
  addPayment.addEventListener("click", () => {
    form.payments.push(emptyPaymentRow());
    renderPaymentRows(form.payments.length - 1);
    update();
  });
  for (const [key, f] of scalar) {
    f.control.addEventListener("input", () => {
      (form[key] as string) = f.control.value;
      update();
    });
  }

  function showError(el: HTMLElement, message: string | undefined): void {
    el.textContent = message ?? "";
    el.hidden = !message;
  }

  function table(t: ResultTable): HTMLElement {
    const wrap = h("div", { class: "subresult", id: `sc-${t.id}-result`, "data-fn": t.fn });
    if (t.error) {
      wrap.appendChild(h("h3", { text: t.label }));
      wrap.appendChild(h("p", { class: "error-text", text: t.error }));
    } else if (t.rows.length === 1) {
      // One result row: shown as label | value lines, which fit a 320 px pane.
      const table = h("table", { class: "grid pairs" }, h("caption", { text: t.label }));
      const body = table.createTBody();
      t.header.forEach((label, k) => {
        const tr = body.insertRow();
        tr.appendChild(h("th", { scope: "row", text: label }));
        tr.insertCell().textContent = t.rows[0][k];
      });
      wrap.appendChild(table);
    } else {
      wrap.appendChild(h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": t.label }, textTable(t.label, t.header, t.rows, { class: `grid ${t.id}` })));
    }
    return wrap;
  }

  function update(): void {
    const parsed = parseSeriesC(form);
    for (const [key, f] of scalar) f.setError(parsed.errors[key as keyof typeof parsed.errors]);
    showError(eventsError, parsed.errors.events);
    showError(paymentsError, parsed.errors.payments);
    const preview = previewSeriesC(parsed);
    results.replaceChildren();
    for (const line of preview.lines) {
      const dd = h("dd", { id: `sc-${line.id}`, "data-fn": line.fn, class: line.error ? "error-text" : "value" });
      dd.textContent = line.error ?? line.text ?? "";
      if (line.exact !== undefined) dd.setAttribute("data-exact", line.exact);
      results.append(h("div", { class: "result" }, h("dt", { text: line.label }), dd));
    }
    breakdown.replaceChildren(table(preview.breakdown));
    keyDates.replaceChildren(table(preview.keyDates));
  }

  renderEventRows();
  renderPaymentRows();
  update();
  bar.setEnabled(ctx.inExcel);
  return {
    panel,
    setContext(next) {
      ctx = next;
      bar.setEnabled(ctx.inExcel);
    },
  };
}

function structuredCopy(form: SeriesCForm): SeriesCForm {
  return { ...form, events: form.events.map((e) => ({ ...e })), payments: form.payments.map((p) => ({ ...p })) };
}
