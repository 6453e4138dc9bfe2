/*
 * A stand-in for office.js inside Excel: served in place of the CDN office.js
 * by the e2e tests and the pane's bench (compiled for the page by
 * test/support/compileStandIn.js), and installed in Node by the unit tests
 * (test/taskpane/excel/standIn.ts). Office.onReady → host Excel, and an
 * Excel.run over a workbook of worksheets ("Sheet1" at first):
 * - ranges: getRange (A1, "A:C" columns), getCell, getResizedRange,
 *   getOffsetRange, getUsedRangeOrNullObject, values / formulas /
 *   numberFormat (null in a 2-D array leaves that cell as it is), address,
 *   rowIndex, columnIndex, rowCount, columnCount, clear, format (font bold,
 *   italic, size, color; fill color; columnWidth; wrapText;
 *   verticalAlignment; autofitColumns, autofitRows), dataValidation (rule,
 *   prompt, errorAlert, ignoreBlanks), getSpillParentOrNullObject;
 * - worksheets: add, getItem, getItemOrNullObject, getActiveWorksheet,
 *   items, activate, delete, tables.add, charts (add, getItemOrNullObject,
 *   series, axes, titles, setPosition), freezePanes.freezeRows, pageLayout
 *   (setPrintArea, setPrintTitleRows, orientation, zoom), protection;
 * - the workbook: names (add, getItemOrNullObject, delete; one namespace
 *   with the Tables), tables.getItemOrNullObject, getSelectedRange,
 *   customXmlParts (add, getByNamespace, getXml, delete);
 * - Office.context.requirements.isSetSupported; Office.context.officeTheme (Excel's
 *   Colorful theme unless the page set `window.__mpwrOfficeTheme` before the stand-in
 *   loaded; setOfficeTheme changes it, as the user does in File > Account, with no event:
 *   Excel raises none).
 * Like Office.js, property reads need load() + sync() first, and writes are
 * queued and reach the workbook only at sync(); a failed action rejects the
 * sync (actions before it stay done). As Excel does, a string written to
 * `values` or `formulas` starting with "=" becomes a formula and one that
 * reads as a number becomes a number, unless the cell's format is Text (@).
 * Each sync logs the size of the request it stands for (the JSON of the
 * values it carries plus a fixed cost per action), so tests can check every
 * request stays under a bound. The custom XML parts live in sessionStorage:
 * they survive a reload of the page, as they survive closing and reopening a
 * saved workbook. The test drives it through window.__fakeExcel.
 */
import { cellAddress, columnIndex, parseArea, quoteSheet } from "../../src/layout/address";

// ------------------------------------------------------------ what tests see

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
export interface FakeChartSeries {
  name?: string;
  values: string;
  xValues?: string;
  chartType?: string;
  format: { line: { lineStyle?: string } };
}
export interface FakeChart {
  name: string;
  type: string;
  seriesBy: string;
  title: { text?: string };
  legend: { position?: string };
  displayBlanksAs: string | null;
  axes: { categoryAxis: { title: { text?: string } }; valueAxis: { title: { text?: string }; numberFormat?: string } };
  series: FakeChartSeries[];
  position: { start: string; end: string } | null;
}
export interface FakePage {
  printArea?: string;
  titleRows?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages: number; verticalFitToPages: number };
}
export interface FakeSheet {
  name: string;
  cells: Record<string, FakeCell>;
  widths: Record<number, number>;
  frozenRows: number;
  page: FakePage;
  validations: FakeValidation[];
  charts: FakeChart[];
  /** Spilled cells a formula was written into (that would block the spill). */
  blocked: string[];
  autofitRows: string[];
}
export interface FakePart {
  id: string;
  namespaceUri: string;
  xml: string;
}
export interface LogEntry {
  sync?: number;
  bytes?: number;
  failed?: boolean;
  cleared?: string;
  autofit?: string;
}
/** Office.OfficeTheme's fields. */
export interface FakeOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
}

/** Excel's Colorful (light) theme, and Black (dark), as Office.context.officeTheme reports them. */
export const OFFICE_THEMES: Record<"colorful" | "black", FakeOfficeTheme> = {
  colorful: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
    isDarkTheme: false,
  },
  black: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#404040",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  },
};
let officeTheme: FakeOfficeTheme = OFFICE_THEMES.colorful;

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
  parts(): FakePart[];
  /** Office's theme as Office.context.officeTheme gives it from now on. */
  setOfficeTheme(theme: FakeOfficeTheme): void;
  clearParts(): void;
  log: LogEntry[];
}

/** Where the custom XML parts are kept: the page's sessionStorage, or a Map in Node. */
export interface PartStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

// ------------------------------------------------------------ the workbook

/** A cell's contents as entered (the stored value may be any JSON Excel accepts). */
type Entry = string | number | boolean | null;

interface Cell extends Omit<FakeCell, "formula" | "value"> {
  formula: Entry;
  value: Entry;
}
interface Spill {
  row: number;
  col: number;
  rows: number;
  cols: number;
}
interface Sheet {
  name: string;
  cells: Map<string, Cell>;
  widths: Record<number, number>;
  frozenRows: number;
  page: Record<string, unknown>;
  validations: Array<Record<string, unknown>>;
  charts: FakeChart[];
  spills: Spill[];
  protectedSheet: boolean;
  failing: Set<string>;
  blocked: string[];
  autofitRows: string[];
}
interface Selection {
  sheet: Sheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}
interface Table {
  name: string;
  style: string;
  showBandedRows: boolean;
  hasHeaders: boolean;
  sheet: Sheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}
