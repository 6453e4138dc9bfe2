import fs from "fs";
import path from "path";

/**
 * The Excel stand-in of the e2e tests (test/e2e/fakeOffice.js) loaded in
 * Node, so the pane's Excel I/O runs against the same stand-in in unit
 * tests: `Excel`, `Office` and `__fakeExcel` become globals.
 */
export interface FakeCell {
  formula: string | number | boolean;
  value: string | number | boolean | null;
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  fill: string | null;
  wrap: boolean;
  valign: string;
  /** Times a formula was entered through Range.formulas. */
  entries?: number;
}
export interface FakeValidation {
  address: string;
  rule?: { list: { inCellDropDown: boolean; source: string } };
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks?: boolean;
}
export interface FakeChart {
  name: string;
  type: string;
  seriesBy: string;
  title: { text?: string };
  legend: { position?: string };
  displayBlanksAs: string | null;
  axes: { categoryAxis: { title: { text?: string } }; valueAxis: { title: { text?: string }; numberFormat?: string } };
  series: { name?: string; values: string; xValues?: string; chartType?: string; format: { line: { lineStyle?: string } } }[];
  position: { start: string; end: string } | null;
}
export interface FakeSheet {
  name: string;
  cells: Record<string, FakeCell>;
  widths: Record<number, number>;
  frozenRows: number;
  page: { printArea?: string; titleRows?: string; orientation?: string; zoom?: { horizontalFitToPages: number; verticalFitToPages: number } };
  validations: FakeValidation[];
  charts: FakeChart[];
  /** Spilled cells a formula was written into (that would block the spill). */
  blocked: string[];
  autofitRows: string[];
}
export interface FakeExcel {
  select(address: string): void;
  set(address: string, v: unknown): void;
  cell(address: string): FakeCell | null;
  dump(sheet?: string): Record<string, { formula: unknown; numberFormat: string; bold: boolean }>;
  sheet(name: string): FakeSheet | null;
  sheets(): string[];
  activeSheet(): string;
  addSheet(name: string): string;
  names(): Record<string, { reference: string; comment: string }>;
  addName(name: string, reference: string): void;
  tables(): Record<string, { sheet: string; address: string; style: string; showBandedRows: boolean }>;
  spill(anchor: string, rows: number, cols: number): void;
  protect(sheet: string): void;
  refuseWrites(address: string): void;
  setApiVersion(v: string): void;
  failSync(n: number): void;
  clear(): void;
  setSyncDelay(ms: number): void;
  maxRequestBytes(): number;
  /** The custom XML parts "saved in the workbook" (they survive clear(), as in a reopened workbook). */
  parts(): Array<{ id: string; namespaceUri: string; xml: string }>;
  clearParts(): void;
  log: Array<{ sync?: number; bytes?: number; failed?: boolean }>;
}

let loaded: FakeExcel | undefined;

export function standIn(): FakeExcel {
  if (loaded) {
    loaded.clear();
    return loaded;
  }
  const g = globalThis as unknown as Record<string, unknown>;
  const store = new Map<string, string>();
  const sessionStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, String(v)) };
  const source = fs.readFileSync(path.join(__dirname, "../../e2e/fakeOffice.js"), "utf8");
  new Function("window", "sessionStorage", source)(g, sessionStorage);
  loaded = g.__fakeExcel as FakeExcel;
  return loaded;
}
