import { Dec } from "../../src/calc/core/decimal";
import { cellFromText, formatMoney, formatNumber, textFromCell, usDateToIso } from "../../src/taskpane/model/cells";

describe("cellFromText: what Excel would make of the same text in a cell", () => {
  test.each([
    ["", null],
    ["   ", null],
    ["1000", 1000],
    ["1,000", 1000],
    ["1,234,567.5", 1234567.5],
    ["$25.00", 25],
    ["-3", -3],
    [".5", 0.5],
    ["1e3", 1000],
    ["TRUE", true],
    ["false", false],
    ["2001-06-30", "2001-06-30"],
    ["6/30/2001", "2001-06-30"],
    ["2/30/2001", "2/30/2001"], // not a date: kept as typed, the date check names it
    ["12,34", "12,34"], // not a thousands grouping
    ["abc", "abc"],
    ["  SPLIT ", "SPLIT"],
  ])("%j → %j", (text, expected) => {
    expect(cellFromText(text)).toBe(expected);
  });

  test("usDateToIso pads month and day", () => {
    expect(usDateToIso("3/5/2000")).toBe("2000-03-05");
    expect(usDateToIso("13/5/2000")).toBeUndefined();
  });

  test("textFromCell shows serials in the date column as ISO dates", () => {
    expect(textFromCell(36600, true)).toBe("2000-03-15");
    expect(textFromCell(36600)).toBe("36600");
    expect(textFromCell(null)).toBe("");
    expect(textFromCell(true)).toBe("TRUE");
  });
});

describe("formatting", () => {
  test("thousands separators, decimals half-up", () => {
    expect(formatNumber(new Dec("1234567.8912345"), 6)).toBe("1,234,567.891235");
    expect(formatNumber(new Dec(1143), 0)).toBe("1,143");
    expect(formatNumber(new Dec("-0.0000001"), 6)).toBe("0");
    expect(formatMoney(new Dec(28))).toBe("$28.00");
    expect(formatMoney(new Dec("18.6666666666"))).toBe("$18.666667");
  });
});
