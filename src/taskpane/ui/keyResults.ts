import { SummaryItem } from "../model/summaryLine";
import { h } from "./dom";

export interface KeyResults {
  root: HTMLElement;
  /** Draws the items (model/summaryLine.ts); only the texts that changed are touched. */
  render(items: readonly SummaryItem[]): void;
}

/**
 * The line at the top of a tab that stays in view (position: sticky) while the
 * inputs below are edited: the tab's key results, label over value, three to a
 * line at 320 px. Not a live region: it changes with every keystroke, and the
 * results section says the same in full.
 */
export function keyResults(id: string, label: string): KeyResults {
  const list = h("dl", { class: "key-results-list" });
  const root = h("div", { class: "key-results", id, role: "group", "aria-label": label }, list);
  const shown = new Map<string, { value: HTMLElement; why: HTMLElement }>();
  return {
    root,
    render(items) {
      if (items.length !== shown.size || items.some((i) => !shown.has(i.id))) {
        shown.clear();
        list.replaceChildren(
          ...items.map((i) => {
            const value = h("span", { id: i.id, class: "key-value" });
            const why = h("span", { class: "visually-hidden" });
            shown.set(i.id, { value, why });
            return h("div", { class: "key-result" }, h("dt", { text: i.label }), h("dd", {}, value, why));
          }),
        );
      }
      for (const i of items) {
        const { value, why } = shown.get(i.id) as { value: HTMLElement; why: HTMLElement };
        if (value.textContent !== i.value) value.textContent = i.value;
        // "—" alone says nothing to a screen reader: the reason is read with it (and shown on hover).
        const reason = i.why ? ` (${i.why})` : "";
        if (why.textContent !== reason) {
          why.textContent = reason;
          if (i.why) value.title = i.why;
          else value.removeAttribute("title");
        }
      }
    },
  };
}
