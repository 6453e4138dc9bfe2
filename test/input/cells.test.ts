import { isBlank, isEmptyCell, valueCount } from "../../src/input/cells";

/** The rule for empty cells (docs/conventions.md#ranges-and-empty-cells), written once in src/input/cells.ts. */
describe("empty cells: web blanks, desktop Excel's 0", () => {
  test("null, undefined, '' and spaces are blank; 0 is blank only where 0 is not a value", () => {
    for (const v of [null, undefined, "", "   "]) expect([isBlank(v), isEmptyCell(v)]).toEqual([true, true]);
    expect([isBlank(0), isEmptyCell(0), isEmptyCell(-0)]).toEqual([false, true, true]);
    for (const v of [1, "0", "x", false, 1e-300]) expect(isEmptyCell(v)).toBe(false);
  });
  test("a column where 0 is a value: the zeros and blanks below its last value are spare empty rows", () => {
    expect(valueCount([0, 5, null, 7, "", 0, 0])).toBe(4);
    expect(valueCount([0, 0])).toBe(0);
    expect(valueCount([])).toBe(0);
    expect(valueCount([3])).toBe(1);
  });
});
