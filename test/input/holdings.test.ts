import { holdingsArg } from "../../src/input/holdings";
import { inputError } from "../support/expectError";

describe("holdings: holder | capital row name | quantity", () => {
  test("rows read with their positions; a header, blank and desktop-zero rows skipped; names trimmed; a numeric holder id as text", () => {
    const rows = holdingsArg([
      ["Holder", "Row", "Quantity"],
      [" Ann ", " Common ", 100],
      [0, 0, 0],
      [null, "", null],
      [42, "Series C", 0.5],
    ]);
    expect(rows).toEqual([
      { row: 2, holder: "Ann", rowName: "Common", quantity: 100 },
      { row: 5, holder: "42", rowName: "Series C", quantity: 0.5 },
    ]);
    expect(holdingsArg(null)).toEqual([]);
  });
  test("a missing cell or a wrong type is #VALUE! at its row and column", () => {
    const cases: [unknown[], string, string][] = [
      [["", "Common", 1], "holder", "holdings: row 1: the holder is missing"],
      [[true, "Common", 1], "holder", "holdings: row 1: the holder must be text, got TRUE"],
      [["Ann", 0, 1], "row", "holdings: row 1: the capital row name is missing"],
      [["Ann", false, 1], "row", "holdings: row 1: the capital row name must be text, got FALSE"],
      [["Ann", "Common", ""], "quantity", "holdings: row 1: the quantity is missing"],
      [["Ann", "Common", "ten"], "quantity", 'holdings: row 1: the quantity must be a number, got text "ten"'],
    ];
    for (const [cells, column, message] of cases) {
      const e = inputError(() => holdingsArg([cells]));
      expect([e.code, e.message, e.at?.row, e.at?.column]).toEqual(["value", message, 1, column]);
    }
  });
  test("a row of more than three columns is #VALUE!", () => {
    expect(inputError(() => holdingsArg([["Ann", "Common", 1, 2]])).message).toBe(
      "holdings: row 1 has 4 columns; expected 3 columns: holder | capital row name | quantity",
    );
  });
});
