/**
 * A valid call of every function in functions.json, every argument given
 * (optional ones included): the baseline the argument tests change one
 * argument of (test/dist/argumentErrors.test.ts, test/fuzz/functions.fuzz.test.ts).
 */
const d = (iso: string) => Math.round((Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000);

const SPLIT = [[d("2000-08-29"), "SPLIT", 1.5, null, null, null]];
const PAID = [[d("2001-01-15"), 1]];
const TERMS = [["dividendRate", 0.1]];
const OTERMS = [["ratio", 0.75]];
const CAPITAL = [
  ["Notes", "SENIOR", 10e6],
  ["Series C", "SERIESC", 1e6],
  ["Series D", "PARITY", 5e5, 20, 2, 1],
  ["Common", "COMMON", 1e7],
  ["Options", "OPTION", 2e6, 10],
];
const HOLIDAYS = [[d("2001-09-24")], [null]];
// 25 trading days (weekdays) from Wednesday 2000-03-01
const PRICES = Array.from({ length: 35 }, (_, i) => d("2000-03-01") + i)
  .filter((day) => (day + 6) % 7 !== 0 && (day + 6) % 7 !== 6)
  .slice(0, 25)
  .map((day) => [day, 60]);

export const VALID: Record<string, unknown[]> = {
  SERIESC_CONVSHARES: [1000, d("2001-06-30"), 20, "OPTIONAL", SPLIT, PAID, TERMS],
  SERIESC_VOTES: [1000, d("2001-06-30"), SPLIT, TERMS],
  SERIESC_PROTECTIVE: [500000, TERMS],
  SERIESC_CONVPRICE: [d("2001-06-30"), SPLIT, TERMS],
  SERIESC_CONVRATE: [d("2001-06-30"), SPLIT, TERMS],
  SERIESC_ADJUSTMENTS: [d("2001-06-30"), SPLIT, TERMS],
  SERIESC_ACCRUED: [d("2001-06-30"), PAID, TERMS],
  SERIESC_DIVSCHEDULE: [d("2001-06-30"), PAID, TERMS],
  SERIESC_MINDIV: [d("2001-06-30"), PAID, TERMS],
  SERIESC_KEYDATES: [TERMS],
  SERIESC_LIQPREF: [d("2001-06-30"), 20, SPLIT, PAID, TERMS],
  SERIESC_LIQDETAIL: [d("2001-06-30"), 20, SPLIT, PAID, TERMS],
  SERIESC_WATERFALL: [
    100,
    [
      ["Series C", 50, 100],
      ["Series D", 30, 60],
    ],
  ],
  SERIESC_EXIT: [400e6, d("2003-03-03"), CAPITAL, SPLIT, PAID, TERMS],
  SERIESC_EXIT_TABLE: [[[1e8], [null], [4e8]], d("2003-03-03"), CAPITAL, SPLIT, PAID, TERMS],
  SERIESC_PAYOUTS: [
    400e6,
    d("2003-03-03"),
    CAPITAL,
    [
      ["Fund A", "Series C", 1e5],
      ["Fund A", "Common", 2e6],
      ["Bank", "Notes", 1e6],
    ],
    SPLIT,
    PAID,
    TERMS,
  ],
  SERIESC_SALE: [d("2003-03-03"), 40, d("2002-12-01"), SPLIT, PAID, TERMS],
  SERIESC_BREAKPOINTS: [CAPITAL, d("2003-03-03"), SPLIT, PAID, TERMS],
  SERIESC_REDEMPTION: [d("2002-03-01"), 20, "3D", d("2002-02-01"), SPLIT, PAID, TERMS],
  SERIESC_REDEMPTION_MULTIPLE: [d("2002-03-01"), TERMS],
  SERIESC_TERMS: [],
  SERIESC_THRESHOLD: [PRICES, d("2000-04-15"), SPLIT, TERMS],
  SERIESC_THRESHOLD_DATE: [PRICES, SPLIT, TERMS],
  SERIESC_MANDATORY_DATE: [d("2000-06-01"), TERMS],
  OPTEX_BUSINESSDAY: [d("2001-09-20"), 10, HOLIDAYS],
  OPTEX_EXTENSION: [d("2001-09-20"), d("2001-09-27"), HOLIDAYS, OTERMS],
  OPTEX_DEADLINES: [d("2001-08-27"), d("2001-09-27"), HOLIDAYS, OTERMS],
  OPTEX_ELIGIBLE: [d("2000-01-01"), d("2002-01-01"), OTERMS],
  OPTEX_FILING_FEE: [31038500, 0.0002],
  OPTEX_ISO: [30000, 10, d("2001-09-27"), [[2002, 20000]], OTERMS],
  OPTEX_NEWSHARES: [[[1000], [1525]], 0.75],
  OPTEX_TOTAL: [[[1000], [1525]], 0.75],
  OPTEX_TAX: ["ISO", 100, 10, d("2001-09-27"), d("2002-01-01"), 20, d("2003-06-01"), 25],
  OPTEX_TERMS: [],
  OPTEX_BREAKEVEN: [8.75, 2, 0.75],
  OPTEX_BLACKSCHOLES: [42, 40, 0.5, 0.1, 0.2, 0, "CALL"],
  OPTEX_EXCHANGE_VALUE: [1000, 8.75, 5, 2, 2, 0.05, 0.8, 10, 0.75, 0],
  OPTEX_VALUATION: [
    [
      ["Grant", "Grant date", "Eligible options", "Exercise price"],
      [1, d("2000-03-15"), 1000, 45],
    ],
    d("2001-09-27"),
    0.34,
    0.05,
    1.2,
    0.01,
    OTERMS,
  ],
  OPTEX_SCHEDULE: [1000, d("2001-09-27"), OTERMS],
  OPTEX_VESTED: [1000, d("2003-01-01"), d("2001-09-27"), d("2004-01-01"), d("2005-01-01"), OTERMS],
  OPTEX_EXERCISABLE: [1000, d("2003-01-01"), d("2001-09-27"), d("2004-01-01"), d("2005-01-01"), OTERMS],
  OPTEX_EXPIRY: [d("2001-09-27"), d("2004-01-01"), OTERMS],
};
