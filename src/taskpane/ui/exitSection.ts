import { ExitPreview, SaleRoute } from "../model/exitController";
import { EXIT_LABEL, EXIT_VALUE_ID, ExitTable } from "../model/exit";
import { SeriesCController } from "../model/seriesCController";
import css from "./exitSection.css";
import { h } from "./dom";
import { Field, textArea, textField } from "./fields";
import { RowListEditor, rowListEditor } from "./rowListEditor";
import { paneSection } from "./section";
import { Validation } from "./validation";

/**
 * The exit section of the Series C tab (model/exitController.ts): the exit
 * value and who gets what, the breakpoints, the Sale of the Company's routes
 * with the best one marked, and the holders (pasted or typed) with their
 * payouts. It renders the controller's preview and forwards the input.
 */
export interface ExitSection {
  /** The exit value field and the holders' editor: inputs of the tab. */
  inputs: HTMLElement;
  /** Who gets what, the breakpoints, the sale routes, the payouts: results of the tab. */
  results: HTMLElement;
  exitValue: Field;
  holders: RowListEditor;
  render(preview: ExitPreview): void;
  /** The fields of the section with a problem to show, by DOM id. */
  showProblems(byField: ReadonlyMap<string, string>): void;
  /** The form was restored: the fields show its values. */
  restore(): void;
  setInExcel(inExcel: boolean): void;
}

function ensureCss(): void {
  if (document.getElementById("mpwr-exit-css")) return;
  document.head.appendChild(h("style", { id: "mpwr-exit-css", text: css }));
}

