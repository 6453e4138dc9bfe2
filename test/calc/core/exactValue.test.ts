import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { Ratio, decimalPlaces, scaledCell } from "../../../src/calc/core/exactValue";

/** The exact value of a cell is the decimal its shortest text reads (events.ts `cellText`): the reference is that text as a Decimal. */
const textValue = (x: number) => Ratio.of(new Dec(String(x)));

describe("a cell's exact value (Ratio.ofCell), without its text when it has few decimal places", () => {
  test("property: cents, half shares and other decimals of up to 6 places read as their text, and decimalPlaces says how many", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const x = n / 10 ** d;
        expect(Ratio.ofCell(x).cmp(textValue(x))).toBe(0);
        const places = decimalPlaces(x);
        expect(places).toBeGreaterThanOrEqual(0);
        expect(places).toBeLessThanOrEqual(d);
        // scaled by 10^6: the whole number the text gives, × 10^(6 − its places)
        expect(new Ratio(scaledCell(x, places, 6), BigInt(10) ** BigInt(6)).cmp(textValue(x))).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: 16 digits, scaled below 2^53 (10^13 shares outstanding with a quarter share): decimalPlaces when the text confirms, and the scaled whole number is the text's", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1e15, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 6 }), fc.boolean(), (n, d, negative) => {
        const x = ((negative ? -1 : 1) * n) / 10 ** d;
        expect(Ratio.ofCell(x).cmp(textValue(x))).toBe(0);
        const places = decimalPlaces(x);
        if (places >= 0) expect(new Ratio(scaledCell(x, places, places), BigInt(10) ** BigInt(places)).cmp(textValue(x))).toBe(0);
      }),
      { numRuns: 3000 },
    );
    expect(decimalPlaces(10261717976211.25)).toBe(2);
    expect(decimalPlaces(1e15 + 0.5)).toBe(-1); // 10^16 + 5 tenths: beyond 2^53
  });

  test("property: any double reads as its text (digits beyond 6 places or 15 digits, exponents)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Ratio.ofCell(x).cmp(textValue(x))).toBe(0);
        const places = decimalPlaces(x);
        if (places >= 0) expect(new Ratio(scaledCell(x, places, places), BigInt(10) ** BigInt(places)).cmp(textValue(x))).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  test("decimalPlaces: 0 for whole numbers, the places of cents and half shares, −1 past 6 places or 2^53 once scaled and for what is not a finite number", () => {
    expect(decimalPlaces(12)).toBe(0);
    expect(decimalPlaces(12.5)).toBe(1);
    expect(decimalPlaces(0.25)).toBe(2);
    expect(decimalPlaces(1234567.89)).toBe(2);
    expect(decimalPlaces(0.1234567)).toBe(-1);
    expect(decimalPlaces(123456789012.345)).toBe(3); // 15 digits
    expect(decimalPlaces(1234567890123.456)).toBe(3); // 16 digits, below 2^53 scaled: its text confirms
    expect(decimalPlaces(12345678901234.566)).toBe(-1); // 17 digits: beyond 2^53 scaled
    expect(decimalPlaces(1e-7)).toBe(-1);
    expect(decimalPlaces(Infinity)).toBe(-1);
    expect(decimalPlaces(NaN)).toBe(-1);
  });
});
