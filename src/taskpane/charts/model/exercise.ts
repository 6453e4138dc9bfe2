import { Dec, ONE, ZERO, maxDec } from "../../../calc/core/decimal";
import { isInputError } from "../../../calc/core/errors";
import { breakevenPrice, exerciseValue } from "../../../calc/optionExchange/breakeven";
import { checkRatio } from "../../../calc/optionExchange/newShares";
import { checkPositive } from "../../../calc/optionExchange/checks";
import { formatNumber } from "../../model/cells";
import { money, perShare } from "./format";
import { indexOf, niceCeil, pointsUpTo, roundGrid } from "./samples";
import { dataTable, tableRows } from "./table";
import { ChartData, Mark, Series } from "./types";

export interface ExerciseInput {
  /** The eligible option's exercise price. */
  oldStrike: Dec;
  /** The new options' exercise price. */
  newStrike: Dec;
  /** New options per eligible option (Offer §1: 0.75). */
  ratio: Dec;
  /** Grant id, for the caption. */
  grant?: string;
  /** Right end of the range of stock prices (default: round, past the break-even and today's stock price). */
  maxPrice?: Dec;
  /** Today's stock price (the pane's Stock price field): a point, marked, and inside the range. */
  stockPrice?: Dec;
}

/** The break-even (OPTEX_BREAKEVEN), or undefined where there is none (#N/A). */
function breakeven(oldStrike: Dec, newStrike: Dec, ratio: Dec): Dec | undefined {
  try {
    return breakevenPrice(oldStrike, newStrike, ratio);
  } catch (e) {
    if (isInputError(e) && e.code === "na") return undefined;
    throw e;
  }
}

/**
 * The value at exercise of one eligible option against that of the `ratio`
 * new options it is exchanged for (Offer §1), against the stock price: both
 * are linear but for a kink at each exercise price, and they cross at the
 * break-even price (OPTEX_BREAKEVEN).
 */
export function exerciseChart(input: ExerciseInput): ChartData {
  const { oldStrike, newStrike, ratio, stockPrice } = input;
  checkPositive(oldStrike, "oldStrike", "the old exercise price");
  checkPositive(newStrike, "newStrike", "the new exercise price");
  checkRatio(ratio);
  if (stockPrice) checkPositive(stockPrice, "stockPrice", "the stock price");
  const be = breakeven(oldStrike, newStrike, ratio);
  const last = [oldStrike, newStrike, ...(be ? [be] : [])].reduce((m, x) => maxDec(m, x), ZERO);
  const max = input.maxPrice ?? niceCeil(maxDec(last.times(1.5), stockPrice ? stockPrice.times(1.1) : ZERO));
  const grid = roundGrid(max);
  const spot = stockPrice && stockPrice.lte(max) ? stockPrice : undefined;
  const xs = pointsUpTo(max, grid, [oldStrike, newStrike], be ? [be] : [], spot ? [spot] : []);
  const r = formatNumber(ratio, 6);
  const series: Series[] = [
    { id: "old", label: `1 eligible option at ${perShare(oldStrike)}`, values: xs.map((s) => exerciseValue(ONE, oldStrike, s)) },
    { id: "new", label: `${r} new options at ${perShare(newStrike)}`, values: xs.map((s) => exerciseValue(ratio, newStrike, s)) },
  ];
  const marks: Mark[] = [];
  let summary: string;
  if (be) {
    marks.push({ axis: "x", at: be, label: `break-even ${money(be)}` });
    summary = `Below a stock price of ${perShare(be)} the ${r} new options are worth more at exercise; above it the eligible option is (Offer §1).`;
  } else if (newStrike.gte(oldStrike)) {
    summary = `The new exercise price ${perShare(newStrike)} is not below the old ${perShare(oldStrike)}: the eligible option is never worth less at exercise, and there is no break-even price.`;
  } else {
    summary = `With ${r} new options per option at a lower exercise price, the new options are never worth less at exercise: there is no break-even price.`;
  }
  if (spot) {
    marks.push({ axis: "x", at: spot, label: `stock price ${money(spot)}` });
    const [oldValue, newValue] = series.map((s) => s.values[indexOf(xs, spot)] as Dec);
    summary += ` At the stock price of ${perShare(spot)} the eligible option is worth ${perShare(oldValue)} at exercise and the ${r} new options ${perShare(newValue)}.`;
  }
  const key = [indexOf(xs, oldStrike), indexOf(xs, newStrike), be ? indexOf(xs, be) : -1, spot ? indexOf(xs, spot) : -1];
  const x = { label: "Stock price", kind: "perShare" as const };
  const y = { label: "Value at exercise", kind: "perShare" as const };
  return {
    id: "optionExchange-exercise",
    title: `Value at exercise: one eligible option${input.grant ? ` of grant ${input.grant}` : ""} vs ${r} new options`,
    x,
    y,
    xs,
    series,
    stacked: false,
    stepped: false,
    marks,
    summary,
    table: dataTable(x.label, x.kind, y.kind, xs, series, tableRows(xs.length, key)),
  };
}
