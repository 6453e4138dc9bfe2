import { Dec } from "../../../src/calc/core/decimal";
import { indexOf, niceCeil, pointsUpTo, roundGrid } from "../../../src/taskpane/charts/model/samples";
import { MAX_TABLE_ROWS, tableRows } from "../../../src/taskpane/charts/model/table";
import { date, money, perShare, shares, shortMoney } from "../../../src/taskpane/charts/model/format";

const d = (x: number | string) => new Dec(x);
const s = (xs: Dec[]) => xs.map((x) => x.toString());

describe("chart sample points", () => {
  test("niceCeil: the least 1, 2, 2.5 or 5 × 10^k at or above", () => {
    expect(s([d(0.7), d(1), d(1.2), d(2.4), d(3), d(7), d(73.5), d(1234)].map(niceCeil))).toEqual(["1", "1", "2", "2.5", "5", "10", "100", "2000"]);
  });
  test("roundGrid: about ten round steps to the end", () => {
    expect(s(roundGrid(d(100)))).toEqual(["0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"]);
    expect(s(roundGrid(d(130)))).toEqual(["0", "20", "40", "60", "80", "100", "120", "130"]);
  });
  test("pointsUpTo: sorted, in range, one point for values equal to the 24th digit (the shorter kept)", () => {
    expect(s(pointsUpTo(d(30), [d(10), d(40), d(0)], [d("27.99999999999999999999999999999999999999"), d(28)], [d(10)]))).toEqual(["0", "10", "28"]);
    expect(indexOf([d(0), d(10), d(28)], d("27.99999999999999999999999999999"))).toBe(2);
    expect(indexOf([d(0), d(10), d(28)], d("27.9"))).toBe(-1);
  });
  test("tableRows: all when few; else the key rows, first and last, and an even selection", () => {
    expect(tableRows(5, [])).toEqual([0, 1, 2, 3, 4]);
    const rows = tableRows(200, [137]);
    expect(rows.length).toBe(MAX_TABLE_ROWS);
    expect(rows).toContain(0);
    expect(rows).toContain(137);
    expect(rows).toContain(199);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });
  test("formats: $ with cents, per-share up to 6 decimals, shares with separators, dates as dates", () => {
    expect(money(d("1234567.891"))).toBe("$1,234,567.89");
    expect(money(d(-5))).toBe("-$5.00");
    expect(perShare(d(28).div(1.5))).toBe("$18.666667");
    expect(perShare(d(28))).toBe("$28.00");
    expect(shares(d(6372694))).toBe("6,372,694");
    expect(date(d(37161))).toBe("2001-09-27");
  });
});

test("shortMoney: chart labels in a few characters", () => {
  expect(shortMoney(new Dec("373898564.38"))).toBe("$374M");
  expect(shortMoney(new Dec("10000000"))).toBe("$10M");
  expect(shortMoney(new Dec("2500000"))).toBe("$2.5M");
  expect(shortMoney(new Dec("1500000000"))).toBe("$1.5B");
  expect(shortMoney(new Dec("999.5"))).toBe("$999.50");
});
