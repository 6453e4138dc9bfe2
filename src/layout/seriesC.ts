import { EXAMPLE_CAPITAL, EXAMPLE_EVENTS, EXAMPLE_HOLDINGS, EXAMPLE_PRICES, isoParts } from "./exampleData";
import { CAPITAL_TABLE_COLUMNS, CAPITAL_TYPES, CapitalTableColumn } from "../calc/seriesC/capitalTypes";
import { capitalTypesPrompt } from "../calc/seriesC/capitalTypeWords";
import { REDEMPTION_TRIGGERS } from "../calc/seriesC/redemption";
import { CONVERSION_KINDS } from "../calc/seriesC/conversion";
import { EVENT_TYPES } from "../calc/seriesC/eventTypes";
import { eventColumnsPrompt } from "../calc/seriesC/eventTypeWords";
import { SERIES_C_TERMS } from "../calc/seriesC/terms";
import { SERIES_C_TERM_DOCS } from "../calc/seriesC/termWords";
import { dayFromCivil } from "../calc/time/civil";
import { serialFromDay } from "../calc/time/excelSerial";
import { EMPTY, columns, mpwr, name, table, thisRow } from "./formula";
import { FORMATS } from "./formats";
import { SheetBuilder } from "./sheet";
import { TERMS_HEADERS, TermFormats, termsTable } from "./terms";
import { CellValue, ModelSheet } from "./types";

/** The Series C model: inputs, results, spills and the Tables they read (docs/workbook.md). */

const date = (y: number, m: number, d: number): number => serialFromDay(dayFromCivil(y, m, d));

export type EventRow = [date: number, type: string, a: number | null, b: number | null, c: number | null, d: number | null];
export type CapitalRow =
  | [name: string, type: string, quantity: number, a: number | null, b: number | null, c: number | null]
  | [
      name: string,
      type: string,
      quantity: number,
      a: number | null,
      b: number | null,
      c: number | null,
      rank: number | null,
      participation: number | string | null,
    ];
export type HoldingRow = [holder: string, row: string, quantity: number];

export interface SeriesCModelInput {
  asOf: number | null;
  commonValue: number | null;
  shares: number | null;
  fmv: number | null;
  conversionKind: string | null;
  redemptionDate: number | null;
  trigger: string | null;
  /**
   * Date of the redemption notice (Cert §6(a), §3(d)–(e)), when one was given:
   * the model then has a notice date input and the redemption price checks
   * the redemption date against its window. Absent or null: no such input.
   */
  noticeDate?: number | null;
  outstanding: number | null;
  events: EventRow[];
  payments: [date: number, amountPerShare: number][];
  prices: [date: number, close: number][];
  /** Common values per share for the payoff table. */
  payoffValues: number[];
  /** The exit value: the total distributed in the exit waterfall on the as-of date (who gets what, the holders' payouts). */
  proceeds: number | null;
  /** The capital for the exit waterfall: name | type | quantity | a | b | c | rank | participation (Cert §4). */
  capital: CapitalRow[];
  /** Who holds how much of which capital row (SERIESC_PAYOUTS' holdings): holder | row name | quantity. */
  holdings: HoldingRow[];
  /**
   * Rows the breakpoints (SERIESC_BREAKPOINTS) and the exit table over them
   * (SERIESC_EXIT_TABLE with no proceeds list) keep free, when the caller
   * knows the capital's breakpoints; otherwise a bound from the capital's
   * rows (`breakpointBound`).
   */
  breakpoints?: number;
  /** Term values replacing the certificate's defaults (empty = default). */
  terms?: Partial<Record<keyof typeof SERIES_C_TERMS, CellValue | null>>;
}

/** The example: the certificate's terms, the 3-for-2 split of 2000-08-29, an as-of date of 2001-06-30. */
export const SERIES_C_EXAMPLE: SeriesCModelInput = {
  asOf: date(2001, 6, 30),
  commonValue: 30,
  shares: 1000,
  fmv: 5,
  conversionKind: "OPTIONAL",
  redemptionDate: date(2002, 1, 1),
  trigger: "3D",
  outstanding: 1250000,
  events: EXAMPLE_EVENTS.map(([day, type, a]) => [date(...isoParts(day)), type, a, null, null, null]),
  payments: [],
  prices: EXAMPLE_PRICES.map(([day, close]) => [date(...isoParts(day)), close]),
  payoffValues: [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50],
  proceeds: 800000000,
  // The illustrative capital of the SERIESC_EXIT example in docs/functions.md.
  capital: EXAMPLE_CAPITAL.map((r) => [...r]),
  holdings: EXAMPLE_HOLDINGS.map((r) => [...r]),
};

