import { readRoster } from "../../src/input/roster";
import { OPTION_EXCHANGE_EXAMPLE, SERIES_C_EXAMPLE, areaAddress, cellAddress, optionExchangeModel, seriesCModel } from "../../src/layout";
import { parseArea } from "../../src/layout/address";
import { insertModel } from "../../src/taskpane/excel/insertModel";
import { readSelectionValues } from "../../src/taskpane/excel/sheet";
import { MAX_CHUNK_BYTES } from "../../src/taskpane/model/chunks";
import { expectSheetIsLayout } from "./excel/layoutCheck";
import { FakeExcel, standIn } from "./excel/standIn";

/**
 * "Insert model" through the Excel stand-in (test/support/officeStandIn.ts, with
 * Office.js's load/sync rules and its reading of strings): the new sheet
 * equals the shared layout cell by cell — constants, formulas in the `MPWR.`
 * form, number formats, the roles' fonts and fills, Tables, defined names,
 * validation lists, spill formats, widths, frozen rows and page setup — and
 * the workbook is left as it was when the insert is cancelled or fails.
 */

let x: FakeExcel;
beforeEach(() => {
  x = standIn();
});

describe("Insert model through the Excel stand-in", () => {
  test("the Series C model on a new sheet equals the layout: every cell, formula, format, style, Table, name, validation", async () => {
    const out = await insertModel("seriesC", (n) => seriesCModel(SERIES_C_EXAMPLE, n));
    expect(out).toMatchObject({ inserted: true, sheetName: "Series C", prefix: "SC_", renamed: false });
    expect(x.sheets()).toEqual(["Sheet1", "Series C"]);
    expect(x.activeSheet()).toBe("Series C");
    const m = seriesCModel(SERIES_C_EXAMPLE);
    expectSheetIsLayout(x, m);
    // Spot checks against docs/workbook.md: a named input, a result formula, a Table header, a drop-down.
    expect(x.cell("'Series C'!C7")).toMatchObject({ formula: 37072, numberFormat: "yyyy-mm-dd", fill: "#FFF8E1" }); // 2001-06-30
    expect(x.names().SC_AsOf.reference).toBe("='Series C'!$C$7");
    expect(Object.values(x.sheet("Series C")!.cells).some((c) => c.formula === "=MPWR.SERIESC_ACCRUED(SC_AsOf,SC_Payments,SC_Terms[[Name]:[Value]])")).toBe(
      true,
    );
    expect(x.tables().SC_Events.address).toBe("M6:R7");
    expect(x.sheet("Series C")!.blocked).toEqual([]);
  });

  test("print setup: every band printed, the inputs' Tables included, and the title rows down to their header row (the stand-in's pageLayout calls)", async () => {
    await insertModel("seriesC", (n) => seriesCModel(SERIES_C_EXAMPLE, n));
    await insertModel("optionExchange", (n) => optionExchangeModel(OPTION_EXCHANGE_EXAMPLE, n));
    const inputTables = { "Series C": ["SC_Events", "SC_Payments", "SC_Prices", "SC_Capital"], "Option exchange": ["OX_Roster", "OX_Holidays"] };
    for (const [sheet, tables] of Object.entries(inputTables)) {
      const page = x.sheet(sheet)!.page;
      const areas = String(page.printArea).split(",").map(parseArea);
      expect([sheet, areas[0].top, areas[0].left]).toEqual([sheet, 0, 0]);
      for (const table of tables) {
        const t = parseArea(x.tables()[table].address);
        const inside = areas.some((a) => a.top === 0 && a.left <= t.left && a.right >= t.right && a.bottom >= t.bottom);
        expect([table, inside]).toEqual([table, true]);
        expect([table, page.titleRows]).toEqual([table, `$1:$${t.top + 1}`]); // the title rows down to the Table's header
      }
    }
  });

  test("the option exchange model with the pane's optional parts (employees, a valuation) equals the layout", async () => {
    const input = {
      ...OPTION_EXCHANGE_EXAMPLE,
      roster: [
        { grant: 1001, holder: "Ann Smith", grantDate: 36600, options: 1000, exercisePrice: 45, type: "NSO" },
        { grant: "=1+1", holder: '=HYPERLINK("x")', grantDate: 36678, options: 1525, exercisePrice: 38.5, type: null },
        { grant: "007", holder: "", grantDate: 36901, options: 525, exercisePrice: 12.25, type: "ISO" },
      ],
      valuation: { spot: 5, rate: 0.05, vol: 0.8, oldYears: 8.5 },
    };
    await insertModel("optionExchange", (n) => optionExchangeModel(input, n));
    const m = optionExchangeModel(input);
    expectSheetIsLayout(x, m);
    // What the user typed stays text, exactly: no formula, no number.
    const t = m.tables.find((y) => y.name === "OX_Roster")!;
    const grant = (row: number, col: number) => x.cell(`'Option exchange'!${cellAddress({ row: t.top + 1 + row, col: t.left + col })}`)!;
    expect([grant(1, 0).value, grant(1, 0).numberFormat, grant(1, 1).value, grant(2, 0).value]).toEqual(["=1+1", "@", '=HYPERLINK("x")', "007"]);
    expect(grant(0, 0)).toMatchObject({ value: 1001, numberFormat: "0" });
  });

  test("a sheet or a name already there: the next free sheet name and prefix, nothing replaced", async () => {
    x.addSheet("Series C");
    x.set("'Series C'!A1", "mine");
    x.addName("SC2_AsOf", "=Sheet1!$A$1");
    const out = await insertModel("seriesC", (n) => seriesCModel(SERIES_C_EXAMPLE, n));
    expect(out).toMatchObject({ inserted: true, sheetName: "Series C (3)", prefix: "SC3_", renamed: true });
    expect(x.dump("Series C")).toEqual({ A1: { formula: "mine", numberFormat: "General", bold: false } });
    expect(x.names().SC2_AsOf.reference).toBe("=Sheet1!$A$1");
    expectSheetIsLayout(x, seriesCModel(SERIES_C_EXAMPLE, { prefix: "SC3_", sheetName: "Series C (3)" }));
    expect(Object.keys(x.tables()).every((n) => n.startsWith("SC3_"))).toBe(true);
  });

  test("a 50,000-grant roster: every request under 1 MB (measured by the stand-in), the Table whole, and the pane's roster import reads it back exactly", async () => {
    const roster = Array.from({ length: 50_000 }, (_, i) => ({
      grant: i % 3 === 0 ? `G-${i + 1}` : 100000 + i,
      holder: `Employee ${i + 1}`,
      grantDate: 36600 + (i % 400),
      options: 100 + (i % 997),
      exercisePrice: 5 + (i % 41) / 4,
      type: i % 2 ? "ISO" : "NSO",
    }));
    const input = { ...OPTION_EXCHANGE_EXAMPLE, roster };
    const progress: number[] = [];
    const out = await insertModel("optionExchange", (n) => optionExchangeModel(input, n), { progress: (done) => progress.push(done) });
    expect(out.inserted && out.requests).toBeGreaterThan(5);
    expect(progress.length).toBe(out.inserted ? out.requests : -1);
    const syncs = x.log.filter((e) => e.bytes !== undefined);
    expect(Math.max(...syncs.map((e) => e.bytes!))).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
    const t = optionExchangeModel(input).tables.find((y) => y.name === "OX_Roster")!;
    expect(x.tables().OX_Roster.address).toBe(areaAddress({ top: t.top, left: t.left, bottom: t.top + 50_000, right: t.left + 5 }));

    // "Use the selected range" over the Table and the New options column beside it.
    x.select(`'Option exchange'!${areaAddress({ top: t.top, left: t.left, bottom: t.top + 50_000, right: t.left + 6 })}`);
    const back = readRoster((await readSelectionValues()) as never, "MDY");
    expect(back.header.problem).toBeUndefined();
    expect(back.grants).toHaveLength(50_000);
    back.grants.forEach((g, i) => {
      const r = roster[i];
      if (
        g.grant !== String(r.grant) ||
        g.holder !== r.holder ||
        g.grantDate !== r.grantDate ||
        g.options !== r.options ||
        g.price !== r.exercisePrice ||
        g.type !== r.type ||
        g.problems.length
      ) {
        throw new Error(`grant ${i + 1} read back as ${JSON.stringify(g)}, written ${JSON.stringify(r)}`);
      }
    });
  });

  test("Cancel after the first request removes the new sheet and its names: the workbook is as it was", async () => {
    x.set("B2", "keep");
    let requests = 0;
    const out = await insertModel("seriesC", (n) => seriesCModel(SERIES_C_EXAMPLE, n), {
      progress: (d) => (requests = d),
      cancelled: () => requests >= 1,
      maxBytes: 20_000,
    });
    expect(out).toEqual({ inserted: false, reason: "cancelled", sheetName: "Series C", started: true });
    expect(x.sheets()).toEqual(["Sheet1"]);
    expect(x.names()).toEqual({});
    expect(x.tables()).toEqual({});
    expect(x.dump()).toEqual({ B2: { formula: "keep", numberFormat: "General", bold: false } });
  });

  test("cancelled before the first request: nothing was added", async () => {
    const out = await insertModel("seriesC", (n) => seriesCModel(SERIES_C_EXAMPLE, n), { cancelled: () => true });
    expect(out).toEqual({ inserted: false, reason: "cancelled", sheetName: "Series C", started: false });
    expect(x.sheets()).toEqual(["Sheet1"]);
  });

  test("a failure part-way (the connection lost) removes the sheet and the names, then reports the error", async () => {
    x.failSync(4); // the name probe, then three requests of the model, then a failure
    await expect(insertModel("seriesC", (n) => seriesCModel(SERIES_C_EXAMPLE, n), { maxBytes: 20_000 })).rejects.toThrow(/connection to Excel was lost/);
    expect(x.sheets()).toEqual(["Sheet1"]);
    expect(x.names()).toEqual({});
    expect(x.tables()).toEqual({});
  });
});
