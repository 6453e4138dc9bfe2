import { Problem } from "../model/fields";
import { h } from "./dom";
import { reveal } from "./section";

/**
 * When to show a problem, and the list of every problem shown. A field's
 * error appears once the user has left the field (blur) or pressed an action
 * that needs valid inputs (Insert); until then it is only counted. The summary
 * lists every shown message as a link to its field; warnings are listed apart
 * and never block.
 */
export class Validation {
  private touched = new Set<string>();
  submitted = false;
  readonly summary: HTMLElement;
  private title: HTMLElement;
  private errors: HTMLUListElement;
  private warnTitle: HTMLElement;
  private warnings: HTMLUListElement;

  constructor(id: string) {
    this.title = h("h2", { id: `${id}-title` });
    this.errors = h("ul", { class: "summary-list", id: `${id}-errors` });
    this.warnTitle = h("h3", { id: `${id}-warnings-title`, text: "Please check" });
    this.warnings = h("ul", { class: "summary-list", id: `${id}-warnings` });
    this.summary = h(
      "section",
      { class: "error-summary", id, tabindex: -1, "aria-labelledby": `${id}-title`, hidden: true },
      this.title,
      this.errors,
      this.warnTitle,
      this.warnings,
    );
  }

  /** Marks a field touched when the user leaves it, then calls `changed`. */
  watch(control: HTMLElement, changed: () => void): void {
    control.addEventListener("blur", () => {
      if (this.touched.has(control.id)) return;
      this.touched.add(control.id);
      changed();
    });
  }

  touch(id: string): void {
    this.touched.add(id);
  }

  forget(idPrefix: string): void {
    for (const id of [...this.touched]) if (id.startsWith(idPrefix)) this.touched.delete(id);
  }

  reset(): void {
    this.touched.clear();
    this.submitted = false;
  }

  shown(p: Problem): boolean {
    return this.submitted || this.touched.has(p.field);
  }

  /** The problems to show now, and the summary updated with them. */
  render(problems: readonly Problem[]): Problem[] {
    const visible = problems.filter((p) => this.shown(p));
    const errors = visible.filter((p) => !p.warning);
    const warnings = visible.filter((p) => p.warning);
    const hidden = problems.filter((p) => !p.warning).length - errors.length;
    this.title.textContent = errors.length ? `${errors.length} problem${errors.length === 1 ? "" : "s"} to fix` : hidden ? "" : "Nothing to fix";
    fill(this.errors, errors);
    fill(this.warnings, warnings);
    this.warnTitle.hidden = warnings.length === 0;
    this.title.hidden = errors.length === 0;
    this.summary.hidden = errors.length === 0 && warnings.length === 0;
    this.summary.classList.toggle("warnings-only", errors.length === 0);
    return visible;
  }

  focus(): void {
    this.summary.hidden = false;
    this.summary.focus();
    this.summary.scrollIntoView?.({ block: "start" });
  }
}

const LIST_LIMIT = 50;

function fill(list: HTMLUListElement, problems: readonly Problem[]): void {
  const key = problems.map((p) => `${p.field}\u0001${p.message}`).join("\u0002");
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  list.replaceChildren(
    ...problems.slice(0, LIST_LIMIT).map((p) => {
      const a = h("a", { href: `#${p.field}`, text: p.message });
      a.addEventListener("click", (e) => {
        e.preventDefault();
        const el = document.getElementById(p.field);
        reveal(el); // its section may be folded
        el?.focus();
        el?.scrollIntoView?.({ block: "center" });
      });
      return h("li", {}, a);
    }),
  );
  if (problems.length > LIST_LIMIT) list.appendChild(h("li", { class: "hint", text: `…and ${problems.length - LIST_LIMIT} more.` }));
}
