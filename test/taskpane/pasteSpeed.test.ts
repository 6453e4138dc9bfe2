import Papa from "papaparse";
import { Dec } from "../../src/calc/core/decimal";
import { newOptionsForGrant } from "../../src/calc/optionExchange/newShares";
import { GrantCalculator } from "../../src/taskpane/model/optionExchange";
import { GUESS_CHARS, gridFromText } from "../../src/taskpane/model/paste";
import { PROBE_ROWS, RosterReader } from "../../src/taskpane/model/roster";
import fc from "fast-check";

/**
 * What the pane does to show a big paste's totals quickly must not change what
 * it reads: the delimiter settled on the first rows, cell readings and rows
 * kept by text, new options counted in integers.
 */

const HEADER = "Exercise Price,Options Outstanding,Grant Date,Optionee,Grant ID";
function csv(n: number, sep = ",", eol = "\r\n"): string {
  const rows = Array.from({ length: n }, (_, i) =>
    [
      `"$${(5 + (i % 60)).toFixed(2)}"`,
      `"${(100 + ((i * 37) % 4000)).toLocaleString("en-US")}"`,
      `2000-0${1 + (i % 9)}-15`,
      `"Employee ${i + 1}, Jr."`,
      `G-${i + 1}`,
    ].join(sep),
  );
  return [HEADER.split(",").join(sep), ...rows].join(eol);
}
/** papaparse guessing over the whole text (what the pane did before), trailing empty rows dropped as the pane does. */
function wholeTextGuess(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, {
    delimiter: text.split(/\r\n|\r|\n/)[0].includes("\t") ? "\t" : "",
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: false,
  }).data;
  while (rows.length && rows[rows.length - 1].every((c) => c.trim() === "")) rows.pop();
  return rows;
}

describe("a long paste: papaparse settles the delimiter and line ending on its first rows", () => {
  test.each([
    ["CSV with quoted commas, CRLF", ",", "\r\n"],
    ["semicolons, LF", ";", "\n"],
    ["tabs (Excel's clipboard), CR", "\t", "\r"],
  ])("%s: the same grid as a guess over the whole text", (_name, sep, eol) => {
    const text = csv(2000, sep, eol);
    expect(text.length).toBeGreaterThan(4 * GUESS_CHARS);
    const grid = gridFromText(text);
    expect(grid).toEqual(wholeTextGuess(text));
    expect(grid.length).toBe(2001);
    expect(grid[1]).toEqual(["$5.00", "100", "2000-01-15", "Employee 1, Jr.", "G-1"]);
  });

  test("one column (no delimiter to find): left to papaparse over the whole text, as before", () => {
    const text = ["Grant", ...Array.from({ length: 5000 }, (_, i) => `G-${i}`)].join("\n");
    expect(text.length).toBeGreaterThan(GUESS_CHARS);
    expect(gridFromText(text)).toEqual(wholeTextGuess(text));
    expect(gridFromText(text)[5000]).toEqual(["G-4999"]);
  });
});

