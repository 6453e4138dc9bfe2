import { OPTION_EXCHANGE_TERMS } from "../../src/calc/optionExchange/terms";
import { CONVERSION_KINDS } from "../../src/calc/seriesC/conversion";
import { EVENT_TYPES } from "../../src/calc/seriesC/events";
import { REDEMPTION_TRIGGERS } from "../../src/calc/seriesC/redemption";
import { CAPITAL_TYPES } from "../../src/calc/seriesC/capital";
import {
  Area,
  EMPTY,
  FORMATS,
  ModelSheet,
  OPTION_EXCHANGE_EXAMPLE,
  Ref,
  SERIES_C_EXAMPLE,
  areaAddress,
  areasOverlap,
  breakpointBound,
  exitPointsOf,
  chartSource,
  columnName,
  columnWidthPoints,
  columns,
  exampleModels,
  formulaText,
  index,
  mpwr,
  name,
  optionExchangeModel,
  references,
  seriesCModel,
  showsTrailingPoint,
  table,
  text,
  thisRow,
} from "../../src/layout";
import type { SpillSource, TableSource } from "../../src/layout";
import { parseArea } from "../../src/layout/address";
import { checkSource, spillChartSource, tableChartSource } from "../../src/taskpane/model/chartSources";

// The model layout (src/layout, docs/workbook.md): pure data both renderers consume.

const cellAddressOf = (row: number, col: number): string => `$${columnName(col)}$${row + 1}`;

describe("formula text in the two dialects", () => {
  const accrued = mpwr("SERIESC_ACCRUED", name("SC_AsOf"), table("SC_Payments"), columns("SC_Terms", "Name", "Value"));
  test("what a user types (and Office.js writes) and what the file stores", () => {
    expect(formulaText(accrued, "ui")).toBe("=MPWR.SERIESC_ACCRUED(SC_AsOf,SC_Payments,SC_Terms[[Name]:[Value]])");
    expect(formulaText(accrued, "file")).toBe("_xldudf_MPWR_SERIESC_ACCRUED(SC_AsOf,SC_Payments,SC_Terms[[Name]:[Value]])");
  });
  test("this-row references: @ in the user's form, [#This Row] in the file", () => {
    const f = mpwr("SERIESC_LIQPREF", name("SC_AsOf"), thisRow("SC_Payoff", "Common value per share"));
    expect(formulaText(f, "ui")).toBe("=MPWR.SERIESC_LIQPREF(SC_AsOf,SC_Payoff[@[Common value per share]])");
    expect(formulaText(f, "file")).toBe("_xldudf_MPWR_SERIESC_LIQPREF(SC_AsOf,SC_Payoff[[#This Row],[Common value per share]])");
  });
  test("trailing omitted arguments are dropped, inner ones kept empty; text is quoted", () => {
    expect(formulaText(mpwr("X", name("a"), EMPTY, text('say "hi"'), EMPTY, EMPTY), "ui")).toBe('=MPWR.X(a,,"say ""hi""")');
  });
  test("INDEX over a Table column is a worksheet function in both dialects", () => {
    const f = index({ kind: "table", table: "OX_Roster", columns: ["Grant"] }, name("OX_GrantRow"));
    expect(formulaText(f, "ui")).toBe("=INDEX(OX_Roster[Grant],OX_GrantRow)");
    expect(formulaText(f, "file")).toBe("INDEX(OX_Roster[Grant],OX_GrantRow)");
  });
  test("a column header that would need escaping is refused", () => {
    expect(() => formulaText(mpwr("X", { kind: "table", table: "T", columns: ["a[1]"] }), "ui")).toThrow(/escaping/);
  });
});

describe("number formats", () => {
  test("a format whose decimals are all optional shows a trailing point", () => {
    expect(showsTrailingPoint("#,##0.######")).toBe(true);
    expect(showsTrailingPoint("0.##%")).toBe(true);
    expect(showsTrailingPoint("#,##0.")).toBe(true);
    expect(showsTrailingPoint("$#,##0.00####")).toBe(false);
    expect(showsTrailingPoint('"Total." 0')).toBe(false);
  });
  test("no format of the model shows one", () => {
    for (const f of Object.values(FORMATS)) expect([f, showsTrailingPoint(f)]).toEqual([f, false]);
  });
});

