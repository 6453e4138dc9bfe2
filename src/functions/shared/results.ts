import { Dec } from "../../calc/core/decimal";
import { badNumber } from "../../calc/core/errors";

/** Excel numbers out: finite or a #NUM! naming the argument that caused it. */
export function toExcelNumber(x: Dec, arg: string): number {
  const n = x.toNumber();
  if (!Number.isFinite(n)) throw badNumber(arg, "the result is too large for Excel");
  return n === 0 ? 0 : n; // no -0 in a cell
}
