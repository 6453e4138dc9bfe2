/**
 * The plugin's argument and result mapping (test/support/hyperformulaPlugin.ts),
 * with probe functions that record what they receive, registered under made-up
 * metadata in this test file's own HyperFormula module instance.
 */
import { HyperFormula } from "hyperformula";
import { makeCustomFunctions } from "../support/customFunctions";
import type { FunctionMetadata } from "../support/dist";
import { buildSheet, registerMpwrFunctions } from "../support/hyperformulaPlugin";

const cf = makeCustomFunctions();
const calls: unknown[][] = [];
cf.associate("PROBE", (...args: unknown[]) => {
  calls.push(args);
  return 1;
});
cf.associate("ROWS", (n: unknown) => {
  if (typeof n !== "number") throw new cf.Error(cf.ErrorCode.invalidValue, "n: expected a number");
  return Array.from({ length: n }, (_, i) => [i + 1, `row ${i + 1}`]);
});
cf.associate("FAIL", (code: unknown) => {
  if (code === "raw") throw new TypeError("boom");
  throw new cf.Error(String(code), `x: failed with ${String(code)}`);
});
const meta: FunctionMetadata[] = [
  {
    id: "PROBE",
    name: "PROBE",
    parameters: [
      { name: "a", type: "any" },
      { name: "b", dimensionality: "matrix", optional: true },
      { name: "c", dimensionality: "matrix", optional: true },
    ],
    result: { type: "number" },
  },
  { id: "ROWS", name: "ROWS", parameters: [{ name: "n" }], result: { dimensionality: "matrix" } },
  { id: "FAIL", name: "FAIL", parameters: [{ name: "code" }], result: {} },
];
registerMpwrFunctions(cf, meta);

const at = (hf: HyperFormula, a1: string) => hf.simpleCellAddressFromString(a1, 0)!;

describe("arguments as Excel hands them to a custom function", () => {
  beforeEach(() => (calls.length = 0));
  test("dots in names: MPWR.PROBE is recognised, an unknown MPWR.X is #NAME?", () => {
    const hf = buildSheet([["=MPWR.PROBE(1)", "=MPWR.NOPE(1)"]]);
    expect(hf.getCellValue(at(hf, "A1"))).toBe(1);
    expect(hf.getCellValue(at(hf, "B1"))).toMatchObject({ type: "NAME" });
  });
  test("scalars: numbers (DATE() as a plain number), text, booleans, empty cell → null", () => {
    buildSheet([["=MPWR.PROBE(DATE(2001,6,30))", '=MPWR.PROBE("2001-06-30")', "=MPWR.PROBE(TRUE())", "=MPWR.PROBE(Z9)"]]);
    expect(calls).toEqual([[37072], ["2001-06-30"], [true], [null]]);
  });
  test("omitted trailing arguments are not passed; an empty middle argument is null", () => {
    buildSheet([
      [1, 2, "=MPWR.PROBE(A1,,A1:B2)"],
      [null, "x"],
    ]);
    expect(calls).toEqual([
      [
        1,
        null,
        [
          [1, 2],
          [null, "x"],
        ],
      ],
    ]);
  });
  test("a scalar given to a matrix parameter is a 1×1 range; a range to a scalar parameter is passed as is", () => {
    buildSheet([[5, 6, "=MPWR.PROBE(A1,A1)", "=MPWR.PROBE(A1:B1)", "=MPWR.PROBE(1,7)"]]);
    expect(calls).toHaveLength(3);
    expect(calls).toEqual(expect.arrayContaining([[5, [[5]]], [[[5, 6]]], [1, [[7]]]]));
  });
  test("too many or too few arguments → #N/A", () => {
    const hf = buildSheet([["=MPWR.PROBE()", "=MPWR.PROBE(1,2,3,4)"]]);
    expect(hf.getCellValue(at(hf, "A1"))).toMatchObject({ type: "NA" });
    expect(hf.getCellValue(at(hf, "B1"))).toMatchObject({ type: "NA" });
    expect(calls).toEqual([]);
  });
});

describe("results", () => {
  test("CustomFunctions.Error codes map to CellError types with the message; other exceptions are flagged", () => {
    const hf = buildSheet([['=MPWR.FAIL("#VALUE!")', '=MPWR.FAIL("#NUM!")', '=MPWR.FAIL("#N/A")', '=MPWR.FAIL("raw")']]);
    expect(hf.getCellValue(at(hf, "A1"))).toMatchObject({ type: "VALUE", message: "x: failed with #VALUE!" });
    expect(hf.getCellValue(at(hf, "B1"))).toMatchObject({ type: "NUM", message: "x: failed with #NUM!" });
    expect(hf.getCellValue(at(hf, "C1"))).toMatchObject({ type: "NA", message: "x: failed with #N/A" });
    expect(hf.getCellValue(at(hf, "D1"))).toMatchObject({ type: "ERROR", message: "not a CustomFunctions.Error: boom" });
  });
  test("spill size is taken when the formula is entered; a larger result later is #SPILL!, re-entering resizes", () => {
    const hf = buildSheet([[2, "=MPWR.ROWS(A1)"]]);
    expect(hf.getRangeValues({ start: at(hf, "B1"), end: at(hf, "C2") })).toEqual([
      [1, "row 1"],
      [2, "row 2"],
    ]);
    hf.setCellContents(at(hf, "A1"), 3);
    expect(hf.getCellValue(at(hf, "B1"))).toMatchObject({ type: "SPILL" });
    hf.setCellContents(at(hf, "B1"), "=MPWR.ROWS(A1)");
    expect(hf.getCellValue(at(hf, "B3"))).toBe(3);
    hf.setCellContents(at(hf, "A1"), 1); // smaller: padded with empty cells
    expect(hf.getRangeValues({ start: at(hf, "B1"), end: at(hf, "B3") })).toEqual([[1], [null], [null]]);
  });
  test("a spill whose input is a formula cell not yet computed at entry gets 1×1, then #SPILL!; re-entering sizes it", () => {
    const hf = buildSheet([["=1+1", "=MPWR.ROWS(A1)"]]);
    expect(hf.getCellValue(at(hf, "B1"))).toMatchObject({ type: "SPILL", message: expect.stringMatching(/re-enter the formula/) });
    hf.setCellContents(at(hf, "B1"), "=MPWR.ROWS(A1)");
    expect(hf.getRangeValues({ start: at(hf, "B1"), end: at(hf, "C2") })).toEqual([
      [1, "row 1"],
      [2, "row 2"],
    ]);
  });
});
