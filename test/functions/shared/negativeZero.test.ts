import { withoutNegativeZero } from "../../../src/functions/shared/errors";

describe("no -0 in any cell (docs/conventions.md#errors)", () => {
  test("a single result of -0 becomes 0; other values pass unchanged", () => {
    expect(Object.is(withoutNegativeZero(-0), 0)).toBe(true);
    expect(withoutNegativeZero(-1.5)).toBe(-1.5);
    expect(withoutNegativeZero("x")).toBe("x");
  });
  test("a spill: each -0 cell becomes 0, other cells and rows are kept (the same array when none is -0)", () => {
    const clean = [
      ["a", 1],
      ["b", 0],
    ];
    expect(withoutNegativeZero(clean)).toBe(clean);
    const out = withoutNegativeZero([
      ["a", -0],
      ["b", 2],
      [-0, ""],
    ]);
    expect(out).toEqual([
      ["a", 0],
      ["b", 2],
      [0, ""],
    ]);
    expect(out.flat().some((x) => Object.is(x, -0))).toBe(false);
  });
});
