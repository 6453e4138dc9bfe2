import { strToU8, zipSync } from "fflate";
import { Dec } from "../../calc/core/decimal";
import { lastExerciseDay } from "../../calc/optionExchange/expiry";
import { newOptionsForGrant } from "../../calc/optionExchange/newShares";
import { OptionExchangeTerms } from "../../calc/optionExchange/terms";
import { vestingSchedule } from "../../calc/optionExchange/vesting";
import { adjustmentsUntil } from "../../calc/seriesC/conversionPrice";
import { CorporateEvent } from "../../calc/seriesC/events";
import { SeriesCTerms } from "../../calc/seriesC/terms";
import { Day, formatIso } from "../../calc/time/civil";
import { importPackage } from "./import";
import { md5Hex } from "./md5";
import { toNumeric } from "./numeric";
import { MANIFEST_LISTS, OcfInputFile, OcfPackage, readPackage } from "./package";
import { OcfObject, OcfPackageError } from "./types";

/**
 * MPWR's results as an OCF 1.2.0 package (docs/ocf.md): the imported package, unchanged, plus
 * - the exchange: per tendered grant an equity-compensation cancellation on the expiration date
 *   and a new option issuance with the exact vestings[] of OPTEX_SCHEDULE and the expiration of
 *   OPTEX_EXPIRY (Offer §1, Q8, Q10, Q11; Agreement §5A, §5E, §5G);
 * - the Series C's conversion-price history: one TX_STOCK_CLASS_CONVERSION_RATIO_ADJUSTMENT per
 *   line of SERIESC_ADJUSTMENTS that changes the price, one TX_STOCK_CLASS_SPLIT per SPLIT of the
 *   common (Cert §5(f), (k), (l));
 * - MPWR's terms, events and payments as a JSON document referenced by an OCF Document object.
 * Numbers are OCF Numeric strings (at most 10 decimals, half-up). The result is read back and
 * validated before it is returned: an export that would not import is an error, never a file.
 */
export interface ExchangeExport {
  readonly terms: OptionExchangeTerms;
  /** Security ids of the option grants tendered (no partial tenders: Offer §1). */
  readonly tendered: readonly string[];
  /** The new options' exercise price: the closing price on the expiration date (Offer Q10). */
  readonly newExercisePrice: Dec;
}

export interface SeriesCHistoryExport {
  readonly terms: SeriesCTerms;
  readonly events: readonly CorporateEvent[];
  /** Adjustments dated on or before it are written. */
  readonly asOf: Day;
}

export interface ExportInput {
  readonly pkg: OcfPackage;
  /** The Series C's stock class id. */
  readonly seriesC: string;
  readonly exchange?: ExchangeExport;
  readonly history?: SeriesCHistoryExport;
  /** MPWR's terms, events and payments (any JSON), written as mpwr/mpwr-model.json. */
  readonly mpwr: unknown;
  /** ISO date-time of the export (the manifest's generated_at). */
  readonly generatedAt: string;
}

export const MPWR_TRANSACTIONS = "Transactions.mpwr.ocf.json";
export const MPWR_DOCUMENTS = "Documents.mpwr.ocf.json";
export const MPWR_DOCUMENT_PATH = "mpwr/mpwr-model.json";
export const MPWR_DOCUMENT_ID = "mpwr-model";

const usd = (x: Dec, what: string) => ({ amount: toNumeric(x, what), currency: "USD" });
const TERMINATION_REASONS = [
  "VOLUNTARY_OTHER",
  "VOLUNTARY_GOOD_CAUSE",
  "VOLUNTARY_RETIREMENT",
  "INVOLUNTARY_OTHER",
  "INVOLUNTARY_DEATH",
  "INVOLUNTARY_DISABILITY",
  "INVOLUNTARY_WITH_CAUSE",
];

function fail(message: string, id?: string): never {
  throw new OcfPackageError([{ file: "export", id, message }]);
}

/** The stock class the Series C converts into (its conversion right, else the only common class). */
function commonClassOf(pkg: OcfPackage, seriesC: OcfObject): string {
  const right = (seriesC.conversion_rights as { converts_to_stock_class_id?: string }[] | undefined)?.[0];
  if (right?.converts_to_stock_class_id !== undefined) return right.converts_to_stock_class_id;
  const commons = pkg.files
    .filter((f) => f.fileType === "OCF_STOCK_CLASSES_FILE")
    .flatMap((f) => f.items)
    .filter((c) => c.class_type === "COMMON");
  if (commons.length !== 1)
    fail(`the Series C class names no class it converts into and the package has ${commons.length} common classes: the split cannot be placed`, seriesC.id);
  return commons[0].id;
}