interface WorkbookName {
  name: string;
  reference: string;
  comment: string;
}
interface Book {
  sheets: Sheet[];
  active: Sheet;
  selection: Selection;
  names: Map<string, WorkbookName>;
  tables: Map<string, Table>;
}
/** Something that a sync resolves (a load, an *OrNullObject, a getXml). */
interface Pending {
  _resolve?: () => void;
  _loaded?: boolean;
}

const ACTION_BYTES = 100; // what Office.js adds per action, roughly
const MAX_ROWS = 1048576;
const PARTS_KEY = "__fakeExcelCustomXmlParts";

let syncDelayMs = 0;
const log: LogEntry[] = [];
const requirement: Record<string, string> = { ExcelApi: "1.17" };
let failAfter = -1; // syncs to let through before one fails (a lost connection); -1: none fails
let storage: PartStorage;

function newSheet(name: string): Sheet {
  return {
    name,
    cells: new Map(),
    widths: {},
    frozenRows: 0,
    page: {},
    validations: [],
    charts: [],
    spills: [],
    protectedSheet: false,
    failing: new Set(),
    blocked: [],
    autofitRows: [],
  };
}
function newBook(): Book {
  const first = newSheet("Sheet1");
  return { sheets: [first], active: first, selection: { sheet: first, row: 0, col: 0, rows: 1, cols: 1 }, names: new Map(), tables: new Map() };
}
let book = newBook();

function loadParts(): FakePart[] {
  try {
    return JSON.parse(storage.getItem(PARTS_KEY) || "[]") as FakePart[];
  } catch {
    return [];
  }
}
function storeParts(parts: FakePart[]): void {
  storage.setItem(PARTS_KEY, JSON.stringify(parts));
}

function a1(r: number, c: number): string {
  return cellAddress({ row: r, col: c });
}

interface ParsedRange {
  sheet: string | null;
  row: number;
  col: number;
  rows: number;
  cols: number;
  columns?: boolean;
}
/** "B3", "$B$3:$D$9", "A:C", "'My Sheet'!B3" → { sheet?, row, col, rows, cols }. */
function parseRange(address: string): ParsedRange {
  let sheetName: string | null = null;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheetName = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    address = address.slice(bang + 1);
  }
  const ref = address.replace(/\$/g, "").toUpperCase();
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(ref);
  if (cols)
    return { sheet: sheetName, row: 0, col: columnIndex(cols[1]), rows: MAX_ROWS, cols: columnIndex(cols[2]) - columnIndex(cols[1]) + 1, columns: true };
  let a;
  try {
    a = parseArea(ref);
  } catch {
    throw new Error("InvalidArgument: bad address " + address);
  }
  return { sheet: sheetName, row: a.top, col: a.left, rows: a.bottom - a.top + 1, cols: a.right - a.left + 1 };
}
function sheetNamed(name: string): Sheet | null {
  const lower = String(name).toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
}
function blank(): Cell {
  return { formula: "", value: "", numberFormat: "General", bold: false, italic: false, size: 11, color: "#000000", fill: null, wrap: false, valign: "Bottom" };
}
function cell(sheet: Sheet, r: number, c: number): Cell | undefined {
  return sheet.cells.get(r + "," + c);
}
function put(sheet: Sheet, r: number, c: number, patch: Partial<Cell>): void {
  const cur = sheet.cells.get(r + "," + c) || blank();
  sheet.cells.set(r + "," + c, { ...cur, ...patch });
}
function hasContent(x: Cell | undefined): boolean {
  return !!x && x.formula !== "" && x.formula !== null && x.formula !== undefined;
}
function hasFormat(x: Cell | undefined): boolean {
  if (!x) return false;
  const b = blank();
  return (
    x.numberFormat !== b.numberFormat || x.bold || x.italic || x.size !== b.size || x.color !== b.color || x.fill !== null || x.wrap || x.valign !== b.valign
  );
}
/** What a cell holds after a string or value is entered, as Excel reads it. */
function entered(sheet: Sheet, r: number, c: number, v: Entry): Partial<Cell> {
  const x = cell(sheet, r, c);
  const text = x && x.numberFormat === "@";
  if (typeof v === "string" && !text) {
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.trim())) return { formula: Number(v), value: Number(v) };
    // "If the value starts with a plus, minus or equal sign, Excel interprets it as a formula" (Range.values).
    if (/^[=+-]/.test(v)) return { formula: v.charAt(0) === "=" ? v : "=" + v, value: null };
  }
  return { formula: v, value: v };
}
function spillOf(sheet: Sheet, r: number, c: number): Spill | null {
  return sheet.spills.find((s) => r >= s.row && r < s.row + s.rows && c >= s.col && c < s.col + s.cols) ?? null;
}
function tableAt(name: string): Table | null {
  return book.tables.get(String(name).toLowerCase()) || null;
}
function nameTaken(name: string): boolean {
  const k = String(name).toLowerCase();
  return book.names.has(k) || book.tables.has(k);
}
/** Defines a write-only property whose assignment runs `set`. */
function setter<T>(obj: object, key: string, set: (v: T) => void): void {
  Object.defineProperty(obj, key, { set, configurable: true });
}

// ------------------------------------------------------------ the request context

