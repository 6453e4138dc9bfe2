import { DATE_ORDER_LABEL, DateOrder } from "../../input/text";
import { OPTION_EXCHANGE_ID, OPTION_EXCHANGE_LABEL } from "../model/optionExchange";
import { RosterController } from "../model/rosterController";
import { EXAMPLE_ROSTER as EXAMPLE_ROSTER_GRANTS } from "../../layout/exampleData";
import { ROSTER_HEADERS } from "../../layout/optionExchange";
import { h } from "./dom";
import { Field, textArea } from "./fields";
import { columnMappingView } from "./columnMappingForm";

/** The roster placeholder: the first two grants of the example roster (src/layout/exampleData.ts), as a CSV paste. */
export const EXAMPLE_ROSTER = [
  ROSTER_HEADERS.slice(0, 4).join(","),
  ...EXAMPLE_ROSTER_GRANTS.slice(0, 2).map((g) => `${g.grant},${g.grantDate},"${g.options.toLocaleString("en-US")}",$${g.exercisePrice.toFixed(2)}`),
].join("\n");

export interface RosterSection {
  root: HTMLElement;
  field: Field;
  /** Draws the controller's text (into the box when `updateBox`), its status and progress. */
  showText(updateBox: boolean): void;
  showProgress(): void;
  setInExcel(inExcel: boolean): void;
}

/**
 * The roster's part of the Option exchange tab: the text box (a large roster
 * shown as a summary), Use the selected range, Edit as text, Clear, progress
 * and status. It renders a RosterController and forwards the user's input to it.
 */
export function rosterSection(roster: RosterController, order: DateOrder): RosterSection {
  const field = textArea({
    id: OPTION_EXCHANGE_ID.roster,
    label: OPTION_EXCHANGE_LABEL.roster,
    hint: `Paste from Excel or a CSV file, with a header row naming the columns in any order: grant id or employee, grant date, options (outstanding or eligible), exercise price, and optionally ISO/NSO. Without a header: grant id, grant date, options, exercise price. Dates: YYYY-MM-DD, ${DATE_ORDER_LABEL[order]} or Excel serials.`,
    placeholder: EXAMPLE_ROSTER,
    rows: 6,
  });
  const area = field.control as HTMLTextAreaElement;
  const useSelection = h("button", { type: "button", class: "button", id: "ox-use-selection", text: "Use the selected range" });
  const clear = h("button", { type: "button", class: "button subtle", id: "ox-clear-roster", text: "Clear the roster" });
  const editAsText = h("button", { type: "button", class: "button subtle", id: "ox-edit-roster", text: "Edit as text", hidden: true });
  const summary = h("p", { class: "hint", id: "ox-roster-summary", hidden: true });
  const status = h("p", { class: "status", id: "ox-roster-status", role: "status" });
  const progress = h("progress", { id: "ox-roster-progress", max: 1, value: 0, "aria-label": "Reading the roster", hidden: true }) as HTMLProgressElement;
  const mapping = columnMappingView(roster);
  const root = h(
    "fieldset",
    { class: "group" },
    h("legend", { text: "Eligible grants" }),
    field.root,
    summary,
    h("div", { class: "actions" }, useSelection, editAsText, clear),
    progress,
    status,
    mapping.root,
  );

  area.addEventListener("input", () => roster.typed(area.value));
  // A big paste never goes into the text box (model/rosterController.ts LARGE_ROSTER_CHARS): it is spliced in as the browser would.
  area.addEventListener("paste", (event) => {
    const e = event as ClipboardEvent;
    const text = e.clipboardData?.getData("text/plain") ?? "";
    if (roster.pasted(text, area) !== "browser") e.preventDefault();
  });
  editAsText.addEventListener("click", () => {
    roster.editAsText();
    area.focus();
  });
  useSelection.addEventListener("click", () => void roster.useSelection());
  clear.addEventListener("click", () => void roster.clear());

  return {
    root,
    field,
    showText(updateBox) {
      const large = roster.isLarge();
      area.readOnly = large;
      editAsText.hidden = !large;
      summary.hidden = !large;
      if (large) {
        summary.textContent = roster.largeSummary();
        area.placeholder = "Paste a roster here to replace the one in use.";
        if (area.value !== "") area.value = "";
      } else {
        area.placeholder = EXAMPLE_ROSTER;
        if (updateBox && area.value !== roster.text) area.value = roster.text;
      }
    },
    showProgress() {
      progress.hidden = !roster.busy;
      progress.value = roster.progress;
      if (status.textContent !== roster.status) status.textContent = roster.status;
      mapping.show();
    },
    setInExcel(inExcel) {
      useSelection.disabled = !inExcel;
      if (inExcel) useSelection.removeAttribute("aria-describedby");
      else useSelection.setAttribute("aria-describedby", "ox-actions-note");
    },
  };
}
