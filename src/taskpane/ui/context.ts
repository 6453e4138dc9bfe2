import { Anchor, Available, SheetBlock } from "../model/layout";
import { writeAtSelection } from "../excel/sheet";
import { confirmDialog } from "./confirm";
import { h } from "./dom";

/** What the views share: whether a workbook is there to write to, and the functions the build registers. */
export interface PaneContext {
  inExcel: boolean;
  available: Available;
}

export const OUTSIDE_EXCEL_NOTE = "Open this pane in Excel to write to a sheet; here the results are computed in the page.";

/**
 * An action bar: the commands that write to the sheet (more can be added with
 * `add`), a one-line note when they cannot run, a progress bar and Cancel for
 * long writes, and a status line.
 */
export interface ActionBar {
  root: HTMLElement;
  status: HTMLElement;
  setEnabled(inExcel: boolean): void;
  add(button: HTMLButtonElement): void;
  /** Runs a write with progress and Cancel; the commands are disabled meanwhile. */
  write(what: string, build: (anchor: Anchor) => SheetBlock): Promise<void>;
}

export function actionBar(id: string): ActionBar {
  const note = h("p", { class: "note", id: `${id}-note`, text: OUTSIDE_EXCEL_NOTE });
  const status = h("p", { class: "status", id: `${id}-status`, role: "status" });
  const progress = h("progress", { id: `${id}-progress`, max: 1, value: 0, "aria-label": "Writing to the sheet", hidden: true });
  const cancel = h("button", { type: "button", class: "button", id: `${id}-cancel`, text: "Cancel writing", hidden: true });
  const row = h("div", { class: "actions" });
  const buttons: HTMLButtonElement[] = [];
  let inExcel = false;
  let cancelled = false;
  cancel.addEventListener("click", () => {
    cancelled = true;
    cancel.disabled = true;
    status.textContent = "Cancelling after the rows being written…";
  });
  const root = h("div", { class: "action-bar" }, row, note, h("div", { class: "progress-line" }, progress, cancel), status);
  const enable = (on: boolean) => {
    for (const b of buttons) {
      b.disabled = !on;
      if (inExcel) b.removeAttribute("aria-describedby");
      else b.setAttribute("aria-describedby", note.id);
    }
  };
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
    async write(what, build) {
      cancelled = false;
      enable(false);
      progress.value = 0;
      status.textContent = `Writing the ${what}…`;
      try {
        const outcome = await writeAtSelection(build, {
          confirmOverwrite: (address) => confirmDialog("Replace existing cells?", `${address} is not empty. Writing the ${what} there replaces what it holds.`),
          started: () => {
            progress.hidden = false;
            cancel.hidden = false;
            cancel.disabled = false;
          },
          progress: (rows, total) => {
            progress.value = rows / total;
            if (!cancelled) status.textContent = `Writing the ${what}: ${rows.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows…`;
          },
          cancelled: () => cancelled,
        });
        if (outcome.written) status.textContent = `Wrote the ${what} to ${outcome.address}.`;
        else if (outcome.reason === "declined") status.textContent = `Nothing written: ${outcome.address} was left as it was.`;
        else if (outcome.rowsWritten === 0) status.textContent = `Cancelled before anything was written: ${outcome.address} was left as it was.`;
        else status.textContent = `Cancelled: the ${outcome.rowsWritten.toLocaleString("en-US")} rows written so far were cleared, so ${outcome.address} holds no partial model (its cells are empty).`;
      } catch (e) {
        status.textContent = `Could not write the ${what}: ${e instanceof Error ? e.message : String(e)}. Anything written part-way was cleared.`;
      } finally {
        progress.hidden = true;
        cancel.hidden = true;
        enable(inExcel);
      }
    },
  };
}
