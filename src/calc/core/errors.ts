/**
 * Errors the calculation module reports about its inputs. `code` follows the
 * Excel error a user will see (docs/conventions.md): `value` → #VALUE!, `num` → #NUM!,
 * `na` → #N/A. The message starts with the argument at fault — or, when the
 * problem is how two arguments relate (a redemption date and its notice, a
 * hire and a termination date), with both: "redemptionDate and noticeDate: …".
 */
export type InputErrorCode = "value" | "num" | "na";

/** One argument, or the arguments that together cause the problem (named in this order). */
export type Culprit = string | readonly string[];

export class InputError extends Error {
  readonly code: InputErrorCode;
  /** The argument named first. */
  readonly arg: string;
  /** Every argument named. */
  readonly args: readonly string[];
  /** The message without the argument names, for a form that shows its own label. */
  readonly detail: string;

  constructor(code: InputErrorCode, culprit: Culprit, detail: string) {
    const args = typeof culprit === "string" ? [culprit] : [...new Set(culprit)];
    super(`${joinNames(args)}: ${detail}`);
    this.name = "InputError";
    this.code = code;
    this.arg = args[0];
    this.args = args;
    this.detail = detail;
  }
}

function joinNames(args: readonly string[]): string {
  return args.length <= 1 ? args.join("") : `${args.slice(0, -1).join(", ")} and ${args[args.length - 1]}`;
}

export const badValue = (arg: Culprit, detail: string): InputError => new InputError("value", arg, detail);
export const badNumber = (arg: Culprit, detail: string): InputError => new InputError("num", arg, detail);
export const notAvailable = (arg: Culprit, detail: string): InputError => new InputError("na", arg, detail);

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