describe("RosterReader: a new paste read without row look-ups, cached once idle", () => {
  const grid = () => gridFromText(csv(300));

  test("the grants are those read row by row, whatever the cache holds", () => {
    const reader = new RosterReader("MDY");
    const first = reader.read(grid());
    const fresh = new RosterReader("MDY").read(grid());
    expect(first.grants).toEqual(fresh.grants);
    expect(first.grants[0]).toEqual({ line: 2, grant: "G-1", holder: "Employee 1, Jr.", grantDate: expect.any(Number), options: 100, price: 5, problems: [] });
    // read again before the idle caching ran: equal grants, read anew past the first PROBE_ROWS rows
    const again = reader.read(grid());
    expect(again.grants).toEqual(first.grants);
    expect(again.grants[PROBE_ROWS + 5]).not.toBe(first.grants[PROBE_ROWS + 5]);
  });

  test("after remember(), an edit of one row reads that row only (the others are the very same grants)", () => {
    const reader = new RosterReader("MDY");
    const first = reader.read(grid());
    const steps = reader.remember(100);
    let left = steps.next();
    const yielded: number[] = [];
    while (!left.done) {
      yielded.push(left.value);
      left = steps.next();
    }
    expect(yielded.length).toBeGreaterThan(0); // in slices
    const edited = grid();
    edited[200][1] = "2,000";
    const second = reader.read(edited);
    second.grants.forEach((g, i) => (i === 199 ? expect(g).not.toBe(first.grants[i]) : expect(g).toBe(first.grants[i])));
    expect(second.grants[199].options).toBe(2000);
  });

  test("rows kept before the date order changed are not cached afterwards (03/04/2001 is read in the new order)", () => {
    const text = ["Grant,Grant date,Options,Exercise price", ...Array.from({ length: 100 }, (_, i) => `G-${i},03/04/2001,${100 + i},$5`)].join("\n");
    const reader = new RosterReader("MDY");
    expect(reader.read(gridFromText(text)).grants[50].grantDate).toBe(
      new RosterReader("MDY").read(gridFromText("Grant,Grant date,Options,Exercise price\nx,2001-03-04,1,5")).grants[0].grantDate,
    );
    const steps = reader.remember(10);
    steps.next();
    reader.setOrder("DMY");
    while (!steps.next().done);
    const april = new RosterReader("DMY").read(gridFromText("Grant,Grant date,Options,Exercise price\nx,2001-04-03,1,5")).grants[0].grantDate;
    // the rows past the probe (those remember() was caching), then all of them
    const later = text
      .split("\n")
      .filter((_l, i) => i === 0 || i > PROBE_ROWS + 1)
      .join("\n");
    expect(reader.read(gridFromText(later)).grants.every((g) => g.grantDate === april)).toBe(true);
    expect(reader.read(gridFromText(text)).grants.every((g) => g.grantDate === april)).toBe(true);
  });

  test("a cell text read once is read the same for every row, and a bad one gives each row its problem", () => {
    const text = ["Grant,Grant date,Options,Exercise price", 'a,2000-03-15,"1,000",abc', 'b,2000-03-15,"1,000",abc', 'c,2000-03-15,"1,000",$2.50'].join("\n");
    const r = new RosterReader("MDY").read(gridFromText(text));
    expect(r.grants.map((g) => [g.options, g.price, g.problems.length])).toEqual([
      [1000, undefined, 1],
      [1000, undefined, 1],
      [1000, 2.5, 0],
    ]);
    expect(r.grants[1].problems[0].message).toBe(r.grants[0].problems[0].message);
  });
});

describe("GrantCalculator: new options per grant in integers, the calc's floor(options × ratio) (Offer §1, Q7)", () => {
  test("hand-checked: 1,000 × 0.75 = 750; 1,525 × 0.75 = 1,143.75 → 1,143; 3 × 1/3 (0.333…) → 0; 7 × 0.1 = 0.7 → 0", () => {
    const calc = new GrantCalculator();
    expect(calc.newOptionsCount(1000, 0.75)).toBe(750);
    expect(calc.newOptionsCount(1525, 0.75)).toBe(1143);
    expect(calc.newOptionsCount(3, 1 / 3)).toBe(0); // 3 × 0.3333333333333333 = 0.9999999999999999
    expect(calc.newOptionsCount(7, 0.1)).toBe(0);
    expect(calc.newOptionsCount(10, 0.1)).toBe(1);
    expect(calc.newOptions(1525, 0.75).toString()).toBe("1143");
  });

  test("equals the Decimal floor for any whole option count and ratio", () => {
    const calc = new GrantCalculator();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.double({ min: 1e-9, max: 1, noNaN: true }), (options, ratio) => {
        expect(calc.newOptionsCount(options, ratio)).toBe(newOptionsForGrant(new Dec(options), new Dec(ratio)).toNumber());
      }),
      { numRuns: 2000 },
    );
  });

  test("an option count that is not whole gets the calc's message, as before", () => {
    expect(() => new GrantCalculator().newOptionsCount(10.5, 0.75)).toThrow(/whole numbers/);
  });
});