class Context {
  queue: Array<() => void> = [];
  pending: Pending[] = [];
  bytes = 0;
  workbook: Workbook;
  constructor() {
    this.workbook = new Workbook(this);
  }
  /** Queues an action whose request carries `bytes` of payload. */
  _op(bytes: number, f: () => void): void {
    this.bytes += bytes + ACTION_BYTES;
    this.queue.push(f);
  }
  /** An action that only names an object (getRange, getCell, …): it costs bytes, it does nothing. */
  _object(): void {
    this.bytes += ACTION_BYTES;
  }
  sync(): Promise<void> {
    const queue = this.queue.splice(0);
    const pending = this.pending.splice(0);
    const bytes = this.bytes;
    this.bytes = 0;
    let error: unknown = null;
    if (failAfter === 0) error = new Error("GeneralException: the connection to Excel was lost");
    if (failAfter >= 0) failAfter--;
    for (let i = 0; i < queue.length && !error; i++) {
      try {
        queue[i]();
      } catch (e) {
        error = e;
      }
    }
    log.push({ sync: queue.length, bytes, failed: !!error });
    if (!error) {
      pending.forEach((r) => {
        if (r._resolve) r._resolve();
        r._loaded = true;
      });
    }
    // A round trip to Excel is a task of its own: the page handles input between syncs.
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        if (error) reject(error);
        else resolve();
      }, syncDelayMs);
    });
  }
}

class Workbook {
  customXmlParts: { add(xml: string): void; getByNamespace(ns: string): PartCollection };
  worksheets: Worksheets;
  names: { add(name: string, reference: string, comment?: string): object; getItemOrNullObject(name: string): NullProbe<WorkbookName> };
  tables: { getItemOrNullObject(name: string): NullProbe<Table> };
  constructor(private readonly ctx: Context) {
    this.customXmlParts = {
      add: (xml) => {
        if (typeof xml !== "string") throw new Error("InvalidArgument: xml");
        const m = /xmlns="([^"]*)"/.exec(xml);
        ctx._op(xml.length + 20, () => {
          const parts = loadParts();
          parts.push({ id: "{" + Math.random().toString(16).slice(2) + "}", namespaceUri: m ? m[1] : "", xml });
          storeParts(parts);
        });
      },
      getByNamespace: (ns) => new PartCollection(ctx, ns),
    };
    this.worksheets = new Worksheets(ctx);
    this.names = {
      add: (name, reference, comment) => {
        ctx._op(String(reference).length + String(comment || "").length + String(name).length, () => {
          if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
            throw new Error("InvalidArgument: the name " + name + " is not valid");
          if (nameTaken(name)) throw new Error("InvalidArgument: the name " + name + " already exists");
          book.names.set(String(name).toLowerCase(), { name, reference, comment: comment || "" });
        });
        return {};
      },
      getItemOrNullObject: (name) =>
        new NullProbe(
          ctx,
          () => book.names.get(String(name).toLowerCase()) || null,
          () => void book.names.delete(String(name).toLowerCase()),
        ),
    };
    this.tables = {
      getItemOrNullObject: (name) =>
        new NullProbe(
          ctx,
          () => tableAt(name),
          () => void book.tables.delete(String(name).toLowerCase()),
        ),
    };
  }
  getSelectedRange(): Range {
    const s = book.selection;
    this.ctx._object();
    return new Range(this.ctx, s.sheet, s.row, s.col, s.rows, s.cols);
  }
}

/** An *OrNullObject result: isNullObject after a sync; delete() removes what it found. */
class NullProbe<T> implements Pending {
  _found: T | null | undefined = undefined;
  _resolve: () => void;
  constructor(
    private readonly ctx: Context,
    find: () => T | null,
    private readonly _remove: (found: T) => void,
  ) {
    this._resolve = () => {
      this._found = find();
    };
    ctx._object();
    ctx.pending.push(this);
  }
  get isNullObject(): boolean {
    if (this._found === undefined) throw new Error("PropertyNotLoaded: isNullObject (call sync() first)");
    return this._found === null;
  }
  load(): this {
    return this;
  }
  delete(): void {
    this.ctx._op(0, () => {
      if (this._found) this._remove(this._found);
    });
  }
}

class Worksheets implements Pending {
  private _items: Worksheet[] | null = null;
  _resolve?: () => void;
  constructor(private readonly ctx: Context) {}
  add(name: string): Worksheet {
    const ctx = this.ctx;
    const ws = new Worksheet(ctx, null, name);
    ctx._op(String(name).length, () => {
      if (sheetNamed(name)) throw new Error("ItemAlreadyExists: a sheet named " + name + " exists");
      if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error("InvalidArgument: the sheet name " + name + " is not valid");
      const s = newSheet(name);
      book.sheets.push(s);
      ws.sheet = s;
    });
    return ws;
  }
  getItem(name: string): Worksheet {
    this.ctx._object();
    const s = sheetNamed(name);
    if (!s) throw new Error("ItemNotFound: worksheet " + name);
    return new Worksheet(this.ctx, s);
  }
  getItemOrNullObject(name: string): NullProbe<Sheet> {
    return new NullProbe(
      this.ctx,
      () => sheetNamed(name),
      (found) => deleteSheet(found),
    );
  }
  getActiveWorksheet(): Worksheet {
    this.ctx._object();
    return new Worksheet(this.ctx, book.active);
  }
  load(): this {
    this._resolve = () => {
      this._items = book.sheets.map((s) => new Worksheet(this.ctx, s));
    };
    this.ctx.pending.push(this);
    return this;
  }
  get items(): Worksheet[] {
    if (this._items === null) throw new Error("PropertyNotLoaded: items");
    return this._items;
  }
}

class PartCollection implements Pending {
  private _items: Part[] | null = null;
  _resolve?: () => void;
  constructor(
    private readonly ctx: Context,
    private readonly ns: string,
  ) {}
  load(): this {
    this._resolve = () => {
      this._items = loadParts()
        .filter((p) => p.namespaceUri === this.ns)
        .map((p) => new Part(this.ctx, p.id));
    };
    this.ctx.pending.push(this);
    return this;
  }
  get items(): Part[] {
    if (this._items === null) throw new Error("PropertyNotLoaded: items (call load() and sync() first)");
    return this._items;
  }
}

