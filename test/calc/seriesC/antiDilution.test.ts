import fc from "fast-check";
import { Dec, maxDec, minDec } from "../../../src/calc/core/decimal";
import { issueOutcome, issueQuote } from "../../../src/calc/seriesC/antiDilution";

/**
 * Cert §5(k)(1), (5) as plain Decimal arithmetic, written here from the
 * certificate: the Effective Price b/a; if it is below the price, the
 * weighted average (P × c + b) / (c + a) — under the full ratchet the lower of
 * it and the Effective Price — never above the price, never below the floor.
 */
function reference(price: Dec, floor: Dec, a: Dec, b: Dec, c: Dec, ratchet: boolean) {
  const ep = b.div(a);
  if (ep.gte(price)) return { price, dilutive: false, belowFloor: false };
  const weighted = price.times(c).plus(b).div(c.plus(a));
  const candidate = ratchet ? minDec(weighted, ep) : weighted;
  return { price: minDec(price, maxDec(floor, candidate)), dilutive: true, belowFloor: floor.gt(candidate) };
}

const text = (o: { price: Dec; dilutive: boolean; belowFloor: boolean }) => [o.price.toString(), o.dilutive, o.belowFloor];

describe("issueOutcome: the quick double-precision decisions never differ from the Decimal formula", () => {
  // Inputs built to sit at, just above and just below each decision: the
  // Effective Price against the price, the adjusted price against the floor.
  const near = fc.constantFrom(0, 1e-30, -1e-30, 1e-16, -1e-16, 1e-14, -1e-14, 1e-13, -1e-13, 1e-12, -1e-12, 2e-12, -2e-12, 1e-11, -1e-11, 1e-3, -1e-3);
  const magnitude = fc.constantFrom(1e-160, 1e-20, 1e-3, 1, 28, 1e6, 1e20, 1e160, 1e300);

  test("property: Effective Price near the price, adjusted price near the floor, values of every size", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        magnitude,
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        near,
        near,
        fc.boolean(),
        (p, scale, a, c, epOffset, floorOffset, ratchet) => {
          const priceN = p * scale;
          const b = a * priceN * (1 + epOffset); // Effective Price ≈ price × (1 + offset)
          if (!Number.isFinite(b) || !Number.isFinite(priceN)) return;
          const weightedN = (priceN * c + b) / (c + a);
          const candidateN = ratchet ? Math.min(weightedN, b / a) : weightedN;
          const floorN = candidateN * (1 + floorOffset);
          if (!Number.isFinite(floorN) || floorN <= 0) return;
          const [price, floor, A, B, C] = [priceN, floorN, a, b, c].map((x) => new Dec(x));
          const q = issueQuote(A, B, C, { shares: a, consideration: b, outstanding: c });
          expect(text(issueOutcome(price, priceN, floor, floorN, q, ratchet))).toEqual(text(reference(price, floor, A, B, C, ratchet)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("ties decided exactly: an Effective Price equal to the price does not adjust it (§5(k)(1) 'less than')", () => {
    const price = new Dec(40);
    const q = issueQuote(new Dec(1_000_000), new Dec(40_000_000), new Dec(10_000_000));
    expect(issueOutcome(price, 40, new Dec(28), 28, q, false)).toEqual({ price, dilutive: false, belowFloor: false });
  });
});
