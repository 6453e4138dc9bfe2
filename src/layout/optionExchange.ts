import { OPTION_EXCHANGE_TERMS } from "../calc/optionExchange/terms";
import { OPTION_EXCHANGE_TERM_DOCS } from "../calc/optionExchange/termWords";
import { dayFromCivil } from "../calc/time/civil";
import { serialFromDay } from "../calc/time/excelSerial";
import { EMPTY, column, columns, index, mpwr, name, table, tableAll } from "./formula";
import { FORMATS } from "./formats";
import { ModelOptions } from "./seriesC";
import { SheetBuilder } from "./sheet";
import { TERMS_HEADERS, TermFormats, termsTable } from "./terms";
import { CellValue, ModelSheet, TableColumnSpec } from "./types";
import { ROSTER_COLUMN_TABLE, ROSTER_DEFAULT_ORDER, RosterColumnSpec } from "../input/rosterColumns";
import { EXAMPLE_ROSTER, isoParts } from "./exampleData";

/** The option exchange model: the offer's figures, a roster Table, one grant in detail (docs/workbook.md). */

const date = (y: number, m: number, d: number): number => serialFromDay(dayFromCivil(y, m, d));

/**
 * The roster's columns, in this order: the headers of the roster's columns in a roster without an
 * employee (src/input/rosterColumns.ts `ROSTER_COLUMN_TABLE`), which the pane's roster import recognises.
 */
export const ROSTER_HEADERS: readonly string[] = ROSTER_DEFAULT_ORDER.map((c) => (ROSTER_COLUMN_TABLE[c] as RosterColumnSpec).workbookHeader ?? c);
/** The roster's employee column, after Grant, when a grant has one (the pane's roster may name employees). */
export const EMPLOYEE_HEADER: string = ROSTER_COLUMN_TABLE.holder.workbookHeader;
/** The roster's expiration date column, before Type, when a grant has one (OPTEX_VALUATION reads it; else grant date + 10 years). */
export const EXPIRATION_HEADER: string = ROSTER_COLUMN_TABLE.expiration.workbookHeader;
/** The header over the new-options spill beside the roster. */
export const NEW_OPTIONS_HEADER = "New options";
export const OPTION_TYPES = ["ISO", "NSO"] as const;

export interface RosterGrant {
  grant: string | number;
  /** The employee (optionee); the roster gets an Employee column when any grant has one. */
  holder?: string;
  grantDate: number;
  options: number;
  exercisePrice: number;
  /** The eligible options' own expiration date (serial), when the pane's roster has one. */
  expiration?: number | null;
  type?: string | null;
}

export interface OptionExchangeModelInput {
  newStrike: number | null;
  /** Date of a notice changing the offer (Offer §14), for the extension. */
  noticeDate: number | null;
  /** Extra non-business days (closings by executive order), for the business-day counts. */
  holidays: number[];
  measureDate: number | null;
  /** Which roster row the "Selected grant" block shows (1 = first). */
  grantRow: number;
  eligibleOptions: number | null;
  transactionValue: number | null;
  roster: RosterGrant[];
  /**
   * Black–Scholes inputs for the selected grant's exchange value, when given:
   * the model then has these inputs and an OPTEX_EXCHANGE_VALUE block.
   */
  valuation?: ExchangeValuation;
  terms?: Partial<Record<keyof typeof OPTION_EXCHANGE_TERMS, CellValue | null>>;
}

export interface ExchangeValuation {
  spot: number;
  /** Continuously compounded risk-free rate (0.05 = 5 %). */
  rate: number;
  /** Annualized volatility (0.8 = 80 %). */
  vol: number;
  /** Years left in the selected grant's eligible options, for its OPTEX_EXCHANGE_VALUE block (absent: no such block; OPTEX_VALUATION takes each grant's own expiration). */
  oldYears?: number;
}

/**
 * The example: the Offer's figures (8,496,926 eligible options worth
 * $31,038,500 on the Schedule TO cover; $0.34, the last reported sale price of
 * 2001-08-22, as the assumed new exercise price) and three sample grants with
 * the option counts of Offer Q7's examples.
 */
export const OPTION_EXCHANGE_EXAMPLE: OptionExchangeModelInput = {
  newStrike: 0.34,
  noticeDate: date(2001, 9, 20),
  holidays: [],
  measureDate: date(2003, 9, 27),
  grantRow: 1,
  eligibleOptions: 8496926,
  transactionValue: 31038500,
  roster: EXAMPLE_ROSTER.map((g) => ({ ...g, grantDate: date(...isoParts(g.grantDate)) })),
};

