import { serialFromDay } from "../../calc/time/excelSerial";
import { RosterGrant } from "../../input/roster";
import { OptexInputs } from "./optionExchange";
import { EventType } from "../../calc/seriesC/events";
import { EVENT_FIELDS, ParsedSeriesC, eventCells, paymentCells } from "./seriesC";

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
/** Money: $ and cents (totals, grant values, cash). */
export const MONEY_FORMAT = "$#,##0.00";
/** Per-share amounts and prices: $ and cents, up to 6 decimals where they need them. */
export const PER_SHARE_FORMAT = "$#,##0.00####";
/** Whole shares and options. */
export const SHARES_FORMAT = "#,##0";
/** Shares that can be fractional (a conversion, a table entry with decimals). */
export const FRACTIONAL_SHARES_FORMAT = "#,##0.00####";
/** Ratios and multiples (0.75, 1.5, 3.0). */
export const RATIO_FORMAT = "0.00####";
/** Rates and volatility (0.05 shows as 5.00%). */
export const RATE_FORMAT = "0.00%";
export const YEARS_FORMAT = "0.00##";
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

/** A value written to a cell: numbers (dates as serials), text (written as text), or nothing. */
type CellValue = number | string | null;

class Builder {
  private grid: Array<Array<{ v: SheetValue; fmt?: string } | undefined>> = [];
  readonly bold: Array<[number, number]> = [];
  rows = 0;
  cols = 0;
  constructor(readonly anchor: Anchor) {}

  private slot(r: number, c: number) {
    while (this.grid.length <= r) this.grid.push([]);
    this.rows = Math.max(this.rows, r + 1);
    this.cols = Math.max(this.cols, c + 1);
    return this.grid[r];
  }
  set(r: number, c: number, v: SheetValue, fmt?: string): void {
    this.slot(r, c)[c] = { v, fmt };
  }
  title(r: number, c: number, text: string): void {
    this.set(r, c, text, TEXT_FORMAT);
    this.bold.push([r, c]);
  }
  /** Reserve room (a spill area) without writing anything. */
  reserve(r: number, c: number): void {
    this.slot(r, c);
  }
  format(r: number, c: number, fmt: string): void {
    const row = this.slot(r, c);
    if (row[c]) (row[c] as { fmt?: string }).fmt = fmt;
    else row[c] = { v: "", fmt };
  }
  /** Absolute address of a cell of the block. */
  ref(r: number, c: number): string {
    return absRef(this.anchor.row + r, this.anchor.col + c);
  }
  range(r0: number, c0: number, r1: number, c1: number): string {
    return `${this.ref(r0, c0)}:${this.ref(r1, c1)}`;
  }
  /** An input row of the block: its label in the first column, the value in the second; returns the value's address. */
  labelledInput(r: number, label: string, value: CellValue, fmt: string): string {
    this.set(r, 0, label, TEXT_FORMAT);
    this.input(r, 1, value, fmt);
    return this.ref(r, 1);
  }
  /** A user's input, already read: numbers with their format; text as text (format @), so typed text such as "=…" never becomes a formula. */
  input(r: number, c: number, value: CellValue, fmt: string): void {
    if (value === null || value === "") this.format(r, c, fmt === TEXT_FORMAT ? "General" : fmt);
    else if (typeof value === "number") this.set(r, c, value, fmt);
    else this.set(r, c, value, TEXT_FORMAT);
  }
  build(): SheetBlock {
    const formulas: SheetValue[][] = [];
    const numberFormat: string[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row = this.grid[r] ?? [];
      const f: SheetValue[] = new Array(this.cols);
      const n: string[] = new Array(this.cols);
      for (let c = 0; c < this.cols; c++) {
        const cell = row[c];
        f[c] = cell?.v ?? "";
        n[c] = cell?.fmt ?? "General";
      }
      formulas.push(f);
      numberFormat.push(n);
    }
    return { rows: this.rows, cols: this.cols, formulas, numberFormat, bold: this.bold };
  }
}

const call = (fn: string, args: string[]): string => {
  while (args.length && args[args.length - 1] === "") args.pop(); // trailing omitted arguments
  return `=${NS}.${fn}(${args.join(",")})`;
};

/** A share count's format: whole numbers without decimals, others with them (never a trailing point). */
const sharesFormat = (v: CellValue): string => (typeof v === "number" && !Number.isInteger(v) ? FRACTIONAL_SHARES_FORMAT : SHARES_FORMAT);

/** Extra empty rows left in the events and payments blocks so the user can add rows the formulas already cover. */
export const SPARE_ROWS = 3;

