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
    return body();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    if (isInputError(e)) throw toExcelError(e);
    const detail = e instanceof Error ? e.message : String(e);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `internal error: ${detail}`);
  }
}