/** Every cell a model writes or keeps free, with what it is. */
function occupied(m: ModelSheet): Map<string, string> {
  const out = new Map<string, string>();
  const claim = (row: number, col: number, what: string) => {
    const k = `${columnName(col)}${row + 1}`;
    if (out.has(k)) throw new Error(`${m.name}!${k}: ${what} overlaps ${out.get(k)}`);
    out.set(k, what);
  };
  for (const c of m.cells) claim(c.row, c.col, `cell ${JSON.stringify(c.value ?? c.role)}`);
  for (const s of m.spills) {
    for (let r = 0; r < s.reserve.rows; r++) for (let c = 0; c < s.reserve.cols; c++) claim(s.anchor.row + r, s.anchor.col + c, `spill ${s.id}`);
  }
  return out;
}

/** The option exchange model's optional parts, which the pane's inputs may have: an Employee column and Black–Scholes inputs. */
const WITH_OPTIONAL_PARTS = {
  ...OPTION_EXCHANGE_EXAMPLE,
  roster: OPTION_EXCHANGE_EXAMPLE.roster.map((g, i) => ({ ...g, holder: i === 1 ? "" : `Employee ${i + 1}` })),
  valuation: { spot: 5, rate: 0.05, vol: 0.8, oldYears: 8.5 },
};

const manyEvents = (n: number) =>
  Array.from({ length: n }, (_, i) => [36767 + i, "SPLIT", 1.01, null, null, null] as [number, string, number, null, null, null]);

