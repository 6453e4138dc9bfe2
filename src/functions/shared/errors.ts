import { InputError, isInputError } from "../../calc/core/errors";

function toExcelError(e: InputError): CustomFunctions.Error {
  const code = {
    value: CustomFunctions.ErrorCode.invalidValue,
    num: CustomFunctions.ErrorCode.invalidNumber,
    na: CustomFunctions.ErrorCode.notAvailable,
  }[e.code];
  return new CustomFunctions.Error(code, e.message);
}

/**
 * Runs a function body the way Excel must see it: a result, or a thrown
 * CustomFunctions.Error whose message names the argument (docs/conventions.md). Anything
 * unexpected still becomes #VALUE! with a message, never a raw exception.
 */
export function excelCall<T>(body: () => T): T {
  try {
    return withoutNegativeZero(body());
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    if (isInputError(e)) throw toExcelError(e);
    const detail = e instanceof Error ? e.message : String(e);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `internal error: ${detail}`);
  }
}

/**
 * No `-0` in a cell (docs/conventions.md#errors): a result, or each cell of a
 * spilled result, that is −0 becomes 0 — whatever arithmetic produced it
 * (−0 × 0.75 floored is −0). The rows are copied only when one has a −0.
 */
export function withoutNegativeZero<T>(result: T): T {
  if (typeof result === "number") return (Object.is(result, -0) ? 0 : result) as T;
  if (!Array.isArray(result)) return result;
  let out: unknown[] | undefined;
  for (let i = 0; i < result.length; i++) {
    const row: unknown = result[i];
    let fixed: unknown = row;
    if (Array.isArray(row) && row.some((x) => Object.is(x, -0))) fixed = row.map((x) => (Object.is(x, -0) ? 0 : x));
    else if (Object.is(row, -0)) fixed = 0;
    if (fixed !== row) (out ??= result.slice())[i] = fixed;
  }
  return (out ?? result) as T;
}
