// scripts/mpwr-formula.js + scripts/lib/workbook-refs.js: formulas as the model workbook stores them,
// with defined names, structured references and INDEX resolved against a small workbook.

const formulas: {
  parseFormula(text: string): { id?: string; builtin?: string; args: { kind: string; ref?: string }[] };
  evaluateFormula(f: string, fns: Map<string, (...a: unknown[]) => unknown>, metadata: unknown, resolve: (ref: string) => unknown[][]): { value?: unknown; args: unknown[] };
} = require("../../scripts/mpwr-formula");
const { makeResolver }: { makeResolver(wb: unknown, sheet: string, row: number): (ref: string) => unknown[][] } = require("../../scripts/lib/workbook-refs");

// Sheet S: a Table T at B2:D5 (header row 2) with columns Name | Value | Extra, a named cell AsOf at F1.
const cells: Record<string, unknown> = {
  B2: "Name", C2: "Value", D2: "Extra",
  B3: "a", C3: 1, D3: 10,
  B4: "b", C4: 2, D4: 20,
  B5: "c", C5: 3, D5: 30,
  F1: 36707,
};
const wb = {
  names: new Map([["AsOf", { sheet: "S", top: 1, left: 6, bottom: 1, right: 6 }]]),
  tables: new Map([["T", { sheet: "S", top: 2, left: 2, bottom: 5, right: 4, columns: ["Name", "Value", "Extra"] }]]),
  cell: (_s: string, row: number, col: number) => cells[`${String.fromCharCode(64 + col)}${row}`] ?? null,
};

describe("references the model workbook uses", () => {
  const at4 = makeResolver(wb, "S", 4);
  test("a Table is its data body; a column; a span of columns, case-insensitively", () => {
    expect(at4("T")).toEqual([["a", 1, 10], ["b", 2, 20], ["c", 3, 30]]);
    expect(at4("T[Value]")).toEqual([[1], [2], [3]]);
    expect(at4("T[[name]:[value]]")).toEqual([["a", 1], ["b", 2], ["c", 3]]);
  });
  test("this row, in the file's form and the user's", () => {
    expect(at4("T[[#This Row],[Extra]]")).toEqual([[20]]);
    expect(at4("T[@[Extra]]")).toEqual([[20]]);
    expect(at4("T[@Extra]")).toEqual([[20]]);
    expect(() => makeResolver(wb, "S", 9)("T[@Extra]")).toThrow(/not a data row/);
  });
  test("defined names and plain references", () => {
    expect(at4("AsOf")).toEqual([[36707]]);
    expect(at4("C3:D4")).toEqual([[1, 10], [2, 20]]);
  });
  test("an unknown column is an error naming it", () => {
    expect(() => at4("T[Nope]")).toThrow(/no column Nope in T/);
  });
});

describe("formulas as files store them", () => {
  test("_xldudf_MPWR_ID and MPWR.ID parse to the same call", () => {
    const a = formulas.parseFormula("_xldudf_MPWR_SERIESC_ACCRUED(AsOf,,T[[Name]:[Value]])");
    const b = formulas.parseFormula("=MPWR.SERIESC_ACCRUED(AsOf, , T[[Name]:[Value]])");
    expect(a).toEqual(b);
    expect(a).toEqual({ id: "SERIESC_ACCRUED", args: [{ kind: "ref", ref: "AsOf" }, { kind: "empty" }, { kind: "ref", ref: "T[[Name]:[Value]]" }] });
  });
  test("INDEX(column, n) gives the n-th cell, as a formula or inside an argument", () => {
    const resolve = makeResolver(wb, "S", 1);
    expect(formulas.evaluateFormula("INDEX(T[Name],2)", new Map(), { functions: [] }, resolve).value).toBe("b");
    const seen: unknown[] = [];
    const fns = new Map([["ECHO", (x: unknown) => (seen.push(x), 0)]]);
    const metadata = { functions: [{ id: "ECHO", parameters: [{ name: "x" }] }] };
    formulas.evaluateFormula("_xldudf_MPWR_ECHO(INDEX(T[Extra],3))", fns, metadata, resolve);
    expect(seen).toEqual([30]);
    expect(() => formulas.evaluateFormula("INDEX(T[Name],4)", new Map(), { functions: [] }, resolve)).toThrow(/outside the range/);
  });
});
