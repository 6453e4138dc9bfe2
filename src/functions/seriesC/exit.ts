import { Dec, ZERO } from "../../calc/core/decimal";
import { badNumber, badValue } from "../../calc/core/errors";
import { Converts, ExitDistribution, ExitModel, distributeExit, exitTableAmounts } from "../../calc/seriesC/exit";
import { ExitBreakpoint, exitBreakpoints, exitTablePoints } from "../../calc/seriesC/exitBreakpoints";
import { asRange, isBlank, isOmitted, rectangular, valueCount } from "../../input/cells";
import { describeValue, requiredNumber } from "../../input/values";
import { excelCall } from "../shared/errors";
import { exitModel } from "../shared/exitModel";
import { Driver, toExcelNumber } from "../shared/results";
import { defineFunction } from "../catalogue";
import { EXAMPLE_CAPITAL } from "../exampleData";
import { CAPITAL_LAYOUT, CAPITAL_TYPES } from "../../calc/seriesC/capitalTypes";
import { capitalTypesPrompt } from "../../calc/seriesC/capitalTypeWords";
import { EVENTS_ARG, EXIT_DATE_ARG, PAYMENTS_ARG, TERMS_ARG } from "../shared/seriesCArgs";

// The breakpoints of a model, found once (a sheet charts the table and lists the breakpoints from one capital).
const breakpointsOf = new WeakMap<ExitModel, ExitBreakpoint[]>();
function modelBreakpoints(m: ExitModel): ExitBreakpoint[] {
  let b = breakpointsOf.get(m);
  if (!b) breakpointsOf.set(m, (b = exitBreakpoints(m)));
  return b;
}

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
    EXIT_DATE_ARG,
    { name: "capital", type: "range", description: `Rows of ${CAPITAL_LAYOUT}. ${/*#__PURE__*/ capitalTypesPrompt()}` },
    EVENTS_ARG,
    PAYMENTS_ARG,
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

/**
 * `proceedsList`: one column (or row) of amounts; an empty cell stays an empty row. Omitted, or every cell
 * empty: undefined — the table then runs over the breakpoints and the points between them.
 */
function proceedsListArg(v: unknown): (Dec | undefined)[] | undefined {
  if (isOmitted(v) || isBlank(v)) return undefined;
  const range = asRange(v);
  const wide = range.length > 1 && range.some((row) => row.length > 1);
  if (wide) throw badValue("proceedsList", `expected one column of proceeds, got ${range.length} rows × ${rectangular(range)[0].length} columns`);
  const cells = range.length === 1 ? range[0] : range.map((row) => row[0]);
  const values = valueCount(cells); // desktop Excel's empty cells below the last value arrive as 0 (input/cells.ts)
  if (cells.every((cell, i) => i >= values || isBlank(cell))) return undefined;
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
    {
      name: "proceedsList",
      type: "range",
      description:
        "A column of totals distributed (0 or more); an empty cell gives an empty row. Left empty (or every cell empty): 0, each breakpoint (SERIESC_BREAKPOINTS), the midpoint between consecutive ones and twice the last.",
    },
    EXIT_DATE_ARG,
    { name: "capital", type: "range", description: `Rows of ${CAPITAL_LAYOUT}, as for SERIESC_EXIT (${/*#__PURE__*/ CAPITAL_TYPES.join(", ")}).` },
    EVENTS_ARG,
    PAYMENTS_ARG,
    TERMS_ARG,
  ],
  result: {
    type: "spill",
    description:
      "Header row proceeds | the name of each capital row, then per proceeds value the amount each row receives; without proceeds, the exact points of a payoff chart (straight between any two rows).",
  },
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
    const given = proceedsListArg(proceedsList);
    const m = exitModel(eventDate, capital, events, payments, terms);
    const list = given ?? exitTablePoints(modelBreakpoints(m).map((b) => b.proceeds));
    const width = m.capital.length + 1;
    const rows = list.map((p) => {
      if (p === undefined) return Array<string>(width).fill("");
      return [toExcelNumber(p, "proceedsList"), ...exitTableAmounts(m, p).map((a) => (typeof a === "number" ? a : toExcelNumber(a, "proceedsList")))];
    });
    return [["proceeds", ...m.capital.map((r) => r.name)], ...rows];
  });
}

const BREAKPOINTS_HEADER = ["proceeds", "event", "row"];

export const SERIESC_BREAKPOINTS = /*#__PURE__*/ defineFunction({
  id: "SERIESC_BREAKPOINTS",
  group: "seriesCLiquidation",
  description:
    "Every exit value at which the waterfall of SERIESC_EXIT changes slope, exact and ascending, each with a plain sentence: each rank's dividends and claims covered, each option or warrant exercise price reached, each class's conversion, each participation cap reached, the kinks of the Series C's as-converted value (Cert §4(a), (c), §5(e), §5(k)(6)).",
  summary: "spill: every exit value where the waterfall changes slope (claims covered, exercise prices, conversions, caps), with a sentence each (Cert §4)",
  args: [
    { name: "capital", type: "range", description: `Rows of ${CAPITAL_LAYOUT}, as for SERIESC_EXIT (${/*#__PURE__*/ CAPITAL_TYPES.join(", ")}).` },
    EXIT_DATE_ARG,
    EVENTS_ARG,
    PAYMENTS_ARG,
    TERMS_ARG,
  ],
  result: {
    type: "spill",
    description:
      "Header row proceeds | event | row, then one row per breakpoint in ascending order: the exit value, what happens there (several events at one value joined by “; ”), and the capital rows concerned.",
  },
  example: { formula: "=MPWR.SERIESC_BREAKPOINTS(A2:F6, DATE(2001,12,31))", cells: { "A2:F6": EXAMPLE_CAPITAL } },
  note: "The capital of the SERIESC_EXIT example: the notes covered at $10M, the dividends and then the preferences of the Series C and the Series D, the Series D converting where p passes its $22 claim, the options exercised at $10, the Series C converting, and the kinks of its as-converted value.",
  clauses: "Cert §4(a), §4(c), §5(e), §5(k)(6)",
  impl: seriesCBreakpoints,
});

/**
 * What makes an exit value large: the capital's quantities times its amounts per share, and for the Series
 * C its dividends (grown with eventDate), its conversion rate (the events) and its Liquidation Value (terms).
 */
function breakpointDrivers(m: ExitModel): Driver[] {
  let capital = new Dec(1);
  for (const r of m.capital) {
    const perShare = [r.a, r.b, r.c, r.participation instanceof Dec ? r.participation : ZERO].reduce((x, y) => (y.gt(x) ? y : x), new Dec(1));
    const size = r.quantity.times(perShare);
    if (size.gt(capital)) capital = size;
  }
  const sc = m.seriesC;
  if (!sc) return [["capital", capital]];
  return [
    ["capital", capital],
    ["eventDate", sc.cls.dividends.div(sc.cls.preference)],
    ["events", sc.basis.rate],
    ["terms", sc.cls.preference],
  ];
}

export function seriesCBreakpoints(capital: any[][], eventDate: any, events?: any[][], payments?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const m = exitModel(eventDate, capital, events, payments, terms);
    const blame = () => breakpointDrivers(m);
    return [BREAKPOINTS_HEADER, ...modelBreakpoints(m).map((b) => [toExcelNumber(b.proceeds, blame), b.events.join("; "), b.rows.join(", ")])];
  });
}
