import { Dec } from "../../../calc/core/decimal";
import { formatIso } from "../../../calc/time/civil";
import { formatNumber } from "../../model/cells";
import { ValueKind } from "./types";

/**
 * Values in a chart's text alternative, written as the pane writes them:
 * money with $ and cents, per-share amounts with as many decimals as they
 * need (2 to 6), shares with thousands separators, dates as dates.
 */
const dollars = (text: string): string => (text.startsWith("-") ? `-$${text.slice(1)}` : `$${text}`);

export const money = (x: Dec): string => dollars(formatNumber(x, 2, 2));
/** A large amount in a few characters for a label on a chart ($373.9M); the text alternative has it exactly. */
export function shortMoney(x: Dec): string {
  const a = x.abs();
  for (const [unit, scale] of [
    ["B", 1e9],
    ["M", 1e6],
    ["K", 1e3],
  ] as const) {
    if (a.gte(scale)) return dollars(`${formatNumber(x.div(scale), a.gte(scale * 100) ? 0 : 1)}${unit}`);
  }
  return money(x);
}
export const perShare = (x: Dec): string => dollars(formatNumber(x, 6, 2));
export const shares = (x: Dec): string => formatNumber(x, 6);
export const date = (day: Dec | number): string => formatIso(typeof day === "number" ? day : day.toNumber());

export function formatValue(kind: ValueKind, x: Dec): string {
  switch (kind) {
    case "money":
      return money(x);
    case "perShare":
      return perShare(x);
    case "shares":
      return shares(x);
    case "date":
      return date(x);
  }
}
