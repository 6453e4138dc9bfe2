import { RosterGrant } from "../../input/roster";
import { GRANT_COLUMNS, cellText, GrantColumnId, GrantList, GrantPage, PAGE_SIZES } from "../model/grantList";
import { HIDEABLE_COLUMNS } from "../model/viewState";
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
 * user's paging to it; `changed` is called after a page change, and also
 * `settingsChanged` after a change of what is saved with the inputs (sort,
 * page size, columns shown: model/viewState.ts).
 */
export function grantListView(list: GrantList, calc: GrantCalculator, changed: () => void, settingsChanged: () => void = () => undefined): GrantListView {
  const filter = h("input", { type: "checkbox", id: "ox-only-problems" }) as HTMLInputElement;
  const filterLabel = h("label", { for: "ox-only-problems", class: "inline", text: "Only grants with problems" });
  const search = h("input", { type: "search", id: "ox-search", autocomplete: "off", spellcheck: "false" }) as HTMLInputElement;
  const searchLabel = h("label", { for: "ox-search", text: "Search grants" });
  const size = h("select", { id: "ox-page-size" }, ...PAGE_SIZES.map((n) => h("option", { value: n, text: String(n) }))) as HTMLSelectElement;
  const sizeLabel = h("label", { for: "ox-page-size", class: "inline", text: "Grants per page" });
  const goto = h("input", { type: "text", inputmode: "numeric", id: "ox-goto", size: 4, autocomplete: "off" }) as HTMLInputElement;
  const gotoLabel = h("label", { for: "ox-goto", class: "inline", text: "Go to page" });
  const go = h("button", { type: "button", class: "button", id: "ox-goto-button", text: "Go" }) as HTMLButtonElement;
  const prev = h("button", { type: "button", class: "button", id: "ox-prev", text: "Previous" }) as HTMLButtonElement;
  const next = h("button", { type: "button", class: "button", id: "ox-next", text: "Next" }) as HTMLButtonElement;
  const pageInfo = h("span", { id: "ox-page", class: "hint", "aria-live": "polite" });
  const pager = h("div", { class: "pager" }, prev, pageInfo, next);
  const leftOut = h("p", { id: "ox-left-out", class: "left-out" });
  const exportCsv = h("button", { type: "button", class: "button subtle", id: "ox-export", text: "Export CSV" }) as HTMLButtonElement;
  const exportStatus = h("span", { id: "ox-export-status", class: "hint", role: "status" });
  // The columns shown: a checkbox per column but the first (a row must say which grant it is).
  const columnBoxes = new Map<GrantColumnId, HTMLInputElement>();
  const chooser = h(
    "details",
    { class: "columns-chooser", id: "ox-columns" },
    h("summary", { text: "Columns shown" }),
    h(
      "div",
      { class: "columns-list", role: "group", "aria-label": "Columns shown" },
      ...HIDEABLE_COLUMNS.map((id) => {
        const box = h("input", { type: "checkbox", id: `ox-col-${id}`, checked: true }) as HTMLInputElement;
        columnBoxes.set(id, box);
        box.addEventListener("change", () => {
          list.setShown(id, box.checked);
          changed();
          settingsChanged();
        });
        const label = GRANT_COLUMNS.find((c) => c.id === id)?.label ?? id;
        return h("div", { class: "filter" }, box, h("label", { for: box.id, class: "inline", text: label }));
      }),
    ),
  );
  const table$ = h("div", { id: "ox-list" });
  const details = h("div", { id: "ox-grants" });
  const root = h(
    "div",
    { id: "ox-list-section", hidden: true },
    leftOut,
    h("div", { class: "search" }, searchLabel, search),
    h("div", { class: "filter" }, filter, filterLabel),
    h("div", { class: "filter" }, sizeLabel, size, gotoLabel, goto, go),
    chooser,
    pager,
    table$,
    h("div", { class: "actions" }, exportCsv, exportStatus),
    details,
  );
  let inputs: OptionExchangeInputs = {};
  let grants: readonly RosterGrant[] = [];
  /** The header button to focus again once the table is drawn anew (after a sort). */
  let refocus: GrantColumnId | undefined;

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
  search.addEventListener("input", () => {
    list.setQuery(search.value);
    changed();
  });
  size.addEventListener("change", () => {
    list.setPageSize(Number(size.value));
    changed();
    settingsChanged();
  });
  const goToPage = () => {
    const n = Number(goto.value.trim().replace(/,/g, ""));
    if (goto.value.trim() === "" || !Number.isInteger(n)) {
      pageInfo.textContent = `Go to page: type a page number, got “${goto.value.trim()}”`;
      return;
    }
    list.goTo(n);
    changed();
  };
  go.addEventListener("click", goToPage);
  goto.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      goToPage();
    }
  });
  exportCsv.addEventListener("click", () => {
    const rows = list.order(grants, inputs, calc).length;
    // A byte-order mark, so that Excel reads the file as UTF-8 (dashes, quotes, names).
    const blob = new Blob(["\ufeff", list.csv(grants, inputs, calc)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = h("a", { href: url, download: "grants.csv", hidden: true });
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    exportStatus.textContent = `Exported ${rows.toLocaleString("en-US")} grant${rows === 1 ? "" : "s"} to grants.csv.`;
  });

  function grantBox(g: RosterGrant, i: number): HTMLElement {
    const title = `Grant ${grantLabel(g)}`;
    const box = h("details", { class: "grant", id: `ox-grant-${i + 1}` }, h("summary", { text: `${title}: details` })) as HTMLDetailsElement;
    const fill = () => {
      const d = grantDetails(g, inputs, calc);
      const content = h("div", { class: "grant-body" });
      content.appendChild(textTable(`${title}`, ["Fact", "Value"], d.facts, { class: "grid pairs facts" }));
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
    render(all, now) {
      inputs = now;
      grants = all;
      root.hidden = grants.length === 0;
      if (grants.length === 0) {
        table$.replaceChildren();
        details.replaceChildren();
        return undefined;
      }
      const p = list.pageOf(grants, inputs, calc);
      pageInfo.textContent = p.info;
      leftOut.textContent = p.leftOut;
      leftOut.classList.toggle("error-text", p.leftOut !== "Every grant is in the totals.");
      prev.disabled = !p.hasPrevious;
      next.disabled = !p.hasNext;
      size.value = String(list.pageSize);
      goto.setAttribute("aria-describedby", "ox-page");
      if (document.activeElement !== search && search.value !== list.query) search.value = list.query;
      exportStatus.textContent = "";
      for (const [id, box] of columnBoxes) box.checked = !list.hidden.has(id);
      const columns = list.columns();
      const table = h("table", { class: "grid", id: "ox-table" });
      table.appendChild(h("caption", { text: "Grants: new options and exchange value" }));
      const head = (table as HTMLTableElement).createTHead().insertRow();
      for (const col of columns) {
        const sort = list.sortOf(col.id);
        const button = h("button", { type: "button", class: "sort", "data-column": col.id, text: col.label }) as HTMLButtonElement;
        button.addEventListener("click", () => {
          list.sortBy(col.id);
          refocus = col.id;
          changed();
          settingsChanged();
        });
        head.appendChild(h("th", { scope: "col", "aria-sort": sort }, button));
      }
      const body = (table as HTMLTableElement).createTBody();
      for (const line of p.lines) {
        const tr = body.insertRow();
        tr.id = `ox-row-${line.index + 1}`;
        columns.forEach((col, k) => {
          const text = cellText(col, line);
          if (k === 0) {
            const th = h("th", { scope: "row", text });
            if (line.problems.length) {
              tr.setAttribute("aria-invalid", "true");
              tr.className = "invalid";
              th.appendChild(h("span", { class: "why", text: `Left out of the totals: ${line.problems.join("; ")}` }));
            }
            tr.appendChild(th);
            return;
          }
          const td = tr.insertCell();
          td.setAttribute("data-column", col.id);
          td.textContent = text;
          if (col.id !== "grantDate") td.className = "num";
          const exact = col.exact?.(line);
          if (exact !== undefined) td.setAttribute("data-exact", exact);
          if (col.id === "breakeven" && line.breakevenNote) td.title = line.breakevenNote;
        });
      }
      const parts: HTMLElement[] = [h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": "Grants: new options and exchange value" }, table)];
      if (p.problems.length) parts.push(h("ul", { class: "problems", id: "ox-problems" }, ...p.problems.map((m) => h("li", { class: "error-text", text: m }))));
      if (p.notes.length) parts.push(h("ul", { class: "notes", id: "ox-notes" }, ...p.notes.map((m) => h("li", { class: "hint", text: m }))));
      table$.replaceChildren(...parts);
      details.replaceChildren(...p.shown.map((i) => grantBox(grants[i], i)));
      if (refocus) {
        (table.querySelector(`button[data-column="${refocus}"]`) as HTMLButtonElement | null)?.focus();
        refocus = undefined;
      }
      return p;
    },
  };
}
