import { TermRow } from "../model/terms";
import { h } from "./dom";
import { Field, selectField, textField } from "./fields";

/**
 * A tab's Terms section (model/terms.ts reads it): one field per term of the calc's schema, named by
 * the term as the functions' `terms` argument names it, with what it is and its default beside it, a
 * "Changed" mark and a "Reset to default" button (named "Reset to default: <term>"); a term the tab sets through one of its own fields
 * says which. It renders the rows and forwards edits; it reads nothing itself.
 */
export interface TermsSectionPorts {
  set(name: string, text: string): void;
  reset(name: string): void;
}

export interface TermsSection {
  /** The fields and the count of changed terms (to go into the tab's Terms section). */
  root: HTMLElement;
  /** Each term's field by its DOM id (for the error summary's messages). */
  fields: Map<string, Field>;
  /** Draws the rows; `values`: put each term's text in its field (after a reset or a restore, never while typing). */
  render(rows: readonly TermRow[], values: boolean): void;
}

interface TermUi {
  root: HTMLElement;
  field?: Field;
  mark: HTMLElement;
  value?: HTMLElement;
  reset?: HTMLButtonElement;
}

export function termsSection(prefix: string, rows: readonly TermRow[], ports: TermsSectionPorts): TermsSection {
  const count = h("p", { class: "hint", id: `${prefix}-terms-count`, "aria-live": "polite" });
  const list = h("div", { class: "terms-list", id: `${prefix}-terms` });
  const fields = new Map<string, Field>();
  const ui = new Map<string, TermUi>();
  for (const r of rows) {
    const mark = h("span", { class: "term-changed", id: `${r.id}-changed`, hidden: true, text: "Changed from the default" });
    const meaning = `${r.label}. Default: ${r.defaultText}.`;
    if (r.bound) {
      const value = h("span", { class: "value", id: `${r.id}-value` });
      const to = h("a", { href: `#${r.bound.id}`, text: r.bound.field });
      to.addEventListener("click", (e) => {
        e.preventDefault();
        document.getElementById(r.bound?.id ?? "")?.focus();
      });
      const root = h(
        "div",
        { class: "field term", id: r.id },
        h("span", { class: "term-name", text: r.name }),
        h("p", { class: "hint", text: meaning }),
        h("p", { class: "term-bound" }, "Set by the field ", to, " above: ", value, " ", mark),
      );
      list.appendChild(root);
      ui.set(r.name, { root, mark, value });
      continue;
    }
    const field = r.choices
      ? selectField({ id: r.id, label: r.name, options: r.choices, hint: meaning })
      : textField({
          id: r.id,
          label: r.name,
          hint: meaning,
          inputmode: r.kind === "number" ? "decimal" : undefined,
          placeholder: r.kind === "number" ? "none" : undefined,
        });
    const reset = h("button", {
      type: "button",
      class: "button small",
      id: `${r.id}-reset`,
      "aria-label": `Reset to default: ${r.name}`,
      text: "Reset to default",
    });
    reset.addEventListener("click", () => {
      ports.reset(r.name);
      field.control.focus();
    });
    field.control.addEventListener(r.choices ? "change" : "input", () => ports.set(r.name, field.control.value));
    field.root.classList.add("term");
    field.root.append(h("div", { class: "term-actions" }, mark, reset));
    list.appendChild(field.root);
    fields.set(r.id, field);
    ui.set(r.name, { root: field.root, field, mark, reset });
  }
  const root = h("div", { class: "terms-section" }, count, list);

  function render(next: readonly TermRow[], values: boolean): void {
    let changed = 0;
    for (const r of next) {
      const u = ui.get(r.name);
      if (!u) continue;
      if (r.changed) changed++;
      u.mark.hidden = !r.changed;
      u.root.classList.toggle("is-changed", r.changed);
      if (u.value && u.value.textContent !== r.valueText) u.value.textContent = r.valueText;
      if (u.field && values && u.field.control.value !== r.text) u.field.control.value = r.text;
      if (u.reset) u.reset.disabled = !r.typed;
    }
    const text =
      changed === 0 ? "Every term is the default." : `${changed === 1 ? "1 term differs" : `${changed} terms differ`} from the default (marked “Changed”).`;
    if (count.textContent !== text) count.textContent = text;
  }
  render(rows, true);
  return { root, fields, render };
}
