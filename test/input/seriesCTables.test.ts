import { eventsArg } from "../../src/input/seriesCTables";

const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("no error");
};

describe("eventsArg: the events table read row by row", () => {
  test("serials (time of day ignored, before 1900-03-01 shifted by Excel's fictitious leap day), text dates, numbers and every kind of empty cell", () => {
    const rows = eventsArg([
      ["date", "type", "a", "b", "c", "d"],
      [37073.9, "SPLIT", 2, null, undefined, ""],
      ["2001-07-01", "ISSUE", 1000, 25000.5, 1e9, 30],
      [59, "EXEMPT", 0, 1, null, null],
    ]);
    expect(rows).toEqual([
      { row: 2, day: 37073, type: "SPLIT", a: 2, b: undefined, c: undefined, d: undefined },
      { row: 3, day: 37073, type: "ISSUE", a: 1000, b: 25000.5, c: 1e9, d: 30 },
      { row: 4, day: 60, type: "EXEMPT", a: 0, b: 1, c: undefined, d: undefined }, // serial 59 is 1900-02-28: day 60 since 1899-12-30
    ]);
  });

  test.each([
    [[[0, "SPLIT", 2]], "events row 1 date: 0 is not a date (a date serial must be 1 or more; 0 means the date is missing)"],
    [[[60, "SPLIT", 2]], "events row 1 date: serial 60 is 1900-02-29, a date that does not exist (Excel's 1900 leap-year bug)"],
    [[[3e6, "SPLIT", 2]], "events row 1 date: 3000000 is past 9999-12-31, the last date Excel has"],
    [[[NaN, "SPLIT", 2]], "events row 1 date: the date is not a finite number"],
    [[[true, "SPLIT", 2]], "events row 1 date: TRUE is not a date"],
    [[["soon", "SPLIT", 2]], 'events row 1 date: "soon" is not a date: use an Excel date or YYYY-MM-DD text'],
    [[[37073, "SPLIT", "two"]], 'events: row 1 column a must be a number, got "two"'],
    [[[37073, "SPLIT", 2, true]], "events: row 1 column b must be a number, got TRUE"],
    [[[37073, "SPLIT", 2, null, Infinity]], "events: row 1 column c must be a finite number, got Infinity"],
    [[[37073, "SPLIT", 2, null, null, NaN]], "events: row 1 column d must be a finite number, got NaN"],
    [[[37073, 5, 2]], "events: row 1: the type must be a word such as SPLIT or ISSUE"],
  ])("%j → %s", (range, message) => {
    expect(thrown(() => eventsArg(range)).message).toBe(message);
  });
});
