import path from "path";
import ExcelJS from "exceljs";
import { dayFromCivil } from "../../src/calc/time/civil";
import { columnMapProblems, columnOfHeader, isTotalRow, readHeader, readRoster, RosterMapping, TOTAL_ROW } from "../../src/input/roster";
import { gridFromText } from "../../src/taskpane/model/paste";

const D = (y: number, m: number, d: number) => dayFromCivil(y, m, d);

describe("header names: any order, case and spacing ignored", () => {
  test.each([
    ["Grant", "grant"],
    ["grant  ID", "grant"],
    ["Grant #", "grant"],
    ["Employee", "holder"],
    ["OPTIONEE", "holder"],
    ["Grant date", "grantDate"],
    ["grant date (eligible option)", "grantDate"],
    ["Date of grant", "grantDate"],
    ["Options outstanding", "options"],
    ["eligible options", "options"],
    ["Outstanding", "options"],
    ["Options", "options"],
    ["Exercise price", "price"],
    ["Strike", "price"],
    ["strike price", "price"],
    ["ISO/NSO", "type"],
    ["Type", "type"],
  ])("%s → %s", (header, column) => expect(columnOfHeader(header)?.column).toBe(column));

  test.each(["New options", "vested at B8", "Break-even price", "breakeven price", "last exercise day", "Exchange ratio", "Notes"])(
    "%s is not a roster input",
    (header) => {
      expect(columnOfHeader(header)).toBeUndefined();
    },
  );

  test("eligible beats outstanding beats options when several could be the options", () => {
    const h = readHeader(["Grant", "Grant date", "Options", "Options outstanding", "Eligible options", "Exercise price"]);
    expect(h.columns.options).toBe(4);
    expect(h.problem).toBeUndefined();
  });

  test("one clear message naming each missing required column", () => {
    expect(readHeader(["Grant", "Grant date", "Options"]).problem).toBe(
      "the header row has no exercise price column (e.g. Exercise price, Strike price, Strike, Option price)",
    );
    expect(readHeader(["Options", "Strike"]).problem).toBe(
      "the header row has no grant id or employee column (e.g. Grant, Grant ID, Grant number, Security ID, Award ID, Employee, Optionee, Holder, Name, Stakeholder Name); no grant date column (e.g. Grant date, Date of grant, Issue Date)",
    );
    expect(readHeader(["Grant", "Grant date", "Strike", "Strike price", "Options"]).problem).toBe('"Strike" and "Strike price" both name the exercise price');
  });
});

describe("rows: pasted CSV / TSV, and the values of a selected range", () => {
  test("CSV with the columns in another order, quotes, thousands separators, $ and CRLF", () => {
    const text =
      'Exercise Price,Options Outstanding,Grant Date,Optionee,Grant ID\r\n"$1,025.50","1,000",2000-03-15,"Smith, Ann",A-1\r\n12.50,1525,11/1/2000,Bob,A-2\r\n';
    const r = readRoster(gridFromText(text), "MDY");
    expect(r.header.problem).toBeUndefined();
    expect(r.grants).toEqual([
      { line: 2, grant: "A-1", holder: "Smith, Ann", grantDate: D(2000, 3, 15), options: 1000, price: 1025.5, problems: [] },
      { line: 3, grant: "A-2", holder: "Bob", grantDate: D(2000, 11, 1), options: 1525, price: 12.5, problems: [] },
    ]);
  });

  test("tab-separated paste from Excel: cells with tabs or quotes are quoted", () => {
    const text = 'Grant\tGrant date\tOptions outstanding\tExercise price\tType\n"Grant ""A"""\t36600\t1,000\t$25.00\tNSO\n1002\t2000-11-01\t525\t4\tiso';
    const r = readRoster(gridFromText(text), "MDY");
    expect(r.grants.map((g) => [g.grant, g.grantDate, g.options, g.price, g.type])).toEqual([
      ['Grant "A"', 36600, 1000, 25, "NSO"],
      ["1002", D(2000, 11, 1), 525, 4, "ISO"],
    ]);
  });

  test("without a header: grant id | grant date | options | exercise price | type", () => {
    const r = readRoster(gridFromText("1001\t2000-01-01\t100\t5\n\n1002\t3/4/2001\t200\t6\tNSO"), "DMY");
    expect(r.header.isHeader).toBe(false);
    expect(r.grants.map((g) => [g.line, g.grant, g.grantDate, g.type])).toEqual([
      [1, "1001", D(2000, 1, 1), undefined],
      [3, "1002", D(2001, 4, 3), "NSO"], // 3/4/2001 in D/M/Y
    ]);
  });

  test("a problem per cell, named by column", () => {
    const r = readRoster(gridFromText("Grant,Grant date,Options,Exercise price,Type\nA,soon,ten,,maybe"), "MDY");
    expect(r.grants[0].problems.map((p) => p.message)).toEqual([
      'grant date: "soon" is not a date: use YYYY-MM-DD, M/D/YYYY or an Excel date serial',
      'options: expected a number such as 1,000, 12.50, got "ten"',
      "the exercise price is missing",
      'ISO/NSO type: expected ISO or NSO, got "maybe"',
    ]);
  });

  test("a title row above the header is skipped", () => {
    const r = readRoster(
      [
        ["Election Form, Table 1: eligible option grants", "", ""],
        ["Grant", "Grant date", "Options outstanding", "Exercise price"],
        ["1001", 36600, 1000, 25],
      ],
      "MDY",
    );
    expect(r.grants).toHaveLength(1);
    expect(r.grants[0].line).toBe(3);
  });
});

