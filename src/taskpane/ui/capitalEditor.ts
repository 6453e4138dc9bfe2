import { CapitalType } from "../../calc/seriesC/capital";
import { readSelectionValues } from "../excel/sheet";
import {
  CAPITAL_FIELDS,
  CAPITAL_LABEL,
  CAPITAL_TYPES,
  CAPITAL_TYPE_NOTE,
  CapitalFormRow,
  EXIT_MAX_ID,
  capitalFieldId,
  capitalRowsFromValues,
  emptyCapitalRow,
  exampleCapital,
} from "../model/capital";
import { SeriesCForm, nextId } from "../model/seriesC";
import { confirmDialog } from "./confirm";
import { h } from "./dom";
import { Field, selectField, textField } from "./fields";
import { Validation } from "./validation";

/** Capital rows the pane edits as cards; bigger tables belong in the sheet. */
export const MAX_CAPITAL_ROWS = 100;

export interface CapitalEditor {
  root: HTMLElement;
  /** Every field of the editor now on screen, by DOM id (the rows' and the exit range's). */
  fields: Map<string, Field>;
  /** Draws the rows again from the form (after a restore), keeping or moving the focus. */
  render(focusId?: string): void;
  /** Shows the exit range the chart chose when the field is empty. */
  setRangeNote(text: string | undefined): void;
  setInExcel(inExcel: boolean): void;
}

/**
 * The Series C tab's capital table (model/capital.ts): one card per class
 * with the fields its type uses, labelled; add, remove, the example of
 * SERIESC_EXIT, or a range of the sheet; replacing a non-empty table asks
 * first. And the exit chart's range.
 */
