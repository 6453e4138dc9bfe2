import { READ_CELLS_PER_SYNC, readSelectionValues } from "../../src/taskpane/excel/sheet";
import { workbookStore } from "../../src/taskpane/excel/store";
import { XML_NAMESPACE } from "../../src/taskpane/model/state";
import { FakeExcel, standIn } from "./excel/standIn";

/**
 * The pane's Excel reads through the Excel stand-in (test/taskpane/excel/standIn.ts, the one
 * the e2e tests give the page): the used part of the selection, in chunks of rows per request;
 * the inputs kept in the workbook's custom XML parts. (Writes: insertModel.test.ts, relink.test.ts.)
 */
let x: FakeExcel;
beforeEach(() => {
  x = standIn();
  x.clearParts();
});

/** The requests Excel.run sent (the last one is what it sends when the batch returns). */
const requests = () => x.log.filter((e) => e.sync !== undefined);

describe("task pane Excel reads", () => {
  test("'use the selected range' reads the used part of the selection, a chunk of rows per sync", async () => {
    const rows = Array.from({ length: READ_CELLS_PER_SYNC / 2 + 5 }, (_, i) => [i, `g${i}`]);
    rows.forEach(([n, g], i) => {
      x.set(`C${i + 3}`, n);
      x.set(`D${i + 3}`, g);
    });
    x.select("C1:F30000"); // more than the used part: only the used part is read
    const progress: number[] = [];
    expect(await readSelectionValues((done) => progress.push(done))).toEqual(rows);
    expect(progress).toEqual([READ_CELLS_PER_SYNC / 2, READ_CELLS_PER_SYNC / 2 + 5]); // two chunks of at most 20,000 cells
    expect(requests().length).toBe(1 + 2 + 1); // the used range, two chunks, the end of the batch
  });

  test("an empty selection reads as no rows (the roster is then left alone)", async () => {
    x.set("A1", "elsewhere");
    x.select("Z100:Z120");
    expect(await readSelectionValues()).toEqual([]);
  });
});

describe("inputs saved in the workbook's custom XML parts", () => {
  test("save then load gives the records back; a big record spans several parts; the old generation is deleted", async () => {
    const store = workbookStore();
    const roster = Array.from({ length: 50_000 }, (_, i) => `Employee ${i},2000-03-15,"1,000",$25.00`).join("\n");
    await store.save("form", '{"v":1}');
    await store.save("roster", roster);
    const first = x.parts().filter((p) => p.namespaceUri === XML_NAMESPACE.roster);
    expect(first.length).toBeGreaterThan(5);
    await store.save("roster", `${roster}\nlast`);
    const live = x.parts();
    const rosterParts = live.filter((p) => p.namespaceUri === XML_NAMESPACE.roster);
    expect(rosterParts.length).toBeGreaterThan(5);
    expect(rosterParts.filter((p) => first.some((f) => f.id === p.id))).toEqual([]); // the earlier generation is gone
    for (const p of live) expect(p.xml.length).toBeLessThanOrEqual(1024 * 1024);
    expect(await store.load()).toEqual({ form: '{"v":1}', roster: `${roster}\nlast` });
  });
});
