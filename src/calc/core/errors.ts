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

/**
 * Where in a table argument the problem is, as data (the message says it in words): the row as the
 * message numbers it and the column by its name in the table's layout ("a", "quantity", "date",
 * "type"). A form maps an error to its field from this, never from the message's text.
 */
export interface InputLocation {
  readonly row?: number;
  readonly column?: string;
  /** What the message says of that cell without naming it ("must not be negative, got -1"; "required"), for a form that names it by its own label. */
  readonly problem?: string;
}

export class InputError extends Error {
  readonly code: InputErrorCode;
  /** The argument named first. */
  readonly arg: string;
  /** Every argument named. */
  readonly args: readonly string[];
  /** The message without the argument names, for a form that shows its own label. */
  readonly detail: string;
  /** Where in the argument, when known. */
  readonly at?: InputLocation;

  constructor(code: InputErrorCode, culprit: Culprit, detail: string, at?: InputLocation) {
    const args = typeof culprit === "string" ? [culprit] : [...new Set(culprit)];
    super(`${joinNames(args)}: ${detail}`);
    this.name = "InputError";
    this.code = code;
    this.arg = args[0];
    this.args = args;
    this.detail = detail;
    if (at) this.at = at;
  }
}

function joinNames(args: readonly string[]): string {
  return args.length <= 1 ? args.join("") : `${args.slice(0, -1).join(", ")} and ${args[args.length - 1]}`;
}

export const badValue = (arg: Culprit, detail: string, at?: InputLocation): InputError => new InputError("value", arg, detail, at);
export const badNumber = (arg: Culprit, detail: string, at?: InputLocation): InputError => new InputError("num", arg, detail, at);
export const notAvailable = (arg: Culprit, detail: string, at?: InputLocation): InputError => new InputError("na", arg, detail, at);

/** The compiler's check that a `switch` over a vocabulary handles every word: `default: return unhandled(x)`. */
export function unhandled(x: never): never {
  throw new Error(`unhandled case ${String(x)}`);
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
