import { optexNewShares } from "../../../src/functions/optionExchange/newShares";
import { installCustomFunctions } from "../../support/customFunctions";
import { expectExcelError } from "../../support/expectError";

installCustomFunctions();

describe("OPTEX_NEWSHARES (Offer §1, Q7; Answers Q5)", () => {
  test("the documents' examples: 1,000 → 750, 1,525 → 1,143, 525 → 393", () => {
    expect(optexNewShares([[1000]])).toEqual([[750]]);
    expect(optexNewShares(1525 as never)).toEqual([[1143]]);
    expect(optexNewShares([[525]])).toEqual([[393]]);
  });
  test("a range spills the same shape, one floor per grant, empty cells stay empty", () => {
    expect(
      optexNewShares([
        [1000, 1525],
        [null, ""],
        [525, 3],
      ]),
    ).toEqual([
      [750, 1143],
      ["", ""],
      [393, 2],
    ]);
  });
  test("zero options give zero; a ratio argument overrides 0.75", () => {
    expect(optexNewShares([[0]])).toEqual([[0]]);
    expect(optexNewShares([[1525]], 0.5)).toEqual([[762]]);
    expect(optexNewShares([[1525]], 1)).toEqual([[1525]]);
  });
  test("no -0 in a result: an eligible cell of -0, or 1 at a tiny ratio, gives 0 (floor(−0 × 0.75) would be −0)", () => {
    const out = optexNewShares([
      [-0, 1],
      [0, -0],
    ]);
    expect(out.flat().every((x) => Object.is(x, 0) || x === 0)).toBe(true);
    expect(out.flat().some((x) => Object.is(x, -0))).toBe(false);
    expect(Object.is(optexNewShares([[-0]])[0][0], 0)).toBe(true);
  });
  test("rounding is exact in decimal: 0.75 × 4 = 3, not 2.9999…", () => {
    expect(optexNewShares([[4]], 0.75)).toEqual([[3]]);
    expect(optexNewShares([[10]], 0.7)).toEqual([[7]]);
  });
  test.each([
    [[["ten"]], "#VALUE!", "eligible"],
    [[[true]], "#VALUE!", "eligible"],
    [[[-1]], "#NUM!", "eligible"],
    [[[10.5]], "#NUM!", "eligible"],
  ])("eligible %j → %s", (eligible, code, arg) => {
    expectExcelError(() => optexNewShares(eligible as never), code, arg);
  });
  test("a ragged range still spills a rectangle; an empty range is #VALUE!", () => {
    expect(optexNewShares([[1000, 4], [525]])).toEqual([
      [750, 3],
      [393, ""],
    ]);
    expectExcelError(() => optexNewShares([] as never), "#VALUE!", "eligible");
    expectExcelError(() => optexNewShares([[]] as never), "#VALUE!", "eligible");
  });
  test("a bad cell in a range is named by its position", () => {
    expectExcelError(() => optexNewShares([[1000], ["x"]]), "#VALUE!", "eligible (row 2, column 1)");
  });
  test.each([
    ["0.75x", "#VALUE!"],
    [true, "#VALUE!"],
    [0, "#NUM!"],
    [-0.5, "#NUM!"],
    [1.5, "#NUM!"],
  ])("ratio %j → %s naming ratio", (ratio, code) => {
    expectExcelError(() => optexNewShares([[1000]], ratio), code, "ratio");
  });
});

describe("OPTEX_NEWSHARES at scale", () => {
  test("1,000,000 rows spill 1,000,000 results (no spread of the rows into one call)", () => {
    const grants = Array.from({ length: 1_000_000 }, (_, i) => [(i % 5000) + 1]);
    grants[999_999] = [1525];
    const out = optexNewShares(grants);
    expect(out.length).toBe(1_000_000);
    expect(out[0]).toEqual([0]); // floor(1 × 0.75)
    expect(out[3]).toEqual([3]); // floor(4 × 0.75)
    expect(out[999_999]).toEqual([1143]); // floor(1,525 × 0.75) = floor(1,143.75)
  });
  test("a ragged range of many rows is padded to a rectangle", () => {
    const rows: unknown[][] = Array.from({ length: 200_000 }, () => [1000]);
    rows[5] = [1000, 4];
    const out = optexNewShares(rows as never);
    expect(out[0]).toEqual([750, ""]);
    expect(out[5]).toEqual([750, 3]);
  });
});
