import { RosterGrant } from "../../input/roster";
import { GrantList, GrantPage } from "../model/grantList";
import { GrantCalculator, OptionExchangeInputs, grantDetails } from "../model/optionExchange";
import { grantLabel } from "../model/roster";
import { h, textTable } from "./dom";

export interface GrantListView {
  root: HTMLElement;
  /** Draws the page of `grants` the list is on; returns it (the figures offer its grants). */
  render(grants: readonly RosterGrant[], inputs: OptionExchangeInputs): GrantPage | undefined;
}

/**
 * The Option exchange tab's page of grants: the filter, Previous/Next, the
 * table of the page's grants, their problems and notes, and each grant's
 * details (computed when opened). It renders a GrantList and forwards the
 * user's paging to it; `changed` is called after a page change.
 */
export function grantListView(list: GrantList, calc: GrantCalculator, changed: () => void): GrantListView {
  const filter = h("input", { type: "checkbox", id: "ox-only-problems" }) as HTMLInputElement;
  const filterLabel = h("label", { for: "ox-only-problems", class: "inline", text: "Only grants with problems" });
  const prev = h("button", { type: "button", class: "button", id: "ox-prev", text: "Previous" }) as HTMLButtonElement;
  const next = h("button", { type: "button", class: "button", id: "ox-next", text: "Next" }) as HTMLButtonElement;
  const pageInfo = h("span", { id: "ox-page", class: "hint", "aria-live": "polite" });
  const pager = h("div", { class: "pager" }, prev, pageInfo, next);
  const table$ = h("div", { id: "ox-list" });
  const details = h("div", { id: "ox-grants" });
  const root = h("div", { id: "ox-list-section", hidden: true }, h("div", { class: "filter" }, filter, filterLabel), pager, table$, details);
  let inputs: OptionExchangeInputs = {};

  prev.addEventListener("click", () => {
    list.previous();
    changed();
  });
  next.addEventListener("click", () => {
    list.next();
    changed();
  });
  filter.addEventListener("change", () => {
    list.setOnlyProblems(filter.checked);
    changed();
  });

  function grantBox(g: RosterGrant, i: number): HTMLElement {
    const title = `Grant ${grantLabel(g)}`;
    const box = h("details", { class: "grant", id: `ox-grant-${i + 1}` }, h("summary", { text: `${title}: details` })) as HTMLDetailsElement;
    const fill = () => {
      const d = grantDetails(g, inputs, calc);
      const content = h("div", { class: "grant-body" });
      content.appendChild(textTable(`${title}`, ["", ""], d.facts, { class: "grid pairs facts" }));
      const part = (label: string, header: string[], rows: string[][] | undefined, note: string | undefined, id: string) => {
        if (rows)
          content.appendChild(
            h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": `${title}: ${label}`, id }, textTable(label, header, rows)),
          );
        else if (note) content.appendChild(h("p", { class: "hint", id, text: `${label}: ${note}` }));
      };
      part("Vesting of the new options", ["Vest date", "Shares", "Cumulative"], d.vesting, d.vestingNote, `ox-grant-${i + 1}-vesting`);
      part("ISO/NSO split", ["Year", "Shares", "Value", "ISO", "NSO"], d.iso, d.isoNote, `ox-grant-${i + 1}-iso`);
      part("Exchange value", ["Measure", "Value"], d.exchange, d.exchangeNote, `ox-grant-${i + 1}-exchange`);
      box.querySelector(".grant-body")?.remove();
      box.appendChild(content);
    };
    if (list.open.has(i)) {
      box.setAttribute("open", "");
      fill();
    }
    box.addEventListener("toggle", () => {
      if (box.open) {
        list.open.add(i);
        fill();
      } else list.open.delete(i);
    });
    return box;
  }

  return {
    root,
    render(grants, now) {
      inputs = now;
      root.hidden = grants.length === 0;
      if (grants.length === 0) {
        table$.replaceChildren();
        details.replaceChildren();
        return undefined;
      }
      const p = list.pageOf(grants, inputs, calc);
      pageInfo.textContent = p.info;
      prev.disabled = !p.hasPrevious;
      next.disabled = !p.hasNext;
      const table = h("table", { class: "grid", id: "ox-table" });
      table.appendChild(h("caption", { text: "New options per grant" }));
      const head = (table as HTMLTableElement).createTHead().insertRow();
      // With the valuation inputs: each grant's row of OPTEX_VALUATION (old value, new value, incremental)
      const valued = calc.valuation(inputs)?.setup !== undefined;
      for (const label of ["Grant", "Options", "New options", "Break-even", ...(valued ? ["Old value", "New value", "Incremental"] : [])]) head.appendChild(h("th", { scope: "col", text: label }));
      const body = (table as HTMLTableElement).createTBody();
      for (const line of p.lines) {
        const tr = body.insertRow();
        tr.id = `ox-row-${line.index + 1}`;
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
      }
      const parts: HTMLElement[] = [h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": "New options per grant" }, table)];
      if (p.problems.length) parts.push(h("ul", { class: "problems", id: "ox-problems" }, ...p.problems.map((m) => h("li", { class: "error-text", text: m }))));
      if (p.notes.length) parts.push(h("ul", { class: "notes", id: "ox-notes" }, ...p.notes.map((m) => h("li", { class: "hint", text: m }))));
      table$.replaceChildren(...parts);
      details.replaceChildren(...p.shown.map((i) => grantBox(grants[i], i)));
      return p;
    },
  };
}