function exchangeTransactions(input: ExportInput, ex: ExchangeExport, existing: Set<string>): OcfObject[] {
  const grantDay: Day = ex.terms.expirationDate;
  const grantDate = formatIso(grantDay);
  if (!ex.newExercisePrice.isFinite() || ex.newExercisePrice.lte(0))
    fail(`the new options' exercise price must be a positive price (the closing price on ${grantDate}, Offer Q10), got ${ex.newExercisePrice.toString()}`);
  const before = importPackage(input.pkg, { asOf: grantDate, seriesC: input.seriesC });
  const outstanding = new Map(before.roster.map((g) => [g.grant, g]));
  const issuances = new Map(
    input.pkg.files
      .flatMap((f) => f.items)
      .filter((o) => typeof o.security_id === "string" && o.object_type.endsWith("_ISSUANCE"))
      .map((o) => [o.security_id as string, o]),
  );
  const out: OcfObject[] = [];
  const seen = new Set<string>();
  for (const grant of ex.tendered) {
    if (seen.has(grant)) fail(`grant ${JSON.stringify(grant)} is tendered twice`, grant);
    seen.add(grant);
    const cancelId = `${grant}.mpwr-exchange-cancellation`;
    if (existing.has(cancelId)) continue; // exported before: the package already records the exchange of this grant
    const g = outstanding.get(grant);
    if (g === undefined) fail(`grant ${JSON.stringify(grant)} is not an outstanding option grant of the package on ${grantDate}, the expiration date`, grant);
    const old = issuances.get(grant) as OcfObject;
    const newShares = newOptionsForGrant(g.options, ex.terms.ratio, `grant ${grant}`);
    const newId = `${grant}.mpwr-new`;
    out.push({
      object_type: "TX_EQUITY_COMPENSATION_CANCELLATION",
      id: cancelId,
      security_id: grant,
      date: grantDate,
      quantity: toNumeric(g.options, "options cancelled"),
      reason_text: "Tendered and cancelled in the option exchange offer on its expiration date (Offer §1)",
      ...(newShares.gt(0) ? { comments: [`Exchanged for ${newShares.toFixed()} new options, security ${newId}`] } : {}),
    });
    if (newShares.isZero()) continue; // floor(options × ratio) = 0: no new option (Offer §1: no fractional shares)
    const vestings = vestingSchedule(ex.terms, newShares, grantDay, `grant ${grant}`, "expirationDate").map((v) => ({
      date: formatIso(v.day),
      amount: toNumeric(v.shares, "shares vesting"),
    }));
    const expiration = formatIso(lastExerciseDay(ex.terms, grantDay));
    out.push({
      object_type: "TX_EQUITY_COMPENSATION_ISSUANCE",
      id: `${grant}.mpwr-exchange-issuance`,
      security_id: newId,
      date: grantDate,
      custom_id: `${typeof old.custom_id === "string" ? old.custom_id : grant}-X`,
      stakeholder_id: old.stakeholder_id as string,
      ...(typeof old.stock_plan_id === "string" ? { stock_plan_id: old.stock_plan_id } : {}),
      ...(typeof old.stock_class_id === "string" ? { stock_class_id: old.stock_class_id } : {}),
      // Offer §1: new options are incentive stock options to the maximum extent permitted by law
      // (the IRC §422(d) limit is applied by OPTEX_ISO, not recorded here).
      compensation_type: "OPTION_ISO",
      quantity: toNumeric(newShares, "new options"),
      exercise_price: usd(ex.newExercisePrice, "new exercise price"),
      vestings,
      expiration_date: expiration,
      termination_exercise_windows: TERMINATION_REASONS.map((reason) => ({ reason, period: ex.terms.postTerminationDays.toNumber(), period_type: "DAYS" })),
      security_law_exemptions: [],
      comments: [`New option for the tendered grant ${grant} (Offer §1: ${ex.terms.ratio.toFixed()} × ${g.options.toFixed()}, rounded down)`],
    });
  }
  return out;
}

function historyTransactions(input: ExportInput, h: SeriesCHistoryExport, existing: OcfObject[]): OcfObject[] {
  const classes = input.pkg.files.filter((f) => f.fileType === "OCF_STOCK_CLASSES_FILE").flatMap((f) => f.items);
  const seriesC = classes.find((c) => c.id === input.seriesC);
  if (seriesC === undefined) fail(`${JSON.stringify(input.seriesC)} is not a stock class id of the package`);
  const common = commonClassOf(input.pkg, seriesC);
  const byRow = new Map(h.events.map((e) => [e.row, e]));
  const out: OcfObject[] = [];
  const has = (pred: (o: OcfObject) => boolean) => existing.some(pred) || out.some(pred);
  adjustmentsUntil(h.terms, h.events, h.asOf).forEach((a, i) => {
    const date = formatIso(a.day);
    if (a.type === "SPLIT") {
      const ratio = (byRow.get(a.row) as CorporateEvent).a;
      const numerator = toNumeric(ratio, "split ratio");
      const same = (o: OcfObject) =>
        o.object_type === "TX_STOCK_CLASS_SPLIT" &&
        o.stock_class_id === common &&
        o.date === date &&
        (o.split_ratio as { numerator: string; denominator: string }).denominator === "1" &&
        (o.split_ratio as { numerator: string }).numerator === numerator;
      if (!has(same))
        out.push({
          object_type: "TX_STOCK_CLASS_SPLIT",
          id: `mpwr-common-split-${date}-${i + 1}`,
          date,
          stock_class_id: common,
          split_ratio: { numerator, denominator: "1" },
          comments: [a.note].filter((n) => n !== ""),
        });
    }
    if (a.after.eq(a.before)) return;
    const price = toNumeric(a.after, "conversion price");
    // Cert §5(c): common per Series C share = $28 (conversionNumerator) ÷ the Conversion Price.
    const same = (o: OcfObject) =>
      o.object_type === "TX_STOCK_CLASS_CONVERSION_RATIO_ADJUSTMENT" &&
      o.stock_class_id === seriesC.id &&
      o.date === date &&
      (o.new_ratio_conversion_mechanism as { conversion_price: { amount: string } }).conversion_price.amount === price;
    if (has(same)) return;
    out.push({
      object_type: "TX_STOCK_CLASS_CONVERSION_RATIO_ADJUSTMENT",
      id: `mpwr-seriesc-adjustment-${date}-${i + 1}`,
      date,
      stock_class_id: seriesC.id,
      new_ratio_conversion_mechanism: {
        type: "RATIO_CONVERSION",
        conversion_price: usd(a.after, "conversion price"),
        ratio: { numerator: toNumeric(h.terms.conversionNumerator, "conversion numerator"), denominator: price },
        // Cert §5(n): no fractional shares on conversion; cash for the fraction.
        rounding_type: "FLOOR",
      },
      comments: [`${a.type}: ${a.rule}; conversion price ${a.before.toFixed()} → ${a.after.toFixed()} (Cert §5(l))`],
    });
  });
  return out;
}

