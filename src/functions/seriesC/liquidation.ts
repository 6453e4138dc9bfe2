import { ZERO } from "../../calc/core/decimal";
import { LiquidationPreference, liquidationPreference } from "../../calc/seriesC/liquidation";
import { checkPayments } from "../../calc/seriesC/payments";
import { liquidationWaterfall } from "../../calc/seriesC/waterfall";
import { excelCall } from "../shared/errors";
import { checkedEventsArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { claimsArg, paymentsArg } from "../../input/seriesCTables";
import { requiredDay, requiredNumber, requiredRange } from "../../input/values";
import { Blame, Driver, toExcelNumber } from "../shared/results";
import { dividendDrivers, rateDrivers } from "../shared/seriesCDrivers";
import { defineFunction } from "../catalogue";
import { EVENTS_ARG, EXIT_DATE_ARG, TERMS_ARG } from "../shared/seriesCArgs";

function preference(eventDate: unknown, commonValue: unknown, events: unknown, payments: unknown, terms: unknown): LiquidationPreference & { blame: Blame } {
  const t = seriesCTermsArg(terms);
  const input = {
    day: requiredDay(eventDate, "eventDate"),
    commonValue: requiredNumber(commonValue, "commonValue", { min: 0, what: "proceeds per share of common stock" }),
    events: checkedEventsArg(events, t),
    payments: checkPayments(t, paymentsArg(payments)),
  };
  const r = liquidationPreference(t, input);
  // A = LV + dividends; B = (rate + dividend shares) × commonValue: what makes either large.
  const blame = (): Driver[] => [
    ...dividendDrivers(t, r.conversionDay, input.payments, "eventDate"),
    ...(r.conversion ? [["commonValue", input.commonValue] as const, ...rateDrivers(t, r.conversion.rate)] : []),
  ];
  return { ...r, blame };
}

/** The arguments SERIESC_LIQPREF and SERIESC_LIQDETAIL share. */
const LIQUIDATION_ARGS = [
  EXIT_DATE_ARG,
  {
    name: "commonValue",
    type: "scalar",
    description: "Proceeds per share of common stock in the event (0 or more); also the FMV for dividends paid in shares.",
  },
  EVENTS_ARG,
  { name: "payments", type: "range", optional: true, description: "Dividends actually paid: rows of date | amount per share." },
  TERMS_ARG,
] as const;

export const SERIESC_LIQPREF = /*#__PURE__*/ defineFunction({
  id: "SERIESC_LIQPREF",
  group: "seriesCLiquidation",
  description:
    "Series C liquidation preference per share: the greater of Liquidation Value plus dividends and the as-converted proceeds (within the 20 % cap of Cert §5(k)(6) when term votingPowerAtIssue is given), with the Qualified Return extinguishment on or before the 30-month anniversary (Cert §4(a)).",
  summary: "liquidation preference per share (Cert §4(a))",
  args: LIQUIDATION_ARGS,
  result: { type: "number", description: "Amount per Series C share." },
  example: { formula: "=MPWR.SERIESC_LIQPREF(DATE(2001,6,30), 10)" },
  more: ["=MPWR.SERIESC_LIQPREF(DATE(2001,6,30), 56)"],
  note: "A liquidation on 2001-06-30: with the common worth $10 the Liquidation Value plus dividends applies; at $56 the as-converted value is capped at the Qualified Return.",
  clauses: "Cert §4(a)",
  impl: seriesCLiqPref,
});

export function seriesCLiqPref(eventDate: any, commonValue: any, events?: any[][], payments?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const r = preference(eventDate, commonValue, events, payments, terms);
    return toExcelNumber(r.perShare, r.blame);
  });
}

