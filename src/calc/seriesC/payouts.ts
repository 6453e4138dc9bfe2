import { Dec, ZERO } from "../core/decimal";
import { badNumber, badValue } from "../core/errors";
import { quoted } from "../core/text";
import { CAPITAL_ARG, CapitalRow } from "./capital";
import { ExitDistribution } from "./exit";

/**
 * Who gets what: each holder's share of an exit distribution (SERIESC_PAYOUTS,
 * the pane's holders table). `holdings` rows are `holder | capital row name |
 * quantity`; a holder may hold under several capital rows. A row's holders
 * receive its per-share amount times their shares; a row without a per-share
 * amount (a SENIOR claim in $) is held in $ of the claim and pays its holders
 * pro rata: amount × held ÷ the row's quantity (docs/interpretations.md).
 */

export const HOLDINGS_ARG = "holdings";
/** The table's columns, as InputError `at.column` names them. */
export const HOLDINGS_COLUMNS = ["holder", "row", "quantity"] as const;
export type HoldingsColumn = (typeof HOLDINGS_COLUMNS)[number];
export const HOLDINGS_LAYOUT = "holder | capital row name | quantity";

/** A holdings row as read (src/input/holdings.ts). */
export interface HoldingInput {
  /** The row's 1-based position in the range, as messages number it. */
  row: number;
  holder: string;
  rowName: string;
  quantity: number;
}

export interface HolderPayout {
  holder: string;
  /** Σ of `amounts`. */
  total: Dec;
  /** Per capital row (in `capital` order): what the holder receives through it (0 where it holds none). */
  amounts: Dec[];
}

const key = (name: string): string => name.trim().toLowerCase();

/** Capital row names → index; a name given to two rows is ambiguous (-1) and refused only when a holding uses it. */
function rowIndex(capital: readonly CapitalRow[]): Map<string, number> {
  const index = new Map<string, number>();
  capital.forEach((r, i) => {
    const k = key(r.name);
    index.set(k, index.has(k) ? -1 : i);
  });
  return index;
}

/**
 * A running sum of quantities: a double while it is exact (whole numbers below 2^53, the usual share counts),
 * else a Decimal; so 100,000 holdings lines cost a double addition each, and a Decimal product per holder and row.
 */
type Sum = number | Dec;
function add(sum: Sum | undefined, q: number): Sum {
  if (sum === undefined) return q;
  if (typeof sum === "number") {
    const s = sum + q;
    if (Number.isSafeInteger(s) && Number.isInteger(sum) && Number.isInteger(q)) return s;
    return new Dec(sum).plus(new Dec(q));
  }
  return sum.plus(new Dec(q));
}
const dec = (x: Sum): Dec => (typeof x === "number" ? new Dec(x) : x);
/** x > y exactly; a double below y's nearest double is below y. */
function above(x: Sum, y: Dec, yNumber: number): boolean {
  if (typeof x === "number" && x < yNumber) return false;
  return dec(x).gt(y);
}

/**
 * Each holder's payout from `d`, the distribution of `capital` (distributeExit), one entry per holder in the order
 * of first appearance (holder names compared without case or surrounding spaces). One pass over the holdings: a
 * lookup and an addition per line; then one product per holder and row held.
 */
export function holderPayouts(d: ExitDistribution, capital: readonly CapitalRow[], holdings: readonly HoldingInput[]): HolderPayout[] {
  if (holdings.length === 0) throw badValue(HOLDINGS_ARG, `at least one row of ${HOLDINGS_LAYOUT} is required`);
  const index = rowIndex(capital);
  const n = capital.length;
  const quantity = capital.map((r) => r.quantity.toNumber());
  // What one unit of each row pays: its per-share amount; a claim in $ (no per share) its amount per $ of the claim.
  const perUnit: Dec[] = d.rows.map((r, i) => r.perShare ?? (capital[i].quantity.gt(0) ? r.amount.div(capital[i].quantity) : ZERO));
  const held: (Sum | undefined)[] = new Array(n).fill(undefined);
  const holders = new Map<string, { holder: string; q: (Sum | undefined)[] }>();
  const order: { holder: string; q: (Sum | undefined)[] }[] = [];
  // Lines repeat a few row names and each holder's name as typed: looked up as typed first, normalised once per spelling.
  const rowOf = new Map<string, number | undefined>();
  const holderOf = new Map<string, { holder: string; q: (Sum | undefined)[] }>();
  for (const h of holdings) {
    let i = rowOf.get(h.rowName);
    if (i === undefined) rowOf.set(h.rowName, (i = index.get(key(h.rowName))));
    if (i === undefined) refuse(h, "row", `${quoted(h.rowName)} matches no capital row (${quoted(capital.map((r) => r.name).join(", "))})`);
    if (i < 0) refuse(h, "row", `${quoted(h.rowName)} matches two capital rows; give each its own name`);
    const q = h.quantity === 0 ? 0 : h.quantity; // no −0
    if (!(q >= 0 && q < Infinity)) refuse(h, "quantity", `must be a finite number 0 or more, got ${q}`, badNumber);
    const r = capital[i];
    if (above(q, r.quantity, quantity[i]))
      refuse(h, "quantity", `${new Dec(q).toString()} is more than the ${quoted(r.name)} row's quantity ${r.quantity.toString()}`);
    held[i] = add(held[i], q);
    let p = holderOf.get(h.holder);
    if (!p) {
      const k = key(h.holder);
      p = holders.get(k);
      if (!p) {
        holders.set(k, (p = { holder: h.holder.trim(), q: new Array(n).fill(undefined) }));
        order.push(p);
      }
      holderOf.set(h.holder, p);
    }
    p.q[i] = add(p.q[i], q);
  }
  // The holders of one capital row cannot hold more than it has: the first holdings line past its quantity is named.
  held.forEach((total, i) => {
    if (total === undefined || !above(total, capital[i].quantity, quantity[i])) return;
    let sum: Sum | undefined;
    const h = holdings.find((x) => index.get(key(x.rowName)) === i && above((sum = add(sum, x.quantity)), capital[i].quantity, quantity[i]))!;
    refuse(
      h,
      "quantity",
      `brings the holdings of ${quoted(capital[i].name)} to ${dec(sum!).toString()}, more than its quantity ${capital[i].quantity.toString()}`,
    );
  });
  return order.map(({ holder, q }) => {
    // Cert §4(a), (c): the row's amount per share (per $ of a senior claim) to each share (each $) held.
    const amounts = q.map((x, i) => (x === undefined ? ZERO : dec(x).times(perUnit[i])));
    let total: Dec | undefined;
    for (const a of amounts) if (!a.isZero()) total = total ? total.plus(a) : a; // most holders hold one row: no addition
    return { holder, total: total ?? ZERO, amounts };
  });
}

/**
 * A holdings line the capital table cannot hold: #VALUE! naming both tables (the line and its row in the capital
 * table disagree: either may be wrong), or a quantity no holding can have: #NUM! naming holdings; with the line's position.
 */
function refuse(h: HoldingInput, column: HoldingsColumn, problem: string, error = badValue): never {
  const both = error === badValue;
  const detail = `${both ? `${HOLDINGS_ARG} ` : ""}row ${h.row}: the ${column === "row" ? "capital row name" : column} ${problem}`;
  throw error(both ? [HOLDINGS_ARG, CAPITAL_ARG] : HOLDINGS_ARG, detail, { row: h.row, column, problem });
}