const EVENT_FORMAT: Record<string, (v: CellValue) => string> = {
  number: () => RATIO_FORMAT,
  shares: sharesFormat,
  money: () => PER_SHARE_FORMAT,
  event: () => "0",
};

/**
 * Series C model from a form with no problems: inputs (label | value),
 * results as formulas, the conversion breakdown and key dates as spills, then
 * the events and payments blocks the formulas reference. Results whose
 * function the build lacks are left out.
 */
export function seriesCModel(p: ParsedSeriesC, anchor: Anchor, available?: Available): SheetBlock {
  const b = new Builder(anchor);
  let r = 0;
  b.title(r++, 0, "MPWR Series C model");
  b.title(r++, 0, "Inputs");
  const inputRow = (label: string, value: CellValue, fmt: string): string => b.labelledInput(r++, label, value, fmt);
  const asOf = inputRow("As-of / event date", p.asOf === undefined ? null : serialFromDay(p.asOf), DATE_FORMAT);
  const sharesValue = p.shares === undefined ? null : p.shares.toNumber();
  const shares = inputRow("Holder's Series C shares", sharesValue, sharesFormat(sharesValue));
  const fmv = inputRow("Common stock FMV per share", p.fmv === undefined ? null : p.fmv.toNumber(), PER_SHARE_FORMAT);
  const kind = inputRow("Conversion kind", p.kind, TEXT_FORMAT);
  const trigger = inputRow("Redemption trigger", p.trigger, TEXT_FORMAT);
  const notice = inputRow("Redemption notice date (optional)", p.noticeDay === undefined ? null : serialFromDay(p.noticeDay), DATE_FORMAT);
  r++;

  const events = eventCells(p);
  const payments = paymentCells(p);
  // Where the events and payments blocks go is known only after the results; compute their sizes first.
  const eventRows = events.length + SPARE_ROWS;
  const paymentRows = payments.length + SPARE_ROWS;
  type Result = { label: string; fn: string; args: (ev: string, pay: string) => string[]; fmt: string };
  const all: Result[] = [
    { label: "Accrued dividends (per share)", fn: "SERIESC_ACCRUED", args: (_e, pay) => [asOf, pay], fmt: PER_SHARE_FORMAT },
    { label: "Remaining Minimum Dividend (per share)", fn: "SERIESC_MINDIV", args: (_e, pay) => [asOf, pay], fmt: PER_SHARE_FORMAT },
    { label: "Conversion price", fn: "SERIESC_CONVPRICE", args: (ev) => [asOf, ev], fmt: PER_SHARE_FORMAT },
    { label: "Conversion rate", fn: "SERIESC_CONVRATE", args: (ev) => [asOf, ev], fmt: RATIO_FORMAT },
    { label: "Liquidation amount (per share)", fn: "SERIESC_LIQPREF", args: (ev, pay) => [asOf, fmv, ev, pay], fmt: PER_SHARE_FORMAT },
    {
      label: "Redemption price (per share)",
      fn: "SERIESC_REDEMPTION",
      // An empty notice cell reaches a function as 0 in desktop Excel (a missing date): pass "" (omitted) instead.
      args: (ev, pay) => [asOf, fmv, trigger, `IF(${notice}="","",${notice})`, ev, pay],
      fmt: PER_SHARE_FORMAT,
    },
    { label: "Redemption multiple (§6(b))", fn: "SERIESC_REDEMPTION_MULTIPLE", args: () => [asOf], fmt: RATIO_FORMAT },
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
    [FRACTIONAL_SHARES_FORMAT, FRACTIONAL_SHARES_FORMAT, SHARES_FORMAT, MONEY_FORMAT, PER_SHARE_FORMAT].forEach((f, c) => b.format(breakdownRow + 1, c, f));
  }
  if (withKeyDates) {
    b.title(keyDatesRow - 1, 0, "Key dates");
    b.set(keyDatesRow, 0, call("SERIESC_KEYDATES", []));
    for (let k = 0; k < 6; k++) b.format(keyDatesRow + k, 1, DATE_FORMAT);
  }

  b.title(eventsHeader - 1, 0, "Events");
  ["date", "type", "a", "b", "c", "d"].forEach((h, c) => b.title(eventsHeader, c, h));
  events.forEach((cells, i) => {
    const row = eventsHeader + 1 + i;
    b.input(row, 0, cells[0], DATE_FORMAT);
    b.input(row, 1, cells[1], TEXT_FORMAT);
    const kinds = eventKinds(String(cells[1]));
    for (let c = 2; c < 6; c++) b.input(row, c, cells[c], EVENT_FORMAT[kinds[c - 2] ?? "shares"](cells[c]));
  });
  for (let i = events.length; i < eventRows; i++) b.format(eventsHeader + 1 + i, 0, DATE_FORMAT);
  b.title(paymentsHeader - 1, 0, "Dividends paid");
  ["date", "amount per share"].forEach((h, c) => b.title(paymentsHeader, c, h));
  payments.forEach((cells, i) => {
    b.input(paymentsHeader + 1 + i, 0, cells[0], DATE_FORMAT);
    b.input(paymentsHeader + 1 + i, 1, cells[1], PER_SHARE_FORMAT);
  });
  for (let i = payments.length; i < paymentRows; i++) {
    b.format(paymentsHeader + 1 + i, 0, DATE_FORMAT);
    b.format(paymentsHeader + 1 + i, 1, PER_SHARE_FORMAT);
  }
  b.reserve(paymentsHeader + paymentRows, 5);
  return b.build();
}

