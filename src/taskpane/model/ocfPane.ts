import { Dec } from "../../calc/core/decimal";
import { InputError } from "../../calc/core/errors";
import { TermOverride } from "../../calc/core/terms";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { exportPackage, zipFiles } from "../../input/ocf/export";
import { CapitalRow as OcfCapitalRow, CandidateEvent, OcfImport, StockClassChoice, importPackageSteps, stockClassChoices } from "../../input/ocf/import";
import { OcfInputFile, OcfPackage, readPackageSteps, unzipPackage } from "../../input/ocf/package";
import { describeProblem, OcfPackageError } from "../../input/ocf/types";
import { RosterMapping, readRoster } from "../../input/roster";
import { DateOrder } from "../../input/text";
import { Day } from "../../calc/time/civil";
import { gridFromText } from "./paste";
import { CapitalFormRow } from "./capital";
import { mappingsFromRecord } from "./columnMapping";
import { OptionExchangeForm, OptionExchangeInputs, readOptionExchangeInputs } from "./optionExchange";
import { EventRow, ParsedSeriesC, SeriesCForm, parseSeriesC } from "./seriesC";

/**
 * "Import OCF package" in the pane, without DOM (docs/ocf.md, docs/user-guide.md): the files
 * picked or dropped are read and validated file by file (a generator the pane's JobRunner runs in
 * slices, yielding after each file's parse and validation), then the Series C class and the as-of
 * date are chosen, the package is replayed, and the result is shown — what is imported, what is
 * to be confirmed, what is missing — before "Apply" puts it into the tabs' inputs.
 *
 * The pane's capital table takes every row type the import builds (docs/functions.md#seriesc_exit,
 * docs/ocf.md): notes as SENIOR and preferred classes as PREFERRED or JUNIOR, each with its rank;
 * a preferred class of the Series C's seniority ranks with it (Cert §2: Parity Stock) as PARITY;
 * options and warrants by exercise price.
 */
export type OcfPaneStatus = "empty" | "reading" | "refused" | "chooseClass" | "importing" | "imported";

export interface OcfPaneImported {
  readonly result: OcfImport;
  /** What the package gives, one line each (counts and the issuer). */
  readonly summary: readonly string[];
  /** The capital rows for the pane (name, type, quantity, a, b, c, rank, participation as text). */
  readonly capital: readonly CapitalFormRow[];
  /** The events for the pane: the common splits (Cert §5(k)(1)). */
  readonly events: readonly EventRow[];
  /** Common issuances below the conversion price: for the user to confirm (Cert §5(k)(4) exemptions). */
  readonly toConfirm: readonly string[];
  /** The roster as tab-separated text with a header the roster reader knows. */
  readonly rosterText: string;
  readonly missing: readonly string[];
  readonly warnings: readonly string[];
}

/** What replacing the tabs' inputs would overwrite (the pane asks first when any is non-empty). */
export interface OcfReplaced {
  readonly capital: number;
  readonly events: number;
  readonly rosterLines: number;
}

