import { OcfInputFile } from "../../input/ocf/package";
import { JobRunner } from "../model/jobs";
import { OcfImportModel, OcfPaneImported, applyImport, replaceQuestion, replacedBy } from "../model/ocfPane";
import { OptionExchangeForm } from "../model/optionExchange";
import { SeriesCForm } from "../model/seriesC";
import { confirmDialog } from "./confirm";
import { h, textTable, uid } from "./dom";
import { paneSection } from "./section";

/** What the OCF sections need from the app: the tabs' inputs, and a way to replace them. */
export interface OcfPorts {
  seriesC(): SeriesCForm;
  optionExchange(): OptionExchangeForm;
  apply(seriesC: SeriesCForm, roster: string): void;
  /** Builds the export (model/ocfPane.ts exportFromPane) from the current inputs. */
  exportPackage(model: OcfImportModel): { zip: Uint8Array; files: number; name: string } | { refused: string };
}

export interface OcfSection {
  root: HTMLElement;
  render(): void;
}

/**
 * "Import OCF package" and "Export OCF package" (docs/user-guide.md, docs/ocf.md): one model
 * shared by a section in each tab (`prefix` keeps their ids apart). The view renders the model
 * and forwards the user's files, choices and clicks; the work runs in the JobRunner's slices.
 */
