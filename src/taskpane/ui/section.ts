import { HelpTopicId, PANE_HELP } from "../model/paneHelp";
import { h } from "./dom";

/**
 * The deployed help page: `<base>help.html`, the base URL the manifest uses
 * (scripts/base-url.js), written into taskpane.html by the build
 * (`<meta name="mpwr-help">`); "help.html" beside the page where it is missing.
 */
export function helpPageUrl(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="mpwr-help"]');
  return meta?.content || "help.html";
}

/** A topic of the help page (model/paneHelp.ts: every topic is an anchor of help.html). */
export const helpHref = (topic: HelpTopicId): string => `${helpPageUrl()}#${topic}`;

/** A "?" link to a help topic, opening the help page beside the pane; named "Help: <title>". */
export function helpLink(topic: HelpTopicId, title: string = PANE_HELP[topic].title): HTMLAnchorElement {
  return h("a", {
    class: "help-link",
    href: helpHref(topic),
    target: "_blank",
    rel: "noopener",
    "aria-label": `Help: ${title}`,
    title: `Help: ${title}`,
    text: "?",
  });
}

export interface PaneSectionOptions {
  /**
   * The section's stable id, with its tab's prefix ("sc-events", "ox-grants"): the key of its
   * open state in the saved inputs; the elements are `<id>-section` (the card), `<id>-details`,
   * `<id>-title` (the heading in the <summary>) and `<id>-body`.
   */
  id: string;
  title: string;
  /** The help page's topic the "?" link goes to. */
  help: HelpTopicId;
  /** The body's id when it must not be `<id>-body` (the Option exchange results: `#ox-results`, busy while the roster is read or totalled). */
  bodyId?: string;
}

export interface PaneSection {
  /** The card: the "?" link and the <details>. Append it to the tab's panel. */
  root: HTMLElement;
  details: HTMLDetailsElement;
  /** Where the section's content goes. */
  body: HTMLElement;
}

/**
 * A section of a tab: a card holding a native <details> whose <summary> is the
 * section's heading (a click or Enter/Space folds and unfolds it), a "?" link
 * to its help topic, and a body. Open by default; app.ts saves and restores the
 * open state of every `details[data-section]` of the pane (model/viewState.ts),
 * so a section added with this helper is remembered without more wiring.
 */
export function paneSection(o: PaneSectionOptions, ...children: Array<Node | null | undefined | false>): PaneSection {
  const body = h("div", { class: "section-body", id: o.bodyId ?? `${o.id}-body` }, ...children);
  const details = h(
    "details",
    { class: "pane-details", id: `${o.id}-details`, "data-section": o.id, "aria-labelledby": `${o.id}-title`, open: true },
    h("summary", { class: "section-summary" }, h("h2", { class: "section-title", id: `${o.id}-title`, text: o.title })),
    body,
  ) as HTMLDetailsElement;
  // The link comes first in the page (it sits at the heading's right): Tab reaches it before the heading's fold.
  const root = h("div", { class: "group pane-section", id: `${o.id}-section` }, helpLink(o.help, o.title), details);
  return { root, details, body };
}

/** Unfolds every folded section around `el` (e.g. a field an error message links to), so it can take the focus. */
export function reveal(el: Element | null): void {
  for (let d = el?.closest("details"); d; d = d.parentElement?.closest("details") ?? null) if (!d.open) d.open = true;
}
