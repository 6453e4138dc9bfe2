import { localeDateOrder } from "../../input/text";
import { recalculateMpwrFormulas } from "../excel/relink";
import { detectExcel } from "../excel/sheet";
import { Store, browserStore, workbookStore } from "../excel/store";
import { PaneState, defaultState, formRecord, readFormRecord } from "../model/state";
import { confirmDialog } from "./confirm";
import { PaneContext, actionBar } from "./context";
import { h } from "./dom";
import { exportFromForms } from "../model/ocfPane";
import { OcfSection, ocfSections } from "./ocfSection";
import { optionExchangeView } from "./optionExchangeView";
import { seriesCView } from "./seriesCView";
import { tabs } from "./tabs";

/** Saves wait this long after the last change (ms). */
export const SAVE_DELAY_MS = 600;

/**
 * Builds the pane at once (it works without Office), then finds out where it
 * runs: in Excel it enables the sheet commands and keeps the inputs in the
 * workbook; on a plain page it keeps them in this browser. Saved inputs are
 * restored as soon as the store answers.
 */
export function startApp(root: HTMLElement, version: string): void {
  let ctx: PaneContext = { inExcel: false };
  const order = localeDateOrder();
  let ready = false; // no saving before the saved inputs were restored
  let edited = false;
  let applying = false;
  const changed = () => {
    if (applying) return;
    if (!ready) {
      edited = true;
      return;
    }
    scheduleSave();
  };
  const seriesCTab = seriesCView(ctx, order, changed);
  const optionExchangeTab = optionExchangeView(ctx, order, changed);
  // "Import / Export OCF package" in both tabs, one model (docs/ocf.md).
  const ocf = ocfSectionsOf();
  for (const [tab, section] of [seriesCTab, optionExchangeTab].map((t, i) => [t, ocf[i]] as const)) tab.panel.appendChild(section.root);
  const mode = h("p", { class: "mode", id: "mode", text: "Standalone page: results are computed here; nothing is written to a workbook." });
  const saveStatus = h("p", { class: "status", id: "save-status", role: "status" });
  const reset = h("button", { type: "button", class: "button subtle", id: "reset-inputs", text: "Clear all inputs" });
  // Workbook-wide commands (not tied to one tab) go in this footer.
  const relink = relinkCommand();
  const commands = h("div", { class: "actions", id: "pane-commands" }, reset);
  const footer = h("footer", { class: "pane-footer", "aria-label": "Workbook" }, relink.root, commands, saveStatus);
  root.replaceChildren(
    h("header", { class: "top" }, h("h1", { text: "MPWR" }), h("span", { class: "version", text: `v${version}` })),
    mode,
    tabs(
      [
        { id: "seriesc", label: "Series C", panel: seriesCTab.panel },
        { id: "optex", label: "Option exchange", panel: optionExchangeTab.panel },
      ],
      "Models",
    ),
    footer,
  );

  const state = (): PaneState => {
    const { roster, ...optionExchange } = optionExchangeTab.getState();
    return { seriesC: seriesCTab.getState(), optionExchange, roster };
  };
  const apply = (s: PaneState) => {
    applying = true;
    try {
      seriesCTab.setState(s.seriesC);
      optionExchangeTab.setState({ ...s.optionExchange, roster: s.roster });
    } finally {
      applying = false;
    }
  };
  apply(defaultState());

  function ocfSectionsOf(): OcfSection[] {
    return ocfSections(
      {
        seriesC: () => seriesCTab.getState(),
        optionExchange: () => optionExchangeTab.getState(),
        apply: (seriesC, roster) => {
          const s = state();
          apply({ ...s, seriesC, roster });
          changed();
        },
        exportPackage: (model) => exportFromForms(model, seriesCTab.getState(), optionExchangeTab.getState(), order, new Date().toISOString().replace(/\.\d+Z$/, "Z")),
      },
      ["sc", "ox"],
    );
  }

  let store: Store = browserStore();
  let saved = { form: "", roster: "" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  // `data-unsaved` on <body> while a change waits for its save (tests wait for it to go, never for a time).
  function scheduleSave(): void {
    document.body.dataset.unsaved = "true";
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      // A 50,000-grant roster is saved once it has been read, not in the middle of it.
      if (optionExchangeTab.busy?.()) return scheduleSave();
      saving = saving.then(save);
    }, SAVE_DELAY_MS);
  }
  async function save(): Promise<void> {
    const s = state();
    const records = { form: formRecord(s), roster: s.roster };
    try {
      for (const key of ["form", "roster"] as const) {
        if (records[key] === saved[key]) continue;
        await store.save(key, records[key]);
        saved[key] = records[key];
      }
      saveStatus.textContent = `Inputs saved in ${store.where} at ${new Date().toLocaleTimeString()}.`;
      document.body.dataset.saved = String(Date.now());
    } catch (e) {
      saveStatus.textContent = `Could not save the inputs in ${store.where}: ${e instanceof Error ? e.message : String(e)}. They stay in the pane until it closes.`;
    }
    // A change made while this save ran has set the timer again: it is still unsaved.
    if (!timer) delete document.body.dataset.unsaved;
  }

  reset.addEventListener("click", async () => {
    if (!(await confirmDialog("Clear all inputs?", "Both tabs go back to the documents' defaults: the roster, events and payments are removed.", "Clear"))) return;
    apply(defaultState());
    scheduleSave();
  });

  root.removeAttribute("aria-busy");
  void (async () => {
    const inExcel = await detectExcel();
    if (inExcel) {
      ctx = { inExcel };
      mode.textContent = "In Excel: Insert writes a live model at the selected cell; your inputs are saved in this workbook.";
      seriesCTab.setContext(ctx);
      optionExchangeTab.setContext(ctx);
      relink.setEnabled(true);
      store = workbookStore();
    }
    try {
      const records = await store.load();
      const restored = readFormRecord(records.form, records.roster);
      if (restored && !edited) {
        apply(restored);
        saved = { form: records.form ?? "", roster: records.roster ?? "" };
        saveStatus.textContent = `Inputs restored from ${store.where}.`;
      }
    } catch (e) {
      saveStatus.textContent = `Could not read the saved inputs from ${store.where}: ${e instanceof Error ? e.message : String(e)}.`;
    }
    ready = true;
    document.body.dataset.restored = "true";
    if (edited) scheduleSave();
  })();
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * "Recalculate MPWR formulas": re-enters every MPWR formula of the workbook
 * so Excel binds it to the loaded add-in (a workbook opened before the add-in
 * loaded, or written by another tool; docs/workbook.md).
 */
