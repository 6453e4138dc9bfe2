import { ChartResult } from "../charts/model/types";
import { plotLabels, plottedData, renderFigure } from "../charts/view/figure";
import { ChartJob, isReady } from "../model/chartJobs";
import { h } from "./dom";
import { JobRunner } from "../model/jobs";

/**
 * The pane's figures, computed off the keystroke path: a figure is computed
 * only when its key changed (model/chartJobs.ts), in slices (model/jobs.ts, a
 * new keystroke cancels the work of the one before) started once the page is
 * idle after the frame the keystroke paints, after the tab's own work (a
 * roster's totals), and only while its tab is shown; the first ones wait
 * until the pane has painted. The charting library loads with the first figure drawn
 * (charts/view/load.ts). What a keystroke changes in a figure — its chart,
 * or what to enter or fix — is drawn after the frame that shows the keystroke.
 */

/** Work per task while computing a figure (ms): a keystroke waits at most about this long. */
export const FIGURE_SLICE_MS = 8;

export class FigureSlot {
  readonly root: HTMLElement;
  private key?: string;
  private readonly runner = new JobRunner();

  /** `drawn` is told each chart or problem shown (e.g. to say which range a chart chose). */
  constructor(
    id: string,
    private readonly drawn?: (chart: ChartResult) => void,
  ) {
    this.root = h("div", { class: "figure-slot", id, "data-state": "empty" });
  }

  /** `wait`: true while the tab has work of more weight (the totals of a roster); the chart starts after it. */
  show(job: ChartJob, wait: () => boolean = () => false): void {
    if (job.key === this.key) return;
    const key = (this.key = job.key);
    const chart = job.chart;
    this.runner.cancel();
    this.root.dataset.state = "computing";
    this.root.setAttribute("aria-busy", "true");
    // Nothing before the frame that shows the keystroke: the chart (or what to fix) is drawn after it is painted.
    const start = () => {
      if (this.key !== key) return; // a newer keystroke
      if (isReady(chart)) this.draw(chart, key);
      else if (wait()) afterNextFrame(() => whenIdle(start));
      else this.runner.run(chart(), { firstBudgetMs: FIGURE_SLICE_MS, sliceMs: FIGURE_SLICE_MS, done: (c) => this.draw(c, key) });
    };
    // What to fix shows after the frame; a chart starts when the page is idle after it (the numbers and typing come first).
    afterNextFrame(isReady(chart) ? start : () => whenIdle(start));
  }

  private draw(chart: ChartResult, key: string): void {
    this.drawn?.(chart);
    void renderFigure(this.root, chart).then(() => {
      if (this.key !== key) return;
      this.root.dataset.state = "ready";
      this.root.removeAttribute("aria-busy");
    });
  }
}

type IdleWindow = { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number };

/** Calls `go` when the page has nothing else to do (or within half a second); setTimeout where requestIdleCallback is missing (Safari). */
function whenIdle(go: () => void): void {
  const w = globalThis as IdleWindow;
  if (typeof w.requestIdleCallback === "function") w.requestIdleCallback(go, { timeout: 500 });
  else setTimeout(go, 1);
}

/** Calls `go` once the page has painted its next frame (or soon, where no frame is painted, e.g. a hidden page). */
function afterNextFrame(go: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    go();
  };
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 500);
}

/**
 * The figures of one tab: shown only while `panel` is (the tab's panel), the
 * latest job per figure kept until then; computed once `busy` (the tab's own
 * work, e.g. a roster's totals) is done, so that the numbers come first.
 */
export class FigureGroup {
  private readonly pending = new Map<FigureSlot, ChartJob>();
  private started = false;

  constructor(
    private readonly panel: HTMLElement,
    private readonly busy: () => boolean = () => false,
  ) {
    afterNextFrame(() => {
      this.started = true;
      this.flush();
    });
    new MutationObserver(() => this.flush()).observe(panel, { attributes: true, attributeFilter: ["hidden"] });
  }

  show(slot: FigureSlot, job: ChartJob): void {
    this.pending.set(slot, job);
    this.flush();
  }

  private flush(): void {
    if (!this.started || this.panel.hidden) return;
    for (const [slot, job] of this.pending) slot.show(job, this.busy);
    this.pending.clear();
  }
}

/**
 * For the end-to-end tests: when the page defines `window.__mpwrTest` before
 * the pane loads, it gets `plotted(id)`, the values a figure's plot draws
 * (x, then each series), and `labels(id)`, where its last draw put the x
 * axis' tick labels and the marks' labels. Nothing is exposed otherwise.
 */
const hooks = (globalThis as { __mpwrTest?: Record<string, unknown> }).__mpwrTest;
if (hooks && typeof hooks === "object") {
  hooks.plotted = (id: string) => {
    const el = document.getElementById(id);
    const d = el ? plottedData(el) : undefined;
    return d ? d.map((a) => Array.from(a as ArrayLike<number | null>)) : undefined;
  };
  hooks.labels = (id: string) => {
    const el = document.getElementById(id);
    return el ? plotLabels(el) : undefined;
  };
}