export const OPTION_EXCHANGE_TERM_FORMATS: TermFormats<typeof OPTION_EXCHANGE_TERMS> = {
  ratio: FORMATS.ratio,
  commencementDate: FORMATS.date,
  expirationDate: FORMATS.date,
  recordDate: FORMATS.date,
  vestYears: FORMATS.count,
  termYears: FORMATS.count,
  postTerminationDays: FORMATS.count,
  isoLimit: FORMATS.money,
  extensionBusinessDays: FORMATS.count,
  feeRate: FORMATS.percent,
  vestingRounding: null,
  oldOptionTermYears: FORMATS.count,
  newExercisePrice: FORMATS.perShare,
  expectedTerm: null,
  daysPerYear: FORMATS.ratio,
};

export function optionExchangeModel(input: OptionExchangeModelInput = OPTION_EXCHANGE_EXAMPLE, options: ModelOptions = {}): ModelSheet {
  const p = options.prefix ?? "OX_";
  const T = { roster: `${p}Roster`, terms: `${p}Terms`, holidays: `${p}Holidays` };
  const N = { ratio: `${p}Ratio`, expiration: `${p}ExpirationDate`, feeRate: `${p}FeeRate` };
  const sheet = new SheetBuilder(
    options.sheetName ?? "Option exchange",
    "MPWR model: Mpower offer to exchange outstanding options (Schedule TO, Offer to Exchange)",
    "Formulas use the MPWR add-in; the values shown were cached from its calculation. Yellow cells are inputs; the roster Table grows as you add grants.",
  );
  // The fourth column holds the calendar's rules, wrapped (the calendar is the band's last block).
  const main = sheet.band([80, 24, 18, 60]);
  const side = sheet.band([13, 28, 27, 12, 12]);
  const withHolder = input.roster.some((g) => (g.holder ?? "") !== "");
  const withExpiration = input.roster.some((g) => g.expiration !== undefined && g.expiration !== null);
  const rosterBand = sheet.band([10, ...(withHolder ? [16] : []), 12, 13, 12, ...(withExpiration ? [12] : []), 8, 14]);
  // OPTEX_VALUATION's 13 columns, beside the roster (it grows with the roster's rows).
  const valuationBand = input.valuation ? sheet.band([10, 10, 9, 8, 10, 10, 8, 8, 10, 13, 13, 13, 13]) : undefined;
  const holidaysBand = sheet.band([14]);
  const termsRef = columns(T.terms, TERMS_HEADERS.name, TERMS_HEADERS.value);
  const ratio = name(N.ratio);

  const inputs = main.block("inputs", "Inputs", "Named cells: the formulas on this sheet read them by the name in the middle column.");
  inputs.header(["Input", "Name", "Value"]);
  const newStrike = inputs.input(`${p}NewStrike`, "New options' exercise price (assumed; Offer §1: the closing price on the grant date)", input.newStrike, {
    format: FORMATS.perShare,
  });
  const measureDate = inputs.input(`${p}MeasureDate`, "Date to measure vesting at", input.measureDate, { format: FORMATS.date });
  const grantRow = inputs.input(`${p}GrantRow`, "Roster row shown under Selected grant (1 = first)", input.grantRow, { format: FORMATS.count });
  const eligible = inputs.input(`${p}EligibleOptions`, "Options eligible for exchange (Schedule TO cover)", input.eligibleOptions, { format: FORMATS.shares });
  const value = inputs.input(`${p}TransactionValue`, "Aggregate value of the eligible options (Schedule TO cover)", input.transactionValue, {
    format: FORMATS.money,
  });
  const notice = inputs.input(`${p}NoticeDate`, "Date of a notice changing the offer (Offer §14)", input.noticeDate, { format: FORMATS.date });
  const v = input.valuation;
  const valuation = v && {
    spot: inputs.input(`${p}Spot`, "Stock price, for the exchange value (Black–Scholes)", v.spot, { format: FORMATS.perShare }),
    rate: inputs.input(`${p}Rate`, "Risk-free rate, continuously compounded", v.rate, { format: FORMATS.percent }),
    vol: inputs.input(`${p}Vol`, "Volatility, annualized", v.vol, { format: FORMATS.percent }),
    oldYears:
      v.oldYears === undefined ? undefined : inputs.input(`${p}OldYears`, "Years left in the eligible options' term", v.oldYears, { format: FORMATS.ratio }),
  };
  inputs.end();

  const totals = main.block("offer", "The offer", "The offer's totals from the cover page and Offer §2, and the roster's total.");
  totals.header(["Result", "Function", "Value"]);
  totals.result("New options for all eligible options (Offer §2)", mpwr("OPTEX_TOTAL", name(eligible), ratio), FORMATS.shares);
  totals.result("Schedule TO filing fee (cover page)", mpwr("OPTEX_FILING_FEE", name(value), name(N.feeRate)), FORMATS.money);
  totals.result("New options for the roster: per-grant floors (Offer §1, Q7)", mpwr("OPTEX_TOTAL", column(T.roster, ROSTER_HEADERS[2]), ratio), FORMATS.shares);
  totals.result("Expiration after that notice (Offer §1, §14)", mpwr("OPTEX_EXTENSION", name(notice), EMPTY, table(T.holidays), termsRef), FORMATS.date);
  totals.end();

  const grant = main.block(
    "selectedGrant",
    "Selected grant",
    "One grant of the roster (row in Inputs): its new options, vesting, break-even and last exercise day.",
  );
  grant.header(["Item", "Name", "Value"]);
  const row = name(grantRow);
  grant.result("Grant", index(column(T.roster, ROSTER_HEADERS[0]), row), FORMATS.id, `${p}Grant`);
  grant.result("Grant date of the eligible option", index(column(T.roster, ROSTER_HEADERS[1]), row), FORMATS.date, `${p}GrantDate`);
  const grantOptions = `${p}GrantOptions`;
  grant.result("Options outstanding", index(column(T.roster, ROSTER_HEADERS[2]), row), FORMATS.shares, grantOptions);
  const grantStrike = `${p}GrantStrike`;
  grant.result("Exercise price", index(column(T.roster, ROSTER_HEADERS[3]), row), FORMATS.perShare, grantStrike);
  const newOptions = `${p}GrantNewOptions`;
  grant.resultSpill("grantNewOptions", "New options (Offer §1, Q7)", mpwr("OPTEX_NEWSHARES", name(grantOptions), ratio), FORMATS.shares, newOptions);
  grant.result(
    "New options vested at the measure date (Agreement §5A)",
    mpwr("OPTEX_VESTED", name(newOptions), name(measureDate), EMPTY, EMPTY, EMPTY, termsRef),
    FORMATS.shares,
    `${p}GrantVested`,
  );
  grant.result(
    "Break-even stock price: above it the old option is worth more",
    mpwr("OPTEX_BREAKEVEN", name(grantStrike), name(newStrike), ratio),
    FORMATS.perShare,
    `${p}GrantBreakeven`,
  );
  grant.result(
    "Last exercise day of the new options (Agreement §5E)",
    mpwr("OPTEX_EXPIRY", name(N.expiration), EMPTY, termsRef),
    FORMATS.date,
    `${p}GrantLastDay`,
  );
  grant.end();

  const terms = main.block("terms", "Terms", "The offer's terms; the functions read the Name and Value columns. Edit a value to model another offer.");
  const t = termsTable(terms, T.terms, OPTION_EXCHANGE_TERMS, OPTION_EXCHANGE_TERM_DOCS, OPTION_EXCHANGE_TERM_FORMATS, input.terms);
  terms.nameCell(N.ratio, t.valueCells.ratio, "Exchange ratio: new options per eligible option");
  terms.nameCell(N.expiration, t.valueCells.expirationDate, "Expiration date, when the new options are granted");
  terms.nameCell(N.feeRate, t.valueCells.feeRate, "Filing fee rate");
  terms.end();

  const calendar = main.block(
    "calendar",
    "The offer's calendar (OPTEX_DEADLINES)",
    "From commencement to the withdrawal right, business days as Offer §1 counts them, and whether the 11:59 p.m. expiry meets the 20-business-day minimum (Offer §1, §5, §14; Rule 13e-4(a)(3)).",
  );
  calendar.spill("calendar", mpwr("OPTEX_DEADLINES", EMPTY, EMPTY, table(T.holidays), termsRef), {
    header: true,
    columnFormats: [undefined, FORMATS.date, undefined, undefined],
    rows: 11,
    cols: 4,
    wrapColumns: [3],
  });
  calendar.end();

  const schedule = side.block(
    "vesting",
    "Vesting of the selected grant (OPTEX_SCHEDULE)",
    "Annual installments from the new grant date (Offer Q11, Agreement §5A).",
  );
  schedule.spill("vestingSchedule", mpwr("OPTEX_SCHEDULE", name(newOptions), EMPTY, termsRef), {
    header: true,
    columnFormats: [FORMATS.date, FORMATS.shares, FORMATS.shares],
    rows: 11,
    cols: 3,
  });
  schedule.end();

  const iso = side.block(
    "iso",
    "ISO and NSO split of the selected grant (OPTEX_ISO)",
    "Shares first exercisable each year within the $100,000 ISO limit (Offer §13).",
  );
  iso.spill("isoSplit", mpwr("OPTEX_ISO", name(newOptions), name(newStrike), EMPTY, EMPTY, termsRef), {
    header: true,
    columnFormats: [FORMATS.year, FORMATS.shares, FORMATS.money, FORMATS.shares, FORMATS.shares],
    rows: 11,
    cols: 5,
  });
  iso.end();

  if (valuation?.oldYears) {
    const value = side.block(
      "exchangeValue",
      "Exchange value of the selected grant (OPTEX_EXCHANGE_VALUE)",
      "Black–Scholes value of the eligible grant and of its new options, and the incremental value.",
    );
    // The new options' term is the terms Table's, read from its cell (Agreement §5G).
    const termYears = { kind: "cell" as const, ...t.valueCells.termYears };
    value.spill(
      "exchangeValue",
      mpwr(
        "OPTEX_EXCHANGE_VALUE",
        name(grantOptions),
        name(grantStrike),
        name(valuation.oldYears),
        name(newStrike),
        name(valuation.spot),
        name(valuation.rate),
        name(valuation.vol),
        termYears,
        ratio,
      ),
      // Rows: header, old grant value, new grant value, incremental value, value-for-value ratio.
      { header: true, columnFormats: [undefined, FORMATS.money], cellFormats: [{ row: 4, col: 1, format: FORMATS.ratio }], rows: 5, cols: 2 },
    );
    value.end();
  }

  const roster = rosterBand.block("roster", "Roster", "Eligible grants; add rows below. New options spill beside them (Offer §1, Q7).");
  const top = rosterBand.row;
  const rosterColumns: TableColumnSpec[] = [
    { header: ROSTER_HEADERS[0], format: FORMATS.id },
    ...(withHolder ? [{ header: EMPLOYEE_HEADER }] : []),
    { header: ROSTER_HEADERS[1], format: FORMATS.date },
    { header: ROSTER_HEADERS[2], format: FORMATS.shares },
    { header: ROSTER_HEADERS[3], format: FORMATS.perShare },
    ...(withExpiration ? [{ header: EXPIRATION_HEADER, format: FORMATS.date }] : []),
    { header: ROSTER_HEADERS[4] },
  ];
  const data = roster.table(
    T.roster,
    rosterColumns,
    input.roster.map((g) => [
      g.grant === "" ? null : g.grant,
      ...(withHolder ? [g.holder ? g.holder : null] : []),
      g.grantDate,
      g.options,
      g.exercisePrice,
      ...(withExpiration ? [g.expiration ?? null] : []),
      g.type ?? null,
    ]),
  );
  const typeCol = data.left + rosterColumns.length - 1;
  roster.validate({ ...data, left: typeCol, right: typeCol }, OPTION_TYPES, "ISO or NSO (optional).");
  roster.cell(top, typeCol + 1, "header", NEW_OPTIONS_HEADER);
  roster.spill(
    "newOptions",
    mpwr("OPTEX_NEWSHARES", column(T.roster, ROSTER_HEADERS[2]), ratio),
    { col: rosterColumns.length, header: false, columnFormats: [FORMATS.shares], rows: Math.max(1, input.roster.length), cols: 1 },
    top + 1,
  );
  roster.end();

  if (valuationBand && valuation) {
    const rosterValue = valuationBand.block(
      "rosterValuation",
      "Valuation of every grant (OPTEX_VALUATION)",
      "ASC 718 modification at the expiration date: old and new fair value per grant, incremental fair value and cost (never below 0 per grant), and the total.",
    );
    const perOption = FORMATS.perShare;
    rosterValue.spill(
      "rosterValuation",
      mpwr("OPTEX_VALUATION", tableAll(T.roster), name(N.expiration), name(valuation.spot), name(valuation.rate), name(valuation.vol), EMPTY, termsRef),
      {
        header: true,
        columnFormats: [
          FORMATS.id,
          FORMATS.shares,
          perOption,
          FORMATS.ratio,
          perOption,
          FORMATS.shares,
          perOption,
          FORMATS.ratio,
          perOption,
          FORMATS.money,
          FORMATS.money,
          FORMATS.money,
          FORMATS.money,
        ],
        rows: input.roster.length + 2,
        cols: 13,
      },
    );
    rosterValue.end();
  }

  const holidays = holidaysBand.block("holidays", "Holidays", "Extra non-business days besides the federal holidays (closings by executive order).");
  holidays.table(
    T.holidays,
    [{ header: "Date", format: FORMATS.date }],
    input.holidays.map((d) => [d]),
  );
  holidays.end();

  return sheet.build();
}
