/**
 * id → formulas as analysts type them, each with its expected value computed
 * independently (plain-number references written from the documents) or, where
 * noted, cross-checked by calling the adapter directly with the values Excel
 * would pass. `cells` fill the sheet from A1 (rows); the formula goes in `at`
 * (default J1) and a spill reads `spill` rows × columns from there.
 * test/formulas/coverage.test.ts fails when a function of functions.json has no case here.
 */
import { referenceAccrued } from "../calc/seriesC/helpers";
import { Expected, direct } from "./workbook";

export interface FormulaCase {
  what: string;
  cells?: unknown[][];
  formula: string;
  at?: string;
  /** Rows × columns to read for a spill (default: one cell); "auto": the expected array's shape. */
  spill?: [number, number] | "auto";
  expected: Expected | (() => Expected);
}

const ERROR_NAMES: Record<string, "VALUE" | "NUM" | "NA"> = { "#VALUE!": "VALUE", "#NUM!": "NUM", "#N/A": "NA" };

/**
 * Cross-check: the value (or error) the adapter returns when called directly
 * with the arguments Excel would pass for the formula's cells. It checks the
 * HyperFormula path (argument passing, omitted arguments, spill shape, error
 * mapping), not the business rule — those have calc tests of their own.
 */
const cross = (id: string, ...args: unknown[]) => (): Expected => {
  try {
    return direct(id, ...args) as Expected;
  } catch (e) {
    const err = e as { code: string; message: string };
    return { error: ERROR_NAMES[err.code] ?? ("ERROR" as const), message: new RegExp(`^${err.message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) };
  }
};

const DATE = (y: number, m: number, d: number) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
const num = (v: unknown) => v as number;

export const CASES: Record<string, FormulaCase[]> = {
  SERIESC_ACCRUED: [
    { what: "DATE() literal", formula: "=MPWR.SERIESC_ACCRUED(DATE(2001,6,30))", expected: referenceAccrued(2001, 6, 30) },
    { what: "ISO text date", formula: '=MPWR.SERIESC_ACCRUED("2004-02-29")', expected: referenceAccrued(2004, 2, 29) },
    { what: "a dividend date (full year included)", formula: "=MPWR.SERIESC_ACCRUED(DATE(2002,12,31))", expected: referenceAccrued(2002, 12, 31) },
    { what: "cell reference", cells: [[DATE(2010, 3, 15)]], formula: "=MPWR.SERIESC_ACCRUED(A1)", expected: referenceAccrued(2010, 3, 15) },
    { what: "date computed by a formula", cells: [["=DATE(2001,6,30)+0.75"]], formula: "=MPWR.SERIESC_ACCRUED(A1)", expected: referenceAccrued(2001, 6, 30) },
    {
      what: "omitted payments, terms range with empty rows (A1,,C1:D3)",
      cells: [[DATE(2001, 6, 30), null, "name", "value"], [null, null, "dividendRate", 0.2]],
      formula: "=MPWR.SERIESC_ACCRUED(A1,,C1:D3)",
      // cross-check: the adapter with what Excel on the web passes
      expected: () => num(direct("SERIESC_ACCRUED", DATE(2001, 6, 30), null, [["name", "value"], ["dividendRate", 0.2], [null, null]])),
    },
    {
      what: "payments range (date | amount) with a header row",
      cells: [["date", "amount"], [DATE(2001, 1, 15), 1]],
      formula: "=MPWR.SERIESC_ACCRUED(DATE(2001,6,30),A1:B2)",
      expected: () => num(direct("SERIESC_ACCRUED", DATE(2001, 6, 30), [[DATE(2001, 1, 15), 1]])),
    },
    { what: "before the Original Issue Date → #NUM!", formula: "=MPWR.SERIESC_ACCRUED(DATE(1999,12,1))", expected: { error: "NUM", message: /^asOf: .*1999-12-01/ } },
    { what: "text → #VALUE!", formula: '=MPWR.SERIESC_ACCRUED("yesterday")', expected: { error: "VALUE", message: /^asOf/ } },
    { what: "empty cell → #VALUE!", formula: "=MPWR.SERIESC_ACCRUED(A5)", expected: { error: "VALUE", message: /^asOf: a date is required/ } },
    { what: "no argument → #N/A", formula: "=MPWR.SERIESC_ACCRUED()", expected: { error: "NA", message: /Wrong number of arguments/ } },
  ],
  SERIESC_CONVPRICE: [
    { what: "no events: the initial $28", formula: "=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1))", expected: 28 },
    {
      what: "events range: a 3-for-2 split (Cert §5(f))",
      cells: [["date", "type", "a", "b", "c", "d"], [DATE(2000, 8, 29), "SPLIT", 1.5]],
      formula: "=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1),A1:F2)",
      expected: 28 / 1.5,
    },
    {
      what: "split not yet effective",
      cells: [[DATE(2000, 8, 29), "SPLIT", 1.5]],
      formula: "=MPWR.SERIESC_CONVPRICE(DATE(2000,8,28),A1:F1)",
      expected: 28,
    },
    {
      what: "weighted average with terms (initial price 40 above the $28 floor, Cert §5(k)(1))",
      cells: [["2002-01-01", "ISSUE", 1e6, 2e7, 1e7, null, "initialConversionPrice", 40]],
      formula: "=MPWR.SERIESC_CONVPRICE(DATE(2002,1,1),A1:F1,G1:H1)",
      expected: (40 * 1e7 + 2e7) / (1e7 + 1e6),
    },
    {
      what: "unknown event type → #VALUE!",
      cells: [[DATE(2000, 8, 29), "MERGE", 1]],
      formula: "=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1),A1:F1)",
      expected: { error: "VALUE", message: /^events/ },
    },
  ],
  SERIESC_REDEMPTION: [
    {
      // fmv 1: the conversion value (1 + D) × 1 is far below LV + D, so A = 28 + accrued applies (Cert §6(a)).
      what: "holders' election after the sixth anniversary, A applies",
      formula: "=MPWR.SERIESC_REDEMPTION(DATE(2006,1,2),1)",
      expected: 28 + referenceAccrued(2006, 1, 2),
    },
    {
      what: "omitted trigger and notice, events/payments/terms skipped",
      cells: [[DATE(2006, 1, 2), 1]],
      formula: "=MPWR.SERIESC_REDEMPTION(A1,B1,,,,,)",
      expected: 28 + referenceAccrued(2006, 1, 2),
    },
    {
      what: "Sale of the Company with a notice date (cross-check)",
      cells: [[DATE(2003, 6, 30), 45, "SALE", DATE(2003, 3, 20)]],
      formula: "=MPWR.SERIESC_REDEMPTION(A1,B1,C1,D1)",
      expected: () => num(direct("SERIESC_REDEMPTION", DATE(2003, 6, 30), 45, "SALE", DATE(2003, 3, 20))),
    },
    { what: "6A before the sixth anniversary → #NUM!", formula: "=MPWR.SERIESC_REDEMPTION(DATE(2003,1,1),10)", expected: { error: "NUM", message: /^redemptionDate/ } },
    { what: "fmv 0 → #NUM!", formula: "=MPWR.SERIESC_REDEMPTION(DATE(2006,1,2),0)", expected: { error: "NUM", message: /^fmv/ } },
  ],
  OPTEX_NEWSHARES: [
    {
      what: "a range of grants spills, empty cells stay empty (Offer §1, Q7)",
      cells: [[100], [101], [null], [7]],
      formula: "=MPWR.OPTEX_NEWSHARES(A1:A4)",
      spill: [4, 1],
      expected: [[75], [75], [""], [5]],
    },
    { what: "SUM over the spilled array", cells: [[100], [101], [null], [7]], formula: "=SUM(MPWR.OPTEX_NEWSHARES(A1:A4))", expected: 155 },
    { what: "a single grant and a ratio", formula: "=MPWR.OPTEX_NEWSHARES(1001,0.5)", expected: 500 },
    { what: "negative options → #NUM!", cells: [[10], [-1]], formula: "=MPWR.OPTEX_NEWSHARES(A1:A2)", expected: { error: "NUM", message: /^eligible \(row 2, column 1\)/ } },
    { what: "ratio above 1 → #NUM!", formula: "=MPWR.OPTEX_NEWSHARES(10,1.5)", expected: { error: "NUM", message: /^ratio/ } },
  ],
  // ---- independent expectations
  SERIESC_PROTECTIVE: [
    { what: "500,000 of 1,250,000 outstanding ≥ one third (Cert §3(b))", formula: "=MPWR.SERIESC_PROTECTIVE(500000)", expected: true },
    { what: "400,000 < one third", formula: "=MPWR.SERIESC_PROTECTIVE(400000)", expected: false },
  ],
  SERIESC_CONVRATE: [
    { what: "$28 / $28 = 1 (Cert §5(c))", formula: "=MPWR.SERIESC_CONVRATE(DATE(2001,1,1))", expected: 1 },
    { what: "after a 3-for-2 split", cells: [[DATE(2000, 8, 29), "SPLIT", 1.5]], formula: "=MPWR.SERIESC_CONVRATE(DATE(2001,1,1),A1:F1)", expected: 1.5 },
  ],
  SERIESC_MINDIV: [{ what: "nothing paid: $2.80", formula: "=MPWR.SERIESC_MINDIV(DATE(2001,6,30))", expected: 2.8 }],
  SERIESC_REDEMPTION_MULTIPLE: [
    { what: "year 2 (Cert §6(b))", formula: "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2001,6,30))", expected: 2.5 },
    { what: "after year 6 → #N/A", formula: "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2007,1,1))", expected: { error: "NA" } },
  ],
  OPTEX_TOTAL: [{ what: "sum of per-grant floors (Offer Q7)", cells: [[100], [101], [null], [7]], formula: "=MPWR.OPTEX_TOTAL(A1:A4)", expected: 155 }],
  // ---- cross-checked against the adapter called directly
  SERIESC_CONVSHARES: [{ what: "1,000 shares, FMV $30", formula: "=MPWR.SERIESC_CONVSHARES(1000,DATE(2001,6,30),30)", spill: "auto", expected: cross("SERIESC_CONVSHARES", 1000, DATE(2001, 6, 30), 30) }],
  SERIESC_VOTES: [{ what: "1,000 shares", cells: [[1000, DATE(2001, 6, 30)]], formula: "=MPWR.SERIESC_VOTES(A1,B1)", expected: cross("SERIESC_VOTES", 1000, DATE(2001, 6, 30)) }],
  SERIESC_ADJUSTMENTS: [
    {
      what: "certificate of adjustment for a split",
      cells: [[DATE(2000, 8, 29), "SPLIT", 1.5]],
      formula: "=MPWR.SERIESC_ADJUSTMENTS(DATE(2001,1,1),A1:F1)",
      spill: "auto",
      expected: cross("SERIESC_ADJUSTMENTS", DATE(2001, 1, 1), [[DATE(2000, 8, 29), "SPLIT", 1.5, null, null, null]]),
    },
  ],
  SERIESC_DIVSCHEDULE: [{ what: "schedule to mid-2001", formula: "=MPWR.SERIESC_DIVSCHEDULE(DATE(2001,6,30))", spill: "auto", expected: cross("SERIESC_DIVSCHEDULE", DATE(2001, 6, 30)) }],
  SERIESC_KEYDATES: [{ what: "default key dates", formula: "=MPWR.SERIESC_KEYDATES()", spill: "auto", expected: cross("SERIESC_KEYDATES") }],
  SERIESC_LIQPREF: [{ what: "common value $10", formula: "=MPWR.SERIESC_LIQPREF(DATE(2001,6,30),10)", expected: cross("SERIESC_LIQPREF", DATE(2001, 6, 30), 10) }],
  SERIESC_LIQDETAIL: [{ what: "common value $10", formula: "=MPWR.SERIESC_LIQDETAIL(DATE(2001,6,30),10)", spill: "auto", expected: cross("SERIESC_LIQDETAIL", DATE(2001, 6, 30), 10) }],
  SERIESC_WATERFALL: [
    {
      what: "insufficient assets over two claims",
      cells: [["Series C", 10, 50], ["Parity", 5, 60]],
      formula: "=MPWR.SERIESC_WATERFALL(100,A1:C2)",
      spill: "auto",
      expected: cross("SERIESC_WATERFALL", 100, [["Series C", 10, 50], ["Parity", 5, 60]]),
    },
  ],
  SERIESC_TERMS: [{ what: "the default terms table", formula: "=MPWR.SERIESC_TERMS()", spill: "auto", expected: cross("SERIESC_TERMS") }],
  SERIESC_THRESHOLD: [
    {
      what: "25 trading days at $60",
      cells: Array.from({ length: 25 }, (_, i) => [DATE(2001, 3, 1) + i, 60]),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B25,DATE(2001,4,15))",
      expected: cross("SERIESC_THRESHOLD", Array.from({ length: 25 }, (_, i) => [DATE(2001, 3, 1) + i, 60]), DATE(2001, 4, 15)),
    },
  ],
  SERIESC_THRESHOLD_DATE: [
    {
      what: "25 trading days at $60",
      cells: Array.from({ length: 25 }, (_, i) => [DATE(2001, 3, 1) + i, 60]),
      formula: "=MPWR.SERIESC_THRESHOLD_DATE(A1:B25)",
      expected: cross("SERIESC_THRESHOLD_DATE", Array.from({ length: 25 }, (_, i) => [DATE(2001, 3, 1) + i, 60])),
    },
  ],
  SERIESC_MANDATORY_DATE: [{ what: "no demand date", formula: "=MPWR.SERIESC_MANDATORY_DATE()", expected: cross("SERIESC_MANDATORY_DATE") }],
  OPTEX_BUSINESSDAY: [{ what: "5 business days after 29 June 2001", formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,6,29),5)", expected: cross("OPTEX_BUSINESSDAY", DATE(2001, 6, 29), 5) }],
  OPTEX_EXTENSION: [{ what: "notice on 1 June 2001", formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,6,1))", expected: cross("OPTEX_EXTENSION", DATE(2001, 6, 1)) }],
  OPTEX_ELIGIBLE: [{ what: "hired 15 Jan 2000", formula: "=MPWR.OPTEX_ELIGIBLE(DATE(2000,1,15))", expected: cross("OPTEX_ELIGIBLE", DATE(2000, 1, 15)) }],
  OPTEX_FILING_FEE: [{ what: "$1,000,000 transaction value", formula: "=MPWR.OPTEX_FILING_FEE(1000000)", expected: cross("OPTEX_FILING_FEE", 1000000) }],
  OPTEX_ISO: [{ what: "1,000 new options at $5", formula: "=MPWR.OPTEX_ISO(1000,5,DATE(2001,7,1))", spill: "auto", expected: cross("OPTEX_ISO", 1000, 5, DATE(2001, 7, 1)) }],
  OPTEX_TAX: [
    {
      what: "ISO exercised and sold",
      formula: '=MPWR.OPTEX_TAX("ISO",1000,5,DATE(2001,7,1),DATE(2003,1,1),20,DATE(2004,6,1),25)',
      spill: "auto",
      expected: cross("OPTEX_TAX", "ISO", 1000, 5, DATE(2001, 7, 1), DATE(2003, 1, 1), 20, DATE(2004, 6, 1), 25),
    },
  ],
  OPTEX_TERMS: [{ what: "the default terms table", formula: "=MPWR.OPTEX_TERMS()", spill: "auto", expected: cross("OPTEX_TERMS") }],
  OPTEX_BREAKEVEN: [{ what: "old $10, new $2", formula: "=MPWR.OPTEX_BREAKEVEN(10,2)", expected: cross("OPTEX_BREAKEVEN", 10, 2) }],
  OPTEX_BLACKSCHOLES: [{ what: "at the money, 1 year", formula: "=MPWR.OPTEX_BLACKSCHOLES(10,10,1,0.05,0.3)", expected: cross("OPTEX_BLACKSCHOLES", 10, 10, 1, 0.05, 0.3) }],
  OPTEX_EXCHANGE_VALUE: [
    { what: "underwater grant", formula: "=MPWR.OPTEX_EXCHANGE_VALUE(1000,10,5,2,3,0.05,0.6)", spill: "auto", expected: cross("OPTEX_EXCHANGE_VALUE", 1000, 10, 5, 2, 3, 0.05, 0.6) },
  ],
  OPTEX_SCHEDULE: [{ what: "750 new options", formula: "=MPWR.OPTEX_SCHEDULE(750,DATE(2001,7,1))", spill: "auto", expected: cross("OPTEX_SCHEDULE", 750, DATE(2001, 7, 1)) }],
  OPTEX_VESTED: [{ what: "a year after grant", formula: "=MPWR.OPTEX_VESTED(750,DATE(2002,7,1),DATE(2001,7,1))", expected: cross("OPTEX_VESTED", 750, DATE(2002, 7, 1), DATE(2001, 7, 1)) }],
  OPTEX_EXERCISABLE: [
    { what: "a year after grant", formula: "=MPWR.OPTEX_EXERCISABLE(750,DATE(2002,7,1),DATE(2001,7,1))", expected: cross("OPTEX_EXERCISABLE", 750, DATE(2002, 7, 1), DATE(2001, 7, 1)) },
  ],
  OPTEX_EXPIRY: [{ what: "granted 1 July 2001", formula: "=MPWR.OPTEX_EXPIRY(DATE(2001,7,1))", expected: cross("OPTEX_EXPIRY", DATE(2001, 7, 1)) }],
};
