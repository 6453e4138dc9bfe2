import css from "../../../src/taskpane/ui/styles.css";
import { applyFluentTheme } from "../../../src/taskpane/ui/theme";
import { disposeFigure, plottedData, renderFigure } from "../../../src/taskpane/charts/view/figure";
import { Scenario, chartOf } from "./scenarios";

/**
 * Test page of the figure component (built by test/e2e/charts/build.ts with
 * the project's webpack configuration, never shipped): the pane's theme and
 * stylesheet, one slot per figure, driven by the test through window.__figures.
 */
applyFluentTheme();
const style = document.createElement("style");
style.textContent = css;
document.head.appendChild(style);

const main = document.getElementById("app") as HTMLElement;
const slot = (name: string): HTMLElement => {
  let el = document.getElementById(`slot-${name}`);
  if (!el) {
    el = document.createElement("section");
    el.id = `slot-${name}`;
    el.className = "group";
    main.appendChild(el);
  }
  return el;
};

(window as unknown as { __figures: unknown }).__figures = {
  render: (name: string, s: Scenario) => renderFigure(slot(name), chartOf(s)),
  plotted: (name: string) => {
    const d = plottedData(slot(name));
    return d ? d.map((a) => Array.from(a as ArrayLike<number | null>)) : undefined;
  },
  dispose: (name: string) => disposeFigure(slot(name)),
  canvases: () => document.querySelectorAll("canvas").length,
  remove: (name: string) => slot(name).remove(),
};
document.body.dataset.ready = "true";