/** The kind of each of an event type's columns a–d (EVENT_FIELDS). */
function eventKinds(type: string): Array<string | undefined> {
  const specs = EVENT_FIELDS[type as EventType] ?? [];
  return (["a", "b", "c", "d"] as const).map((col) => specs.find((s) => s.col === col)?.kind);
}

/** Rosters up to this size get a vesting and ISO/NSO block per grant; bigger ones get the roster, its formulas and a note. */
export const PER_GRANT_BLOCKS_UP_TO = 100;

/** The roster columns the pane writes: the grant's inputs, in the order the roster import reads by default. */
function rosterColumns(grants: readonly RosterGrant[]) {
  const withHolder = grants.some((g) => g.holder !== "");
  const withType = grants.some((g) => g.type !== undefined);
  const cols: Array<{ header: string; value: (g: RosterGrant) => CellValue; fmt: (v: CellValue) => string; key: string }> = [
    { key: "grant", header: "Grant", value: (g) => g.grant, fmt: () => TEXT_FORMAT },
  ];
  if (withHolder) cols.push({ key: "holder", header: "Employee", value: (g) => g.holder, fmt: () => TEXT_FORMAT });
  cols.push(
    { key: "grantDate", header: "Grant date", value: (g) => (g.grantDate === undefined ? null : serialFromDay(g.grantDate)), fmt: () => DATE_FORMAT },
    { key: "options", header: "Options outstanding", value: (g) => g.options ?? null, fmt: sharesFormat },
    { key: "price", header: "Exercise price", value: (g) => g.price ?? null, fmt: () => PER_SHARE_FORMAT },
  );
  if (withType) cols.push({ key: "type", header: "ISO/NSO", value: (g) => g.type ?? "", fmt: () => TEXT_FORMAT });
  return cols;
}

/**
 * Option exchange model from valid inputs and a roster without problems:
 * inputs, the roster with new options and break-even per grant as formulas,
 * the total, then (for rosters up to PER_GRANT_BLOCKS_UP_TO grants) per grant
 * the vesting schedule, the ISO/NSO split and the exchange value as spills.
 */