describe.each([
  ["the example Series C model", () => seriesCModel()],
  ["the example option exchange model", () => optionExchangeModel()],
  ["a Series C model with 2,000 events and no prices", () => seriesCModel({ ...SERIES_C_EXAMPLE, events: manyEvents(2000), prices: [] })],
  ["an option exchange model with an empty roster", () => optionExchangeModel({ ...OPTION_EXCHANGE_EXAMPLE, roster: [] })],
  ["a Series C model with a notice date", () => seriesCModel({ ...SERIES_C_EXAMPLE, noticeDate: 37200 })],
  ["an option exchange model with employees and a valuation", () => optionExchangeModel(WITH_OPTIONAL_PARTS)],
])("%s", (_title, build) => {
  const m = build();
  test("nothing overlaps: cells, Tables, the areas kept free for spills, blocks", () => {
    expect(() => occupied(m)).not.toThrow();
    for (const a of m.blocks) for (const b of m.blocks) if (a !== b) expect([a.id, b.id, areasOverlap(a.area, b.area)]).toEqual([a.id, b.id, false]);
  });
  test("every block has a title and a one-line explanation in its first two rows", () => {
    for (const b of m.blocks) {
      expect(m.cells.find((c) => c.row === b.area.top && c.col === b.area.left)).toMatchObject({ role: "blockTitle", value: b.title });
      expect(m.cells.find((c) => c.row === b.area.top + 1 && c.col === b.area.left)).toMatchObject({ role: "note", value: b.note });
      expect(b.note).not.toMatch(/\n/);
    }
  });
  test("every name and Table a formula refers to exists, with the columns it names", () => {
    const names = new Set(m.names.map((n) => n.name));
    const tables = new Map(m.tables.map((t) => [t.name, t.columns.map((c) => c.header)]));
    const formulas = [
      ...m.cells.filter((c) => c.formula).map((c) => c.formula!),
      ...m.spills.map((s) => s.formula),
      ...m.tables.flatMap((t) => t.columns.filter((c) => c.formula).map((c) => c.formula!)),
    ];
    expect(formulas.length).toBeGreaterThan(5);
    for (const f of formulas) {
      for (const r of references(f) as Ref[]) {
        if (r.kind === "name") expect([r.name, names.has(r.name)]).toEqual([r.name, true]);
        if (r.kind === "table") {
          expect([r.table, tables.has(r.table)]).toEqual([r.table, true]);
          for (const c of r.columns ?? []) expect(tables.get(r.table)).toContain(c);
        }
      }
    }
  });
  test("names are single cells of the sheet, unique; validation lists sit on inputs", () => {
    expect(new Set(m.names.map((n) => n.name)).size).toBe(m.names.length);
    for (const v of m.validations) {
      const inTable = m.tables.some(
        (t) => v.area.top > t.top && v.area.bottom <= t.top + t.rows.length && v.area.left >= t.left && v.area.right < t.left + t.columns.length,
      );
      const onInput = m.cells.some((c) => c.role === "input" && c.row === v.area.top && c.col === v.area.left);
      expect([areaAddress(v.area), inTable || onInput]).toEqual([areaAddress(v.area), true]);
      expect(v.prompt.length).toBeLessThanOrEqual(255);
    }
  });
  test("widths for every used column, two frozen title rows; landscape one page wide", () => {
    const right = Math.max(...[...occupied(m).keys()].map((k) => parseArea(k).left));
    expect(m.columnWidths.length).toBeGreaterThan(right);
    expect(m.frozenRows).toBe(2);
    expect(m.print).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
  });
  test("printing: every block is printed, inputs included — each band one area, left to right, from the title row", () => {
    const printed = (a: Area) => m.print.areas.some((p) => a.top >= p.top && a.bottom <= p.bottom && a.left >= p.left && a.right <= p.right);
    for (const b of m.blocks) expect([b.id, printed(b.area)]).toEqual([b.id, true]);
    for (const t of m.tables) {
      const all = { top: t.top, left: t.left, bottom: t.top + t.rows.length, right: t.left + t.columns.length - 1 };
      expect([t.name, printed(all)]).toEqual([t.name, true]);
    }
    m.print.areas.forEach((a, i) => {
      expect(a.top).toBe(0);
      if (i > 0) expect(a.left).toBeGreaterThan(m.print.areas[i - 1].right);
    });
  });
  test("printing: the rows repeated on every page run from the title to the input Tables' header row, so a Table's header prints with its rows", () => {
    const inputTables = m.tables.filter((t) => !/Terms$/.test(t.name));
    expect(inputTables.length).toBeGreaterThan(0);
    const header = m.print.titleRows[1];
    expect(m.print.titleRows[0]).toBe(0);
    for (const t of inputTables) expect([t.name, t.top]).toEqual([t.name, header]);
    // In the bands without a Table, that row is a header row too (the inputs' header, a spill's own header).
    for (const a of m.print.areas) {
      const cell = m.cells.find((c) => c.row === header && c.col === a.left);
      const spill = m.spills.find((sp) => sp.header && sp.anchor.row === header && sp.anchor.col === a.left);
      expect([areaAddress(a), cell?.role === "header" || spill !== undefined]).toEqual([areaAddress(a), true]);
    }
  });
});

