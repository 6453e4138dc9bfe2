import { readRoster } from "../../src/input/roster";
import { MAX_QUOTE_PROBLEMS, gridFromText, gridFromTextInChunks, quoteProblemText, readGrid, textFromGrid } from "../../src/taskpane/model/paste";
import { rosterTextFromValues } from "../../src/taskpane/model/selection";

describe("pasted text → cells (papaparse)", () => {
  test("Excel's clipboard: tabs, quoted cells with tabs, quotes and line breaks, CRLF", () => {
    expect(gridFromText('a\t"b\tc"\t"say ""hi"""\r\n"two\nlines"\t2\t3\r\n')).toEqual([
      ["a", "b\tc", 'say "hi"'],
      ["two\nlines", "2", "3"],
    ]);
  });

  test("CSV with commas or semicolons, CR line ends; blank rows keep their place", () => {
    expect(gridFromText('x,"1,000",$2\r\ry,3,4')).toEqual([["x", "1,000", "$2"], [""], ["y", "3", "4"]]);
    expect(gridFromText("x;1,5;2\ny;3;4")).toEqual([
      ["x", "1,5", "2"],
      ["y", "3", "4"],
    ]);
  });

  test("a big paste read in chunks gives the same rows as at once", async () => {
    const text = [
      "Grant,Grant date,Options,Exercise price",
      ...Array.from({ length: 20_000 }, (_, i) => `"Employee, ${i}",2000-03-15,"${(1000 + i).toLocaleString("en-US")}",$25.00`),
    ].join("\r\n");
    const progress: number[] = [];
    const chunked = await gridFromTextInChunks(
      text,
      (f) => progress.push(f),
      () => false,
    );
    expect(chunked).toEqual({ grid: gridFromText(text), quoteLines: [] });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toBe(1);
    expect(
      await gridFromTextInChunks(
        text,
        () => undefined,
        () => true,
      ),
    ).toBeUndefined();
  });

  test("the selected range's values, as roster text, read back as the same grants", () => {
    const values = [
      ["Optionee", "Grant date", "Eligible options", "Strike", "Notes"],
      ["Ann\tA.", 36600, 1000, 25.125, 'says "hi"'],
      ["", "", "", "", ""],
      [1002, 36831, 1525, 12.5, null],
    ];
    const direct = readRoster(values, "MDY");
    const text = rosterTextFromValues(values, direct.header.columns.grantDate);
    expect(text.split("\n")[1]).toBe('"Ann\tA."\t2000-03-15\t1000\t25.125\t"says ""hi"""');
    const back = readRoster(gridFromText(text), "DMY");
    expect(back.grants.map(({ line: _l, ...g }) => g)).toEqual(direct.grants.map(({ line: _l, ...g }) => g));
    expect(textFromGrid([["a", "b"]])).toBe("a\tb");
  });
});

describe("an unbalanced quote is reported with its line, the rows before (and after) it kept", () => {
  const csv = (n: number, bad?: number) => {
    const lines = ["Grant,Options,Exercise price,Grant date"];
    for (let i = 1; i <= n; i++) lines.push(i + 1 === bad ? `G-${i},"1,00${i % 10},$5.00,2000-01-15` : `G-${i},"1,00${i % 10}","$5.00",2000-01-15`);
    return lines.join("\r\n");
  };

  test("one stray quote in a 5,000-line CSV: its line is named, every other row read", () => {
    const text = csv(5000, 1234);
    const r = readGrid(text);
    expect(r.quoteLines).toEqual([1234]);
    expect(r.unreadFrom).toBeUndefined();
    expect(r.grid.length).toBe(5001);
    expect(r.grid[1232]).toEqual(["G-1232", "1,002", "$5.00", "2000-01-15"]); // line 1233
    expect(r.grid[1233]).toEqual([""]); // line 1234 left out
    expect(r.grid[1234]).toEqual(["G-1234", "1,004", "$5.00", "2000-01-15"]); // line 1235
    expect(Math.max(...r.grid.map((row) => row.join("").length))).toBeLessThan(40); // no 100,000-character cell
    expect(quoteProblemText(r)).toBe(
      'An unbalanced quote: a cell opened with " on line 1,234 is not closed; that line was left out, the rows before and after read.',
    );
    const roster = readRoster(r.grid, "MDY");
    expect(roster.grants.length).toBe(4999);
    expect(roster.grants[1232].line).toBe(1235);
  });

  test("a quote never closed at the end of the text; several bad lines; a text without any", () => {
    expect(readGrid('a,b\nc,"d\ne,f')).toEqual({ grid: [["a", "b"], [""], ["e", "f"]], quoteLines: [2] });
    const many = readGrid(['"x,1', "y,2", '"z,3', "w,4"].join("\n"));
    expect(many.quoteLines).toEqual([1, 3]);
    expect(many.grid).toEqual([[""], ["y", "2"], [""], ["w", "4"]]);
    expect(readGrid('a\t"b\tc"\r\n"two\nlines"\t2')).toEqual({
      grid: [
        ["a", "b\tc"],
        ["two\nlines", "2"],
      ],
      quoteLines: [],
    });
    expect(quoteProblemText(many)).toContain("on lines 1, 3 is not closed; those lines were left out");
  });

  test("after MAX_QUOTE_PROBLEMS bad lines the rest is not read, and that is said", () => {
    const text = Array.from({ length: MAX_QUOTE_PROBLEMS + 5 }, (_, i) => `"g${i},1`).join("\n");
    const r = readGrid(text);
    expect(r.quoteLines.length).toBe(MAX_QUOTE_PROBLEMS);
    expect(r.unreadFrom).toBe(MAX_QUOTE_PROBLEMS + 1);
    expect(quoteProblemText(r)).toContain(`Nothing from line ${MAX_QUOTE_PROBLEMS + 1} on was read.`);
  });

  test("a big paste read in chunks with a stray quote gives the same reading as at once", async () => {
    const text = csv(20_000, 15_000);
    expect(text.length).toBeGreaterThan(400_000);
    const chunked = await gridFromTextInChunks(
      text,
      () => undefined,
      () => false,
    );
    expect(chunked?.quoteLines).toEqual([15_000]);
    expect(chunked).toEqual(readGrid(text));
  });
});
