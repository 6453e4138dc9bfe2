import { dayFromCivil } from "../../src/calc/time/civil";
import { serialFromDay } from "../../src/calc/time/excelSerial";
import { readRoster } from "../../src/input/roster";
import { OPTION_EXCHANGE_EXAMPLE, SERIES_C_EXAMPLE, optionExchangeModel, seriesCModel } from "../../src/layout";
import { CapitalFormRow } from "../../src/taskpane/model/capital";
import { optionExchangeModelInput, seriesCModelInput } from "../../src/taskpane/model/modelInput";
import { defaultOptionExchangeForm, readOptionExchangeInputs } from "../../src/taskpane/model/optionExchange";
import { gridFromText } from "../../src/taskpane/model/paste";
import { EventRow, defaultSeriesCForm, parseSeriesC } from "../../src/taskpane/model/seriesC";

/**
 * The pane's inputs as the model layout's: what the user typed goes in, the
 * inputs the pane has no field for stay empty and are named, and nothing of
 * the example workbook's data (its capital, prices, proceeds, exit values,
 * sample grants) is ever written.
 */

const serial = (y: number, m: number, d: number) => serialFromDay(dayFromCivil(y, m, d));
const ev = (id: string, o: Partial<EventRow>): EventRow => ({ id, date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "", ...o });
const capitalRow = (name: string, type: string, quantity: string, a = "", b = "", c = ""): CapitalFormRow => ({ id: name, name, type, quantity, a, b, c });

describe("Series C", () => {
  test("the typed inputs, the same common value for the liquidation and the FMV, the as-of date as the redemption date; the rest empty", () => {
    const form = {
      ...defaultSeriesCForm(),
      asOf: "2002-12-31",
      fmv: "$30",
      trigger: "3D",
      noticeDate: "2002-11-15",
      events: [ev("1", { date: "2000-08-29", a: "3/2" }), ev("2", { date: "2001-03-01", type: "STOCKDIV", a: "1,000,000", b: "50000" })],
      payments: [{ id: "1", date: "2000-12-31", amount: "$2.80" }],
    };
    const r = seriesCModelInput(parseSeriesC(form, "MDY"));
    const { payoffValues, ...rest } = r.input;
    expect(rest).toEqual({
      asOf: serial(2002, 12, 31),
      commonValue: 30,
      shares: 1000,
      fmv: 30,
      conversionKind: "OPTIONAL",
      redemptionDate: serial(2002, 12, 31),
      trigger: "3D",
      noticeDate: serial(2002, 11, 15),
      outstanding: null,
      events: [
        [serial(2000, 8, 29), "SPLIT", 1.5, null, null, null],
        [serial(2001, 3, 1), "STOCKDIV", 1_000_000, 50_000, null, null],
      ],
      payments: [[serial(2000, 12, 31), 2.8]],
      prices: [],
      proceeds: null,
      capital: [],
      // every term its default: the terms Table keeps the defaults
      terms: {},
      holdings: [],
    });
    // The payoff Table's common values: from 0, ascending, with the value typed among them.
    expect(payoffValues[0]).toBe(0);
    expect(payoffValues).toContain(30);
    payoffValues.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(payoffValues[i]));
    expect(r.notes[0]).toBe(
      "Left empty for you to fill in: the Series C shares outstanding (for the class vote); the exit value (for the exit waterfall and the holders' payouts); the closing prices (for the Market Threshold date); the holders Table (for the payouts by holder); the capital Table, written with its header only: type your classes in it for the exit waterfall and the exit table.",
    );
    // The layout then writes the capital Table with its header and one empty row, and no exit values.
    const m = seriesCModel(r.input);
    expect(m.tables.find((t) => t.name === "SC_Capital")!.rows).toEqual([[null, null, null, null, null, null, null, null]]);
    expect(m.tables.find((t) => t.name === "SC_Holdings")!.rows).toEqual([[null, null, null]]);
  });

  test("none of the example workbook's data: its capital, closing prices, proceeds and exit values are not in the model", () => {
    const m = seriesCModel(seriesCModelInput(parseSeriesC(defaultSeriesCForm(), "MDY")).input);
    const values = new Set(m.cells.map((c) => c.value));
    for (const [name] of SERIES_C_EXAMPLE.capital) expect([name, values.has(name)]).toEqual([name, false]);
    expect(values.has(SERIES_C_EXAMPLE.proceeds as number)).toBe(false);
    expect(m.tables.find((t) => t.name === "SC_Prices")!.rows).toEqual([[null, null]]);
  });

  test("with a capital table: its rows as numbers, the Series C row's shares as the shares outstanding, a row kept for each breakpoint", () => {
    const capital = [
      capitalRow("Notes", "senior", "10,000,000"),
      capitalRow("Series C", "SERIESC", "1,000,000"),
      capitalRow("Series D", "PARITY", "500000", "20", "2", "1"),
      capitalRow("Common", "COMMON", "10000000"),
      capitalRow("Options", "OPTION", "2,000,000", "$10"),
    ];
    const r = seriesCModelInput(parseSeriesC({ ...defaultSeriesCForm(), capital }, "MDY"));
    expect(r.input.capital).toEqual([
      ["Notes", "SENIOR", 10_000_000, null, null, null],
      ["Series C", "SERIESC", 1_000_000, null, null, null],
      ["Series D", "PARITY", 500_000, 20, 2, 1],
      ["Common", "COMMON", 10_000_000, null, null, null],
      ["Options", "OPTION", 2_000_000, 10, null, null],
    ]);
    expect(r.input.outstanding).toBe(1_000_000);
    expect(r.classes).toEqual(["Notes", "Series C", "Series D", "Common", "Options"]);
    // The breakpoints and the exit table over them keep a row for each of the capital's breakpoints.
    expect(r.input.breakpoints).toBeGreaterThan(1);
    // The exit value and the holders typed in the exit section.
    const holders = [{ id: "1", holder: "Fund A", row: "series c", quantity: "600,000" }];
    const withExit = seriesCModelInput(parseSeriesC({ ...defaultSeriesCForm(), capital, exitValue: "$800,000,000", holders }, "MDY"));
    expect([withExit.input.proceeds, withExit.input.holdings]).toEqual([800_000_000, [["Fund A", "series c", 600_000]]]);
    expect(r.notes[0]).not.toMatch(/capital|shares outstanding/);
  });

  test("a capital table SERIESC_EXIT would refuse is a problem of the form, and none of its rows is written", () => {
    const capital = [capitalRow("C1", "SERIESC", "1"), capitalRow("C2", "SERIESC", "2"), capitalRow("Common", "COMMON", "10")];
    const p = parseSeriesC({ ...defaultSeriesCForm(), capital }, "MDY");
    expect(p.problems.map((x) => x.message)).toEqual([expect.stringMatching(/^Capital row 2, .*second SERIESC row/)]);
    const r = seriesCModelInput(p);
    expect(r.input.capital).toEqual([]);
    expect(r.input.holdings).toEqual([]);
    expect(r.input.breakpoints).toBeUndefined();
    expect(r.classes).toEqual([]);
  });
});