function relinkCommand(): ReturnType<typeof actionBar> {
  const bar = actionBar("relink", { cancelLabel: "Stop", note: "In Excel, this re-enters every MPWR formula of the workbook so Excel recalculates it." });
  const button = h("button", { type: "button", class: "button", id: "relink", text: "Recalculate MPWR formulas" });
  bar.add(button);
  bar.setEnabled(false);
  button.addEventListener("click", () => {
    void bar.run("Looking for MPWR formulas on every sheet…", async (ui) => {
      ui.started();
      try {
        const r = await recalculateMpwrFormulas({
          progress: (sheet, sheets, refreshed) => ui.progress(sheet / sheets, `Refreshing MPWR formulas: sheet ${sheet} of ${sheets}, ${plural(refreshed, "formula")} so far…`),
          cancelled: ui.cancelled,
        });
        const parts: string[] = [];
        if (r.cancelled) parts.push(`Stopped: ${plural(r.refreshed, "MPWR formula")} on ${plural(r.sheets, "sheet")} refreshed; the others were left as they were.`);
        else if (r.refreshed === 0 && r.failed.length === 0 && r.protectedSheets.length === 0) parts.push("No MPWR formulas were found on the workbook's sheets.");
        else parts.push(`Refreshed ${plural(r.refreshed, "MPWR formula")} on ${plural(r.sheets, "sheet")}.`);
        if (r.protectedSheets.length) parts.push(`Not refreshed: the protected ${r.protectedSheets.length === 1 ? "sheet" : "sheets"} ${r.protectedSheets.map((n) => `"${n}"`).join(", ")} (unprotect, then run this again).`);
        if (r.failed.length) {
          const shown = r.failed.slice(0, 3).map((f) => `${f.address} (${f.message})`);
          parts.push(`Excel refused ${plural(r.failed.length, "formula")}: ${shown.join("; ")}${r.failed.length > 3 ? "; …" : ""}.`);
        }
        return parts.join(" ");
      } catch (e) {
        return `Could not recalculate the MPWR formulas: ${e instanceof Error ? e.message : String(e)}. Formulas refreshed before the error stay refreshed; nothing else changed.`;
      }
    });
  });
  return bar;
}
