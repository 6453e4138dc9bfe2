/**
 * id → formulas as analysts type them, each with its expected value computed
 * independently (plain-number references written from the documents) or, where
 * noted, cross-checked by calling the adapter directly with the values Excel
 * would pass. `cells` fill the sheet from A1 (rows); the formula goes in `at`
 * (default J1) and a spill reads `spill` rows × columns from there.
 * test/formulas/coverage.test.ts fails when a function of functions.json has no case here.
 */
import { referenceAccrued } from "../calc/seriesC/helpers";
import { cents, iso, referenceDivSchedule } from "./reference";
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
const cross =
  (id: string, ...args: unknown[]) =>
  (): Expected => {
    try {
      return direct(id, ...args) as Expected;
    } catch (e) {
      const err = e as { code: string; message: string };
      return { error: ERROR_NAMES[err.code] ?? ("ERROR" as const), message: new RegExp(`^${err.message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) };
    }
  };

const DATE = (y: number, m: number, d: number) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
const num = (v: unknown) => v as number;

// ---- spill headers and rows of the independent expectations (labels as the add-in prints them; the numbers
// are recomputed from the documents in each case)
const CONVSHARES_HEADER = ["principal shares", "dividend shares", "whole shares issued", "cash in lieu", "dividends extinguished (per share)"];
const ADJUSTMENTS_HEADER = ["date", "type", "effective price", "rule applied", "price before", "price after", "note"];
const WATERFALL_HEADER = ["name", "dividends paid", "preference paid", "total paid", "shortfall"];
const ISO_HEADER = ["year", "shares first exercisable", "value at exercise price", "ISO shares", "NSO shares"];
const SCHEDULE_HEADER = ["vest date", "shares vesting", "cumulative"];
const liqDetail = (a: number, b: number, applies: "A" | "B", extinguished: number): Expected => [
  ["label", "value"],
  ["A: Liquidation Value + dividends (Cert §4(a)(i))", a],
  ["B: as converted, dividends in shares (Cert §4(a)(ii))", b],
  ["applies", applies],
  ["dividends extinguished (per share)", extinguished],
  ["Qualified Return", 2 * 28 + 2.8],
];
const tax = (ordinary: number, capital: number | "", longTerm: boolean | "", amt: number, qualifying: boolean | ""): Expected => [
  ["label", "value"],
  ["ordinary income", ordinary],
  ["capital gain", capital],
  ["long-term", longTerm],
  ["AMT adjustment", amt],
  ["qualifying disposition", qualifying],
];
const exchangeValue = (oldValue: number, newValue: number, incremental: number, ratio: number | ""): Expected => [
  ["label", "value"],
  ["old grant value", oldValue],
  ["new grant value", newValue],
  ["incremental value", incremental],
  ["value-for-value ratio", ratio],
];
const EXIT_HEADER = ["name", "type", "converts", "amount", "per share"];
const SALE_HEADER = ["route", "per share", "clause", "available"];
/** name | type | quantity | a | b | c: $10M notes, 1M Series C, 500,000 convertible Parity (preference $20, dividends $2, 1 common each), 10M common, 2M options at $10. */
const EXIT_CAPITAL: unknown[][] = [
  ["Notes", "SENIOR", 10e6, null, null, null],
  ["Series C", "SERIESC", 1e6, null, null, null],
  ["Series D", "PARITY", 500e3, 20, 2, 1],
  ["Common", "COMMON", 10e6, null, null, null],
  ["Options", "OPTION", 2e6, 10, null, null],
];
/**
 * `n` price rows `date | close`, one per trading day: the weekdays from `first` (a Saturday or Sunday row
 * is refused, Cert §12 trading days; holidays are not removed — the rows are whatever days the user lists).
 * 2001-03-01 was a Thursday: rows 0–19 run to 2001-03-28, row 29 is 2001-04-11;
 * 2000-08-10 a Thursday: row 13 is Tuesday 2000-08-29, row 32 is 2000-09-25; 2000-09-01 a Friday: row 19 is 2000-09-28.
 */
const prices = (first: string, n: number, close: (i: number) => number): unknown[][] => {
  const rows: unknown[][] = [];
  for (let day = iso(first); rows.length < n; day++) if ((day + 6) % 7 !== 0 && (day + 6) % 7 !== 6) rows.push([day, close(rows.length)]); // serial 1 was a Sunday
  return rows;
};
/** Puts one events row (date | type | a | b | c | d) in D1:I1 next to the prices. */
const withEvent = (rows: unknown[][], event: unknown[]): unknown[][] => rows.map((r, i) => (i === 0 ? [...r, null, ...event] : r));

export const CASES: Record<string, FormulaCase[]> = {
  SERIESC_ACCRUED: [
    { what: "DATE() literal", formula: "=MPWR.SERIESC_ACCRUED(DATE(2001,6,30))", expected: referenceAccrued(2001, 6, 30) },
    { what: "ISO text date", formula: '=MPWR.SERIESC_ACCRUED("2004-02-29")', expected: referenceAccrued(2004, 2, 29) },
    { what: "a dividend date (full year included)", formula: "=MPWR.SERIESC_ACCRUED(DATE(2002,12,31))", expected: referenceAccrued(2002, 12, 31) },
    { what: "cell reference", cells: [[DATE(2010, 3, 15)]], formula: "=MPWR.SERIESC_ACCRUED(A1)", expected: referenceAccrued(2010, 3, 15) },
    { what: "date computed by a formula", cells: [["=DATE(2001,6,30)+0.75"]], formula: "=MPWR.SERIESC_ACCRUED(A1)", expected: referenceAccrued(2001, 6, 30) },
    {
      what: "omitted payments, terms range with empty rows (A1,,C1:D3)",
      cells: [
        [DATE(2001, 6, 30), null, "name", "value"],
        [null, null, "dividendRate", 0.2],
      ],
      formula: "=MPWR.SERIESC_ACCRUED(A1,,C1:D3)",
      // cross-check: the adapter with what Excel on the web passes
      expected: () =>
        num(
          direct("SERIESC_ACCRUED", DATE(2001, 6, 30), null, [
            ["name", "value"],
            ["dividendRate", 0.2],
            [null, null],
          ]),
        ),
    },
    {
      what: "payments range (date | amount) with a header row",
      cells: [
        ["date", "amount"],
        [DATE(2001, 1, 15), 1],
      ],
      formula: "=MPWR.SERIESC_ACCRUED(DATE(2001,6,30),A1:B2)",
      expected: () => num(direct("SERIESC_ACCRUED", DATE(2001, 6, 30), [[DATE(2001, 1, 15), 1]])),
    },
    {
      what: "before the Original Issue Date → #NUM!",
      formula: "=MPWR.SERIESC_ACCRUED(DATE(1999,12,1))",
      expected: { error: "NUM", message: /^asOf: .*1999-12-01/ },
    },
    { what: "text → #VALUE!", formula: '=MPWR.SERIESC_ACCRUED("yesterday")', expected: { error: "VALUE", message: /^asOf/ } },
    { what: "empty cell → #VALUE!", formula: "=MPWR.SERIESC_ACCRUED(A5)", expected: { error: "VALUE", message: /^asOf: a date is required/ } },
    { what: "no argument → #N/A", formula: "=MPWR.SERIESC_ACCRUED()", expected: { error: "NA", message: /Wrong number of arguments/ } },
  ],
  SERIESC_CONVPRICE: [
    { what: "no events: the initial $28", formula: "=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1))", expected: 28 },
    {
      what: "events range: a 3-for-2 split (Cert §5(f))",
      cells: [
        ["date", "type", "a", "b", "c", "d"],
        [DATE(2000, 8, 29), "SPLIT", 1.5],
      ],
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
      // without a notice date the earliest holders' redemption is (2005-12-29 + 1 day) + 90 days = 2006-03-30
      formula: "=MPWR.SERIESC_REDEMPTION(DATE(2006,3,30),1)",
      expected: 28 + referenceAccrued(2006, 3, 30),
    },
    {
      what: "holders' election without a notice before 2006-03-30 → #NUM! (independent)",
      formula: "=MPWR.SERIESC_REDEMPTION(DATE(2006,3,29),1)",
      expected: { error: "NUM" },
    },
    {
      what: "omitted trigger and notice, events/payments/terms skipped",
      cells: [[DATE(2006, 3, 30), 1]],
      formula: "=MPWR.SERIESC_REDEMPTION(A1,B1,,,,,)",
      expected: 28 + referenceAccrued(2006, 3, 30),
    },
    {
      what: "Sale of the Company with a notice date (cross-check)",
      cells: [[DATE(2003, 6, 30), 45, "SALE", DATE(2003, 3, 20)]],
      formula: "=MPWR.SERIESC_REDEMPTION(A1,B1,C1,D1)",
      expected: () => num(direct("SERIESC_REDEMPTION", DATE(2003, 6, 30), 45, "SALE", DATE(2003, 3, 20))),
    },
    {
      // notice 102 days before (90–120 window); after the 30-month anniversary: no extinguishment.
      // D = max(2.80, accrued); A = 28 + D; B = (1 + max(D/45, D/28)) × 45 = (1 + D/28) × 45 > A
      what: "Sale of the Company with a notice date (independent)",
      cells: [[DATE(2003, 6, 30), 45, "SALE", DATE(2003, 3, 20)]],
      formula: "=MPWR.SERIESC_REDEMPTION(A1,B1,C1,D1)",
      expected: () => {
        const D = Math.max(2.8, referenceAccrued(2003, 6, 30));
        return Math.max(28 + D, (1 + D / 28) * 45);
      },
    },
    // §6(b): year 2 (2000-12-29 ≤ date < 2001-12-29) → 2.5 × 28 = 70 > 28 + accrued
    { what: "3D redemption in year 2: the 2.5 × LV multiple (independent)", formula: '=MPWR.SERIESC_REDEMPTION(DATE(2001,6,30),1,"3D")', expected: 2.5 * 28 },
    {
      what: "6A before the sixth anniversary → #NUM!",
      formula: "=MPWR.SERIESC_REDEMPTION(DATE(2003,1,1),10)",
      expected: { error: "NUM", message: /^redemptionDate/ },
    },
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
    {
      what: "negative options → #NUM!",
      cells: [[10], [-1]],
      formula: "=MPWR.OPTEX_NEWSHARES(A1:A2)",
      expected: { error: "NUM", message: /^eligible \(row 2, column 1\)/ },
    },
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
  // ---- each function below has independent cases (plain-number references from
  // documents / docs/interpretations.md) and keeps its cross-check of the plumbing
  SERIESC_CONVSHARES: [
    {
      // Cert §5(a),(e),(n): rate 28/28 = 1 → 1,000 principal shares; D = max(accrued 4.345…, MinDiv 2.80);
      // dividend shares = 1,000 × max(D/30, D/28) = 1,000 × D/28 = 155.18…; whole = floor(1,155.18…) = 1,155;
      // cash = 0.18… × $30 to the cent = 5.42; nothing extinguished (OPTIONAL).
      what: "1,000 shares, FMV $30, optional conversion (independent)",
      formula: "=MPWR.SERIESC_CONVSHARES(1000,DATE(2001,6,30),30)",
      spill: "auto",
      expected: () => {
        const D = Math.max(2.8, referenceAccrued(2001, 6, 30));
        const dividendShares = 1000 * Math.max(D / 30, D / 28);
        const whole = Math.floor(1000 + dividendShares);
        return [CONVSHARES_HEADER, [1000, dividendShares, whole, cents((1000 + dividendShares - whole) * 30), 0]];
      },
    },
    {
      // Cert §5(e)(B), §4(a), interpretations "Extinguishment arithmetic": before the 30-month anniversary a SALE
      // conversion is capped at QR = 2 × 28 + 2.80 = 58.80 per share: dividend shares = QR/fmv − rate = 58.8/55 − 1
      // per share (69.09… for 1,000); whole 1,069; cash 0.0909… × 55 = $5.00; extinguished per share =
      // D − dividend shares × min(fmv, CP) = accrued − (58.8/55 − 1) × 28.
      what: "SALE before the 30-month anniversary: capped at the Qualified Return 58.80 (independent)",
      formula: '=MPWR.SERIESC_CONVSHARES(1000,DATE(2001,6,30),55,"SALE")',
      spill: "auto",
      expected: () => {
        const D = Math.max(2.8, referenceAccrued(2001, 6, 30));
        const perShare = 58.8 / 55 - 1;
        return [CONVSHARES_HEADER, [1000, 1000 * perShare, 1069, 5, D - perShare * 28]];
      },
    },
    {
      // Cert §5(e)(A): MANDATORY on or before 2002-06-29 → D = remaining MinDiv 2.80; dividend shares =
      // 1,000 × max(2.8/30, 2.8/28) = 100; 1,100 whole shares, no cash; extinguished = accrued − 2.80.
      what: "MANDATORY before the 30-month anniversary: D = Minimum Dividend (independent)",
      formula: '=MPWR.SERIESC_CONVSHARES(1000,DATE(2001,6,30),30,"MANDATORY")',
      spill: "auto",
      expected: () => [CONVSHARES_HEADER, [1000, 100, 1100, 0, referenceAccrued(2001, 6, 30) - 2.8]],
    },
    {
      // after the 3-for-2 split CP = 28/1.5: principal = 1,000 × 28/(28/1.5) = 1,500 exactly;
      // dividend shares = 1,000 × max(D/30, D/(28/1.5)) = 1,000 × D × 1.5/28; cash = fraction × 30 to the cent.
      what: "after a 3-for-2 split: 1,500 principal shares, whole shares and cash to the cent (independent)",
      cells: [[DATE(2000, 8, 29), "SPLIT", 1.5]],
      formula: "=MPWR.SERIESC_CONVSHARES(1000,DATE(2001,6,30),30,,A1:F1)",
      spill: "auto",
      expected: () => {
        const D = Math.max(2.8, referenceAccrued(2001, 6, 30));
        const dividendShares = 1000 * Math.max(D / 30, D / (28 / 1.5));
        const whole = Math.floor(1500 + dividendShares);
        return [CONVSHARES_HEADER, [1500, dividendShares, whole, cents((1500 + dividendShares - whole) * 30), 0]];
      },
    },
    {
      what: "1,000 shares, FMV $30 (cross-check)",
      formula: "=MPWR.SERIESC_CONVSHARES(1000,DATE(2001,6,30),30)",
      spill: "auto",
      expected: cross("SERIESC_CONVSHARES", 1000, DATE(2001, 6, 30), 30),
    },
  ],
  SERIESC_VOTES: [
    // Cert §3(a): floor(shares × conversion rate), dividends excluded.
    { what: "1,000 shares, no events: 1,000 × 28/28 (independent)", cells: [[1000, DATE(2001, 6, 30)]], formula: "=MPWR.SERIESC_VOTES(A1,B1)", expected: 1000 },
    {
      what: "after a 3-for-2 split: floor(1,000 × 1.5) = 1,500, not 1,499 (independent)",
      cells: [[DATE(2000, 8, 29), "SPLIT", 1.5]],
      formula: "=MPWR.SERIESC_VOTES(1000,DATE(2001,6,30),A1:F1)",
      expected: 1500,
    },
    {
      // §5(g): CP = 28 × 100/107 → rate 1.07; floor(333 × 1.07) = floor(356.31) = 356
      what: "stock dividend 7 per 100: floor(333 × 1.07) = 356 (independent)",
      cells: [[DATE(2000, 10, 2), "STOCKDIV", 100, 7]],
      formula: "=MPWR.SERIESC_VOTES(333,DATE(2001,6,30),A1:F1)",
      expected: 356,
    },
    {
      what: "1,000 shares (cross-check)",
      cells: [[1000, DATE(2001, 6, 30)]],
      formula: "=MPWR.SERIESC_VOTES(A1,B1)",
      expected: cross("SERIESC_VOTES", 1000, DATE(2001, 6, 30)),
    },
  ],
  SERIESC_ADJUSTMENTS: [
    {
      // §5(f): 28 ÷ 1.5; §5(g): × a/(a+b) = × 100/107
      what: "split then stock dividend: 28 → 28/1.5 → 28/1.5 × 100/107 (independent)",
      cells: [
        [DATE(2000, 8, 29), "SPLIT", 1.5],
        [DATE(2000, 10, 2), "STOCKDIV", 100, 7],
      ],
      formula: "=MPWR.SERIESC_ADJUSTMENTS(DATE(2001,1,1),A1:F2)",
      spill: "auto",
      expected: [
        ADJUSTMENTS_HEADER,
        [iso("2000-08-29"), "SPLIT", "", "§5(f) subdivision", 28, 28 / 1.5, "price × 1/1.5"],
        [iso("2000-10-02"), "STOCKDIV", "", "§5(g) stock dividend", 28 / 1.5, ((28 / 1.5) * 100) / 107, "price × 100/(100 + 7)"],
      ],
    },
    {
      what: "an event after asOf is not listed (independent)",
      cells: [
        [DATE(2000, 8, 29), "SPLIT", 1.5],
        [DATE(2000, 10, 2), "STOCKDIV", 100, 7],
      ],
      formula: "=MPWR.SERIESC_ADJUSTMENTS(DATE(2000,9,30),A1:F2)",
      spill: "auto",
      expected: [ADJUSTMENTS_HEADER, [iso("2000-08-29"), "SPLIT", "", "§5(f) subdivision", 28, 28 / 1.5, "price × 1/1.5"]],
    },
    {
      // §5(k)(1) after the 18-month anniversary, initial price 40 > $28 floor: EP = 2e7/1e6 = 20 < 40;
      // CP' = (40 × 1e7 + 2e7) / (1e7 + 1e6) = 38.1818…
      what: "ISSUE below the price with terms: weighted average (independent)",
      cells: [["2002-01-01", "ISSUE", 1e6, 2e7, 1e7, null, "initialConversionPrice", 40]],
      formula: "=MPWR.SERIESC_ADJUSTMENTS(DATE(2002,1,1),A1:F1,G1:H1)",
      spill: "auto",
      expected: [ADJUSTMENTS_HEADER, [iso("2002-01-01"), "ISSUE", 2e7 / 1e6, "§5(k)(1) weighted average", 40, (40 * 1e7 + 2e7) / (1e7 + 1e6), ""]],
    },
    {
      what: "certificate of adjustment for a split (cross-check)",
      cells: [[DATE(2000, 8, 29), "SPLIT", 1.5]],
      formula: "=MPWR.SERIESC_ADJUSTMENTS(DATE(2001,1,1),A1:F1)",
      spill: "auto",
      expected: cross("SERIESC_ADJUSTMENTS", DATE(2001, 1, 1), [[DATE(2000, 8, 29), "SPLIT", 1.5, null, null, null]]),
    },
  ],
  SERIESC_DIVSCHEDULE: [
    // Cert §2: stub 2/365 on 28, then 10% on (28 + unpaid) compounded each 31 December (reference.ts)
    {
      what: "schedule to mid-2001 (independent)",
      formula: "=MPWR.SERIESC_DIVSCHEDULE(DATE(2001,6,30))",
      spill: "auto",
      expected: referenceDivSchedule("2001-06-30"),
    },
    {
      what: "to a dividend date: full years only (independent)",
      formula: "=MPWR.SERIESC_DIVSCHEDULE(DATE(2002,12,31))",
      spill: "auto",
      expected: referenceDivSchedule("2002-12-31"),
    },
    {
      what: "stubDays inclusive: 3/365 in the first period only (independent)",
      cells: [["stubDays", "inclusive"]],
      formula: "=MPWR.SERIESC_DIVSCHEDULE(DATE(2000,3,31),,A1:B1)",
      spill: "auto",
      expected: referenceDivSchedule("2000-03-31", 3),
    },
    {
      what: "schedule to mid-2001 (cross-check)",
      formula: "=MPWR.SERIESC_DIVSCHEDULE(DATE(2001,6,30))",
      spill: "auto",
      expected: cross("SERIESC_DIVSCHEDULE", DATE(2001, 6, 30)),
    },
  ],
  SERIESC_KEYDATES: [
    {
      // Cert §5(b)(1), §12: issue 1999-12-29; EDATE +12 → 2000-12-29; +386 days → 2001-01-18;
      // EDATE +18 → 2001-06-29; +30 → 2002-06-29; +72 → 2005-12-29
      what: "default key dates (independent)",
      formula: "=MPWR.SERIESC_KEYDATES()",
      spill: "auto",
      expected: [
        ["label", "date"],
        ["Original Issue Date (Cert §12)", iso("1999-12-29")],
        ["first anniversary: deemed conversion date (Cert §4(a))", iso("2000-12-29")],
        ["issue + 386 days: Mandatory Conversion may start (Cert §5(b)(1))", iso("2001-01-18")],
        ["18-month anniversary: full ratchet ends (Cert §5(k)(5))", iso("2001-06-29")],
        ["30-month anniversary: last day of dividend extinguishment (Cert §4(a), §5(e))", iso("2002-06-29")],
        ["sixth anniversary: holders may redeem after it (Cert §6(a))", iso("2005-12-29")],
      ],
    },
    { what: "default key dates (cross-check)", formula: "=MPWR.SERIESC_KEYDATES()", spill: "auto", expected: cross("SERIESC_KEYDATES") },
  ],
  SERIESC_LIQPREF: [
    {
      // Cert §4(a): A = 28 + max(2.80, accrued 4.345…) = 32.345…; B = (1 + D/min(10, 28)) × 10 = 14.345…; A applies
      what: "common value $10: A = LV + accrued applies (independent)",
      formula: "=MPWR.SERIESC_LIQPREF(DATE(2001,6,30),10)",
      expected: () => 28 + Math.max(2.8, referenceAccrued(2001, 6, 30)),
    },
    {
      // B uncapped = (1 + D/28) × 55 = 63.5… > QR 58.80 on or before 2002-06-29 → dividends extinguished down to QR;
      // A = 32.3… < 58.80 → 58.80
      what: "common value $55 before the 30-month anniversary: the Qualified Return 58.80 (independent)",
      formula: "=MPWR.SERIESC_LIQPREF(DATE(2001,6,30),55)",
      expected: 2 * 28 + 2.8,
    },
    {
      // after 2002-06-29 no extinguishment: B = (1 + D/28) × 55, D = accrued at 2003-06-30
      what: "common value $55 after the 30-month anniversary: B uncapped (independent)",
      formula: "=MPWR.SERIESC_LIQPREF(DATE(2003,6,30),55)",
      expected: () => (1 + Math.max(2.8, referenceAccrued(2003, 6, 30)) / 28) * 55,
    },
    {
      // §4(a)(ii) before the first anniversary: B as a conversion on 2000-12-29 with D = max(2.80, accrued then 2.8016)
      // = (1 + D/28) × 40 = 44.002…; A = 28 + max(2.80, accrued at 2000-06-30) = 30.80
      what: "event before the first anniversary: B deemed on 2000-12-29 (independent)",
      formula: "=MPWR.SERIESC_LIQPREF(DATE(2000,6,30),40)",
      expected: () => (1 + Math.max(2.8, referenceAccrued(2000, 12, 29)) / 28) * 40,
    },
    {
      // the same liquidation with a 3-for-2 split dated 2000-09-01, after the event: nothing happens to the corporation
      // after it is liquidated, so the price stays $28 and B is still (1 + D/28) × 40 (not 1.5 × that)
      what: "before the first anniversary, a split after the event is ignored (independent)",
      cells: [[iso("2000-09-01"), "SPLIT", 1.5]],
      formula: "=MPWR.SERIESC_LIQPREF(DATE(2000,6,30),40,A1:C1)",
      expected: () => (1 + Math.max(2.8, referenceAccrued(2000, 12, 29)) / 28) * 40,
    },
    {
      what: "common value 0: B = 0, A applies (independent)",
      formula: "=MPWR.SERIESC_LIQPREF(DATE(2001,6,30),0)",
      expected: () => 28 + referenceAccrued(2001, 6, 30),
    },
    { what: "common value $10 (cross-check)", formula: "=MPWR.SERIESC_LIQPREF(DATE(2001,6,30),10)", expected: cross("SERIESC_LIQPREF", DATE(2001, 6, 30), 10) },
  ],
  SERIESC_LIQDETAIL: [
    {
      // A = 28 + accrued; B = (1 + accrued/10) × 10 = 10 + accrued; A applies, nothing extinguished; QR = 58.80
      what: "common value $10 (independent)",
      formula: "=MPWR.SERIESC_LIQDETAIL(DATE(2001,6,30),10)",
      spill: "auto",
      expected: () => {
        const acc = referenceAccrued(2001, 6, 30);
        return liqDetail(28 + acc, 10 + acc, "A", 0);
      },
    },
    {
      // B capped at QR 58.80 applies; extinguished = D − (58.8/55 − 1) × min(55, 28) (interpretations)
      what: "common value $55: B capped at the Qualified Return 58.80 (independent)",
      formula: "=MPWR.SERIESC_LIQDETAIL(DATE(2001,6,30),55)",
      spill: "auto",
      expected: () => {
        const acc = referenceAccrued(2001, 6, 30);
        return liqDetail(28 + acc, 58.8, "B", acc - (58.8 / 55 - 1) * 28);
      },
    },
    {
      what: "common value $10 (cross-check)",
      formula: "=MPWR.SERIESC_LIQDETAIL(DATE(2001,6,30),10)",
      spill: "auto",
      expected: cross("SERIESC_LIQDETAIL", DATE(2001, 6, 30), 10),
    },
  ],
  SERIESC_WATERFALL: [
    {
      // dividend claims 10 + 5 = 15 ≤ 100 paid in full; 85 left over preference claims 50 + 60 = 110, ratably:
      // 85 × 50/110 and 85 × 60/110; shortfall = claim − paid
      what: "assets cover the dividends, the rest ratably to the preferences (independent)",
      cells: [
        ["Series C", 10, 50],
        ["Parity", 5, 60],
      ],
      formula: "=MPWR.SERIESC_WATERFALL(100,A1:C2)",
      spill: "auto",
      expected: [
        WATERFALL_HEADER,
        ["Series C", 10, (85 * 50) / 110, 10 + (85 * 50) / 110, 60 - (10 + (85 * 50) / 110)],
        ["Parity", 5, (85 * 60) / 110, 5 + (85 * 60) / 110, 65 - (5 + (85 * 60) / 110)],
      ],
    },
    {
      // 9 < dividend claims 15: 9 × 10/15 = 6 and 9 × 5/15 = 3, no preference paid
      what: "assets below the dividend claims: ratable dividends only (independent)",
      cells: [
        ["Series C", 10, 50],
        ["Parity", 5, 60],
      ],
      formula: "=MPWR.SERIESC_WATERFALL(9,A1:C2)",
      spill: "auto",
      expected: [WATERFALL_HEADER, ["Series C", 6, 0, 6, 54], ["Parity", 3, 0, 3, 62]],
    },
    {
      what: "insufficient assets over two claims (cross-check)",
      cells: [
        ["Series C", 10, 50],
        ["Parity", 5, 60],
      ],
      formula: "=MPWR.SERIESC_WATERFALL(100,A1:C2)",
      spill: "auto",
      expected: cross("SERIESC_WATERFALL", 100, [
        ["Series C", 10, 50],
        ["Parity", 5, 60],
      ]),
    },
  ],
  SERIESC_EXIT: [
    {
      // Cert §4(a) in the 30-month window: everyone converts; one Series C principal share at p is above the $58.80 Qualified
      // Return, so its dividend shares are extinguished. Pool 10M common + 0.5M Series D + 2M options + 1M Series C = 13.5M
      // shares; cash 800M − 10M notes + 2M × $10 exercise = 810M → p = 60; options 2M × (60 − 10).
      what: "in the window, everyone converts, p = $60 (independent)",
      cells: EXIT_CAPITAL,
      formula: "=MPWR.SERIESC_EXIT(800000000,DATE(2001,12,31),A1:F5)",
      spill: "auto",
      expected: [
        EXIT_HEADER,
        ["Notes", "SENIOR", "", 10e6, ""],
        ["Series C", "SERIESC", true, 60e6, 60],
        ["Series D", "PARITY", true, 30e6, 60],
        ["Common", "COMMON", "", 600e6, 60],
        ["Options", "OPTION", "exercised", 100e6, 50],
      ],
    },
    {
      // before the first anniversary: A = 28 + 2.80 (Minimum Dividend; accrued ≈ 1.40); Series D 500,000 × (20 + 2) = 11M;
      // rest 60M − 10M − 30.8M − 11M = 8.2M over 10M common shares → $0.82, options at $10 out of the money
      what: "2000-06-30, $60M: preferences in full, $0.82 per common share (independent)",
      cells: EXIT_CAPITAL,
      formula: "=MPWR.SERIESC_EXIT(60000000,DATE(2000,6,30),A1:F5)",
      spill: "auto",
      expected: () => {
        if (referenceAccrued(2000, 6, 30) >= 2.8) throw new Error("the example needs the Minimum Dividend to apply");
        return [
          EXIT_HEADER,
          ["Notes", "SENIOR", "", 10e6, ""],
          ["Series C", "SERIESC", false, 30.8e6, 30.8],
          ["Series D", "PARITY", false, 11e6, 22],
          ["Common", "COMMON", "", 8.2e6, 0.82],
          ["Options", "OPTION", "not exercised", 0, 0],
        ];
      },
    },
    {
      // 20M after the notes < 41.8M of claims: dividends 2.8M + 1M in full, then 16.2M ratably to the preferences 28M : 10M
      what: "2000-06-30, $30M: insufficient assets, dividends then preferences ratably (independent)",
      cells: EXIT_CAPITAL,
      formula: "=MPWR.SERIESC_EXIT(30000000,DATE(2000,6,30),A1:F5)",
      spill: [6, 4],
      expected: [
        ["name", "type", "converts", "amount"],
        ["Notes", "SENIOR", "", 10e6],
        ["Series C", "SERIESC", false, 2.8e6 + (16.2e6 * 28) / 38],
        ["Series D", "PARITY", false, 1e6 + (16.2e6 * 10) / 38],
        ["Common", "COMMON", "", 0],
        ["Options", "OPTION", "not exercised", 0],
      ],
    },
    {
      what: "negative proceeds → #NUM! (independent)",
      cells: EXIT_CAPITAL,
      formula: "=MPWR.SERIESC_EXIT(-1,DATE(2001,12,31),A1:F5)",
      expected: { error: "NUM", message: /^proceeds: / },
    },
    {
      what: "no capital → #VALUE! (independent)",
      formula: "=MPWR.SERIESC_EXIT(1,DATE(2001,12,31),A1:F5)",
      expected: { error: "VALUE", message: /^capital: / },
    },
    {
      what: "2003-03-03, $400M (cross-check)",
      cells: EXIT_CAPITAL,
      formula: "=MPWR.SERIESC_EXIT(400000000,DATE(2003,3,3),A1:F5)",
      spill: "auto",
      expected: cross("SERIESC_EXIT", 400e6, DATE(2003, 3, 3), EXIT_CAPITAL),
    },
  ],
  SERIESC_EXIT_TABLE: [
    {
      // rows as in the SERIESC_EXIT cases: $30M short of the claims; $673.8M: p = (663.8M − 58.8M + 20M) / 12.5M = $50 with the
      // Series C at the Qualified Return $58.80 (50 × (1 + D/28) > 58.80 > 50); $800M: p = $60; an empty cell stays empty
      what: "a column of exit values with an empty cell (independent)",
      cells: EXIT_CAPITAL.map((r, i) => [...r, null, [30e6, null, 673.8e6, 800e6][i] ?? null]),
      formula: "=MPWR.SERIESC_EXIT_TABLE(H1:H4,DATE(2001,12,31),A1:F5)",
      spill: "auto",
      expected: () => {
        const dv = referenceAccrued(2001, 12, 31); // ≈ 5.90 > 2.80; A = 28 + D below the Qualified Return
        if (50 * (1 + dv / 28) <= 58.8) throw new Error("the example needs the Qualified Return to bind at $50");
        const left = 20e6 - dv * 1e6 - 1e6; // after both dividend claims
        return [
          ["proceeds", "Notes", "Series C", "Series D", "Common", "Options"],
          [30e6, 10e6, dv * 1e6 + (left * 28) / 38, 1e6 + (left * 10) / 38, 0, 0],
          ["", "", "", "", "", ""],
          [673.8e6, 10e6, 58.8e6, 25e6, 500e6, 80e6],
          [800e6, 10e6, 60e6, 30e6, 600e6, 100e6],
        ];
      },
    },
    {
      // no proceeds: 0, the breakpoints of the SERIESC_BREAKPOINTS case ($50M, $91.67M, $125M), the midpoints, twice the last;
      // the investors get everything to $50M, then 3/5 of the rest to the $75M cap, then convert at $125M: 60 % of $250M
      what: "an empty proceeds column: breakpoints and midpoints (independent)",
      cells: [
        ["Investors", "PREFERRED", 1e6, 50, null, 3, null, 75],
        ["Founders", "COMMON", 2e6],
      ],
      formula: "=MPWR.SERIESC_EXIT_TABLE(Z1:Z2,DATE(2004,12,31),A1:H2)",
      spill: "auto",
      expected: () => {
        const cap = 50e6 + (5e6 * 25) / 3;
        const xs = [0, 25e6, 50e6, (50e6 + cap) / 2, cap, (cap + 125e6) / 2, 125e6, 250e6];
        const investors = (x: number) => (x <= 50e6 ? x : x <= cap ? 50e6 + 0.6 * (x - 50e6) : x <= 125e6 ? 75e6 : 0.6 * x);
        return [["proceeds", "Investors", "Founders"], ...xs.map((x) => [x, investors(x), x - investors(x)])];
      },
    },
    {
      what: "three values (cross-check)",
      cells: EXIT_CAPITAL.map((r, i) => [...r, null, [1e8, 2e8, 5e8][i] ?? null]),
      formula: "=MPWR.SERIESC_EXIT_TABLE(H1:H3,DATE(2005,6,30),A1:F5)",
      spill: "auto",
      expected: cross("SERIESC_EXIT_TABLE", [[1e8], [2e8], [5e8]], DATE(2005, 6, 30), EXIT_CAPITAL),
    },
  ],
  SERIESC_SALE: [
    {
      // 2001-12-31, in the 30-month window: converting gives 1 × $50 + D/28 dividend shares × $50 ≈ $60.54 > the Qualified
      // Return 2 × 28 + 2.80, so §5(e)(B) cuts it to $58.80; §4(a) and §6(a) take the greater of 28 + D ≈ $33.90 and that
      what: "2001-12-31 at $50: every route at the Qualified Return, the liquidation first on the tie (independent)",
      formula: "=MPWR.SERIESC_SALE(DATE(2001,12,31),50)",
      spill: "auto",
      expected: () => {
        if (50 + (referenceAccrued(2001, 12, 31) * 50) / 28 <= 58.8) throw new Error("the example needs the Qualified Return to bind");
        return [
          SALE_HEADER,
          ["treated as a liquidation", 58.8, "Cert §4(b), §4(a)", true],
          ["optional conversion as part of the sale", 58.8, "Cert §5(a), §5(e)(B), §5(k)(6)", true],
          ["redemption upon the sale", 58.8, "Cert §6(a)", true],
          ["best", 58.8, "Cert §4(b), §4(a)", "treated as a liquidation"],
        ];
      },
    },
    {
      // after the window, common at $20 < $28: the preference 28 + D; converting 20 + D (D / $20 dividend shares × $20)
      what: "2004-06-30 at $20, notice 2004-03-02 (120 days): preference 28 + D, conversion 20 + D (independent)",
      formula: "=MPWR.SERIESC_SALE(DATE(2004,6,30),20,DATE(2004,3,2))",
      spill: "auto",
      expected: () => {
        const d = referenceAccrued(2004, 6, 30);
        return [
          SALE_HEADER,
          ["treated as a liquidation", 28 + d, "Cert §4(b), §4(a)", true],
          ["optional conversion as part of the sale", 20 + d, "Cert §5(a), §5(e)(B), §5(k)(6)", true],
          ["redemption upon the sale", 28 + d, "Cert §6(a)", true],
          ["best", 28 + d, "Cert §4(b), §4(a)", "treated as a liquidation"],
        ];
      },
    },
    {
      what: "a notice 121 days before: the redemption is not available, and says why (independent)",
      formula: "=MPWR.SERIESC_SALE(DATE(2004,6,30),20,DATE(2004,3,1))",
      at: "J1",
      spill: [4, 4],
      expected: () => {
        const d = referenceAccrued(2004, 6, 30);
        return [
          SALE_HEADER,
          ["treated as a liquidation", 28 + d, "Cert §4(b), §4(a)", true],
          ["optional conversion as part of the sale", 20 + d, "Cert §5(a), §5(e)(B), §5(k)(6)", true],
          [
            "redemption upon the sale",
            28 + d,
            "Cert §6(a)",
            "FALSE: the redemption date must be 90 to 120 days after the notice (Cert §6(a)); 2004-06-30 is 121 days after 2004-03-01",
          ],
        ];
      },
    },
    { what: "fmv 0 → #NUM! (independent)", formula: "=MPWR.SERIESC_SALE(DATE(2004,6,30),0)", expected: { error: "NUM", message: /^fmv: / } },
    {
      what: "with a split and the 20 % cap (cross-check)",
      cells: [
        [DATE(2000, 8, 29), "SPLIT", 1.5],
        ["votingPowerAtIssue", 5e6, null],
      ],
      formula: "=MPWR.SERIESC_SALE(DATE(2003,1,15),60,,A1:C1,,A2:B2)",
      spill: "auto",
      expected: cross("SERIESC_SALE", DATE(2003, 1, 15), 60, null, [[DATE(2000, 8, 29), "SPLIT", 1.5]], null, [["votingPowerAtIssue", 5e6]]),
    },
  ],
  SERIESC_PAYOUTS: [
    {
      // p = $60 as in SERIESC_EXIT's first case: Fund A 600,000 Series C × 60 + 1,000,000 common × 60; the bank $2.5M of the
      // $10M notes, paid in full; the staff 2,000,000 options × (60 − 10); an empty row skipped
      what: "$800M on 2001-12-31: per holder across rows (independent)",
      cells: EXIT_CAPITAL.map((r, i) => [
        ...r,
        null,
        ...([
          ["Fund A", "Series C", 600e3],
          ["Fund A", "Common", 1e6],
          [null, null, null],
          ["Bank", "Notes", 2.5e6],
          ["Staff", "Options", 2e6],
        ][i] ?? []),
      ]),
      formula: "=MPWR.SERIESC_PAYOUTS(800000000,DATE(2001,12,31),A1:F5,H1:J5)",
      at: "L1",
      spill: "auto",
      expected: [
        ["holder", "total", "Notes", "Series C", "Series D", "Common", "Options"],
        ["Fund A", 96e6, 0, 36e6, 0, 60e6, 0],
        ["Bank", 2.5e6, 2.5e6, 0, 0, 0, 0],
        ["Staff", 100e6, 0, 0, 0, 0, 100e6],
      ],
    },
    {
      what: "more than the row holds → #VALUE! naming holdings (independent)",
      cells: EXIT_CAPITAL.map((r, i) => [...r, null, ...(i === 0 ? ["Fund A", "Series D", 500001] : [])]),
      formula: "=MPWR.SERIESC_PAYOUTS(800000000,DATE(2001,12,31),A1:F5,H1:J1)",
      at: "L1",
      expected: { error: "VALUE", message: /^holdings and capital: holdings row 1: the quantity 500001 is more than the "Series D" row's quantity 500000$/ },
    },
  ],
  SERIESC_BREAKPOINTS: [
    {
      // The textbook exit: investors' 1M preferred shares bought for $50M at 1x ($50 a share), 3 common each (60 % of the 5M
      // as converted), participating up to $75 a share. Preference covered at $50M; the cap reached where 3M × p = $25M,
      // p = 25/3, X = 50M + 5M × 25/3; converting pays more once 3 × p passes $75: p = 25, X = 5M × 25 = $125M.
      what: "participation capped at 1.5x: preference, cap, conversion (independent)",
      cells: [
        ["Investors", "PREFERRED", 1e6, 50, null, 3, null, 75],
        ["Founders", "COMMON", 2e6],
      ],
      formula: "=MPWR.SERIESC_BREAKPOINTS(A1:H2,DATE(2004,12,31))",
      spill: "auto",
      expected: [
        ["proceeds", "event", "row"],
        [50e6, "rank 2: preferences paid in full", "Investors"],
        [50e6 + (5e6 * 25) / 3, "Investors reaches its participation cap of $75.00 per share", "Investors"],
        [125e6, "Investors converts", "Investors"],
      ],
    },
    {
      what: "the SERIESC_EXIT capital (cross-check)",
      cells: EXIT_CAPITAL,
      formula: "=MPWR.SERIESC_BREAKPOINTS(A1:F5,DATE(2003,3,3))",
      spill: "auto",
      expected: cross("SERIESC_BREAKPOINTS", EXIT_CAPITAL, DATE(2003, 3, 3)),
    },
  ],
  SERIESC_TERMS: [
    {
      what: "the default terms table of docs/conventions.md (independent)",
      formula: "=MPWR.SERIESC_TERMS()",
      spill: "auto",
      expected: [
        ["name", "value"],
        ["issueDate", iso("1999-12-29")],
        ["liquidationValue", 28],
        ["dividendRate", 0.1],
        ["minimumDividend", 2.8],
        ["initialConversionPrice", 28],
        ["conversionNumerator", 28],
        ["sharesIssued", 1250000],
        ["stubDays", "elapsed"],
        ["ratchetMonths", 18],
        ["ratchetExemptValue", 5000000],
        ["planOptionCap", 4640000],
        ["extinguishMonths", 30],
        ["qualifiedReturnMultiple", 2],
        ["mandatoryConversionDays", 386],
        ["thresholdMultiple", 2],
        ["thresholdDays", 20],
        ["thresholdWindowDays", 60],
        ["redemptionYears", 6],
        ["floorAdjustedForSplits", false], // the literal $28 floor (Cert §5(k)), the default since 3.0.0
        ["pricesSplitAdjusted", false],
        ["votingPowerAtIssue", ""], // none by default
        ["conversionCapPercent", 0.2],
      ],
    },
    { what: "the default terms table (cross-check)", formula: "=MPWR.SERIESC_TERMS()", spill: "auto", expected: cross("SERIESC_TERMS") },
  ],
  SERIESC_THRESHOLD: [
    // Cert §12, §5(b), interpretations: 20 consecutive rows strictly above 2 × 28 (÷ split ratios), the 20th day
    // on or after notice − 60 and before the notice.
    {
      what: "$40 after the 3-for-2 split: threshold 56/1.5 = 37.33 (independent)",
      cells: withEvent(
        prices("2000-09-01", 20, () => 40),
        [DATE(2000, 8, 29), "SPLIT", 1.5],
      ),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B20,DATE(2000,10,15),D1:I1)",
      at: "L1",
      expected: true,
    },
    {
      what: "$40 without the split: below 56 (independent)",
      cells: prices("2000-09-01", 20, () => 40),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B20,DATE(2000,10,15))",
      at: "L1",
      expected: false,
    },
    {
      what: "2-for-1 split halves the threshold to 28: a close of exactly 28 is not above it (independent)",
      cells: withEvent(
        prices("2001-03-01", 20, () => 28),
        [DATE(2001, 2, 1), "SPLIT", 2],
      ),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B20,DATE(2001,4,15),D1:I1)",
      at: "L1",
      expected: false,
    },
    {
      what: "2-for-1 split halves the threshold to 28: closes of 28.01 are above it (independent)",
      cells: withEvent(
        prices("2001-03-01", 20, () => 28.01),
        [DATE(2001, 2, 1), "SPLIT", 2],
      ),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B20,DATE(2001,4,15),D1:I1)",
      at: "L1",
      expected: true,
    },
    // run of 20 rows 2001-03-01 … 2001-03-20 at $60: the notice must fall in 2001-03-21 … 2001-05-19 (3/20 + 60 days)
    // the run of 20 weekdays from 2001-03-01 ends 2001-03-28; + 60 days = 2001-05-27 (3 to 03-31, 30 in April, 27 in May)
    {
      what: "notice on the run's last day: not preceded (independent)",
      cells: prices("2001-03-01", 20, () => 60),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B20,DATE(2001,3,28))",
      at: "L1",
      expected: false,
    },
    {
      what: "notice the day after the run (independent)",
      cells: prices("2001-03-01", 20, () => 60),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B20,DATE(2001,3,29))",
      at: "L1",
      expected: true,
    },
    {
      what: "notice 60 days after the run (independent)",
      cells: prices("2001-03-01", 20, () => 60),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B20,DATE(2001,5,27))",
      at: "L1",
      expected: true,
    },
    {
      what: "notice 61 days after the run (independent)",
      cells: prices("2001-03-01", 20, () => 60),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B20,DATE(2001,5,28))",
      at: "L1",
      expected: false,
    },
    {
      what: "a Saturday row → #VALUE! naming the row (independent)",
      cells: [...prices("2001-03-01", 19, () => 60), [DATE(2001, 3, 3), 60]],
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B20,DATE(2001,4,15))",
      at: "L1",
      expected: { error: "VALUE", message: /^prices: row 20: 2001-03-03 is a Saturday/ },
    },
    {
      what: "25 trading days at $60 (cross-check)",
      cells: Array.from({ length: 25 }, (_, i) => [DATE(2001, 3, 1) + i, 60]),
      formula: "=MPWR.SERIESC_THRESHOLD(A1:B25,DATE(2001,4,15))",
      expected: cross(
        "SERIESC_THRESHOLD",
        Array.from({ length: 25 }, (_, i) => [DATE(2001, 3, 1) + i, 60]),
        DATE(2001, 4, 15),
      ),
    },
  ],
  SERIESC_THRESHOLD_DATE: [
    // Cert §5(b)(1): the 20th row of the first run strictly above the threshold
    {
      what: "25 weekdays at $60 from 2001-03-01: the 20th is 2001-03-28 (independent)",
      cells: prices("2001-03-01", 25, () => 60),
      formula: "=MPWR.SERIESC_THRESHOLD_DATE(A1:B25)",
      expected: iso("2001-03-28"),
    },
    {
      what: "rows in reverse order (independent)",
      cells: prices("2001-03-01", 25, () => 60).reverse(),
      formula: "=MPWR.SERIESC_THRESHOLD_DATE(A1:B25)",
      expected: iso("2001-03-28"),
    },
    {
      // row 10 (2001-03-14) closes at exactly 56: the run restarts on row 11 (03-15); its 20th row is row 30 = 2001-04-11
      what: "a close equal to 56 breaks the run (independent)",
      cells: prices("2001-03-01", 40, (i) => (i === 9 ? 56 : 60)),
      formula: "=MPWR.SERIESC_THRESHOLD_DATE(A1:B40)",
      expected: iso("2001-04-11"),
    },
    {
      // $40 ≤ 56 before the split; from 2000-08-29 (the SPLIT row's date: closes from then on are on the new
      // basis) 40 > 37.33: the 20th row from 08-29 (row 14) is row 33 = 2000-09-25
      what: "split in the middle of the price table (independent)",
      cells: withEvent(
        prices("2000-08-10", 40, () => 40),
        [DATE(2000, 8, 29), "SPLIT", 1.5],
      ),
      formula: "=MPWR.SERIESC_THRESHOLD_DATE(A1:B40,D1:I1)",
      at: "L1",
      expected: iso("2000-09-25"),
    },
    {
      // closes already split-adjusted: every day's threshold is 56 / 1.5 = 37.33, so the run starts on the first row
      // (2000-08-10) and its 20th row is row 20 = 2000-09-06 (rows 14–17: 08-29, 08-30, 08-31, 09-01; 18–20: 09-04 … 09-06)
      what: "term pricesSplitAdjusted: the threshold counts every split from the first row (independent)",
      cells: withEvent(
        prices("2000-08-10", 40, () => 40),
        [DATE(2000, 8, 29), "SPLIT", 1.5],
      ).map((r, i) => (i === 0 ? [...r, null, null, null, null, "pricesSplitAdjusted", true] : r)), // terms in K1:L1
      formula: "=MPWR.SERIESC_THRESHOLD_DATE(A1:B40,D1:I1,K1:L1)",
      at: "N1",
      expected: iso("2000-09-06"),
    },
    {
      what: "only 19 rows above: never → #N/A (independent)",
      cells: prices("2001-03-01", 19, () => 60),
      formula: "=MPWR.SERIESC_THRESHOLD_DATE(A1:B19)",
      expected: { error: "NA" },
    },
    {
      what: "25 trading days at $60 (cross-check)",
      cells: Array.from({ length: 25 }, (_, i) => [DATE(2001, 3, 1) + i, 60]),
      formula: "=MPWR.SERIESC_THRESHOLD_DATE(A1:B25)",
      expected: cross(
        "SERIESC_THRESHOLD_DATE",
        Array.from({ length: 25 }, (_, i) => [DATE(2001, 3, 1) + i, 60]),
      ),
    },
  ],
  SERIESC_MANDATORY_DATE: [
    // Cert §5(b)(1): the earlier of issue + 386 days (2001-01-18) and the demand date
    { what: "no demand date: 1999-12-29 + 386 days = 2001-01-18 (independent)", formula: "=MPWR.SERIESC_MANDATORY_DATE()", expected: iso("2001-01-18") },
    { what: "an earlier demand date wins (independent)", formula: "=MPWR.SERIESC_MANDATORY_DATE(DATE(2000,10,1))", expected: iso("2000-10-01") },
    { what: "a later demand date does not (independent)", formula: "=MPWR.SERIESC_MANDATORY_DATE(DATE(2001,5,1))", expected: iso("2001-01-18") },
    {
      what: "mandatoryConversionDays 400 (independent)",
      cells: [["mandatoryConversionDays", 400]],
      formula: "=MPWR.SERIESC_MANDATORY_DATE(,A1:B1)",
      expected: iso("1999-12-29") + 400,
    },
    { what: "no demand date (cross-check)", formula: "=MPWR.SERIESC_MANDATORY_DATE()", expected: cross("SERIESC_MANDATORY_DATE") },
  ],
  OPTEX_BUSINESSDAY: [
    // Offer §1 business days; weekdays by hand: 2001-06-29 Fri, 2001-10-05 Fri, Columbus Day Mon 2001-10-08
    {
      what: "Fri 2001-06-29 + 5 skips July 4: Jul 2, 3, 5, 6, 9 (independent)",
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,6,29),5)",
      expected: iso("2001-07-09"),
    },
    {
      what: "Fri 2001-10-05 + 1 skips the weekend and Columbus Day (independent)",
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,10,5),1)",
      expected: iso("2001-10-09"),
    },
    {
      what: "Tue 2001-10-09 − 1 skips Columbus Day and the weekend (independent)",
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,10,9),-1)",
      expected: iso("2001-10-05"),
    },
    { what: "Sat 2001-10-06 + 0 is itself (independent)", formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,10,6),0)", expected: iso("2001-10-06") },
    {
      what: "Sat 2009-07-04 observed Fri 07-03: Thu 07-02 + 1 = Mon 07-06 (independent)",
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2009,7,2),1)",
      expected: iso("2009-07-06"),
    },
    {
      what: "Sun 2010-07-04 observed Mon 07-05: Fri 07-02 + 1 = Tue 07-06 (independent)",
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2010,7,2),1)",
      expected: iso("2010-07-06"),
    },
    {
      what: "Sat 2022-01-01 observed Fri 2021-12-31: Thu 12-30 + 1 = Mon 2022-01-03 (independent)",
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2021,12,30),1)",
      expected: iso("2022-01-03"),
    },
    {
      what: "5 business days after 29 June 2001 (cross-check)",
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,6,29),5)",
      expected: cross("OPTEX_BUSINESSDAY", DATE(2001, 6, 29), 5),
    },
    // holidays: Wed 2018-12-05 (national day of mourning) closed federal offices by executive order
    {
      what: "holidays range: Tue 2018-12-04 + 1 skips Wed 12-05 (independent)",
      cells: [["2018-12-05"], [null]],
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2018,12,4),1,A1:A2)",
      expected: iso("2018-12-06"),
    },
    {
      what: "holidays range with empty cells and a date serial: Thu 2004-06-10 + 2 skips Fri 06-11 and the weekend (independent)",
      cells: [
        [null, iso("2004-06-11")],
        ["", null],
      ],
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2004,6,10),2,A1:B2)",
      expected: iso("2004-06-15"),
    },
    {
      what: "a holiday cell that is not a date → #VALUE! naming the row (independent)",
      cells: [["closed"]],
      formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2018,12,4),1,A1)",
      expected: { error: "VALUE", message: /^holidays row 1/ },
    },
  ],
  OPTEX_EXTENSION: [
    // later of the expiration (default Thu 2001-09-27) and the 10th business day after the notice
    { what: "early notice: expiration unchanged (independent)", formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,6,1))", expected: iso("2001-09-27") },
    // Thu 09-20: 09-21, 24, 25, 26, 27, 28, 10-01, 02, 03, 04 → 2001-10-04
    { what: "notice Thu 2001-09-20 → 2001-10-04 (independent)", formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,9,20))", expected: iso("2001-10-04") },
    // Tue 09-25: 09-26, 27, 28, 10-01, 02, 03, 04, 05, (Mon 10-08 Columbus Day), 10-09, 10-10 → 2001-10-10
    {
      what: "notice Tue 2001-09-25 → 2001-10-10, Columbus Day skipped (independent)",
      formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,9,25))",
      expected: iso("2001-10-10"),
    },
    // Mon 07-02 with expiration 07-10: 07-03, (07-04), 05, 06, 09, 10, 11, 12, 13, 16, 17 → 2001-07-17
    {
      what: "own expiration, notice Mon 2001-07-02 → 2001-07-17 (independent)",
      formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,7,2),DATE(2001,7,10))",
      expected: iso("2001-07-17"),
    },
    { what: "notice after the expiration → #N/A (independent)", formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,9,28))", expected: { error: "NA" } },
    { what: "notice on 1 June 2001 (cross-check)", formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,6,1))", expected: cross("OPTEX_EXTENSION", DATE(2001, 6, 1)) },
    // holidays before terms: Thu 09-20 with Mon 09-24 closed: 09-21, 25, 26, 27, 28, 10-01, 02, 03, 04, 05 → 2001-10-05
    {
      what: "holidays third: notice Thu 2001-09-20, 09-24 closed → 2001-10-05 (independent)",
      cells: [["2001-09-24"]],
      formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,9,20),,A1)",
      expected: iso("2001-10-05"),
    },
    // terms fourth: 5 business days 09-21, 25, 26, 27, 28 → 2001-09-28, after the scheduled 09-27
    {
      what: "holidays and terms: 5 business days with 09-24 closed → 2001-09-28 (independent)",
      cells: [["2001-09-24", null, "extensionBusinessDays", 5]],
      formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,9,20),,A1,C1:D1)",
      expected: iso("2001-09-28"),
    },
  ],
  OPTEX_DEADLINES: [
    // Hand count (2001 calendar): Mon 08-27 is day 1; Labor Day 09-03 skipped → day 20 Mon 09-24; the expiration
    // Thu 09-27 is day 23; ten business days after Thu 09-13 is 09-27; next business day after 09-27 is Fri 09-28;
    // Columbus Day 10-08 skipped → day 40 Tue 10-23, so withdrawal from Wed 10-24.
    {
      what: "the Offer's calendar: label | date | time (independent)",
      formula: "=MPWR.OPTEX_DEADLINES()",
      spill: [9, 3],
      expected: [
        ["label", "date", "time (Eastern)"],
        ["offer commences", iso("2001-08-27"), "12:01 a.m."],
        ["earliest permitted expiration", iso("2001-09-24"), "12:00 midnight"],
        ["expiration: last moment to elect, change or withdraw", iso("2001-09-27"), "11:59 p.m."],
        ["new options granted", iso("2001-09-27"), ""],
        ["latest change notice without an extension", iso("2001-09-13"), ""],
        ["extension announced by", iso("2001-09-28"), "9:00 a.m."],
        ["acceptance deadline; after it tendered options may be withdrawn", iso("2001-09-28"), "9:00 a.m."],
        ["withdrawal right if not yet accepted", iso("2001-10-24"), "12:01 a.m."],
      ],
    },
    {
      // Tue 09-04 closed: day 20 Tue 09-25, day 40 Wed 10-24 → withdrawal Thu 10-25
      what: "commencement and expiration from cells, a holidays range (independent)",
      cells: [[iso("2001-08-27"), iso("2001-09-27"), "2001-09-04"]],
      formula: "=MPWR.OPTEX_DEADLINES(A1,B1,C1:C2)",
      spill: [9, 2],
      expected: [
        ["label", "date"],
        ["offer commences", iso("2001-08-27")],
        ["earliest permitted expiration", iso("2001-09-25")],
        ["expiration: last moment to elect, change or withdraw", iso("2001-09-27")],
        ["new options granted", iso("2001-09-27")],
        ["latest change notice without an extension", iso("2001-09-13")],
        ["extension announced by", iso("2001-09-28")],
        ["acceptance deadline; after it tendered options may be withdrawn", iso("2001-09-28")],
        ["withdrawal right if not yet accepted", iso("2001-10-25")],
      ],
    },
    {
      what: "expiration before the 20th business day → #NUM! naming expiration (independent)",
      formula: "=MPWR.OPTEX_DEADLINES(,DATE(2001,9,21))",
      expected: { error: "NUM", message: /^expiration and commencement: / },
    },
    { what: "the default calendar (cross-check)", formula: "=MPWR.OPTEX_DEADLINES()", spill: "auto", expected: cross("OPTEX_DEADLINES") },
  ],
  OPTEX_ELIGIBLE: [
    // Offer Q4, Answers 3: employed on 2001-06-25 and on 2001-09-27, both ends inclusive
    { what: "hired 15 Jan 2000, still employed (independent)", formula: "=MPWR.OPTEX_ELIGIBLE(DATE(2000,1,15))", expected: true },
    { what: "hired on the record date (independent)", formula: "=MPWR.OPTEX_ELIGIBLE(DATE(2001,6,25))", expected: true },
    { what: "hired the day after the record date (independent)", formula: "=MPWR.OPTEX_ELIGIBLE(DATE(2001,6,26))", expected: false },
    { what: "terminated on the expiration date (independent)", formula: "=MPWR.OPTEX_ELIGIBLE(DATE(2000,1,15),DATE(2001,9,27))", expected: true },
    { what: "terminated the day before the expiration date (independent)", formula: "=MPWR.OPTEX_ELIGIBLE(DATE(2000,1,15),DATE(2001,9,26))", expected: false },
    { what: "hired 15 Jan 2000 (cross-check)", formula: "=MPWR.OPTEX_ELIGIBLE(DATE(2000,1,15))", expected: cross("OPTEX_ELIGIBLE", DATE(2000, 1, 15)) },
  ],
  OPTEX_FILING_FEE: [
    { what: "the Schedule TO's $31,038,500 × 0.0002 = $6,207.70 (independent)", formula: "=MPWR.OPTEX_FILING_FEE(31038500)", expected: 6207.7 },
    { what: "$1,000,000 × 0.0002 = $200 (independent)", formula: "=MPWR.OPTEX_FILING_FEE(1000000)", expected: 200 },
    { what: "$1,234,567 × 0.0002 = 246.9134 → $246.91 (independent)", formula: "=MPWR.OPTEX_FILING_FEE(1234567)", expected: 246.91 },
    { what: "$25 × 0.0002 = 0.005 → half-up $0.01 (independent)", formula: "=MPWR.OPTEX_FILING_FEE(25)", expected: 0.01 },
    { what: "rate argument: $1,000,000 × 0.0001 = $100 (independent)", formula: "=MPWR.OPTEX_FILING_FEE(1000000,0.0001)", expected: 100 },
    { what: "$1,000,000 transaction value (cross-check)", formula: "=MPWR.OPTEX_FILING_FEE(1000000)", expected: cross("OPTEX_FILING_FEE", 1000000) },
  ],
  OPTEX_ISO: [
    {
      // vesting 333/333/334 on 2002/2003/2004-07-01; value = shares × $5, far under $100,000: all ISO
      what: "1,000 new options at $5: all ISO (independent)",
      formula: "=MPWR.OPTEX_ISO(1000,5,DATE(2001,7,1))",
      spill: "auto",
      expected: [ISO_HEADER, [2002, 333, 333 * 5, 333, 0], [2003, 333, 333 * 5, 333, 0], [2004, 334, 334 * 5, 334, 0]],
    },
    {
      // default grant 2001-09-27: 20,000 a year × $5 = $100,000, exactly the limit
      what: "60,000 at $5: exactly $100,000 a year, all ISO (independent)",
      formula: "=MPWR.OPTEX_ISO(60000,5)",
      spill: "auto",
      expected: [ISO_HEADER, [2002, 20000, 100000, 20000, 0], [2003, 20000, 100000, 20000, 0], [2004, 20000, 100000, 20000, 0]],
    },
    {
      // 30,000 a year × $7 = $210,000; ISO = floor(100,000/7) = 14,285; 2003 after $40,000 of earlier ISOs:
      // floor(60,000/7) = 8,571; NSO = the rest
      what: "90,000 at $7 with $40,000 of earlier ISOs in 2003 (independent)",
      cells: [[2003, 40000]],
      formula: "=MPWR.OPTEX_ISO(90000,7,,A1:B1)",
      spill: "auto",
      expected: [
        ISO_HEADER,
        [2002, 30000, 210000, Math.floor(100000 / 7), 30000 - Math.floor(100000 / 7)],
        [2003, 30000, 210000, Math.floor(60000 / 7), 30000 - Math.floor(60000 / 7)],
        [2004, 30000, 210000, Math.floor(100000 / 7), 30000 - Math.floor(100000 / 7)],
      ],
    },
    {
      what: "earlier ISOs: rows of one year add up, a year without vesting is ignored (independent)",
      cells: [
        [2003, 30000],
        [2003, 10000],
        [2001, 99000],
      ],
      formula: "=MPWR.OPTEX_ISO(90000,7,,A1:B3)",
      spill: "auto",
      expected: [
        ISO_HEADER,
        [2002, 30000, 210000, Math.floor(100000 / 7), 30000 - Math.floor(100000 / 7)],
        [2003, 30000, 210000, Math.floor(60000 / 7), 30000 - Math.floor(60000 / 7)],
        [2004, 30000, 210000, Math.floor(100000 / 7), 30000 - Math.floor(100000 / 7)],
      ],
    },
    {
      what: "1,000 new options at $5 (cross-check)",
      formula: "=MPWR.OPTEX_ISO(1000,5,DATE(2001,7,1))",
      spill: "auto",
      expected: cross("OPTEX_ISO", 1000, 5, DATE(2001, 7, 1)),
    },
  ],
  OPTEX_TAX: [
    {
      // qualifying: sale 2004-06-01 after max(grant + 2y = 2003-07-01, exercise + 1y = 2004-01-01);
      // capital gain (25 − 5) × 1,000; AMT adjustment (20 − 5) × 1,000
      what: "ISO exercised and sold, qualifying (independent)",
      formula: '=MPWR.OPTEX_TAX("ISO",1000,5,DATE(2001,7,1),DATE(2003,1,1),20,DATE(2004,6,1),25)',
      spill: "auto",
      expected: tax(0, (25 - 5) * 1000, true, (20 - 5) * 1000, true),
    },
    {
      // interpretations' example: 100 at $1, FMV $5 at exercise, sold at $8 within the year: ordinary
      // min(4, 7) × 100 = 400, capital 300, not long-term; sold the same calendar year: AMT 0
      what: "ISO disqualifying, same calendar year (independent)",
      formula: '=MPWR.OPTEX_TAX("ISO",100,1,DATE(2001,9,27),DATE(2002,3,1),5,DATE(2002,8,1),8)',
      spill: "auto",
      expected: tax((5 - 1) * 100, (8 - 5) * 100, false, 0, false),
    },
    {
      // sold in the next calendar year: the AMT adjustment (5 − 1) × 100 stays
      what: "ISO disqualifying, sold the next year (independent)",
      formula: '=MPWR.OPTEX_TAX("ISO",100,1,DATE(2001,9,27),DATE(2002,12,1),5,DATE(2003,2,1),8)',
      spill: "auto",
      expected: tax(400, 300, false, 400, false),
    },
    {
      // sale on grant + 2 years (2003-09-27) itself is not "after": disqualifying; long-term (after 2003-03-01)
      what: "ISO sold on the second anniversary of the grant: not qualifying (independent)",
      formula: '=MPWR.OPTEX_TAX("ISO",100,1,DATE(2001,9,27),DATE(2002,3,1),5,DATE(2003,9,27),8)',
      spill: "auto",
      expected: tax(400, 300, true, 400, false),
    },
    {
      // sold at $0.50 < $1: ordinary max(0, min(400, −50)) = 0, capital loss (0.5 − 1) × 100 = −50
      what: "ISO disqualifying at a loss (independent)",
      formula: '=MPWR.OPTEX_TAX("ISO",100,1,DATE(2001,9,27),DATE(2002,3,1),5,DATE(2002,8,1),0.5)',
      spill: "auto",
      expected: tax(0, (0.5 - 1) * 100, false, 0, false),
    },
    {
      what: "ISO not sold: AMT adjustment = spread (independent)",
      formula: '=MPWR.OPTEX_TAX("ISO",100,1,DATE(2001,9,27),DATE(2002,3,1),5)',
      spill: "auto",
      expected: tax(0, "", "", 400, ""),
    },
    {
      // NSO: ordinary = spread at exercise 400; basis 1 + 4 = 5 → capital (8 − 5) × 100; sold after 2003-03-01: long-term
      what: "NSO sold after more than a year (independent)",
      formula: '=MPWR.OPTEX_TAX("NSO",100,1,DATE(2001,9,27),DATE(2002,3,1),5,DATE(2003,3,2),8)',
      spill: "auto",
      expected: tax(400, 300, true, 0, ""),
    },
    {
      what: "ISO exercised and sold (cross-check)",
      formula: '=MPWR.OPTEX_TAX("ISO",1000,5,DATE(2001,7,1),DATE(2003,1,1),20,DATE(2004,6,1),25)',
      spill: "auto",
      expected: cross("OPTEX_TAX", "ISO", 1000, 5, DATE(2001, 7, 1), DATE(2003, 1, 1), 20, DATE(2004, 6, 1), 25),
    },
  ],
  OPTEX_TERMS: [
    {
      what: "the default terms table of docs/conventions.md (independent)",
      formula: "=MPWR.OPTEX_TERMS()",
      spill: "auto",
      expected: [
        ["name", "value"],
        ["ratio", 0.75],
        ["commencementDate", iso("2001-08-27")],
        ["expirationDate", iso("2001-09-27")],
        ["recordDate", iso("2001-06-25")],
        ["vestYears", 3],
        ["termYears", 10],
        ["postTerminationDays", 30],
        ["isoLimit", 100000],
        ["extensionBusinessDays", 10],
        ["feeRate", 0.0002],
        ["vestingRounding", "floor"],
      ],
    },
    { what: "the default terms table (cross-check)", formula: "=MPWR.OPTEX_TERMS()", spill: "auto", expected: cross("OPTEX_TERMS") },
  ],
  OPTEX_BREAKEVEN: [
    { what: "old $10, new $2: (10 − 0.75 × 2)/(1 − 0.75) = 34 (independent)", formula: "=MPWR.OPTEX_BREAKEVEN(10,2)", expected: (10 - 0.75 * 2) / (1 - 0.75) },
    { what: "ratio 0.5: (10 − 0.5 × 4)/0.5 = 16 (independent)", formula: "=MPWR.OPTEX_BREAKEVEN(10,4,0.5)", expected: 16 },
    { what: "new strike not lower → #N/A (independent)", formula: "=MPWR.OPTEX_BREAKEVEN(10,10)", expected: { error: "NA" } },
    { what: "ratio 1 with a lower new strike → #N/A (independent)", formula: "=MPWR.OPTEX_BREAKEVEN(10,4,1)", expected: { error: "NA" } },
    { what: "old $10, new $2 (cross-check)", formula: "=MPWR.OPTEX_BREAKEVEN(10,2)", expected: cross("OPTEX_BREAKEVEN", 10, 2) },
  ],
  OPTEX_BLACKSCHOLES: [
    // Hull's textbook example S = 42, K = 40, r = 10%, σ = 20%, T = 0.5: call 4.7594, put 0.8086 (to 5e-5)
    { what: "textbook call 4.7594 within 5e-5 (independent)", formula: "=ABS(MPWR.OPTEX_BLACKSCHOLES(42,40,0.5,0.1,0.2)-4.7594)<=0.00005", expected: true },
    {
      what: "textbook put 0.8086 within 5e-5 (independent)",
      formula: '=ABS(MPWR.OPTEX_BLACKSCHOLES(42,40,0.5,0.1,0.2,0,"PUT")-0.8086)<=0.00005',
      expected: true,
    },
    {
      what: "put–call parity C − P = S − K e^(−rT) (independent)",
      formula: '=MPWR.OPTEX_BLACKSCHOLES(42,40,0.5,0.1,0.2)-MPWR.OPTEX_BLACKSCHOLES(42,40,0.5,0.1,0.2,0,"PUT")',
      expected: 42 - 40 * Math.exp(-0.1 * 0.5),
    },
    // interpretations: σ√T = 0 → max(S e^(−qT) − K e^(−rT), 0), put the mirror
    {
      what: "vol 0 with a dividend yield: S e^(−qT) − K e^(−rT) (independent)",
      formula: "=MPWR.OPTEX_BLACKSCHOLES(42,40,0.5,0.1,0,0.03)",
      expected: 42 * Math.exp(-0.03 * 0.5) - 40 * Math.exp(-0.1 * 0.5),
    },
    { what: "vol 0 put: K e^(−rT) − S (independent)", formula: '=MPWR.OPTEX_BLACKSCHOLES(40,45,0.5,0.1,0,,"PUT")', expected: 45 * Math.exp(-0.1 * 0.5) - 40 },
    { what: "0 years: intrinsic value 42 − 40 (independent)", formula: "=MPWR.OPTEX_BLACKSCHOLES(42,40,0,0.1,0.2)", expected: 2 },
    {
      what: "at the money, 1 year (cross-check)",
      formula: "=MPWR.OPTEX_BLACKSCHOLES(10,10,1,0.05,0.3)",
      expected: cross("OPTEX_BLACKSCHOLES", 10, 10, 1, 0.05, 0.3),
    },
  ],
  OPTEX_EXCHANGE_VALUE: [
    {
      // vol 0: an option is worth max(S − K e^(−rT), 0): old 1,000 × (12 − 10 e^(−0.05 × 5)),
      // new floor(1,000 × 0.75) = 750 × (12 − 8 e^(−0.05 × 10)); incremental = new − old; ratio = old/new per option
      what: "vol 0, both in the money (independent)",
      formula: "=MPWR.OPTEX_EXCHANGE_VALUE(1000,10,5,8,12,0.05,0)",
      spill: "auto",
      expected: () => {
        const oldPer = 12 - 10 * Math.exp(-0.05 * 5);
        const newPer = 12 - 8 * Math.exp(-0.05 * 10);
        return exchangeValue(1000 * oldPer, 750 * newPer, 750 * newPer - 1000 * oldPer, oldPer / newPer);
      },
    },
    {
      what: "vol 0, both worthless: no ratio (independent)",
      formula: "=MPWR.OPTEX_EXCHANGE_VALUE(1000,20,5,10,3,0.05,0)",
      spill: "auto",
      expected: exchangeValue(0, 0, 0, ""),
    },
    {
      // new option identical to the old (40, 0.5 years): value-for-value ratio 1, new grant worth less → incremental 0
      what: "identical options: value-for-value ratio 1 (independent)",
      formula: "=INDEX(MPWR.OPTEX_EXCHANGE_VALUE(1000,40,0.5,40,42,0.1,0.2,0.5),5,2)",
      expected: 1,
    },
    {
      // 750 × C < 1,000 × C: the incremental value is never negative
      what: "identical options: incremental value 0 (independent)",
      formula: "=INDEX(MPWR.OPTEX_EXCHANGE_VALUE(1000,40,0.5,40,42,0.1,0.2,0.5),4,2)",
      expected: 0,
    },
    {
      what: "identical options: new grant = 0.75 × old grant (independent)",
      formula: "=INDEX(MPWR.OPTEX_EXCHANGE_VALUE(1000,40,0.5,40,42,0.1,0.2,0.5),3,2)/INDEX(MPWR.OPTEX_EXCHANGE_VALUE(1000,40,0.5,40,42,0.1,0.2,0.5),2,2)",
      expected: 750 / 1000,
    },
    {
      what: "identical options: old grant 1,000 × 4.7594 within 0.05 (independent)",
      formula: "=ABS(INDEX(MPWR.OPTEX_EXCHANGE_VALUE(1000,40,0.5,40,42,0.1,0.2,0.5),2,2)-4759.4)<=0.05",
      expected: true,
    },
    {
      what: "underwater grant (cross-check)",
      formula: "=MPWR.OPTEX_EXCHANGE_VALUE(1000,10,5,2,3,0.05,0.6)",
      spill: "auto",
      expected: cross("OPTEX_EXCHANGE_VALUE", 1000, 10, 5, 2, 3, 0.05, 0.6),
    },
  ],
  OPTEX_VALUATION: [
    {
      // vol 0: an option is worth max(S − K e^(−rT), 0); 1,000 options at $10 expiring 2006-09-27, valued
      // 2001-09-27 at S = 12, r = 5 %: T = 1,826 days ÷ 365 (2004-02-29 between)
      what: "vol 0: old value per option S − K e^(−rT) over the roster's own expiration (independent)",
      cells: [
        ["Grant", "Grant date", "Eligible options", "Exercise price", "Expiration date"],
        [1001, DATE(1996, 9, 27), 1000, 10, DATE(2006, 9, 27)],
      ],
      formula: "=INDEX(MPWR.OPTEX_VALUATION(A1:E2,DATE(2001,9,27),12,0.05,0),2,5)",
      expected: 12 - 10 * Math.exp((-0.05 * 1826) / 365),
    },
    {
      // Offer Q7: 1,000 eligible options → floor(1,000 × 0.75) = 750 new options; the total row sums them
      what: "new options floor(eligible × 3/4) and the total row (independent)",
      cells: [
        ["Grant", "Grant date", "Eligible options", "Exercise price"],
        [1001, DATE(2000, 3, 15), 1000, 45],
        [1002, DATE(2000, 6, 1), 1525, 38.5],
      ],
      formula: "=INDEX(MPWR.OPTEX_VALUATION(A1:D3,DATE(2001,9,27),0.34,0.05,1.2),4,6)",
      expected: 750 + 1143,
    },
    {
      what: "the model workbook's sample roster (cross-check)",
      cells: [
        ["Grant", "Grant date", "Eligible options", "Exercise price", "Type"],
        [1001, DATE(2000, 3, 15), 1000, 45, "NSO"],
        [1002, DATE(2000, 6, 1), 1525, 38.5, "ISO"],
        [1003, DATE(2001, 1, 10), 525, 12.25, "ISO"],
      ],
      formula: "=MPWR.OPTEX_VALUATION(A1:E4,DATE(2001,9,27),0.34,0.05,1.2)",
      spill: "auto",
      expected: cross(
        "OPTEX_VALUATION",
        [
          ["Grant", "Grant date", "Eligible options", "Exercise price", "Type"],
          [1001, DATE(2000, 3, 15), 1000, 45, "NSO"],
          [1002, DATE(2000, 6, 1), 1525, 38.5, "ISO"],
          [1003, DATE(2001, 1, 10), 525, 12.25, "ISO"],
        ],
        DATE(2001, 9, 27),
        0.34,
        0.05,
        1.2,
      ),
    },
    {
      what: "a header without the exercise price → #VALUE! naming it",
      cells: [
        ["Grant", "Grant date", "Eligible options"],
        [1001, DATE(2000, 3, 15), 1000],
      ],
      formula: "=MPWR.OPTEX_VALUATION(A1:C2,DATE(2001,9,27),0.34,0.05,1.2)",
      expected: { error: "VALUE", message: /^roster: the header row has no exercise price column/ },
    },
  ],
  OPTEX_SCHEDULE: [
    {
      // default grant 2001-09-27; cumulative floor(1000 × k/3) = 333, 666, the last takes the remainder → 1,000
      what: "1,000 → 333/333/334 on 2002-09-27, 2003-09-27, 2004-09-27 (independent)",
      formula: "=MPWR.OPTEX_SCHEDULE(1000)",
      spill: "auto",
      expected: [SCHEDULE_HEADER, [iso("2002-09-27"), 333, 333], [iso("2003-09-27"), 333, 666], [iso("2004-09-27"), 334, 1000]],
    },
    {
      what: "vestingRounding round: cumulative 333, 667, 1,000 (independent)",
      cells: [["vestingRounding", "round"]],
      formula: "=MPWR.OPTEX_SCHEDULE(1000,,A1:B1)",
      spill: "auto",
      expected: [SCHEDULE_HEADER, [iso("2002-09-27"), 333, 333], [iso("2003-09-27"), 334, 667], [iso("2004-09-27"), 333, 1000]],
    },
    {
      what: "granted 2004-02-29: EDATE anniversaries clamp to 28 February (independent)",
      formula: "=MPWR.OPTEX_SCHEDULE(750,DATE(2004,2,29))",
      spill: "auto",
      expected: [SCHEDULE_HEADER, [iso("2005-02-28"), 250, 250], [iso("2006-02-28"), 250, 500], [iso("2007-02-28"), 250, 750]],
    },
    {
      what: "750 new options (cross-check)",
      formula: "=MPWR.OPTEX_SCHEDULE(750,DATE(2001,7,1))",
      spill: "auto",
      expected: cross("OPTEX_SCHEDULE", 750, DATE(2001, 7, 1)),
    },
  ],
  OPTEX_VESTED: [
    // default grant 2001-09-27: 333 / 666 / 1,000 vested from each anniversary (interpretations)
    { what: "the day before the first anniversary: 0 (independent)", formula: "=MPWR.OPTEX_VESTED(1000,DATE(2002,9,26))", expected: 0 },
    { what: "on the first anniversary: 333 (independent)", formula: "=MPWR.OPTEX_VESTED(1000,DATE(2002,9,27))", expected: 333 },
    { what: "on the second: 666 (independent)", formula: "=MPWR.OPTEX_VESTED(1000,DATE(2003,9,27))", expected: 666 },
    { what: "on the third: 1,000 (independent)", formula: "=MPWR.OPTEX_VESTED(1000,DATE(2004,9,27))", expected: 1000 },
    { what: "terminated 2003-06-01: frozen at 333 (independent)", formula: "=MPWR.OPTEX_VESTED(1000,DATE(2005,1,1),,DATE(2003,6,1))", expected: 333 },
    {
      what: "terminated on the second anniversary: it vests (independent)",
      formula: "=MPWR.OPTEX_VESTED(1000,DATE(2004,1,1),,DATE(2003,9,27))",
      expected: 666,
    },
    { what: "change of control 2002-01-01: everything (independent)", formula: "=MPWR.OPTEX_VESTED(1000,DATE(2002,6,1),,,DATE(2002,1,1))", expected: 1000 },
    {
      what: "change of control after termination changes nothing (independent)",
      formula: "=MPWR.OPTEX_VESTED(1000,DATE(2004,1,1),,DATE(2003,6,1),DATE(2003,7,1))",
      expected: 333,
    },
    {
      what: "a year after grant (cross-check)",
      formula: "=MPWR.OPTEX_VESTED(750,DATE(2002,7,1),DATE(2001,7,1))",
      expected: cross("OPTEX_VESTED", 750, DATE(2002, 7, 1), DATE(2001, 7, 1)),
    },
  ],
  OPTEX_EXERCISABLE: [
    // vested, through min(tenth anniversary 2011-09-27, termination + 30 days), both days included
    {
      what: "a year after a 2001-07-01 grant: 750/3 = 250 (independent)",
      formula: "=MPWR.OPTEX_EXERCISABLE(750,DATE(2002,7,1),DATE(2001,7,1))",
      expected: 250,
    },
    { what: "on the tenth anniversary: 1,000 (independent)", formula: "=MPWR.OPTEX_EXERCISABLE(1000,DATE(2011,9,27))", expected: 1000 },
    { what: "the day after the tenth anniversary: 0 (independent)", formula: "=MPWR.OPTEX_EXERCISABLE(1000,DATE(2011,9,28))", expected: 0 },
    {
      what: "terminated 2003-06-01, on day 30 (2003-07-01): 333 (independent)",
      formula: "=MPWR.OPTEX_EXERCISABLE(1000,DATE(2003,7,1),,DATE(2003,6,1))",
      expected: 333,
    },
    { what: "terminated 2003-06-01, on day 31: 0 (independent)", formula: "=MPWR.OPTEX_EXERCISABLE(1000,DATE(2003,7,2),,DATE(2003,6,1))", expected: 0 },
    {
      what: "a year after grant (cross-check)",
      formula: "=MPWR.OPTEX_EXERCISABLE(750,DATE(2002,7,1),DATE(2001,7,1))",
      expected: cross("OPTEX_EXERCISABLE", 750, DATE(2002, 7, 1), DATE(2001, 7, 1)),
    },
  ],
  OPTEX_EXPIRY: [
    { what: "granted 2001-07-01: tenth anniversary 2011-07-01 (independent)", formula: "=MPWR.OPTEX_EXPIRY(DATE(2001,7,1))", expected: iso("2011-07-01") },
    {
      what: "terminated 2003-06-01: + 30 days = 2003-07-01 (independent)",
      formula: "=MPWR.OPTEX_EXPIRY(DATE(2001,7,1),DATE(2003,6,1))",
      expected: iso("2003-07-01"),
    },
    {
      what: "terminated 2011-06-15: the tenth anniversary comes first (independent)",
      formula: "=MPWR.OPTEX_EXPIRY(DATE(2001,7,1),DATE(2011,6,15))",
      expected: iso("2011-07-01"),
    },
    { what: "granted 2004-02-29: 2014-02-28 (EDATE) (independent)", formula: "=MPWR.OPTEX_EXPIRY(DATE(2004,2,29))", expected: iso("2014-02-28") },
    { what: "granted 1 July 2001 (cross-check)", formula: "=MPWR.OPTEX_EXPIRY(DATE(2001,7,1))", expected: cross("OPTEX_EXPIRY", DATE(2001, 7, 1)) },
  ],
};
