import { Dec } from "../../calc/core/decimal";
import { badNumber, badValue } from "../../calc/core/errors";
import { Converts, ExitDistribution, distributeExit } from "../../calc/seriesC/exit";
import { asRange, isBlank, isOmitted, rectangular, valueCount } from "../../input/cells";
import { describeValue, requiredNumber } from "../../input/values";
import { excelCall } from "../shared/errors";
import { exitModel } from "../shared/exitModel";
import { toExcelNumber } from "../shared/results";
import { defineFunction } from "../catalogue";
import { EXAMPLE_CAPITAL } from "../exampleData";
import { CAPITAL_LAYOUT, CAPITAL_TYPES } from "../../calc/seriesC/capitalTypes";
import { capitalTypesPrompt } from "../../calc/seriesC/capitalTypeWords";
import { TERMS_ARG } from "../shared/seriesCArgs";

const convertsCell = (c: Converts): boolean | string => (c === undefined ? "" : c);

const EXIT_HEADER = ["name", "type", "converts", "amount", "per share"];

function exitRows(d: ExitDistribution): any[][] {
  return [
    EXIT_HEADER,
    ...d.rows.map((r) => [
      r.name,
      r.type,
      convertsCell(r.converts),
      toExcelNumber(r.amount, "proceeds"),
      r.perShare === undefined ? "" : toExcelNumber(r.perShare, "proceeds"),
    ]),
  ];
}

export const SERIESC_EXIT = /*#__PURE__*/ defineFunction({
  id: "SERIESC_EXIT",
  group: "seriesCLiquidation",
  description:
    "The whole liquidation or Sale of the Company waterfall: senior claims in row order, then the Series C and the Parity Preferred each taking its preference or converting (an equilibrium of the conversion decisions), the insufficient-assets rule, then the common and in-the-money options at the value per common share solved exactly (Cert §4(a), (c)).",
  summary:
    "spill: the whole exit waterfall — senior claims, each preferred class's preference or conversion, common and options, value per common share solved exactly (Cert §4)",
  args: [
    { name: "proceeds", type: "scalar", description: "Total distributed in the liquidation or Sale of the Company (0 or more)." },
    {
      name: "eventDate",
      type: "scalar",
      description: "Date of the liquidation, dissolution, winding up or Sale of the Company: an Excel date or YYYY-MM-DD text.",
    },
    { name: "capital", type: "range", description: `Rows of ${CAPITAL_LAYOUT}. ${/*#__PURE__*/ capitalTypesPrompt()}` },
    { name: "events", type: "range", optional: true, description: "Corporate events: rows of date | type | a | b | c | d." },
    { name: "payments", type: "range", optional: true, description: "Dividends actually paid on the Series C: rows of date | amount per share." },
    TERMS_ARG,
  ],
  result: {
    type: "spill",
    description:
      "Header row name | type | converts | amount | per share, then one row per capital row in input order; the COMMON rows' per-share value is the value per common share.",
  },
  example: { formula: "=MPWR.SERIESC_EXIT(800000000, DATE(2001,12,31), A2:F6)", cells: { "A2:F6": EXAMPLE_CAPITAL } },
  note: "Illustrative capital: $10M of notes, 1,000,000 Series C, 500,000 shares of a convertible Parity Preferred (preference $20, dividends $2, one common share each), 10,000,000 common, 2,000,000 options at $10. Everyone converts and p = (800M − 10M + 2M × $10) ÷ (10M + 0.5M + 2M + 1M) = $60: one Series C principal share is already worth more than the $58.80 Qualified Return, so every dividend share is extinguished (Cert §4(a)).",
  clauses:
    "Cert §4(a) (preference, as-converted value, Qualified Return, insufficient assets), §4(c), §5(e); Cert §12 (Senior Secured Notes, Parity Preferred)",
  impl: seriesCExit,
});

export function seriesCExit(proceeds: any, eventDate: any, capital: any[][], events?: any[][], payments?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const amount = requiredNumber(proceeds, "proceeds", { min: 0, what: "the total distributed" });
    return exitRows(distributeExit(exitModel(eventDate, capital, events, payments, terms), amount));
  });
}