export function optionExchangeModel(inputs: OptexInputs, grants: readonly RosterGrant[], anchor: Anchor, available?: Available): SheetBlock {
  const b = new Builder(anchor);
  let r = 0;
  b.title(r++, 0, "MPWR option exchange model");
  b.title(r++, 0, "Inputs");
  const inputRow = (label: string, value: CellValue, fmt: string): string => b.labelledInput(r++, label, value, fmt);
  const newStrike = inputRow("New options' exercise price", inputs.newStrike ?? null, PER_SHARE_FORMAT);
  const expiration = inputRow("Expiration date (new grant date)", inputs.expiration === undefined ? null : serialFromDay(inputs.expiration), DATE_FORMAT);
  const ratio = inputRow("Exchange ratio", inputs.ratio ?? null, RATIO_FORMAT);
  const v = has(available, "OPTEX_EXCHANGE_VALUE") ? inputs.valuation : undefined;
  const valuation = v
    ? {
        spot: inputRow("Stock price", v.spot, PER_SHARE_FORMAT),
        rate: inputRow("Risk-free rate", v.rate, RATE_FORMAT),
        vol: inputRow("Volatility", v.vol, RATE_FORMAT),
        oldYears: inputRow("Old options' remaining term (years)", v.oldYears, YEARS_FORMAT),
      }
    : undefined;
  r++;
  b.title(r++, 0, "Grants");
  const cols = rosterColumns(grants);
  const optionsCol = cols.findIndex((c) => c.key === "options");
  const priceCol = cols.findIndex((c) => c.key === "price");
  const withBreakeven = has(available, "OPTEX_BREAKEVEN");
  const newCol = cols.length;
  const header = [...cols.map((c) => c.header), "New options", ...(withBreakeven ? ["Break-even price"] : [])];
  header.forEach((h, c) => b.title(r, c, h));
  r++;
  const first = r;
  grants.forEach((g) => {
    cols.forEach((col, c) => {
      const value = col.value(g);
      b.input(r, c, value, col.fmt(value));
    });
    b.set(r, newCol, call("OPTEX_NEWSHARES", [b.ref(r, optionsCol), ratio]), SHARES_FORMAT);
    if (withBreakeven) b.set(r, newCol + 1, call("OPTEX_BREAKEVEN", [b.ref(r, priceCol), newStrike, ratio]), PER_SHARE_FORMAT);
    r++;
  });
  if (grants.length && has(available, "OPTEX_TOTAL")) {
    b.set(r, 0, "Total new options", TEXT_FORMAT);
    b.bold.push([r, 0]);
    b.set(r, newCol, call("OPTEX_TOTAL", [b.range(first, optionsCol, r - 1, optionsCol), ratio]), SHARES_FORMAT);
    r++;
  }
  const withSchedule = has(available, "OPTEX_SCHEDULE");
  const withIso = has(available, "OPTEX_ISO");
  if (grants.length > PER_GRANT_BLOCKS_UP_TO && (withSchedule || withIso || valuation)) {
    r++;
    b.set(r++, 0, `Per-grant vesting, ISO/NSO and value blocks are written for rosters of up to ${PER_GRANT_BLOCKS_UP_TO} grants; for any grant use e.g. =MPWR.OPTEX_SCHEDULE(${b.ref(first, newCol)},${expiration}).`, TEXT_FORMAT);
  } else {
    grants.forEach((g, i) => {
      if (!withSchedule && !withIso && !valuation) return;
      const gr = first + i;
      const newRef = b.ref(gr, newCol);
      r++;
      b.title(r++, 0, `Grant ${g.grant || g.holder || i + 1}`);
      if (withSchedule) {
        b.set(r, 0, call("OPTEX_SCHEDULE", [newRef, expiration]));
        for (let k = 1; k <= 3; k++) {
          b.format(r + k, 0, DATE_FORMAT);
          b.format(r + k, 1, SHARES_FORMAT);
          b.format(r + k, 2, SHARES_FORMAT);
        }
        r += 4;
      }
      if (withIso) {
        b.set(r, 0, call("OPTEX_ISO", [newRef, newStrike, expiration]));
        for (let k = 1; k <= 3; k++) {
          b.format(r + k, 1, SHARES_FORMAT);
          b.format(r + k, 2, MONEY_FORMAT);
          b.format(r + k, 3, SHARES_FORMAT);
          b.format(r + k, 4, SHARES_FORMAT);
        }
        r += 4;
      }
      if (valuation) {
        const x = valuation;
        b.set(r, 0, call("OPTEX_EXCHANGE_VALUE", [b.ref(gr, optionsCol), b.ref(gr, priceCol), x.oldYears, newStrike, x.spot, x.rate, x.vol, "", ratio]));
        for (let k = 1; k <= 3; k++) b.format(r + k, 1, MONEY_FORMAT);
        b.format(r + 4, 1, RATIO_FORMAT);
        r += 5;
      }
    });
  }
  b.reserve(Math.max(r - 1, 0), header.length - 1);
  return b.build();
}

/** The Election Form's Table 1: one row per grant, new options as OPTEX_NEWSHARES formulas. */
export function electionTable(grants: readonly RosterGrant[], ratio: number, anchor: Anchor): SheetBlock {
  const b = new Builder(anchor);
  const cols = rosterColumns(grants);
  const optionsCol = cols.findIndex((c) => c.key === "options");
  b.title(0, 0, "Election Form, Table 1: eligible option grants");
  [...cols.map((c) => c.header), "Exchange ratio", "New options"].forEach((h, c) => b.title(1, c, h));
  grants.forEach((g, i) => {
    const r = 2 + i;
    cols.forEach((col, c) => {
      const value = col.value(g);
      b.input(r, c, value, col.fmt(value));
    });
    b.input(r, cols.length, ratio, RATIO_FORMAT);
    b.set(r, cols.length + 1, call("OPTEX_NEWSHARES", [b.ref(r, optionsCol), b.ref(r, cols.length)]), SHARES_FORMAT);
  });
  return b.build();
}
