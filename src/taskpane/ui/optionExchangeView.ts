import { readSelectionValues } from "../excel/sheet";
import { electionTable, optionExchangeModel } from "../model/layout";
import { GrantResult, OptexField, OptionExchangeForm, defaultOptionExchangeForm, parseRoster, previewOptionExchange, rosterTextFromValues } from "../model/optionExchange";
import { PaneContext, actionBar, insertBlock } from "./context";
import { h, textTable } from "./dom";
import { Field, textArea, textField } from "./fields";
import { View } from "./seriesCView";

const EXAMPLE_ROSTER = "Grant\tGrant date\tOptions outstanding\tExercise price\n1001\t2000-03-15\t1,000\t$25.00\n1002\t2000-11-01\t1,525\t12.50";

export function optionExchangeView(initial: PaneContext): View {
  let ctx = initial;
  const form: OptionExchangeForm = defaultOptionExchangeForm();

  const roster = textArea({
    id: "ox-roster",
    label: "Grant roster",
    hint: "Paste rows from Excel: grant id, grant date, options outstanding, exercise price (tab-separated, one grant per line; a header row is skipped).",
    placeholder: EXAMPLE_ROSTER,
    rows: 6,
  });
  const useSelection = h("button", { type: "button", class: "button", id: "ox-use-selection", text: "Use the selected range" });
  const newStrike = textField({ id: "ox-newstrike", label: "Exercise price of the new options", inputmode: "decimal", hint: "The fair market value on the grant date (Offer Q10)." });
  const expiration = textField({ id: "ox-expiration", label: "Expiration date (new options' grant date)", value: form.expiration, hint: "YYYY-MM-DD or an Excel date serial" });
  const ratio = textField({ id: "ox-ratio", label: "Exchange ratio", value: form.ratio, inputmode: "decimal", hint: "New options per eligible option (Offer §1)." });
  const spot = textField({ id: "ox-spot", label: "Stock price", inputmode: "decimal", compact: true });
  const rate = textField({ id: "ox-rate", label: "Risk-free rate", inputmode: "decimal", compact: true, placeholder: "0.05" });
  const vol = textField({ id: "ox-vol", label: "Volatility", inputmode: "decimal", compact: true, placeholder: "0.8" });
  const oldYears = textField({ id: "ox-oldyears", label: "Old options' remaining term (years)", inputmode: "decimal", compact: true });
  const fields: Array<[Exclude<keyof OptionExchangeForm, never>, Field]> = [
    ["roster", roster],
    ["newStrike", newStrike],
    ["expiration", expiration],
    ["ratio", ratio],
    ["spot", spot],
    ["rate", rate],
    ["vol", vol],
    ["oldYears", oldYears],
  ];

  const summary = h("div", { id: "ox-summary" });
  const details = h("div", { id: "ox-grants" });
  const bar = actionBar("ox-actions");
  const insertModel = h("button", { type: "button", class: "button primary", id: "ox-insert", text: "Insert model" });
  const insertElection = h("button", { type: "button", class: "button", id: "ox-insert-election", text: "Insert election table" });
  bar.add(insertModel);
  bar.add(insertElection);
  const copy = (): OptionExchangeForm => ({ ...form });
  const needRoster = (): boolean => {
    if (parseRoster(form.roster).rows.length > 0) return true;
    bar.status.textContent = "Paste or read a roster first: there are no grants to write.";
    return false;
  };
  insertModel.addEventListener("click", () => {
    if (needRoster()) void insertBlock(bar.status, "option exchange model", (anchor) => optionExchangeModel(copy(), anchor, ctx.available));
  });
  insertElection.addEventListener("click", () => {
    if (needRoster()) void insertBlock(bar.status, "election table", (anchor) => electionTable(copy(), anchor));
  });
  const rosterStatus = h("p", { class: "status", id: "ox-roster-status", role: "status" });
  useSelection.addEventListener("click", async () => {
    try {
      const values = await readSelectionValues();
      const text = rosterTextFromValues(values);
      roster.control.value = text;
      form.roster = text;
      const n = parseRoster(text).rows.length;
      rosterStatus.textContent = `Read ${n} grant${n === 1 ? "" : "s"} from the selected range.`;
      update();
    } catch (e) {
      rosterStatus.textContent = `Could not read the selection: ${e instanceof Error ? e.message : String(e)}`;
    }
  });

  const panel = h(
    "div",
    { class: "panel" },
    h("p", { class: "intro", text: "Offer to Exchange: new options per grant, vesting, ISO/NSO split and break-even, computed as you type." }),
    h("fieldset", { class: "group" }, h("legend", { text: "New options" }), newStrike.root, expiration.root, ratio.root),
    h("fieldset", { class: "group" }, h("legend", { text: "Eligible grants" }), roster.root, h("div", { class: "actions" }, useSelection), rosterStatus),
    h(
      "section",
      { class: "group results-group", "aria-labelledby": "ox-results-title" },
      h("h2", { id: "ox-results-title", text: "Results" }),
      summary,
      details,
    ),
    h(
      "fieldset",
      { class: "group" },
      h("legend", { text: "Exchange value (optional, Black–Scholes)" }),
      h("p", { class: "hint", text: "Fill in all four to compare the value of each old grant with its new options." }),
      h("div", { class: "line two" }, spot.root, rate.root),
      h("div", { class: "line two" }, vol.root, oldYears.root),
    ),
    h("section", { class: "group", "aria-label": "Write to the sheet" }, bar.root),
  );

  for (const [key, f] of fields) {
    f.control.addEventListener("input", () => {
      form[key] = f.control.value;
      update();
    });
  }

  function grantDetails(g: GrantResult): HTMLElement {
    const title = `Grant ${g.id || g.row}`;
    const box = h("details", { class: "grant", id: `ox-grant-${g.row}` }, h("summary", { text: title }));
    const part = (label: string, header: string[], rows: string[][] | undefined, error: string | undefined, id: string) => {
      if (rows) box.appendChild(h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": `${title}: ${label}`, id }, textTable(label, header, rows)));
      else if (error) box.appendChild(h("p", { class: "error-text", id, text: `${label}: ${error}` }));
    };
    part("Vesting", ["Vest date", "Shares", "Cumulative"], g.vesting, g.vestingError, `ox-grant-${g.row}-vesting`);
    part("ISO/NSO split", ["Year", "Shares", "Value", "ISO", "NSO"], g.iso, g.isoError, `ox-grant-${g.row}-iso`);
    part("Exchange value", ["Measure", "Value"], g.exchange, g.exchangeError, `ox-grant-${g.row}-exchange`);
    return box;
  }

  function update(): void {
    const p = previewOptionExchange(form);
    for (const [key, f] of fields) f.setError(p.errors[key as OptexField]);
    const open = new Set(Array.from(details.querySelectorAll("details[open]")).map((d) => d.id));
    summary.replaceChildren();
    details.replaceChildren();
    if (p.grants.length === 0) {
      summary.appendChild(h("p", { class: "hint", id: "ox-empty", text: "Paste a roster to see the new options per grant." }));
      return;
    }
    const table = h("table", { class: "grid", id: "ox-table" });
    table.appendChild(h("caption", { text: "New options per grant" }));
    const head = table.createTHead().insertRow();
    for (const label of ["Grant", "Options", "New options", "Break-even"]) head.appendChild(h("th", { scope: "col", text: label }));
    const body = table.createTBody();
    for (const g of p.grants) {
      const tr = body.insertRow();
      tr.id = `ox-row-${g.row}`;
      tr.appendChild(h("th", { scope: "row", text: g.id || `(row ${g.row})` }));
      tr.insertCell().textContent = g.outstanding ?? "—";
      const no = tr.insertCell();
      no.textContent = g.newOptions ?? "—";
      no.className = "num";
      if (g.newOptionsExact) no.setAttribute("data-exact", g.newOptionsExact);
      const be = tr.insertCell();
      be.textContent = g.breakeven ?? "n/a";
      if (g.breakevenExact) be.setAttribute("data-exact", g.breakevenExact);
      if (g.breakevenError) be.title = g.breakevenError;
    }
    if (p.total !== undefined) {
      const tr = body.insertRow();
      tr.className = "total";
      tr.appendChild(h("th", { scope: "row", text: "Total" }));
      tr.insertCell();
      const td = tr.insertCell();
      td.id = "ox-total";
      td.textContent = p.total;
      if (p.totalExact) td.setAttribute("data-exact", p.totalExact);
      tr.insertCell();
    }
    summary.appendChild(h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": "New options per grant" }, table));
    const problems = p.grants.flatMap((g) => g.errors);
    if (problems.length) {
      summary.appendChild(h("ul", { class: "problems", id: "ox-problems" }, ...problems.map((m) => h("li", { class: "error-text", text: m }))));
    }
    // No break-even (#N/A) is an answer, not a mistake: a neutral note.
    const notes = p.grants.filter((g) => g.breakevenError && !g.breakevenError.startsWith("Fix") && g.errors.length === 0).map((g) => `Break-even, grant ${g.id || g.row}: ${g.breakevenError}`);
    if (notes.length) summary.appendChild(h("ul", { class: "notes", id: "ox-notes" }, ...notes.map((m) => h("li", { class: "hint", text: m }))));
    for (const g of p.grants) {
      const d = grantDetails(g);
      if (open.has(d.id)) d.setAttribute("open", "");
      details.appendChild(d);
    }
  }

  update();
  bar.setEnabled(ctx.inExcel);
  const setSelectionButton = () => {
    useSelection.disabled = !ctx.inExcel;
    if (ctx.inExcel) useSelection.removeAttribute("aria-describedby");
    else useSelection.setAttribute("aria-describedby", "ox-actions-note");
  };
  setSelectionButton();
  return {
    panel,
    setContext(next) {
      ctx = next;
      bar.setEnabled(ctx.inExcel);
      setSelectionButton();
    },
  };
}