/** A getXml() result: its value after a sync. */
class XmlResult implements Pending {
  _v: string | undefined = undefined;
  _resolve: () => void;
  constructor(id: string) {
    this._resolve = () => {
      const p = loadParts().filter((x) => x.id === id)[0];
      this._v = p ? p.xml : "";
    };
  }
  get value(): string {
    if (this._v === undefined) throw new Error("PropertyNotLoaded: value");
    return this._v;
  }
}

class Part {
  constructor(
    private readonly ctx: Context,
    readonly id: string,
  ) {}
  getXml(): XmlResult {
    const result = new XmlResult(this.id);
    this.ctx.pending.push(result);
    return result;
  }
  delete(): void {
    const id = this.id;
    this.ctx._op(0, () => {
      storeParts(loadParts().filter((x) => x.id !== id));
    });
  }
}

/** A Table added to a sheet: its name, style and banding are write-only, as the pane uses them. */
class TableApi {
  constructor(
    private readonly ctx: Context,
    private readonly t: Table,
  ) {}
  set name(v: string) {
    const t = this.t;
    this.ctx._op(String(v).length, () => {
      if (nameTaken(v) && tableAt(v) !== t) throw new Error("InvalidArgument: the name " + v + " already exists");
      book.tables.delete(t.name.toLowerCase());
      t.name = v;
      book.tables.set(String(v).toLowerCase(), t);
    });
  }
  set style(v: string) {
    this.ctx._op(String(v).length, () => {
      this.t.style = v;
    });
  }
  set showBandedRows(v: boolean) {
    this.ctx._op(5, () => {
      this.t.showBandedRows = !!v;
    });
  }
}

class PageLayout {
  constructor(private readonly page: (key: string, v: unknown) => void) {}
  setPrintArea(a: string): void {
    this.page("printArea", a);
  }
  setPrintTitleRows(a: string): void {
    this.page("titleRows", a);
  }
  set orientation(v: string) {
    this.page("orientation", v);
  }
  set zoom(v: { horizontalFitToPages: number; verticalFitToPages: number }) {
    this.page("zoom", v);
  }
}

class Protection {
  _loaded = false;
  constructor(
    private readonly ctx: Context,
    private readonly s: () => Sheet,
  ) {}
  load(): this {
    this.ctx.pending.push({
      _resolve: () => {
        this._loaded = true;
      },
    });
    return this;
  }
  get protected(): boolean {
    if (!this._loaded) throw new Error("PropertyNotLoaded: protected");
    return this.s().protectedSheet;
  }
}

/** A worksheet; `sheet` is null until an add() reaches the workbook at sync. */
class Worksheet {
  private readonly _name: string;
  readonly tables: { add(address: string, hasHeaders: boolean): TableApi };
  readonly freezePanes: { freezeRows(n: number): void };
  readonly pageLayout: PageLayout;
  readonly protection: Protection;
  readonly charts: Charts;
  constructor(
    private readonly ctx: Context,
    public sheet: Sheet | null,
    pendingName?: string,
  ) {
    this._name = sheet ? sheet.name : (pendingName as string);
    const s = (): Sheet => this._s();
    this.tables = {
      add: (address, hasHeaders) => {
        const p = parseRange(address);
        const t = { name: "", style: "TableStyleMedium2", showBandedRows: true, hasHeaders } as Table;
        ctx._op(String(address).length, () => {
          // "If the address does not contain a sheet name, the currently-active sheet is used."
          const sheet = p.sheet === null ? book.active : sheetNamed(p.sheet);
          if (!sheet) throw new Error("ItemNotFound: the sheet of " + address);
          book.tables.forEach((o) => {
            if (o.sheet === sheet && p.row <= o.row + o.rows - 1 && o.row <= p.row + p.rows - 1 && p.col <= o.col + o.cols - 1 && o.col <= p.col + p.cols - 1)
              throw new Error("InvalidOperation: a table cannot overlap another table");
          });
          let k = 1;
          while (nameTaken("Table" + k)) k++;
          t.name = "Table" + k;
          Object.assign(t, { sheet, row: p.row, col: p.col, rows: p.rows, cols: p.cols });
          book.tables.set(t.name.toLowerCase(), t);
        });
        return new TableApi(ctx, t);
      },
    };
    this.freezePanes = {
      freezeRows: (n) => {
        ctx._op(4, () => {
          s().frozenRows = n;
        });
      },
    };
    this.pageLayout = new PageLayout((key, v) => {
      ctx._op(JSON.stringify(v).length, () => {
        s().page[key] = v;
      });
    });
    this.protection = new Protection(ctx, s);
    this.charts = new Charts(ctx, this);
  }
  _s(): Sheet {
    if (!this.sheet) throw new Error("ItemNotFound: the worksheet was not added");
    return this.sheet;
  }
  get name(): string {
    return this._name;
  }
  getRange(address: string): Range {
    this.ctx._object();
    const p = parseRange(address);
    const r = new Range(this.ctx, this.sheet, p.row, p.col, p.rows, p.cols, this);
    r._columns = !!p.columns;
    return r;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    const proxy = new Range(this.ctx, null, 0, 0, 1, 1, this);
    proxy._resolve = () => {
      const sheet = this._s();
      proxy.sheet = sheet;
      usedBox(proxy, sheet, (_r, _c, x) => (valuesOnly ? hasContent(x) : hasContent(x) || hasFormat(x)), null);
    };
    proxy.isNullObject = true;
    this.ctx.pending.push(proxy);
    return proxy;
  }
  activate(): void {
    this.ctx._op(0, () => {
      book.active = this._s();
    });
  }
  delete(): void {
    this.ctx._op(0, () => {
      deleteSheet(this._s());
    });
  }
  load(): this {
    return this;
  }
}

