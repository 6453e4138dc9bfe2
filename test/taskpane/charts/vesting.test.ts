import { Dec } from "../../../src/calc/core/decimal";
import { optionExchangeTerms } from "../../../src/calc/optionExchange/terms";
import { dayFromCivil, formatIso } from "../../../src/calc/time/civil";
import { vestingChart } from "../../../src/taskpane/charts/model/vesting";
import { values } from "./support";

const t = optionExchangeTerms();
const grantDay = t.expirationDate; // 2001-09-27: every new option is granted on the expiration date (Offer Q8)

describe("vesting chart (Offer Q11, Agreement §5A)", () => {
  test("one grant of 1,000: 333, 666, 1,000 on the first three anniversaries, as steps from 0 on the grant date", () => {
    const c = vestingChart(t, [{ newShares: new Dec(1000), grantDay }], { grant: "1001" });
    expect(c.stepped).toBe(true);
    expect(c.xs.map((x) => formatIso(x.toNumber()))).toEqual(["2001-09-27", "2002-09-27", "2003-09-27", "2004-09-27"]);
    expect(values(c, "cumulative").map((v) => v.toNumber())).toEqual([0, 333, 666, 1000]);
    expect(c.summary).toBe("For grant 1001, 333 are vested by 2002-09-27, 666 are vested by 2003-09-27, 1,000 are vested by 2004-09-27 (all of them).");
    expect(c.table.rows).toEqual([
      ["2001-09-27", "0", "0"],
      ["2002-09-27", "333", "333"],
      ["2003-09-27", "666", "333"],
      ["2004-09-27", "1,000", "334"],
    ]);
  });

  test("a roster: the sum of each grant's floors per vest date (750 → 250/500/750, 1,143 → 381/762/1,143, 393 → 131/262/393)", () => {
    const grants = [750, 1143, 393].map((n) => ({ newShares: new Dec(n), grantDay }));
    const c = vestingChart(t, grants);
    expect(values(c, "cumulative").map((v) => v.toNumber())).toEqual([0, 250 + 381 + 131, 500 + 762 + 262, 750 + 1143 + 393]);
    expect(c.id).toBe("optionExchange-vesting-roster");
  });

  test("50,000 grants are summed per vest date: four points, totals equal the per-grant floors added up by hand", () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const sizes = Array.from({ length: 50000 }, () => next() % 20000);
    const c = vestingChart(
      t,
      sizes.map((n) => ({ newShares: new Dec(n), grantDay })),
    );
    expect(c.xs.length).toBe(4);
    const byHand = [1, 2, 3].map((k) => sizes.reduce((s, n) => s + (k === 3 ? n : Math.floor((n * k) / 3)), 0));
    expect(values(c, "cumulative").map((v) => v.toNumber())).toEqual([0, ...byHand]);
    expect(c.summary.startsWith("For 50,000 grants,")).toBe(true);
  });

  test("grants with different grant dates: every vest date is a point", () => {
    const c = vestingChart(t, [
      { newShares: new Dec(300), grantDay },
      { newShares: new Dec(300), grantDay: dayFromCivil(2002, 1, 15) },
    ]);
    expect(c.xs.length).toBe(8);
    expect(values(c, "cumulative")[c.xs.length - 1].toNumber()).toBe(600);
  });
});
