/**
 * Shared setup of the formula tests: the built dist/functions.js loaded in a vm
 * context (test/support/dist.ts), registered in HyperFormula as `MPWR.<ID>`.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { builtFunction, loadBuiltFunctions, readMetadata } from "../support/dist";
import { buildSheet, registerMpwrFunctions } from "../support/hyperformulaPlugin";

export const cf = loadBuiltFunctions();
export const functions = readMetadata().functions;
export const plugin = registerMpwrFunctions(cf, functions);

/** Calls the adapter directly (the same function object the plugin calls). */
export function direct(id: string, ...args: unknown[]): unknown {
  return builtFunction(cf, id)(...args);
}

export type ErrorName = "VALUE" | "NUM" | "NA" | "SPILL" | "ERROR" | "NAME";
export interface ExpectedError {
  error: ErrorName;
  message?: RegExp;
}
export type Expected = number | string | boolean | (number | string | boolean)[][] | ExpectedError;

export const addr = (hf: HyperFormula, a1: string) => {
  const a = hf.simpleCellAddressFromString(a1, 0);
  if (!a) throw new Error(`bad address ${a1}`);
  return a;
};

export function value(hf: HyperFormula, a1: string): unknown {
  return hf.getCellValue(addr(hf, a1));
}

/** The spill anchored at `a1`, read until its reported array range ends. */
export function spill(hf: HyperFormula, a1: string, rows: number, cols: number): unknown[][] {
  const a = addr(hf, a1);
  return hf.getRangeValues({ start: a, end: { sheet: a.sheet, row: a.row + rows - 1, col: a.col + cols - 1 } });
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Jest assertion of a cell (or spill) against an expectation; numbers to 1e-9 relative. */
export function expectValue(actual: unknown, expected: Expected): void {
  if (typeof expected === "object" && !Array.isArray(expected)) {
    expect(actual).toBeInstanceOf(DetailedCellError);
    const e = actual as DetailedCellError;
    expect(e.type).toBe(expected.error);
    if (expected.message) expect(e.message).toMatch(expected.message);
    return;
  }
  if (typeof expected === "number") {
    if (typeof actual !== "number" || !close(actual, expected)) expect(actual).toBe(expected); // shows the diff
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    const rows = actual as unknown[][];
    expect([rows.length, rows[0]?.length]).toEqual([expected.length, expected[0].length]);
    expected.forEach((row, i) => row.forEach((cell, j) => expectValue(rows[i][j], cell)));
    return;
  }
  expect(actual).toBe(expected);
}

export { buildSheet };
