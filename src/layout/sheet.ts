import { Area } from "./address";
import { Formula, functionName } from "./formula";
import { BlockSpec, CellSpec, CellValue, ModelSheet, NameSpec, Role, SpillSpec, TableColumnSpec, TableSpec, ValidationSpec } from "./types";

/**
 * Builds a ModelSheet: the sheet title and one-line explanation in rows 1–2
 * (frozen, repeated on printed pages), then bands of columns, each a vertical
 * stack of blocks (title, one-line note, content). A band's last block may
 * grow downwards (Tables, spills whose length depends on the data): nothing is
 * placed below it.
 */

/** Characters a Table header needs beyond its text for the filter button. */
export const FILTER_BUTTON = 3;
const PADDING = 2;
export const GAP_WIDTH = 2;
/** The text width of a value as Excel shows it at most (dates and numbers are short). */
const textWidth = (v: CellValue): number => (typeof v === "string" ? v.length : typeof v === "boolean" ? 5 : 12);

export class SheetBuilder {
  private readonly cellMap = new Map<string, CellSpec>();
  private readonly widths: number[] = [];
  readonly tables: TableSpec[] = [];
  readonly names: NameSpec[] = [];
  readonly validations: ValidationSpec[] = [];
  readonly spills: SpillSpec[] = [];
  readonly blocks: BlockSpec[] = [];

  constructor(
    readonly name: string,
    title: string,
    subtitle: string,
  ) {
    this.put({ row: 0, col: 0, role: "title", value: title });
    this.put({ row: 1, col: 0, role: "subtitle", value: subtitle });
  }

  private nextColumn = 0;
  private readonly bands: Band[] = [];

  /**
   * The next band of columns, right of the previous one after a narrow empty
   * column, with these minimum widths (characters); its blocks start at row 4.
   */
  band(widths: number[], top = 3): Band {
    const left = this.nextColumn;
    widths.forEach((w, i) => this.widen(left + i, w));
    this.widen(left + widths.length, GAP_WIDTH);
    this.nextColumn = left + widths.length + 1;
    const band = new Band(this, left, widths.length, top);
    this.bands.push(band);
    return band;
  }

  widen(col: number, width: number): void {
    this.widths[col] = Math.max(this.widths[col] ?? 0, width);
  }

  put(cell: CellSpec): void {
    const key = `${cell.row},${cell.col}`;
    if (this.cellMap.has(key)) throw new Error(`layout ${this.name}: cell ${key} written twice`);
    this.cellMap.set(key, cell);
    // Text that may run over empty neighbours (titles, notes) does not size its column.
    if (cell.value !== undefined && cell.role !== "title" && cell.role !== "subtitle" && cell.role !== "blockTitle" && cell.role !== "note") {
      this.widen(cell.col, textWidth(cell.value) + PADDING + (cell.role === "header" && this.inTableHeader(cell) ? FILTER_BUTTON : 0));
    }
  }

  private inTableHeader(cell: CellSpec): boolean {
    return this.tables.some((t) => t.top === cell.row && cell.col >= t.left && cell.col < t.left + t.columns.length);
  }

