import { h, uid } from "./dom";

/**
 * A labelled input with a hint, an error line, a warning line and a note
 * (e.g. how a date was read). The error outlines the control (aria-invalid)
 * and is announced; a warning never blocks.
 */
export interface Field {
  root: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  show(state: { error?: string; warning?: string; note?: string }): void;
}

export interface FieldOptions {
  id?: string;
  label: string;
  hint?: string;
  value?: string;
  placeholder?: string;
  inputmode?: string;
  compact?: boolean;
  /** Accessible name when the visible label is shared (table cells). */
  ariaLabel?: string;
}

function line(id: string, cls: string): HTMLElement {
  return h("div", { id, class: cls, hidden: true });
}

function setLine(el: HTMLElement, text: string | undefined): void {
  if ((el.textContent ?? "") !== (text ?? "")) el.textContent = text ?? "";
  el.hidden = !text;
}

function wire(control: Field["control"], o: FieldOptions, kind: string): Field {
  const id = o.id ?? uid(kind);
  control.id = id;
  const label = h("label", { for: id, text: o.label, class: o.ariaLabel ? "visually-hidden" : undefined });
  const hint = o.hint ? h("div", { id: `${id}-hint`, class: "hint", text: o.hint }) : null;
  const note = line(`${id}-note`, "hint field-note");
  const warning = line(`${id}-warning`, "warning");
  const error = line(`${id}-error`, "error");
  // One polite live region per field: what changed is read once, not on every keystroke of an unchanged message.
  const live = h("div", { class: "field-messages", "aria-live": "polite" }, error, warning, note);
  if (o.ariaLabel) control.setAttribute("aria-label", o.ariaLabel);
  const root = h("div", { class: o.compact ? "field compact" : "field" }, label, control, hint, live);
  let described = "";
  return {
    root,
    control,
    show(s) {
      setLine(error, s.error);
      setLine(warning, s.error ? undefined : s.warning);
      setLine(note, s.error ? undefined : s.note);
      if (s.error) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
      const ids = [hint ? hint.id : "", s.error ? error.id : "", !s.error && s.warning ? warning.id : "", !s.error && s.note ? note.id : ""]
        .filter(Boolean)
        .join(" ");
      if (ids !== described) {
        if (ids) control.setAttribute("aria-describedby", ids);
        else control.removeAttribute("aria-describedby");
        described = ids;
      }
    },
  };
}

export function textField(o: FieldOptions): Field {
  const input = h("input", { type: "text", autocomplete: "off", spellcheck: "false", placeholder: o.placeholder, inputmode: o.inputmode });
  input.value = o.value ?? "";
  const f = wire(input, o, "f");
  f.show({});
  return f;
}

export function selectField(o: FieldOptions & { options: readonly string[] | ReadonlyArray<{ value: string; label: string }> }): Field {
  const select = h("select");
  for (const opt of o.options) {
    const [value, label] = typeof opt === "string" ? [opt, opt] : [opt.value, opt.label];
    select.appendChild(h("option", { value, text: label }));
  }
  select.value = o.value ?? select.options[0]?.value ?? "";
  const f = wire(select, o, "s");
  f.show({});
  return f;
}

export function textArea(o: FieldOptions & { rows?: number }): Field {
  const area = h("textarea", { rows: o.rows ?? 5, spellcheck: "false", placeholder: o.placeholder });
  area.value = o.value ?? "";
  const f = wire(area, o, "t");
  f.show({});
  return f;
}
