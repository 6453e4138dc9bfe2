import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { cellText } from "../../../src/calc/seriesC/events";

describe("cellText: a cell's number as the certificate of adjustment prints it", () => {
  const decimalText = (v: number) => (v === 0 ? new Dec(0) : new Dec(v)).toString();
  test("is the text of the cell's Decimal, for every double (exponents below 1e-6 and from 1e21 on in both)", () => {
    for (const v of [0, -0, 1, 1.5, 0.1, 1e-6, 1e-7, 1.5e-7, 123456.789, 1e20, 1e21, 1.5e21, 2 ** 53 + 2, 5e-324, Number.MAX_VALUE, -2.5]) expect(cellText(v)).toBe(decimalText(v));
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
