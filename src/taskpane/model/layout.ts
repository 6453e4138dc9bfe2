import { parseIsoDate } from "../../calc/time/isoDate";
import { dayFromSerial, serialFromDay } from "../../calc/time/excelSerial";
import { CellInput, cellFromText } from "./cells";
import { OptionExchangeForm, ROSTER_COLUMNS, parseRoster } from "./optionExchange";
import { EVENT_COLUMNS, SeriesCForm, eventCells, paymentCells } from "./seriesC";

/**
 * Sheet blocks the pane writes (Insert model, Insert election table): a
 * rectangle of constants and `=MPWR.…` formulas anchored at the selected cell,
 * every formula referencing the input cells of the same block by absolute
 * address, so the model stays live when the user edits the inputs.
 */
export type SheetValue = string | number | boolean;

export interface SheetBlock {
  rows: number;
  cols: number;
  /** Range.formulas: "" for an empty cell. */
  formulas: SheetValue[][];
  /** Range.numberFormat: "General" unless stated. */
  numberFormat: string[][];
  /** Cells to show in bold (titles, headers), as [row, col] within the block. */
  bold: Array<[number, number]>;
}

export interface Anchor {
  /** 0-based row and column of the block's top-left cell on its sheet. */
  row: number;
  col: number;
}

export const NS = "MPWR";
export const DATE_FORMAT = "yyyy-mm-dd";
export const MONEY_FORMAT = "#,##0.00######";
export const SHARES_FORMAT = "#,##0.######";
export const TEXT_FORMAT = "@";

/** Column letters of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Absolute A1 reference of a 0-based cell: $B$3. */
export function absRef(row: number, col: number): string {
  return `$${columnName(col)}$${row + 1}`;
}

