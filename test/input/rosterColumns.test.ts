import { ROSTER_ALIASES, ROSTER_COLUMNS, ROSTER_COLUMN_TABLE, ROSTER_DEFAULT_ORDER, columnOfHeader, readHeader } from "../../src/input/roster";
import { EMPLOYEE_HEADER, ROSTER_HEADERS } from "../../src/layout/optionExchange";

// The roster's columns are described once (src/input/rosterColumns.ts ROSTER_COLUMN_TABLE, ROSTER_ALIASES): what the
// docs and messages show as examples, the aliases and the workbook's headers are all read back as their column.
describe("roster columns: one description", () => {
  test.each(ROSTER_COLUMNS.flatMap((c) => ROSTER_COLUMN_TABLE[c].examples.map((name) => [name, c] as const)))(
    "the example name %s is read as %s",
    (name, column) => {
      expect(columnOfHeader(name)?.column).toBe(column);
    },
  );

  test.each(ROSTER_ALIASES.map(([name, c]) => [name, c] as const))("the alias %s is read as %s", (name, column) => {
    expect(columnOfHeader(name)?.column).toBe(column);
    expect(columnOfHeader(`  ${name.toUpperCase()} `)?.column).toBe(column);
  });

  test("the workbook's roster headers read back as the default order, with the employee after the grant", () => {
    expect(ROSTER_HEADERS.map((h) => columnOfHeader(h)?.column)).toEqual(ROSTER_DEFAULT_ORDER);
    const header = readHeader([ROSTER_HEADERS[0], EMPLOYEE_HEADER, ...ROSTER_HEADERS.slice(1)]);
    expect(header.problem).toBeUndefined();
    expect(header.columns).toEqual({ grant: 0, holder: 1, grantDate: 2, options: 3, price: 4, type: 5 });
  });

  test("a header without a required column names it with its examples", () => {
    expect(readHeader(["Grant", "Grant date", "Options"]).problem).toBe(
      "the header row has no exercise price column (e.g. Exercise price, Strike price, Strike, Option price)",
    );
  });
});
