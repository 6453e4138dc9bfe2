import { InputError } from "../../src/calc/core/errors";

/** Runs a calc function and returns the InputError it throws (fails if it does not). */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

/** Calls an adapter and returns the CustomFunctions.Error it threw (fails otherwise). */
export function thrownError(call: () => unknown): { code: string; message: string } {
  try {
    const result = call();
    throw new Error(`expected a CustomFunctions.Error, got ${JSON.stringify(result)}`);
  } catch (e) {
    const err = e as { name?: string; code?: string; message: string };
    if (err.name !== "CustomFunctions.Error") throw e;
    return { code: err.code ?? "", message: err.message };
  }
}

export function expectExcelError(call: () => unknown, code: string, argument: string): void {
  const err = thrownError(call);
  expect(err.code).toBe(code);
  expect(err.message.startsWith(`${argument}`)).toBe(true);
}