/** `proceedsList`: one column (or row) of amounts; an empty cell stays an empty row. */
function proceedsListArg(v: unknown): (Dec | undefined)[] {
  if (isOmitted(v)) throw badValue("proceedsList", "a column of proceeds is required");
  const range = asRange(v);
  const wide = range.length > 1 && range.some((row) => row.length > 1);
  if (wide) throw badValue("proceedsList", `expected one column of proceeds, got ${range.length} rows × ${rectangular(range)[0].length} columns`);
  const cells = range.length === 1 ? range[0] : range.map((row) => row[0]);
  const values = valueCount(cells); // desktop Excel's empty cells below the last value arrive as 0 (input/cells.ts)
  return cells.map((cell, i) => {
    if (i >= values || isBlank(cell)) return undefined;
    if (typeof cell !== "number") throw badValue("proceedsList", `row ${i + 1}: expected a number, got ${describeValue(cell)}`);
    if (!Number.isFinite(cell)) throw badNumber("proceedsList", `row ${i + 1}: the number is not finite`);
    if (cell < 0) throw badNumber("proceedsList", `row ${i + 1}: the amount distributed must be 0 or more, got ${cell}`);
    return new Dec(cell === 0 ? 0 : cell); // −0 is 0
  });
}

export const SERIESC_EXIT_TABLE = /*#__PURE__*/ defineFunction({
  id: "SERIESC_EXIT_TABLE",
  group: "seriesCLiquidation",
  description:
    "The exit waterfall of SERIESC_EXIT over a column of exit values: one row per value with each capital row's amount, the table behind a payoff chart (Cert §4(a), (c)).",
  summary: "spill: the exit waterfall over a column of exit values, the table behind a payoff chart (Cert §4)",
  args: [
    { name: "proceedsList", type: "range", description: "A column of totals distributed (0 or more); an empty cell gives an empty row." },
    {
      name: "eventDate",
      type: "scalar",
      description: "Date of the liquidation, dissolution, winding up or Sale of the Company: an Excel date or YYYY-MM-DD text.",
    },
    { name: "capital", type: "range", description: `Rows of ${CAPITAL_LAYOUT}, as for SERIESC_EXIT (${/*#__PURE__*/ CAPITAL_TYPES.join(", ")}).` },
    { name: "events", type: "range", optional: true, description: "Corporate events: rows of date | type | a | b | c | d." },
    { name: "payments", type: "range", optional: true, description: "Dividends actually paid on the Series C: rows of date | amount per share." },
    TERMS_ARG,
  ],
  result: { type: "spill", description: "Header row proceeds | the name of each capital row, then per proceeds value the amount each row receives." },
  example: {
    formula: "=MPWR.SERIESC_EXIT_TABLE(H2:H7, DATE(2001,12,31), A2:F6)",
    cells: { "A2:F6": EXAMPLE_CAPITAL, "H2:H7": [[30000000], [60000000], [100000000], [400000000], [673800000], [800000000]] },
  },
  note: "The capital of the SERIESC_EXIT example at six exit values: at $30M the preferences share $20M ratably; at $673.8M the common is worth exactly $50 and the Series C gets the Qualified Return, $58.80 a share.",
  clauses: "Cert §4(a), §4(c), §5(e)",
  impl: seriesCExitTable,
});

export function seriesCExitTable(proceedsList: any[][], eventDate: any, capital: any[][], events?: any[][], payments?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const list = proceedsListArg(proceedsList);
    const m = exitModel(eventDate, capital, events, payments, terms);
    const width = m.capital.length + 1;
    const rows = list.map((p) => {
      if (p === undefined) return Array<string>(width).fill("");
      return [toExcelNumber(p, "proceedsList"), ...distributeExit(m, p).rows.map((r) => toExcelNumber(r.amount, "proceedsList"))];
    });
    return [["proceeds", ...m.capital.map((r) => r.name)], ...rows];
  });
}
