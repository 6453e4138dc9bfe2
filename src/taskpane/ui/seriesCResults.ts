import { ResultTable, SeriesCPreview } from "../model/seriesC";
import { h, textTable } from "./dom";

/** The Series C tab's result tables, drawn from the preview (model/seriesC.ts previewSeriesC). */

/** A result table of the preview: label | value lines when it has one row (they fit a 320 px pane), else a scrolling table. */
export function resultTable(t: ResultTable): HTMLElement {
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
    wrap.appendChild(
      h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": t.label }, textTable(t.label, t.header, t.rows, { class: `grid ${t.id}` })),
    );
  }
  if (t.termsNote) wrap.appendChild(h("p", { class: "terms-note", id: `sc-${t.id}-terms`, text: t.termsNote }));
  return wrap;
}

/** The certificate of adjustment (Cert §5(l)): one item per event, with the rule applied and the price before and after. */
export function renderCertificate(c: SeriesCPreview["certificate"]): HTMLElement {
  const wrap = h(
    "div",
    { class: "subresult", id: "sc-certificate-result", "data-fn": "SERIESC_ADJUSTMENTS" },
    h("h3", { id: "sc-certificate-title", text: "Certificate of adjustment (Cert §5(l))" }),
  );
  if (c.note) wrap.appendChild(h("p", { class: "hint", id: "sc-certificate-note", text: c.note }));
  if (c.termsNote) wrap.appendChild(h("p", { class: "terms-note", id: "sc-certificate-terms", text: c.termsNote }));
  if (c.lines.length) {
    const list = h("ol", { class: "certificate", "aria-labelledby": "sc-certificate-title" });
    c.lines.forEach((l, i) => {
      const dl = h("dl", { class: "pairs-list" });
      const pair = (label: string, value: string, attrs: Record<string, string> = {}) =>
        dl.append(h("dt", { text: label }), h("dd", { text: value, ...attrs }));
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
