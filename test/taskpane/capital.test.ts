import { prepareExit } from "../../src/calc/seriesC/exit";
import { exitBreakpoints } from "../../src/calc/seriesC/exitBreakpoints";
import {
  CAPITAL_FIELDS,
  CapitalFormRow,
  capitalCells,
  capitalFieldId,
  capitalRowsFromValues,
  emptyCapitalRow,
  exampleCapital,
  readCapital,
} from "../../src/taskpane/model/capital";
import { seriesCModelInput } from "../../src/taskpane/model/modelInput";
import { defaultSeriesCForm, parseSeriesC } from "../../src/taskpane/model/seriesC";

const row = (id: string, name: string, type: string, quantity = "", a = "", b = "", c = ""): CapitalFormRow => ({ id, name, type, quantity, a, b, c });

describe("capital table of the Series C tab (SERIESC_EXIT's capital, Cert §4)", () => {
  test("the example is SERIESC_EXIT's example in docs/functions.md, read into exact rows", () => {
    const r = readCapital(exampleCapital(), "");
    expect(r.problems).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.capital.map((x) => [x.row, x.name, x.type, x.quantity.toNumber(), x.a.toNumber(), x.b.toNumber(), x.c.toNumber()])).toEqual([
      [1, "Notes", "SENIOR", 10_000_000, 0, 0, 0],
      [2, "Series C", "SERIESC", 1_000_000, 0, 0, 0],
      [3, "Series D", "PARITY", 500_000, 20, 2, 1],
      [4, "Common", "COMMON", 10_000_000, 0, 0, 0],
      [5, "Options", "OPTION", 2_000_000, 10, 0, 0],
    ]);
    expect(capitalCells(r)).toEqual([
      ["Notes", "SENIOR", 10_000_000, null, null, null],
      ["Series C", "SERIESC", 1_000_000, null, null, null],
      ["Series D", "PARITY", 500_000, 20, 2, 1],
      ["Common", "COMMON", 10_000_000, null, null, null],
      ["Options", "OPTION", 2_000_000, 10, null, null],
    ]);
  });

  test("each type has labelled fields for the columns it uses, and only those", () => {
    expect(CAPITAL_FIELDS.SENIOR.map((s) => s.col)).toEqual(["quantity", "rank"]);
    expect(CAPITAL_FIELDS.COMMON.map((s) => s.col)).toEqual(["quantity"]);
    expect(CAPITAL_FIELDS.JUNIOR.map((s) => s.col)).toEqual(["quantity", "a", "b", "c", "rank", "participation"]);
    expect(CAPITAL_FIELDS.PARITY.map((s) => s.col)).toEqual(["quantity", "a", "b", "c", "participation"]);
    expect(CAPITAL_FIELDS.PARITY.map((s) => s.label)).toEqual([
      "Shares",
      "Liquidation preference per share (dividends excluded)",
      "Accrued unpaid dividends per share",
      "Common shares per share on conversion",
      "Participation (optional)",
    ]);
    expect(CAPITAL_FIELDS.OPTION.map((s) => s.label)).toEqual(["Shares under the options", "Exercise price per share"]);
    expect(CAPITAL_FIELDS.WARRANT.map((s) => s.label)).toEqual(["Shares under the warrants", "Exercise price per share"]);
    // a value left in a column the type does not use (the row was a PARITY row before) is not read
    const r = readCapital([row("1", "Notes", "SENIOR", "5,000,000", "20", "2", "1"), row("2", "Common", "COMMON", "100")], "");
    expect(r.problems).toEqual([]);
    expect(capitalCells(r)[0]).toEqual(["Notes", "SENIOR", 5_000_000, null, null, null]);
  });

  test("an OPTION row without an exercise price is a problem of that field, in the pane's words; 0 is a zero strike", () => {
    const r = readCapital([row("1", "Common", "COMMON", "100"), row("2", "Warrants", "OPTION", "10")], "");
    expect(r.problems.map((p) => p.field)).toEqual([expect.stringContaining("2")]);
    expect(r.problems[0].message).toMatch(/Exercise price per share: a number is required/);
    expect(r.problems[0].message).not.toMatch(/column a|capital:/);
    expect(readCapital([row("1", "Common", "COMMON", "100"), row("2", "Warrants", "OPTION", "10", "0")], "").problems).toEqual([]);
  });

  test("problems name the row and the field's visible label, and point at that field", () => {
    const r = readCapital([row("7", "", "PARITY", "-5", "x", "", "3/2"), row("9", "Common", "COMMON", "")], "");
    expect(r.problems).toEqual([
      { field: capitalFieldId("7", "name"), message: 'Capital row 1, Name of the class: required, e.g. "Series C"' },
      {
        field: capitalFieldId("7", "a"),
        message: 'Capital row 1, Liquidation preference per share (dividends excluded): expected a number such as 1,000, 12.50, got "x"',
      },
      { field: capitalFieldId("9", "quantity"), message: "Capital row 2, Common shares outstanding: a number is required" },
    ]);
    expect(r.complete).toBe(false);
    expect(r.capital).toEqual([]);
  });

  test("the calc's own checks, relabelled: a negative quantity or column, a second SERIESC row", () => {
    const negative = readCapital([row("1", "Series D", "PARITY", "-5", "20", "-2", "1.5")], "");
    expect(negative.problems).toEqual([{ field: capitalFieldId("1", "quantity"), message: "Capital row 1, Shares: must not be negative, got -5" }]);
    const column = readCapital([row("1", "Series D", "PARITY", "5", "20", "-2", "1.5")], "");
    expect(column.problems).toEqual([
      { field: capitalFieldId("1", "b"), message: "Capital row 1, Accrued unpaid dividends per share: must not be negative, got -2" },
    ]);
    const twice = readCapital([row("a", "Series C", "SERIESC", "1,000"), row("b", "Common", "COMMON", "10"), row("c", "More C", "SERIESC", "5")], "");
    expect(twice.problems).toEqual([
      {
        field: capitalFieldId("c", "type"),
        message: "Capital row 3, a second SERIESC row (capital row 1 is the first): the Series C is one class, give its shares outstanding on one row",
      },
    ]);
    expect(twice.complete).toBe(false);
  });

  test("more than 12 classes that may convert: one message on the last of them", () => {
    const rows = [
      row("s", "Series C", "SERIESC", "1"),
      ...Array.from({ length: 12 }, (_, i) => row(`p${i}`, `P${i}`, "PARITY", "1", "1", "0", "1")),
      row("x", "Common", "COMMON", "1"),
    ];
    const r = readCapital(rows, "");
    expect(r.problems).toEqual([
      {
        field: capitalFieldId("p11", "type"),
        message:
          "Capital: 13 classes choose between their preference and conversion (SERIESC, and preferred rows with column c above 0 that are not fully participating); at most 12",
      },
    ]);
  });

  test("rank and participation: typed where the type takes them, FULL or a cap, checked as SERIESC_EXIT checks them", () => {
    const r = readCapital(
      [
        { ...row("1", "Series B", "PREFERRED", "100", "10", "0", "1"), rank: "3", participation: "full" },
        { ...row("2", "Series A", "JUNIOR", "100", "10", "0", "1"), participation: "$30" },
        { ...row("3", "Series Z", "JUNIOR", "100", "10", "0", "1"), participation: "5" },
        row("4", "Common", "COMMON", "1000"),
      ],
      "",
    );
    expect(r.rows[0].row).toMatchObject({ rank: 3, rankGiven: true, participation: "FULL" });
    expect(r.rows[1].row?.participation?.toString()).toBe("30");
    expect(r.rows[2].problems).toEqual([
      { field: capitalFieldId("3", "participation"), message: "Capital row 3, Participation (optional): must be at least the preference and dividends, 10" },
    ]);
  });

  test("a row just added is not counted and shows nothing until filled in; it is listed as left out", () => {
    const r = readCapital([...exampleCapital(), emptyCapitalRow("9")], "");
    expect(r.rows[5].blank).toBe(true);
    expect(r.complete).toBe(true);
    expect(r.capital.length).toBe(5);
    expect(r.leftOut).toEqual(["capital row 6 (not filled in yet)"]);
    expect(r.problems.map((p) => p.field)).toEqual([capitalFieldId("9", "name"), capitalFieldId("9", "quantity")]); // shown on Insert
  });

  test("the exit chart's range: empty is automatic; otherwise a positive amount", () => {
    expect(readCapital([], "").exitMax).toBeUndefined();
    expect(readCapital([], "$2,500,000").exitMax?.toNumber()).toBe(2_500_000);
    expect(readCapital([], "0").problems).toEqual([{ field: "sc-exitmax", message: "Largest exit value on the chart: must be greater than 0, got 0" }]);
    expect(readCapital([], "lots").exitMaxError).toBe('Largest exit value on the chart: expected a number such as 1,000, 12.50, got "lots"');
  });

  test("the Series C form carries the capital: its problems are the form's (Insert writes nothing while one stands)", () => {
    const p = parseSeriesC({ ...defaultSeriesCForm(), capital: [row("1", "Common", "COMMON", "-1")] }, "MDY");
    expect(p.problems.map((x) => x.message)).toEqual(["Capital row 1, Common shares outstanding: must not be negative, got -1"]);
    expect(p.leftOut).toEqual(["capital row 1"]);
    expect(parseSeriesC(defaultSeriesCForm(), "MDY").capital.capital).toEqual([]);
  });

  test("a capital range from the sheet: header, numbers and text, unknown types and values in unused columns reported", () => {
    const read = capitalRowsFromValues([
      ["Name", "Type", "Quantity", "a", "b", "c"],
      ["Notes", "senior", 10_000_000, 0, 0, 0],
      ["", "", "", "", "", ""],
      ["Series D", "PARITY", 500_000, 20, 2, 1],
      ["Bonds", "BOND", 5, 1, 0, 0],
      ["Common", "COMMON", "1,000", 3, null, null],
    ]);
    expect(read.rows).toEqual([
      { id: "1", name: "Notes", type: "SENIOR", quantity: "10000000", a: "", b: "", c: "", rank: "", participation: "" },
      { id: "2", name: "Series D", type: "PARITY", quantity: "500000", a: "20", b: "2", c: "1", rank: "", participation: "" },
      { id: "3", name: "Common", type: "COMMON", quantity: "1,000", a: "", b: "", c: "", rank: "", participation: "" },
    ]);
    expect(read.problems).toEqual([
      'row 5: "BOND" is not a capital type (SENIOR, SERIESC, PREFERRED, PARITY, JUNIOR, COMMON, OPTION, WARRANT)',
      'row 6: a COMMON row has no column a; its "3" was not used',
    ]);
  });
});

