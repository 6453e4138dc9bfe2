import { dayFromCivil } from "../../calc/time/civil";
import { CAPITAL_HEADERS, OPTION_EXCHANGE_EXAMPLE, OptionExchangeModelInput, SERIES_C_EXAMPLE, SeriesCModelInput } from "../../layout";
import type { CapitalRow as LayoutCapitalRow, EventRow, RosterGrant } from "../../layout";
import { CapitalRow, OcfImport } from "./import";
import { describeProblem } from "./types";

/**
 * An imported OCF package as the model workbook's inputs (docs/ocf.md, docs/workbook.md): the
 * Series C sheet's as-of date, Series C shares outstanding, capital and events; the option exchange
 * sheet's roster. Inputs OCF does not carry (scenario values, prices, the new exercise price)
 * keep the example's values and are listed in the import report for the user to replace.
 */
const dayOf = (iso: string): number => dayFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Capital rows as the layout's Table holds them: 6 columns, or 8 once its header has rank and participation. */
export function capitalTableRows(rows: readonly CapitalRow[], columns = CAPITAL_HEADERS.length): LayoutCapitalRow[] {
  return rows.map((r) => {
    const cells: (string | number | null)[] = [
      r.name,
      r.type,
      r.quantity.toNumber(),
      r.a?.toNumber() ?? null,
      r.b?.toNumber() ?? null,
      r.c?.toNumber() ?? null,
    ];
    if (columns >= 8) cells.push(r.rank ?? null, r.participation?.toNumber() ?? null);
    return cells as LayoutCapitalRow;
  });
}

/** The confirmed events: the common splits (ISSUE candidates wait for the user's confirmation). */
export function eventRows(imp: OcfImport): EventRow[] {
  return imp.events.filter((e) => !e.confirm).map((e) => [dayOf(e.date), e.type, e.a.toNumber(), e.b?.toNumber() ?? null, e.c?.toNumber() ?? null, null]);
}

export function seriesCInput(imp: OcfImport, base: SeriesCModelInput = SERIES_C_EXAMPLE): SeriesCModelInput {
  const sc = imp.capital.find((r) => r.type === "SERIESC");
  return {
    ...base,
    asOf: dayOf(imp.asOf),
    outstanding: sc ? sc.quantity.toNumber() : null,
    capital: capitalTableRows(imp.capital),
    events: eventRows(imp),
    payments: [],
    prices: [],
    // The example's holders hold the example's rows: none of the package's (its stakeholders are not read as holdings).
    holdings: [],
  };
}

export function optionExchangeInput(imp: OcfImport, base: OptionExchangeModelInput = OPTION_EXCHANGE_EXAMPLE): OptionExchangeModelInput {
  const roster: RosterGrant[] = imp.roster.map((g) => ({
    grant: g.grant,
    holder: g.holder,
    grantDate: dayOf(g.grantDate),
    options: g.options.toNumber(),
    exercisePrice: g.price.toNumber(),
    type: g.type,
  }));
  return { ...base, roster, grantRow: 1, eligibleOptions: roster.reduce((n, g) => n + g.options, 0) };
}

/** The "OCF import" sheet: what was imported, what to confirm, what is missing. */
export function importReport(imp: OcfImport, source: string): (string | number)[][] {
  const rows: (string | number)[][] = [
    ["MPWR: Open Cap Format import"],
    ["Package", source],
    ["Issuer", imp.issuer],
    ["As of", imp.asOf],
    ["Series C class", `${imp.seriesC.name} (${imp.seriesC.id})`],
    [],
    ["Capital table (name | type | quantity | a | b | c | rank | participation)"],
    ...imp.capital.map((r) => [
      r.name,
      r.type,
      r.quantity.toFixed(),
      r.a?.toFixed() ?? "",
      r.b?.toFixed() ?? "",
      r.c?.toFixed() ?? "",
      r.rank ?? "",
      r.participation?.toFixed() ?? "",
    ]),
    [],
    [`Roster: ${imp.roster.length} outstanding option grants (Option exchange sheet)`],
    [],
    ["Candidate events (date | type | a | b | c | confirm | note)"],
    ...imp.events.map((e) => [
      e.date,
      e.type,
      e.a.toFixed(),
      e.b?.toFixed() ?? "",
      e.c?.toFixed() ?? "",
      e.confirm ? "confirm, then add to the events" : "in the events table",
      e.note,
    ]),
    [],
    ["Missing: OCF does not carry these; fill them in"],
    ...imp.missing.map((m) => [m]),
    [
      "Scenario inputs kept from the example workbook (not in OCF): common value, holder's shares, FMV, conversion kind, redemption, proceeds, exit values, the new options' exercise price, valuation inputs, the transaction value",
    ],
    [],
    ["Warnings"],
    ...(imp.warnings.length ? imp.warnings.map((w) => [describeProblem(w)]) : [["none"]]),
  ];
  return rows;
}
