import { Dec } from "../../calc/core/decimal";
import { distributeExit } from "../../calc/seriesC/exit";
import { HOLDINGS_ARG, HOLDINGS_LAYOUT, holderPayouts } from "../../calc/seriesC/payouts";
import { holdingsArg } from "../../input/holdings";
import { requiredNumber, requiredRange } from "../../input/values";
import { defineFunction } from "../catalogue";
import { EXAMPLE_CAPITAL } from "../exampleData";
import { excelCall } from "../shared/errors";
import { toExcelNumber } from "../shared/results";
import { EVENTS_ARG, EXIT_DATE_ARG, PAYMENTS_ARG, TERMS_ARG } from "../shared/seriesCArgs";
import { exitModel } from "../shared/exitModel";

export const SERIESC_PAYOUTS = /*#__PURE__*/ defineFunction({
  id: "SERIESC_PAYOUTS",
  group: "seriesCLiquidation",
  description:
    "Who gets what at an exit: the SERIESC_EXIT distribution of the proceeds, per holder across the capital rows they hold (a row's per-share amount × the shares held; a SENIOR claim pro rata to the $ held) (Cert §4(a), (c)).",
  summary: "spill: the exit waterfall per holder, across the capital rows each holds (Cert §4)",
  args: [
    { name: "proceeds", type: "scalar", description: "Total distributed in the liquidation or Sale of the Company (0 or more)." },
    EXIT_DATE_ARG,
    { name: "capital", type: "range", description: "The capital table of SERIESC_EXIT: one row per class, each with its own name." },
    {
      name: "holdings",
      type: "range",
      description: `Rows of ${HOLDINGS_LAYOUT}: shares held (for a SENIOR row, $ of the claim held); a holder may appear under several rows.`,
    },
    EVENTS_ARG,
    PAYMENTS_ARG,
    TERMS_ARG,
  ],
  result: {
    type: "spill",
    description: "Header holder | total | the name of each capital row, then one row per holder in order of first appearance with the amount through each row.",
  },
  example: {
    formula: "=MPWR.SERIESC_PAYOUTS(800000000, DATE(2001,12,31), A2:F6, H2:J6)",
    cells: {
      "A2:F6": EXAMPLE_CAPITAL,
      "H2:J6": [
        ["Fund A", "Series C", 600000],
        ["Fund A", "Common", 1000000],
        ["Founder", "Common", 4000000],
        ["Bank", "Notes", 2500000],
        ["Staff", "Options", 2000000],
      ],
    },
  },
  note: "The SERIESC_EXIT example's capital at $800M (p = $60): Fund A gets 600,000 × $60 through the Series C and 1,000,000 × $60 through the common; the bank holds a quarter of the $10M notes.",
  clauses: "Cert §4(a), §4(c)",
  impl: seriesCPayouts,
});

export function seriesCPayouts(
  proceeds: any,
  eventDate: any,
  capital: any[][],
  holdings: any[][],
  events?: any[][],
  payments?: any[][],
  terms?: any[][],
): any[][] {
  return excelCall(() => {
    const amount = requiredNumber(proceeds, "proceeds", { min: 0, what: "the total distributed" });
    const m = exitModel(eventDate, capital, events, payments, terms);
    const held = holdingsArg(requiredRange(holdings, HOLDINGS_ARG, `a range of ${HOLDINGS_LAYOUT} rows`));
    const payouts = holderPayouts(distributeExit(m, amount), m.capital, held);
    // A holder's amounts are parts of the proceeds: never larger than them. Most cells are rows the holder does not hold: 0.
    const cell = (x: Dec) => (x.isZero() ? 0 : toExcelNumber(x, "proceeds"));
    return [["holder", "total", ...m.capital.map((r) => r.name)], ...payouts.map((p) => [p.holder, cell(p.total), ...p.amounts.map(cell)])];
  });
}
