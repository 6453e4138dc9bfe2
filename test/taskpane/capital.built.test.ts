import { CapitalFormRow, exampleCapital, readCapital } from "../../src/taskpane/model/capital";
import { fn } from "./charts/support";

const row = (id: string, name: string, type: string, quantity = "", a = "", b = "", c = ""): CapitalFormRow => ({ id, name, type, quantity, a, b, c });

describe("the pane and SERIESC_EXIT (dist/functions.js) accept the same tables", () => {
  // [rows as typed in the pane, the cells the same table holds in a sheet]
  const tables: Array<[string, CapitalFormRow[], unknown[][]]> = [
    [
      "the example",
      exampleCapital(),
      exampleCapital().map((r) => [
        r.name,
        r.type,
        Number(r.quantity.replace(/,/g, "")),
        r.a === "" ? null : Number(r.a),
        r.b === "" ? null : Number(r.b),
        r.c === "" ? null : Number(r.c),
      ]),
    ],
    ["a negative quantity", [row("1", "Common", "COMMON", "-1")], [["Common", "COMMON", -1, null, null, null]]],
    [
      "a negative exercise price",
      [row("1", "Common", "COMMON", "10"), row("2", "Opt", "OPTION", "5", "-1")],
      [
        ["Common", "COMMON", 10, null, null, null],
        ["Opt", "OPTION", 5, -1, null, null],
      ],
    ],
    [
      "two SERIESC rows",
      [row("1", "C", "SERIESC", "1"), row("2", "C2", "SERIESC", "1"), row("3", "Common", "COMMON", "1")],
      [
        ["C", "SERIESC", 1, null, null, null],
        ["C2", "SERIESC", 1, null, null, null],
        ["Common", "COMMON", 1, null, null, null],
      ],
    ],
    ["a class without a name", [row("1", "", "COMMON", "1")], [["", "COMMON", 1, null, null, null]]],
    ["a missing quantity", [row("1", "Common", "COMMON", "")], [["Common", "COMMON", null, null, null, null]]],
    [
      "a parity class without a conversion ratio",
      [row("1", "P", "PARITY", "10", "5"), row("2", "Common", "COMMON", "1")],
      [
        ["P", "PARITY", 10, 5, null, null],
        ["Common", "COMMON", 1, null, null, null],
      ],
    ],
  ];
  test.each(tables)("%s", (_name, rows, cells) => {
    const pane = readCapital(rows, "");
    let excel: "ok" | "error";
    try {
      fn("SERIESC_EXIT")(1_000_000, "2001-12-31", cells);
      excel = "ok";
    } catch (e) {
      if ((e as { name?: string }).name !== "CustomFunctions.Error") throw e;
      excel = "error";
    }
    expect(pane.complete && pane.capital.length > 0 ? "ok" : "error").toBe(excel);
  });
});
