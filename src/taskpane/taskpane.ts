import pkg from "../../package.json";
import { headlineExamples } from "./examples";

/** Runs inside Excel (shared runtime) or as a plain page; never needs Office to render. */
function render(root: HTMLElement, inExcel: boolean): void {
  root.replaceChildren();
  const h1 = document.createElement("h1");
  h1.textContent = `MPWR ${pkg.version}`;
  const mode = document.createElement("p");
  mode.textContent = inExcel ? "Running inside Excel." : "Standalone page: results are computed here; nothing is written to a workbook.";
  root.append(h1, mode);
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const label of ["Function", "Example", "Result"]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const ex of headlineExamples()) {
    const row = body.insertRow();
    row.id = `example-${ex.id}`;
    for (const text of [ex.id, ex.formula, ex.value]) row.insertCell().textContent = text;
  }
  root.append(table);
}

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  render(root, false);
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
    Office.onReady((info) => render(root, info.host === Office.HostType.Excel));
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
