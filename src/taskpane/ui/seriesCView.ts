import { DATE_ORDER_LABEL, DateOrder } from "../../input/text";
import { seriesCModel } from "../../layout";
import { readSelectionValues } from "../excel/sheet";
import { CAPITAL_LABEL, EXIT_MAX_ID } from "../model/capital";
import { PER_SHARE_NOTE } from "../model/cells";
import { Problem } from "../model/fields";
import { modelChartSources } from "../model/modelCharts";
import {
  CONVERSION_KIND_OPTIONS,
  REDEMPTION_TRIGGER_OPTIONS,
  SERIESC_FIELDS,
  SERIESC_ID,
  SERIESC_LABEL,
  SeriesCField,
  SeriesCForm,
  SeriesCPreview,
} from "../model/seriesC";
import { SeriesCController } from "../model/seriesCController";
import { seriesCSummary } from "../model/summaryLine";
import { confirmDialog } from "./confirm";
import { exitSection } from "./exitSection";
import { PaneContext, actionBar } from "./context";
import { h } from "./dom";
import { Field, selectField, textField } from "./fields";
import { keyResults } from "./keyResults";
import { rowListEditor } from "./rowListEditor";
import { paneSection } from "./section";
import { seriesCFiguresView } from "./seriesCFigures";
import { renderCertificate, resultTable } from "./seriesCResults";
import { Validation } from "./validation";
import { termsSection } from "./termsSection";
import { View } from "./view";

/**
 * The Series C tab: renders a SeriesCController (model/seriesCController.ts) —
 * the inputs, the results, the events, payments and capital (one row-list
 * editor each), the charts and Insert — and forwards the user's input to it.
 */
/** Calls `f` when the page is idle (after 50 ms where requestIdleCallback is missing). */
function whenIdle(f: () => void): void {
  if ("requestIdleCallback" in window) (window as Window & { requestIdleCallback(cb: () => void): number }).requestIdleCallback(f);
  else setTimeout(f, 50);
}

const TERMS_HINT =
  "The Certificate of Designation's terms, as the functions' terms argument takes them (the inserted model's terms Table holds the same). Change one to model another reading of the certificate: each result it changes says so.";

