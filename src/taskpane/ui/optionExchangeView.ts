import { DATE_ORDER_LABEL, DateOrder } from "../../input/text";
import { optionExchangeModel } from "../../layout";
import { readSelectionValues } from "../excel/sheet";
import { PER_SHARE_NOTE } from "../model/cells";
import { Problem } from "../model/fields";
import { modelChartSources } from "../model/modelCharts";
import { OPTION_EXCHANGE_FIELDS, OPTION_EXCHANGE_ID, OPTION_EXCHANGE_LABEL, OptionExchangeField, OptionExchangeForm } from "../model/optionExchange";
import { OptionExchangeController, warmUp } from "../model/optionExchangeController";
import { optionExchangeSummary } from "../model/summaryLine";
import { totalLines, totalsProgressText } from "../model/totalsController";
import { GrantTableSettings } from "../model/viewState";
import { confirmDialog } from "./confirm";
import { PaneContext, actionBar } from "./context";
import { h } from "./dom";
import { Field, textField } from "./fields";
import { grantListView } from "./grantListView";
import { keyResults } from "./keyResults";
import { optionExchangeFiguresView } from "./optionExchangeFigures";
import { rosterSection } from "./rosterSection";
import { paneSection } from "./section";
import { Validation } from "./validation";
import { View } from "./view";

/** Calls `f` when the page is idle (after 200 ms where requestIdleCallback is missing). */
function idle(f: () => void): void {
  if ("requestIdleCallback" in window) (window as Window & { requestIdleCallback(cb: () => void): number }).requestIdleCallback(f);
  else setTimeout(f, 200);
}

/** The Option exchange tab, and the grants table's settings saved with the inputs (model/viewState.ts). */
export interface OptionExchangeView extends View<OptionExchangeForm> {
  tableSettings(): GrantTableSettings;
  setTableSettings(s: GrantTableSettings): void;
}

/**
 * The Option exchange tab: renders an OptionExchangeController
 * (model/optionExchangeController.ts) — the fields, the roster
 * (ui/rosterSection.ts), the totals, the page of grants (ui/grantListView.ts),
 * the charts (ui/optionExchangeFigures.ts) and Insert — and forwards the
 * user's input to it.
 */
