import { RosterGrant } from "../../input/roster";
import { DateOrder, DATE_ORDER_LABEL } from "../../input/text";
import { readSelectionValues } from "../excel/sheet";
import { PER_SHARE_NOTE, formatMoney, formatNumber } from "../model/cells";
import { Problem } from "../model/fields";
import { optionExchangeModel } from "../../layout";
import { optionExchangeModelInput } from "../model/modelInput";
import { modelChartSources } from "../model/modelCharts";
import {
  GrantCalculator,
  OPTEX_FIELDS,
  OPTEX_ID,
  OPTEX_LABEL,
  OptexReading,
  OptionExchangeForm,
  Totals,
  grantDetails,
  grantLine,
  grantsWithProblems,
  optexProblems,
  readOptexInputs,
  rosterProblems,
  totalsJob,
} from "../model/optionExchange";
import { CHUNKED_PASTE_CHARS, gridFromText, gridFromTextInChunks } from "../model/paste";
import { EMPTY_ROSTER, RosterReader, RosterState, grantLabel } from "../model/roster";
import { rosterTextFromValues } from "../model/selection";
import { confirmDialog } from "./confirm";
import { PaneContext, actionBar } from "./context";
import { h, textTable } from "./dom";
import { Field, textArea, textField } from "./fields";
import { JobRunner } from "./jobs";
import { firstChartable } from "../model/optexFigures";
import { optexFiguresView } from "./optexFigures";
import { Validation } from "./validation";
import { View } from "./view";

const EXAMPLE_ROSTER = "Grant,Grant date,Options outstanding,Exercise price\n1001,2000-03-15,\"1,000\",$25.00\n1002,2000-11-01,\"1,525\",12.50";
/** Grants per page of the list: the pane never renders every grant. */
export const PAGE_SIZE = 25;
/**
 * A roster longer than this is not kept in the text box: Chromium takes about
 * 200 ms just to lay out a 5,000-line textarea. It is read, kept and saved as
 * pasted, the box shows how many rows it holds, and "Edit as text" brings the
 * text into the box on request.
 */
export const LARGE_ROSTER_CHARS = 20_000;

/** Calls `f` when the page is idle (after 200 ms where requestIdleCallback is missing). */
function idle(f: () => void): void {
  if ("requestIdleCallback" in window) (window as Window & { requestIdleCallback(cb: () => void): number }).requestIdleCallback(f);
  else setTimeout(f, 200);
}