/** A worksheet row as Excel.run hands it to the pane: dates as serials, formulas as their values, empty cells as "". */
function excelValues(ws: ExcelJS.Worksheet, row: number, cols: number): Array<string | number | boolean> {
  const out: Array<string | number | boolean> = [];
  for (let c = 1; c <= cols; c++) {
    const v = ws.getRow(row).getCell(c).value as unknown;
    const x = v && typeof v === "object" && "result" in (v as object) ? (v as { result: unknown }).result : v;
    if (x instanceof Date) out.push(Math.round((x.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000));
    else if (x === null || x === undefined) out.push("");
    else out.push(x as string | number | boolean);
  }
  return out;
}

describe("round trips", () => {
  test("the example workbook's roster Table OX_Roster (Grant | Grant date | Options outstanding | Exercise price | Type, then the NEWSHARES spill) reads back exactly", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(__dirname, "../../examples/mpwr-model.xlsx"));
    const ws = wb.getWorksheet("Option exchange")!;
    // The Table's header row: the cell reading "Grant" followed by "Grant date" (src/layout ROSTER_HEADERS).
    let at: { row: number; col: number } | undefined;
    ws.eachRow((row, n) => {
      row.eachCell((cell, c) => {
        if (!at && cell.value === "Grant" && row.getCell(c + 1).value === "Grant date") at = { row: n, col: c };
      });
    });
    expect(at).toBeDefined();
    // The header and the three grants: the Table's five columns and the NEWSHARES spill's "New options" beside them.
    const grid = [0, 1, 2, 3].map((k) => excelValues(ws, at!.row + k, ws.getRow(at!.row).cellCount).slice(at!.col - 1, at!.col - 1 + 6));
    const r = readRoster(grid, "MDY");
    expect(r.header.problem).toBeUndefined();
    // The sample grants of src/layout OPTION_EXCHANGE_EXAMPLE: Offer Q7's 1,000 / 1,525 / 525.
    expect(r.grants.map((g) => [g.grant, g.grantDate, g.price, g.options, g.type, g.problems])).toEqual([
      ["1001", D(2000, 3, 15), 45, 1000, "NSO", []],
      ["1002", D(2000, 6, 1), 38.5, 1525, "ISO", []],
      ["1003", D(2001, 1, 10), 12.25, 525, "ISO", []],
    ]);
  });
});

describe("roster files from cap-table tools (Carta, Shareworks, OCF-based exports)", () => {
  const exportText = [
    "Security ID,Stakeholder Name,Issue Date,Quantity Outstanding,Exercise Price,Expiration Date,Option Type",
    "ES-1,Ann Lee,2000-02-01,1000,$25.00,2010-02-01,ISO",
    'ES-2,Bob Ray,2000-05-01,"2,000",$40.125,2010-05-01,NSO',
    "ES-1,Ann Lee,2000-02-01,1000,$25.00,2010-02-01,ISO",
    "ES-3,Cy Orr,2001-09-01,500,$4.00,2011-09-01,NSO",
    "Subtotal,,,4500,,,",
    "Total,,,4500,,,",
  ].join("\n");
  const commencement = dayFromCivil(2001, 8, 27);
  const r = readRoster(gridFromText(exportText), "MDY", commencement);

  it("knows the export's column names", () => {
    expect(r.header.problem).toBeUndefined();
    expect(r.header.columns).toEqual({ grant: 0, holder: 1, grantDate: 2, options: 3, price: 4, expiration: 5, type: 6 });
    expect(r.grants[0]).toMatchObject({
      grant: "ES-1",
      holder: "Ann Lee",
      grantDate: dayFromCivil(2000, 2, 1),
      options: 1000,
      price: 25,
      expiration: dayFromCivil(2010, 2, 1),
      type: "ISO",
      problems: [],
    });
    expect(columnOfHeader("Option Price")?.column).toBe("price");
    expect(columnOfHeader("Security ID")?.column).toBe("grant");
  });

  it("reports a duplicate grant id on the later row, not summed twice", () => {
    expect(r.grants[2].problems).toEqual([{ column: "grant", message: 'grant id "ES-1" is also on row 2: a duplicate, not summed twice' }]);
    expect(r.grants[0].problems).toEqual([]);
  });

  it("reports a grant dated after the offer's commencement", () => {
    expect(r.grants[3].problems).toEqual([
      { column: "grantDate", message: "granted 2001-09-01, after the offer commenced on 2001-08-27: not an eligible option (Offer §1), not summed" },
    ]);
  });

  it("reports total and subtotal rows, not summed as grants", () => {
    expect(r.grants.slice(4).map((g) => g.problems)).toEqual([[{ column: "grant", message: TOTAL_ROW }], [{ column: "grant", message: TOTAL_ROW }]]);
    // Only rows without problems are summed by the pane: 1,000 + 2,000.
    expect(r.grants.filter((g) => g.problems.length === 0).reduce((n, g) => n + (g.options ?? 0), 0)).toBe(3000);
  });

  it("a total row is told by its first cell: Total, Subtotal - Plan A, Grand total:, not a grant id like Total-7", () => {
    for (const t of ["Total", "TOTALS", "Subtotal - Plan A", "Sub-total", "Grand total:", "Total options"])
      expect([t, isTotalRow([t, "", 10])]).toEqual([t, true]);
    for (const t of ["Total-7", "Total 2", "Totality", "ES-1"]) expect([t, isTotalRow([t, "2000-01-01", 10])]).toEqual([t, false]);
  });

  it("an unreadable expiration date is a problem of that cell", () => {
    const bad = readRoster(gridFromText("Security ID,Issue Date,Quantity Outstanding,Exercise Price,Expiration Date\nES-1,2000-02-01,10,1,someday"), "MDY");
    expect(bad.grants[0].problems.map((p) => p.column)).toEqual(["expiration"]);
  });

  it("two price columns are ambiguous and named", () => {
    expect(readHeader(["Security ID", "Issue Date", "Quantity Outstanding", "Option Price", "Exercise Price"]).problem).toBe(
      '"Option Price" and "Exercise Price" both name the exercise price',
    );
  });
});