describe("Series C layout", () => {
  const m = seriesCModel();
  test("drop-downs: the redemption trigger and conversion kind inputs, the events' Type column, the word and TRUE/FALSE terms", () => {
    const listOf = (cellName: string) => {
      const n = m.names.find((x) => x.name === cellName)!;
      return m.validations.find((v) => v.area.top === n.cell.row && v.area.left === n.cell.col)!.list;
    };
    expect(listOf("SC_Trigger")).toEqual([...REDEMPTION_TRIGGERS]);
    expect(listOf("SC_ConversionKind")).toEqual([...CONVERSION_KINDS]);
    const events = m.tables.find((t) => t.name === "SC_Events")!;
    expect(m.validations.find((v) => v.area.left === events.left + 1 && v.area.top === events.top + 1)!.list).toEqual([...EVENT_TYPES]);
    const lists = m.validations.map((v) => v.list.join(","));
    expect(lists).toContain("elapsed,inclusive");
    expect(lists).toContain("TRUE,FALSE");
  });
  test("the terms Table: Term | Name | Value with the certificate's defaults (issue 1999-12-29 = serial 36523, $28, 10%)", () => {
    const t = m.tables.find((x) => x.name === "SC_Terms")!;
    expect(t.columns.map((c) => c.header)).toEqual(["Term", "Name", "Value"]);
    const row = (n: string) => t.rows.find((r) => r[1] === n)!;
    expect(row("issueDate")).toEqual(["Original Issue Date (Cert §12)", "issueDate", 36523]);
    expect(row("liquidationValue")[2]).toBe(28);
    expect(row("dividendRate")[2]).toBe(0.1);
    expect(row("votingPowerAtIssue")[2]).toBeNull();
    expect(t.cellFormats![t.rows.indexOf(row("dividendRate"))][2]).toBe("0.00%");
  });
  test("the events Table gets one row per event; the certificate of adjustment keeps a row free for each", () => {
    const big = seriesCModel({ ...SERIES_C_EXAMPLE, events: manyEvents(2000) });
    expect(big.tables.find((t) => t.name === "SC_Events")!.rows).toHaveLength(2000);
    expect(big.spills.find((s) => s.id === "adjustments")!.reserve.rows).toBe(2001);
  });
  test("the exit: a capital Table with a Type drop-down, the waterfall spill, the exit table over the breakpoints, the breakpoints, the sale and the holders' payouts", () => {
    const capital = m.tables.find((t) => t.name === "SC_Capital")!;
    expect(capital.columns.map((c) => c.header)).toEqual(["Name", "Type", "Quantity", "a", "b", "c", "Rank", "Participation"]);
    expect(m.validations.find((v) => v.area.left === capital.left + 1 && v.area.top === capital.top + 1)!.list).toEqual([...CAPITAL_TYPES]);
    const formula = (id: string) => formulaText(m.spills.find((x) => x.id === id)!.formula, "ui");
    const spill = m.spills.find((x) => x.id === "exitTable")!;
    // No proceeds list: $0, each breakpoint, a point between each two and one beyond; a column per class and three spare.
    const breakpoints = breakpointBound(SERIES_C_EXAMPLE.capital.length);
    expect(spill.reserve).toEqual({ rows: exitPointsOf(breakpoints) + 1, cols: 5 + 1 + 3 });
    expect(formula("exitTable")).toBe("=MPWR.SERIESC_EXIT_TABLE(,SC_AsOf,SC_Capital,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])");
    expect(formula("exit")).toBe("=MPWR.SERIESC_EXIT(SC_Proceeds,SC_AsOf,SC_Capital,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])");
    expect(formula("breakpoints")).toBe("=MPWR.SERIESC_BREAKPOINTS(SC_Capital,SC_AsOf,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])");
    expect(m.spills.find((x) => x.id === "breakpoints")!.reserve).toEqual({ rows: breakpoints + 1, cols: 3 });
    expect(formula("sale")).toBe("=MPWR.SERIESC_SALE(SC_AsOf,SC_Fmv,,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])");
    // The holdings Table, and the payouts spilling beside it from its header row.
    const holdings = m.tables.find((t) => t.name === "SC_Holdings")!;
    expect(holdings.columns.map((c) => c.header)).toEqual(["Holder", "Row", "Quantity"]);
    expect(holdings.rows).toEqual(SERIES_C_EXAMPLE.holdings);
    const payouts = m.spills.find((x) => x.id === "payouts")!;
    expect(payouts.anchor).toEqual({ row: holdings.top, col: holdings.left + 3 });
    expect(formula("payouts")).toBe("=MPWR.SERIESC_PAYOUTS(SC_Proceeds,SC_AsOf,SC_Capital,SC_Holdings,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])");
    // The pane knows the capital's breakpoints: exactly that many rows.
    const known = seriesCModel({ ...SERIES_C_EXAMPLE, breakpoints: 7 });
    expect(known.spills.find((x) => x.id === "breakpoints")!.reserve.rows).toBe(8);
    expect(known.spills.find((x) => x.id === "exitTable")!.reserve.rows).toBe(exitPointsOf(7) + 1);
  });
  test("a prefix renames every name and Table, so a second model fits in one workbook", () => {
    const other = seriesCModel(undefined, { prefix: "SC2_", sheetName: "Series C (2)" });
    expect(other.names.every((n) => n.name.startsWith("SC2_"))).toBe(true);
    expect(other.tables.every((t) => t.name.startsWith("SC2_"))).toBe(true);
    expect(formulaText(other.spills[0].formula, "ui")).toBe(
      "=MPWR.SERIESC_LIQDETAIL(SC2_AsOf,SC2_CommonValue,SC2_Events,SC2_Payments,SC2_Terms[[Name]:[Value]])",
    );
  });
});