export function optionExchangeView(initial: PaneContext, order: DateOrder, changed: () => void): View<OptionExchangeForm> {
  let ctx = initial;
  const form: OptionExchangeForm = { roster: "", newStrike: "", expiration: "", ratio: "", spot: "", rate: "", vol: "", oldYears: "" };
  const calc = new GrantCalculator();
  const reader = new RosterReader(order);
  const totalsRunner = new JobRunner();
  const rosterRunner = new JobRunner();
  const rememberRunner = new JobRunner();
  const v = new Validation("ox-summary");
  let roster: RosterState = EMPTY_ROSTER;
  let reading: OptexReading = readOptexInputs(form, order);
  let totals: Totals | undefined;
  let rosterBusy = false;
  let rosterToken = 0;
  let page = 0;
  let onlyProblems = false;
  const open = new Set<number>();

  const L = OPTEX_LABEL;
  const roster$ = textArea({
    id: OPTEX_ID.roster,
    label: L.roster,
    hint: `Paste from Excel or a CSV file, with a header row naming the columns in any order: grant id or employee, grant date, options (outstanding or eligible), exercise price, and optionally ISO/NSO. Without a header: grant id, grant date, options, exercise price. Dates: YYYY-MM-DD, ${DATE_ORDER_LABEL[order]} or Excel serials.`,
    placeholder: EXAMPLE_ROSTER,
    rows: 6,
  });
  const fields: Record<(typeof OPTEX_FIELDS)[number], Field> = {
    newStrike: textField({ id: OPTEX_ID.newStrike, label: L.newStrike, inputmode: "decimal", hint: "The fair market value on the new options' grant date (Offer Q10), e.g. 4.50." }),
    expiration: textField({ id: OPTEX_ID.expiration, label: `${L.expiration} (the new options' grant date)`, hint: `YYYY-MM-DD, ${DATE_ORDER_LABEL[order]} or an Excel date serial.` }),
    ratio: textField({ id: OPTEX_ID.ratio, label: L.ratio, inputmode: "decimal", hint: "New options per eligible option (Offer §1): 0.75, 75% or 3/4." }),
    spot: textField({ id: OPTEX_ID.spot, label: L.spot, inputmode: "decimal", compact: true }),
    rate: textField({ id: OPTEX_ID.rate, label: L.rate, inputmode: "decimal", compact: true, placeholder: "5%" }),
    vol: textField({ id: OPTEX_ID.vol, label: L.vol, inputmode: "decimal", compact: true, placeholder: "80%" }),
    oldYears: textField({ id: OPTEX_ID.oldYears, label: L.oldYears, inputmode: "decimal", compact: true }),
  };

  const useSelection = h("button", { type: "button", class: "button", id: "ox-use-selection", text: "Use the selected range" });
  const clearRoster = h("button", { type: "button", class: "button subtle", id: "ox-clear-roster", text: "Clear the roster" });
  const editAsText = h("button", { type: "button", class: "button subtle", id: "ox-edit-roster", text: "Edit as text", hidden: true });
  const rosterSummary = h("p", { class: "hint", id: "ox-roster-summary", hidden: true });
  let editingLarge = false;
  const rosterStatus = h("p", { class: "status", id: "ox-roster-status", role: "status" });
  const rosterProgress = h("progress", { id: "ox-roster-progress", max: 1, value: 0, "aria-label": "Reading the roster", hidden: true });

  // Results: totals first, then one page of grants.
  const totals$ = h("dl", { class: "results", id: "ox-totals" });
  const totalsProgress = h("p", { class: "hint", id: "ox-totals-progress", "aria-live": "polite" });
  const empty = h("p", { class: "hint", id: "ox-empty", text: "Paste a roster to see the new options per grant." });
  const filter = h("input", { type: "checkbox", id: "ox-only-problems" });
  const filterLabel = h("label", { for: "ox-only-problems", class: "inline", text: "Only grants with problems" });
  const prev = h("button", { type: "button", class: "button", id: "ox-prev", text: "Previous" });
  const next = h("button", { type: "button", class: "button", id: "ox-next", text: "Next" });
  const pageInfo = h("span", { id: "ox-page", class: "hint", "aria-live": "polite" });
  const pager = h("div", { class: "pager" }, prev, pageInfo, next);
  const list = h("div", { id: "ox-list" });
  const details = h("div", { id: "ox-grants" });
  const listSection = h("div", { id: "ox-list-section", hidden: true }, h("div", { class: "filter" }, filter, filterLabel), pager, list, details);
  const results = h(
    "section",
    { class: "group results-group", "aria-labelledby": "ox-results-title", id: "ox-results" },
    h("h2", { id: "ox-results-title", text: "Results" }),
    h("p", { class: "hint", text: PER_SHARE_NOTE }),
    empty,
    totals$,
    totalsProgress,
    listSection,
  );

  const bar = actionBar("ox-actions", { charts: true });
  const insertModel = h("button", { type: "button", class: "button primary", id: "ox-insert", text: "Insert model" });
  bar.add(insertModel);

  const panel = h(
    "div",
    { class: "panel" },
    h("p", { class: "intro", text: "Offer to Exchange: new options per grant, vesting, ISO/NSO split, break-even and exchange value, computed as you type." }),
    v.summary,
    h("fieldset", { class: "group" }, h("legend", { text: "New options" }), fields.newStrike.root, fields.expiration.root, fields.ratio.root),
    h("fieldset", { class: "group" }, h("legend", { text: "Eligible grants" }), roster$.root, rosterSummary, h("div", { class: "actions" }, useSelection, editAsText, clearRoster), rosterProgress, rosterStatus),
    results,
    h(
      "fieldset",
      { class: "group" },
      h("legend", { text: "Exchange value (optional, Black–Scholes)" }),
      h("p", { class: "hint", text: "Fill in all four to compare the value of the old grants with the new ones. Rates and volatility: 5% or 0.05; a number without % is a fraction." }),
      h("div", { class: "line two" }, fields.spot.root, fields.rate.root),
      h("div", { class: "line two" }, fields.vol.root, fields.oldYears.root),
    ),
    h("section", { class: "group", "aria-label": "Write to the sheet" }, bar.root),
  );

  // Charts (issue 14), in the results after the list: the roster's vesting and one grant's (picked in the list's page).
  let rosterVersion = 0;
  let chartGrant = -1;
  const figures = optexFiguresView(
    panel,
    (i) => {
      chartGrant = i;
      updateFigures();
    },
    () => rosterBusy || totalsRunner.running,
  );
  results.appendChild(figures.root);
  function updateFigures(): void {
    figures.update({ reading, form, roster, rosterVersion, grant: chartGrant, calc });
  }

  // ------------------------------------------------------------------ inputs
  for (const k of OPTEX_FIELDS) {
    const f = fields[k];
    f.control.addEventListener("input", () => {
      form[k] = f.control.value;
      inputsChanged();
      changed();
    });
    v.watch(f.control, showProblems);
  }
  roster$.control.addEventListener("input", () => {
    setRoster(roster$.control.value, false);
    rosterChanged();
    changed();
  });
  // A big paste never goes into the text box (see LARGE_ROSTER_CHARS): it is spliced in as the browser would.
  roster$.control.addEventListener("paste", (event) => {
    const e = event as ClipboardEvent;
    const text = e.clipboardData?.getData("text/plain") ?? "";
    const area = roster$.control as HTMLTextAreaElement;
    if (!isLarge() && text.length <= LARGE_ROSTER_CHARS) return;
    e.preventDefault();
    if (isLarge()) {
      void replaceRoster(text, "The pasted text");
      return;
    }
    const next = area.value.slice(0, area.selectionStart) + text + area.value.slice(area.selectionEnd);
    setRoster(next, true);
    rosterChanged();
    changed();
  });
  editAsText.addEventListener("click", () => {
    editingLarge = true;
    setRoster(form.roster, true);
    roster$.control.focus();
  });
  v.watch(roster$.control, showProblems);

  // The inputs the totals depend on (the expiration date is the valuation date).
  let totalsKey = "";
  const keyOfTotals = () => JSON.stringify([reading.inputs.ratio, reading.inputs.newStrike, reading.inputs.valuation, reading.inputs.valuation ? reading.inputs.expiration : undefined]);

  function inputsChanged(): void {
    reading = readOptexInputs(form, order);
    showProblems();
    renderPage();
    if (keyOfTotals() !== totalsKey) startTotals();
    updateFigures();
  }

  function problems(): Problem[] {
    const out = optexProblems(reading, roster);
    if (v.submitted && !rosterBusy && roster.grants.length === 0 && !roster.problem) out.push({ field: OPTEX_ID.roster, message: `${L.roster}: paste a roster or use the selected range; there are no grants to write` });
    return out;
  }

  function showProblems(): Problem[] {
    // The summary lists roster problems one by one up to a limit; the list's filter shows every grant with one.
    const all = problems();
    const visible = v.render(all.slice(0, 400));
    for (const k of OPTEX_FIELDS) {
      const r = reading.fields[k];
      const shown = v.shown({ field: OPTEX_ID[k], message: "" });
      fields[k].show({ error: shown ? r.error : undefined, warning: shown ? r.warning : undefined, note: r.note });
    }
    const rosterShown = v.shown({ field: OPTEX_ID.roster, message: "" });
    const n = grantsWithProblems(roster);
    const rosterError = roster.problem
      ? `${L.roster}: ${roster.problem}`
      : n
        ? `${n.toLocaleString("en-US")} grant${n === 1 ? " has a problem" : "s have problems"}: ${rosterProblems(roster, 1)[0]?.message.replace(`${L.roster}: `, "")}${n > 1 ? " (tick “Only grants with problems” to see them all)" : ""}`
        : v.submitted && !rosterBusy && roster.grants.length === 0
          ? `${L.roster}: paste a roster or use the selected range`
          : undefined;
    roster$.show({ error: rosterShown || roster.problem ? rosterError : undefined });
    return visible;
  }

  // ------------------------------------------------------------------ roster
  function rosterChanged(): void {
    const text = form.roster;
    const token = ++rosterToken;
    totalsRunner.cancel();
    rosterRunner.cancel();
    rememberRunner.cancel();
    if (text.length < CHUNKED_PASTE_CHARS) {
      rosterBusy = false;
      rosterProgress.hidden = true;
      roster = reader.read(gridFromText(text));
      afterRoster();
      return;
    }
    // A big paste: read in slices, with progress; the page stays responsive.
    rosterBusy = true;
    rosterProgress.hidden = false;
    rosterProgress.value = 0;
    rosterStatus.textContent = "Reading the roster…";
    results.setAttribute("aria-busy", "true");
    void gridFromTextInChunks(
      text,
      (f) => {
        rosterProgress.value = f * 0.5;
        rosterStatus.textContent = `Reading the roster: ${Math.round(f * 50)}%…`;
      },
      () => token !== rosterToken,
    ).then((grid) => {
      if (!grid || token !== rosterToken) return;
      const { header, start } = reader.begin(grid);
      if (!header || header.problem) {
        roster = header ? { header, grants: [], problem: header.problem } : EMPTY_ROSTER;
        finishBigRoster();
        return;
      }
      const grants: RosterGrant[] = [];
      const job = function* (): Generator<number, RosterGrant[]> {
        for (let i = start; i < grid.length; i += 500) {
          reader.rows(grid, header, i, Math.min(grid.length, i + 500), grants);
          yield i;
        }
        return grants;
      };
      rosterRunner.run(job(), {
        firstBudgetMs: 10,
        progress: (i) => {
          rosterProgress.value = 0.5 + (0.5 * i) / grid.length;
          rosterStatus.textContent = `Reading the roster: ${Math.round(50 + (50 * i) / grid.length)}%…`;
        },
        done: (gs) => {
          if (token !== rosterToken) return;
          roster = { header, grants: gs };
          finishBigRoster();
        },
      });
    });
  }

  function finishBigRoster(): void {
    rosterBusy = false;
    rosterProgress.hidden = true;
    rosterStatus.textContent = `Read ${roster.grants.length.toLocaleString("en-US")} grant${roster.grants.length === 1 ? "" : "s"}.`;
    afterRoster();
  }

  function isLarge(): boolean {
    return form.roster.length > LARGE_ROSTER_CHARS && !editingLarge;
  }

  /** Keeps the roster text; a large one is shown as a summary instead of in the box. */
  function setRoster(text: string, updateBox: boolean): void {
    form.roster = text;
    if (text.length <= LARGE_ROSTER_CHARS) editingLarge = false;
    const area = roster$.control as HTMLTextAreaElement;
    const large = isLarge();
    area.readOnly = large;
    editAsText.hidden = !large;
    rosterSummary.hidden = !large;
    if (large) {
      let rows = 1;
      for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) rows++;
      rosterSummary.textContent = `The roster holds ${rows.toLocaleString("en-US")} rows of pasted text (${Math.round(text.length / 1024).toLocaleString("en-US")} KB), too many to show here. Paste into the box to replace them, or choose Edit as text.`;
      area.placeholder = "Paste a roster here to replace the one in use.";
      if (area.value !== "") area.value = "";
    } else {
      area.placeholder = EXAMPLE_ROSTER;
      if (updateBox && area.value !== text) area.value = text;
    }
  }

  function afterRoster(): void {
    page = 0;
    open.clear();
    rosterVersion++;
    chartGrant = firstChartable(roster.grants);
    showProblems();
    renderPage();
    startTotals(80);
    updateFigures();
    // The rows of a new paste are cached for later edits once the page is idle (model/roster.ts).
    const token = rosterToken;
    idle(() => {
      if (token === rosterToken) rememberRunner.run(reader.remember(), { firstBudgetMs: 8, sliceMs: 8, done: () => undefined });
    });
  }

  async function replaceRoster(text: string, what: string): Promise<boolean> {
    if (form.roster.trim() !== "" && form.roster !== text) {
      const ok = await confirmDialog("Replace the roster?", `The roster holds ${roster.grants.length.toLocaleString("en-US")} grant${roster.grants.length === 1 ? "" : "s"}. ${what} replaces it.`);
      if (!ok) return false;
    }
    editingLarge = false;
    setRoster(text, true);
    rosterChanged();
    changed();
    return true;
  }

  useSelection.addEventListener("click", async () => {
    rosterStatus.textContent = "Reading the selection…";
    try {
      const values = await readSelectionValues((done, total) => {
        if (total > 2000) rosterStatus.textContent = `Reading the selection: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows…`;
      });
      const grid = values as Array<Array<string | number | boolean | null>>;
      const read = reader.read(grid);
      if (read.problem) {
        rosterStatus.textContent = `The selected range was not used: ${read.problem}. The roster was left as it was.`;
        return;
      }
      if (read.grants.length === 0) {
        rosterStatus.textContent = "The selected range holds no grants; the roster was left as it was.";
        return;
      }
      const text = rosterTextFromValues(grid, read.header?.columns.grantDate);
      if (await replaceRoster(text, "The selected range")) rosterStatus.textContent = `Read ${read.grants.length.toLocaleString("en-US")} grant${read.grants.length === 1 ? "" : "s"} from the selected range.`;
      else rosterStatus.textContent = "The roster was left as it was.";
    } catch (e) {
      rosterStatus.textContent = `Could not read the selection: ${e instanceof Error ? e.message : String(e)}`;
    }
  });
  clearRoster.addEventListener("click", async () => {
    if (form.roster.trim() === "") return;
    if (await replaceRoster("", "Clearing it")) rosterStatus.textContent = "The roster was cleared.";
  });

  // ------------------------------------------------------------------ totals
  /**
   * Recomputes the totals. After a keystroke only a few milliseconds of it run before the frame is
   * painted (the rest follows in slices, with progress); after a paste the first slice may take
   * longer, so that a roster of a few thousand grants shows its totals in the same frame.
   */
  function startTotals(firstBudgetMs = 4): void {
    totalsKey = keyOfTotals();
    const grants = roster.grants;
    const inputs = reading.inputs;
    results.setAttribute("aria-busy", "true");
    totalsRunner.run(totalsJob(grants, inputs, calc, 100), {
      firstBudgetMs,
      progress: (done) => {
        totalsProgress.textContent = `Computing the totals: ${done.toLocaleString("en-US")} of ${grants.length.toLocaleString("en-US")} grants…`;
        totals$.classList.add("stale");
      },
      done: (t) => {
        totals = t;
        totalsProgress.textContent = "";
        totals$.classList.remove("stale");
        results.removeAttribute("aria-busy");
        renderTotals();
        performance.mark("mpwr:optex-totals");
      },
    });
  }

  function dlLine(id: string, label: string, value: string, exact?: string): HTMLElement {
    const dd = h("dd", { id, class: "value", text: value });
    if (exact !== undefined) dd.setAttribute("data-exact", exact);
    return h("div", { class: "result" }, h("dt", { text: label }), dd);
  }

  function renderTotals(): void {
    const t = totals;
    empty.hidden = !!(roster.grants.length || roster.problem || rosterBusy);
    if (!t || roster.grants.length === 0) {
      totals$.replaceChildren();
      listSection.hidden = true;
      return;
    }
    const items = [dlLine("ox-total-grants", "Grants", t.grants.toLocaleString("en-US"), String(t.grants))];
    if (t.withProblems) items.push(dlLine("ox-total-problems", "Grants with problems (not counted)", t.withProblems.toLocaleString("en-US"), String(t.withProblems)));
    items.push(dlLine("ox-total-eligible", "Eligible options", formatNumber(t.eligible, 0), t.eligible.toString()));
    items.push(
      t.newOptions
        ? dlLine("ox-total", "New options (each grant rounded down)", formatNumber(t.newOptions, 0), t.newOptions.toString())
        : dlLine("ox-total", "New options", "Needs a valid exchange ratio"),
    );
    if (t.oldValue && t.newValue && t.incremental && t.cost) {
      // OPTEX_VALUATION's total row (the same calc), valued at the expiration date
      items.push(dlLine("ox-total-oldvalue", "Value of the old grants", formatMoney(t.oldValue), t.oldValue.toString()));
      items.push(dlLine("ox-total-newvalue", "Value of the new grants", formatMoney(t.newValue), t.newValue.toString()));
      items.push(dlLine("ox-total-incremental", "Incremental fair value (new − old, sum over grants)", formatMoney(t.incremental), t.incremental.toString()));
      items.push(dlLine("ox-total-cost", "Incremental cost (ASC 718: each grant's increase, none below 0)", formatMoney(t.cost), t.cost.toString()));
      if (t.notValued) items.push(dlLine("ox-total-notvalued", "Grants not valued (see their details)", t.notValued.toLocaleString("en-US"), String(t.notValued)));
    } else if (t.valuationProblem) items.push(dlLine("ox-total-valuation", "Valuation", t.valuationProblem));
    totals$.replaceChildren(...items);
  }

  // ------------------------------------------------------------------ the page of grants
  function visibleIndexes(): number[] | undefined {
    if (!onlyProblems) return undefined;
    const out: number[] = [];
    roster.grants.forEach((g, i) => g.problems.length && out.push(i));
    return out;
  }

  function renderPage(): void {
    renderTotals();
    const grants = roster.grants;
    listSection.hidden = grants.length === 0;
    if (grants.length === 0) {
      list.replaceChildren();
      details.replaceChildren();
      figures.offer(grants, []);
      return;
    }
    const filtered = visibleIndexes();
    const count = filtered ? filtered.length : grants.length;
    const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    const from = page * PAGE_SIZE;
    const idx = (k: number) => (filtered ? filtered[k] : k);
    const shown: number[] = [];
    for (let k = from; k < Math.min(count, from + PAGE_SIZE); k++) shown.push(idx(k));
    pageInfo.textContent = count === 0 ? "No grant has a problem." : `Grants ${(from + 1).toLocaleString("en-US")}–${(from + shown.length).toLocaleString("en-US")} of ${count.toLocaleString("en-US")}${filtered ? " with problems" : ""}`;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;

    const table = h("table", { class: "grid", id: "ox-table" });
    table.appendChild(h("caption", { text: "New options per grant" }));
    const head = table.createTHead().insertRow();
    const valued = calc.valuation(reading.inputs)?.setup !== undefined;
    for (const label of ["Grant", "Options", "New options", "Break-even", ...(valued ? ["Old value", "New value", "Incremental"] : [])]) head.appendChild(h("th", { scope: "col", text: label }));
    const body = table.createTBody();
    const pageProblems: string[] = [];
    const notes: string[] = [];
    for (const i of shown) {
      const line = grantLine(grants[i], i, reading.inputs, calc);
      if (line.breakevenNote && !line.problems.length) notes.push(`Break-even, ${line.label}: ${line.breakevenNote}`);
      const tr = body.insertRow();
      tr.id = `ox-row-${i + 1}`;
      tr.appendChild(h("th", { scope: "row", text: line.label }));
      tr.insertCell().textContent = line.options ?? "—";
      const no = tr.insertCell();
      no.textContent = line.newOptions ?? "—";
      no.className = "num";
      if (line.newOptionsExact) no.setAttribute("data-exact", line.newOptionsExact);
      const be = tr.insertCell();
      be.textContent = line.breakeven ?? "n/a";
      if (line.breakevenExact) be.setAttribute("data-exact", line.breakevenExact);
      if (line.breakevenNote) be.title = line.breakevenNote;
      if (valued) {
        for (const text of [line.oldValue, line.newValue, line.incremental]) {
          const c = tr.insertCell();
          c.textContent = text ?? "—";
          c.className = "num";
          if (line.valueNote) c.title = line.valueNote;
        }
      }
      for (const p of line.problems) pageProblems.push(`Row ${grants[i].line} (${line.label}): ${p}`);
    }
    const parts: HTMLElement[] = [h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": "New options per grant" }, table)];
    if (pageProblems.length) parts.push(h("ul", { class: "problems", id: "ox-problems" }, ...pageProblems.map((m) => h("li", { class: "error-text", text: m }))));
    if (notes.length) parts.push(h("ul", { class: "notes", id: "ox-notes" }, ...notes.map((m) => h("li", { class: "hint", text: m }))));
    list.replaceChildren(...parts);
    details.replaceChildren(...shown.map((i) => grantBox(grants[i], i)));
    figures.offer(grants, shown);
  }

  function grantBox(g: RosterGrant, i: number): HTMLElement {
    const title = `Grant ${grantLabel(g)}`;
    const box = h("details", { class: "grant", id: `ox-grant-${i + 1}` }, h("summary", { text: `${title}: details` }));
    const fill = () => {
      const d = grantDetails(g, reading.inputs, calc);
      const content = h("div", { class: "grant-body" });
      content.appendChild(textTable(`${title}`, ["", ""], d.facts, { class: "grid pairs facts" }));
      const part = (label: string, header: string[], rows: string[][] | undefined, note: string | undefined, id: string) => {
        if (rows) content.appendChild(h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": `${title}: ${label}`, id }, textTable(label, header, rows)));
        else if (note) content.appendChild(h("p", { class: "hint", id, text: `${label}: ${note}` }));
      };
      part("Vesting of the new options", ["Vest date", "Shares", "Cumulative"], d.vesting, d.vestingNote, `ox-grant-${i + 1}-vesting`);
      part("ISO/NSO split", ["Year", "Shares", "Value", "ISO", "NSO"], d.iso, d.isoNote, `ox-grant-${i + 1}-iso`);
      part("Exchange value", ["Measure", "Value"], d.exchange, d.exchangeNote, `ox-grant-${i + 1}-exchange`);
      box.querySelector(".grant-body")?.remove();
      box.appendChild(content);
    };
    if (open.has(i)) {
      box.setAttribute("open", "");
      fill();
    }
    box.addEventListener("toggle", () => {
      if (box.open) {
        open.add(i);
        fill();
      } else open.delete(i);
    });
    return box;
  }

  prev.addEventListener("click", () => {
    page = Math.max(0, page - 1);
    renderPage();
  });
  next.addEventListener("click", () => {
    page += 1;
    renderPage();
  });
  filter.addEventListener("change", () => {
    onlyProblems = filter.checked;
    page = 0;
    renderPage();
  });

  // ------------------------------------------------------------------ insert
  function validForInsert(): boolean {
    v.submitted = true;
    const visible = showProblems();
    const blocking = visible.filter((p) => !p.warning);
    if (rosterBusy) {
      bar.say("Nothing written: the roster is still being read.");
      return false;
    }
    if (blocking.length) {
      bar.say(`Nothing written: fix the ${blocking.length === 1 ? "problem" : `${blocking.length} problems`} listed at the top of this tab first.`);
      v.focus();
      return false;
    }
    return true;
  }
  insertModel.addEventListener("click", () => {
    if (!validForInsert()) return;
    const m = optionExchangeModelInput(reading.inputs, roster.grants);
    void bar.insert({ what: "option exchange model", kind: "optionExchange", build: (names) => optionExchangeModel(m.input, names), notes: m.notes, charts: (model) => modelChartSources(model) });
  });

  const setSelectionButton = () => {
    useSelection.disabled = !ctx.inExcel;
    if (ctx.inExcel) useSelection.removeAttribute("aria-describedby");
    else useSelection.setAttribute("aria-describedby", "ox-actions-note");
  };

  function setState(s: OptionExchangeForm): void {
    Object.assign(form, s);
    for (const k of OPTEX_FIELDS) fields[k].control.value = form[k];
    editingLarge = false;
    setRoster(form.roster, true);
    v.reset();
    reading = readOptexInputs(form, order);
    rosterChanged();
  }

  bar.setEnabled(ctx.inExcel);
  setSelectionButton();
  // Once the pane is idle, run the roster reader and the totals on made-up rosters (results discarded):
  // the browser compiles that code then, so the first real paste runs about as fast as later ones.
  idle(() => warmUp(order));
  return {
    panel,
    setContext(next) {
      ctx = next;
      bar.setEnabled(ctx.inExcel);
      setSelectionButton();
    },
    getState: () => ({ ...form }),
    setState,
    busy: () => rosterBusy || totalsRunner.running,
  };
}

/**
 * The roster path on made-up grants, nothing kept: three rosters of 1,500 grants (CSV with quotes,
 * tab-separated, CSV), each valued at 20 exercise prices of its own, one per call of `idle` (each
 * about 30–60 ms the first time). The browser compiles the reader, the totals and the 40-digit
 * Black–Scholes arithmetic then, so that the first real paste runs about as fast as later ones.
 */
function warmUp(order: DateOrder, step = 0): void {
  const sep = step === 1 ? "\t" : ",";
  const text = ["Exercise Price,Options Outstanding,Grant Date,Optionee,Grant ID".split(",").join(sep)]
    .concat(Array.from({ length: 1500 }, (_, i) => [`"$${(5 + 20 * step + (i % 20)).toFixed(2)}"`, `"${(1000 + i).toLocaleString("en-US")}"`, `2000-0${1 + (i % 9)}-15`, `"Employee ${i}"`, `G-${i}`].join(sep)))
    .join("\r\n");
  const calc = new GrantCalculator();
  const roster = new RosterReader(order).read(gridFromText(text));
  const job = totalsJob(roster.grants, { ratio: 0.75, newStrike: 4.5, expiration: 37161, valuation: { spot: 5, rate: 0.05, vol: 0.8, oldYears: 8.5 } }, calc);
  while (!job.next().done);
  roster.grants.slice(0, 25).forEach((g, i) => grantLine(g, i, { ratio: 0.75, newStrike: 4.5 }, calc));
  if (step < 2) idle(() => warmUp(order, step + 1));
}
