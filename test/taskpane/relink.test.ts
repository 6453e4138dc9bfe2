import { recalculateMpwrFormulas } from "../../src/taskpane/excel/relink";
import { READ_CELLS_PER_SYNC } from "../../src/taskpane/excel/sheet";
import { MAX_CHUNK_BYTES } from "../../src/taskpane/model/chunks";
import { mpwrFormulas, relinkWrites, relinkedFormula } from "../../src/taskpane/model/relink";
import { FakeExcel, standIn } from "./excel/standIn";

/**
 * "Recalculate MPWR formulas": every formula calling an MPWR function, in
 * either form Excel may hold it in, re-entered in the `MPWR.` form; spilled
 * cells other than the anchor, other formulas and text left alone; read and
 * written in chunks.
 */

describe("which formulas are MPWR formulas, and what is re-entered", () => {
  test("the `_xldudf_` form a file stores becomes the `MPWR.` form; the `MPWR.` form stays as it is", () => {
    expect(relinkedFormula("=_xldudf_MPWR_SERIESC_ACCRUED(SC_AsOf,SC_Payments)")).toBe("=MPWR.SERIESC_ACCRUED(SC_AsOf,SC_Payments)");
    expect(relinkedFormula("=MPWR.OPTEX_TOTAL(A1:A3,0.75)*2")).toBe("=MPWR.OPTEX_TOTAL(A1:A3,0.75)*2");
    expect(relinkedFormula("=mpwr.optex_total(A1:A3)")).toBe("=mpwr.optex_total(A1:A3)");
    // Two calls, one nested; the link Excel wrote through another add-in ([2]!) is the same function.
    expect(relinkedFormula("=_xldudf_MPWR_SERIESC_LIQPREF(A1,_xldudf_MPWR_SERIESC_CONVPRICE(A1))+[2]!_xldudf_MPWR_OPTEX_TOTAL(B1)")).toBe(
      "=MPWR.SERIESC_LIQPREF(A1,MPWR.SERIESC_CONVPRICE(A1))+MPWR.OPTEX_TOTAL(B1)",
    );
  });
  test("not MPWR formulas: other functions, constants, text that mentions MPWR, a string literal, a name that only contains MPWR", () => {
    for (const entry of ["=SUM(A1:A3)", 12, "", "MPWR.SERIESC_ACCRUED", '=IF(A1,"MPWR.X(1)",0)', "=XMPWR.F(1)", "=MYMPWR_RATE*2", true, null])
      expect([entry, relinkedFormula(entry)]).toEqual([entry, undefined]);
    // A string literal is never rewritten, even beside a call.
    expect(relinkedFormula('=_xldudf_MPWR_OPTEX_TOTAL(A1)&" _xldudf_MPWR_X("')).toBe('=MPWR.OPTEX_TOTAL(A1)&" _xldudf_MPWR_X("');
  });
  test("cells of a block found by position; writes of whole areas with the other cells left alone (null)", () => {
    const cells = mpwrFormulas(
      [
        ["=MPWR.A(1)", 5, "=MPWR.B(2)"],
        ["x", "=SUM(1)", ""],
        ["", "", "=_xldudf_MPWR_C(3)"],
      ],
      10,
      2,
    );
    expect(cells).toEqual([
      { row: 10, col: 2, formula: "=MPWR.A(1)" },
      { row: 10, col: 4, formula: "=MPWR.B(2)" },
      { row: 12, col: 4, formula: "=MPWR.C(3)" },
    ]);
    expect(relinkWrites(cells).map((w) => [w.area, w.formulas, w.cells])).toEqual([
      [{ top: 10, bottom: 10, left: 2, right: 4 }, [["=MPWR.A(1)", null, "=MPWR.B(2)"]], 2],
      [{ top: 12, bottom: 12, left: 4, right: 4 }, [["=MPWR.C(3)"]], 1],
    ]);
  });
});