const encode = (x: unknown): Uint8Array => strToU8(`${JSON.stringify(x, null, 2)}\n`);

/** The package's files with MPWR's transactions and document added, validated by reading it back. */
export function exportPackage(input: ExportInput): OcfInputFile[] {
  const base = input.pkg;
  const baseObjects = base.files.flatMap((f) => f.items);
  const ids = new Set(baseObjects.map((o) => o.id));
  const added = [
    ...(input.exchange ? exchangeTransactions(input, input.exchange, ids) : []),
    ...(input.history ? historyTransactions(input, input.history, baseObjects) : []),
  ];
  for (const o of added) if (ids.has(o.id) && !o.id.startsWith("mpwr-")) fail(`id ${JSON.stringify(o.id)} is already used in the package`, o.id);

  const docBytes = encode(input.mpwr);
  const document: OcfObject = {
    object_type: "DOCUMENT",
    id: MPWR_DOCUMENT_ID,
    path: `./${MPWR_DOCUMENT_PATH}`,
    md5: md5Hex(docBytes),
    related_objects: [{ object_type: "STOCK_CLASS", object_id: input.seriesC }],
    comments: ["MPWR model: terms, corporate events and payments of the Series C and the option exchange (application/json)"],
  };

  // Files by manifest path: the package's own, then MPWR's (appended to when exported before).
  const files = new Map<string, { fileType: string; list: string; items: OcfObject[] }>();
  for (const f of base.files) {
    const list = (MANIFEST_LISTS.find(([, t]) => t === f.fileType) as readonly [string, string])[0];
    files.set(f.path, { fileType: f.fileType, list, items: f.items.filter((o) => o.id !== MPWR_DOCUMENT_ID || o.object_type !== "DOCUMENT") });
  }
  const append = (path: string, fileType: string, list: string, items: OcfObject[]) => {
    const f = files.get(path) ?? { fileType, list, items: [] };
    f.items.push(...items);
    files.set(path, f);
  };
  if (added.length > 0 || files.has(MPWR_TRANSACTIONS)) append(MPWR_TRANSACTIONS, "OCF_TRANSACTIONS_FILE", "transactions_files", added);
  append(MPWR_DOCUMENTS, "OCF_DOCUMENTS_FILE", "documents_files", [document]);

  const out: OcfInputFile[] = [];
  const manifest: Record<string, unknown> = { ...base.manifest.data, ocf_version: "1.2.0", generated_at: input.generatedAt };
  for (const [list] of MANIFEST_LISTS) delete manifest[list];
  // The seven lists OCF 1.2.0's manifest requires, even when empty; the others when used.
  for (const [list] of MANIFEST_LISTS.slice(0, 7)) manifest[list] = [];
  for (const [path, f] of files) {
    manifest[f.list] ??= [];
    const bytes = encode({ file_type: f.fileType, items: f.items });
    (manifest[f.list] as unknown[]).push({ filepath: `./${path}`, md5: md5Hex(bytes) });
    out.push({ name: path, bytes });
  }
  const latest = added.reduce((d, o) => (typeof o.date === "string" && o.date > d ? o.date : d), String(manifest.as_of));
  manifest.as_of = latest;
  out.unshift({ name: "Manifest.ocf.json", bytes: encode(manifest) });
  out.push({ name: MPWR_DOCUMENT_PATH, bytes: docBytes });

  // Read back: every file validated by the schemas, every reference and date replayed.
  const again = readPackage(out);
  importPackage(again, { asOf: latest, seriesC: input.seriesC });
  return out;
}

/** The exported files as one zip. */
export function zipFiles(files: readonly OcfInputFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])), { level: 6 });
}
