import { CASES } from "./cases";
import { Expected, buildSheet, expectValue, functions, spill, value } from "./workbook";

describe("every function of functions.json has formula cases", () => {
  test("no function without a case", () => {
    const missing = functions.map((f) => f.id).filter((id) => !(CASES[id]?.length > 0));
    expect(missing).toEqual([]);
  });
  test("no case for a function the build does not register", () => {
    const ids = new Set(functions.map((f) => f.id));
    expect(Object.keys(CASES).filter((id) => !ids.has(id))).toEqual([]);
  });
});

const rows = Object.entries(CASES).flatMap(([id, cases]) => cases.map((c) => [id, c.what, c] as const));

describe.each(rows)("%s: %s", (_id, _what, c) => {
  test(c.formula, () => {
    const at = c.at ?? "J1";
    const hf = buildSheet(c.cells ?? [[]]);
    hf.setCellContents(hf.simpleCellAddressFromString(at, 0)!, c.formula);
    const expected: Expected = typeof c.expected === "function" ? c.expected() : c.expected;
    const shape = c.spill === "auto" ? (Array.isArray(expected) ? ([expected.length, expected[0].length] as const) : undefined) : c.spill;
    const actual = shape ? spill(hf, at, shape[0], shape[1]) : value(hf, at);
    expectValue(actual, expected);
    hf.destroy();
  });
});
