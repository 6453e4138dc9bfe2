import { h } from "./dom";

/**
 * WAI-ARIA tabs: Left/Right/Home/End move between tabs (automatic
 * activation), Tab moves into the panel; one tab stop for the tab list.
 */
export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
}

export function tabs(specs: TabSpec[], label: string): HTMLElement {
  const list = h("div", { role: "tablist", "aria-label": label, class: "tablist" });
  const buttons = specs.map((s) => {
    const b = h("button", { type: "button", role: "tab", id: `tab-${s.id}`, "aria-controls": `panel-${s.id}`, class: "tab", text: s.label });
    s.panel.id = `panel-${s.id}`;
    s.panel.setAttribute("role", "tabpanel");
    s.panel.setAttribute("aria-labelledby", b.id);
    s.panel.tabIndex = 0;
    list.appendChild(b);
    return b;
  });
  const select = (i: number, focus: boolean) => {
    buttons.forEach((b, k) => {
      const on = k === i;
      b.setAttribute("aria-selected", String(on));
      b.tabIndex = on ? 0 : -1;
      specs[k].panel.hidden = !on;
    });
    if (focus) buttons[i].focus();
  };
  buttons.forEach((b, i) => {
    b.addEventListener("click", () => select(i, true));
    b.addEventListener("keydown", (e) => {
      const n = buttons.length;
      const to = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      select(to, true);
    });
  });
  select(0, false);
  return h("div", { class: "tabs" }, list, ...specs.map((s) => s.panel));
}