/** A sheet goes with its Tables and charts (names that refer to it stay, as in Excel, where they become #REF!). */
function deleteSheet(sheet: Sheet): void {
  if (book.sheets.length === 1) throw new Error("InvalidOperation: a workbook must keep one sheet");
  book.sheets = book.sheets.filter((x) => x !== sheet);
  book.tables.forEach((t, k) => {
    if (t.sheet === sheet) book.tables.delete(k);
  });
  if (book.active === sheet) book.active = book.sheets[0];
  if (book.selection.sheet === sheet) book.selection = { sheet: book.sheets[0], row: 0, col: 0, rows: 1, cols: 1 };
}

/** Sets proxy to the bounding box of the cells passing `keep` (within `within`), or makes it a null object. */
function usedBox(proxy: Range, sheet: Sheet, keep: (r: number, c: number, x: Cell) => boolean, within: Range | null): void {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  sheet.cells.forEach((x, k) => {
    const rc = k.split(",").map(Number);
    if (within && (rc[0] < within.r || rc[0] >= within.r + within.nr || rc[1] < within.c || rc[1] >= within.c + within.nc)) return;
    if (!keep(rc[0], rc[1], x)) return;
    r0 = Math.min(r0, rc[0]);
    c0 = Math.min(c0, rc[1]);
    r1 = Math.max(r1, rc[0]);
    c1 = Math.max(c1, rc[1]);
  });
  if (r1 < 0) {
    proxy.isNullObject = true;
    return;
  }
  proxy.isNullObject = false;
  proxy.r = r0;
  proxy.c = c0;
  proxy.nr = r1 - r0 + 1;
  proxy.nc = c1 - c0 + 1;
}

/** A cell writer of a 2-D write; `guarded`: its cells are checked first (guard). */
type CellWriter = ((sheet: Sheet, r: number, c: number, v: Entry) => void) & { guarded?: boolean };

/** A writer of values or formulas: its cells are checked first (guard). */
function guarded(f: CellWriter): CellWriter {
  f.guarded = true;
  return f;
}
/** A cell Excel would not take a value or formula in. */
function guard(sheet: Sheet, r: number, c: number): void {
  if (sheet.protectedSheet) throw new Error("AccessDenied: the sheet " + sheet.name + " is protected");
  if (sheet.failing.has(a1(r, c))) throw new Error("InvalidOperation: You can't change part of an array.");
  const s = spillOf(sheet, r, c);
  if (s && !(s.row === r && s.col === c)) sheet.blocked.push(a1(r, c));
}

class Font {
  constructor(private readonly set: (patch: Partial<Cell>) => void) {}
  set bold(v: boolean) {
    this.set({ bold: !!v });
  }
  set italic(v: boolean) {
    this.set({ italic: !!v });
  }
  set size(v: number) {
    this.set({ size: v });
  }
  set color(v: string) {
    this.set({ color: v });
  }
}
class Fill {
  constructor(private readonly set: (patch: Partial<Cell>) => void) {}
  set color(v: string) {
    this.set({ fill: v });
  }
}
class RangeFormat {
  readonly font: Font;
  readonly fill: Fill;
  constructor(
    private readonly ctx: Context,
    private readonly range: Range,
    private readonly set: (patch: Partial<Cell>) => void,
  ) {
    this.font = new Font(set);
    this.fill = new Fill(set);
  }
  autofitColumns(): void {
    this.ctx._op(0, () => {
      log.push({ autofit: this.range._address() });
    });
  }
  autofitRows(): void {
    this.ctx._op(0, () => {
      this.range._sheet().autofitRows.push(this.range._address(true));
    });
  }
  set columnWidth(v: number) {
    this.ctx._op(10, () => {
      for (let j = 0; j < this.range.nc; j++) this.range._sheet().widths[this.range.c + j] = v;
    });
  }
  set wrapText(v: boolean) {
    this.set({ wrap: !!v });
  }
  set verticalAlignment(v: string) {
    this.set({ valign: v });
  }
}
/** Range.dataValidation: each property written joins the range's one validation. */
class DataValidation {
  constructor(private readonly dv: (key: string, v: unknown) => void) {}
  set rule(v: FakeValidation["rule"]) {
    this.dv("rule", v);
  }
  set prompt(v: FakeValidation["prompt"]) {
    this.dv("prompt", v);
  }
  set errorAlert(v: FakeValidation["errorAlert"]) {
    this.dv("errorAlert", v);
  }
  set ignoreBlanks(v: boolean) {
    this.dv("ignoreBlanks", v);
  }
}

