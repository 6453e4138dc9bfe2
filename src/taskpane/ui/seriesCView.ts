import { EventType } from "../../calc/seriesC/events";
import { DATE_ORDER_LABEL, DateOrder } from "../../input/text";
import { readSelectionValues } from "../excel/sheet";
import { PER_SHARE_NOTE } from "../model/cells";
import { Problem } from "../model/fields";
import { seriesCModel } from "../../layout";
import { seriesCModelInput } from "../model/modelInput";
import { modelChartSources } from "../model/modelCharts";
import {
  CONVERSION_KINDS,
  EVENT_FIELDS,
  EVENT_TYPES,
  EVENT_TYPE_LABEL,
  EventRow,
  ParsedSeriesC,
  PaymentRow,
  REDEMPTION_TRIGGERS,
  ResultTable,
  SERIESC_FIELDS,
  SERIESC_ID,
  SERIESC_LABEL,
  SeriesCField,
  SeriesCForm,
  SeriesCPreview,
  emptyEventRow,
  emptyPaymentRow,
  eventFieldId,
  eventRowsFromValues,
  nextId,
  parseSeriesC,
  paymentFieldId,
  previewSeriesC,
} from "../model/seriesC";
import { capitalEditor } from "./capitalEditor";
import { confirmDialog } from "./confirm";
import { PaneContext, actionBar } from "./context";
import { h, textTable } from "./dom";
import { Field, selectField, textField } from "./fields";
import { seriesCFiguresView } from "./seriesCFigures";
import { Validation } from "./validation";
import { View } from "./view";

