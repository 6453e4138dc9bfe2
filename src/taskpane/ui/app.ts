import { localeDateOrder } from "../../input/text";
import { recalculateMpwrFormulas } from "../excel/relink";
import { detectExcel } from "../excel/sheet";
import { Store, browserStore, workbookStore } from "../excel/store";
import {
  DecodedRecord,
  Stamp,
  changedElsewhere,
  conflictQuestion,
  decodeRecord,
  encodeRecord,
  nextStamp,
  readStamp,
  restoreStatus,
} from "../model/savedRecord";
import { PaneState, defaultState, formRecord, readFormRecord } from "../model/state";
import { SectionMemory } from "../model/viewState";
import { confirmDialog } from "./confirm";
import { PaneContext, actionBar } from "./context";
import { h } from "./dom";
import { exportFromForms } from "../model/ocfPane";
import { OcfSection, ocfSections } from "./ocfSection";
import { optionExchangeView } from "./optionExchangeView";
import { helpPageUrl } from "./section";
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
  const help = h("a", { class: "help-top", id: "pane-help", href: helpPageUrl(), target: "_blank", rel: "noopener", text: "Help" });
  root.replaceChildren(
    h("header", { class: "top" }, h("h1", { text: "MPWR" }), h("span", { class: "version", text: `v${version}` }), help),
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

  // Which sections are open (ui/section.ts: every details[data-section] of the pane), saved with the inputs.
  const sections = new SectionMemory();
  const sectionElements = () => Array.from(root.querySelectorAll<HTMLDetailsElement>("details[data-section]"));
  // `toggle` does not bubble: caught on the way down. A restore's own toggles change nothing (SectionMemory.toggled).
  root.addEventListener(
    "toggle",
    (e) => {
      const el = e.target as HTMLElement;
      if (el instanceof HTMLDetailsElement && el.dataset.section && sections.toggled(el.dataset.section, el.open)) changed();
    },
    true,
  );

  const state = (): PaneState => {
    const { roster, ...optionExchange } = optionExchangeTab.getState();
    return {
      seriesC: seriesCTab.getState(),
      optionExchange,
      roster,
      view: { sections: sections.get(), grants: optionExchangeTab.tableSettings() },
    };
  };
  const apply = (s: PaneState) => {
    applying = true;
    try {
      seriesCTab.setState(s.seriesC);
      optionExchangeTab.setState({ ...s.optionExchange, roster: s.roster });
      optionExchangeTab.setTableSettings(s.view.grants);
      sections.set(s.view.sections);
      for (const el of sectionElements()) el.open = sections.isOpen(el.dataset.section as string);
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
        exportPackage: (model) =>
          exportFromForms(model, seriesCTab.getState(), optionExchangeTab.getState(), order, new Date().toISOString().replace(/\.\d+Z$/, "Z")),
      },
      ["sc", "ox"],
    );
  }

  let store: Store = browserStore();
  let saved = { form: "", roster: "" };
  // A damaged record that could not be kept aside is never saved over.
  const blocked = { form: false, roster: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  // `data-unsaved` on <body> while a change waits for its save (tests wait for it to go, never for a time).
  function scheduleSave(): void {
    document.body.dataset.unsaved = "true";
    if (timer) clearTimeout(timer);
    // A long paste being read is saved as text at once: closing the pane meanwhile loses nothing.
    if (optionExchangeTab.busy?.()) return flush();
    timer = setTimeout(() => {
      timer = undefined;
      saving = saving.then(() => save());
    }, SAVE_DELAY_MS);
  }
  /** A save still waiting for its delay starts now (the pane is being hidden or closed: nobody can be asked). */
  function flush(): void {
    if (!ready || (!timer && !optionExchangeTab.busy?.())) return;
    if (timer) clearTimeout(timer);
    timer = undefined;
    saving = saving.then(() => save(true));
  }
  // This pane, in the version stamp; the stamp of what it loaded or last saved.
  const paneId = Math.random().toString(36).slice(2, 10);
  let known: Stamp | undefined;
  let notice = "";
  async function save(closing = false): Promise<void> {
    const s = state();
    const records = { form: formRecord(s), roster: s.roster };
    const keys = (["form", "roster"] as const).filter((key) => records[key] !== saved[key] && !blocked[key]);
    if (!keys.length) {
      // Nothing new to save (a change undone, a section opened and closed again): nothing waits.
      if (!timer) delete document.body.dataset.unsaved;
      return;
    }
    try {
      const found = readStamp(await store.readStamp());
      if (changedElsewhere(known, found)) {
        if (closing) {
          // Nobody to ask: this pane's inputs are kept aside, theirs left as they are.
          for (const key of keys) await store.keepAside(key, encodeRecord(key, records[key]), "unsaved");
          return;
        }
        const mine = await confirmDialog(
          "Inputs saved elsewhere",
          conflictQuestion(store.where, found as Stamp, (iso) => new Date(iso).toLocaleTimeString()),
          "Save mine",
          "Load theirs",
        );
        if (!mine) {
          await restore(true);
          return;
        }
      }
      for (const key of keys) {
        await store.save(key, encodeRecord(key, records[key]));
        saved[key] = records[key];
      }
      const stamp = nextStamp(found, paneId, new Date());
      await store.writeStamp(JSON.stringify(stamp));
      known = stamp;
      const time = new Date().toLocaleTimeString();
      // A damaged record's report stays on the line through the save that replaces it.
      if (notice) saveStatus.textContent = `${notice} What the pane holds was saved in its place at ${time}.`;
      else if (!blocked.form && !blocked.roster) saveStatus.textContent = `Inputs saved in ${store.where} at ${time}.`;
      notice = "";
      document.body.dataset.saved = String(Date.now());
    } catch (e) {
      saveStatus.textContent = `Could not save the inputs in ${store.where}: ${e instanceof Error ? e.message : String(e)}. They stay in the pane until it closes.`;
    }
    // A change made while this save ran has set the timer again: it is still unsaved.
    if (!timer) delete document.body.dataset.unsaved;
  }
  // Edits of the last moments are saved before the page goes: hidden, closed by Office, or reloaded.
  window.addEventListener("pagehide", flush);
  window.addEventListener("beforeunload", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });

  /** Reads the saved inputs and shows them (`replace`: over what this pane holds, the user having chosen theirs). */
  async function restore(replace: boolean): Promise<void> {
    if (replace) edited = false;
    try {
      known = readStamp(await store.readStamp());
      const records = await store.load();
      const decoded = (key: "form" | "roster"): DecodedRecord => {
        const raw = records.unreadable?.[key];
        return raw !== undefined ? { kind: "damaged", raw, reason: "its parts in the workbook cannot be put together" } : decodeRecord(key, records[key]);
      };
      const form = decoded("form");
      const roster = decoded("roster");
      // A damaged record is kept aside before anything is saved over it.
      const aside: { kept: boolean; where: string; error?: string } = { kept: true, where: "" };
      const places: string[] = [];
      for (const [key, r] of [
        ["form", form],
        ["roster", roster],
      ] as const) {
        if (r.kind !== "damaged") continue;
        try {
          places.push(await store.keepAside(key, r.raw));
        } catch (e) {
          blocked[key] = true;
          aside.kept = false;
          aside.error = e instanceof Error ? e.message : String(e);
        }
      }
      aside.where = places.join("; ");
      const restored = readFormRecord(form.kind === "ok" ? form.text : undefined, roster.kind === "ok" ? roster.text : undefined);
      if (!edited && (restored || replace)) apply(restored ?? defaultState());
      // What the store holds now, as the next save compares it (a damaged record is always written over once kept aside).
      const held = (r: DecodedRecord) => (r.kind === "ok" && !edited ? r.text : r.kind === "damaged" ? "\u0000damaged" : "");
      saved = { form: held(form), roster: held(roster) };
      const status = restoreStatus(store.where, form, roster, aside);
      if (status && (!edited || form.kind === "damaged" || roster.kind === "damaged")) saveStatus.textContent = status;
      // The damaged copy is kept: what the pane now holds is saved in its place.
      if (!edited && (form.kind === "damaged" || roster.kind === "damaged")) edited = true;
      if (form.kind === "damaged" || roster.kind === "damaged") notice = status;
    } catch (e) {
      saveStatus.textContent = `Could not read the saved inputs from ${store.where}: ${e instanceof Error ? e.message : String(e)}.`;
    }
    if (replace && edited) scheduleSave();
  }

  reset.addEventListener("click", async () => {
    if (!(await confirmDialog("Clear all inputs?", "Both tabs go back to the documents' defaults: the roster, events and payments are removed.", "Clear")))
      return;
    // The inputs go back to the defaults; how the pane is arranged (sections, the grants table's settings) stays.
    apply({ ...defaultState(), view: state().view });
    scheduleSave();
  });

  root.removeAttribute("aria-busy");
  void (async () => {
    const inExcel = await detectExcel();
    if (inExcel) {
      ctx = { inExcel };
      mode.textContent = "In Excel: Insert model writes a live model on a new sheet; your inputs are saved in this workbook.";
      seriesCTab.setContext(ctx);
      optionExchangeTab.setContext(ctx);
      relink.setEnabled(true);
      store = workbookStore();
    }
    await restore(false);
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
          progress: (sheet, sheets, refreshed) =>
            ui.progress(sheet / sheets, `Refreshing MPWR formulas: sheet ${sheet} of ${sheets}, ${plural(refreshed, "formula")} so far…`),
          cancelled: ui.cancelled,
        });
        const parts: string[] = [];
        if (r.cancelled)
          parts.push(`Stopped: ${plural(r.refreshed, "MPWR formula")} on ${plural(r.sheets, "sheet")} refreshed; the others were left as they were.`);
        else if (r.refreshed === 0 && r.failed.length === 0 && r.protectedSheets.length === 0)
          parts.push("No MPWR formulas were found on the workbook's sheets.");
        else parts.push(`Refreshed ${plural(r.refreshed, "MPWR formula")} on ${plural(r.sheets, "sheet")}.`);
        if (r.protectedSheets.length)
          parts.push(
            `Not refreshed: the protected ${r.protectedSheets.length === 1 ? "sheet" : "sheets"} ${r.protectedSheets.map((n) => `"${n}"`).join(", ")} (unprotect, then run this again).`,
          );
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
