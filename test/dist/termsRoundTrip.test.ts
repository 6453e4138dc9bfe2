import { SERIES_C_TERMS, seriesCTerms } from "../../src/calc/seriesC/terms";
import { OPTION_EXCHANGE_TERMS, optionExchangeTerms } from "../../src/calc/optionExchange/terms";
import { termOverrides } from "../../src/input/tables";
import { builtFunction, loadBuiltFunctions } from "../support/dist";

/**
 * docs/conventions.md#terms: SERIESC_TERMS() and OPTEX_TERMS() spill a table a
 * user copies, edits and passes back. Excel on the web sends an empty cell as
 * null or "", desktop Excel as 0. An empty value means the default; a 0 too,
 * except for the terms where 0 is a meaningful value (written out here from
 * the conventions page, not taken from the code).
 */
const ZERO_MEANINGFUL = new Set([
  // Series C
  "dividendRate",
  "minimumDividend",
  "ratchetMonths",
  "ratchetExemptValue",
  "planOptionCap",
  "extinguishMonths",
  "qualifiedReturnMultiple",
  "mandatoryConversionDays",
  "thresholdWindowDays",
  "redemptionYears",
  "conversionCapPercent",
  // option exchange
  "postTerminationDays",
  "isoLimit",
  "extensionBusinessDays",
  "feeRate",
]);
const EMPTY: [string, unknown][] = [
  ["0 (desktop Excel)", 0],
  ["null (Excel on the web)", null],
  ['"" (Excel on the web)', ""],
];

describe("each term given as an empty cell (0, null, \"\") means its default unless 0 is a meaningful value", () => {
  for (const [schemaName, schema, resolve] of [
    ["Series C", SERIES_C_TERMS, (rows: unknown) => seriesCTerms(termOverrides(rows)).cacheKey],
    ["option exchange", OPTION_EXCHANGE_TERMS, (rows: unknown) => optionExchangeTerms(termOverrides(rows)).cacheKey],
  ] as const) {
    const defaults = resolve(null);
    for (const name of Object.keys(schema)) {
      test.each(EMPTY)(`${schemaName} ${name}: %s`, (_what, value) => {
        const key = resolve([[name, value]]);
        if (value === 0 && ZERO_MEANINGFUL.has(name)) expect(key).not.toBe(defaults);
        else expect(key).toBe(defaults);
      });
    }
  }
});


describe("round trip through the bundle: SERIESC_TERMS() / OPTEX_TERMS() passed back as terms", () => {
  const cf = loadBuiltFunctions();
  const fn = (id: string) => builtFunction(cf, id);
  const call = (id: string, ...args: unknown[]) => {
    try {
      return fn(id)(...args);
    } catch (e) {
      return `error: ${(e as Error).message}`;
    }
  };
  /** The table with every empty value cell replaced by `empty`. */
  const withEmpty = (table: unknown[][], empty: unknown) => table.map((r) => (r[1] === "" ? [r[0], empty] : r));

  const seriesC = (terms: unknown) => [
    call("SERIESC_KEYDATES", terms),
    call("SERIESC_ACCRUED", 37072, null, terms),
    call("SERIESC_CONVSHARES", 1000, 37072, 20, "OPTIONAL", null, null, terms),
    call("SERIESC_VOTES", 1_250_000, 37072, null, terms),
    call("SERIESC_MANDATORY_DATE", null, terms),
  ];
  const optex = (terms: unknown) => [
    call("OPTEX_SCHEDULE", 1000, null, terms),
    call("OPTEX_EXPIRY", 37161, 38000, terms),
    call("OPTEX_ELIGIBLE", 36000, null, terms),
    call("OPTEX_EXTENSION", 37150, null, null, terms),
  ];

  test("SERIESC_TERMS(): as spilled, and with its empty cell (votingPowerAtIssue) as 0, null or \"\"", () => {
    const table = fn("SERIESC_TERMS")() as unknown[][];
    expect(table.find((r) => r[0] === "votingPowerAtIssue")).toEqual(["votingPowerAtIssue", ""]);
    const expected = seriesC(null);
    expect(expected.some((r) => typeof r === "string" && r.startsWith("error"))).toBe(false);
    expect(seriesC(table)).toEqual(expected);
    for (const [, empty] of EMPTY) expect(seriesC(withEmpty(table, empty))).toEqual(expected);
    // 1,250,000 votes: no cap (votingPowerAtIssue empty in every form)
    expect(seriesC(withEmpty(table, 0))[3]).toBe(1_250_000);
  });

  test("OPTEX_TERMS(): as spilled, and with any value blanked as null or \"\"", () => {
    const table = fn("OPTEX_TERMS")() as unknown[][];
    const expected = optex(null);
    expect(optex(table)).toEqual(expected);
    for (let i = 1; i < table.length; i++) {
      for (const empty of [null, ""]) {
        const edited = table.map((r, j) => (j === i ? [r[0], empty] : r));
        expect([table[i][0], optex(edited)]).toEqual([table[i][0], expected]);
      }
    }
  });

  test("a 0 where 0 is not a value of the term is an empty desktop cell: the default (dates, ratio, installments…)", () => {
    const sc = fn("SERIESC_TERMS")() as unknown[][];
    const ox = fn("OPTEX_TERMS")() as unknown[][];
    for (const table of [sc, ox]) {
      for (let i = 1; i < table.length; i++) {
        const name = String(table[i][0]);
        if (ZERO_MEANINGFUL.has(name)) continue;
        const edited = table.map((r, j) => (j === i ? [r[0], 0] : r));
        expect([name, table === sc ? seriesC(edited) : optex(edited)]).toEqual([name, table === sc ? seriesC(null) : optex(null)]);
      }
    }
  });
});
