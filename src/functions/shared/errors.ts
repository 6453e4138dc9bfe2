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
 * (−0 × 0.75 floored is −0). The result is copied only when a cell is −0.
 */
export function withoutNegativeZero<T>(result: T): T {
  if (typeof result === "number") return (result === 0 ? 0 : result) as T; // −0 === 0
  // A row without a zero has no −0: includes (SameValueZero: −0 is found too) scans a 100,000-row spill's rows without a call per cell.
  if (!Array.isArray(result) || !result.some((row) => (Array.isArray(row) ? row.includes(0) && row.some(isNegativeZero) : isNegativeZero(row)))) return result;
  return result.map((row) => (Array.isArray(row) ? row.map(zero) : zero(row))) as T;
}

const isNegativeZero = (x: unknown): boolean => Object.is(x, -0);
const zero = (x: unknown): unknown => (x === 0 ? 0 : x);