export function capitalEditor(form: SeriesCForm, v: Validation, showProblems: () => void, changed: () => void): CapitalEditor {
  const fields = new Map<string, Field>();
  const list = h("div", { class: "rows", id: "sc-capital" });
  const add = h("button", { type: "button", class: "button", id: "sc-add-capital", text: "Add class" });
  const example = h("button", { type: "button", class: "button", id: "sc-capital-example", text: "Use the example capital" });
  const fromSelection = h("button", { type: "button", class: "button", id: "sc-capital-selection", text: "Use the selected range" });
  const clear = h("button", { type: "button", class: "button subtle", id: "sc-clear-capital", text: "Remove all classes" });
  const status = h("p", { class: "status", id: "sc-capital-status", role: "status" });
  const rangeHint = "From $0 up to this total distributed. Empty: chosen from the capital.";
  const exitMax = textField({ id: EXIT_MAX_ID, label: CAPITAL_LABEL.exitMax, inputmode: "decimal", hint: rangeHint, value: form.exitMax });
  exitMax.control.addEventListener("input", () => {
    form.exitMax = exitMax.control.value;
    changed();
  });
  v.watch(exitMax.control, showProblems);
  fields.set(EXIT_MAX_ID, exitMax);
  const hintEl = exitMax.root.querySelector(`#${EXIT_MAX_ID}-hint`) as HTMLElement;

  const root = h(
    "fieldset",
    { class: "group", id: "sc-capital-group" },
    h("legend", { text: "Capital (for the exit waterfall)" }),
    h("p", { class: "hint", text: "Who shares in a liquidation or Sale of the Company, in order: senior claims, the Series C and Parity Preferred (each takes its preference or converts), then the common and options in the money (Cert §4(a), (c)). The same rows as SERIESC_EXIT's capital; an empty a, b or c counts as 0, as there." }),
    list,
    h("div", { class: "actions" }, add, example, fromSelection, clear),
    status,
    exitMax.root,
  );

  function bind(f: Field, onInput: (value: string) => void): Field {
    f.control.addEventListener("input", () => {
      onInput(f.control.value);
      changed();
    });
    v.watch(f.control, showProblems);
    fields.set(f.control.id, f);
    return f;
  }

  function render(focusId?: string): void {
    const focused = focusId ?? document.activeElement?.id;
    for (const id of [...fields.keys()]) if (id !== EXIT_MAX_ID) fields.delete(id);
    list.replaceChildren(
      ...form.capital.map((row, i) => {
        const n = i + 1;
        const name = bind(textField({ id: capitalFieldId(row.id, "name"), label: CAPITAL_LABEL.name, value: row.name, placeholder: "Series C", compact: true }), (x) => (row.name = x));
        const type = selectField({ id: capitalFieldId(row.id, "type"), label: CAPITAL_LABEL.type, options: CAPITAL_TYPES, value: row.type, compact: true });
        type.control.addEventListener("change", () => {
          row.type = type.control.value;
          render(type.control.id);
          changed();
        });
        v.watch(type.control, showProblems);
        fields.set(type.control.id, type);
        const specs = CAPITAL_FIELDS[row.type as CapitalType] ?? [];
        const specFields = specs.map((s) => bind(textField({ id: capitalFieldId(row.id, s.col), label: s.label, value: row[s.col], inputmode: "decimal", compact: true, hint: s.hint }), (x) => (row[s.col] = x)));
        const remove = h("button", { type: "button", class: "button subtle", id: `sc-cap${row.id}-remove`, text: `Remove capital row ${n}` });
        remove.addEventListener("click", () => {
          form.capital.splice(form.capital.indexOf(row), 1);
          v.forget(`sc-cap${row.id}-`);
          const after = form.capital[Math.min(i, form.capital.length - 1)];
          render(after ? capitalFieldId(after.id, "name") : add.id);
          changed();
        });
        const pairs: HTMLElement[] = [];
        for (let k = 0; k < specFields.length; k += 2) pairs.push(h("div", { class: "line two" }, specFields[k].root, specFields[k + 1]?.root));
        const note = h("p", { class: "hint", id: `sc-cap${row.id}-note`, text: CAPITAL_TYPE_NOTE[row.type as CapitalType] ?? "" });
        return h("fieldset", { class: "row-card", id: `sc-cap${row.id}` }, h("legend", { text: `Capital row ${n}` }), h("div", { class: "line two" }, name.root, type.root), note, ...pairs, remove);
      }),
    );
    clear.disabled = form.capital.length === 0;
    if (exitMax.control.value !== form.exitMax) exitMax.control.value = form.exitMax;
    if (focused) document.getElementById(focused)?.focus();
  }

  add.addEventListener("click", () => {
    const row = emptyCapitalRow(nextId(form.capital));
    form.capital.push(row);
    render(capitalFieldId(row.id, "name"));
    changed();
  });

  async function replace(rows: CapitalFormRow[], what: string): Promise<boolean> {
    const n = form.capital.length;
    if (n) {
      const ok = await confirmDialog("Replace the capital table?", `The table holds ${n} class${n === 1 ? "" : "es"}. ${what} replaces ${n === 1 ? "it" : "them"}.`);
      if (!ok) return false;
    }
    v.forget("sc-cap");
    form.capital = rows;
    render(rows.length ? capitalFieldId(rows[0].id, "name") : add.id);
    changed();
    return true;
  }

  example.addEventListener("click", async () => {
    if (await replace(exampleCapital(), "The example capital")) status.textContent = "The example capital of SERIESC_EXIT is in use: $10M senior notes, 1M Series C shares, a convertible Parity class, 10M common, 2M options at $10.";
    else status.textContent = "The capital table was left as it was.";
  });
  fromSelection.addEventListener("click", async () => {
    status.textContent = "Reading the selection…";
    try {
      const read = capitalRowsFromValues(await readSelectionValues());
      if (read.rows.length === 0) {
        status.textContent = `The selected range holds no capital rows${read.problems.length ? ` (${read.problems[0]})` : ""}; the table was left as it was.`;
        return;
      }
      if (read.rows.length > MAX_CAPITAL_ROWS) {
        status.textContent = `The selected range holds ${read.rows.length.toLocaleString("en-US")} capital rows; the pane edits up to ${MAX_CAPITAL_ROWS}. Use SERIESC_EXIT in the sheet for this table. The table was left as it was.`;
        return;
      }
      if (await replace(read.rows, "The selected range")) {
        status.textContent = `Read ${read.rows.length} capital row${read.rows.length === 1 ? "" : "s"} from the selected range.${read.problems.length ? ` Check: ${read.problems.join("; ")}.` : ""}`;
      } else status.textContent = "The capital table was left as it was.";
    } catch (e) {
      status.textContent = `Could not read the selection: ${e instanceof Error ? e.message : String(e)}`;
    }
  });
  clear.addEventListener("click", async () => {
    if (!form.capital.length) return;
    if (await replace([], "Removing all")) status.textContent = "All classes were removed.";
  });

  return {
    root,
    fields,
    render,
    setRangeNote(text) {
      const next = text ? `${rangeHint.replace(" Empty: chosen from the capital.", "")} Empty: ${text}` : rangeHint;
      if (hintEl.textContent !== next) hintEl.textContent = next;
    },
    setInExcel(inExcel) {
      fromSelection.disabled = !inExcel;
      if (inExcel) fromSelection.removeAttribute("aria-describedby");
      else fromSelection.setAttribute("aria-describedby", "sc-actions-note");
    },
  };
}
