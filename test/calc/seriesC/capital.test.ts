import { CapitalInput, checkCapital, decides, isConvertible } from "../../../src/calc/seriesC/capital";
import { CAPITAL_TYPES, capitalTypeSpec } from "../../../src/calc/seriesC/capitalTypes";
import { capitalArg } from "../../../src/input/seriesCTables";
import { inputError } from "../../support/expectError";

type Row = Omit<CapitalInput, "row">;
const capital = (rows: Row[]) => checkCapital(rows.map((r, i) => ({ ...r, row: i + 1 })));
const bad = (rows: Row[]) => inputError(() => capital(rows));

describe("the capital table: name | type | quantity | a | b | c | rank | participation (Cert §4(a))", () => {
  test("every type has its default rank: SENIOR 1, SERIESC, PREFERRED and PARITY 2, JUNIOR 3, the pool's rows last", () => {
    const rows = capital(CAPITAL_TYPES.map((type) => ({ name: type, type, quantity: 1, a: capitalTypeSpec(type).columns.a ? 1 : undefined })));
    expect(Object.fromEntries(rows.map((r) => [r.type, r.rank]))).toEqual({
      SENIOR: 1,
      SERIESC: 2,
      PREFERRED: 2,
      PARITY: 2,
      JUNIOR: 3,
      COMMON: Infinity,
      OPTION: Infinity,
      WARRANT: Infinity,
    });
    expect(rows.every((r) => !r.rankGiven && r.participation === undefined)).toBe(true);
  });

  test("a version-2 table (six columns, desktop's 0 in the empty cells) reads as before", () => {
    const inputs = capitalArg([
      ["name", "type", "quantity", "a", "b", "c"],
      ["Notes", "SENIOR", 1e6, 0, 0, 0],
      ["Series D", "PARITY", 100, 20, 2, 1],
      ["Common", "COMMON", 1000, 0, 0, 0],
    ]);
    expect(inputs.map((r) => [r.rank, r.participation])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    const rows = checkCapital(inputs);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, Infinity]);
  });

  test("rank and participation read from the sheet: a number, the word FULL (any case), a cap; 0 is an empty cell", () => {
    const inputs = capitalArg([
      ["Series B", "PREFERRED", 100, 10, 0, 1, 3, "full"],
      ["Series A", "JUNIOR", 100, 10, 1, 1, 0, 30],
      ["Common", "COMMON", 1000, null, null, null, null, ""],
    ]);
    const rows = checkCapital(inputs);
    expect(rows.map((r) => [r.rank, r.rankGiven, r.participation?.toString()])).toEqual([
      [3, true, "FULL"],
      [3, false, "30"],
      [Infinity, false, undefined],
    ]);
    expect(decides(rows[0])).toBe(false); // fully participating: never converts
    expect(isConvertible(rows[0])).toBe(true);
    expect(decides(rows[1])).toBe(true); // capped: converts when that gives more
  });

  test("PARITY ranks with the Series C wherever the SERIESC row puts it, and takes no rank of its own", () => {
    const rows = capital([
      { name: "C", type: "SERIESC", quantity: 1, rank: 4 },
      { name: "D", type: "PARITY", quantity: 1, a: 1 },
    ]);
    expect(rows.map((r) => r.rank)).toEqual([4, 4]);
    const e = bad([{ name: "D", type: "PARITY", quantity: 1, a: 1, rank: 3 }]);
    expect(e.message).toMatch(/^capital: row 1: a PARITY row ranks with the Series C/);
    expect(e.at).toMatchObject({ row: 1, column: "rank" });
  });

  test("a rank must not mix SENIOR with equity rows: #VALUE! naming the rank and both rows", () => {
    const e = bad([
      { name: "Notes", type: "SENIOR", quantity: 5 },
      { name: "Series B", type: "PREFERRED", quantity: 1, a: 1, rank: 1 },
    ]);
    expect(e.code).toBe("value");
    expect(e.message).toBe(
      "capital: row 2: rank 1 mixes the SENIOR row 1 (Notes) with the PREFERRED row 2 (Series B); give the senior claims a rank of their own",
    );
    expect(capital([{ name: "Notes", type: "SENIOR", quantity: 5, rank: 3 }])[0].rank).toBe(3);
  });

  test("bad ranks and participation: #NUM! or #VALUE! naming the row and column", () => {
    expect(bad([{ name: "X", type: "PREFERRED", quantity: 1, a: 1, rank: 1.5 }]).code).toBe("num");
    expect(bad([{ name: "X", type: "PREFERRED", quantity: 1, a: 1, rank: -1 }]).code).toBe("num");
    expect(bad([{ name: "X", type: "COMMON", quantity: 1, rank: 2 }]).message).toMatch(/a COMMON row shares what is left after every rank and takes no rank/);
    expect(bad([{ name: "X", type: "SERIESC", quantity: 1, participation: "FULL" }]).message).toMatch(/a SERIESC row does not participate/);
    expect(bad([{ name: "X", type: "PREFERRED", quantity: 1, a: 1, c: 1, participation: "half" }]).message).toMatch(
      /participation must be empty, FULL or a cap in \$ per share, got "half"/,
    );
    expect(bad([{ name: "X", type: "PREFERRED", quantity: 1, a: 1, participation: "FULL" }]).message).toMatch(
      /a participating class shares the common as if converted: column c must give its common shares per share/,
    );
    const low = bad([{ name: "X", type: "PREFERRED", quantity: 1, a: 10, b: 2, c: 1, participation: 11 }]);
    expect([low.code, low.at?.column]).toEqual(["num", "participation"]);
    expect(low.message).toMatch(/the participation cap 11 per share is below the preference and dividends \(12\)/);
  });

  test("at most 12 classes choose between preference and conversion (fully participating ones do not choose)", () => {
    const row = (i: number, participation?: string | number): Row => ({ name: `P${i}`, type: "PREFERRED", quantity: 1, a: 1, c: 1, participation });
    expect(capital(Array.from({ length: 12 }, (_, i) => row(i, 3))).length).toBe(12);
    expect(bad(Array.from({ length: 13 }, (_, i) => row(i, 3))).code).toBe("num");
    expect(capital(Array.from({ length: 13 }, (_, i) => row(i, i === 0 ? "FULL" : undefined))).length).toBe(13);
  });
});
