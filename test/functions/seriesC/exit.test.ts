import fc from "fast-check";
import { CustomFunctionsError, installCustomFunctions } from "../../support/customFunctions";
installCustomFunctions();
import { seriesCBreakpoints, seriesCExit, seriesCExitTable } from "../../../src/functions/seriesC/exit";
import { seriesCLiqPref } from "../../../src/functions/seriesC/liquidation";
import { refAccrued } from "../../calc/seriesC/fixtures";
import { NONE, expectExcelError, serial } from "./support";

// name | type | quantity | a | b | c, with a header row and the zeros desktop Excel sends for empty cells
const CAPITAL = [
  ["name", "type", "quantity", "a", "b", "c"],
  ["Notes", "SENIOR", 10e6, 0, 0, 0],
  ["Series C", "SERIESC", 1e6, 0, 0, 0],
  ["Series D", "PARITY", 500e3, 20, 2, 1],
  ["Common", "COMMON", 10e6, 0, 0, 0],
  ["Options", "OPTION", 2e6, 10, 0, 0],
  [0, 0, 0, 0, 0, 0],
];

describe("SERIESC_EXIT (Cert §4(a), (c))", () => {
  test("spill: header, one row per capital row, converts TRUE/FALSE or exercised, per share '' for a $ claim", () => {
    const out = seriesCExit(800e6, "2001-12-31", CAPITAL);
    expect(out[0]).toEqual(["name", "type", "converts", "amount", "per share"]);
    expect(out.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["name", "type", "converts"],
      ["Notes", "SENIOR", ""],
      ["Series C", "SERIESC", true],
      ["Series D", "PARITY", true],
      ["Common", "COMMON", ""],
      ["Options", "OPTION", "exercised"],
    ]);
    // p = $60: (800M − 10M + 2M × $10) / (10M + 0.5M + 2M + 1M principal shares) (Cert §4(a): one principal share is above $58.80)
    expect(out.slice(1).map((r) => r[4])).toEqual(["", expect.closeTo(60, 9), expect.closeTo(60, 9), expect.closeTo(60, 9), expect.closeTo(50, 9)]);
    expect(
      out
        .slice(1)
        .map((r) => r[3] as number)
        .reduce((s, x) => s + x, 0),
    ).toBeCloseTo(800e6, 3);
  });
  test("short of the preferences: the common's per share is 0, options not exercised, a non-convertible PARITY row converts ''", () => {
    const capital = [
      ["Series C", "SERIESC", 1e6],
      ["Old preferred", "PARITY", 1e6, 10, 1],
      ["Common", "COMMON", 5e6],
    ];
    const out = seriesCExit(20e6, serial(2004, 12, 31), capital);
    const a = 28 + refAccrued(2004, 12, 31);
    // dividends (a − 28) × 1M + 1M in full, then 20M − those ratably 28 : 10
    const left = 20e6 - (a - 28) * 1e6 - 1e6;
    expect(out[1][3]).toBeCloseTo((a - 28) * 1e6 + (left * 28) / 38, 4);
    expect(out[2][3]).toBeCloseTo(1e6 + (left * 10) / 38, 4);
    expect(out[2][2]).toBe("");
    expect(out[3].slice(2)).toEqual(["", 0, 0]);
  });
  test("the SERIESC per share is SERIESC_LIQPREF at the COMMON row's per share", () => {
    for (const proceeds of [150e6, 400e6, 2e9]) {
      const out = seriesCExit(proceeds, "2003-03-03", CAPITAL);
      expect(out[2][4]).toBeCloseTo(seriesCLiqPref("2003-03-03", out[4][4]), 9);
    }
  });
  test("errors name the argument", () => {
    expectExcelError(() => seriesCExit(-1, "2003-03-03", CAPITAL), "#NUM!", "proceeds");
    expectExcelError(() => seriesCExit("lots", "2003-03-03", CAPITAL), "#VALUE!", "proceeds");
    expectExcelError(() => seriesCExit(1e6, null, CAPITAL), "#VALUE!", "eventDate");
    expectExcelError(() => seriesCExit(1e6, "1999-12-01", CAPITAL), "#NUM!", "eventDate");
    expectExcelError(() => seriesCExit(1e6, "2003-03-03", NONE as unknown as any[][]), "#VALUE!", "capital");
    expectExcelError(() => seriesCExit(1e6, "2003-03-03", [["Notes", "DEBT", 1]]), "#VALUE!", "capital");
    expectExcelError(() => seriesCExit(1e6, "2003-03-03", [[5, "COMMON", 1]]), "#VALUE!", "capital");
    expectExcelError(() => seriesCExit(1e6, "2003-03-03", [["C", "COMMON", "many"]]), "#VALUE!", "capital");
    expectExcelError(() => seriesCExit(1e6, "2003-03-03", [["C", "COMMON", -5]]), "#NUM!", "capital");
    expectExcelError(() => seriesCExit(1e6, "2003-03-03", [["Series C", "SERIESC", 5]]), "#VALUE!", "capital"); // nobody for the rest
    expectExcelError(() => seriesCExit(1e6, "2003-03-03", CAPITAL, [["2001-01-01", "SPLIT"]]), "#VALUE!", "events");
    expectExcelError(() => seriesCExit(1e6, "2003-03-03", CAPITAL, NONE, [["2001-01-01", -1]]), "#NUM!", "payments");
    expectExcelError(() => seriesCExit(1e6, "2003-03-03", CAPITAL, NONE, NONE, [["noSuchTerm", 1]]), "#VALUE!", "terms");
  });
});

