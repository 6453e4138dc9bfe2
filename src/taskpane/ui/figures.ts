import { ChartResult } from "../charts/model/types";
import { plottedData, renderFigure } from "../charts/view/figure";
import { FigureJob, isReady } from "../model/figureJobs";
import { h } from "./dom";
import { JobRunner } from "./jobs";

/**
 * The pane's figures, computed off the keystroke path: a figure is computed
 * only when its key changed (model/figureJobs.ts), in slices after the frame
 * the keystroke paints (ui/jobs.ts, a new keystroke cancels the work of the
 * one before), and only while its tab is shown; the first ones wait until the
 * pane has painted. The charting library loads with the first figure drawn
 * (charts/view/load.ts). A problem (an input to enter or fix) shows at once.
 */

/** Work per task while computing a figure (ms): a keystroke waits at most about this long. */
export const FIGURE_SLICE_MS = 8;

export class FigureSlot {
  readonly root: HTMLElement;
  private key?: string;
  private readonly runner = new JobRunner();

  /** `drawn` is told each chart or problem shown (e.g. to say which range a chart chose). */
  constructor(id: string, private readonly drawn?: (chart: ChartResult) => void) {
    this.root = h("div", { class: "figure-slot", id, "data-state": "empty" });
  }

  show(job: FigureJob): void {
    if (job.key === this.key) return;
    const key = (this.key = job.key);
    if (isReady(job.chart)) {
      this.runner.cancel();
      this.draw(job.chart, key);
      return;
    }
    this.root.dataset.state = "computing";
    this.root.setAttribute("aria-busy", "true");
    this.runner.run(job.chart(), { firstBudgetMs: 0, sliceMs: FIGURE_SLICE_MS, done: (chart) => this.draw(chart, key) });
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

/** Calls `go` once the page has painted a frame (or soon, where frames are not painted, e.g. a hidden page). */
function afterFirstPaint(go: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    go();
  };
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 500);
}

/** The figures of one tab: shown only while `panel` is (the tab's panel), the latest job per figure kept until then. */
export class FigureGroup {
  private readonly pending = new Map<FigureSlot, FigureJob>();
  private started = false;

  constructor(private readonly panel: HTMLElement) {
    afterFirstPaint(() => {
      this.started = true;
      this.flush();
    });
    new MutationObserver(() => this.flush()).observe(panel, { attributes: true, attributeFilter: ["hidden"] });
  }

  show(slot: FigureSlot, job: FigureJob): void {
    this.pending.set(slot, job);
    this.flush();
  }

  private flush(): void {
    if (!this.started || this.panel.hidden) return;
    for (const [slot, job] of this.pending) slot.show(job);
    this.pending.clear();
  }
}

/**
 * For the end-to-end tests: when the page defines `window.__mpwrTest` before
 * the pane loads, it gets `plotted(id)`, the values a figure's plot draws
 * (x, then each series). Nothing is exposed otherwise.
 */
const hooks = (globalThis as { __mpwrTest?: Record<string, unknown> }).__mpwrTest;
if (hooks && typeof hooks === "object") {
  hooks.plotted = (id: string) => {
    const el = document.getElementById(id);
    const d = el ? plottedData(el) : undefined;
    return d ? d.map((a) => Array.from(a as ArrayLike<number | null>)) : undefined;
  };
}
