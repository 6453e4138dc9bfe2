import { OfficeMockObject } from "office-addin-mock";
import { READ_CELLS_PER_SYNC, readSelectionValues } from "../../src/taskpane/excel/sheet";
import { workbookStore } from "../../src/taskpane/excel/store";
import { XML_NAMESPACE } from "../../src/taskpane/model/state";

/**
 * The pane's Excel I/O against office-addin-mock (Microsoft's unit-testing
 * library for Office.js) for the context, selection and used range, with
 * recording ranges underneath: what is read, in chunks. (Writes: the
 * stand-in of test/e2e/fakeOffice.js, insertModel.test.ts and relink.test.ts.)
 */
type Grid = unknown[][];

function mockExcel(opts: { selection?: Grid } = {}) {
  const rec = { syncs: 0 };
  const selection = opts.selection ?? [[1000], [1525], [525]];
  const data = {
    context: {
      workbook: {
        selected: {
          address: "Sheet1!C3",
          // Plain objects below the mock: Office.js sets isNullObject at sync without a load.
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