export function optionExchangeView(initial: PaneContext, order: DateOrder, changed: () => void): OptionExchangeView {
  let ctx = initial;
  const v = new Validation("ox-summary");
  const c: OptionExchangeController = new OptionExchangeController(
    order,
    { confirm: confirmDialog, readSelection: readSelectionValues, idle },
    {
      rosterProgress: () => {
        roster.showProgress();
        if (c.roster.busy) results.setAttribute("aria-busy", "true");
      },
      rosterText: (updateBox) => roster.showText(updateBox),
      render: () => {
        showProblems();
        renderPage();
      },
      figures: updateFigures,
      totalsStarted: () => results.setAttribute("aria-busy", "true"),
      totalsProgress: (done, of) => {
        totalsProgress.textContent = totalsProgressText(done, of);
        totals$.classList.add("stale");
        key.root.classList.add("stale");
      },
      totalsDone: () => {
        totalsProgress.textContent = "";
        totals$.classList.remove("stale");
        key.root.classList.remove("stale");
        results.removeAttribute("aria-busy");
        renderTotals();
        performance.mark("mpwr:optionExchange-totals");
      },
      edited: () => changed(),
    },
  );

  const L = OPTION_EXCHANGE_LABEL;
  const roster = rosterSection(c.roster, order);
  const fields: Record<OptionExchangeField, Field> = {
    newStrike: textField({
      id: OPTION_EXCHANGE_ID.newStrike,
      label: L.newStrike,
      inputmode: "decimal",
      hint: "The fair market value on the new options' grant date (Offer Q10), e.g. 4.50.",
    }),
    expiration: textField({
      id: OPTION_EXCHANGE_ID.expiration,
      label: `${L.expiration} (the new options' grant date)`,
      hint: `YYYY-MM-DD, ${DATE_ORDER_LABEL[order]} or an Excel date serial.`,
    }),
    ratio: textField({
      id: OPTION_EXCHANGE_ID.ratio,
      label: L.ratio,
      inputmode: "decimal",
      hint: "New options per eligible option (Offer §1): 0.75, 75% or 3/4.",
    }),
    spot: textField({ id: OPTION_EXCHANGE_ID.spot, label: L.spot, inputmode: "decimal", compact: true }),
    rate: textField({ id: OPTION_EXCHANGE_ID.rate, label: L.rate, inputmode: "decimal", compact: true, placeholder: "5%" }),
    vol: textField({ id: OPTION_EXCHANGE_ID.vol, label: L.vol, inputmode: "decimal", compact: true, placeholder: "80%" }),
    oldYears: textField({ id: OPTION_EXCHANGE_ID.oldYears, label: L.oldYears, inputmode: "decimal", compact: true }),
  };

  // Results: totals first, then one page of grants.
  const totals$ = h("dl", { class: "results", id: "ox-totals" });
  const totalsProgress = h("p", { class: "hint", id: "ox-totals-progress", "aria-live": "polite" });
  const empty = h("p", { class: "hint", id: "ox-empty", text: "Paste a roster to see the new options per grant." });
  const list = grantListView(c.list, c.calc, () => renderPage(), changed);
  // The body of the results section is #ox-results: busy (aria-busy) while the roster is read or totalled.
  const resultsSection = paneSection(
    { id: "ox-results", title: "Results", help: "pane-optex-results", bodyId: "ox-results" },
    h("p", { class: "hint", text: PER_SHARE_NOTE }),
    empty,
    totals$,
    totalsProgress,
    list.root,
  );
  const results = resultsSection.body;

  const bar = actionBar("ox-actions", { charts: true });
  const insertModel = h("button", { type: "button", class: "button primary", id: "ox-insert", text: "Insert model" });
  bar.add(insertModel);

  // The key results stay in view at the top while the inputs below are edited.
  const key = keyResults("ox-key-results", "Option exchange key results");
  const chartsSection = paneSection({ id: "ox-charts", title: "Charts", help: "pane-optex-charts" });
  // Inputs first (the new options, the roster, the valuation), the results after them.
  const panel = h(
    "div",
    { class: "panel" },
    h("p", { class: "intro", text: "Offer to Exchange: new options per grant, vesting, ISO/NSO split, break-even and exchange value, computed as you type." }),
    key.root,
    v.summary,
    paneSection({ id: "ox-inputs", title: "New options", help: "pane-optex-inputs" }, fields.newStrike.root, fields.expiration.root, fields.ratio.root).root,
    paneSection({ id: "ox-roster", title: "Eligible grants", help: "pane-optex-roster" }, roster.root).root,
    paneSection(
      { id: "ox-valuation", title: "Exchange value (optional, Black–Scholes)", help: "pane-optex-valuation" },
      h("p", {
        class: "hint",
        text: "Fill in the stock price, rate and volatility to value every grant at the expiration date (OPTEX_VALUATION: each grant to its own expiration); the remaining term is only for the selected grant's comparison in an inserted model. Rates and volatility: 5% or 0.05; a number without % is a fraction.",
      }),
      h("div", { class: "line two" }, fields.spot.root, fields.rate.root),
      h("div", { class: "line two" }, fields.vol.root, fields.oldYears.root),
    ).root,
    resultsSection.root,
    chartsSection.root,
    paneSection({ id: "ox-write", title: "Write to the sheet", help: "pane-write" }, bar.root).root,
  );

  // Charts, after the results: the roster's vesting and one grant's (picked in the list's page).
  const figures = optionExchangeFiguresView(
    panel,
    (i) => {
      c.pickGrant(i);
      updateFigures();
    },
    () => c.busy(),
  );
  chartsSection.body.appendChild(figures.root);
  function updateFigures(): void {
    figures.update({ reading: c.reading, form: c.form, roster: c.roster.roster, rosterVersion: c.roster.version, grant: c.chartGrant, calc: c.calc });
  }

  for (const k of OPTION_EXCHANGE_FIELDS) {
    const f = fields[k];
    f.control.addEventListener("input", () => c.setField(k, f.control.value));
    v.watch(f.control, showProblems);
  }
  v.watch(roster.field.control, showProblems);

  function showProblems(): Problem[] {
    // The summary lists roster problems one by one up to a limit; the list's filter shows every grant with one.
    const visible = v.render(c.problems(v.submitted).slice(0, 400));
    for (const k of OPTION_EXCHANGE_FIELDS) {
      const r = c.reading.fields[k];
      const shown = v.shown({ field: OPTION_EXCHANGE_ID[k], message: "" });
      fields[k].show({ error: shown ? r.error : undefined, warning: shown ? r.warning : undefined, note: r.note });
    }
    const rosterShown = v.shown({ field: OPTION_EXCHANGE_ID.roster, message: "" });
    roster.field.show({ error: rosterShown || c.roster.roster.problem ? c.rosterError(v.submitted) : undefined });
    return visible;
  }

  function renderTotals(): void {
    const t = c.totals.totals;
    const grants = c.roster.roster.grants;
    empty.hidden = !!(grants.length || c.roster.roster.problem || c.roster.busy);
    key.render(optionExchangeSummary(grants.length ? t : undefined));
    if (!t || grants.length === 0) {
      totals$.replaceChildren();
      list.root.hidden = true;
      return;
    }
    totals$.replaceChildren(
      ...totalLines(t).map((line) => {
        const dd = h("dd", { id: line.id, class: "value", text: line.value });
        if (line.exact !== undefined) dd.setAttribute("data-exact", line.exact);
        return h("div", { class: "result" }, h("dt", { text: line.label }), dd);
      }),
    );
  }

  function renderPage(): void {
    renderTotals();
    const grants = c.roster.roster.grants;
    const page = list.render(grants, c.reading.inputs);
    figures.offer(grants, page ? page.shown : []);
  }

  insertModel.addEventListener("click", () => {
    v.submitted = true;
    const blocking = showProblems().filter((p) => !p.warning);
    const refusal = c.insertRefusal(blocking.length);
    if (refusal) {
      bar.say(refusal);
      if (!c.roster.busy) v.focus();
      return;
    }
    const m = c.modelInput();
    void bar.insert({
      what: "option exchange model",
      kind: "optionExchange",
      build: (names) => optionExchangeModel(m.input, names),
      notes: m.notes,
      charts: (model) => modelChartSources(model),
    });
  });

  function setContext(next: PaneContext): void {
    ctx = next;
    bar.setEnabled(ctx.inExcel);
    roster.setInExcel(ctx.inExcel);
  }

  setContext(ctx);
  // Once the pane is idle, run the roster reader and the totals on made-up rosters (results discarded):
  // the browser compiles that code then, so the first real paste runs about as fast as later ones.
  idle(() => warmUp(order, idle));
  return {
    panel,
    setContext,
    getState: () => c.getState(),
    setState(s) {
      for (const k of OPTION_EXCHANGE_FIELDS) fields[k].control.value = s[k];
      v.reset();
      c.setState(s);
    },
    busy: () => c.busy(),
    tableSettings: () => c.list.settings(),
    setTableSettings(s) {
      c.list.applySettings(s);
      renderPage();
    },
  };
}