class Range implements Pending {
  _loaded = false;
  _columns = false;
  _resolve?: () => void;
  /** Set on *OrNullObject results only (before a sync it says null, as their load() promises nothing). */
  isNullObject?: boolean;
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  constructor(
    readonly ctx: Context,
    public sheet: Sheet | null,
    public r: number,
    public c: number,
    public nr: number,
    public nc: number,
    private readonly _ws: Worksheet | null = null,
  ) {
    if (nr < 1 || nc < 1) throw new Error("InvalidArgument: range size " + nr + "x" + nc);
    const set = (patch: Partial<Cell>): void => {
      ctx._op(10, () => {
        this._each((r, c) => put(this._sheet(), r, c, patch));
      });
    };
    this.format = new RangeFormat(ctx, this, set);
    let validation: Record<string, unknown> | null = null;
    this.dataValidation = new DataValidation((key, v) => {
      ctx._op(JSON.stringify(v).length, () => {
        const sheet = this._sheet();
        if (!validation) {
          validation = { address: this._address(true) };
          sheet.validations.push(validation);
        }
        validation[key] = v;
      });
    });
  }
  _sheet(): Sheet {
    if (this.sheet) return this.sheet;
    if (this._ws) return (this.sheet = this._ws._s());
    throw new Error("ItemNotFound: the worksheet");
  }
  _each(f: (r: number, c: number, i: number, j: number) => void): void {
    if (this._columns) throw new Error("the stand-in does not iterate whole columns");
    for (let i = 0; i < this.nr; i++) for (let j = 0; j < this.nc; j++) f(this.r + i, this.c + j, i, j);
  }
  _grid<T>(f: (x: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    const sheet = this._sheet();
    for (let i = 0; i < this.nr; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.nc; j++) row.push(f(cell(sheet, this.r + i, this.c + j), this.r + i, this.c + j));
      out.push(row);
    }
    return out;
  }
  _need(prop: string): void {
    if (!this._loaded) throw new Error("PropertyNotLoaded: " + prop + " (call load() and sync() first)");
  }
  /** "Sheet1!B3:C4" (or without the sheet). */
  _address(local?: boolean): string {
    const a = a1(this.r, this.c) + (this.nr > 1 || this.nc > 1 ? ":" + a1(this.r + this.nr - 1, this.c + this.nc - 1) : "");
    return local ? a : quoteSheet(this._sheet().name) + "!" + a;
  }
  _write(grid: unknown, f: CellWriter): void {
    if (!Array.isArray(grid) || grid.length !== this.nr || grid.some((row) => !Array.isArray(row) || row.length !== this.nc)) {
      throw new Error("InvalidArgument: the array does not match the range size " + this.nr + "x" + this.nc);
    }
    const copy = (grid as Entry[][]).map((row) => row.slice());
    this.ctx._op(JSON.stringify(copy).length, () => {
      const sheet = this._sheet();
      // One action is all or nothing: every cell is checked before any is written.
      if (f.guarded)
        this._each((r, c, i, j) => {
          if (copy[i][j] !== null) guard(sheet, r, c);
        });
      this._each((r, c, i, j) => {
        if (copy[i][j] !== null) f(sheet, r, c, copy[i][j]);
      });
    });
  }
  get address(): string {
    this._need("address");
    return this._address();
  }
  get rowIndex(): number {
    this._need("rowIndex");
    return this.r;
  }
  get columnIndex(): number {
    this._need("columnIndex");
    return this.c;
  }
  get formulas(): Entry[][] {
    this._need("formulas");
    const sheet = this._sheet();
    return this._grid((x, r, c) => {
      // A spilled cell reports its anchor's formula (the worst case for a reader: only the anchor holds it).
      const s = spillOf(sheet, r, c);
      if (s) return (cell(sheet, s.row, s.col) as Cell).formula;
      return x ? x.formula : "";
    });
  }
  set formulas(g: Entry[][]) {
    this._write(
      g,
      guarded((sheet, r, c, v) => {
        const x = cell(sheet, r, c);
        if (typeof v === "string" && v.charAt(0) === "=" && !(x && x.numberFormat === "@"))
          put(sheet, r, c, { formula: v, value: null, entries: ((x && x.entries) || 0) + 1 });
        else put(sheet, r, c, entered(sheet, r, c, v));
      }),
    );
  }
  get values(): Entry[][] {
    this._need("values");
    return this._grid((x) => (x && x.value !== null ? x.value : ""));
  }
  set values(g: Entry[][]) {
    this._write(
      g,
      guarded((sheet, r, c, v) => {
        put(sheet, r, c, entered(sheet, r, c, v));
      }),
    );
  }
  get numberFormat(): string[][] {
    this._need("numberFormat");
    return this._grid((x) => (x ? x.numberFormat : "General"));
  }
  set numberFormat(g: string[][]) {
    this._write(g, (sheet, r, c, v) => put(sheet, r, c, { numberFormat: v as string }));
  }
  get rowCount(): number {
    this._need("rowCount");
    return this.nr;
  }
  get columnCount(): number {
    this._need("columnCount");
    return this.nc;
  }
  load(): this {
    this.ctx.pending.push(this);
    return this;
  }
  /** Contents and formats of every cell in the range are removed. */
  clear(): void {
    this.ctx._op(0, () => {
      const sheet = this._sheet();
      this._each((r, c) => {
        sheet.cells.delete(r + "," + c);
      });
      log.push({ cleared: this._address() });
    });
  }
  /** The smallest range holding every cell with a value (valuesOnly) or a format inside this one, or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    const proxy = new Range(this.ctx, this.sheet, this.r, this.c, 1, 1, this._ws);
    proxy._resolve = () => {
      usedBox(proxy, this._sheet(), (_r, _c, x) => (valuesOnly ? hasContent(x) : hasContent(x) || hasFormat(x)), this);
    };
    proxy.isNullObject = true;
    proxy.load = () => {
      this.ctx.pending.push(proxy);
      return proxy;
    };
    this.ctx.pending.push(proxy);
    return proxy;
  }
  getSpillParentOrNullObject(): Range {
    if (this.nr !== 1 || this.nc !== 1) throw new Error("InvalidArgument: getSpillParent takes one cell");
    const proxy = new Range(this.ctx, this.sheet, this.r, this.c, 1, 1, this._ws);
    proxy.isNullObject = true;
    proxy._resolve = () => {
      const s = spillOf(this._sheet(), this.r, this.c);
      proxy.isNullObject = !s;
      if (s) {
        proxy.r = s.row;
        proxy.c = s.col;
      }
    };
    proxy.load = () => proxy;
    this.ctx._object();
    this.ctx.pending.push(proxy);
    return proxy;
  }
  getCell(i: number, j: number): Range {
    this.ctx._object();
    return new Range(this.ctx, this.sheet, this.r + i, this.c + j, 1, 1, this._ws);
  }
  getResizedRange(dr: number, dc: number): Range {
    this.ctx._object();
    return new Range(this.ctx, this.sheet, this.r, this.c, this.nr + dr, this.nc + dc, this._ws);
  }
  getOffsetRange(dr: number, dc: number): Range {
    this.ctx._object();
    return new Range(this.ctx, this.sheet, this.r + dr, this.c + dc, this.nr, this.nc, this._ws);
  }
}

// ------------------------------------------------------------------ charts

/** A write-only property: its assignment is an action setting `key` on what `target` returns at sync. */
function prop(ctx: Context, obj: object, key: string, target: () => Record<string, unknown>): void {
  setter(obj, key, (v: unknown) => ctx._op(JSON.stringify(v).length, () => void (target()[key] = v)));
}

class Charts {
  constructor(
    private readonly ctx: Context,
    private readonly ws: Worksheet,
  ) {}
  getItemOrNullObject(name: string): NullProbe<FakeChart> {
    const ws = this.ws;
    return new NullProbe(
      this.ctx,
      () => ws._s().charts.filter((c) => c.name === name)[0] || null,
      () => {
        const sheet = ws._s();
        sheet.charts = sheet.charts.filter((c) => c.name !== name);
      },
    );
  }
  /** The chart as the pane drives it: Office's Chart shape, write-only properties set at sync (dynamic: `any`). */
  add(type: string, source: Range, seriesBy: string): any {
    const ctx = this.ctx;
    const ws = this.ws;
    const chart: FakeChart = {
      name: "",
      type,
      seriesBy,
      title: {},
      legend: {},
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      series: [],
      position: null,
      displayBlanksAs: null,
    };
    const addr = (r: Range): string => r._address();
    ctx._op(20, () => {
      chart.series.push({ values: addr(source), format: { line: {} } });
      ws._s().charts.push(chart);
    });
    const bag = (o: object): Record<string, unknown> => o as Record<string, unknown>;
    const seriesApi = (get: () => FakeChartSeries): any => {
      const api: any = { format: { line: {} } };
      prop(ctx, api, "name", () => bag(get()));
      prop(ctx, api, "chartType", () => bag(get()));
      prop(ctx, api.format.line, "lineStyle", () => bag(get().format.line));
      api.setValues = (r: Range) => ctx._op(20, () => void (get().values = addr(r)));
      api.setXAxisValues = (r: Range) => ctx._op(20, () => void (get().xValues = addr(r)));
      return api;
    };
    const self: any = { title: {}, legend: {}, axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } } };
    const c = (): Record<string, unknown> => bag(chart);
    prop(ctx, self, "name", c);
    prop(ctx, self, "displayBlanksAs", c);
    prop(ctx, self.title, "text", () => bag(chart.title));
    prop(ctx, self.legend, "position", () => bag(chart.legend));
    prop(ctx, self.axes.categoryAxis.title, "text", () => bag(chart.axes.categoryAxis.title));
    prop(ctx, self.axes.valueAxis.title, "text", () => bag(chart.axes.valueAxis.title));
    prop(ctx, self.axes.valueAxis, "numberFormat", () => bag(chart.axes.valueAxis));
    self.series = {
      getItemAt: (i: number) => seriesApi(() => chart.series[i]),
      add: (name: string) => {
        const s: FakeChartSeries = { name, values: "", format: { line: {} } };
        ctx._op(20, () => void chart.series.push(s));
        return seriesApi(() => s);
      },
    };
    self.setPosition = (start: string, end: string) => ctx._op(20, () => void (chart.position = { start, end }));
    return self;
  }
}

