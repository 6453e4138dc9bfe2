import { h, uid } from "./dom";

/** A labelled input with a hint and a live error line (aria-invalid + aria-describedby). */
export interface Field {
  root: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  setError(message: string | undefined): void;
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

function wire(control: Field["control"], o: FieldOptions, kind: string): Field {
  const id = o.id ?? uid(kind);
  control.id = id;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const label = h("label", { for: id, text: o.label, class: o.ariaLabel ? "visually-hidden" : undefined });
  const hint = o.hint ? h("div", { id: hintId, class: "hint", text: o.hint }) : null;
  const error = h("div", { id: errorId, class: "error", "aria-live": "polite", hidden: true });
  if (o.ariaLabel) control.setAttribute("aria-label", o.ariaLabel);
  const root = h("div", { class: o.compact ? "field compact" : "field" }, label, control, hint, error);
  const describe = (withError: boolean) => {
    const ids = [hint ? hintId : "", withError ? errorId : ""].filter(Boolean).join(" ");
    if (ids) control.setAttribute("aria-describedby", ids);
    else control.removeAttribute("aria-describedby");
  };
  describe(false);
  return {
    root,
    control,
    setError(message) {
      if (message) {
        if (error.textContent !== message) error.textContent = message;
        error.hidden = false;
        control.setAttribute("aria-invalid", "true");
      } else {
        error.textContent = "";
        error.hidden = true;
        control.removeAttribute("aria-invalid");
      }
      describe(!!message);
    },
  };
}

export function textField(o: FieldOptions): Field {
  const input = h("input", { type: "text", autocomplete: "off", spellcheck: "false", placeholder: o.placeholder, inputmode: o.inputmode });
  input.value = o.value ?? "";
  return wire(input, o, "f");
}

export function selectField(o: FieldOptions & { options: readonly string[] }): Field {
  const select = h("select");
  for (const opt of o.options) select.appendChild(h("option", { value: opt, text: opt }));
  select.value = o.value ?? o.options[0];
  return wire(select, o, "s");
}

export function textArea(o: FieldOptions & { rows?: number }): Field {
  const area = h("textarea", { rows: o.rows ?? 5, spellcheck: "false", placeholder: o.placeholder });
  area.value = o.value ?? "";
  return wire(area, o, "t");
}
