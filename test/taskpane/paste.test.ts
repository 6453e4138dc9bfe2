import { readRoster } from "../../src/input/roster";
import { gridFromText, gridFromTextInChunks, textFromGrid } from "../../src/taskpane/model/paste";
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
    const text = ["Grant,Grant date,Options,Exercise price", ...Array.from({ length: 20_000 }, (_, i) => `"Employee, ${i}",2000-03-15,"${(1000 + i).toLocaleString("en-US")}",$25.00`)].join("\r\n");
    const progress: number[] = [];
    const chunked = await gridFromTextInChunks(text, (f) => progress.push(f), () => false);
    expect(chunked).toEqual(gridFromText(text));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toBe(1);
    expect(await gridFromTextInChunks(text, () => undefined, () => true)).toBeUndefined();
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
