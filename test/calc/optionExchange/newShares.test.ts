import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { NewOptionsTotal, newOptionsForGrant, newOptionsPerGrant, totalNewOptions } from "../../../src/calc/optionExchange/newShares";
import { D, inputError } from "./helpers";

const RATIO = D(0.75);

describe("new options per grant (Offer §1, Q7; Answers Q5) — the documents' figures", () => {
  test.each([
    [1000, 750], // 0.75 × 1,000 = 750 (Offer §1, Q7)
    [1525, 1143], // 0.75 × 1,525 = 1,143.75 → 1,143 (Offer Q7)
    [525, 393], // 0.75 × 525 = 393.75 → 393 (Answers Q5)
  ])("%d eligible → %d new", (eligible, expected) => {
    expect(newOptionsForGrant(D(eligible), RATIO).toNumber()).toBe(expected);
  });
});

describe("total new options (Offer §2)", () => {
  test("all 8,496,926 eligible options → at most 6,372,694 = floor(8,496,926 × 0.75) (6,372,694.5)", () => {
    expect(totalNewOptions([{ eligible: D(8496926), arg: "eligible" }], RATIO).toNumber()).toBe(6372694);
  });

  test("6,372,694 is ≈ 10.7% of 59,615,724 shares outstanding (Offer §2, §8)", () => {
    expect(Math.round((6372694 / 59615724) * 1000) / 10).toBe(10.7);
  });

  test("officers' 2,430,000 options ≈ 28.4% of 8,550,551 options outstanding (Offer §10)", () => {
    expect(Math.round((2430000 / 8550551) * 1000) / 10).toBe(28.4);
    // and 8,496,926 eligible ≈ 99.4% of 8,550,551 (Offer §2)
    expect(Math.round((8496926 / 8550551) * 1000) / 10).toBe(99.4);
  });

  test("the sum of per-grant floors: 1,525 + 525 → 1,143 + 393 = 1,536, less than floor(2,050 × .75) = 1,537", () => {
    const grants = [1525, 525].map((e) => ({ eligible: D(e), arg: "eligible" }));
    expect(totalNewOptions(grants, RATIO).toNumber()).toBe(1536);
  });

  test("property: floor(total × ratio) − grants < sum of floors ≤ floor(total × ratio)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 20 }), fc.integer({ min: 1, max: 100 }), (grants, pct) => {
        const ratio = D(pct).div(100);
        const total = totalNewOptions(
          grants.map((e) => ({ eligible: D(e), arg: "eligible" })),
          ratio,
        ).toNumber();
        const sum = grants.reduce((a, b) => a + b, 0);
        const bound = Math.floor((sum * pct) / 100);
        return total <= bound && total > bound - grants.length - (grants.length === 0 ? 1 : 0);
      }),
    );
  });

  test("property: the streaming total (NewOptionsTotal) is exactly totalNewOptions, sums past 2^53 included", () => {
    const eligible = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(0, 1, 2 ** 53 - 1, 2 ** 53, 2 ** 60, 1e17, 1e21, 1.5e300));
    const ratio = fc.oneof(
      fc.constantFrom(0.75, 1, 1 / 3, 0.123456789),
      fc.integer({ min: 1, max: 1000 }).map((k) => k / 1000),
    );
    fc.assert(
      fc.property(fc.array(eligible, { maxLength: 20 }), ratio, (grants, r) => {
        const streaming = new NewOptionsTotal(D(r));
        for (const e of grants) streaming.add(e);
        expect(streaming.total().toString()).toBe(
          totalNewOptions(
            grants.map((e) => ({ eligible: D(e), arg: "eligible" })),
            D(r),
          ).toString(),
        );
      }),
    );
    expect(inputError(() => new NewOptionsTotal(RATIO).add(-1)).message).toMatch(/^eligible: options cannot be negative/);
  });

  test("bad grants name themselves", () => {
    const e = inputError(() => totalNewOptions([{ eligible: D(1.5), arg: "eligible (row 2, column 1)" }], RATIO));
    expect(e.code).toBe("num");
    expect(e.message).toMatch(/^eligible \(row 2, column 1\): /);
    expect(inputError(() => totalNewOptions([], D(1.2))).code).toBe("num");
  });
});

describe("newOptionsPerGrant: the integer path equals floor(eligible × ratio) in Decimal", () => {
  test("property: any whole eligible up to 1e17 and ratios with 0 to 17 decimals", () => {
    const ratio = fc.oneof(
      fc.constantFrom(0.75, 0.7, 0.29, 0.1, 1, 1 / 3, 0.123456789, 0.1234567891),
      fc.double({ min: 1e-9, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 1000 }).map((k) => k / 1000),
    );
    const eligible = fc.oneof(
      fc.integer({ min: 0, max: 100_000 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      fc.constantFrom(0, 1, 4, 100, 1525, 2 ** 53, 1e17),
    );
    fc.assert(
      fc.property(ratio, eligible, (r, e) => {
        const dr = new Dec(r);
        expect(newOptionsPerGrant(dr)(e)).toBe(newOptionsForGrant(new Dec(e), dr).toNumber());
      }),
      { numRuns: 5000 },
    );
  });
});