/** The tabs' inputs after Apply. */
export interface OcfApplied {
  readonly seriesC: SeriesCForm;
  /** The roster text for the Option exchange tab ("" when the package has no outstanding grant). */
  readonly roster: string;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** The roster's header: names the roster reader recognises (src/input/roster.ts ROSTER_COLUMN_NAMES). */
export const OCF_ROSTER_HEADER = ["Grant ID", "Employee", "Grant date", "Options outstanding", "Exercise price", "Type", "Expiration Date"];

/** A cell of tab-separated text: tabs and line breaks in a name become spaces. */
const cell = (s: string): string => s.replace(/[\t\r\n]+/g, " ");

export function rosterText(imp: OcfImport): string {
  return drain(rosterTextSteps(imp));
}

/** Rows of the roster text written between two yields (100,000 grants: ten slices). */
const ROSTER_TEXT_SLICE = 10_000;

/** `rosterText` in slices: yields the rows written so far. */
function* rosterTextSteps(imp: OcfImport): Generator<number, string> {
  if (imp.roster.length === 0) return "";
  const lines = [OCF_ROSTER_HEADER.join("\t")];
  for (const g of imp.roster) {
    lines.push([cell(g.grant), cell(g.holder), g.grantDate, g.options.toFixed(), g.price.toFixed(), g.type, g.expiration].join("\t"));
    if (lines.length % ROSTER_TEXT_SLICE === 0) yield lines.length;
  }
  return lines.join("\n");
}

function drain<T>(g: Generator<unknown, T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

const text = (d: Dec | undefined): string => (d === undefined ? "" : d.toFixed());

/**
 * The OCF capital rows as the pane's rows: every type as imported (src/input/ocf/import.ts), with
 * its rank where the type takes one and the participation cap. A preferred class of the Series
 * C's rank ranks with it (Cert §2: Parity Stock) and becomes PARITY, which takes the Series C's
 * rank. b (accrued dividends) is not in OCF: 0 until the user enters it (listed as missing).
 */
export function paneCapital(rows: readonly OcfCapitalRow[]): CapitalFormRow[] {
  const seriesCRank = rows.find((r) => r.type === "SERIESC")?.rank;
  const rank = (r: OcfCapitalRow): string => (r.rank === undefined ? "" : String(r.rank));
  return rows.map((r, k) => {
    const row = { id: `ocf${k + 1}`, name: r.name, quantity: r.quantity.toFixed(), a: "", b: "", c: "", rank: "", participation: "" };
    switch (r.type) {
      case "SENIOR":
      case "SERIESC":
        return { ...row, type: r.type, rank: rank(r) };
      case "COMMON":
        return { ...row, type: r.type };
      case "OPTION":
      case "WARRANT":
        return { ...row, type: r.type, a: text(r.a) };
      case "PREFERRED":
      case "JUNIOR": {
        const terms = { a: text(r.a), b: "0", c: text(r.c), participation: text(r.participation) };
        if (r.type === "PREFERRED" && r.rank !== undefined && r.rank === seriesCRank) return { ...row, ...terms, type: "PARITY" };
        return { ...row, ...terms, type: r.type, rank: rank(r) };
      }
      default: {
        const never: never = r.type;
        throw new Error(`unknown capital row type ${String(never)}`);
      }
    }
  });
}

export function paneEvents(events: readonly CandidateEvent[]): { events: EventRow[]; toConfirm: string[] } {
  const out: EventRow[] = [];
  const toConfirm: string[] = [];
  for (const e of events) {
    if (e.confirm) {
      toConfirm.push(`${e.date} ISSUE: ${e.a.toFixed()} common shares for $${text(e.b)}, ${text(e.c)} common outstanding before — ${e.note}`);
      continue;
    }
    out.push({ id: `ocf${out.length + 1}`, date: e.date, type: e.type, a: e.a.toFixed(), b: text(e.b), c: text(e.c), d: "", target: "" });
  }
  return { events: out, toConfirm };
}

export function importedView(result: OcfImport): OcfPaneImported {
  return drain(importedViewSteps(result));
}

/** `importedView` in slices (the roster text of a big package is the long part): yields the roster rows written. */
function* importedViewSteps(result: OcfImport): Generator<number, OcfPaneImported> {
  const capital = paneCapital(result.capital);
  const { events, toConfirm } = paneEvents(result.events);
  const options = result.roster.reduce((n, g) => n.plus(g.options), new Dec(0));
  const summary = [
    `${result.issuer || "The issuer"} as of ${result.asOf}; Series C: ${result.seriesC.name} (${result.seriesC.id})`,
    `${count(capital.length, "capital row")} for the Series C tab`,
    `${count(events.length, "common split")} for the events table`,
    `${count(result.roster.length, "outstanding option grant")} (${options.toFixed()} options) for the Option exchange roster`,
  ];
  return {
    result,
    summary,
    capital,
    events,
    toConfirm,
    rosterText: yield* rosterTextSteps(result),
    missing: result.missing,
    warnings: result.warnings.map(describeProblem),
  };
}

/** What Apply would replace in the current inputs (non-empty lists and roster). */
export function replacedBy(seriesC: SeriesCForm, roster: string): OcfReplaced {
  const rosterLines = roster.trim() === "" ? 0 : roster.trim().split(/\r?\n/).length;
  return { capital: seriesC.capital.length, events: seriesC.events.length, rosterLines };
}

export function replaceQuestion(r: OcfReplaced): string | undefined {
  const parts: string[] = [];
  if (r.capital > 0) parts.push(count(r.capital, "capital row"));
  if (r.events > 0) parts.push(count(r.events, "event"));
  if (r.rosterLines > 0) parts.push(`the roster (${count(r.rosterLines, "line")})`);
  return parts.length === 0 ? undefined : `The package replaces ${parts.join(", ")}. Payments and the other inputs stay as they are.`;
}

/**
 * The tabs' inputs with the import applied: the Series C tab's as-of date, Series C shares
 * outstanding, capital table and events (replaced), and the roster text. Payments and the
 * scenario inputs (FMV, conversion kind, …) are not in OCF and stay as typed.
 */
export function applyImport(seriesC: SeriesCForm, imp: OcfPaneImported): OcfApplied {
  const sc = imp.result.capital.find((r) => r.type === "SERIESC");
  return {
    seriesC: {
      ...seriesC,
      asOf: imp.result.asOf,
      shares: sc ? sc.quantity.toFixed() : seriesC.shares,
      capital: imp.capital.map((r) => ({ ...r })),
      events: imp.events.map((e) => ({ ...e })),
    },
    roster: imp.rosterText,
  };
}

/**
 * The import's state: files → package → class and date → result. Each long step is a generator
 * yielding a fraction done (0…1) for the JobRunner; `progress` says what is being done.
 */
export class OcfImportModel {
  status: OcfPaneStatus = "empty";
  progress = "";
  message = "";
  problems: readonly string[] = [];
  classes: readonly StockClassChoice[] = [];
  /** The stock class id chosen as the Series C. */
  seriesC = "";
  /** ISO date. */
  asOf = "";
  sources = "";
  imported?: OcfPaneImported;
  private pkg?: OcfPackage;

  /** Reads and validates the files, one step per file's parse and validation. */
  *read(files: readonly OcfInputFile[], today: string): Generator<number, void> {
    this.status = "reading";
    this.imported = undefined;
    this.pkg = undefined;
    this.problems = [];
    this.message = "";
    this.sources = files.length === 1 ? files[0].name : count(files.length, "file");
    this.progress = `Reading ${this.sources}…`;
    yield 0;
    try {
      let input = files;
      const zips = files.filter((f) => /\.zip$/i.test(f.name));
      if (zips.length > 0) {
        if (files.length > 1) throw new OcfPackageError([{ file: zips[0].name, message: "give either one .zip or the .ocf.json files, not both" }]);
        input = unzipPackage(zips[0].name, zips[0].bytes);
        this.progress = `Unzipped ${count(input.length, "file")} from ${zips[0].name}`;
        yield 0.05;
      }
      const jsonCount = input.filter((f) => /\.json$/i.test(f.name)).length;
      const steps = readPackageSteps(input);
      let done = 0;
      for (;;) {
        const r = steps.next();
        if (r.done) {
          this.pkg = r.value;
          break;
        }
        if (/^(Read|Validated) /.test(r.value)) done++;
        this.progress = `${r.value} (file step ${done} of ${2 * jsonCount})`;
        yield Math.min(0.95, done / Math.max(1, 2 * jsonCount));
      }
    } catch (e) {
      this.refuse(e);
      return;
    }
    this.classes = stockClassChoices(this.pkg).filter((c) => c.classType === "PREFERRED");
    if (this.classes.length === 0) {
      this.status = "refused";
      this.message = "The package has no preferred stock class to take as the Series C.";
      return;
    }
    const named = this.classes.find((c) => /series\s*c\b/i.test(c.name));
    this.seriesC = (named ?? this.classes[0]).id;
    const asOf = this.pkg.manifest.data.as_of;
    this.asOf = typeof asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : today;
    this.status = "chooseClass";
    this.progress = "";
    this.problems = this.pkg.warnings.map(describeProblem);
  }

  /** Replays the package to the as-of date with the chosen class (one step: the replay). */
  *run(): Generator<number, void> {
    if (!this.pkg) return;
    this.status = "importing";
    this.progress = `Replaying the transactions to ${this.asOf}…`;
    yield 0;
    try {
      const steps = importPackageSteps(this.pkg, { asOf: this.asOf, seriesC: this.seriesC });
      let result: OcfImport;
      for (let n = 1; ; n++) {
        const r = steps.next();
        if (r.done) {
          result = r.value;
          break;
        }
        this.progress = `${r.value}…`;
        yield Math.min(0.85, n / (n + 4));
      }
      this.progress = "Preparing the tables…";
      yield 0.9;
      const view = importedViewSteps(result);
      for (;;) {
        const r = view.next();
        if (r.done) {
          this.imported = r.value;
          break;
        }
        this.progress = `Preparing the roster (${r.value.toLocaleString("en-US")} of ${result.roster.length.toLocaleString("en-US")} grants)…`;
        yield Math.min(0.99, 0.9 + (0.1 * r.value) / Math.max(1, result.roster.length));
      }
      this.status = "imported";
      this.progress = "";
      this.message = "";
      this.problems = [];
    } catch (e) {
      this.refuse(e);
      // The package stays: another date or class can be tried.
      this.status = "chooseClass";
    }
  }

  /** The package read last (for Export). */
  get package(): OcfPackage | undefined {
    return this.pkg;
  }

  private refuse(e: unknown): void {
    if (!(e instanceof OcfPackageError)) throw e;
    this.status = "refused";
    this.progress = "";
    this.message = e.message;
    this.problems = e.problems.map(describeProblem);
  }
}

/** What "Export OCF package" reads from the pane. */
export interface OcfPaneExportInput {
  /** The package imported in this pane session (the export adds to it). */
  readonly pkg: OcfPackage | undefined;
  readonly seriesC: string;
  /** The Series C tab as parsed (terms, checked events, as-of date). */
  readonly parsed: ParsedSeriesC;
  readonly seriesCForm: SeriesCForm;
  /** The Option exchange tab's inputs as read, and its form as typed. */
  readonly exchange: OptionExchangeInputs;
  readonly exchangeForm: Omit<OptionExchangeForm, "roster">;
  /** The roster's grant ids: every grant left in the roster is tendered (Offer §1: no partial tenders). */
  readonly tendered: readonly string[];
  /** ISO date-time (the manifest's generated_at). */
  readonly generatedAt: string;
}

/**
 * The package with the exchange and the Series C's conversion-price history (export.ts), as
 * zip bytes; or the reason it cannot be written (nothing is downloaded then).
 */
export function exportFromPane(x: OcfPaneExportInput): { zip: Uint8Array; files: number; name: string } | { refused: string } {
  if (!x.pkg) return { refused: "Import an OCF package first: the export adds the exchange and the conversion-price history to the package it came from." };
  if (x.parsed.asOf === undefined)
    return { refused: "Export OCF package: the Series C tab's as-of date is missing or invalid (the conversion-price history is written up to it)." };
  const tendered = [...x.tendered];
  if (tendered.length > 0 && x.exchange.newStrike === undefined)
    return { refused: "Export OCF package: the exercise price of the new options is missing (the closing price on the expiration date, Offer Q10)." };
  const overrides: TermOverride[] = [];
  if (x.exchange.ratio !== undefined) overrides.push({ name: "ratio", value: x.exchange.ratio });
  if (x.exchange.expiration !== undefined) overrides.push({ name: "expirationDate", value: x.exchange.expiration });
  try {
    const terms = optionExchangeTerms(overrides);
    const files = exportPackage({
      pkg: x.pkg,
      seriesC: x.seriesC,
      exchange: tendered.length > 0 ? { terms, tendered, newExercisePrice: new Dec(x.exchange.newStrike as number) } : undefined,
      history: { terms: x.parsed.terms, events: x.parsed.events, asOf: x.parsed.asOf },
      mpwr: {
        format: "mpwr-model",
        version: 1,
        source: "pane",
        seriesC: {
          stockClassId: x.seriesC,
          asOf: x.seriesCForm.asOf,
          events: x.seriesCForm.events,
          payments: x.seriesCForm.payments,
          capital: x.seriesCForm.capital,
        },
        optionExchange: { inputs: x.exchangeForm, tendered },
      },
      generatedAt: x.generatedAt,
    });
    const issuer =
      String((x.pkg.manifest.data.issuer as { legal_name?: unknown } | undefined)?.legal_name ?? "ocf")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "ocf";
    return { zip: zipFiles(files), files: files.length, name: `${issuer}-mpwr-ocf.zip` };
  } catch (e) {
    if (e instanceof OcfPackageError)
      return { refused: `The export does not validate, so nothing was written: ${e.problems.map(describeProblem).slice(0, 5).join("; ")}` };
    if (e instanceof InputError) return { refused: `Export OCF package: ${e.message}` };
    throw e;
  }
}

/**
 * The grants the export tenders: every grant of the roster text (Offer §1: no partial tenders).
 * The roster is read with the user's column mappings (model/columnMapping.ts), as the tab reads it.
 * A row with a problem (no id, a duplicate id, a total row, a grant dated after the offer
 * commenced) refuses the export, naming the first ones: the user fixes or deletes them first.
 */
export function tenderedGrants(
  roster: string,
  order: DateOrder,
  commencement?: Day,
  mappings: readonly RosterMapping[] = [],
): { ids: string[] } | { refused: string } {
  if (roster.trim() === "") return { ids: [] };
  const read = readRoster(gridFromText(roster), order, commencement, mappings);
  const bad = read.grants.filter((g) => g.grant === "" || g.problems.length > 0);
  if (read.header.problem)
    return {
      refused: `Export OCF package: the roster cannot be read: ${read.header.problem} (choose its columns under the roster in the Option exchange tab)`,
    };
  if (bad.length > 0) {
    const shown = bad
      .slice(0, 3)
      .map(
        (g) =>
          `row ${g.line}${g.grant ? ` (${g.grant})` : ""}: ${g.problems[0]?.message ?? "no grant id (the export names each grant by its OCF security id)"}`,
      );
    return {
      refused: `Export OCF package: ${count(bad.length, "roster row")} cannot be tendered — ${shown.join("; ")}${bad.length > 3 ? "; …" : ""}. Fix or delete them first.`,
    };
  }
  return { ids: read.grants.map((g) => g.grant) };
}

/** "Export OCF package" from the tabs' forms as typed (the app's port; the view only downloads). */
export function exportFromForms(model: OcfImportModel, seriesCForm: SeriesCForm, exchangeForm: OptionExchangeForm, order: DateOrder, generatedAt: string) {
  if (!model.package)
    return exportFromPane({
      pkg: undefined,
      seriesC: "",
      parsed: parseSeriesC(seriesCForm, order),
      seriesCForm,
      exchange: {},
      exchangeForm,
      tendered: [],
      generatedAt,
    });
  // The column mappings are how the pane reads the roster, not an input of the model: not exported.
  const { roster, rosterColumns, ...form } = exchangeForm;
  const exchange = readOptionExchangeInputs(exchangeForm, order).inputs;
  const tendered = tenderedGrants(roster, order, optionExchangeTerms().commencementDate, mappingsFromRecord(rosterColumns));
  if ("refused" in tendered) return tendered;
  return exportFromPane({
    pkg: model.package,
    seriesC: model.imported?.result.seriesC.id ?? model.seriesC,
    parsed: parseSeriesC(seriesCForm, order),
    seriesCForm,
    exchange,
    exchangeForm: form,
    tendered: tendered.ids,
    generatedAt,
  });
}