function atLeast(have: string, want: string): boolean {
  const a = String(have).split(".").map(Number),
    b = String(want).split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
  }
  return true;
}

// ------------------------------------------------------------ the test's handle

/** "B3" on Sheet1, or "'Series C'!B3". */
function at(address: string): Selection {
  const p = parseRange(address);
  const sheet = p.sheet === null ? book.sheets[0] : sheetNamed(p.sheet);
  if (!sheet) throw new Error("no sheet " + p.sheet);
  return { sheet, row: p.row, col: p.col, rows: p.rows, cols: p.cols };
}
function dumpSheet(sheet: Sheet): Record<string, { formula: unknown; numberFormat: string; bold: boolean }> {
  const out: Record<string, { formula: unknown; numberFormat: string; bold: boolean }> = {};
  sheet.cells.forEach((v, k) => {
    const rc = k.split(",").map(Number);
    if (hasContent(v)) out[a1(rc[0], rc[1])] = { formula: v.formula, numberFormat: v.numberFormat, bold: v.bold };
  });
  return out;
}

const fakeExcel: FakeExcel = {
  setOfficeTheme(theme) {
    officeTheme = { ...theme };
  },
  select(address) {
    book.selection = at(address);
  },
  /** Seeds a cell as the user would type it (a constant, or a formula starting with =). */
  set(address, v) {
    const p = at(address);
    const entry = v as Entry;
    put(p.sheet, p.row, p.col, { formula: entry, value: typeof entry === "string" && entry.charAt(0) === "=" ? null : entry });
  },
  cell(address) {
    const p = at(address);
    return (cell(p.sheet, p.row, p.col) as FakeCell | undefined) || null;
  },
  /** Every non-empty cell of the first sheet (or of the sheet named): { "B3": { formula, numberFormat, bold } }. */
  dump(sheetName) {
    return dumpSheet(sheetName === undefined ? book.sheets[0] : (sheetNamed(sheetName) as Sheet));
  },
  /** Everything about a sheet: its cells (every property), widths, frozen rows, page setup, validations, charts, spills written over. */
  sheet(name) {
    const s = sheetNamed(name);
    if (!s) return null;
    const cells: Record<string, FakeCell> = {};
    s.cells.forEach((v, k) => {
      const rc = k.split(",").map(Number);
      cells[a1(rc[0], rc[1])] = { ...v } as FakeCell;
    });
    return {
      name: s.name,
      cells,
      widths: { ...s.widths },
      frozenRows: s.frozenRows,
      page: { ...s.page } as FakePage,
      validations: s.validations.slice() as unknown as FakeValidation[],
      charts: JSON.parse(JSON.stringify(s.charts)) as FakeChart[],
      blocked: s.blocked.slice(),
      autofitRows: s.autofitRows.slice(),
    };
  },
  sheets() {
    return book.sheets.map((s) => s.name);
  },
  activeSheet() {
    return book.active.name;
  },
  addSheet(name) {
    book.sheets.push(newSheet(name));
    return name;
  },
  /** Workbook names: { name: { reference, comment } }. */
  names() {
    const out: Record<string, { reference: string; comment: string }> = {};
    book.names.forEach((n) => {
      out[n.name] = { reference: n.reference, comment: n.comment };
    });
    return out;
  },
  addName(name, reference) {
    book.names.set(name.toLowerCase(), { name, reference, comment: "" });
  },
  /** Tables: { name: { sheet, address, style, showBandedRows } }. */
  tables() {
    const out: Record<string, { sheet: string; address: string; style: string; showBandedRows: boolean }> = {};
    book.tables.forEach((t) => {
      out[t.name] = {
        sheet: t.sheet.name,
        address: a1(t.row, t.col) + ":" + a1(t.row + t.rows - 1, t.col + t.cols - 1),
        style: t.style,
        showBandedRows: t.showBandedRows,
      };
    });
    return out;
  },
  /** Marks a dynamic array: the anchor's formula spills over rows × cols (its other cells report the anchor's formula). */
  spill(anchor, rows, cols) {
    const p = at(anchor);
    p.sheet.spills.push({ row: p.row, col: p.col, rows, cols });
  },
  protect(sheetName) {
    (sheetNamed(sheetName) as Sheet).protectedSheet = true;
  },
  /** Writes to this cell are refused (as for part of a legacy array formula). */
  refuseWrites(address) {
    const p = at(address);
    p.sheet.failing.add(a1(p.row, p.col));
  },
  /** The highest requirement set version (e.g. "1.7" hides charts of 1.8 and spills of 1.12). */
  setApiVersion(v) {
    requirement.ExcelApi = v;
  },
  /** The sync after `n` more fails before doing anything (n = 0: the next one). */
  failSync(n) {
    failAfter = n;
  },
  /** A new workbook: one empty Sheet1, no names or Tables (the custom XML parts stay). */
  clear() {
    book = newBook();
    log.length = 0;
    requirement.ExcelApi = "1.17";
    failAfter = -1;
  },
  /** The custom XML parts "saved in the workbook". */
  parts() {
    return loadParts();
  },
  /** How long each sync takes (a slow connection to Excel on the web). */
  setSyncDelay(ms) {
    syncDelayMs = ms;
  },
  clearParts() {
    storeParts([]);
  },
  /** The largest request of any sync so far. */
  maxRequestBytes() {
    return log.reduce((m, e) => (e.bytes === undefined ? m : Math.max(m, e.bytes)), 0);
  },
  log,
};