describe("Recalculate MPWR formulas through the Excel stand-in", () => {
  let x: FakeExcel;
  beforeEach(() => {
    x = standIn();
  });
  const entries = (a: string) => x.cell(a)?.entries ?? 0;

  test("every MPWR formula of every sheet re-entered once in the MPWR. form; spilled cells, other formulas and text left alone", async () => {
    x.set("A1", 1000);
    x.set("B1", "=_xldudf_MPWR_OPTEX_NEWSHARES(A1,0.75)");
    x.set("C1", "=SUM(A1:A3)");
    x.set("D1", "MPWR.OPTEX_NEWSHARES");
    x.set("E1", "=MPWR.SERIESC_KEYDATES()");
    x.spill("E1", 7, 2); // E1:F7: its other cells report E1's formula
    x.addSheet("Model");
    x.set("'Model'!C3", "=MPWR.SERIESC_ACCRUED(DATE(2001,6,30))");
    x.addSheet("Empty");
    const progress: number[] = [];
    const r = await recalculateMpwrFormulas({ progress: (_s, _n, done) => progress.push(done) });
    expect(r).toEqual({ refreshed: 3, sheets: 2, protectedSheets: [], failed: [], cancelled: false });
    expect(x.cell("B1")).toMatchObject({ formula: "=MPWR.OPTEX_NEWSHARES(A1,0.75)", entries: 1 });
    expect([entries("E1"), entries("'Model'!C3"), entries("C1")]).toEqual([1, 1, 0]);
    expect(x.cell("D1")!.formula).toBe("MPWR.OPTEX_NEWSHARES");
    expect(x.sheet("Sheet1")!.blocked).toEqual([]); // nothing written into E2:F7
    expect(progress[progress.length - 1]).toBe(3);
  });

  test("a big sheet is read in chunks of at most 20,000 cells and written in requests under 1 MB", async () => {
    const rows = 30_000;
    for (let i = 1; i <= rows; i++) {
      x.set(`A${i}`, i);
      x.set(`B${i}`, `=_xldudf_MPWR_OPTEX_NEWSHARES(A${i},0.75)`);
    }
    const r = await recalculateMpwrFormulas();
    expect(r.refreshed).toBe(rows);
    expect(x.cell(`B${rows}`)).toMatchObject({ formula: `=MPWR.OPTEX_NEWSHARES(A${rows},0.75)`, entries: 1 });
    const syncs = x.log.filter((e) => e.bytes !== undefined);
    expect(Math.max(...syncs.map((e) => e.bytes!))).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
    // Two columns: 10,000 rows per read, so at least three reads.
    expect(READ_CELLS_PER_SYNC / 2).toBe(10_000);
    expect(syncs.length).toBeGreaterThanOrEqual(3 + 3);
  });

  test("a protected sheet is named and left alone; a formula Excel refuses is reported with its message; the others are refreshed", async () => {
    x.set("A1", "=MPWR.OPTEX_TOTAL(1000)");
    x.set("A2", "=MPWR.OPTEX_TOTAL(2000)");
    x.set("A3", "=MPWR.OPTEX_TOTAL(3000)");
    x.refuseWrites("A2");
    x.addSheet("Locked");
    x.set("'Locked'!A1", "=MPWR.OPTEX_TOTAL(1)");
    x.protect("Locked");
    const r = await recalculateMpwrFormulas();
    expect(r).toEqual({
      refreshed: 2,
      sheets: 1,
      protectedSheets: ["Locked"],
      failed: [{ address: "Sheet1!A2", message: "InvalidOperation: You can't change part of an array." }],
      cancelled: false,
    });
    expect([entries("A1"), entries("A2"), entries("A3"), entries("'Locked'!A1")]).toEqual([1, 0, 1, 0]);
  });

  test("stopped part-way: what was refreshed is said, the rest is as it was", async () => {
    for (let i = 1; i <= 25_000; i++) x.set(`A${i}`, `=MPWR.OPTEX_TOTAL(${i})`);
    let seen = 0;
    const r = await recalculateMpwrFormulas({ progress: (_s, _n, done) => (seen = done), cancelled: () => seen > 0 });
    expect(r.cancelled).toBe(true);
    expect(r.refreshed).toBe(READ_CELLS_PER_SYNC);
    expect([entries("A1"), entries(`A${READ_CELLS_PER_SYNC}`), entries(`A${READ_CELLS_PER_SYNC + 1}`)]).toEqual([1, 1, 0]);
  });

  test("no MPWR formula: nothing written", async () => {
    x.set("A1", "=SUM(1,2)");
    expect(await recalculateMpwrFormulas()).toEqual({ refreshed: 0, sheets: 0, protectedSheets: [], failed: [], cancelled: false });
  });
});