describe("Insert model gets the capital table as typed", () => {
  test("a value left in a column the type does not use is not written (SERIESC_EXIT would refuse it)", () => {
    const rows = [
      row("1", "Notes", "SENIOR", "5,000,000", "20", "2", "1"),
      row("2", "Opt", "OPTION", "100", "$4", "9", "9"),
      row("3", "Common", "COMMON", "1,000"),
    ];
    const form = { ...defaultSeriesCForm(), capital: rows };
    const m = seriesCModelInput(parseSeriesC(form, "MDY"));
    expect(m.input.capital).toEqual([
      ["Notes", "SENIOR", 5_000_000, null, null, null],
      ["Opt", "OPTION", 100, 4, null, null],
      ["Common", "COMMON", 1000, null, null, null],
    ]);
  });

  test("the model keeps a row free for each of the capital's breakpoints (SERIESC_BREAKPOINTS, the exit table over them)", () => {
    const form = { ...defaultSeriesCForm(), capital: exampleCapital() };
    const p = parseSeriesC(form, "MDY");
    const m = seriesCModelInput(p);
    const found = exitBreakpoints(prepareExit(p.terms, { day: p.asOf!, capital: p.capital.capital, events: [], payments: [] }));
    expect(m.input.breakpoints).toBe(found.length);
    expect(found.length).toBeGreaterThan(0);
  });
});
