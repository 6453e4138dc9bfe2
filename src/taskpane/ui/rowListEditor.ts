import { Row, RowField, RowList } from "../model/rowList";
import { h } from "./dom";
import { Field, selectField, textField } from "./fields";
import { Validation } from "./validation";

/** The parts of a list's group besides its cards. */
export interface RowListEditorOptions {
  /** The group's legend, id and hint. */
  legend: string;
  groupId?: string;
  hint?: string;
  /** The cards' container id ("sc-events"). */
  listId: string;
  addText: string;
  /** The commands beside Add: from the selected range, an example, remove all (each with its id and text). */
  selection?: { id: string; text: string };
  example?: { id: string; text: string; use: () => void };
  clear?: { id: string; text: string; disabledWhenEmpty?: boolean };
  /** The status line's id (the list's status: what the selected range held). */
  statusId?: string;
  /** Elements after the list's status (e.g. a field of the group). */
  after?: HTMLElement[];
}

export interface RowListEditor {
  root: HTMLElement;
  /** Every field of the cards now on screen, by DOM id. */
  fields: Map<string, Field>;
  /** Draws the cards again from the list (after a restore), keeping or moving the focus. */
  render(focusId?: string): void;
  setInExcel(inExcel: boolean): void;
}

/**
 * The one editor of a list of rows (model/rowList.ts): a card of labelled
 * fields per row, Add, Remove per row, and optionally the selected range, an
 * example and Remove all. It draws the list and forwards the user's input;
 * `changed` is called after every change of the rows, `showProblems` when a
 * field is left.
 */
export function rowListEditor<R extends Row>(
  list: RowList<R>,
  o: RowListEditorOptions,
  v: Validation,
  showProblems: () => void,
  changed: () => void,
): RowListEditor {
  const fields = new Map<string, Field>();
  const container = h("div", { class: "rows", id: o.listId });
  const add = h("button", { type: "button", class: "button", id: list.spec.addId, text: o.addText });
  const button = (b: { id: string; text: string }, subtle = false) =>
    h("button", { type: "button", class: subtle ? "button subtle" : "button", id: b.id, text: b.text });
  const example = o.example && button(o.example);
  const fromSelection = o.selection && button(o.selection);
  const clear = o.clear && button(o.clear, true);
  const status = o.statusId ? h("p", { class: "status", id: o.statusId, role: "status" }) : undefined;
  const commands = [example, fromSelection, clear].filter((b): b is HTMLButtonElement => !!b);
  const root = h(
    "fieldset",
    { class: "group", id: o.groupId },
    h("legend", { text: o.legend }),
    ...(o.hint ? [h("p", { class: "hint", text: o.hint })] : []),
    container,
    commands.length ? h("div", { class: "actions" }, add, ...commands) : add,
    ...(status ? [status] : []),
    ...(o.after ?? []),
  );

  function field(f: RowField): Field {
    const made = f.options
      ? selectField({ id: f.id, label: f.label, options: f.options, value: f.value, compact: true, hint: f.hint })
      : textField({ id: f.id, label: f.label, value: f.value, placeholder: f.placeholder, inputmode: f.inputmode, compact: true, hint: f.hint });
    const control = made.control;
    if (f.restructures) {
      // Its row's fields depend on it: the card is drawn again, the focus kept on it.
      control.addEventListener("change", () => {
        f.set(control.value);
        list.restructured(control.id);
      });
    } else {
      control.addEventListener("input", () => {
        f.set(control.value);
        changed();
      });
    }
    v.watch(control, showProblems);
    fields.set(f.id, made);
    return made;
  }

  function render(focusId?: string): void {
    const focused = focusId ?? document.activeElement?.id;
    fields.clear();
    container.replaceChildren(
      ...list.rows.map((row, i) => {
        const card = list.spec.card(row, i, list.rows);
        const head = card.head.map(field);
        const rest = card.fields.map(field);
        const remove = h("button", { type: "button", class: "button subtle", id: card.removeId, text: card.removeText });
        remove.addEventListener("click", () => list.remove(row));
        const pairs: HTMLElement[] = [];
        for (let k = 0; k < rest.length; k += 2) pairs.push(h("div", { class: "line two" }, rest[k].root, rest[k + 1]?.root));
        const note = card.note ? [h("p", { class: "hint", id: card.note.id, text: card.note.text })] : [];
        return h(
          "fieldset",
          { class: "row-card", id: card.id },
          h("legend", { text: card.legend }),
          h("div", { class: "line two" }, ...head.map((x) => x.root)),
          ...note,
          ...pairs,
          remove,
        );
      }),
    );
    if (clear && o.clear?.disabledWhenEmpty) clear.disabled = list.rows.length === 0;
    if (focused) document.getElementById(focused)?.focus();
  }

  list.listener = {
    rows: (focusId) => {
      render(focusId);
      changed();
    },
    status: () => {
      if (status) status.textContent = list.status;
    },
    forget: (prefix) => v.forget(prefix),
  };
  add.addEventListener("click", () => list.add());
  example?.addEventListener("click", () => o.example?.use());
  fromSelection?.addEventListener("click", () => void list.useSelection());
  clear?.addEventListener("click", () => void list.clear());

  return {
    root,
    fields,
    render,
    setInExcel(inExcel) {
      if (!fromSelection) return;
      fromSelection.disabled = !inExcel;
      if (inExcel) fromSelection.removeAttribute("aria-describedby");
      else fromSelection.setAttribute("aria-describedby", "sc-actions-note");
    },
  };
}