describe("SERIESC_EXIT_TABLE", () => {
  test("header proceeds | names; one row per value, each the amounts of SERIESC_EXIT; empty cells stay empty", () => {
    const list = [[0], [100e6], [null], [800e6], [""], [0], [0]];
    const out = seriesCExitTable(list, "2001-12-31", CAPITAL);
    expect(out[0]).toEqual(["proceeds", "Notes", "Series C", "Series D", "Common", "Options"]);
    expect(out.length).toBe(8);
    expect(out[1]).toEqual([0, 0, 0, 0, 0, 0]); // a 0 above a value is the value 0
    for (const i of [3, 5, 6, 7]) expect(out[i]).toEqual(["", "", "", "", "", ""]); // web blanks; desktop Excel's 0s below the last value
    for (const [i, p] of [
      [2, 100e6],
      [4, 800e6],
    ] as const) {
      expect(out[i][0]).toBe(p);
      expect(out[i].slice(1)).toEqual(
        seriesCExit(p, "2001-12-31", CAPITAL)
          .slice(1)
          .map((r) => r[3]),
      );
    }
  });
  test("a row of values is a list too; 1,000 values in one call", () => {
    expect(seriesCExitTable([[1e8, 2e8]], "2001-12-31", CAPITAL).length).toBe(3);
    const list = Array.from({ length: 1000 }, (_, i) => [i * 2e6]);
    const out = seriesCExitTable(list, "2001-12-31", CAPITAL);
    expect(out.length).toBe(1001);
    // more proceeds never pay a class less
    for (let i = 2; i <= 1000; i++) for (let j = 1; j < 6; j++) expect(out[i][j] as number).toBeGreaterThanOrEqual((out[i - 1][j] as number) - 1e-6);
  });
  test("errors", () => {
    expectExcelError(
      () =>
        seriesCExitTable(
          [
            [1, 2],
            [3, 4],
          ],
          "2001-12-31",
          CAPITAL,
        ),
      "#VALUE!",
      "proceedsList",
    );
    expectExcelError(() => seriesCExitTable([[1], ["x"]], "2001-12-31", CAPITAL), "#VALUE!", "proceedsList");
    expectExcelError(() => seriesCExitTable([[1], [-1]], "2001-12-31", CAPITAL), "#NUM!", "proceedsList");
    expectExcelError(() => seriesCExitTable([[1]], "2001-12-31", [["C", "COMMON"]]), "#VALUE!", "capital");
  });
});

describe("SERIESC_EXIT_TABLE without proceeds: the breakpoints and the points between them", () => {
  test("omitted, or every cell empty: 0, each midpoint and breakpoint, twice the last; straight between rows", () => {
    const kinks = seriesCBreakpoints(CAPITAL, "2001-12-31")
      .slice(1)
      .map((r) => r[0] as number);
    for (const list of [NONE as unknown as any[][], [[null], [""]], [[0], [0]]]) {
      const out = seriesCExitTable(list, "2001-12-31", CAPITAL);
      const xs = out.slice(1).map((r) => r[0] as number);
      const want = [0, ...kinks.flatMap((k, i) => [((i ? kinks[i - 1] : 0) + k) / 2, k]), 2 * kinks[kinks.length - 1]];
      expect(xs.length).toBe(want.length);
      xs.forEach((x, i) => expect(x).toBeCloseTo(want[i], 3));
    }
    // each midpoint row is the average of its neighbours: the chart is exact at every kink
    const out = seriesCExitTable(NONE as unknown as any[][], "2001-12-31", CAPITAL);
    for (let i = 2; i < out.length - 1; i += 2)
      for (let j = 1; j < 6; j++) expect(out[i][j] as number).toBeCloseTo(((out[i - 1][j] as number) + (out[i + 1][j] as number)) / 2, 3);
  });
});

