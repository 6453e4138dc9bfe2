import fs from "fs";
import path from "path";
import { Dec } from "../../../src/calc/core/decimal";
import { ChartData } from "../../../src/taskpane/charts/model/types";
import { DIST, builtFunction, loadBuiltFunctions } from "../../support/dist";

/** The built dist/functions.js, when `npm test` (or `npm run build`) has made it; the tests that call it are skipped otherwise. */
export const built = fs.existsSync(path.join(DIST, "functions.js"));
export const describeBuilt = built ? describe : describe.skip;

let cf: ReturnType<typeof loadBuiltFunctions> | undefined;
/** A function of the built bundle, called as Excel calls it. */
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
