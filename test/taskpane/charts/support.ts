import { Dec } from "../../../src/calc/core/decimal";
import { ChartData } from "../../../src/taskpane/charts/model/types";
import { builtFunction, loadBuiltFunctions } from "../../support/dist";

let cf: ReturnType<typeof loadBuiltFunctions> | undefined;
/** A function of the built bundle (the test build: `*.built.test.ts` only), called as Excel calls it. */
export function fn(id: string): (...args: unknown[]) => any {
  cf ??= loadBuiltFunctions();
  return builtFunction(cf, id) as (...args: unknown[]) => any;
}

/** Same within the 15–16 digits of an Excel double (relative, absolute near 0). */
export function expectNear(actual: Dec | number, expected: number, what = ""): void {
  const a = typeof actual === "number" ? actual : actual.toNumber();
  const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
  if (!(Math.abs(a - expected) <= tolerance)) throw new Error(`${what}: ${a} is not ${expected}`);
}

export const values = (c: ChartData, id: string): Dec[] => {
  const s = c.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s.values as Dec[];
};

/** Excel serial of a Day number (the same from 1900-03-01 on). */
export const serialOf = (day: Dec) => day.toNumber();