describe("option exchange", () => {
  test("the roster as typed (ids that are whole numbers as numbers, employees), the ratio and expiration as terms, the valuation; the rest empty", () => {
    const form = {
      ...defaultOptionExchangeForm(),
      newStrike: "4.50",
      ratio: "3/4",
      expiration: "2001-09-21",
      spot: "6",
      rate: "5%",
      vol: "80%",
      oldYears: "8.5",
    };
    const inputs = readOptionExchangeInputs(form, "MDY").inputs;
    const grants = readRoster(
      gridFromText(
        'Optionee,Grant ID,Grant date,Options outstanding,Exercise price,Type\nAnn,1001,2000-03-15,"1,000",$25.00,ISO\n,G-7,2000-11-01,1525,12.5,\n,007,2000-12-01,525,4,NSO',
      ),
      "MDY",
    ).grants;
    const r = optionExchangeModelInput(inputs, grants);
    expect(r.input).toEqual({
      newStrike: 4.5,
      noticeDate: null,
      holidays: [],
      measureDate: null,
      grantRow: 1,
      eligibleOptions: 8_496_926,
      transactionValue: 31_038_500,
      roster: [
        { grant: 1001, holder: "Ann", grantDate: serial(2000, 3, 15), options: 1000, exercisePrice: 25, type: "ISO" },
        { grant: "G-7", grantDate: serial(2000, 11, 1), options: 1525, exercisePrice: 12.5, type: null },
        { grant: "007", grantDate: serial(2000, 12, 1), options: 525, exercisePrice: 4, type: "NSO" },
      ],
      terms: { ratio: 0.75, expirationDate: serial(2001, 9, 21), newExercisePrice: 4.5 },
      valuation: { spot: 6, rate: 0.05, vol: 0.8, oldYears: 8.5 },
    });
    expect(r.notes[0]).toBe(
      "Left empty for you to fill in: the date to measure vesting at and the date of a notice changing the offer; the holidays Table is empty.",
    );
    // None of the example's sample grants or its assumed $0.34.
    const m = optionExchangeModel(r.input);
    expect(m.tables.find((t) => t.name === "OX_Roster")!.rows.map((row) => row[0])).toEqual([1001, "G-7", "007"]);
    expect(m.cells.some((c) => c.value === OPTION_EXCHANGE_EXAMPLE.newStrike)).toBe(false);
  });
});
