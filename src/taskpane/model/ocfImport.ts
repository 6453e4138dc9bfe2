import { ZERO } from "../../calc/core/decimal";
import { capitalCells, importPackage, OcfImport, stockClassChoices, StockClassChoice } from "../../input/ocf/import";
import { OcfInputFile, OcfPackage, readPackageInput } from "../../input/ocf/package";
import { describeProblem, OcfPackageError } from "../../input/ocf/types";

/**
 * "Import OCF package" as the pane shows it, without DOM (docs/ocf.md): the files picked or
 * dropped → the package read and validated once → the stock classes to choose the Series C
 * from → the tables as of the date, what was imported and what is missing. Long steps are
 * generator steps, so the pane's job runner can show progress between them.
 */
export type OcfImportState =
  | { readonly status: "refused"; readonly message: string; readonly problems: readonly string[] }
  | { readonly status: "chooseClass"; readonly classes: readonly StockClassChoice[]; readonly warnings: readonly string[] }
  | { readonly status: "imported"; readonly result: OcfImport; readonly summary: readonly string[]; readonly capital: readonly string[][]; readonly missing: readonly string[]; readonly warnings: readonly string[] };

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? "" : "s"}`;

function refused(e: unknown): OcfImportState {
  if (e instanceof OcfPackageError) return { status: "refused", message: e.message, problems: e.problems.map(describeProblem) };
  throw e;
}

/** Reads and validates the files (one step per call of the generator: read, then the classes). */
export function* readOcfFiles(files: readonly OcfInputFile[]): Generator<string, { state: OcfImportState; pkg?: OcfPackage }> {
  yield `Reading ${files.length === 1 ? files[0].name : `${files.length} files`}`;
  let pkg: OcfPackage;
  try {
    pkg = readPackageInput(files);
  } catch (e) {
    return { state: refused(e) };
  }
  const classes = stockClassChoices(pkg).filter((c) => c.classType === "PREFERRED");
  if (classes.length === 0) return { state: { status: "refused", message: "The package has no preferred stock class to take as the Series C.", problems: [] }, pkg };
  return { state: { status: "chooseClass", classes, warnings: pkg.warnings.map(describeProblem) }, pkg };
}

/** The tables as of a date, with the Series C class chosen. */
export function* importOcf(pkg: OcfPackage, asOf: string, seriesC: string): Generator<string, OcfImportState> {
  yield `Replaying the transactions to ${asOf}`;
  let result: OcfImport;
  try {
    result = importPackage(pkg, { asOf, seriesC });
  } catch (e) {
    return refused(e);
  }
  const options = result.roster.reduce((n, g) => n.plus(g.options), ZERO);
  const toConfirm = result.events.filter((e) => e.confirm).length;
  const summary = [
    `${result.issuer || "The issuer"} as of ${result.asOf}; Series C: ${result.seriesC.name}`,
    `${result.capital.length} capital rows`,
    `${result.roster.length} outstanding option grants (${options.toFixed()} options)`,
    `${count(result.events.length - toConfirm, "common split")} for the events table; ${count(toConfirm, "common issuance")} below the conversion price to confirm`,
    `${result.missing.length} items OCF does not carry, to fill in`,
  ];
  return { status: "imported", result, summary, capital: capitalCells(result.capital), missing: result.missing, warnings: result.warnings.map(describeProblem) };
}

/** Runs a step generator to its end (tests; a caller without a job runner). */
export function runSteps<T>(g: Generator<string, T>, progress: (text: string) => void = () => undefined): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
    progress(r.value);
  }
}