/**
 * At most this many breakpoints per capital row (a rank's claims covered —
 * dividends, then preferences —, a strike reached, a conversion, a cap
 * reached): the rows the breakpoints keep free when the caller does not know
 * them. A longer spill still grows (its block is the last of its band).
 */
const BREAKPOINTS_PER_ROW = 4;
export const breakpointBound = (capitalRows: number): number => BREAKPOINTS_PER_ROW * Math.max(1, capitalRows) + 1;
/** SERIESC_EXIT_TABLE with no proceeds list: $0, the breakpoints, a point between each two and one beyond the last. */
export const exitPointsOf = (breakpoints: number): number => 2 * breakpoints + 2;

/** How each Series C term's value is shown. */
export const SERIES_C_TERM_FORMATS: TermFormats<typeof SERIES_C_TERMS> = {
  issueDate: FORMATS.date,
  liquidationValue: FORMATS.perShare,
  dividendRate: FORMATS.percent,
  minimumDividend: FORMATS.perShare,
  initialConversionPrice: FORMATS.perShare,
  conversionNumerator: FORMATS.perShare,
  sharesIssued: FORMATS.shares,
  stubDays: null,
  ratchetMonths: FORMATS.count,
  ratchetExemptValue: FORMATS.money,
  planOptionCap: FORMATS.shares,
  extinguishMonths: FORMATS.count,
  qualifiedReturnMultiple: FORMATS.ratio,
  mandatoryConversionDays: FORMATS.count,
  thresholdMultiple: FORMATS.ratio,
  thresholdDays: FORMATS.count,
  thresholdWindowDays: FORMATS.count,
  redemptionYears: FORMATS.count,
  floorAdjustedForSplits: null,
  pricesSplitAdjusted: null,
  votingPowerAtIssue: FORMATS.shares,
  conversionCapPercent: FORMATS.percent,
};

export const EVENTS_HEADERS = ["Date", "Type", "a", "b", "c", "d"] as const;
export const PAYMENTS_HEADERS = ["Date", "Amount per share"] as const;
export const PRICES_HEADERS = ["Date", "Closing price"] as const;
export const PAYOFF_HEADERS = ["Common value per share", "Liquidation preference per share"] as const;
/** Header, width and number format of each capital column (a new column of the table must say its own). */
const CAPITAL_COLUMN_LAYOUT: Record<CapitalTableColumn, { header: string; width: number; format?: string }> = {
  name: { header: "Name", width: 14 },
  type: { header: "Type", width: 11 },
  quantity: { header: "Quantity", width: 14, format: FORMATS.shares },
  a: { header: "a", width: 11, format: FORMATS.perShare },
  b: { header: "b", width: 11, format: FORMATS.perShare },
  c: { header: "c", width: 11, format: FORMATS.ratio },
  rank: { header: "Rank", width: 7 },
  participation: { header: "Participation", width: 13, format: FORMATS.perShare },
};
export const CAPITAL_HEADERS = CAPITAL_TABLE_COLUMNS.map((c) => CAPITAL_COLUMN_LAYOUT[c].header);
export const HOLDINGS_HEADERS = ["Holder", "Row", "Quantity"] as const;
/** Columns the exit table keeps free beyond the capital's rows, for classes the user adds. */
const SPARE_CLASSES = 3;
/** SERIESC_SALE's routes: liquidation (§4(b)), conversion (§5(e)(B)), redemption (§6(a)) and the best. */
const SALE_ROUTES = 4;

/** What quantity and a–c mean for each row type (the validation prompt of the Type column), from the table of row types. */
const CAPITAL_PROMPT = capitalTypesPrompt();

/** What a–d mean for each event type (the validation prompt of the Type column; at most 255 characters), from the table of event types. */
const EVENT_COLUMNS_PROMPT = eventColumnsPrompt();

export interface ModelOptions {
  /** Prefix of every defined name and Table name, so two models can live in one workbook. */
  prefix?: string;
  sheetName?: string;
}

