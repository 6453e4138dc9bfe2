import { ModelOptions, ModelSheet } from "../../layout";
import { chartsApiSupported, insertCharts } from "../excel/charts";
import { ChartSource } from "../model/chartSources";
import { insertModel } from "../excel/insertModel";
import { ModelKind } from "../model/insertPlan";
import { h } from "./dom";

/** What the views share: whether a workbook is there to write to. */
export interface PaneContext {
  inExcel: boolean;
}

export const OUTSIDE_EXCEL_NOTE = "Open this pane in Excel to write to a sheet; here the results are computed in the page.";

/** What a long command reports while it runs. */
export interface JobUi {
  /** The writing begins: the progress bar and Cancel show. */
  started(): void;
  /** A fraction done, and a line for the status. */
  progress(fraction: number, text: string): void;
  cancelled(): boolean;
}

/** A model to insert: its layout for the sheet name and prefix chosen, what to say about it, its charts. */
export interface ModelToInsert {
  what: string;
  kind: ModelKind;
  build: (names: Required<ModelOptions>) => ModelSheet;
  /** Said after the insert (inputs left empty, grids chosen). */
  notes: readonly string[];
  charts: (model: ModelSheet) => ChartSource[];
}

/**
 * An action bar: the commands that write to the workbook (more can be added
 * with `add`), a one-line note when they cannot run, a progress bar and
 * Cancel for long writes, and a status line. With `charts`, a checkbox
 * (ticked) adds native Excel charts after a model is inserted.
 */
export interface ActionBar {
  root: HTMLElement;
  status: HTMLElement;
  setEnabled(inExcel: boolean): void;
  add(button: HTMLButtonElement): void;
  /** Runs a command with progress and Cancel; the commands are disabled meanwhile; its result goes in the status line (and details under it), which then takes the focus. */
  run(starting: string, job: (ui: JobUi) => Promise<string | Outcome>): Promise<void>;
  /** Inserts a model on a new sheet (and its charts when the box is ticked). */
  insert(m: ModelToInsert): Promise<void>;
  /** Says something in the status line (no details). */
  say(text: string): void;
}

