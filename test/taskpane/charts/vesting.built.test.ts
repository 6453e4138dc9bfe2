import { Dec } from "../../../src/calc/core/decimal";
import { optionExchangeTerms } from "../../../src/calc/optionExchange/terms";
import { vestingChart } from "../../../src/taskpane/charts/model/vesting";
import { fn, values } from "./support";

const t = optionExchangeTerms();
const grantDay = t.expirationDate; // 2001-09-27: every new option is granted on the expiration date (Offer Q8)

describe("one grant's points equal dist/functions.js OPTEX_SCHEDULE", () => {
  test.each([1000, 1143, 2, 0])("%p new options", (n) => {
    const c = vestingChart(t, [{ newShares: new Dec(n), grantDay }], { grant: "g" });
    const schedule = fn("OPTEX_SCHEDULE")(n) as number[][];
    schedule.slice(1).forEach(([day, , cumulative], k) => {
      expect(c.xs[k + 1].toNumber()).toBe(day);
      expect(values(c, "cumulative")[k + 1].toNumber()).toBe(cumulative);
    });
  });
});