export const SERIESC_LIQDETAIL = /*#__PURE__*/ defineFunction({
  id: "SERIESC_LIQDETAIL",
  group: "seriesCLiquidation",
  description:
    "Series C liquidation preference worked out: A (Liquidation Value plus dividends), B (as converted), which applies, dividends extinguished and the Qualified Return (Cert §4(a)).",
  summary: "spill: A, B, which applies, dividends extinguished, Qualified Return (Cert §4(a))",
  args: LIQUIDATION_ARGS,
  result: { type: "spill", description: "Rows of label | value: A, B, which applies, dividends extinguished, Qualified Return." },
  example: { formula: "=MPWR.SERIESC_LIQDETAIL(DATE(2001,6,30), 56)" },
  note: "The Qualified Return 2.0 × $28 + $2.80 = $58.80 caps the as-converted value on or before the 30-month anniversary.",
  clauses: "Cert §4(a) (alternatives (i) and (ii), Qualified Return proviso)",
  impl: seriesCLiqDetail,
});

export function seriesCLiqDetail(eventDate: any, commonValue: any, events?: any[][], payments?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const r = preference(eventDate, commonValue, events, payments, terms);
    return [
      ["label", "value"],
      ["A: Liquidation Value + dividends (Cert §4(a)(i))", toExcelNumber(r.valueA, r.blame)],
      ["B: as converted, dividends in shares (Cert §4(a)(ii))", toExcelNumber(r.valueB, r.blame)],
      ["applies", r.applies],
      ["dividends extinguished (per share)", toExcelNumber(r.extinguished, r.blame)],
      ["Qualified Return", toExcelNumber(r.qualifiedReturn, "terms")], // 2.0 × LV + Minimum Dividend Amount
    ];
  });
}

const WATERFALL_HEADER = ["name", "dividends paid", "preference paid", "total paid", "shortfall"];

export const SERIESC_WATERFALL = /*#__PURE__*/ defineFunction({
  id: "SERIESC_WATERFALL",
  group: "seriesCLiquidation",
  description:
    "Series C and Parity Preferred liquidation with insufficient assets: first the accrued dividend claims ratably, then the preference claims ratably (Cert §4(a)).",
  summary: "spill: insufficient assets shared among the parity classes (Cert §4(a))",
  args: [
    { name: "assets", type: "scalar", description: "Assets available to the Series C and the Parity Preferred (0 or more)." },
    {
      name: "claims",
      type: "range",
      description: "Rows of name | accrued dividend claim | preference claim excluding dividends, aggregate amounts per class.",
    },
  ],
  result: { type: "spill", description: "Header row, then per claim: name, dividends paid, preference paid, total paid, shortfall." },
  example: {
    formula: "=MPWR.SERIESC_WATERFALL(30000000, A2:C3)",
    cells: {
      "A2:C3": [
        ["Series C", 3500000, 35000000],
        ["Parity Preferred", 1500000, 15000000],
      ],
    },
  },
  note: "Illustrative aggregate claims ($35,000,000 = 1,250,000 Series C shares × $28): the dividend claims are paid in full first, then the preference claims ratably.",
  clauses: "Cert §4(a) (insufficient assets)",
  impl: seriesCWaterfall,
});

export function seriesCWaterfall(assets: any, claims: any[][]): any[][] {
  return excelCall(() => {
    const a = requiredNumber(assets, "assets", { min: 0, what: "assets available" });
    const rows = liquidationWaterfall(a, claimsArg(requiredRange(claims, "claims", "a range of name | accrued dividend claim | preference claim rows")));
    // Paid amounts are at most the assets; a total or a shortfall adds up claims (finite each, not always together).
    const paid = (): Driver[] => [
      ["assets", a],
      ["claims", rows.reduce((s, r) => s.plus(r.totalPaid).plus(r.shortfall), ZERO)],
    ];
    return [
      WATERFALL_HEADER,
      ...rows.map((r) => [
        r.name,
        toExcelNumber(r.dividendsPaid, paid),
        toExcelNumber(r.preferencePaid, paid),
        toExcelNumber(r.totalPaid, paid),
        toExcelNumber(r.shortfall, "claims"),
      ]),
    ];
  });
}