/** The top-left cell of an Excel address such as `Sheet1!C5`, `'My Sheet'!C5:D9` or `C5`. */
export function parseAnchor(address: string): Anchor {
  const ref = address.slice(address.lastIndexOf("!") + 1).split(":")[0].replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)$/i.exec(ref);
  if (!m) throw new Error(`not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Which custom functions the build registers (dist/functions.json); undefined = all of them. */
export type Available = ReadonlySet<string> | undefined;
const has = (available: Available, id: string): boolean => available === undefined || available.has(id);

type InputKind = "date" | "number" | "money" | "text";

class Builder {
  private cells = new Map<string, { v: SheetValue; fmt?: string }>();
  readonly bold: Array<[number, number]> = [];
  rows = 0;
  cols = 0;
  constructor(readonly anchor: Anchor) {}

  set(r: number, c: number, v: SheetValue, fmt?: string): void {
    this.cells.set(`${r},${c}`, { v, fmt });
    this.rows = Math.max(this.rows, r + 1);
    this.cols = Math.max(this.cols, c + 1);
  }
  title(r: number, c: number, text: string): void {
    this.set(r, c, text, TEXT_FORMAT);
    this.bold.push([r, c]);
  }
  /** Reserve room (a spill area) without writing anything. */
  reserve(r: number, c: number): void {
    this.rows = Math.max(this.rows, r + 1);
    this.cols = Math.max(this.cols, c + 1);
  }
  format(r: number, c: number, fmt: string): void {
    const cell = this.cells.get(`${r},${c}`);
    if (cell) cell.fmt = fmt;
    else this.cells.set(`${r},${c}`, { v: "", fmt });
    this.reserve(r, c);
  }
  /** Absolute address of a cell of the block. */
  ref(r: number, c: number): string {
    return absRef(this.anchor.row + r, this.anchor.col + c);
  }
  range(r0: number, c0: number, r1: number, c1: number): string {
    return `${this.ref(r0, c0)}:${this.ref(r1, c1)}`;
  }
  /** An input row of the block: its label in column A, the value in B; returns the value's address. */
  labelledInput(r: number, label: string, value: CellInput, kind: InputKind): string {
    this.set(r, 0, label, TEXT_FORMAT);
    this.input(r, 1, value, kind);
    return this.ref(r, 1);
  }
  /** A user's input: numbers stay numbers, ISO dates become serials (date format), other text stays text. */
  input(r: number, c: number, value: CellInput, kind: InputKind): void {
    if (value === null) {
      this.set(r, c, "", kind === "date" ? DATE_FORMAT : undefined);
      return;
    }
    if (kind === "date") {
      const day = typeof value === "string" ? parseIsoDate(value) : typeof value === "number" ? dayFromSerial(value) : undefined;
      if (typeof day === "number") return this.set(r, c, serialFromDay(day), DATE_FORMAT);
    }
    if (typeof value === "number") return this.set(r, c, value, kind === "money" ? MONEY_FORMAT : kind === "number" ? SHARES_FORMAT : undefined);
    // Text is written as text (format @): typed text such as "=…" never becomes a formula.
    if (typeof value === "boolean") this.set(r, c, value);
    else this.set(r, c, value, TEXT_FORMAT);
  }
  build(): SheetBlock {
    const formulas: SheetValue[][] = [];
    const numberFormat: string[][] = [];
    for (let r = 0; r < this.rows; r++) {
      formulas.push([]);
      numberFormat.push([]);
      for (let c = 0; c < this.cols; c++) {
        const cell = this.cells.get(`${r},${c}`);
        formulas[r].push(cell?.v ?? "");
        numberFormat[r].push(cell?.fmt ?? "General");
      }
    }
    return { rows: this.rows, cols: this.cols, formulas, numberFormat, bold: this.bold };
  }
}

const call = (fn: string, args: string[]): string => {
  while (args.length && args[args.length - 1] === "") args.pop(); // trailing omitted arguments
  return `=${NS}.${fn}(${args.join(",")})`;
};

/** Extra empty rows left in the events and payments blocks so the user can add rows the formulas already cover. */
export const SPARE_ROWS = 3;

/**
 * Series C model: inputs (label | value), results as formulas, the conversion
 * breakdown and key dates as spills, then the events and payments blocks the
 * formulas reference. Results whose function the build lacks are left out.
 */
export function seriesCModel(form: SeriesCForm, anchor: Anchor, available?: Available): SheetBlock {
  const b = new Builder(anchor);
  let r = 0;
  b.title(r++, 0, "MPWR Series C model");
  b.title(r++, 0, "Inputs");
  const inputRow = (label: string, value: CellInput, kind: InputKind): string => b.labelledInput(r++, label, value, kind);
  const asOf = inputRow("As-of / event date", cellFromText(form.asOf), "date");
  const shares = inputRow("Holder's Series C shares", cellFromText(form.shares), "number");
  const fmv = inputRow("Common stock FMV per share", cellFromText(form.fmv), "money");
  const kind = inputRow("Conversion kind", cellFromText(form.kind), "text");
  const trigger = inputRow("Redemption trigger", cellFromText(form.trigger), "text");
  const notice = inputRow("Redemption notice date (optional)", cellFromText(form.noticeDate), "date");
  r++;

  // Where the events and payments blocks go is known only after the results; compute their sizes first.
  const eventRows = form.events.length + SPARE_ROWS;
  const paymentRows = form.payments.length + SPARE_ROWS;
  type Result = { label: string; fn: string; args: (ev: string, pay: string) => string[]; fmt: string };
  const all: Result[] = [
    { label: "Accrued dividends (per share)", fn: "SERIESC_ACCRUED", args: (_e, pay) => [asOf, pay], fmt: MONEY_FORMAT },
    { label: "Remaining Minimum Dividend (per share)", fn: "SERIESC_MINDIV", args: (_e, pay) => [asOf, pay], fmt: MONEY_FORMAT },
    { label: "Conversion price", fn: "SERIESC_CONVPRICE", args: (ev) => [asOf, ev], fmt: MONEY_FORMAT },
    { label: "Conversion rate", fn: "SERIESC_CONVRATE", args: (ev) => [asOf, ev], fmt: SHARES_FORMAT },
    { label: "Liquidation amount (per share)", fn: "SERIESC_LIQPREF", args: (ev, pay) => [asOf, fmv, ev, pay], fmt: MONEY_FORMAT },
    {
      label: "Redemption price (per share)",
      fn: "SERIESC_REDEMPTION",
      // An empty notice cell reaches a function as 0 in desktop Excel (a missing date): pass "" (omitted) instead.
      args: (ev, pay) => [asOf, fmv, trigger, `IF(${notice}="","",${notice})`, ev, pay],
      fmt: MONEY_FORMAT,
    },
    { label: "Redemption multiple (§6(b))", fn: "SERIESC_REDEMPTION_MULTIPLE", args: () => [asOf], fmt: SHARES_FORMAT },
  ];
  const results = all.filter((x) => has(available, x.fn));
  const withBreakdown = has(available, "SERIESC_CONVSHARES");
  const withKeyDates = has(available, "SERIESC_KEYDATES");

  const resultsStart = r + 1;
  let after = resultsStart + results.length + 1;
  const breakdownRow = after + 1;
  if (withBreakdown) after = breakdownRow + 2 + 1;
  const keyDatesRow = after + 1;
  if (withKeyDates) after = keyDatesRow + 6 + 1;
  const eventsHeader = after + 1;
  const paymentsHeader = eventsHeader + 1 + eventRows + 1 + 1;
  const ev = b.range(eventsHeader + 1, 0, eventsHeader + eventRows, 5);
  const pay = b.range(paymentsHeader + 1, 0, paymentsHeader + paymentRows, 1);

  b.title(r, 0, "Results");
  r = resultsStart;
  for (const x of results) {
    b.set(r, 0, x.label, TEXT_FORMAT);
    b.set(r++, 1, call(x.fn, x.args(ev, pay)), x.fmt);
  }
  if (withBreakdown) {
    b.title(breakdownRow - 1, 0, "Conversion breakdown (holder's shares)");
    b.set(breakdownRow, 0, call("SERIESC_CONVSHARES", [shares, asOf, fmv, kind, ev, pay]));
    for (let c = 0; c < 5; c++) b.format(breakdownRow + 1, c, c === 3 || c === 4 ? MONEY_FORMAT : SHARES_FORMAT);
  }
  if (withKeyDates) {
    b.title(keyDatesRow - 1, 0, "Key dates");
    b.set(keyDatesRow, 0, call("SERIESC_KEYDATES", []));
    for (let k = 0; k < 6; k++) b.format(keyDatesRow + k, 1, DATE_FORMAT);
  }

  b.title(eventsHeader - 1, 0, "Events");
  ["date", "type", ...EVENT_COLUMNS].forEach((h, c) => b.title(eventsHeader, c, h));
  eventCells(form.events).forEach((cells, i) => {
    b.input(eventsHeader + 1 + i, 0, cells[0], "date");
    b.input(eventsHeader + 1 + i, 1, cells[1], "text");
    for (let c = 2; c < 6; c++) b.input(eventsHeader + 1 + i, c, cells[c], "number");
  });
  for (let i = form.events.length; i < eventRows; i++) b.format(eventsHeader + 1 + i, 0, DATE_FORMAT);
  b.title(paymentsHeader - 1, 0, "Dividends paid");
  ["date", "amount per share"].forEach((h, c) => b.title(paymentsHeader, c, h));
  paymentCells(form.payments).forEach((cells, i) => {
    b.input(paymentsHeader + 1 + i, 0, cells[0], "date");
    b.input(paymentsHeader + 1 + i, 1, cells[1], "money");
  });
  for (let i = form.payments.length; i < paymentRows; i++) b.format(paymentsHeader + 1 + i, 0, DATE_FORMAT);
  b.reserve(paymentsHeader + paymentRows, 5);
  return b.build();
}

/**
 * Option exchange model: inputs, the roster with new options and break-even
 * per grant as formulas, the total, then per grant the vesting schedule and
 * the ISO/NSO split as spills.
 */
export function optionExchangeModel(form: OptionExchangeForm, anchor: Anchor, available?: Available): SheetBlock {
  const b = new Builder(anchor);
  const roster = parseRoster(form.roster).rows;
  let r = 0;
  b.title(r++, 0, "MPWR option exchange model");
  b.title(r++, 0, "Inputs");
  const inputRow = (label: string, value: CellInput, kind: InputKind): string => b.labelledInput(r++, label, value, kind);
  const newStrike = inputRow("New options' exercise price", cellFromText(form.newStrike), "money");
  const expiration = inputRow("Expiration date (new grant date)", cellFromText(form.expiration), "date");
  const ratio = inputRow("Exchange ratio", cellFromText(form.ratio), "number");
  // The Black–Scholes inputs, when the user gave them all (the pane's "Exchange value" group).
  const withValue = has(available, "OPTEX_EXCHANGE_VALUE") && [form.spot, form.rate, form.vol, form.oldYears].every((x) => x.trim() !== "");
  const valuation = withValue
    ? {
        spot: inputRow("Stock price", cellFromText(form.spot), "money"),
        rate: inputRow("Risk-free rate", cellFromText(form.rate), "number"),
        vol: inputRow("Volatility", cellFromText(form.vol), "number"),
        oldYears: inputRow("Old options' remaining term (years)", cellFromText(form.oldYears), "number"),
      }
    : undefined;
  r++;
  b.title(r++, 0, "Grants");
  const withBreakeven = has(available, "OPTEX_BREAKEVEN");
  const header = [...ROSTER_COLUMNS, "New options", ...(withBreakeven ? ["Break-even price"] : [])];
  header.forEach((h, c) => b.title(r, c, h));
  r++;
  const first = r;
  const newOptionsRefs: string[] = [];
  const grantRows: number[] = [];
  for (const g of roster) {
    b.input(r, 0, g.id, "text");
    b.input(r, 1, g.grantDate, "date");
    b.input(r, 2, g.outstanding, "number");
    b.input(r, 3, g.exercisePrice, "money");
    b.set(r, 4, call("OPTEX_NEWSHARES", [b.ref(r, 2), ratio]), SHARES_FORMAT);
    newOptionsRefs.push(b.ref(r, 4));
    grantRows.push(r);
    if (withBreakeven) b.set(r, 5, call("OPTEX_BREAKEVEN", [b.ref(r, 3), newStrike, ratio]), MONEY_FORMAT);
    r++;
  }
  if (roster.length && has(available, "OPTEX_TOTAL")) {
    b.set(r, 0, "Total new options", TEXT_FORMAT);
    b.bold.push([r, 0]);
    b.set(r, 4, call("OPTEX_TOTAL", [b.range(first, 2, r - 1, 2), ratio]), SHARES_FORMAT);
    r++;
  }
  const withSchedule = has(available, "OPTEX_SCHEDULE");
  const withIso = has(available, "OPTEX_ISO");
  roster.forEach((g, i) => {
    if (!withSchedule && !withIso && !valuation) return;
    r++;
    b.title(r++, 0, `Grant ${g.id || g.row}`);
    if (withSchedule) {
      b.set(r, 0, call("OPTEX_SCHEDULE", [newOptionsRefs[i], expiration]));
      for (let k = 1; k <= 3; k++) {
        b.format(r + k, 0, DATE_FORMAT);
        b.format(r + k, 1, SHARES_FORMAT);
        b.format(r + k, 2, SHARES_FORMAT);
      }
      r += 4;
    }
    if (withIso) {
      b.set(r, 0, call("OPTEX_ISO", [newOptionsRefs[i], newStrike, expiration]));
      for (let k = 1; k <= 3; k++) {
        b.format(r + k, 2, MONEY_FORMAT);
        b.format(r + k, 3, SHARES_FORMAT);
        b.format(r + k, 4, SHARES_FORMAT);
      }
      r += 4;
    }
    if (valuation) {
      const v = valuation;
      const gr = grantRows[i];
      b.set(r, 0, call("OPTEX_EXCHANGE_VALUE", [b.ref(gr, 2), b.ref(gr, 3), v.oldYears, newStrike, v.spot, v.rate, v.vol, "", ratio]));
      for (let k = 1; k <= 3; k++) b.format(r + k, 1, MONEY_FORMAT);
      r += 5;
    }
  });
  b.reserve(r - 1, header.length - 1);
  return b.build();
}

/** The Election Form's Table 1: one row per grant, new options as OPTEX_NEWSHARES formulas. */
export const ELECTION_HEADER = ["Grant", "Grant date", "Options outstanding", "Exercise price", "Exchange ratio", "New options"];

export function electionTable(form: OptionExchangeForm, anchor: Anchor): SheetBlock {
  const b = new Builder(anchor);
  const ratio = cellFromText(form.ratio);
  b.title(0, 0, "Election Form, Table 1: eligible option grants");
  ELECTION_HEADER.forEach((h, c) => b.title(1, c, h));
  parseRoster(form.roster).rows.forEach((g, i) => {
    const r = 2 + i;
    b.input(r, 0, g.id, "text");
    b.input(r, 1, g.grantDate, "date");
    b.input(r, 2, g.outstanding, "number");
    b.input(r, 3, g.exercisePrice, "money");
    b.input(r, 4, ratio, "number");
    b.set(r, 5, call("OPTEX_NEWSHARES", [b.ref(r, 2), b.ref(r, 4)]), SHARES_FORMAT);
  });
  return b.build();
}
