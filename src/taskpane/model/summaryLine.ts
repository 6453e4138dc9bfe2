import { formatMoney, formatNumber } from "./cells";
import { Totals } from "./optionExchange";
import { ResultLine, SeriesCPreview } from "./seriesC";

/**
 * The line that stays at the top of a tab while its inputs are edited: the
 * tab's key results, taken from what the tab's results show (the same
 * figures, the same text), in short words that fit a 320 px pane. No DOM.
 */
export interface SummaryItem {
  /** The element id of the item ("sc-sum-convprice"). */
  id: string;
  label: string;
  /** The figure as the results show it, or "—" while it cannot be computed. */
  value: string;
  /** Why there is no figure (the result's own note or error), said to a screen reader and on hover. */
  why?: string;
}

const NONE = "—";

const fromLine = (line: ResultLine | undefined, id: string, label: string): SummaryItem => {
  if (line?.text !== undefined) return { id, label, value: line.text };
  return { id, label, value: NONE, why: line?.error ?? line?.note ?? "Not computed." };
};

/** Series C: conversion price, conversion rate and liquidation amount, per Series C share (Cert §5(c), §4(a)). */
export function seriesCSummary(preview: SeriesCPreview): SummaryItem[] {
  const by = (id: string) => preview.lines.find((l) => l.id === id);
  return [
    fromLine(by("convprice"), "sc-sum-convprice", "Conversion price"),
    fromLine(by("convrate"), "sc-sum-convrate", "Conversion rate"),
    fromLine(by("liquidation"), "sc-sum-liquidation", "Liquidation / share"),
  ];
}

/**
 * Option exchange: the grants counted (valid rows), the new options (Offer §1, each grant rounded down) and,
 * when the valuation inputs are there, the incremental value (new − old). `totals` undefined: not computed yet.
 */
export function optionExchangeSummary(totals: Totals | undefined): SummaryItem[] {
  if (!totals || totals.grants === 0) {
    const why = "Paste a roster to see the new options per grant.";
    return [
      { id: "ox-sum-grants", label: "Eligible grants", value: NONE, why },
      { id: "ox-sum-new", label: "New options", value: NONE, why },
      { id: "ox-sum-incremental", label: "Incremental value", value: NONE, why },
    ];
  }
  const counted = totals.grants - totals.withProblems;
  return [
    { id: "ox-sum-grants", label: "Eligible grants", value: counted.toLocaleString("en-US") },
    totals.newOptions
      ? { id: "ox-sum-new", label: "New options", value: formatNumber(totals.newOptions, 0) }
      : { id: "ox-sum-new", label: "New options", value: NONE, why: "Needs a valid exchange ratio." },
    totals.incremental
      ? { id: "ox-sum-incremental", label: "Incremental value", value: formatMoney(totals.incremental) }
      : {
          id: "ox-sum-incremental",
          label: "Incremental value",
          value: NONE,
          why: totals.valuationProblem ?? "Fill in the stock price, rate and volatility under Exchange value.",
        },
  ];
}