describe("option exchange layout", () => {
  const m = optionExchangeModel();
  test("the roster: Grant | Grant date | Options outstanding | Exercise price | Type, then the new options spill over every row", () => {
    const t = m.tables.find((x) => x.name === "OX_Roster")!;
    expect(t.columns.map((c) => c.header)).toEqual(["Grant", "Grant date", "Options outstanding", "Exercise price", "Type"]);
    expect(t.rows).toEqual([
      [1001, 36600, 1000, 45, "NSO"],
      [1002, 36678, 1525, 38.5, "ISO"],
      [1003, 36901, 525, 12.25, "ISO"],
    ]);
    const spill = m.spills.find((s) => s.id === "newOptions")!;
    expect(spill.anchor).toEqual({ row: t.top + 1, col: t.left + 5 });
    expect(spill.reserve).toEqual({ rows: 3, cols: 1 });
    expect(m.cells.find((c) => c.row === t.top && c.col === t.left + 5)).toMatchObject({ role: "header", value: "New options" });
  });
  test("one source for the ratio, the expiration date and the fee rate: names on the terms Table's values", () => {
    const t = m.tables.find((x) => x.name === "OX_Terms")!;
    for (const [n, term] of [
      ["OX_Ratio", "ratio"],
      ["OX_ExpirationDate", "expirationDate"],
      ["OX_FeeRate", "feeRate"],
    ]) {
      const cell = m.names.find((x) => x.name === n)!.cell;
      expect([n, t.rows[cell.row - t.top - 1][1], cell.col]).toEqual([n, term, t.left + 2]);
    }
    const rounding = t.rows.findIndex((r) => r[1] === "vestingRounding");
    expect(m.validations.find((v) => v.area.top === t.top + 1 + rounding)!.list).toEqual([...OPTION_EXCHANGE_TERMS.vestingRounding.words]);
  });
  test("a roster from the pane sizes the Table and the spill", () => {
    const five = optionExchangeModel({
      ...OPTION_EXCHANGE_EXAMPLE,
      roster: Array.from({ length: 5 }, (_, i) => ({ grant: `G-${i + 1}`, grantDate: 36600, options: 100 * (i + 1), exercisePrice: 10 })),
    });
    expect(five.tables.find((x) => x.name === "OX_Roster")!.rows.map((r) => r[0])).toEqual(["G-1", "G-2", "G-3", "G-4", "G-5"]);
    expect(five.spills.find((s) => s.id === "newOptions")!.reserve.rows).toBe(5);
  });
});

