import { OfficeMockObject } from "office-addin-mock";
import { READ_CELLS_PER_SYNC, readSelectionValues, writeAtSelection } from "../../src/taskpane/excel/sheet";
import { workbookStore } from "../../src/taskpane/excel/store";
import { SheetBlock } from "../../src/taskpane/model/layout";
import { XML_NAMESPACE } from "../../src/taskpane/model/state";

/**
 * The pane's Excel I/O against office-addin-mock (Microsoft's unit-testing
 * library for Office.js) for the context, selection and used range, with
 * recording ranges underneath: what is read, which rows each sync writes,
 * that a non-empty target is only overwritten when the user confirms, and
 * that Cancel clears what was written.
 */
type Grid = unknown[][];

function block(rows: number): SheetBlock {
  return {
    rows,
    cols: 2,
    formulas: Array.from({ length: rows }, (_, r) => [`Row ${r + 1}`, `=MPWR.OPTEX_NEWSHARES($C$${r + 3},0.75)`]),
    numberFormat: Array.from({ length: rows }, () => ["@", "#,##0"]),
    bold: [[0, 0]],
  };
}

interface Recorded {
  writes: Array<{ row: number; rows: number; formulas: Grid; numberFormat: Grid }>;
  bold: Array<[number, number, number]>;
  cleared: string[];
  syncs: number;
}

