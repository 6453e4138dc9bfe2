import { checkCapital } from "../../../src/calc/seriesC/capital";
import { EXAMPLE_CAPITAL } from "../../../src/layout/exampleData";
import { waterfallChart } from "../../../src/taskpane/charts/model/waterfall";
import { D, terms } from "../../calc/seriesC/fixtures";

/** The example capital table (src/layout/exampleData.ts) as SERIESC_EXIT checks it, and its waterfall chart on 2001-12-31. */
export const t = terms();
export const ROWS = EXAMPLE_CAPITAL;
export const capital = checkCapital(
  EXAMPLE_CAPITAL.map(([name, type, quantity, a, b, c], i) => ({ row: i + 1, name, type, quantity, a: a ?? undefined, b: b ?? undefined, c: c ?? undefined })),
);
export const day = D(2001, 12, 31);
export const chart = waterfallChart({ terms: t, day, capital, events: [], payments: [] });