  /**
   * The sheet, printing every band one after the other, left to right (docs/workbook.md "Printing"):
   * each band's columns from the title down to its lowest block, so the inputs — the named cells and
   * the Tables of events, payments, prices, capital, roster — print with the results. The rows repeated
   * on every printed page run from the title down to the header row of the Tables that open their
   * bands (all at one row: a sheet has one set of print title rows), so a Table's header prints on
   * every page of its rows.
   */
  build(): ModelSheet {
    const areas = this.bands.flatMap((band) => {
      const bottoms = this.blocks.filter((b) => b.area.left === band.left).map((b) => b.area.bottom);
      return bottoms.length ? [{ top: 0, left: band.left, bottom: Math.max(...bottoms), right: band.left + band.cols - 1 }] : [];
    });
    const titleRows = this.printTitleRows();
    const columnWidths = Array.from({ length: this.widths.length }, (_, i) => this.widths[i] ?? GAP_WIDTH);
    const cells = [...this.cellMap.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return {
      name: this.name,
      columnWidths,
      frozenRows: 2,
      print: { areas, titleRows, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 },
      cells,
      tables: this.tables,
      names: this.names,
      validations: this.validations,
      spills: this.spills,
      blocks: this.blocks,
    };
  }

  /** The title rows and, when Tables open bands, down to their header row (the same row in every band, else an error of the layout). */
  private printTitleRows(): [number, number] {
    const opening = this.tables.filter((t) => this.bands.some((band) => t.left === band.left && t.top === band.top + 2));
    const rows = new Set(opening.map((t) => t.top));
    if (rows.size > 1) throw new Error(`layout ${this.name}: the Tables opening their bands have their headers on different rows (${[...rows].join(", ")})`);
    const [header] = rows;
    return [0, header ?? 1];
  }
}

export interface InputOptions {
  format?: string;
  /** A drop-down list of the allowed words. */
  list?: readonly string[];
  prompt?: string;
}

export interface SpillOptions {
  /** Column of the band the spill starts in (0 = the band's first). */
  col?: number;
  header: boolean;
  columnFormats: (string | undefined)[];
  cellFormats?: SpillSpec["cellFormats"];
  rows: number;
  cols: number;
  wrapColumns?: number[];
}

export class Band {
  /** Next free row. */
  row: number;
  constructor(
    readonly sheet: SheetBuilder,
    readonly left: number,
    readonly cols: number,
    /** The band's first row: its first block's title (the block's header follows two rows below). */
    readonly top: number,
  ) {
    this.row = top;
  }

  /** Starts a block: its title and its one-line explanation. */
  block(id: string, title: string, note: string): Block {
    const b = new Block(this, id, title, note, this.row);
    this.sheet.put({ row: this.row, col: this.left, role: "blockTitle", value: title });
    this.sheet.put({ row: this.row + 1, col: this.left, role: "note", value: note });
    this.row += 2;
    return b;
  }
}

export class Block {
  private right: number;
  private bottom: number;
  constructor(
    readonly band: Band,
    readonly id: string,
    readonly title: string,
    readonly note: string,
    readonly top: number,
  ) {
    this.right = band.left;
    this.bottom = top + 1;
  }

  private get sheet(): SheetBuilder {
    return this.band.sheet;
  }

  private cover(row: number, col: number): void {
    this.bottom = Math.max(this.bottom, row);
    this.right = Math.max(this.right, col);
  }

  private put(cell: CellSpec): void {
    this.sheet.put(cell);
    this.cover(cell.row, cell.col);
  }

  /** A header row across the band's first columns. */
  header(labels: string[]): void {
    labels.forEach((value, i) => this.put({ row: this.band.row, col: this.band.left + i, role: "header", value }));
    this.band.row++;
  }

  /** label | defined name | value: a named input. Returns the name. */
  input(name: string, label: string, value: CellValue | null, opts: InputOptions = {}): string {
    const row = this.band.row++;
    const col = this.band.left + 2;
    this.put({ row, col: this.band.left, role: "label", value: label });
    this.put({ row, col: this.band.left + 1, role: "name", value: name });
    this.put({ row, col, role: "input", ...(value === null ? {} : { value }), format: opts.format });
    this.sheet.names.push({ name, cell: { row, col }, label });
    if (opts.list)
      this.sheet.validations.push({
        area: { top: row, left: col, bottom: row, right: col },
        list: opts.list,
        prompt: opts.prompt ?? `One of ${opts.list.join(", ")}.`,
      });
    return name;
  }

  /** label | function | =formula: a single-value result; optionally named so other formulas use it. */
  result(label: string, formula: Formula, format: string | undefined, name?: string): void {
    const row = this.band.row++;
    const col = this.band.left + 2;
    this.put({ row, col: this.band.left, role: "label", value: label });
    this.put({ row, col: this.band.left + 1, role: "name", value: name ?? functionName(formula, "ui") });
    this.put({ row, col, role: "output", formula, format });
    if (name) this.sheet.names.push({ name, cell: { row, col }, label });
  }

