import { installCustomFunctions } from "../../support/customFunctions";
installCustomFunctions();
import { seriesCExit } from "../../../src/functions/seriesC/exit";
import { seriesCPayouts } from "../../../src/functions/seriesC/payouts";
import { NONE, expectExcelError } from "./support";

// name | type | quantity | a | b | c, with a header row and the zeros desktop Excel sends for empty cells
const CAPITAL = [
  ["name", "type", "quantity", "a", "b", "c"],
  ["Notes", "SENIOR", 10e6, 0, 0, 0],
  ["Series C", "SERIESC", 1e6, 0, 0, 0],
  ["Series D", "PARITY", 500e3, 20, 2, 1],
  ["Common", "COMMON", 10e6, 0, 0, 0],
  ["Options", "OPTION", 2e6, 10, 0, 0],
];
const HOLDINGS = [
  ["holder", "row", "quantity"],
  ["Fund A", "Series C", 600e3],
  [0, 0, 0], // desktop Excel's empty row
  ["Fund A", "Common", 1e6],
  ["Founder", "Common", 4e6],
  [null, "", null], // Excel on the web's
  ["Bank", "Notes", 2.5e6],
  [1001, "Options", 2e6], // a holder id typed as a number
];

describe("SERIESC_PAYOUTS", () => {
  test("header holder | total | each capital row; one row per holder in order of first appearance; empty rows skipped", () => {
    const out = seriesCPayouts(800e6, "2001-12-31", CAPITAL, HOLDINGS);
    // p = $60 (SERIESC_EXIT's worked example): Fund A 600,000 × 60 + 1,000,000 × 60; the bank a quarter of the notes
    expect(out).toEqual([
      ["holder", "total", "Notes", "Series C", "Series D", "Common", "Options"],
      ["Fund A", expect.closeTo(96e6, 4), 0, expect.closeTo(36e6, 4), 0, expect.closeTo(60e6, 4), 0],
      ["Founder", expect.closeTo(240e6, 4), 0, 0, 0, expect.closeTo(240e6, 4), 0],
      ["Bank", 2.5e6, 2.5e6, 0, 0, 0, 0],
      ["1001", expect.closeTo(100e6, 4), 0, 0, 0, 0, expect.closeTo(100e6, 4)],
    ]);
  });
  test("each holder's amount is SERIESC_EXIT's per share × the shares held", () => {
    const exit = seriesCExit(150e6, "2003-03-03", CAPITAL);
    const out = seriesCPayouts(150e6, "2003-03-03", CAPITAL, [
      ["A", "Series C", 1000],
      ["A", "Series D", 10],
      ["B", "Common", 7],
    ]);
    expect(out[1][3]).toBeCloseTo((exit[2][4] as number) * 1000, 6);
    expect(out[1][4]).toBeCloseTo((exit[3][4] as number) * 10, 6);
    expect(out[2][5]).toBeCloseTo((exit[4][4] as number) * 7, 6);
  });
  test("capital with rank and participation columns: the textbook fully participating preferred at a $100M exit", () => {
    // Investors bought 1,000,000 preferred for $50M (1x, $50 a share), 3 common each: 60 % of 5M as converted. At $100M,
    // FULL participation: $50M preference, then 50M × 3/5 = $30M more → $80M, $80 a share; the founders' 2M common share
    // the other $20M at $10. VC holds 600,000 preferred and 500,000 common: 600,000 × 80 + 500,000 × 10 = $53M.
    const capital = [
      ["name", "type", "quantity", "a", "b", "c", "rank", "participation"],
      ["Investors", "PREFERRED", 1e6, 50, 0, 3, 0, "FULL"],
      ["Founders", "COMMON", 2e6, 0, 0, 0, 0, 0],
    ];
    const out = seriesCPayouts(100e6, "2004-12-31", capital, [
      ["VC", "Investors", 600e3],
      ["Founder", "Founders", 1.5e6],
      ["VC", "Founders", 500e3],
    ]);
    expect(out).toEqual([
      ["holder", "total", "Investors", "Founders"],
      ["VC", expect.closeTo(53e6, 4), expect.closeTo(48e6, 4), expect.closeTo(5e6, 4)],
      ["Founder", expect.closeTo(15e6, 4), 0, expect.closeTo(15e6, 4)],
    ]);
  });
  test("errors name the argument", () => {
    const H = [["A", "Common", 1]];
    expectExcelError(() => seriesCPayouts(-1, "2003-03-03", CAPITAL, H), "#NUM!", "proceeds");
    expectExcelError(() => seriesCPayouts("x", "2003-03-03", CAPITAL, H), "#VALUE!", "proceeds");
    expectExcelError(() => seriesCPayouts(1e6, null, CAPITAL, H), "#VALUE!", "eventDate");
    expectExcelError(() => seriesCPayouts(1e6, "2003-03-03", NONE as unknown as any[][], H), "#VALUE!", "capital");
    expectExcelError(() => seriesCPayouts(1e6, "2003-03-03", CAPITAL, NONE as unknown as any[][]), "#VALUE!", "holdings");
    expectExcelError(() => seriesCPayouts(1e6, "2003-03-03", CAPITAL, [["A", "Series E", 1]]), "#VALUE!", "holdings");
    expectExcelError(() => seriesCPayouts(1e6, "2003-03-03", CAPITAL, [["A", "Common", 10e6 + 1]]), "#VALUE!", "holdings");
    expectExcelError(() => seriesCPayouts(1e6, "2003-03-03", CAPITAL, [["A", "Common", -1]]), "#NUM!", "holdings");
    expectExcelError(() => seriesCPayouts(1e6, "2003-03-03", CAPITAL, [["A", "Common", "many"]]), "#VALUE!", "holdings");
    expectExcelError(() => seriesCPayouts(1e6, "2003-03-03", CAPITAL, H, [["2001-01-01", "SPLIT"]]), "#VALUE!", "events");
    expectExcelError(() => seriesCPayouts(1e6, "2003-03-03", CAPITAL, H, NONE, [["2001-01-01", -1]]), "#NUM!", "payments");
    expectExcelError(() => seriesCPayouts(1e6, "2003-03-03", CAPITAL, H, NONE, NONE, [["noSuchTerm", 1]]), "#VALUE!", "terms");
  });
});
