/**
 * Errors the calculation module reports about its inputs. `code` follows the
 * Excel error a user will see (docs/conventions.md): `value` → #VALUE!, `num` → #NUM!,
 * `na` → #N/A. `arg` names the argument at fault; the message starts with it.
 */
export type InputErrorCode = "value" | "num" | "na";

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly arg: string;

  constructor(code: InputErrorCode, arg: string, detail: string) {
    super(`${arg}: ${detail}`);
    this.name = "InputError";
    this.code = code;
    this.arg = arg;
  }
}

export const badValue = (arg: string, detail: string): InputError => new InputError("value", arg, detail);
export const badNumber = (arg: string, detail: string): InputError => new InputError("num", arg, detail);
export const notAvailable = (arg: string, detail: string): InputError => new InputError("na", arg, detail);

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