describe("a mapping of columns the header's names do not settle", () => {
  const text = ["Ref,Person,When,Qty,Px", "A-1,Ann Lee,2000-02-01,1000,$25.00", "A-2,Bob Ray,2000-05-01,500,$4.00"].join("\n");

  it("a row of names none of which is known is a header whose required columns are all unresolved", () => {
    const r = readRoster(gridFromText(text), "MDY");
    expect(r.header.isHeader).toBe(true);
    expect(r.header.headers).toEqual(["Ref", "Person", "When", "Qty", "Px"]);
    expect(r.header.unresolved).toEqual(["grant", "grantDate", "options", "price"]);
    expect(r.header.problem).toMatch(/^the header row has no grant id or employee column/);
  });

  it("reads the roster with the columns chosen for its header, whatever their names", () => {
    const mapping: RosterMapping = { headers: ["ref", "PERSON", "When", "Qty", "Px"], columns: { grant: 0, holder: 1, grantDate: 2, options: 3, price: 4 } };
    const r = readRoster(gridFromText(text), "MDY", undefined, [mapping]);
    expect(r.header).toMatchObject({ isHeader: true, mapped: true, problem: undefined });
    expect(r.grants.map((g) => [g.grant, g.holder, g.grantDate, g.options, g.price, g.problems])).toEqual([
      ["A-1", "Ann Lee", dayFromCivil(2000, 2, 1), 1000, 25, []],
      ["A-2", "Bob Ray", dayFromCivil(2000, 5, 1), 500, 4, []],
    ]);
  });

  it("a mapping for other headers does not apply", () => {
    const other: RosterMapping = { headers: ["Ref", "Person", "When", "Qty"], columns: { grant: 0, grantDate: 2, options: 3, price: 1 } };
    expect(readRoster(gridFromText(text), "MDY", undefined, [other]).header.mapped).toBeUndefined();
  });

  it("an ambiguous column is unresolved, and the mapping settles it", () => {
    const header = ["Security ID", "Issue Date", "Quantity Outstanding", "Option Price", "Exercise Price"];
    expect(readHeader(header).unresolved).toEqual(["price"]);
    const m = readHeader(header, [{ headers: header, columns: { grant: 0, grantDate: 1, options: 2, price: 4 } }]);
    expect(m).toMatchObject({ mapped: true, problem: undefined, columns: { grant: 0, grantDate: 1, options: 2, price: 4 } });
  });

  it("a mapping that leaves a required column out or chooses a cell twice is a problem of the header", () => {
    expect(columnMapProblems({ grant: 0, grantDate: 1, options: 1 }, 5)).toEqual([
      "choose the exercise price column",
      "column 2 is chosen for both the grant date and the options",
    ]);
    expect(columnMapProblems({ holder: 0, grantDate: 1, options: 2, price: 7 }, 5)).toEqual(["the exercise price column is not in the header"]);
    const h = readHeader(["a", "b", "c", "d"], [{ headers: ["A", "B", "C", "D"], columns: { grant: 0 } }]);
    expect(h.problem).toBe("the chosen columns: choose the grant date column; choose the options column; choose the exercise price column");
  });

  it("a headerless roster is still read in the default order (its rows hold numbers)", () => {
    const r = readRoster(gridFromText("G1,2000-01-01,100,$5\nG2,2000-01-02,200,$6"), "MDY");
    expect(r.header.isHeader).toBe(false);
    expect(r.grants).toHaveLength(2);
  });
});
