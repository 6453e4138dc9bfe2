import { installCustomFunctions } from "../../support/customFunctions";
installCustomFunctions();
import { seriesCLiqPref } from "../../../src/functions/seriesC/liquidation";
import { seriesCRedemption } from "../../../src/functions/seriesC/redemption";
import { seriesCSale } from "../../../src/functions/seriesC/sale";
import { NONE, expectExcelError, serial } from "./support";

const HEADER = ["route", "per share", "clause", "available"];

describe("SERIESC_SALE (Cert §4(b), §5(e)(B), §6(a))", () => {
  test("spill: header, the three routes, then best naming the route; dates as serials or ISO text, desktop's empty cells", () => {
    const out = seriesCSale(serial(2001, 12, 31), 50, NONE, [[0, 0, 0, 0, 0, 0]], [[0, 0]], [[0, 0]]);
    expect(out).toEqual([
      HEADER,
      ["treated as a liquidation", expect.closeTo(58.8, 12), "Cert §4(b), §4(a)", true],
      ["optional conversion as part of the sale", expect.closeTo(58.8, 12), "Cert §5(a), §5(e)(B), §5(k)(6)", true],
      ["redemption upon the sale", expect.closeTo(58.8, 12), "Cert §6(a)", true],
      ["best", expect.closeTo(58.8, 12), "Cert §4(b), §4(a)", "treated as a liquidation"],
    ]);
    expect(seriesCSale("2001-12-31", 50)).toEqual(out);
  });
  test("a notice outside 90–120 days: the redemption's cell says FALSE and why, its value still shown", () => {
    const out = seriesCSale("2001-12-31", 50, "2001-11-01");
    expect(out[3]).toEqual([
      "redemption upon the sale",
      expect.closeTo(58.8, 12),
      "Cert §6(a)",
      "FALSE: the redemption date must be 90 to 120 days after the notice (Cert §6(a)); 2001-12-31 is 60 days after 2001-11-01",
    ]);
    expect(seriesCSale("2001-12-31", 50, "2001-10-02")[3][3]).toBe(true); // 90 days
  });
  test("the routes are SERIESC_LIQPREF at commonValue fmv and SERIESC_REDEMPTION with trigger SALE", () => {
    const split = [["2000-08-29", "SPLIT", 1.5]];
    const paid = [["2001-01-15", 1]];
    const terms = [["votingPowerAtIssue", 8_000_000]];
    for (const [day, fmv] of [
      ["2000-06-30", 30],
      ["2002-03-01", 44],
      ["2006-07-01", 9],
    ] as const) {
      const out = seriesCSale(day, fmv, NONE, split, paid, terms);
      expect(out[1][1]).toBe(seriesCLiqPref(day, fmv, split, paid, terms));
      expect(out[3][1]).toBe(seriesCRedemption(day, fmv, "SALE", NONE, split, paid, terms));
    }
  });
  test("errors name the argument", () => {
    expectExcelError(() => seriesCSale(null, 50), "#VALUE!", "eventDate");
    expectExcelError(() => seriesCSale("1999-12-01", 50), "#NUM!", "eventDate");
    expectExcelError(() => seriesCSale("2001-12-31", 0), "#NUM!", "fmv");
    expectExcelError(() => seriesCSale("2001-12-31", "fifty"), "#VALUE!", "fmv");
    expectExcelError(() => seriesCSale("2001-12-31", 50, "soon"), "#VALUE!", "noticeDate");
    expectExcelError(() => seriesCSale("2001-12-31", 50, NONE, [["2001-01-01", "SPLIT"]]), "#VALUE!", "events");
    expectExcelError(() => seriesCSale("2001-12-31", 50, NONE, NONE, [["2001-01-01", -1]]), "#NUM!", "payments");
    expectExcelError(() => seriesCSale("2001-12-31", 50, NONE, NONE, NONE, [["noSuchTerm", 1]]), "#VALUE!", "terms");
  });
});
