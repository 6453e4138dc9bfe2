import { parseRoster, rosterTextFromValues } from "../../src/taskpane/model/optionExchange";

describe("parseRoster: rows pasted from Excel", () => {
  test("tab-separated with CRLF, a header row, thousands separators, $ and several date forms", () => {
    const r = parseRoster("Grant\tGrant date\tOptions outstanding\tExercise price\r\n1001\t3/15/2000\t1,000\t$25.00\r\n1002\t2000-11-01\t1,525\t12.50\r\n1003\t36800\t525\t4\r\n");
    expect(r.headerSkipped).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { row: 1, line: 2, id: "1001", grantDate: "2000-03-15", outstanding: 1000, exercisePrice: 25 },
      { row: 2, line: 3, id: "1002", grantDate: "2000-11-01", outstanding: 1525, exercisePrice: 12.5 },
      { row: 3, line: 4, id: "1003", grantDate: 36800, outstanding: 525, exercisePrice: 4 },
    ]);
  });

  test("LF or CR line ends, blank lines skipped, no header", () => {
    const r = parseRoster("A\t2000-01-01\t10\t1\n\n\t\t\t\nB\t2000-01-02\t20\t2\rC\t2000-01-03\t30\t3");
    expect(r.headerSkipped).toBe(false);
    expect(r.rows.map((g) => [g.row, g.line, g.id, g.outstanding])).toEqual([
      [1, 1, "A", 10],
      [2, 4, "B", 20],
      [3, 5, "C", 30],
    ]);
  });

  test("a numeric grant id on the first line is data, not a header", () => {
    expect(parseRoster("1001\t2000-01-01\t100\t5").rows).toHaveLength(1);
  });

  test("only the first non-empty line can be a header", () => {
    const r = parseRoster("1\t2000-01-01\t100\t5\nGrant\tGrant date\tOptions outstanding\tExercise price");
    expect(r.rows[1].outstanding).toBe("Options outstanding"); // the values check reports it
  });

  test("quoted cells (Excel quotes cells holding tabs, quotes or line breaks)", () => {
    const r = parseRoster('"Grant ""A"""\t2000-01-01\t"1,000"\t5');
    expect(r.rows[0].id).toBe('Grant "A"');
    expect(r.rows[0].outstanding).toBe(1000);
  });

  test("missing columns stay empty; too many columns is a problem naming the line", () => {
    const r = parseRoster("A\t2000-01-01\nB\t2000-01-01\t1\t2\t3\nC\t2000-01-01\t1\t2\t\t");
    expect(r.rows.map((g) => [g.id, g.outstanding, g.exercisePrice])).toEqual([
      ["A", null, null],
      ["C", 1, 2],
    ]);
    expect(r.problems).toEqual(["line 2: 5 columns; expected 4: grant id, grant date, options outstanding, exercise price"]);
  });

  test("empty text: no rows", () => {
    expect(parseRoster("")).toEqual({ rows: [], problems: [], headerSkipped: false });
  });
});

describe("rosterTextFromValues: the selected range as roster text", () => {
  test("dates as ISO text, empty rows dropped, tabs inside cells flattened", () => {
    const text = rosterTextFromValues([
      ["Grant", "Grant date", "Options outstanding", "Exercise price"],
      ["1001", 36600, 1000, 25],
      ["", "", "", ""],
      ["x\ty", 36831, 1525, 12.5, "ignored 5th column"],
    ]);
    expect(text).toBe("Grant\tGrant date\tOptions outstanding\tExercise price\n1001\t2000-03-15\t1000\t25\nx y\t2000-11-01\t1525\t12.5");
    expect(parseRoster(text).rows.map((g) => g.grantDate)).toEqual(["2000-03-15", "2000-11-01"]);
  });
});