export function ocfSections(ports: OcfPorts, prefixes: readonly string[]): OcfSection[] {
  const model = new OcfImportModel();
  const jobs = new JobRunner();
  let exportStatus = "";
  const sections: OcfSection[] = [];
  const renderAll = () => sections.forEach((s) => s.render());

  const run = (gen: Generator<number, void>, after?: () => void) => {
    jobs.run(gen, {
      progress: () => renderAll(),
      done: () => {
        renderAll();
        after?.();
      },
    });
    renderAll();
  };

  const readFiles = async (list: readonly File[]) => {
    if (list.length === 0) return;
    model.status = "reading";
    model.progress = `Reading ${list.length === 1 ? list[0].name : `${list.length} files`}…`;
    renderAll();
    const files: OcfInputFile[] = [];
    for (const f of list) files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    run(model.read(files, new Date().toISOString().slice(0, 10)));
  };

  const applyToTabs = async (imp: OcfPaneImported) => {
    const question = replaceQuestion(replacedBy(ports.seriesC(), ports.optionExchange().roster));
    if (question && !(await confirmDialog("Replace the inputs with the package?", question, "Replace"))) return;
    const applied = applyImport(ports.seriesC(), imp);
    ports.apply(applied.seriesC, applied.roster);
    model.message = `Applied: the Series C tab's as-of date, shares, ${imp.capital.length} capital rows and ${imp.events.length} events, and ${imp.result.roster.length} grants in the roster.`;
    renderAll();
  };

  const download = () => {
    const out = ports.exportPackage(model);
    if ("refused" in out) {
      exportStatus = out.refused;
    } else {
      const url = URL.createObjectURL(new Blob([new Uint8Array(out.zip)], { type: "application/zip" }));
      const a = h("a", { href: url, download: out.name, hidden: true });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      exportStatus = `Exported ${out.name}: ${out.files} files, validated against the OCF 1.2.0 schemas and read back.`;
      document.body.dataset.ocfExported = out.name;
    }
    renderAll();
  };

  for (const prefix of prefixes) sections.push(section(prefix));
  renderAll();
  return sections;

  function section(prefix: string): OcfSection {
    const id = (s: string) => `${prefix}-ocf-${s}`;
    const input = h("input", { type: "file", id: id("files"), multiple: true, accept: ".zip,.json", class: "visually-hidden-file" }) as HTMLInputElement;
    const pick = h("label", { for: id("files"), class: "button", text: "Choose files…" });
    const drop = h(
      "div",
      { class: "ocf-drop", id: id("drop"), tabindex: 0, role: "group", "aria-label": "Drop an OCF package here: one .zip, or the .ocf.json files" },
      h("p", { text: "Drop an OCF package here: one .zip, or the .ocf.json files (the manifest and the files it lists)." }),
      pick,
      input,
    );
    const classId = uid("ocf-class");
    const classSelect = h("select", { id: id("class") }) as HTMLSelectElement;
    const asOf = h("input", {
      type: "text",
      id: id("asof"),
      inputmode: "numeric",
      placeholder: "YYYY-MM-DD",
      "aria-describedby": `${id("asof")}-hint`,
    }) as HTMLInputElement;
    const importButton = h("button", { type: "button", class: "button primary", id: id("import"), text: "Import" });
    const choose = h(
      "div",
      { id: id("choose"), hidden: true },
      h("div", { class: "field" }, h("label", { for: id("class"), id: classId, text: "Series C stock class" }), classSelect),
      h(
        "div",
        { class: "field" },
        h("label", { for: id("asof"), text: "As of" }),
        asOf,
        h("p", { class: "hint", id: `${id("asof")}-hint`, text: "YYYY-MM-DD: the transactions dated on or before it are replayed." }),
      ),
      h("div", { class: "actions" }, importButton),
    );
    const progress = h("progress", { id: id("progress"), max: 1, value: 0, "aria-label": "Importing the OCF package", hidden: true }) as HTMLProgressElement;
    const status = h("p", { class: "status", id: id("status"), role: "status" });
    const problems = h("ul", { class: "status-details", id: id("problems") });
    const result = h("div", { id: id("result") });
    const applyButton = h("button", { type: "button", class: "button primary", id: id("apply"), text: "Apply to the tabs", hidden: true });
    const exportButton = h("button", { type: "button", class: "button", id: id("export"), text: "Export OCF package" });
    const exportNote = h("p", { class: "status", id: id("export-status"), role: "status" });
    // A section of the tab (ui/section.ts): #<prefix>-ocf-section, its heading #<prefix>-ocf-title.
    const root = paneSection(
      { id: `${prefix}-ocf`, title: "Open Cap Format (OCF)", help: "pane-ocf" },
      h("p", {
        class: "hint",
        text: "Import a cap-table system's OCF package into both tabs, or export the package with the exchange and the Series C's conversion-price history.",
      }),
      h("h3", { text: "Import OCF package" }),
      drop,
      choose,
      progress,
      status,
      problems,
      result,
      h("div", { class: "actions" }, applyButton),
      h("h3", { text: "Export OCF package" }),
      h("p", {
        class: "hint",
        text: "Adds to the imported package: per roster grant (every grant left in the roster is tendered) a cancellation and a new grant, and the Series C's conversion-price adjustments from the events; downloads a .zip.",
      }),
      h("div", { class: "actions" }, exportButton),
      exportNote,
    ).root;
    root.classList.add("ocf");

    input.addEventListener("change", () => {
      void readFiles(Array.from(input.files ?? []));
      input.value = "";
    });
    drop.addEventListener("dragover", (e) => {
      e.preventDefault();
      drop.classList.add("over");
    });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      void readFiles(Array.from(e.dataTransfer?.files ?? []));
    });
    classSelect.addEventListener("change", () => {
      model.seriesC = classSelect.value;
    });
    asOf.addEventListener("input", () => {
      model.asOf = asOf.value.trim();
    });
    importButton.addEventListener("click", () => {
      model.seriesC = classSelect.value;
      model.asOf = asOf.value.trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(model.asOf)) {
        model.message = "As of: give the date as YYYY-MM-DD.";
        renderAll();
        return;
      }
      run(model.run());
    });
    applyButton.addEventListener("click", () => {
      if (model.imported) void applyToTabs(model.imported);
    });
    exportButton.addEventListener("click", download);

    let shown: OcfPaneImported | undefined;
    function render(): void {
      const busy = model.status === "reading" || model.status === "importing";
      progress.hidden = !busy;
      root.setAttribute("aria-busy", String(busy));
      root.dataset.state = model.status;
      importButton.disabled = busy;
      choose.hidden = !(model.status === "chooseClass" || model.status === "imported" || model.status === "importing");
      const options = model.classes.map((c) => `${c.id}\u0000${c.name}`).join("\n");
      if (classSelect.dataset.options !== options) {
        classSelect.replaceChildren(...model.classes.map((c) => h("option", { value: c.id, text: `${c.name} (${c.id}, seniority ${c.seniority})` })));
        classSelect.dataset.options = options;
      }
      if (classSelect.value !== model.seriesC) classSelect.value = model.seriesC;
      if (document.activeElement !== asOf && asOf.value !== model.asOf) asOf.value = model.asOf;
      status.textContent = busy
        ? model.progress
        : model.status === "refused"
          ? `The package was refused, nothing was imported: ${model.message}`
          : model.message;
      problems.replaceChildren(
        ...model.problems.slice(0, 20).map((p) => h("li", { text: p })),
        ...(model.problems.length > 20 ? [h("li", { text: `… and ${model.problems.length - 20} more` })] : []),
      );
      applyButton.hidden = model.status !== "imported";
      exportNote.textContent = exportStatus;
      const imp = model.status === "imported" ? model.imported : undefined;
      if (shown === imp) return;
      shown = imp;
      result.replaceChildren(...(imp ? importedParts(imp) : []));
    }

    function importedParts(imp: OcfPaneImported): HTMLElement[] {
      const list = (title: string, key: string, items: readonly string[]) =>
        items.length === 0
          ? []
          : [
              h("h4", { id: id(`${key}-title`), text: title }),
              h("ul", { id: id(key), "aria-labelledby": id(`${key}-title`) }, ...items.map((t) => h("li", { text: t }))),
            ];
      return [
        h("ul", { id: id("summary"), "aria-label": "Imported" }, ...imp.summary.map((t) => h("li", { text: t }))),
        textTable(
          "Capital rows (Series C tab)",
          ["Name", "Type", "Quantity", "a", "b", "c"],
          imp.capital.map((r) => [r.name, r.type, r.quantity, r.a, r.b, r.c]),
          { id: id("capital") },
        ),
        ...(imp.events.length
          ? [
              textTable(
                "Events (Series C tab)",
                ["Date", "Type", "a"],
                imp.events.map((e) => [e.date, e.type, e.a]),
                { id: id("events") },
              ),
            ]
          : []),
        ...list("To confirm before adding to the events (Cert §5(k)(4) exempt issuances)", "confirm", imp.toConfirm),
        ...list("Not put into the pane's capital table", "not-applied", imp.notApplied),
        ...list("Missing: OCF does not carry these; fill them in", "missing", imp.missing),
        ...list("Warnings", "warnings", imp.warnings),
      ];
    }

    return { root, render };
  }
}
