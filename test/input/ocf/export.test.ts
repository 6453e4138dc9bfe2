import { Dec } from "../../../src/calc/core/decimal";
import { optionExchangeTerms } from "../../../src/calc/optionExchange/terms";
import { adjustmentsUntil } from "../../../src/calc/seriesC/conversionPrice";
import { checkEvents } from "../../../src/calc/seriesC/events";
import { seriesCTerms } from "../../../src/calc/seriesC/terms";
import { dayFromCivil } from "../../../src/calc/time/civil";
import { exportPackage, MPWR_DOCUMENT_PATH } from "../../../src/input/ocf/export";
import { capitalCells, importPackage, OcfImport } from "../../../src/input/ocf/import";
import { md5Hex } from "../../../src/input/ocf/md5";
import { OcfInputFile, readPackage, readPackageInput } from "../../../src/input/ocf/package";
import { OcfPackageError } from "../../../src/input/ocf/types";
import { validateFile } from "../../../src/input/ocf/validate";
import { COMMON, packageFiles, SERIES_C } from "./fixture";

const tables = (r: OcfImport) => ({
  capital: capitalCells(r.capital),
  roster: r.roster.map((g) => [g.grant, g.holder, g.grantDate, g.options.toFixed(), g.price.toFixed(), g.type, g.expiration]),
  events: r.events.map((e) => [e.date, e.type, e.a.toFixed(), e.b?.toFixed(), e.c?.toFixed(), e.confirm]),
});
const json = (f: OcfInputFile) => JSON.parse(new TextDecoder().decode(f.bytes));

const sc = seriesCTerms();
const events = checkEvents(sc, [
  { row: 1, day: dayFromCivil(2000, 3, 1), type: "SPLIT", a: 2 },
  { row: 2, day: dayFromCivil(2000, 9, 15), type: "ISSUE", a: 100000, b: 1250000, c: 2000000 },
]);
const optex = optionExchangeTerms();
const mpwr = { format: "mpwr-model", terms: { seriesC: [], optionExchange: [] }, events: [["2000-03-01", "SPLIT", 2]], payments: [] };

function exported(): OcfInputFile[] {
  return exportPackage({
    pkg: readPackageInput(packageFiles()),
    seriesC: SERIES_C,
    exchange: { terms: optex, tendered: ["opt-1", "opt-3"], newExercisePrice: new Dec("4.4375") },
    history: { terms: sc, events, asOf: dayFromCivil(2001, 12, 31) },
    mpwr,
    generatedAt: "2001-10-01T00:00:00Z",
  });
}