export function seriesCView(initial: PaneContext, order: DateOrder, changed: () => void): View<SeriesCForm> {
  let ctx = initial;
  const c = new SeriesCController(order, { confirm: confirmDialog, readSelection: () => readSelectionValues() });
  const form = c.form;
  const v = new Validation("sc-summary");
  const dateHint = `YYYY-MM-DD, ${DATE_ORDER_LABEL[order]} or an Excel date serial`;
  const L = SERIESC_LABEL;
  const fields: Record<SeriesCField, Field> = {
    asOf: textField({ id: SERIESC_ID.asOf, label: L.asOf, hint: dateHint, placeholder: "2001-06-30" }),
    shares: textField({ id: SERIESC_ID.shares, label: L.shares, inputmode: "decimal" }),
    fmv: textField({ id: SERIESC_ID.fmv, label: L.fmv, inputmode: "decimal", hint: "Dollars per share, e.g. 10 or $12.50." }),
    kind: selectField({ id: SERIESC_ID.kind, label: L.kind, options: CONVERSION_KIND_OPTIONS }),
    trigger: selectField({ id: SERIESC_ID.trigger, label: L.trigger, options: REDEMPTION_TRIGGER_OPTIONS }),
    noticeDate: textField({ id: SERIESC_ID.noticeDate, label: L.noticeDate, hint: dateHint }),
  };
  const inputs = paneSection({ id: "sc-inputs", title: "Inputs", help: "pane-seriesc-inputs" }, ...SERIESC_FIELDS.map((k) => fields[k].root));

  // The three lists of rows, each in the one row-list editor (ui/rowListEditor.ts).
  const events = rowListEditor(
    c.events,
    {
      legend: "Events",
      hint: "What the corporation did since the Original Issue Date: splits, stock dividends, issues of common stock, rights and plan options, their expiry, exempt issues. Each type asks for its own figures.",
      listId: "sc-events",
      addText: "Add event",
      selection: { id: "sc-events-selection", text: "Use the selected range" },
      clear: { id: "sc-clear-events", text: "Remove all events" },
      statusId: "sc-events-status",
    },
    v,
    () => showProblems(),
    () => update(),
  );
  const payments = rowListEditor(
    c.payments,
    { legend: "Dividends paid (per share)", listId: "sc-payments", addText: "Add payment" },
    v,
    () => showProblems(),
    () => update(),
  );
  // The capital table the exit waterfall needs, and the exit chart's range.
  const rangeHint = "From $0 up to this total distributed. Empty: chosen from the capital.";
  const exitMax = textField({ id: EXIT_MAX_ID, label: CAPITAL_LABEL.exitMax, inputmode: "decimal", hint: rangeHint, value: form.exitMax });
  const exitMaxHint = exitMax.root.querySelector(`#${EXIT_MAX_ID}-hint`) as HTMLElement;
  exitMax.control.addEventListener("input", () => {
    c.setField("exitMax", exitMax.control.value);
    update();
  });
  v.watch(exitMax.control, () => showProblems());
  const capital = rowListEditor(
    c.capital,
    {
      legend: "Capital (for the exit waterfall)",
      groupId: "sc-capital-group",
      hint: "Who shares in a liquidation or Sale of the Company, in order: senior claims, the Series C and Parity Preferred (each takes its preference or converts), then the common and options in the money (Cert §4(a), (c)). The same rows as SERIESC_EXIT's capital; an empty a, b or c counts as 0, as there.",
      listId: "sc-capital",
      addText: "Add class",
      example: { id: "sc-capital-example", text: "Use the example capital", use: () => void c.useExampleCapital() },
      selection: { id: "sc-capital-selection", text: "Use the selected range" },
      clear: { id: "sc-clear-capital", text: "Remove all classes", disabledWhenEmpty: true },
      statusId: "sc-capital-status",
      after: [exitMax.root],
    },
    v,
    () => showProblems(),
    () => update(),
  );

  // The certificate's terms (model/terms.ts, ui/termsSection.ts).
  const terms = termsSection("sc", c.parsed.termsReading.rows, {
    set: (name, text) => {
      c.setTerm(name, text);
      update();
    },
    reset: (name) => {
      c.resetTerm(name);
      update(true);
    },
  });
  for (const f of terms.fields.values()) v.watch(f.control, () => showProblems());
  const termsGroup = paneSection({ id: "sc-terms", title: "Terms", help: "pane-seriesc-terms" }, h("p", { class: "hint", text: TERMS_HINT }), terms.root);
  // The exit: the exit value and the holders (inputs), who gets what, the breakpoints, the sale routes and the payouts (ui/exitSection.ts).
  const exit = exitSection(
    c,
    v,
    () => showProblems(),
    () => update(),
  );

  const results = h("dl", { class: "results", id: "sc-results" });
  const leftOut = h("p", { class: "hint", id: "sc-left-out", "aria-live": "polite" });
  const breakdown = h("div", { id: "sc-breakdown" });
  const certificate = h("div", { id: "sc-certificate" });
  const keyDates = h("div", { id: "sc-keydates" });
  const resultsSection = paneSection(
    { id: "sc-results", title: "Results (per Series C share)", help: "pane-seriesc-results" },
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

  // The key results stay in view at the top while the inputs below are edited.
  const key = keyResults("sc-key-results", "Series C key results");
  const chartsSection = paneSection({ id: "sc-charts", title: "Charts", help: "pane-seriesc-charts" });
  // Inputs first (the fields, then the events, payments and capital), the results after them.
  const panel = h(
    "div",
    { class: "panel" },
    h("p", { class: "intro", text: "Series C Convertible Preferred: dividends, conversion, liquidation and redemption, computed as you type." }),
    key.root,
    v.summary,
    inputs.root,
    paneSection({ id: "sc-events", title: "Events", help: "pane-seriesc-events" }, events.root).root,
    paneSection({ id: "sc-payments", title: "Dividends paid (per share)", help: "pane-seriesc-payments" }, payments.root).root,
    paneSection({ id: "sc-capital", title: "Capital (for the exit waterfall)", help: "pane-seriesc-capital" }, capital.root).root,
    exit.inputs,
    termsGroup.root,
    resultsSection.root,
    exit.results,
    chartsSection.root,
    paneSection({ id: "sc-write", title: "Write to the sheet", help: "pane-write" }, bar.root).root,
  );

  // Charts: drawn from the results' calculation; the capital table they need is edited among the inputs.
  const figures = seriesCFiguresView(panel, (text) => {
    const next = form.exitMax.trim() === "" && text ? `${rangeHint.replace(" Empty: chosen from the capital.", "")} Empty: ${text}` : rangeHint;
    if (exitMaxHint.textContent !== next) exitMaxHint.textContent = next;
  });
  chartsSection.body.appendChild(figures.root);

  for (const k of SERIESC_FIELDS) {
    const f = fields[k];
    f.control.addEventListener("input", () => {
      c.setField(k, f.control.value);
      update();
    });
    v.watch(f.control, showProblems);
  }

  function showProblems(): Problem[] {
    const parsed = c.parsed;
    const visible = v.render(parsed.problems);
    const byField = new Map<string, string>();
    for (const p of visible) if (!byField.has(p.field)) byField.set(p.field, p.message);
    for (const k of SERIESC_FIELDS) {
      const r = parsed.fields[k];
      const shown = v.shown({ field: SERIESC_ID[k], message: "" });
      fields[k].show({ error: shown ? r.error : undefined, warning: shown ? r.warning : undefined, note: r.note });
    }
    for (const editor of [events, payments]) for (const [id, f] of editor.fields) f.show({ error: byField.get(id), note: parsed.notes.get(id) });
    for (const [id, f] of capital.fields) f.show({ error: byField.get(id) });
    for (const [id, f] of terms.fields) f.show({ error: byField.get(id) });
    exitMax.show({ error: byField.get(EXIT_MAX_ID) });
    exit.showProblems(byField);
    return visible;
  }

  /** `termValues`: put the terms' text in their fields (after a reset or a restore). */
  function update(termValues = false): void {
    const parsed = c.parse();
    showProblems();
    terms.render(parsed.termsReading.rows, termValues);
    const preview = c.preview();
    renderResults(preview);
    leftOut.textContent = c.leftOutText();
    key.render(seriesCSummary(preview));
    exit.render(c.exitPreview());
    figures.update(parsed, form);
    changed();
    // The changed terms' notes: computed once the page is idle, for the reading still shown (a keystroke since drops them).
    const shown = parsed;
    if (parsed.termsReading.changed.length)
      whenIdle(() => {
        if (c.parsed === shown && c.termsNotes(preview)) renderResults(preview);
      });
  }

  function renderResults(preview: SeriesCPreview): void {
    const lines = preview.lines.map((line) => {
      const dd = h("dd", { id: `sc-${line.id}`, "data-fn": line.fn, class: line.error ? "error-text" : line.note ? "hint" : "value" });
      dd.textContent = line.error ?? line.note ?? line.text ?? "";
      if (line.exact !== undefined) dd.setAttribute("data-exact", line.exact);
      // the changed terms that change it (model/seriesC.ts addTermsNotes)
      const note = line.termsNote ? h("dd", { class: "terms-note", id: `sc-${line.id}-terms`, text: line.termsNote }) : null;
      return h("div", { class: "result" }, h("dt", { text: line.label }), dd, note);
    });
    results.replaceChildren(...lines);
    breakdown.replaceChildren(resultTable(preview.breakdown));
    certificate.replaceChildren(renderCertificate(preview.certificate));
    keyDates.replaceChildren(resultTable(preview.keyDates));
  }

  insert.addEventListener("click", () => {
    v.submitted = true;
    const refusal = c.insertRefusal(showProblems().filter((p) => !p.warning).length);
    if (refusal) {
      bar.say(refusal);
      v.focus();
      return;
    }
    const m = c.modelInput();
    void bar.insert({
      what: "Series C model",
      kind: "seriesC",
      build: (names) => seriesCModel(m.input, names),
      notes: m.notes,
      charts: (model) => modelChartSources(model, m.classes),
    });
  });

  const setSelectionButton = () => {
    capital.setInExcel(ctx.inExcel);
    events.setInExcel(ctx.inExcel);
    exit.setInExcel(ctx.inExcel);
  };

  function setState(s: SeriesCForm): void {
    c.setState(s);
    for (const k of SERIESC_FIELDS) fields[k].control.value = form[k];
    v.reset();
    events.render("");
    payments.render("");
    capital.render("");
    if (exitMax.control.value !== form.exitMax) exitMax.control.value = form.exitMax;
    exit.restore();
    update(true);
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
    getState: () => c.getState(),
    setState,
  };
}