/** A command's result: one line, and what else to know in a list under it. */
export interface Outcome {
  text: string;
  details: string[];
}

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export function actionBar(id: string, opts: { charts?: boolean; cancelLabel?: string; note?: string } = {}): ActionBar {
  const note = h("p", { class: "note", id: `${id}-note`, text: opts.note ?? OUTSIDE_EXCEL_NOTE });
  // Focusable from script only: a command's final result takes the focus (see run).
  const status = h("p", { class: "status", id: `${id}-status`, tabindex: -1 });
  const details = h("ul", { class: "status-details", id: `${id}-details`, hidden: true });
  // One live region: the result line and its details are read together.
  const statusRegion = h("div", { role: "status" }, status, details);
  const progress = h("progress", { id: `${id}-progress`, max: 1, value: 0, "aria-label": "Writing to the workbook", hidden: true });
  const cancel = h("button", { type: "button", class: "button", id: `${id}-cancel`, text: opts.cancelLabel ?? "Cancel writing", hidden: true });
  const row = h("div", { class: "actions" });
  const chartsBox = opts.charts ? (h("input", { type: "checkbox", id: `${id}-charts`, checked: true }) as HTMLInputElement) : undefined;
  const chartsLine = chartsBox
    ? h("div", { class: "filter" }, chartsBox, h("label", { for: chartsBox.id, class: "inline", text: "Add Excel charts bound to the model" }))
    : undefined;
  const buttons: HTMLButtonElement[] = [];
  let inExcel = false;
  let cancelled = false;
  cancel.addEventListener("click", () => {
    cancelled = true;
    cancel.disabled = true;
    status.textContent = "Cancelling after the request being sent…";
  });
  const root = h(
    "div",
    { class: "action-bar" },
    row,
    ...(chartsLine ? [chartsLine] : []),
    note,
    h("div", { class: "progress-line" }, progress, cancel),
    statusRegion,
  );
  const enable = (on: boolean) => {
    for (const b of buttons) {
      b.disabled = !on;
      if (inExcel) b.removeAttribute("aria-describedby");
      else b.setAttribute("aria-describedby", note.id);
    }
    if (chartsBox) chartsBox.disabled = !on;
  };

  const setDetails = (lines: readonly string[]) => {
    details.replaceChildren(...lines.map((line) => h("li", { text: line })));
    details.hidden = lines.length === 0;
  };
  async function run(starting: string, job: (ui: JobUi) => Promise<string | Outcome>): Promise<void> {
    cancelled = false;
    enable(false);
    progress.value = 0;
    status.textContent = starting;
    setDetails([]);
    try {
      const out = await job({
        started: () => {
          progress.hidden = false;
          cancel.hidden = false;
          cancel.disabled = false;
        },
        progress: (fraction, text) => {
          progress.value = fraction;
          if (!cancelled) status.textContent = text;
        },
        cancelled: () => cancelled,
      });
      status.textContent = typeof out === "string" ? out : out.text;
      setDetails(typeof out === "string" ? [] : out.details);
    } finally {
      progress.hidden = true;
      cancel.hidden = true;
      enable(inExcel);
    }
    // The result is what the user waits for: the focus goes to it once it is final (the button pressed was
    // disabled meanwhile, and keyboard and screen reader users are taken to what happened).
    if (status.textContent) status.focus();
  }

  async function insert(m: ModelToInsert): Promise<void> {
    await run(`Writing the ${m.what}…`, async (ui) => {
      let sheetName = "";
      try {
        const outcome = await insertModel(m.kind, m.build, {
          started: (_requests, name) => {
            sheetName = name;
            ui.started();
          },
          progress: (done, total) => ui.progress(done / total, `Writing the ${m.what} to the new sheet "${sheetName}": ${Math.round((100 * done) / total)}%…`),
          cancelled: ui.cancelled,
        });
        if (!outcome.inserted) {
          return outcome.started
            ? `Cancelled: the new sheet "${outcome.sheetName}" and its names were removed; the workbook is as it was.`
            : "Cancelled before anything was written; the workbook is as it was.";
        }
        const charts = chartsBox?.checked ? await addCharts(m.charts(outcome.model)) : undefined;
        let text = `Wrote the ${m.what} to the new sheet "${outcome.sheetName}"${charts?.added ? `, with ${count(charts.added, "Excel chart")} bound to it` : ""}.`;
        if (outcome.renamed) text += ` Its names start with ${outcome.prefix}: a sheet or names of an earlier model were in the way (nothing was replaced).`;
        return { text, details: [...m.notes, ...(charts?.line ? [charts.line] : [])] };
      } catch (e) {
        return `Could not write the ${m.what}: ${e instanceof Error ? e.message : String(e)}. ${sheetName ? `The new sheet "${sheetName}" and its names were removed; the workbook is as it was.` : "Nothing was written."}`;
      }
    });
  }

  return {
    root,
    status,
    add(button) {
      buttons.push(button);
      row.appendChild(button);
    },
    setEnabled(on) {
      inExcel = on;
      enable(on);
      note.hidden = on;
    },
    run,
    insert,
    say(text) {
      status.textContent = text;
      setDetails([]);
    },
  };
}

/** Adds the model's native charts; says what was added, or why not (the model stays either way). */
async function addCharts(sources: ChartSource[]): Promise<{ added: number; line?: string }> {
  if (sources.length === 0) return { added: 0 };
  if (!chartsApiSupported()) return { added: 0, line: "Charts not added: this version of Excel lacks the charts API they need (ExcelApi 1.8)." };
  try {
    const placed = await insertCharts(sources);
    return { added: placed.length, line: `Charts: ${sources.map((s) => s.title).join("; ")}.` };
  } catch (e) {
    return { added: 0, line: `Charts not added: ${e instanceof Error ? e.message : String(e)}. The model was written.` };
  }
}
