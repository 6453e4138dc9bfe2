/* Hand-kept catalogue of the MPWR custom functions: per function id, the
 * worked example (a formula, and the contents of any cells it references)
 * and the clauses it implements. Everything else in docs/functions.md and
 * dist/help.html comes from dist/functions.json and the adapters' JSDoc, and
 * every example VALUE is computed by calling the built dist/functions.js
 * (scripts/function-docs.js). Never type a result here.
 *
 * Entry fields:
 *   group     section of the reference the function is listed under
 *   example   { formula, cells?: { "A2:B21": rows }, format?, dates? }
 *             formula: `=MPWR.ID(...)` with numbers, "text", TRUE/FALSE,
 *             DATE(y,m,d), {array;constants}, empty arguments and references
 *             to `cells`; format of a single value: "date" | "money";
 *             dates of a spill: { columns: [header names], rows: [first-cell values] }
 *   more      further formulas shown with their computed values (optional)
 *   note      one sentence on where the example comes from (optional)
 *   details   paragraphs of plain text shown after Returns: what a figure means (optional)
 *   clauses   the clauses of the documents the function implements
 * Order of the entries = order of the reference. */
"use strict";

/** `count` weekday rows of date | close from `startIso` (no holidays in the span used). */
function tradingDays(startIso, count, close) {
  const rows = [];
  const d = new Date(`${startIso}T00:00:00Z`);
  while (rows.length < count) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) rows.push([d.toISOString().slice(0, 10), close]);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return rows;
}

const SPLIT = [["2000-08-29", "SPLIT", 1.5]];
const PRICES = tradingDays("2000-09-05", 20, 38); // 20 closes of $38.00: above $37.33 (after the split), not above $56
/** name | type | quantity | a | b | c: an illustrative capital for the exit waterfall. */
const EXIT_CAPITAL = [
  ["Notes", "SENIOR", 10000000, null, null, null],
  ["Series C", "SERIESC", 1000000, null, null, null],
  ["Series D", "PARITY", 500000, 20, 2, 1],
  ["Common", "COMMON", 10000000, null, null, null],
  ["Options", "OPTION", 2000000, 10, null, null],
];

const SERIES_C_DIVIDENDS = "Series C — dividends";
const SERIES_C_CONVERSION = "Series C — conversion price and conversion";
const SERIES_C_LIQUIDATION = "Series C — liquidation and redemption";
const SERIES_C_THRESHOLD = "Series C — Market Threshold, dates and terms";
const OPTEX_NEW = "Option exchange — new options and eligibility";
const OPTEX_VESTING = "Option exchange — vesting, expiry and ISO limit";
const OPTEX_VALUATION = "Option exchange — valuation and tax";
const OPTEX_OFFER = "Option exchange — business days, filing fee and terms";