describe("optional parts, present only when the inputs have them (the example workbook has none)", () => {
  test("a notice date: a named input the redemption price reads; without one the argument is omitted", () => {
    const m = seriesCModel({ ...SERIES_C_EXAMPLE, noticeDate: 37200 });
    const notice = m.names.find((n) => n.name === "SC_NoticeDate")!;
    expect(m.cells.find((c) => c.row === notice.cell.row && c.col === notice.cell.col)).toMatchObject({ role: "input", value: 37200, format: "yyyy-mm-dd" });
    const price = (x: ModelSheet) => formulaText(x.cells.find((c) => c.formula?.fn === "SERIESC_REDEMPTION")!.formula!, "ui");
    expect(price(m)).toBe("=MPWR.SERIESC_REDEMPTION(SC_RedemptionDate,SC_Fmv,SC_Trigger,SC_NoticeDate,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])");
    expect(price(seriesCModel())).toBe("=MPWR.SERIESC_REDEMPTION(SC_RedemptionDate,SC_Fmv,SC_Trigger,,SC_Events,SC_Payments,SC_Terms[[Name]:[Value]])");
    expect(seriesCModel().names.some((n) => n.name === "SC_NoticeDate")).toBe(false);
  });
  test("employees: an Employee column after Grant, the Type drop-down and the new options still beside the Table", () => {
    const m = optionExchangeModel(WITH_OPTIONAL_PARTS);
    const t = m.tables.find((x) => x.name === "OX_Roster")!;
    expect(t.columns.map((c) => c.header)).toEqual(["Grant", "Employee", "Grant date", "Options outstanding", "Exercise price", "Type"]);
    expect(t.rows.map((r) => r[1])).toEqual(["Employee 1", null, "Employee 3"]);
    expect(m.validations.find((v) => v.list.join() === "ISO,NSO")!.area.left).toBe(t.left + 5);
    expect(m.spills.find((s) => s.id === "newOptions")!.anchor).toEqual({ row: t.top + 1, col: t.left + 6 });
    expect(m.cells.find((c) => c.row === t.top && c.col === t.left + 6)).toMatchObject({ value: "New options" });
  });
  test("a valuation: four named inputs and the selected grant's OPTEX_EXCHANGE_VALUE, its value-for-value ratio not in dollars", () => {
    const m = optionExchangeModel(WITH_OPTIONAL_PARTS);
    expect(["OX_Spot", "OX_Rate", "OX_Vol", "OX_OldYears"].every((n) => m.names.some((x) => x.name === n))).toBe(true);
    const s = m.spills.find((x) => x.id === "exchangeValue")!;
    const term = m.tables.find((x) => x.name === "OX_Terms")!;
    const termYears = cellAddressOf(term.top + 1 + term.rows.findIndex((r) => r[1] === "termYears"), term.left + 2);
    expect(formulaText(s.formula, "ui")).toBe(
      `=MPWR.OPTEX_EXCHANGE_VALUE(OX_GrantOptions,OX_GrantStrike,OX_OldYears,OX_NewStrike,OX_Spot,OX_Rate,OX_Vol,${termYears},OX_Ratio)`,
    );
    expect(s.columnFormats).toEqual([undefined, "$#,##0.00"]);
    expect(s.cellFormats).toEqual([{ row: 4, col: 1, format: "0.00####" }]);
    expect(optionExchangeModel().spills.some((x) => x.id === "exchangeValue")).toBe(false);
  });
});