describe("OCF export", () => {
  const files = exported();
  const txs = json(files.find((f) => f.name === "Transactions.mpwr.ocf.json") as OcfInputFile).items as Record<string, unknown>[];

  it("every exported file validates against the OCF 1.2.0 schemas", () => {
    for (const f of files.filter((x) => x.name.endsWith(".ocf.json"))) expect([f.name, validateFile(f.name, json(f)).errors]).toEqual([f.name, []]);
    expect(readPackage(files).warnings).toEqual([]);
  });

  it("per tendered grant: a cancellation of all its options on the expiration date and a new issuance of floor(0.75 × options) (Offer §1, Q8)", () => {
    const cancel = txs.filter((t) => t.object_type === "TX_EQUITY_COMPENSATION_CANCELLATION");
    expect(cancel.map((t) => [t.security_id, t.date, t.quantity])).toEqual([
      ["opt-1", "2001-09-27", "1000"],
      ["opt-3", "2001-09-27", "2000"],
    ]);
    const issue = txs.filter((t) => t.object_type === "TX_EQUITY_COMPENSATION_ISSUANCE");
    expect(
      issue.map((t) => [
        t.security_id,
        t.stakeholder_id,
        t.date,
        t.quantity,
        (t.exercise_price as { amount: string }).amount,
        t.expiration_date,
        t.compensation_type,
      ]),
    ).toEqual([
      ["opt-1.mpwr-new", "sh-ann", "2001-09-27", "750", "4.4375", "2011-09-27", "OPTION_ISO"],
      ["opt-3.mpwr-new", "sh-cy", "2001-09-27", "1500", "4.4375", "2011-09-27", "OPTION_ISO"],
    ]);
    // 1/3 on each anniversary (Offer Q11, Agreement §5A); OPTEX_EXPIRY: tenth anniversary (Agreement §5G)
    expect(issue[0].vestings).toEqual([
      { date: "2002-09-27", amount: "250" },
      { date: "2003-09-27", amount: "250" },
      { date: "2004-09-27", amount: "250" },
    ]);
    expect(issue[1].vestings).toEqual([
      { date: "2002-09-27", amount: "500" },
      { date: "2003-09-27", amount: "500" },
      { date: "2004-09-27", amount: "500" },
    ]);
  });

  it("the Series C's conversion-price history: one ratio adjustment per price change of SERIESC_ADJUSTMENTS, the package's own split not repeated", () => {
    const adjustments = adjustmentsUntil(sc, events, dayFromCivil(2001, 12, 31)).filter((a) => !a.after.eq(a.before));
    const ratio = txs.filter((t) => t.object_type === "TX_STOCK_CLASS_CONVERSION_RATIO_ADJUSTMENT");
    // The split halves the price to $14; the issue at $12.50 meets the split-adjusted Liquidation
    // Value floor ($14, Cert §5(k)(5)), so it leaves the price unchanged and is no adjustment.
    expect(adjustments.map((a) => a.type)).toEqual(["SPLIT"]);
    expect(ratio.length).toBe(adjustments.length);
    expect(
      ratio.map((t) => [t.date, t.stock_class_id, (t.new_ratio_conversion_mechanism as { conversion_price: { amount: string } }).conversion_price.amount]),
    ).toEqual(adjustments.map((a) => [a.day === dayFromCivil(2000, 3, 1) ? "2000-03-01" : "2000-09-15", SERIES_C, a.after.toDecimalPlaces(10).toFixed()]));
    expect(ratio.map((t) => (t.new_ratio_conversion_mechanism as { ratio: unknown }).ratio)).toEqual(
      adjustments.map((a) => ({ numerator: "28", denominator: a.after.toDecimalPlaces(10).toFixed() })),
    );
    // The fixture already records the 2-for-1 common split of 2000-03-01.
    expect(txs.filter((t) => t.object_type === "TX_STOCK_CLASS_SPLIT")).toEqual([]);
  });

  it("a split the package does not record is written on the common class, with its ratio adjustment", () => {
    const more = checkEvents(sc, [{ row: 1, day: dayFromCivil(2001, 3, 1), type: "SPLIT", a: 3 }]);
    const out = exportPackage({
      pkg: readPackageInput(packageFiles()),
      seriesC: SERIES_C,
      history: { terms: sc, events: more, asOf: dayFromCivil(2001, 12, 31) },
      mpwr,
      generatedAt: "2001-10-01T00:00:00Z",
    });
    const t = json(out.find((f) => f.name === "Transactions.mpwr.ocf.json") as OcfInputFile).items as Record<string, unknown>[];
    expect(t.filter((x) => x.object_type === "TX_STOCK_CLASS_SPLIT").map((x) => [x.date, x.stock_class_id, x.split_ratio])).toEqual([
      ["2001-03-01", COMMON, { numerator: "3", denominator: "1" }],
    ]);
    // $28 ÷ 3 = 9.333…: an OCF Numeric, 10 decimals half-up
    expect(
      t
        .filter((x) => x.object_type === "TX_STOCK_CLASS_CONVERSION_RATIO_ADJUSTMENT")
        .map((x) => (x.new_ratio_conversion_mechanism as { conversion_price: unknown }).conversion_price),
    ).toEqual([{ amount: "9.3333333333", currency: "USD" }]);
    // the common is 3 × 2,101,400 afterwards
    const r = importPackage(readPackageInput(out), { asOf: "2001-06-30", seriesC: SERIES_C });
    expect(capitalCells(r.capital).find((c) => c[1] === "COMMON")?.[2]).toBe("6304200");
  });

  it("MPWR's terms, events and payments as a JSON document referenced by an OCF Document (md5 of its bytes)", () => {
    const doc = files.find((f) => f.name === MPWR_DOCUMENT_PATH) as OcfInputFile;
    expect(json(doc)).toEqual(mpwr);
    const documents = json(files.find((f) => f.name === "Documents.mpwr.ocf.json") as OcfInputFile).items;
    expect(documents).toEqual([
      expect.objectContaining({
        object_type: "DOCUMENT",
        path: `./${MPWR_DOCUMENT_PATH}`,
        md5: md5Hex(doc.bytes),
        related_objects: [{ object_type: "STOCK_CLASS", object_id: SERIES_C }],
      }),
    ]);
  });

  it("the manifest lists every file with its md5", () => {
    const manifest = json(files[0]);
    const listed = Object.values(manifest).filter(Array.isArray).flat() as { filepath?: string; md5?: string }[];
    for (const f of files.slice(1).filter((x) => x.name.endsWith(".ocf.json")))
      expect(listed).toContainEqual({ filepath: `./${f.name}`, md5: md5Hex(f.bytes) });
  });

  it("round trip: import → export → import gives the same tables as of a date before the exchange", () => {
    const before = importPackage(readPackageInput(packageFiles()), { asOf: "2001-06-30", seriesC: SERIES_C });
    const after = importPackage(readPackageInput(files), { asOf: "2001-06-30", seriesC: SERIES_C });
    expect(tables(after)).toEqual(tables(before));
  });

  it("exporting the exported package again adds nothing new (same tables, no duplicate transactions)", () => {
    const again = exportPackage({
      pkg: readPackageInput(files),
      seriesC: SERIES_C,
      exchange: { terms: optex, tendered: ["opt-1", "opt-3"], newExercisePrice: new Dec("4.4375") },
      history: { terms: sc, events, asOf: dayFromCivil(2001, 12, 31) },
      mpwr,
      generatedAt: "2001-10-02T00:00:00Z",
    });
    const t2 = json(again.find((f) => f.name === "Transactions.mpwr.ocf.json") as OcfInputFile).items;
    expect(t2).toEqual(txs);
    expect(tables(importPackage(readPackageInput(again), { asOf: "2001-12-31", seriesC: SERIES_C }))).toEqual(
      tables(importPackage(readPackageInput(files), { asOf: "2001-12-31", seriesC: SERIES_C })),
    );
  });

  it("after the exchange the roster holds the new options and the untendered grants", () => {
    const r = importPackage(readPackageInput(files), { asOf: "2001-12-31", seriesC: SERIES_C });
    expect(r.roster.map((g) => [g.grant, g.options.toFixed(), g.price.toFixed(), g.type, g.expiration])).toEqual([
      ["opt-2", "1500", "25", "NSO", "2010-02-01"],
      ["opt-4", "500", "10", "NSO", "2011-07-01"],
      ["opt-1.mpwr-new", "750", "4.4375", "ISO", "2011-09-27"],
      ["opt-3.mpwr-new", "1500", "4.4375", "ISO", "2011-09-27"],
    ]);
  });

  it("refuses a tender of a grant that is not outstanding, and a non-positive new exercise price", () => {
    const pkg = readPackageInput(packageFiles());
    const base = { pkg, seriesC: SERIES_C, mpwr, generatedAt: "2001-10-01T00:00:00Z" };
    expect(() => exportPackage({ ...base, exchange: { terms: optex, tendered: ["opt-9"], newExercisePrice: new Dec(4) } })).toThrow(OcfPackageError);
    expect(() => exportPackage({ ...base, exchange: { terms: optex, tendered: ["opt-1"], newExercisePrice: new Dec(0) } })).toThrow(
      /exercise price must be a positive price/,
    );
  });
});
