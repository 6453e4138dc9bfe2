import { Dec, toDouble } from "../../calc/core/decimal";
import { badNumber } from "../../calc/core/errors";

/**
 * What a result is made of, to name the argument that makes it too large for
 * Excel: each argument with the factor it contributes (a result is a product
 * of such factors: shares × conversion rate, dividends ÷ FMV, …).
 */
export type Driver = readonly [arg: string, factor: Dec | number];

/**
 * Who to name when a result does not fit in a double: one argument (when
 * only it can make the result large), or — computed only then — the drivers,
 * of which the largest factor is named (with any within a factor of 10 of
 * it: then it is the combination). Never a fixed argument that merely
 * happens to come first: that sends the user to the wrong cell.
 */
export type Blame = string | (() => readonly Driver[]);

/** Excel numbers out: finite, or a #NUM! naming the argument(s) that make the result too large. */
export function toExcelNumber(x: Dec, blame: Blame): number {
  const n = toDouble(x); // x.toNumber(), exactly, cheaper
  if (Number.isFinite(n)) return n === 0 ? 0 : n; // no -0 in a cell
  throw tooLarge(x, blame);
}

/**
 * A double result out (option values): finite, or the same #NUM! as toExcelNumber; never −0.
 * `exact`: the result in Decimal (called only then), to say how large a product that overflowed is.
 */
export function doubleToExcel(x: number, blame: Blame, exact?: () => Dec): number {
  if (x - x === 0) return x === 0 ? 0 : x;
  throw tooLarge(exact ? exact() : new Dec(x), blame);
}

function tooLarge(x: Dec, blame: Blame) {
  const size = x.isFinite() ? `about ${x.abs().toSignificantDigits(2).toExponential()}` : "not a finite number";
  const what = `the result (${size}) is too large for Excel, whose largest number is about 1.8e+308`;
  if (typeof blame === "string") return badNumber(blame, what);
  const ranked = blame()
    .map(([arg, f]) => [arg, log10(f)] as const)
    .filter(([, lg]) => Number.isFinite(lg) && lg > 0)
    .sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0)
    return badNumber(
      blame().map(([arg]) => arg),
      what,
    );
  const top = ranked[0][1];
  const names = ranked.filter(([, lg]) => lg >= top - 1).map(([arg]) => arg);
  const factors = ranked
    .filter(([, lg]) => lg >= top - 1)
    .map(([arg, lg]) => `${arg} about 1e+${Math.round(lg)}`)
    .join(", ");
  return badNumber(names, `${what} (factors: ${factors})`);
}

function log10(f: Dec | number): number {
  if (typeof f === "number") return f === 0 ? -Infinity : Math.log10(Math.abs(f));
  if (!f.isFinite() || f.isZero()) return f.isZero() ? -Infinity : Infinity;
  return f.abs().log(10).toNumber(); // exact enough beyond the double range
}