describe("chart sources", () => {
  const [sc, ox] = exampleModels();
  test("the dividend ledger and the vesting schedule are spills, the payoff a Table", () => {
    const ledger = chartSource(sc, "dividendLedger");
    const s = sc.spills.find((x) => x.id === "dividendLedger")!;
    expect(ledger).toEqual({
      kind: "spill",
      id: "dividendLedger",
      sheet: "Series C",
      anchor: `'Series C'!$${columnName(s.anchor.col)}$${s.anchor.row + 1}`,
      reserved: `'Series C'!$${columnName(s.anchor.col)}$${s.anchor.row + 1}:$${columnName(s.anchor.col + 6)}$${s.anchor.row + 16}`,
      header: true,
      formula: "=MPWR.SERIESC_DIVSCHEDULE(SC_AsOf,SC_Payments,SC_Terms[[Name]:[Value]])",
      block: `'Series C'!$${columnName(s.anchor.col)}$${s.anchor.row - 1}:$${columnName(s.anchor.col + 6)}$${s.anchor.row + 16}`,
    });
    expect(chartSource(sc, "payoffTable")).toMatchObject({
      kind: "table",
      table: "SC_Payoff",
      headers: ["Common value per share", "Liquidation preference per share"],
    });
    expect(chartSource(ox, "vestingSchedule")).toMatchObject({
      kind: "spill",
      sheet: "Option exchange",
      formula: "=MPWR.OPTEX_SCHEDULE(OX_GrantNewOptions,,OX_Terms[[Name]:[Value]])",
    });
    expect(chartSource(ox, "dividendLedger")).toBeUndefined();
    expect(chartSource(sc, "exitTable")).toMatchObject({ kind: "spill", header: true, formula: expect.stringMatching(/^=MPWR\.SERIESC_EXIT_TABLE\(/) });
  });
  test("they feed the native charts module (src/taskpane/excel): payoff Table, dividend ledger, exit table, vesting", () => {
    const payoff = chartSource(sc, "payoffTable") as TableSource;
    const p = tableChartSource(payoff, {
      title: "Payoff",
      kind: "xyLine",
      x: "Common value per share",
      series: ["Liquidation preference per share"],
      xTitle: "",
      yTitle: "",
    });
    const t = sc.tables.find((x) => x.name === "SC_Payoff")!;
    // Data rows only: the header row is not plotted.
    expect(p.categories).toBe(`'Series C'!$${columnName(t.left)}$${t.top + 2}:$${columnName(t.left)}$${t.top + 1 + t.rows.length}`);
    expect(() => checkSource(p)).not.toThrow();
    const ledger = spillChartSource(
      chartSource(sc, "dividendLedger") as SpillSource,
      ["period end", "days", "year days", "opening balance", "dividend", "paid", "closing accrued"],
      {
        title: "Ledger",
        kind: "line",
        x: "period end",
        series: ["closing accrued"],
        xTitle: "",
        yTitle: "",
      },
    );
    expect(() => checkSource(ledger)).not.toThrow();
    const exitTable = spillChartSource(chartSource(sc, "exitTable") as SpillSource, ["proceeds", "Notes", "Series C", "Series D", "Common", "Options"], {
      title: "Exit",
      kind: "columnLine",
      x: "proceeds",
      series: ["Series C", "Common"],
      xTitle: "",
      yTitle: "",
    });
    expect(exitTable.series).toHaveLength(2);
    const vesting = spillChartSource(chartSource(ox, "vestingSchedule") as SpillSource, ["vest date", "shares vesting", "cumulative"], {
      title: "Vesting",
      kind: "columnLine",
      x: "vest date",
      series: ["shares vesting", { header: "cumulative", line: true }],
      xTitle: "",
      yTitle: "",
    });
    expect(() => checkSource(vesting)).not.toThrow();
  });
  test("Office.js column widths in points: Excel's default 8.43 characters is 48 points", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 1);
  });
  test("names and Tables are unique across the example workbook", () => {
    const all = [sc, ox].flatMap((m) => [...m.names.map((n) => n.name), ...m.tables.map((t) => t.name)]);
    expect(new Set(all.map((x) => x.toLowerCase())).size).toBe(all.length);
  });
});

describe("docs/workbook.md", () => {
  test("its tables give each block's cells as the layout places them", () => {
    const doc = require("fs").readFileSync(require("path").resolve(__dirname, "../../docs/workbook.md"), "utf8") as string;
    for (const m of exampleModels()) {
      let checked = 0;
      const section = doc.split(`| ${m.name} | cells | what |`)[1].split("\n\n")[0];
      for (const line of section.split("\n").slice(2)) {
        const [, title, cells] = line.split("|").map((x) => x.trim());
        const block = m.blocks.find((b) => b.title.startsWith(title));
        expect([m.name, title, block !== undefined]).toEqual([m.name, title, true]);
        const a = block!.area;
        expect([title, [areaAddress(a), areaAddress({ ...a, bottom: a.top, right: a.left })]]).toEqual([title, expect.arrayContaining([cells])]);
        checked++;
      }
      expect([m.name, checked]).toEqual([m.name, m.blocks.length]);
    }
  });
});