export function seriesCView(initial: PaneContext, order: DateOrder, changed: () => void): View<SeriesCForm> {
  let ctx = initial;
  const form: SeriesCForm = { asOf: "", shares: "", fmv: "", kind: "OPTIONAL", trigger: "SALE", noticeDate: "", events: [], payments: [], capital: [], exitMax: "" };
  const v = new Validation("sc-summary");
  const dateHint = `YYYY-MM-DD, ${DATE_ORDER_LABEL[order]} or an Excel date serial`;
  const L = SERIESC_LABEL;
  const fields: Record<SeriesCField, Field> = {
    asOf: textField({ id: SERIESC_ID.asOf, label: L.asOf, hint: dateHint, placeholder: "2001-06-30" }),
    shares: textField({ id: SERIESC_ID.shares, label: L.shares, inputmode: "decimal" }),
    fmv: textField({ id: SERIESC_ID.fmv, label: L.fmv, inputmode: "decimal", hint: "Dollars per share, e.g. 10 or $12.50." }),
    kind: selectField({ id: SERIESC_ID.kind, label: L.kind, options: CONVERSION_KINDS }),
    trigger: selectField({ id: SERIESC_ID.trigger, label: L.trigger, options: REDEMPTION_TRIGGERS, hint: "6A holders' election · SALE · 3D/3E Company Redemption" }),
    noticeDate: textField({ id: SERIESC_ID.noticeDate, label: L.noticeDate, hint: dateHint }),
  };
  const inputs = h("fieldset", { class: "group" }, h("legend", { text: "Inputs" }), ...SERIESC_FIELDS.map((k) => fields[k].root));

  const eventList = h("div", { class: "rows", id: "sc-events" });
  const addEvent = h("button", { type: "button", class: "button", id: "sc-add-event", text: "Add event" });
  const eventsFromSelection = h("button", { type: "button", class: "button", id: "sc-events-selection", text: "Use the selected range" });
  const clearEvents = h("button", { type: "button", class: "button subtle", id: "sc-clear-events", text: "Remove all events" });
  const eventsStatus = h("p", { class: "status", id: "sc-events-status", role: "status" });
  const events = h(
    "fieldset",
    { class: "group" },
    h("legend", { text: "Events" }),
    h("p", { class: "hint", text: "What the corporation did since the Original Issue Date: splits, stock dividends, issues of common stock, rights and plan options, their expiry, exempt issues. Each type asks for its own figures." }),
    eventList,
    h("div", { class: "actions" }, addEvent, eventsFromSelection, clearEvents),
    eventsStatus,
  );

  const paymentList = h("div", { class: "rows", id: "sc-payments" });
  const addPayment = h("button", { type: "button", class: "button", id: "sc-add-payment", text: "Add payment" });
  const payments = h("fieldset", { class: "group" }, h("legend", { text: "Dividends paid (per share)" }), paymentList, addPayment);

  const results = h("dl", { class: "results", id: "sc-results" });
  const leftOut = h("p", { class: "hint", id: "sc-left-out", "aria-live": "polite" });
  const breakdown = h("div", { id: "sc-breakdown" });
  const certificate = h("div", { id: "sc-certificate" });
  const keyDates = h("div", { id: "sc-keydates" });
  const resultsSection = h(
    "section",
    { class: "group results-group", "aria-labelledby": "sc-results-title", id: "sc-results-section" },
    h("h2", { id: "sc-results-title", text: "Results (per Series C share)" }),
    h("p", { class: "hint", text: PER_SHARE_NOTE }),
    leftOut,
    results,
    breakdown,
    certificate,
    keyDates,
  );

  const bar = actionBar("sc-actions", { charts: true });
  const insert = h("button", { type: "button", class: "button primary", id: "sc-insert", text: "Insert model" });
  bar.add(insert);

  const panel = h(
    "div",
    { class: "panel" },
    h("p", { class: "intro", text: "Series C Convertible Preferred: dividends, conversion, liquidation and redemption, computed as you type." }),
    v.summary,
    inputs,
    resultsSection,
    events,
    payments,
    h("section", { class: "group", "aria-label": "Write to the sheet" }, bar.root),
  );

  // Charts (issue 14): a part of the results; the capital table they need is edited below the payments.
  const capital = capitalEditor(form, v, () => showProblems(), () => update());
  const figures = seriesCFiguresView(panel, (text) => capital.setRangeNote(form.exitMax.trim() === "" ? text : undefined));
  resultsSection.appendChild(figures.root);
  panel.insertBefore(capital.root, payments.nextSibling);

  let parsed: ParsedSeriesC = parseSeriesC(form, order);
  // Field objects of the event and payment rows now on screen, by DOM id.
  let rowFields = new Map<string, Field>();

  for (const k of SERIESC_FIELDS) {
    const f = fields[k];
    f.control.addEventListener("input", () => {
      form[k] = f.control.value;
      update();
    });
    v.watch(f.control, showProblems);
  }

  function eventTargets(row: EventRow): Array<{ value: string; label: string }> {
    const options = [{ value: "", label: "Choose the expired event" }];
    form.events.forEach((e, i) => {
      if (e.id !== row.id && (e.type === "RIGHTS" || e.type === "PLANOPTION")) options.push({ value: e.id, label: `Event ${i + 1}: ${e.type} ${e.date || "(no date)"}` });
    });
    if (row.target && !form.events.some((e) => e.id === row.target)) options.push({ value: row.target, label: "(the event it referred to was removed)" });
    return options;
  }

  function bindRow(f: Field, onInput: (value: string) => void): Field {
    f.control.addEventListener("input", () => {
      onInput(f.control.value);
      update();
    });
    v.watch(f.control, showProblems);
    rowFields.set(f.control.id, f);
    return f;
  }

  function renderEvents(focusId?: string): void {
    const focused = focusId ?? document.activeElement?.id;
    rowFields = new Map([...rowFields].filter(([id]) => !id.startsWith("sc-ev")));
    eventList.replaceChildren(
      ...form.events.map((row, i) => {
        const n = i + 1;
        const date = bindRow(textField({ id: eventFieldId(row.id, "date"), label: "Date", value: row.date, placeholder: "YYYY-MM-DD", compact: true }), (x) => (row.date = x));
        const type = selectField({ id: eventFieldId(row.id, "type"), label: "Type", options: EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABEL[t] })), value: row.type, compact: true });
        type.control.addEventListener("change", () => {
          row.type = type.control.value as EventType;
          renderEvents(type.control.id);
          update();
        });
        rowFields.set(type.control.id, type);
        const specFields = EVENT_FIELDS[row.type].map((s) =>
          s.kind === "event"
            ? bindRow(selectField({ id: eventFieldId(row.id, "target"), label: s.label, options: eventTargets(row), value: row.target, compact: true }), (x) => (row.target = x))
            : bindRow(textField({ id: eventFieldId(row.id, s.col), label: s.label, value: row[s.col], inputmode: "decimal", compact: true, hint: s.hint }), (x) => (row[s.col] = x)),
        );
        const remove = h("button", { type: "button", class: "button subtle", id: `sc-ev${row.id}-remove`, text: `Remove event ${n}` });
        remove.addEventListener("click", () => {
          form.events.splice(form.events.indexOf(row), 1);
          v.forget(`sc-ev${row.id}-`);
          const after = form.events[Math.min(i, form.events.length - 1)];
          renderEvents(after ? eventFieldId(after.id, "date") : addEvent.id);
          update();
        });
        const pairs: HTMLElement[] = [];
        for (let k = 0; k < specFields.length; k += 2) pairs.push(h("div", { class: "line two" }, specFields[k].root, specFields[k + 1]?.root));
        return h("fieldset", { class: "row-card", id: `sc-ev${row.id}` }, h("legend", { text: `Event ${n}` }), h("div", { class: "line two" }, date.root, type.root), ...pairs, remove);
      }),
    );
    if (focused) document.getElementById(focused)?.focus();
  }

  function renderPayments(focusId?: string): void {
    const focused = focusId ?? document.activeElement?.id;
    rowFields = new Map([...rowFields].filter(([id]) => !id.startsWith("sc-pay")));
    paymentList.replaceChildren(
      ...form.payments.map((row, i) => {
        const n = i + 1;
        const date = bindRow(textField({ id: paymentFieldId(row.id, "date"), label: "Date", value: row.date, placeholder: "YYYY-MM-DD", compact: true }), (x) => (row.date = x));
        const amount = bindRow(textField({ id: paymentFieldId(row.id, "amount"), label: "Amount per share", value: row.amount, inputmode: "decimal", compact: true }), (x) => (row.amount = x));
        const remove = h("button", { type: "button", class: "button subtle", id: `sc-pay${row.id}-remove`, text: `Remove payment ${n}` });
        remove.addEventListener("click", () => {
          form.payments.splice(form.payments.indexOf(row), 1);
          v.forget(`sc-pay${row.id}-`);
          const after = form.payments[Math.min(i, form.payments.length - 1)];
          renderPayments(after ? paymentFieldId(after.id, "date") : addPayment.id);
          update();
        });
        return h("fieldset", { class: "row-card", id: `sc-pay${row.id}` }, h("legend", { text: `Payment ${n}` }), h("div", { class: "line two" }, date.root, amount.root), remove);
      }),
    );
    if (focused) document.getElementById(focused)?.focus();
  }

  addEvent.addEventListener("click", () => {
    const row = emptyEventRow(nextId(form.events));
    form.events.push(row);
    renderEvents(eventFieldId(row.id, "date"));
    update();
  });
  addPayment.addEventListener("click", () => {
    const row = emptyPaymentRow(nextId(form.payments));
    form.payments.push(row);
    renderPayments(paymentFieldId(row.id, "date"));
    update();
  });

  async function replaceEvents(rows: EventRow[], what: string): Promise<boolean> {
    if (form.events.length) {
      const ok = await confirmDialog("Replace the events?", `The list holds ${form.events.length} event${form.events.length === 1 ? "" : "s"}. ${what} replaces ${form.events.length === 1 ? "it" : "them"}.`);
      if (!ok) return false;
    }
    v.forget("sc-ev");
    form.events = rows;
    renderEvents(rows.length ? eventFieldId(rows[0].id, "date") : addEvent.id);
    update();
    return true;
  }
  eventsFromSelection.addEventListener("click", async () => {
    eventsStatus.textContent = "Reading the selection…";
    try {
      const read = eventRowsFromValues(await readSelectionValues());
      if (read.rows.length === 0) {
        eventsStatus.textContent = `The selected range holds no events${read.problems.length ? ` (${read.problems[0]})` : ""}; the list was left as it was.`;
        return;
      }
      if (read.rows.length > MAX_EVENTS) {
        eventsStatus.textContent = `The selected range holds ${read.rows.length.toLocaleString("en-US")} events; the pane edits up to ${MAX_EVENTS}. Use SERIESC_CONVPRICE and SERIESC_ADJUSTMENTS in the sheet for this table. The list was left as it was.`;
        return;
      }
      if (await replaceEvents(read.rows, "The selected range")) {
        eventsStatus.textContent = `Read ${read.rows.length} event${read.rows.length === 1 ? "" : "s"} from the selected range.${read.problems.length ? ` Check: ${read.problems.join("; ")}.` : ""}`;
      } else eventsStatus.textContent = "The events were left as they were.";
    } catch (e) {
      eventsStatus.textContent = `Could not read the selection: ${e instanceof Error ? e.message : String(e)}`;
    }
  });
  clearEvents.addEventListener("click", async () => {
    if (!form.events.length) return;
    if (await replaceEvents([], "Removing all")) eventsStatus.textContent = "All events were removed.";
  });

  function showProblems(): Problem[] {
    const visible = v.render(parsed.problems);
    const byField = new Map<string, string>();
    for (const p of visible) if (!byField.has(p.field)) byField.set(p.field, p.message);
    for (const k of SERIESC_FIELDS) {
      const r = parsed.fields[k];
      const shown = v.shown({ field: SERIESC_ID[k], message: "" });
      fields[k].show({ error: shown ? r.error : undefined, warning: shown ? r.warning : undefined, note: r.note });
    }
    for (const [id, f] of rowFields) f.show({ error: byField.get(id), note: parsed.notes.get(id) });
    for (const [id, f] of capital.fields) f.show({ error: byField.get(id) });
    return visible;
  }

  function resultTable(t: ResultTable): HTMLElement {
    const wrap = h("div", { class: "subresult", id: `sc-${t.id}-result`, "data-fn": t.fn });
    if (t.note) {
      wrap.appendChild(h("h3", { text: t.label }));
      wrap.appendChild(h("p", { class: "hint", text: t.note }));
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

  function renderCertificate(c: SeriesCPreview["certificate"]): HTMLElement {
    const wrap = h("div", { class: "subresult", id: "sc-certificate-result", "data-fn": "SERIESC_ADJUSTMENTS" }, h("h3", { id: "sc-certificate-title", text: "Certificate of adjustment (Cert §5(l))" }));
    if (c.note) wrap.appendChild(h("p", { class: "hint", id: "sc-certificate-note", text: c.note }));
    if (c.lines.length) {
      const list = h("ol", { class: "certificate", "aria-labelledby": "sc-certificate-title" });
      c.lines.forEach((l, i) => {
        const dl = h("dl", { class: "pairs-list" });
        const pair = (label: string, value: string, attrs: Record<string, string> = {}) => dl.append(h("dt", { text: label }), h("dd", { text: value, ...attrs }));
        pair("Rule applied", l.rule, { class: "rule", id: `sc-cert-${i + 1}-rule` });
        if (l.effectivePrice) pair("Effective price", l.effectivePrice);
        pair("Price before → after", `${l.before} → ${l.after}`, { id: `sc-cert-${i + 1}-price`, "data-before": l.beforeExact, "data-after": l.afterExact });
        if (l.note) pair("Why", l.note, { id: `sc-cert-${i + 1}-note` });
        list.appendChild(h("li", { id: `sc-cert-${i + 1}` }, h("p", { class: "cert-head", text: `${l.event} · ${l.type} · ${l.date}` }), dl));
      });
      wrap.appendChild(list);
    }
    return wrap;
  }

  function update(): void {
    parsed = parseSeriesC(form, order);
    showProblems();
    const preview = previewSeriesC(parsed);
    const lines = preview.lines.map((line) => {
      const dd = h("dd", { id: `sc-${line.id}`, "data-fn": line.fn, class: line.error ? "error-text" : line.note ? "hint" : "value" });
      dd.textContent = line.error ?? line.note ?? line.text ?? "";
      if (line.exact !== undefined) dd.setAttribute("data-exact", line.exact);
      return h("div", { class: "result" }, h("dt", { text: line.label }), dd);
    });
    results.replaceChildren(...lines);
    leftOut.textContent = parsed.leftOut.length ? `Not counted until complete and valid: ${parsed.leftOut.join(", ")}.` : "";
    breakdown.replaceChildren(resultTable(preview.breakdown));
    certificate.replaceChildren(renderCertificate(preview.certificate));
    keyDates.replaceChildren(resultTable(preview.keyDates));
    figures.update(parsed, form);
    changed();
  }

  insert.addEventListener("click", () => {
    v.submitted = true;
    const blocking = showProblems().filter((p) => !p.warning);
    if (blocking.length) {
      bar.say(`Nothing written: fix the ${blocking.length === 1 ? "problem" : `${blocking.length} problems`} listed at the top of this tab first.`);
      v.focus();
      return;
    }
    // With the capital table, when the form has one (Cert §4; the exit waterfall and the exit table).
    const m = seriesCModelInput(parsed);
    void bar.insert({ what: "Series C model", kind: "seriesC", build: (names) => seriesCModel(m.input, names), notes: m.notes, charts: (model) => modelChartSources(model, m.classes) });
  });

  const setSelectionButton = () => {
    capital.setInExcel(ctx.inExcel);
    eventsFromSelection.disabled = !ctx.inExcel;
    if (ctx.inExcel) eventsFromSelection.removeAttribute("aria-describedby");
    else eventsFromSelection.setAttribute("aria-describedby", "sc-actions-note");
  };

  function setState(s: SeriesCForm): void {
    Object.assign(form, { ...s, events: s.events.map((e) => ({ ...e })), payments: s.payments.map((p) => ({ ...p })), capital: s.capital.map((c) => ({ ...c })) });
    for (const k of SERIESC_FIELDS) fields[k].control.value = form[k];
    v.reset();
    renderEvents("");
    renderPayments("");
    capital.render("");
    update();
  }

  bar.setEnabled(ctx.inExcel);
  setSelectionButton();
  return {
    panel,
    setContext(next) {
      ctx = next;
      bar.setEnabled(ctx.inExcel);
      setSelectionButton();
    },
    getState: () => ({ ...form, events: form.events.map((e) => ({ ...e })), payments: form.payments.map((p: PaymentRow) => ({ ...p })), capital: form.capital.map((c) => ({ ...c })) }),
    setState,
  };
}

/** Events the pane edits as cards; bigger tables belong in the sheet. */
export const MAX_EVENTS = 200;
