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

/** An action bar: buttons that write to the sheet, a one-line note when they cannot, and a status line. */
export interface ActionBar {
  root: HTMLElement;
  status: HTMLElement;
  setEnabled(inExcel: boolean): void;
  add(button: HTMLButtonElement): void;
}

export function actionBar(id: string): ActionBar {
  const note = h("p", { class: "note", id: `${id}-note`, text: OUTSIDE_EXCEL_NOTE });
  const status = h("p", { class: "status", id: `${id}-status`, role: "status" });
  const row = h("div", { class: "actions" });
  const buttons: HTMLButtonElement[] = [];
  const root = h("div", { class: "action-bar" }, row, note, status);
  return {
    root,
    status,
    add(button) {
      buttons.push(button);
      row.appendChild(button);
    },
    setEnabled(inExcel) {
      for (const b of buttons) {
        b.disabled = !inExcel;
        if (inExcel) b.removeAttribute("aria-describedby");
        else b.setAttribute("aria-describedby", note.id);
      }
      note.hidden = inExcel;
    },
  };
}

/** Writes a block at the selection, asking before replacing anything; reports in `status`. */
export async function insertBlock(status: HTMLElement, what: string, build: (anchor: Anchor) => SheetBlock): Promise<void> {
  status.textContent = `Writing the ${what}…`;
  try {
    const outcome = await writeAtSelection(build, (address) =>
      confirmDialog("Replace existing cells?", `${address} is not empty. Writing the ${what} there replaces what it holds.`),
    );
    status.textContent = outcome.written ? `Wrote the ${what} to ${outcome.address}.` : `Nothing written: ${outcome.address} was left as it was.`;
  } catch (e) {
    status.textContent = `Could not write the ${what}: ${e instanceof Error ? e.message : String(e)}`;
  }
}
