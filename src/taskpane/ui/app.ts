import { localeDateOrder } from "../../input/text";
import { detectExcel, registeredFunctions } from "../excel/sheet";
import { Store, browserStore, workbookStore } from "../excel/store";
import { PaneState, defaultState, formRecord, readFormRecord } from "../model/state";
import { confirmDialog } from "./confirm";
import { PaneContext } from "./context";
import { h } from "./dom";
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
  let ctx: PaneContext = { inExcel: false, available: undefined };
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
  const sc = seriesCView(ctx, order, changed);
  const ox = optionExchangeView(ctx, order, changed);
  const mode = h("p", { class: "mode", id: "mode", text: "Standalone page: results are computed here; nothing is written to a workbook." });
  const saveStatus = h("p", { class: "status", id: "save-status", role: "status" });
  const reset = h("button", { type: "button", class: "button subtle", id: "reset-inputs", text: "Clear all inputs" });
  // Workbook-wide commands (not tied to one tab) go in this footer.
  const commands = h("div", { class: "actions", id: "pane-commands" }, reset);
  const footer = h("footer", { class: "pane-footer", "aria-label": "Saved inputs" }, commands, saveStatus);
  root.replaceChildren(
    h("header", { class: "top" }, h("h1", { text: "MPWR" }), h("span", { class: "version", text: `v${version}` })),
    mode,
    tabs(
      [
        { id: "seriesc", label: "Series C", panel: sc.panel },
        { id: "optex", label: "Option exchange", panel: ox.panel },
      ],
      "Models",
    ),
    footer,
  );

  const state = (): PaneState => {
    const { roster, ...optex } = ox.getState();
    return { seriesC: sc.getState(), optex, roster };
  };
  const apply = (s: PaneState) => {
    applying = true;
    try {
      sc.setState(s.seriesC);
      ox.setState({ ...s.optex, roster: s.roster });
    } finally {
      applying = false;
    }
  };
  apply(defaultState());

  let store: Store = browserStore();
  let saved = { form: "", roster: "" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  function scheduleSave(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      // A 50,000-grant roster is saved once it has been read, not in the middle of it.
      if (ox.busy?.()) return scheduleSave();
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
      ctx = { inExcel, available: await registeredFunctions() };
      mode.textContent = "In Excel: Insert writes a live model at the selected cell; your inputs are saved in this workbook.";
      sc.setContext(ctx);
      ox.setContext(ctx);
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
