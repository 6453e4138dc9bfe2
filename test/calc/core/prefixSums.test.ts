import fc from "fast-check";
import { Dec, EXACT_ZERO, Exact } from "../../../src/calc/core/decimal";
import { RunningSums } from "../../../src/calc/core/prefixSums";

/** Operations on a list: append a value, or change value `index` (modulo the length) by a delta. */
const value = fc.oneof(
  fc.integer({ min: -1e6, max: 1e9 }).map((x) => new Dec(x)),
  fc.constantFrom("4503599627370495", "999999999999999", "1000000000000000", "-0", "0.5", "12345.678", "1e20", "-3e14").map((x) => new Dec(x)),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((x) => new Dec(x)),
);
const op = fc.oneof(
  value.map((v) => ({ kind: "append" as const, v, index: 0, asNumber: false })),
  fc.tuple(fc.nat(), value, fc.boolean()).map(([index, v, asNumber]) => ({ kind: "change" as const, v, index, asNumber })),
);

describe("RunningSums (exact running totals: the plan-option count of Cert §5(k)(4)(B), the carve-out of §5(k)(4)(E))", () => {
  test("every total equals the Decimal sum of the values so far, whole numbers or not, near 2^53 or beyond, a whole change given as a number or not, and sumBeforeWhole is it while whole", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const capacity = ops.filter((o) => o.kind === "append").length;
        const sums = new RunningSums(capacity);
        const values: Dec[] = [];
        for (const o of ops) {
          if (o.kind === "append") {
            sums.append(o.v);
            values.push(new Exact(o.v));
          } else if (values.length > 0) {
            const i = o.index % values.length;
            // a whole change may come as a number (replay.ts: share counts in doubles)
            sums.change(i, o.asNumber && o.v.isInteger() && Number.isSafeInteger(o.v.toNumber()) ? o.v.toNumber() : o.v);
            values[i] = values[i].plus(o.v);
          }
          expect(sums.length).toBe(values.length);
          let total = EXACT_ZERO;
          for (let i = 0; i <= values.length; i++) {
            const got = sums.sumBefore(i);
            expect(got.eq(total)).toBe(true);
            expect(got.isNeg() && got.isZero()).toBe(false); // never −0
            const whole = sums.sumBeforeWhole(i);
            if (whole !== undefined) expect(whole === got.toNumber() && got.isInteger()).toBe(true);
            if (i < values.length) total = total.plus(values[i]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("whole numbers past 2^53 in total move to Decimals with the same totals", () => {
    const sums = new RunningSums(3);
    sums.append(new Dec("900000000000000"));
    sums.append(new Dec("900000000000000"));
    sums.change(0, new Dec("999999999999999"));
    sums.append(new Dec("999999999999999")); // the magnitudes now exceed 2^53
    expect(sums.sumBefore(3).toFixed()).toBe("3799999999999998");
    sums.change(1, new Dec("-1"));
    expect(sums.sumBefore(2).toFixed()).toBe("2799999999999998");
    expect(sums.sumBefore(3).toFixed()).toBe("3799999999999997");
  });
});