describe("SERIESC_BREAKPOINTS (Cert §4(a), (c), §5(e))", () => {
  test("the example capital: the notes, the rank's dividends and preferences, the options, the Series D's and the Series C's conversion", () => {
    const out = seriesCBreakpoints(CAPITAL, "2001-12-31");
    expect(out[0]).toEqual(["proceeds", "event", "row"]);
    const dv = refAccrued(2001, 12, 31); // the Series C's accrued dividends per share
    const claims = 10e6 + dv * 1e6 + 1e6 + 28e6 + 10e6; // notes, dividends, preferences
    expect(out.slice(1, 6).map((r) => [r[1], r[2]])).toEqual([
      ["Notes paid in full", "Notes"],
      ["rank 2: accrued dividends paid in full", "Series C, Series D"],
      ["rank 2: preferences paid in full", "Series C, Series D"],
      ["options at $10.00 exercised", "Options"],
      ["Series D converts", "Series D"],
    ]);
    expect(out[1][0]).toBe(10e6);
    expect(out[2][0] as number).toBeCloseTo(10e6 + dv * 1e6 + 1e6, 3);
    expect(out[3][0] as number).toBeCloseTo(claims, 3);
    // p = $10 with nobody converted: 10M common × $10 on top of the claims
    expect(out[4][0] as number).toBeCloseTo(claims + 100e6, 3);
    // the Series D converts where p passes its $22 claim: 10M × 22 + 2M × 12 on top of the claims less its $11M
    expect(out[5][0] as number).toBeCloseTo(claims + 220e6 + 24e6, 3);
    out.slice(2).forEach((r, i) => expect(r[0] as number).toBeGreaterThan(out[i + 1][0] as number));
  });
  test("errors name the argument", () => {
    expectExcelError(() => seriesCBreakpoints([["C", "COMMON"]], "2001-12-31"), "#VALUE!", "capital");
    expectExcelError(() => seriesCBreakpoints(CAPITAL, "x"), "#VALUE!", "eventDate");
  });
});

describe("extreme magnitudes", () => {
  const num = fc.oneof(
    fc.integer({ min: 0, max: 1e8 }),
    fc.constantFrom(0, 1e-300, 5e-324, 1e300, 1e308, 1e15, 28, 58.8, 0.5),
    fc.double({ min: 0, max: 1e12, noNaN: true }),
  );
  const row = fc.tuple(fc.constantFrom("SENIOR", "SERIESC", "PARITY", "COMMON", "OPTION"), num, num, num, num).map(([type, q, a, b, c]) => {
    if (type === "PARITY") return ["P", type, q, a, b, c];
    return type === "OPTION" ? ["O", type, q, a] : ["X", type, q];
  });
  const capital = fc
    .array(row, { minLength: 1, maxLength: 8 })
    .map((rows) => rows.filter((r, i) => r[1] !== "SERIESC" || rows.findIndex((x) => x[1] === "SERIESC") === i));
  test("property: amounts that add up to the proceeds, or a CustomFunctions.Error naming an argument", () => {
    fc.assert(
      fc.property(capital, num, fc.integer({ min: serial(1999, 12, 29), max: serial(2009, 12, 31) }), (cap, proceeds, day) => {
        try {
          const out = seriesCExit(proceeds, day, cap);
          const amounts = out.slice(1).map((r) => r[3] as number);
          expect(amounts.every(Number.isFinite)).toBe(true);
          expect(Math.abs(amounts.reduce((s, x) => s + x, 0) - proceeds)).toBeLessThanOrEqual(1e-9 * Math.max(1, proceeds));
        } catch (e) {
          expect(e).toBeInstanceOf(CustomFunctionsError);
          expect((e as CustomFunctionsError).message).toMatch(/^(capital|proceeds): /);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
