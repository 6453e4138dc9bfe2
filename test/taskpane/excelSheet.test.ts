import { OfficeMockObject } from "office-addin-mock";
import { readSelectionValues, writeAtSelection } from "../../src/taskpane/excel/sheet";
import { SheetBlock } from "../../src/taskpane/model/layout";

/**
 * The pane's Excel I/O against office-addin-mock's Excel stand-in (Microsoft's
 * unit-testing library for Office.js): what is read from the selection, which
 * range is written, and that a non-empty target is only overwritten when the
 * user confirms.
 */
type Grid = unknown[][];

const BLOCK: SheetBlock = {
  rows: 2,
  cols: 2,
  formulas: [
    ["As of", 37072],
    ["Accrued", "=MPWR.SERIESC_ACCRUED($D$3)"],
  ],
  numberFormat: [
    ["@", "yyyy-mm-dd"],
    ["@", "#,##0.00######"],
  ],
  bold: [[0, 0]],
};

// office-addin-mock wraps the objects of this tree (adding load/sync); a method
// returns a child of its own object, as in Microsoft's examples.
function mockExcel(existing: Grid, selection: Grid = [[1000], [1525]]) {
  const data = {
    context: {
      workbook: {
        selected: {
          address: "Sheet1!C3",
          values: selection,
          anchor: {
            target: {
              address: "Sheet1!C3:D4",
              formulas: existing,
              numberFormat: [] as unknown[],
              format: { font: {}, autofitColumns: () => undefined },
              cell: { format: { font: { bold: false } } },
              getCell(this: { cell: unknown }) {
                return this.cell;
              },
            },
            getResizedRange(this: { target: unknown }) {
              return this.target;
            },
          },
          getCell(this: { anchor: unknown }) {
            return this.anchor;
          },
        },
        getSelectedRange(this: { selected: unknown }) {
          return this.selected;
        },
      },
    },
    run: async function <T>(this: { context: unknown }, callback: (context: unknown) => Promise<T>) {
      return callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { context: { workbook: { selected: { anchor: { target: { formulas: Grid; numberFormat: Grid } } } } } };
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return { target: mock.context.workbook.selected.anchor.target };
}

describe("task pane Excel I/O (office-addin-mock)", () => {
  test("'use the selected range' reads the selection's values", async () => {
    mockExcel([], [[1000], [1525], [525]]);
    expect(await readSelectionValues()).toEqual([[1000], [1525], [525]]);
  });

  test("an empty target is written at the selected cell without asking: formats first, then formulas", async () => {
    const { target } = mockExcel([["", ""], ["", ""]]);
    const asked: string[] = [];
    const outcome = await writeAtSelection(
      (anchor) => {
        expect(anchor).toEqual({ row: 2, col: 2 }); // C3
        return BLOCK;
      },
      async (address) => {
        asked.push(address);
        return true;
      },
    );
    expect(outcome).toEqual({ written: true, address: "Sheet1!C3:D4" });
    expect(asked).toEqual([]);
    expect(target.formulas).toEqual(BLOCK.formulas);
    expect(target.numberFormat).toEqual(BLOCK.numberFormat);
  });

  test("a non-empty target asks first; cancelling leaves the cells as they were", async () => {
    const existing = [["keep me", ""], ["", "=SUM(A1:A2)"]];
    const { target } = mockExcel(existing);
    const asked: string[] = [];
    const outcome = await writeAtSelection(
      () => BLOCK,
      async (address) => {
        asked.push(address);
        return false;
      },
    );
    expect(asked).toEqual(["Sheet1!C3:D4"]);
    expect(outcome).toEqual({ written: false, address: "Sheet1!C3:D4", reason: "cancelled" });
    expect(target.formulas).toEqual(existing);
  });

  test("a non-empty target is replaced when the user confirms", async () => {
    const { target } = mockExcel([["keep me", ""], ["", ""]]);
    const outcome = await writeAtSelection(
      () => BLOCK,
      async () => true,
    );
    expect(outcome.written).toBe(true);
    expect(target.formulas).toEqual(BLOCK.formulas);
  });
});