function mockExcel(opts: { occupied?: boolean; selection?: Grid } = {}) {
  const rec: Recorded = { writes: [], bold: [], cleared: [], syncs: 0 };
  const rangeAt = (row: number) => ({
    getResizedRange(dr: number) {
      const w = { row, rows: dr + 1, formulas: [] as Grid, numberFormat: [] as Grid };
      rec.writes.push(w);
      return {
        set formulas(v: Grid) {
          w.formulas = v;
        },
        set numberFormat(v: Grid) {
          w.numberFormat = v;
        },
        getCell(r: number, c: number) {
          return { getResizedRange: (_: number, dc: number) => ({ format: { font: { set bold(_v: boolean) { rec.bold.push([row + r, c, dc + 1]); } } } }) };
        },
      };
    },
  });
  const selection = opts.selection ?? [[1000], [1525], [525]];
  const data = {
    context: {
      workbook: {
        selected: {
          address: "Sheet1!C3",
          anchor: {
            target: {
              address: "Sheet1!C3:D4",
              format: { autofitColumns: () => undefined },
              // Plain objects below the mock: Office.js sets isNullObject at sync without a load.
              getUsedRangeOrNullObject: () => ({ load: () => undefined, isNullObject: !opts.occupied, address: "Sheet1!C3" }),
              getCell: (r: number) => rangeAt(r),
              clear: (what: string) => rec.cleared.push(what),
            },
            getResizedRange(this: { target: unknown }) {
              return this.target;
            },
          },
          getCell(this: { anchor: unknown }) {
            return this.anchor;
          },
          getUsedRangeOrNullObject: () => ({
            load: () => undefined,
            isNullObject: selection.length === 0,
            rowCount: selection.length,
            columnCount: selection[0]?.length ?? 0,
            getCell: (r: number) => ({
              getResizedRange: (dr: number) => ({ load: () => undefined, values: selection.slice(r, r + dr + 1) }),
            }),
          }),
        },
        getSelectedRange(this: { selected: unknown }) {
          return this.selected;
        },
      },
    },
    run: async function <T>(this: { context: { sync: () => Promise<void> } }, callback: (context: unknown) => Promise<T>) {
      const sync = this.context.sync.bind(this.context);
      this.context.sync = async () => {
        rec.syncs++;
        await sync();
      };
      return callback(this.context);
    },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = new OfficeMockObject(data);
  return rec;
}

describe("task pane Excel I/O (office-addin-mock)", () => {
  test("'use the selected range' reads the used part of the selection, a chunk of rows per sync", async () => {
    const rows = Array.from({ length: READ_CELLS_PER_SYNC / 2 + 5 }, (_, i) => [i, `g${i}`]);
    mockExcel({ selection: rows });
    const progress: number[] = [];
    expect(await readSelectionValues((done) => progress.push(done))).toEqual(rows);
    expect(progress).toEqual([READ_CELLS_PER_SYNC / 2, READ_CELLS_PER_SYNC / 2 + 5]); // two chunks of at most 20,000 cells
  });

  test("an empty selection reads as no rows (the roster is then left alone)", async () => {
    mockExcel({ selection: [] });
    expect(await readSelectionValues()).toEqual([]);
  });

  test("an empty target is written at the selected cell without asking, in chunks of whole rows under the byte bound", async () => {
    const rec = mockExcel();
    const asked: string[] = [];
    const b = block(1000);
    const outcome = await writeAtSelection(
      (anchor) => {
        expect(anchor).toEqual({ row: 2, col: 2 }); // C3
        return b;
      },
      { confirmOverwrite: async (a) => (asked.push(a), true), maxBytes: 20_000 },
    );
    expect(outcome).toEqual({ written: true, address: "Sheet1!C3:D4" });
    expect(asked).toEqual([]);
    expect(rec.writes.length).toBeGreaterThan(3);
    expect(rec.writes.flatMap((w) => w.formulas)).toEqual(b.formulas);
    expect(rec.writes.flatMap((w) => w.numberFormat)).toEqual(b.numberFormat);
    for (const w of rec.writes) expect(JSON.stringify(w.formulas).length + JSON.stringify(w.numberFormat).length).toBeLessThanOrEqual(20_000);
    expect(rec.writes.map((w) => w.row)).toEqual(rec.writes.map((_, i) => rec.writes.slice(0, i).reduce((n, x) => n + x.rows, 0)));
    expect(rec.bold).toEqual([[0, 0, 1]]);
    expect(rec.cleared).toEqual([]);
  });

  test("a non-empty target asks first; declining writes nothing", async () => {
    const rec = mockExcel({ occupied: true });
    const asked: string[] = [];
    const outcome = await writeAtSelection(() => block(2), { confirmOverwrite: async (a) => (asked.push(a), false) });
    expect(asked).toEqual(["Sheet1!C3:D4"]);
    expect(outcome).toEqual({ written: false, address: "Sheet1!C3:D4", reason: "declined" });
    expect(rec.writes).toEqual([]);
  });

  test("Cancel after some chunks clears the whole target: no partial model stays", async () => {
    const rec = mockExcel();
    let chunks = 0;
    const outcome = await writeAtSelection(() => block(1000), {
      confirmOverwrite: async () => true,
      maxBytes: 20_000,
      progress: () => chunks++,
      cancelled: () => chunks >= 2,
    });
    expect(outcome).toMatchObject({ written: false, reason: "cancelled" });
    expect(rec.writes.length).toBe(2);
    expect(rec.cleared).toEqual(["All"]);
  });

  test("Cancel before the first chunk leaves the sheet untouched (nothing cleared)", async () => {
    const rec = mockExcel({ occupied: true });
    const outcome = await writeAtSelection(() => block(10), { confirmOverwrite: async () => true, cancelled: () => true });
    expect(outcome).toEqual({ written: false, address: "Sheet1!C3:D4", reason: "cancelled", rowsWritten: 0 });
    expect(rec.writes).toEqual([]);
    expect(rec.cleared).toEqual([]);
  });
});

describe("inputs saved in the workbook's custom XML parts (office-addin-mock)", () => {
  function mockParts() {
    const parts: Array<{ id: string; namespaceUri: string; xml: string; deleted: boolean }> = [];
    let n = 0;
    const item = (p: (typeof parts)[number]) => ({ id: p.id, getXml: () => ({ value: p.xml }), delete: () => (p.deleted = true) });
    const data = {
      context: {
        workbook: {
          customXmlParts: {
            add: (xml: string) => {
              const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
              parts.push({ id: `p${++n}`, namespaceUri: ns, xml, deleted: false });
            },
            getByNamespace: (ns: string) => {
              const found = parts.filter((p) => !p.deleted && p.namespaceUri === ns).map(item);
              return { load: () => undefined, items: found };
            },
          },
        },
      },
      run: async function <T>(this: { context: unknown }, callback: (context: unknown) => Promise<T>) {
        return callback(this.context);
      },
    };
    (globalThis as unknown as { Excel: unknown }).Excel = new OfficeMockObject(data);
    return parts;
  }

  test("save then load gives the records back; a big record spans several parts; the old generation is deleted", async () => {
    const parts = mockParts();
    const store = workbookStore();
    const roster = Array.from({ length: 50_000 }, (_, i) => `Employee ${i},2000-03-15,"1,000",$25.00`).join("\n");
    await store.save("form", '{"v":1}');
    await store.save("roster", roster);
    await store.save("roster", `${roster}\nlast`);
    const live = parts.filter((p) => !p.deleted);
    expect(live.filter((p) => p.namespaceUri === XML_NAMESPACE.roster).length).toBeGreaterThan(5);
    expect(parts.filter((p) => p.deleted && p.namespaceUri === XML_NAMESPACE.roster).length).toBeGreaterThan(5);
    for (const p of live) expect(p.xml.length).toBeLessThanOrEqual(1024 * 1024);
    expect(await store.load()).toEqual({ form: '{"v":1}', roster: `${roster}\nlast` });
  });
});