/**
 * Installs `Excel`, `Office`, `CustomFunctions` (an `associate` that does
 * nothing, as the pane's own fallback outside Excel) and `__fakeExcel` on
 * `global` (the page's window, or Node's globalThis); the custom XML parts go
 * to `parts` (the page's sessionStorage). Returns the test's handle.
 */
export function installOfficeStandIn(global: object, parts: PartStorage): FakeExcel {
  storage = parts;
  const preset = (global as { __mpwrOfficeTheme?: FakeOfficeTheme }).__mpwrOfficeTheme;
  officeTheme = preset ? { ...preset } : OFFICE_THEMES.colorful;
  Object.assign(global, {
    Excel: {
      run<T>(batch: (ctx: Context) => T | Promise<T>): Promise<T> {
        const ctx = new Context();
        return Promise.resolve()
          .then(() => batch(ctx))
          .then((result) => ctx.sync().then(() => result));
      },
    },
    Office: {
      HostType: { Excel: "Excel", Word: "Word" },
      PlatformType: { PC: "PC" },
      context: {
        get officeTheme() {
          return officeTheme;
        },
        requirements: {
          isSetSupported: (name: string, version?: string) => requirement[name] !== undefined && atLeast(requirement[name], version || "1.1"),
        },
      },
      onReady(cb?: (info: { host: string; platform: string }) => void) {
        const info = { host: "Excel", platform: "PC" };
        return new Promise((resolve) => {
          setTimeout(() => {
            if (cb) cb(info);
            resolve(info);
          }, 0);
        });
      },
    },
    CustomFunctions: { associate() {} },
    __fakeExcel: fakeExcel,
  });
  return fakeExcel;
}