module.exports = {
  // ---------------------------------------------------------------- Series C
  SERIESC_ACCRUED: {
    group: SERIES_C_DIVIDENDS,
    example: { formula: "=MPWR.SERIESC_ACCRUED(DATE(2001,6,30))" },
    note: "The first example of the reference: 10% a year on $28 plus unpaid dividends from the issue date 1999-12-29, compounded on 1999-12-31 and 2000-12-31.",
    clauses: "Cert §2",
  },
  SERIESC_DIVSCHEDULE: {
    group: SERIES_C_DIVIDENDS,
    example: { formula: "=MPWR.SERIESC_DIVSCHEDULE(DATE(2001,6,30))", dates: { columns: ["period end"] } },
    note: "The ledger behind SERIESC_ACCRUED(DATE(2001,6,30)): the 2-day stub period of 1999, the year 2000, and 2001 to 30 June.",
    clauses: "Cert §2",
  },
  SERIESC_MINDIV: {
    group: SERIES_C_DIVIDENDS,
    example: { formula: '=MPWR.SERIESC_MINDIV(DATE(2001,6,30), {"2000-12-31",1})', format: "money" },
    note: "The $2.80 Minimum Dividend Amount less a $1.00 dividend paid on 2000-12-31.",
    clauses: "Cert §12 (Minimum Dividend Amount), §2",
  },
  SERIESC_CONVPRICE: {
    group: SERIES_C_CONVERSION,
    example: { formula: "=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1), A2:C2)", cells: { "A2:C2": SPLIT } },
    note: "The 3-for-2 split of the common of 2000-08-29: $28 ÷ 1.5.",
    clauses: "Cert §5(c), §5(d)–(k) (SPLIT §5(f), STOCKDIV §5(g), ISSUE/RIGHTS §5(k)(1)–(5), EXPIRE §5(k)(3))",
  },
  SERIESC_CONVRATE: {
    group: SERIES_C_CONVERSION,
    example: { formula: "=MPWR.SERIESC_CONVRATE(DATE(2001,1,1), A2:C2)", cells: { "A2:C2": SPLIT } },
    note: "After the 3-for-2 split of 2000-08-29: $28 ÷ $18.67 common shares per Series C share.",
    clauses: "Cert §5(c), §5(f)",
  },
  SERIESC_ADJUSTMENTS: {
    group: SERIES_C_CONVERSION,
    example: { formula: "=MPWR.SERIESC_ADJUSTMENTS(DATE(2001,1,1), A2:C2)", cells: { "A2:C2": SPLIT }, dates: { columns: ["date"] } },
    note: "The certificate of adjustment for the 3-for-2 split of 2000-08-29.",
    clauses: "Cert §5(l), §5(f)–(k)",
  },
  SERIESC_CONVSHARES: {
    group: SERIES_C_CONVERSION,
    example: { formula: '=MPWR.SERIESC_CONVSHARES(1000, DATE(2001,6,30), 20, "OPTIONAL", A2:C2)', cells: { "A2:C2": SPLIT } },
    note: "1,000 Series C shares converted on 2001-06-30 with the common at $20, after the 3-for-2 split: dividends paid in shares at the lower of FMV and the conversion price.",
    clauses: "Cert §5(a), §5(e), §5(k)(6), §5(n); §4(a) (Qualified Return, kind SALE)",
  },
  SERIESC_VOTES: {
    group: SERIES_C_CONVERSION,
    example: { formula: "=MPWR.SERIESC_VOTES(1000, DATE(2001,1,1), A2:C2)", cells: { "A2:C2": SPLIT } },
    note: "1,000 Series C shares vote as the common they convert into after the 3-for-2 split.",
    clauses: "Cert §3(a)",
  },
  SERIESC_PROTECTIVE: {
    group: SERIES_C_CONVERSION,
    example: { formula: "=MPWR.SERIESC_PROTECTIVE(416667)" },
    more: ["=MPWR.SERIESC_PROTECTIVE(416666)"],
    note: "One third of the 1,250,000 shares issued is 416,666.67.",
    clauses: "Cert §3(b)",
  },
  SERIESC_LIQPREF: {
    group: SERIES_C_LIQUIDATION,
    example: { formula: "=MPWR.SERIESC_LIQPREF(DATE(2001,6,30), 10)" },
    more: ["=MPWR.SERIESC_LIQPREF(DATE(2001,6,30), 56)"],
    note: "A liquidation on 2001-06-30: with the common worth $10 the Liquidation Value plus dividends applies; at $56 the as-converted value is capped at the Qualified Return.",
    clauses: "Cert §4(a)",
  },
  SERIESC_LIQDETAIL: {
    group: SERIES_C_LIQUIDATION,
    example: { formula: "=MPWR.SERIESC_LIQDETAIL(DATE(2001,6,30), 56)" },
    note: "The Qualified Return 2.0 × $28 + $2.80 = $58.80 caps the as-converted value on or before the 30-month anniversary.",
    clauses: "Cert §4(a) (alternatives (i) and (ii), Qualified Return proviso)",
  },
  SERIESC_WATERFALL: {
    group: SERIES_C_LIQUIDATION,
    example: { formula: "=MPWR.SERIESC_WATERFALL(30000000, A2:C3)", cells: { "A2:C3": [["Series C", 3500000, 35000000], ["Parity Preferred", 1500000, 15000000]] } },
    note: "Illustrative aggregate claims ($35,000,000 = 1,250,000 Series C shares × $28): the dividend claims are paid in full first, then the preference claims ratably.",
    clauses: "Cert §4(a) (insufficient assets)",
  },
  SERIESC_EXIT: {
    group: SERIES_C_LIQUIDATION,
    example: { formula: "=MPWR.SERIESC_EXIT(800000000, DATE(2001,12,31), A2:F6)", cells: { "A2:F6": EXIT_CAPITAL } },
    note: "Illustrative capital: $10M of notes, 1,000,000 Series C, 500,000 shares of a convertible Parity Preferred (preference $20, dividends $2, one common share each), 10,000,000 common, 2,000,000 options at $10. Everyone converts and p = (800M − 10M + 2M × $10) ÷ (10M + 0.5M + 2M + 1M) = $60: one Series C principal share is already worth more than the $58.80 Qualified Return, so every dividend share is extinguished (Cert §4(a)).",
    clauses: "Cert §4(a) (preference, as-converted value, Qualified Return, insufficient assets), §4(c), §5(e); Cert §12 (Senior Secured Notes, Parity Preferred)",
  },
  SERIESC_EXIT_TABLE: {
    group: SERIES_C_LIQUIDATION,
    example: { formula: "=MPWR.SERIESC_EXIT_TABLE(H2:H7, DATE(2001,12,31), A2:F6)", cells: { "A2:F6": EXIT_CAPITAL, "H2:H7": [[30000000], [60000000], [100000000], [400000000], [673800000], [800000000]] } },
    note: "The capital of the SERIESC_EXIT example at six exit values: at $30M the preferences share $20M ratably; at $673.8M the common is worth exactly $50 and the Series C gets the Qualified Return, $58.80 a share.",
    clauses: "Cert §4(a), §4(c), §5(e)",
  },
  SERIESC_REDEMPTION: {
    group: SERIES_C_LIQUIDATION,
    example: { formula: '=MPWR.SERIESC_REDEMPTION(DATE(2002,1,1), 5, "3D")' },
    note: "A Company Redemption after a rejected Special Restricted Action in redemption year 3: 3.0 × $28.",
    clauses: "Cert §6(a), §6(b), §6(c), §3(d), §3(e)",
  },
  SERIESC_REDEMPTION_MULTIPLE: {
    group: SERIES_C_LIQUIDATION,
    example: { formula: "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2002,1,1))" },
    more: [
      "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2000,6,30))",
      "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2001,6,30))",
      "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2002,6,30))",
      "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2003,6,30))",
      "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2004,6,30))",
      "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2005,6,30))",
      "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2005,12,29))",
    ],
    note: "One date in each redemption year (years run from 1999-12-29), then the sixth anniversary, where the table ends.",
    clauses: "Cert §6(b)",
  },
  SERIESC_THRESHOLD: {
    group: SERIES_C_THRESHOLD,
    example: { formula: "=MPWR.SERIESC_THRESHOLD(A2:B21, DATE(2000,10,16), D2:F2)", cells: { "A2:B21": PRICES, "D2:F2": SPLIT } },
    more: [{ formula: "=MPWR.SERIESC_THRESHOLD(A2:B21, DATE(2000,10,16))", cells: { "A2:B21": PRICES } }],
    note: "20 trading days closing at $38.00 after the 3-for-2 split of 2000-08-29: above the adjusted threshold of 2.0 × $28 ÷ 1.5 = $37.33, not above $56 without the split.",
    clauses: "Cert §12 (Market Threshold), §5(b)(1)",
  },
  SERIESC_THRESHOLD_DATE: {
    group: SERIES_C_THRESHOLD,
    example: { formula: "=MPWR.SERIESC_THRESHOLD_DATE(A2:B21, D2:F2)", cells: { "A2:B21": PRICES, "D2:F2": SPLIT }, format: "date" },
    note: "The 20th of the trading days closing above the split-adjusted threshold of $37.33.",
    clauses: "Cert §12 (Market Threshold), §5(b)(1)",
  },
  SERIESC_MANDATORY_DATE: {
    group: SERIES_C_THRESHOLD,
    example: { formula: "=MPWR.SERIESC_MANDATORY_DATE()", format: "date" },
    more: [{ formula: "=MPWR.SERIESC_MANDATORY_DATE(DATE(2000,11,1))", format: "date" }],
    note: "The Original Issue Date 1999-12-29 + 386 days, or an earlier demand registration.",
    clauses: "Cert §5(b)(1)",
  },
  SERIESC_KEYDATES: {
    group: SERIES_C_THRESHOLD,
    example: { formula: "=MPWR.SERIESC_KEYDATES()", dates: { columns: ["date"] } },
    note: "The documents' own dates: issue + 386 days 2001-01-18, 18-month anniversary 2001-06-29, 30-month 2002-06-29, sixth anniversary 2005-12-29.",
    clauses: "Cert §4(a), §5(b)(1), §5(k)(5), §5(e), §6(a), §12 (Original Issue Date)",
  },
  SERIESC_TERMS: {
    group: SERIES_C_THRESHOLD,
    example: { formula: "=MPWR.SERIESC_TERMS()", dates: { rows: ["issueDate"] } },
    note: "The certificate's own terms (docs/conventions.md#terms); an empty value means none.",
    clauses: "Cert §2, §3(b), §4(a), §5(b), §5(c), §5(k), §6, §12; docs/conventions.md#terms",
  },

  // --------------------------------------------------------- option exchange
  OPTEX_NEWSHARES: {
    group: OPTEX_NEW,
    example: { formula: "=MPWR.OPTEX_NEWSHARES(A2:A4)", cells: { "A2:A4": [[1000], [1525], [525]] }, header: false },
    note: "The Offer's examples (Offer Q7, Answers Q5): 0.75 × each grant, rounded down per grant.",
    clauses: "Offer §1, Q7; Answers Q5",
  },
  OPTEX_TOTAL: {
    group: OPTEX_NEW,
    example: { formula: "=MPWR.OPTEX_TOTAL(A2:A4)", cells: { "A2:A4": [[1000], [1525], [525]] } },
    more: ["=MPWR.OPTEX_TOTAL(8496926)"],
    note: "The sum of the per-grant floors. All 8,496,926 eligible options as one grant give the Offer's bound of 6,372,694 (Offer §2).",
    clauses: "Offer §1, §2, Q7",
  },
  OPTEX_ELIGIBLE: {
    group: OPTEX_NEW,
    example: { formula: "=MPWR.OPTEX_ELIGIBLE(DATE(2001,6,25), DATE(2001,9,27))" },
    more: ["=MPWR.OPTEX_ELIGIBLE(DATE(2001,6,26))", "=MPWR.OPTEX_ELIGIBLE(DATE(1998,3,2), DATE(2001,9,26))"],
    note: "Hired on the record date 2001-06-25 and terminated on the expiration date 2001-09-27: employed on both days.",
    clauses: "Offer Q4; Answers 3",
  },
  OPTEX_SCHEDULE: {
    group: OPTEX_VESTING,
    example: { formula: "=MPWR.OPTEX_SCHEDULE(750, DATE(2001,9,27))", dates: { columns: ["vest date"] } },
    note: "The 750 new options for 1,000 eligible, granted on the expiration date 2001-09-27.",
    clauses: "Offer Q11; Agreement §5A",
  },
  OPTEX_VESTED: {
    group: OPTEX_VESTING,
    example: { formula: "=MPWR.OPTEX_VESTED(750, DATE(2003,9,27), DATE(2001,9,27))" },
    more: ['=MPWR.OPTEX_VESTED(750, DATE(2002,1,15), DATE(2001,9,27), , DATE(2002,1,2))'],
    note: "750 new options granted 2001-09-27: two installments by the second anniversary; a change of control vests everything.",
    clauses: "Offer §2, Q11; Agreement §5A, §5E, §5I",
  },
  OPTEX_EXERCISABLE: {
    group: OPTEX_VESTING,
    example: { formula: "=MPWR.OPTEX_EXERCISABLE(750, DATE(2004,1,15), DATE(2001,9,27), DATE(2003,12,31))" },
    more: ["=MPWR.OPTEX_EXERCISABLE(750, DATE(2004,2,1), DATE(2001,9,27), DATE(2003,12,31))"],
    note: "Terminated 2003-12-31 with two installments vested: exercisable for 30 days, through 2004-01-30.",
    clauses: "Agreement §5E, §5G; Offer Q13",
  },
  OPTEX_EXPIRY: {
    group: OPTEX_VESTING,
    example: { formula: "=MPWR.OPTEX_EXPIRY(DATE(2001,9,27))", format: "date" },
    more: [{ formula: "=MPWR.OPTEX_EXPIRY(DATE(2001,9,27), DATE(2003,12,31))", format: "date" }],
    note: "The 2001-09-27 grant expires on its tenth anniversary, or 30 days after termination.",
    clauses: "Agreement §5E, §5G; Offer Q13",
  },
  OPTEX_ISO: {
    group: OPTEX_VESTING,
    example: { formula: "=MPWR.OPTEX_ISO(90000, 5, DATE(2001,9,27))" },
    note: "Illustrative: 90,000 new options at $5.00 vest 30,000 ($150,000) a year, above the $100,000 limit.",
    clauses: "Offer §13, Q18; IRC §422(d)",
  },
  OPTEX_BREAKEVEN: {
    group: OPTEX_VALUATION,
    example: { formula: "=MPWR.OPTEX_BREAKEVEN(40, 5)", format: "money" },
    note: "Illustrative: an eligible option at $40 against 0.75 new options at $5: (40 − 0.75 × 5) ÷ (1 − 0.75).",
    clauses: "Offer §1, Q7 (exchange ratio)",
  },
  OPTEX_BLACKSCHOLES: {
    group: OPTEX_VALUATION,
    example: { formula: "=MPWR.OPTEX_BLACKSCHOLES(42, 40, 0.5, 0.1, 0.2)" },
    more: ['=MPWR.OPTEX_BLACKSCHOLES(42, 40, 0.5, 0.1, 0.2, 0, "PUT")'],
    note: "Hull's textbook example (Options, Futures, and Other Derivatives): call 4.76, put 0.81.",
    clauses: "Schedule TO cover (Black-Scholes option pricing model)",
  },
  OPTEX_EXCHANGE_VALUE: {
    group: OPTEX_VALUATION,
    example: { formula: "=MPWR.OPTEX_EXCHANGE_VALUE(1000, 40, 7, 5, 5, 0.05, 0.9)" },
    note: "Illustrative: 1,000 options at $40 with 7 years left, the stock at $5, against 750 new ten-year options at $5.",
    clauses: "Offer §1, Q7; Agreement §5G; Schedule TO cover (Black-Scholes)",
  },
  OPTEX_VALUATION: {
    group: OPTEX_VALUATION,
    example: {
      formula: "=MPWR.OPTEX_VALUATION(A2:E5, DATE(2001,9,27), 0.34, 0.05, 1.2)",
      cells: {
        "A2:E5": [
          ["Grant", "Grant date", "Eligible options", "Exercise price", "Type"],
          [1001, "2000-03-15", 1000, 45, "NSO"],
          [1002, "2000-06-01", 1525, 38.5, "ISO"],
          [1003, "2001-01-10", 525, 12.25, "ISO"],
        ],
      },
    },
    more: ['=MPWR.OPTEX_VALUATION(A2:E5, DATE(2001,9,27), 0.34, 0.05, 1.2, , {"expectedTerm","SIMPLIFIED"})'],
    details: [
      "Each grant is valued twice at the valuation date (the exchange date) with Black–Scholes–Merton (IEEE doubles, Φ to about 1e-15): its eligible options at their exercise price until their own expiration (the roster's expiration date column, else the grant date plus term oldOptionTermYears, 10 years), and its new options — floor(eligible × ratio) per grant (Offer §1, Q7) — at term newExercisePrice (else the stock price: the new options are priced at the closing price on their grant date) until OPTEX_EXPIRY of the offer's expiration date, their tenth anniversary (Agreement §5G). Years are actual days ÷ daysPerYear (365).",
      "Incremental fair value = new grant's fair value − old grant's fair value, the modification's incremental value measured immediately before and after the exchange; it is negative when the new options are worth less. Incremental cost = max(0, incremental fair value) for that grant: under ASC 718-20-35-3 a modification is charged only for the excess, if any, of the new award's fair value over the old one's, and the original award's grant-date cost is still recognized — so a grant whose exchange lowers its value adds nothing and does not offset another grant's increase. The total row sums each column: its incremental cost is the sum of the grants' costs, at least its incremental fair value.",
      "expectedTerm CONTRACTUAL (default) values the new options over their whole remaining term; SIMPLIFIED uses SAB Topic 14.D.2's simplified method: each vesting tranche (1/3 on each of the first three anniversaries, Offer Q11, Agreement §5A, with the grant's own whole-share tranches) is expected to last the mean of its vesting date and the expiration, and the grant's expected term is their mean weighted by the tranche's shares. The old options keep their remaining contractual term in both (the roster has no vesting for them; docs/interpretations.md).",
      "A grant row that cannot be valued shows its error text (#VALUE! or #NUM!, the roster row and column, what is wrong) in its eligible cell and is left out of the total; the other rows still compute. A roster with a header and no grants gives the header and a total of zeros; a header missing a required column is #VALUE! naming it.",
    ],
    note: "The sample roster of the model workbook (Offer Q7's option counts) valued on the expiration date 2001-09-27 with the stock at $0.34 (the last sale price of 2001-08-22), 5 % and 120 %: the old options' ten-year terms from their grant dates against 750, 1,143 and 393 new ten-year options at $0.34. Grant 1003 (525 options at $12.25, the nearest the money) is worth less after the exchange: its incremental fair value is negative and its incremental cost 0, so the total cost exceeds the total incremental fair value by exactly that loss.",
    clauses: "Offer §1, Q7, §11; Agreement §5A, §5G; ASC 718-20-35-3; SAB Topic 14.D.2",
  },
  OPTEX_TAX: {
    group: OPTEX_VALUATION,
    example: { formula: '=MPWR.OPTEX_TAX("ISO", 100, 1, DATE(2001,9,27), DATE(2003,1,2), 5, DATE(2003,6,2), 8)' },
    note: "100 ISO shares at $1, worth $5 at exercise, sold at $8 within a year: ordinary income is the spread at exercise, the rest capital gain (docs/interpretations.md).",
    clauses: "Offer §13; IRC §421(b), §422(a), §422(c)(2), §56(b)(3), §1222",
  },
  OPTEX_BUSINESSDAY: {
    group: OPTEX_OFFER,
    example: { formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,8,31), 1)", format: "date" },
    more: [
      { formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,9,4), -1)", format: "date" },
      { formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,11,21), 1)", format: "date" },
      { formula: '=MPWR.OPTEX_BUSINESSDAY(DATE(2018,12,4), 1, {"2018-12-05"})', format: "date" },
    ],
    note: "Friday 2001-08-31 + 1 business day skips the weekend and Labor Day (2001-09-03); Thanksgiving 2001-11-22 is skipped too; an extra holiday such as the closing of 2018-12-05 (a day of mourning, by executive order) is skipped when listed.",
    clauses: "Offer §1 (business day), §14; 5 U.S.C. 6103(a)",
  },
  OPTEX_EXTENSION: {
    group: OPTEX_OFFER,
    example: { formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,9,20))", format: "date" },
    more: [
      { formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,9,5))", format: "date" },
      { formula: '=MPWR.OPTEX_EXTENSION(DATE(2001,9,20), , {"2001-09-24"})', format: "date" },
    ],
    note: "A notice published a week before the 2001-09-27 expiration extends the offer to the 10th business day after it; an early notice changes nothing; a closing listed in holidays (here a hypothetical 2001-09-24) pushes the extension one business day later.",
    clauses: "Offer §1, §14",
  },
  OPTEX_DEADLINES: {
    group: OPTEX_OFFER,
    example: { formula: "=MPWR.OPTEX_DEADLINES()", dates: { columns: ["date"] } },
    note: "The Offer's own calendar: commenced Monday 2001-08-27 (day 1), Labor Day 2001-09-03 skipped, so the 20th business day is 2001-09-24 and the 2001-09-27 expiration is the 23rd; ten business days before it is 2001-09-13; Columbus Day 2001-10-08 skipped, the 40th business day is 2001-10-23.",
    clauses: "Offer §1, §5, §14, Q8; Schedule TO Item 1; Rules 13e-4(a)(4), 13e-4(f)(1)(i), 13e-4(f)(2)(ii), 14e-1(a), 14e-1(d)",
  },
  OPTEX_FILING_FEE: {
    group: OPTEX_OFFER,
    example: { formula: "=MPWR.OPTEX_FILING_FEE(31038500)", format: "money" },
    note: "The Schedule TO cover's transaction value; the cover prints $6,277.70, not 1/50 of 1% of it (docs/interpretations.md).",
    clauses: "Schedule TO cover (calculation of filing fee); Rule 0-11(b)",
  },
  OPTEX_TERMS: {
    group: OPTEX_OFFER,
    example: { formula: "=MPWR.OPTEX_TERMS()", dates: { rows: ["commencementDate", "expirationDate", "recordDate"] } },
    note: "The offer's own terms (docs/conventions.md#terms).",
    clauses: "Offer §1, §2, §13, §14, Q4, Q7, Q11; Agreement §5A, §5E, §5G; Schedule TO cover; docs/conventions.md#terms",
  },
};
