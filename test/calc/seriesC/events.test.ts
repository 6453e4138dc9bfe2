import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { cellText, checkEvents } from "../../../src/calc/seriesC/events";
import { seriesCTerms } from "../../../src/calc/seriesC/terms";
import { dayFromCivil } from "../../../src/calc/time/civil";

describe("cellText: a cell's number as the certificate of adjustment prints it", () => {
  const decimalText = (v: number) => (v === 0 ? new Dec(0) : new Dec(v)).toString();
  test("is the text of the cell's Decimal, for every double (exponents below 1e-6 and from 1e21 on in both)", () => {
    for (const v of [0, -0, 1, 1.5, 0.1, 1e-6, 1e-7, 1.5e-7, 123456.789, 1e20, 1e21, 1.5e21, 2 ** 53 + 2, 5e-324, Number.MAX_VALUE, -2.5])
      expect(cellText(v)).toBe(decimalText(v));
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => cellText(v) === decimalText(v)),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: -30, max: 30 }), (m, k) => cellText(m * 10 ** k) === decimalText(m * 10 ** k)),
      { numRuns: 5000 },
    );
  });
});

describe("an events error says where it is as data (row, column, the problem without the column's name)", () => {
  const t = seriesCTerms();
  const day = dayFromCivil(2001, 1, 2);
  const errorOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e as { message: string; at?: unknown };
    }
    throw new Error("no error");
  };

  test("a negative cell: its column and what is wrong with it", () => {
    const e = errorOf(() => checkEvents(t, [{ row: 3, day, type: "ISSUE", a: -1, b: 10, c: 100 }]));
    expect(e.message).toBe("events: row 3: ISSUE column a (shares issued) must not be negative, got -1");
    expect(e.at).toEqual({ row: 3, column: "a", problem: "must not be negative, got -1" });
  });

  test("a missing column, an unknown type, a date before the Original Issue Date", () => {
    expect(errorOf(() => checkEvents(t, [{ row: 2, day, type: "STOCKDIV", a: 5 }])).at).toEqual({ row: 2, column: "b", problem: "required" });
    expect(errorOf(() => checkEvents(t, [{ row: 4, day, type: "MERGER", a: 5 }])).at).toEqual({ row: 4, column: "type" });
    expect(errorOf(() => checkEvents(t, [{ row: 1, day: 1, type: "SPLIT", a: 2 }])).at).toEqual({ row: 1, column: "date" });
  });
});