/** A table of the section in a scrolling region (it may be wider than a 320 px pane), or why it is not there. */
function sectionTable(id: string, caption: string, t: ExitTable, fn: string): HTMLElement {
  const wrap = h("div", { class: "subresult", id, "data-fn": fn });
  if (t.note || t.error) {
    wrap.append(h("h3", { text: caption }), h("p", { class: t.error ? "error-text" : "hint", id: `${id}-note`, text: t.error ?? t.note }));
    return wrap;
  }
  const table = h("table", { class: "grid exit-table" }, h("caption", { text: caption }));
  const head = table.createTHead().insertRow();
  t.header.forEach((label) => head.appendChild(h("th", { scope: "col", text: label })));
  const body = table.createTBody();
  t.rows.forEach((row, i) => {
    const tr = body.insertRow();
    if (i === t.rows.length - 1 && t.totalRow) tr.className = "total";
    row.forEach((cell, j) => {
      const c = j === 0 ? h("th", { scope: "row", text: cell }) : h("td", { text: cell, class: j >= 2 ? "num" : undefined });
      if (j === 2 && t.exact[i]?.[0] !== undefined) c.setAttribute("data-exact", t.exact[i][0]);
      tr.appendChild(c);
    });
  });
  wrap.appendChild(h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": caption }, table));
  return wrap;
}

/** The routes of a Sale of the Company: the best one says so in words (and is drawn apart), never by colour alone. */
function saleTable(routes: readonly SaleRoute[]): HTMLTableElement {
  const table = h("table", { class: "grid exit-table sale-routes" }, h("caption", { text: "Sale of the Company: per Series C share by each route" }));
  const head = table.createTHead().insertRow();
  for (const label of ["Route", "Per share", "Clause", "Available"]) head.appendChild(h("th", { scope: "col", text: label }));
  const body = table.createTBody();
  for (const r of routes) {
    const tr = body.insertRow();
    if (r.best) tr.className = "best";
    const name = h("th", { scope: "row" }, r.route);
    if (r.best) name.append(" ", h("strong", { class: "best-tag", text: "Best" }));
    tr.appendChild(name);
    tr.appendChild(h("td", { class: "num", text: r.perShare, "data-exact": r.exact }));
    tr.appendChild(h("td", { text: r.clause }));
    tr.appendChild(h("td", { text: r.availableText }));
  }
  return table;
}

export function exitSection(c: SeriesCController, v: Validation, showProblems: () => void, update: () => void): ExitSection {
  ensureCss();
  const form = c.form;
  const exitValue = textField({
    id: EXIT_VALUE_ID,
    label: EXIT_LABEL.exitValue,
    inputmode: "decimal",
    hint: "The total paid out in a liquidation or a Sale of the Company treated as one, e.g. $100,000,000 (Cert §4).",
    value: form.exitValue,
  });
  exitValue.control.addEventListener("input", () => {
    c.setField("exitValue", exitValue.control.value);
    update();
  });
  v.watch(exitValue.control, showProblems);

  const paste = textArea({
    id: "sc-holders-paste",
    label: "Paste holders: holder | capital row | quantity",
    hint: "Cells copied from a cap table (one row per holding, a header row is fine), or comma-separated lines.",
    rows: 3,
    placeholder: "Fund A\tSeries C\t600000",
  });
  const readPaste = h("button", { type: "button", class: "button", id: "sc-holders-read", text: "Use the pasted holders" });
  readPaste.addEventListener("click", () => {
    void c.holders.usePaste(paste.control.value).then(() => {
      if (c.holders.status.startsWith("Read ")) paste.control.value = "";
    });
  });
  const holders = rowListEditor(
    c.holders,
    {
      legend: "Holders (for the payouts by holder)",
      groupId: "sc-holders-group",
      hint: "Who holds how much of which capital row; a holder may hold several rows. The same rows as SERIESC_PAYOUTS' holdings.",
      listId: "sc-holders",
      addText: "Add holder row",
      selection: { id: "sc-holders-selection", text: "Use the selected range" },
      clear: { id: "sc-clear-holders", text: "Remove all holder rows", disabledWhenEmpty: true },
      statusId: "sc-holders-status",
      after: [h("div", { class: "paste-holders" }, paste.root, readPaste)],
    },
    v,
    showProblems,
    update,
  );

  const inputs = paneSection({ id: "sc-exit", title: "Exit value and holders", help: "pane-seriesc-exit" }, exitValue.root, holders.root);

  const gets = h("div", { id: "sc-who-gets-what" });
  const breakpoints = h("div", { id: "sc-breakpoints" });
  const sale = h("div", { id: "sc-sale" });
  const payouts = h("div", { id: "sc-payouts" });
  const results = paneSection({ id: "sc-exit-results", title: "Who gets what", help: "pane-seriesc-exit-results" }, gets, breakpoints, sale, payouts);

  function renderBreakpoints(b: ExitPreview["breakpoints"]): HTMLElement {
    const wrap = h(
      "div",
      { class: "subresult", id: "sc-breakpoints-result", "data-fn": "SERIESC_BREAKPOINTS" },
      h("h3", { id: "sc-breakpoints-title", text: "Breakpoints" }),
    );
    if (b.note || b.error) {
      wrap.appendChild(h("p", { class: b.error ? "error-text" : "hint", id: "sc-breakpoints-note", text: b.error ?? b.note }));
      return wrap;
    }
    wrap.appendChild(
      h("p", { class: "hint", text: "Every exit value where the distribution changes slope; between two of them every amount is a straight line." }),
    );
    const list = h("ol", { class: "breakpoints", "aria-labelledby": "sc-breakpoints-title" });
    b.items.forEach((item, i) =>
      list.appendChild(
        h(
          "li",
          { id: `sc-breakpoint-${i + 1}` },
          h("span", { class: "bp-value", "data-exact": item.exact, text: item.proceeds }),
          " ",
          h("span", { text: item.event }),
        ),
      ),
    );
    wrap.appendChild(list);
    return wrap;
  }

  function renderSale(s: ExitPreview["sale"]): HTMLElement {
    const wrap = h("div", { class: "subresult", id: "sc-sale-result", "data-fn": "SERIESC_SALE" });
    if (s.note || s.error) {
      wrap.append(h("h3", { text: "Sale of the Company" }), h("p", { class: s.error ? "error-text" : "hint", id: "sc-sale-note", text: s.error ?? s.note }));
      return wrap;
    }
    wrap.appendChild(h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": "Sale of the Company routes" }, saleTable(s.routes)));
    if (s.best) wrap.appendChild(h("p", { class: "best-line", id: "sc-sale-best", text: s.best }));
    return wrap;
  }

  // The breakpoints of a new capital are found after the frame that shows the keystroke (model/exit.ts breakpointsOf).
  let finding = 0;
  function findLater(): void {
    const token = ++finding;
    breakpoints.setAttribute("aria-busy", "true");
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (token !== finding) return; // a newer keystroke: its own render decides
        breakpoints.removeAttribute("aria-busy");
        breakpoints.replaceChildren(renderBreakpoints(c.exit.findBreakpoints(c.parsed)));
      }, 0),
    );
  }

  let shownKey = "";
  return {
    inputs: inputs.root,
    results: results.root,
    exitValue,
    holders,
    render(p) {
      const key = JSON.stringify(p);
      if (key === shownKey) return;
      shownKey = key;
      finding++;
      breakpoints.removeAttribute("aria-busy");
      if (p.breakpoints.pending) findLater();
      gets.replaceChildren(sectionTable("sc-who-gets-what-result", p.whoGetsWhatCaption, p.whoGetsWhat, "SERIESC_EXIT"));
      breakpoints.replaceChildren(renderBreakpoints(p.breakpoints));
      sale.replaceChildren(renderSale(p.sale));
      payouts.replaceChildren(sectionTable("sc-payouts-result", p.payoutsCaption, p.payouts, "SERIESC_PAYOUTS"));
    },
    showProblems(byField) {
      exitValue.show({ error: byField.get(EXIT_VALUE_ID) });
      for (const [id, f] of holders.fields) f.show({ error: byField.get(id) });
    },
    restore() {
      if (exitValue.control.value !== form.exitValue) exitValue.control.value = form.exitValue;
      holders.render("");
    },
    setInExcel(inExcel) {
      holders.setInExcel(inExcel);
    },
  };
}
