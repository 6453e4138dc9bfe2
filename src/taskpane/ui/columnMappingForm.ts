import { headerChoiceLabel } from "../model/columnMapping";
import { RosterController } from "../model/rosterController";
import { h } from "./dom";

export interface ColumnMappingView {
  root: HTMLElement;
  /** Draws the controller's mapping state: the form (built again only for a new form), its problems, the mapping in use. */
  show(): void;
}

/**
 * "Which column is which?" under the roster (model/columnMapping.ts): a drop-down of the header's
 * cells per column, named by the column ("grant date (required)"), "Use these columns" and Cancel;
 * and, once a mapping is in use, a line saying which column is which with "Change the columns" and
 * "Use the header's names". Renders the RosterController and forwards the choices to it.
 */
export function columnMappingView(roster: RosterController): ColumnMappingView {
  const inUse = h("p", { class: "hint", id: "ox-columns-in-use" });
  const change = h("button", { type: "button", class: "button subtle", id: "ox-columns-change", text: "Change the columns" });
  const names = h("button", { type: "button", class: "button subtle", id: "ox-columns-names", text: "Use the header's names" });
  const usedLine = h("div", { id: "ox-columns-used", hidden: true }, inUse, h("div", { class: "actions" }, change, names));
  const form = h("fieldset", { class: "group", id: "ox-columns-form", hidden: true });
  const root = h("div", { class: "column-mapping" }, usedLine, form);
  let drawn: unknown;
  let problems: HTMLElement | undefined;

  change.addEventListener("click", () => roster.changeMapping());
  names.addEventListener("click", () => roster.forgetMapping());

  function build(): void {
    const f = roster.mappingForm;
    form.replaceChildren();
    problems = undefined;
    if (!f) return;
    const intro = h("p", {
      class: "hint",
      id: "ox-columns-intro",
      text: "The roster's header does not say which column is which. Choose the column for each; the text stays as pasted, and the choice is kept for the next roster with the same header.",
    });
    form.append(h("legend", { text: "Which column is which?" }), intro);
    for (const line of f.lines) {
      const id = `ox-column-${line.column}`;
      const select = h("select", { id, "aria-describedby": line.issue ? `${id}-issue` : undefined }) as HTMLSelectElement;
      select.append(h("option", { value: "", text: "(none)" }));
      f.headers.forEach((_, i) => select.append(h("option", { value: String(i), text: headerChoiceLabel(f.headers, i) })));
      const chosen = f.choices[line.column];
      select.value = chosen === undefined ? "" : String(chosen);
      select.addEventListener("change", () => f.choose(line.column, select.value === "" ? undefined : Number(select.value)));
      form.append(
        h(
          "div",
          { class: "field" },
          h("label", { for: id, text: line.label }),
          select,
          line.issue ? h("p", { class: "hint", id: `${id}-issue`, text: line.issue }) : null,
        ),
      );
    }
    problems = h("p", { class: "error", id: "ox-columns-problems", role: "alert", hidden: true });
    const use = h("button", { type: "button", class: "button", id: "ox-columns-use", text: "Use these columns" });
    use.addEventListener("click", () => roster.useMapping());
    const actions = h("div", { class: "actions" }, use);
    if (roster.mappingAsked) {
      const cancel = h("button", { type: "button", class: "button subtle", id: "ox-columns-cancel", text: "Cancel" });
      cancel.addEventListener("click", () => roster.cancelMapping());
      actions.append(cancel);
    }
    form.append(problems, actions);
  }

  return {
    root,
    show() {
      const f = roster.mappingForm;
      const key = f ? [f, roster.mappingAsked] : undefined;
      if (!sameKey(key, drawn)) {
        const focused = form.contains(document.activeElement);
        build();
        drawn = key;
        if (f && roster.mappingAsked) (form.querySelector("select") as HTMLSelectElement | null)?.focus();
        else if (focused && !f) change.focus();
      }
      form.hidden = !f;
      if (problems) {
        const text = roster.mappingProblems.length ? `Not used yet: ${roster.mappingProblems.join("; ")}.` : "";
        problems.hidden = text === "";
        if (problems.textContent !== text) problems.textContent = text;
      }
      const used = roster.mappingInUse();
      usedLine.hidden = !!f || used === undefined;
      const said = used === undefined ? "" : `Columns as you chose them: ${used}.`;
      if (inUse.textContent !== said) inUse.textContent = said;
    },
  };
}

const sameKey = (a: unknown, b: unknown): boolean => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b);