export function seriesCModel(input: SeriesCModelInput = SERIES_C_EXAMPLE, options: ModelOptions = {}): ModelSheet {
  const p = options.prefix ?? "SC_";
  const T = {
    events: `${p}Events`,
    payments: `${p}Payments`,
    prices: `${p}Prices`,
    terms: `${p}Terms`,
    payoff: `${p}Payoff`,
    capital: `${p}Capital`,
    holdings: `${p}Holdings`,
  };
  const sheet = new SheetBuilder(
    options.sheetName ?? "Series C",
    "MPWR model: Mpower Series C Convertible Preferred (Certificate of Designation)",
    "Formulas use the MPWR add-in; the values shown were cached from its calculation. Yellow cells are inputs; the Tables grow as you add rows. Cert §N cites the certificate.",
  );
  const main = sheet.band([80, 24, 18]);
  const side = sheet.band([18, 18, 21, 18, 36, 14, 18]);
  const eventsBand = sheet.band([12, 13, 15, 15, 15, 15]);
  const adjustmentsBand = sheet.band([12, 12, 17, 30, 14, 14, 24]);
  const paymentsBand = sheet.band([12, 22]);
  const pricesBand = sheet.band([12, 30]);
  const capitalBand = sheet.band(CAPITAL_TABLE_COLUMNS.map((c) => CAPITAL_COLUMN_LAYOUT[c].width));
  const classColumns = input.capital.length + SPARE_CLASSES;
  const holdingsBand = sheet.band([16, 14, 14, 16, 18, ...Array<number>(classColumns).fill(18)]);
  const payoffBand = sheet.band([27, 36]);
  const exitBand = sheet.band([18, ...Array<number>(classColumns).fill(18)]);
  // Sale: route | per share | clause | available; below it the breakpoints: proceeds | event (wrapped) | row.
  const analysisBand = sheet.band([40, 40, 31, 12]);

  // Inputs.
  const inputs = main.block("inputs", "Inputs", "Named cells: the formulas on this sheet read them by the name in the middle column.");
  inputs.header(["Input", "Name", "Value"]);
  const asOf = inputs.input(`${p}AsOf`, "As-of date: accrual, conversion and the liquidation event", input.asOf, { format: FORMATS.date });
  const commonValue = inputs.input(`${p}CommonValue`, "Common stock value per share in the liquidation (Cert §4(a))", input.commonValue, {
    format: FORMATS.perShare,
  });
  const shares = inputs.input(`${p}Shares`, "Holder's Series C shares", input.shares, { format: FORMATS.shares });
  const fmv = inputs.input(`${p}Fmv`, "Common stock Fair Market Value per share (Cert §12)", input.fmv, { format: FORMATS.perShare });
  const kind = inputs.input(`${p}ConversionKind`, "Conversion kind (Cert §5(a), (b))", input.conversionKind, {
    list: CONVERSION_KINDS,
    prompt:
      "OPTIONAL: the holder converts (Cert §5(a)); MANDATORY: the company, after the Market Threshold (§5(b)); THRESHOLD: the holder, within 60 days of it (§5(e)(A)); SALE: on a Sale of the Company (§5(e)(B)).",
  });
  const redemptionDate = inputs.input(`${p}RedemptionDate`, "Redemption date (Cert §6)", input.redemptionDate, { format: FORMATS.date });
  const trigger = inputs.input(`${p}Trigger`, "Redemption trigger (Cert §6, §3(d)–(e))", input.trigger, {
    list: REDEMPTION_TRIGGERS,
    prompt:
      "6A: holders after the sixth anniversary (Cert §6(a)); SALE: Sale of the Company; 3D, 3E: Restricted Actions without the class vote (Cert §3(d), (e)).",
  });
  const notice =
    input.noticeDate === undefined || input.noticeDate === null
      ? undefined
      : inputs.input(`${p}NoticeDate`, "Redemption notice date (Cert §6(a), §3(d)–(e)): the redemption date must fall in its window", input.noticeDate, {
          format: FORMATS.date,
        });
  const outstanding = inputs.input(`${p}Outstanding`, "Series C shares outstanding (Cert §3(b))", input.outstanding, { format: FORMATS.shares });
  const proceeds = inputs.input(`${p}Proceeds`, "Exit value: proceeds distributed in a liquidation or sale on the as-of date (Cert §4)", input.proceeds, {
    format: FORMATS.money,
  });
  inputs.end();

  // The Tables the formulas read, defined before the results so their names exist (each in its own columns: they grow downwards).
  const events = eventsBand.block("events", "Events", "Splits, stock dividends and issues that adjust the conversion price (Cert §5(f)–(k)).");
  const eventData = events.table(
    T.events,
    [
      { header: "Date", format: FORMATS.date },
      { header: "Type" },
      { header: "a", format: FORMATS.fractionalShares },
      { header: "b", format: FORMATS.fractionalShares },
      { header: "c", format: FORMATS.fractionalShares },
      { header: "d", format: FORMATS.perShare },
    ],
    input.events,
  );
  events.validate({ ...eventData, left: eventData.left + 1, right: eventData.left + 1 }, EVENT_TYPES, EVENT_COLUMNS_PROMPT);
  events.end();

  const payments = paymentsBand.block("payments", "Dividends paid", "Dividends paid per share (Cert §2).");
  payments.table(
    T.payments,
    [
      { header: PAYMENTS_HEADERS[0], format: FORMATS.date },
      { header: PAYMENTS_HEADERS[1], format: FORMATS.perShare },
    ],
    input.payments,
  );
  payments.end();

  const prices = pricesBand.block("prices", "Closing prices", "Closes for the Market Threshold (Cert §12).");
  prices.table(
    T.prices,
    [
      { header: PRICES_HEADERS[0], format: FORMATS.date },
      { header: PRICES_HEADERS[1], format: FORMATS.perShare },
    ],
    input.prices,
  );
  prices.end();

  const capital = capitalBand.block("capital", "Capital", "Who shares in an exit, by class (Cert §4(a)); illustrative.");
  const capitalData = capital.table(
    T.capital,
    CAPITAL_TABLE_COLUMNS.map((c) => {
      const { header, format } = CAPITAL_COLUMN_LAYOUT[c];
      return format === undefined ? { header } : { header, format };
    }),
    // A version-2 row (name … c) leaves the rank and participation empty.
    input.capital.map((r) => CAPITAL_TABLE_COLUMNS.map((_, i) => r[i] ?? null)),
  );
  capital.validate({ ...capitalData, left: capitalData.left + 1, right: capitalData.left + 1 }, CAPITAL_TYPES, CAPITAL_PROMPT);
  capital.end();

  // Results (the terms Table is placed below them; its reference is known before it is written).
  const termsRef = columns(T.terms, TERMS_HEADERS.name, TERMS_HEADERS.value);
  const ev = table(T.events);
  const pay = table(T.payments);
  const results = main.block("results", "Results", "Each value is an =MPWR formula over the inputs, the Tables and the terms below.");
  results.header(["Result", "Function", "Value"]);
  results.result("Accrued unpaid dividends per share (Cert §2)", mpwr("SERIESC_ACCRUED", name(asOf), pay, termsRef), FORMATS.perShare);
  results.result("Minimum Dividend Amount still due per share (Cert §12)", mpwr("SERIESC_MINDIV", name(asOf), pay, termsRef), FORMATS.perShare);
  results.result("Conversion price (Cert §5(d)–(k))", mpwr("SERIESC_CONVPRICE", name(asOf), ev, termsRef), FORMATS.perShare);
  results.result("Conversion rate: common shares per Series C share (Cert §5(c))", mpwr("SERIESC_CONVRATE", name(asOf), ev, termsRef), FORMATS.ratio);
  results.result("Liquidation preference per share (Cert §4(a))", mpwr("SERIESC_LIQPREF", name(asOf), name(commonValue), ev, pay, termsRef), FORMATS.perShare);
  results.result("Votes of the holder's shares (Cert §3(a))", mpwr("SERIESC_VOTES", name(shares), name(asOf), ev, termsRef), FORMATS.shares);
  results.result("Class vote needed for Restricted Actions (Cert §3(b))", mpwr("SERIESC_PROTECTIVE", name(outstanding), termsRef), undefined);
  results.result(
    "Redemption multiple for the redemption year (Cert §6(b))",
    mpwr("SERIESC_REDEMPTION_MULTIPLE", name(redemptionDate), termsRef),
    FORMATS.ratio,
  );
  results.result(
    "Redemption price per share (Cert §6)",
    mpwr("SERIESC_REDEMPTION", name(redemptionDate), name(fmv), name(trigger), notice ? name(notice) : EMPTY, ev, pay, termsRef),
    FORMATS.perShare,
  );
  results.result("Mandatory Conversion may start (Cert §5(b)(1))", mpwr("SERIESC_MANDATORY_DATE", EMPTY, termsRef), FORMATS.date);
  results.result("Market Threshold first achieved (Cert §5(b)(1), §12)", mpwr("SERIESC_THRESHOLD_DATE", table(T.prices), ev, termsRef), FORMATS.date);
  results.end();

  const liq = main.block(
    "liquidation",
    "Liquidation worked out (SERIESC_LIQDETAIL)",
    "A: Liquidation Value and dividends; B: as converted; the greater applies, up to the Qualified Return (Cert §4(a)).",
  );
  liq.spill("liquidationDetail", mpwr("SERIESC_LIQDETAIL", name(asOf), name(commonValue), ev, pay, termsRef), {
    header: true,
    columnFormats: [undefined, FORMATS.perShare],
    rows: 6,
    cols: 2,
  });
  liq.end();

  const keyDates = main.block("keyDates", "Key dates (SERIESC_KEYDATES)", "The issue date and the anniversaries the certificate counts from.");
  keyDates.spill("keyDates", mpwr("SERIESC_KEYDATES", termsRef), { header: true, columnFormats: [undefined, FORMATS.date], rows: 7, cols: 2 });
  keyDates.end();

  const terms = main.block(
    "terms",
    "Terms",
    "The certificate's terms; the functions read the Name and Value columns. Edit a value to model another certificate.",
  );
  termsTable(terms, T.terms, SERIES_C_TERMS, SERIES_C_TERM_DOCS, SERIES_C_TERM_FORMATS, input.terms);
  terms.end();

  // Side band: the holder's conversion and the dividend ledger (its length grows with the as-of date: last).
  const conv = side.block(
    "conversion",
    "Conversion of the holder's shares (SERIESC_CONVSHARES)",
    "Shares issued at the as-of date, cash in lieu of a fraction (Cert §5(a), (e), (n)).",
  );
  conv.spill("conversion", mpwr("SERIESC_CONVSHARES", name(shares), name(asOf), name(fmv), name(kind), ev, pay, termsRef), {
    header: true,
    columnFormats: [FORMATS.fractionalShares, FORMATS.fractionalShares, FORMATS.shares, FORMATS.money, FORMATS.perShare],
    rows: 2,
    cols: 5,
  });
  conv.end();

  const ledger = side.block(
    "dividendLedger",
    "Dividend ledger (SERIESC_DIVSCHEDULE)",
    "One row per dividend period to the as-of date; balances compound each 31 December (Cert §2).",
  );
  ledger.spill("dividendLedger", mpwr("SERIESC_DIVSCHEDULE", name(asOf), pay, termsRef), {
    header: true,
    columnFormats: [FORMATS.date, FORMATS.count, FORMATS.count, FORMATS.perShare, FORMATS.perShare, FORMATS.perShare, FORMATS.perShare],
    rows: 16,
    cols: 7,
  });
  ledger.end();

  const exit = side.block("exit", "Exit waterfall (SERIESC_EXIT)", "The proceeds shared by the capital's classes on the as-of date (Cert §4(a)).");
  exit.spill("exit", mpwr("SERIESC_EXIT", name(proceeds), name(asOf), table(T.capital), ev, pay, termsRef), {
    header: true,
    columnFormats: [undefined, undefined, undefined, FORMATS.money, FORMATS.perShare],
    rows: input.capital.length + 1 + SPARE_CLASSES,
    cols: 5,
  });
  exit.end();

  // Beside the events: how each moved the conversion price (one row per event, so it grows with them).
  const adj = adjustmentsBand.block(
    "adjustments",
    "Certificate of adjustment (SERIESC_ADJUSTMENTS)",
    "How each event moved the conversion price, and by which rule (Cert §5(l)).",
  );
  adj.spill("adjustments", mpwr("SERIESC_ADJUSTMENTS", name(asOf), ev, termsRef), {
    header: true,
    columnFormats: [FORMATS.date, undefined, FORMATS.perShare, undefined, FORMATS.perShare, FORMATS.perShare, undefined],
    rows: Math.max(2, input.events.length + 1),
    cols: 7,
  });
  adj.end();

  // Who holds what, and beside it what each holder receives at the exit value (one row per holder: it grows with them).
  const holdings = holdingsBand.block(
    "holdings",
    "Holders and their payouts (SERIESC_PAYOUTS)",
    "Who holds how much of which capital row; beside it, each holder's total and its amount from each row at the exit value (Cert §4(a), (c)).",
  );
  const holdingsTop = holdingsBand.row;
  holdings.table(
    T.holdings,
    [{ header: HOLDINGS_HEADERS[0] }, { header: HOLDINGS_HEADERS[1] }, { header: HOLDINGS_HEADERS[2], format: FORMATS.fractionalShares }],
    input.holdings,
  );
  holdings.spill(
    "payouts",
    mpwr("SERIESC_PAYOUTS", name(proceeds), name(asOf), table(T.capital), table(T.holdings), ev, pay, termsRef),
    {
      col: HOLDINGS_HEADERS.length,
      header: true,
      columnFormats: [undefined, ...Array<string>(classColumns + 1).fill(FORMATS.money)],
      rows: Math.max(1, input.holdings.length) + 1,
      cols: 2 + classColumns,
    },
    holdingsTop,
  );
  holdings.end();

  // The per-share payoff: the liquidation preference over a column of common values (a calculated column).
  const payoff = payoffBand.block("payoff", "Payoff per Series C share", "Preference at the as-of date by common value (Cert §4(a)).");
  payoff.table(
    T.payoff,
    [
      { header: PAYOFF_HEADERS[0], format: FORMATS.perShare },
      {
        header: PAYOFF_HEADERS[1],
        format: FORMATS.perShare,
        formula: mpwr("SERIESC_LIQPREF", name(asOf), thisRow(T.payoff, PAYOFF_HEADERS[0]), ev, pay, termsRef),
      },
    ],
    input.payoffValues.map((v) => [v, null]),
  );
  payoff.end();

  // The exit table over the breakpoints: SERIESC_EXIT_TABLE with no proceeds list takes $0, every exit value where the
  // distribution changes slope and points between them, so the chart drawn from it is exact at every kink.
  const breakpointRows = input.breakpoints ?? breakpointBound(input.capital.length);
  const exitTable = exitBand.block(
    "exitTable",
    "Exit table over the breakpoints (SERIESC_EXIT_TABLE)",
    "What each class receives at $0, at each breakpoint and between them, on the as-of date (Cert §4(a), (c)).",
  );
  exitTable.spill("exitTable", mpwr("SERIESC_EXIT_TABLE", EMPTY, name(asOf), table(T.capital), ev, pay, termsRef), {
    header: true,
    columnFormats: Array<string>(1 + classColumns).fill(FORMATS.money),
    rows: exitPointsOf(breakpointRows) + 1,
    cols: 1 + classColumns,
  });
  exitTable.end();

  // What a Series C share gets on a Sale of the Company by each route, and where the distribution changes slope (last: it grows).
  const sale = analysisBand.block(
    "sale",
    "Sale of the Company (SERIESC_SALE)",
    "Per Series C share on a sale at the fair market value: treated as a liquidation (§4(b)), converted (§5(e)(B)), redeemed (§6(a)); the best.",
  );
  sale.spill("sale", mpwr("SERIESC_SALE", name(asOf), name(fmv), notice ? name(notice) : EMPTY, ev, pay, termsRef), {
    header: true,
    columnFormats: [undefined, FORMATS.perShare, undefined, undefined],
    rows: SALE_ROUTES + 1,
    cols: 4,
  });
  sale.end();

  const breakpoints = analysisBand.block(
    "breakpoints",
    "Breakpoints (SERIESC_BREAKPOINTS)",
    "Every exit value where the distribution changes slope, with what happens there (Cert §4(a), (c)).",
  );
  breakpoints.spill("breakpoints", mpwr("SERIESC_BREAKPOINTS", table(T.capital), name(asOf), ev, pay, termsRef), {
    header: true,
    columnFormats: [FORMATS.money, undefined, undefined],
    rows: breakpointRows + 1,
    cols: 3,
    wrapColumns: [1],
  });
  breakpoints.end();

  return sheet.build();
}