  /** label | name | spilling formula of one cell (a function whose result is a range, given one value). */
  resultSpill(id: string, label: string, formula: Formula, format: string | undefined, name: string): void {
    const row = this.band.row++;
    const col = this.band.left + 2;
    this.put({ row, col: this.band.left, role: "label", value: label });
    this.put({ row, col: this.band.left + 1, role: "name", value: name });
    this.sheet.spills.push({ id, block: this.id, anchor: { row, col }, formula, header: false, columnFormats: [format], reserve: { rows: 1, cols: 1 } });
    this.cover(row, col);
    this.sheet.names.push({ name, cell: { row, col }, label });
  }

  /** An Excel Table at the band's row, `col` columns from the band's left. Returns its data area. */
  table(name: string, columns: TableColumnSpec[], rows: (CellValue | null)[][], opts: { col?: number; cellFormats?: (string | undefined)[][] } = {}): Area {
    if (rows.length === 0) rows = [columns.map(() => null)]; // a Table has at least one data row
    const top = this.band.row;
    const left = this.band.left + (opts.col ?? 0);
    this.sheet.tables.push({ name, top, left, columns, rows, cellFormats: opts.cellFormats, block: this.id });
    columns.forEach((c, j) => this.put({ row: top, col: left + j, role: "header", value: c.header }));
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        const cell: CellSpec = { row: top + 1 + i, col: left + j, role: columns[j].formula ? "output" : "input" };
        if (columns[j].formula) cell.formula = columns[j].formula;
        else if (v !== null) cell.value = v;
        cell.format = opts.cellFormats?.[i]?.[j] ?? columns[j].format;
        this.put(cell);
      }),
    );
    this.band.row = top + 1 + rows.length;
    return { top: top + 1, left, bottom: top + rows.length, right: left + columns.length - 1 };
  }

  /** A defined name for a cell the block already wrote (e.g. a term's value). */
  nameCell(name: string, cell: { row: number; col: number }, label: string): string {
    this.sheet.names.push({ name, cell, label });
    return name;
  }

  /** A drop-down list on an area (a Table column's data cells, a terms value). */
  validate(area: Area, list: readonly string[], prompt: string): void {
    this.sheet.validations.push({ area, list, prompt });
  }

  /** A cell beside the block's content (e.g. the header over a spill next to a Table). */
  cell(row: number, col: number, role: Role, value: CellValue): void {
    this.put({ row, col, role, value });
  }

  /** A spilling formula at the band's row; the layout keeps rows × cols free for it. */
  spill(id: string, formula: Formula, opts: SpillOptions, row = this.band.row): SpillSpec {
    const anchor = { row, col: this.band.left + (opts.col ?? 0) };
    const spill: SpillSpec = {
      id,
      block: this.id,
      anchor,
      formula,
      header: opts.header,
      columnFormats: opts.columnFormats,
      reserve: { rows: opts.rows, cols: opts.cols },
    };
    if (opts.wrapColumns) spill.wrapColumns = opts.wrapColumns;
    if (opts.cellFormats) spill.cellFormats = opts.cellFormats;
    this.sheet.spills.push(spill);
    this.cover(anchor.row + opts.rows - 1, anchor.col + opts.cols - 1);
    if (row === this.band.row) this.band.row += opts.rows;
    return spill;
  }

  /** Ends the block: one empty row before the next. */
  end(): BlockSpec {
    const spec: BlockSpec = {
      id: this.id,
      title: this.title,
      note: this.note,
      area: { top: this.top, left: this.band.left, bottom: this.bottom, right: this.right },
    };
    this.sheet.blocks.push(spec);
    this.band.row = Math.max(this.band.row, this.bottom + 1) + 1;
    return spec;
  }
}
