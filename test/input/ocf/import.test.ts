import { strToU8, zipSync } from "fflate";
import { capitalCells, importPackage } from "../../../src/input/ocf/import";
import { OcfInputFile, readPackageInput } from "../../../src/input/ocf/package";
import { OcfPackageError } from "../../../src/input/ocf/types";
import { COMMON, fixtureParts, FixtureParts, Json, packageFiles, SERIES_B, SERIES_C, stockIssuance } from "./fixture";

const load = (asOf: string, files: OcfInputFile[] = packageFiles(), seriesC = SERIES_C) => importPackage(readPackageInput(files), { asOf, seriesC });

function refused(run: () => unknown): OcfPackageError {
  try {
    run();
  } catch (e) {
    if (e instanceof OcfPackageError) return e;
    throw e;
  }
  throw new Error("the package was accepted");
}

function edited(edit: (p: FixtureParts) => void): OcfInputFile[] {
  const parts = fixtureParts();
  edit(parts);
  return packageFiles(parts);
}

describe("OCF import of a hand-checked package as of 2001-06-30", () => {
  const r = load("2001-06-30");

  it("capital table: note SENIOR by convertible seniority, preferred ranked by stock-class seniority around the Series C, common after the split, options and warrants by exercise price", () => {
    expect(capitalCells(r.capital)).toEqual([
      ["NOTE NOTE-1 (Fund LP)", "SENIOR", "5000000", "", "", "", "1", ""],
      // seniority 4 > the Series C's 3: paid before it
      ["Series D Preferred", "PREFERRED", "200000", "50", "", "1", "2", ""],
      ["Series C Convertible Preferred", "SERIESC", "1250000", "", "", "", "3", ""],
      // seniority 2 < 3: junior; preference $10 × 1.5; cap 3 × $10
      ["Series B Preferred", "JUNIOR", "300000", "15", "", "1", "4", "30"],
      // 1,000,000 × 2 (split 2000-03-01) + 100,000 + 400 + 1,000 from the exercise
      ["Common Stock", "COMMON", "2101400", "", "", "", "", ""],
      // opt-1 1,000 + opt-2 (2,000 − 500 cancelled)
      ["Options at $25", "OPTION", "2500", "25", "", "", "", ""],
      // opt-3 3,000 − 1,000 exercised; opt-4 is granted after the date
      ["Options at $40.125", "OPTION", "2000", "40.125", "", "", "", ""],
      ["Warrants at $35", "WARRANT", "50000", "35", "", "", "", ""],
    ]);
  });

  it("roster: one row per outstanding option grant with holder, grant date, outstanding options, price, ISO/NSO, expiration", () => {
    expect(r.roster.map((g) => [g.grant, g.holder, g.grantDate, g.options.toFixed(), g.price.toFixed(), g.type, g.expiration])).toEqual([
      ["opt-1", "Ann Lee", "1999-02-01", "1000", "25", "ISO", "2009-02-01"],
      ["opt-2", "Bob Ray", "2000-02-01", "1500", "25", "NSO", "2010-02-01"],
      ["opt-3", "Cy Orr", "2000-05-01", "2000", "40.125", "ISO", "2010-05-01"],
    ]);
  });

  it("candidate events: the common split, and the common issuance below the conversion price flagged for confirmation", () => {
    expect(r.events.map((e) => [e.date, e.type, e.a.toFixed(), e.b?.toFixed(), e.c?.toFixed(), e.confirm])).toEqual([
      ["2000-03-01", "SPLIT", "2", undefined, undefined, false],
      // 100,000 at $12.50 < $28; 2,000,000 common outstanding before it
      ["2000-09-15", "ISSUE", "100000", "1250000", "2000000", true],
    ]);
  });

  it("lists what OCF cannot carry: the Series C's own terms, dividends accrued on the other classes, the note's interest", () => {
    expect(r.missing[0]).toMatch(/^Series C Convertible Preferred \(the Series C\): its own terms/);
    expect(r.missing).toContain("Series D Preferred: accrued unpaid dividends per share (OCF does not carry dividends)");
    expect(r.missing).toContain("Series B Preferred: accrued unpaid dividends per share (OCF does not carry dividends)");
    expect(r.missing.some((m) => m.startsWith("Interest accrued on convertible NOTE-1"))).toBe(true);
  });

  it("names the issuer and the chosen class", () => {
    expect(r.issuer).toBe("Mpower Holding Corporation");
    expect(r.seriesC).toMatchObject({ id: SERIES_C, name: "Series C Convertible Preferred" });
  });
});

describe("OCF import: replay to the date", () => {
  it("before the split the common is 1,000,000 and the options of 2000 are not yet granted", () => {
    const r = load("2000-01-31");
    expect(capitalCells(r.capital).find((c) => c[1] === "COMMON")?.[2]).toBe("1000000");
    expect(r.roster.map((g) => g.grant)).toEqual(["opt-1"]);
  });

  it("a conversion-ratio adjustment changes the common per share of its class", () => {
    const files = edited((p) =>
      p.transactions.push({
        object_type: "TX_STOCK_CLASS_CONVERSION_RATIO_ADJUSTMENT",
        id: "adj-b",
        date: "2001-01-02",
        stock_class_id: SERIES_B,
        new_ratio_conversion_mechanism: {
          type: "RATIO_CONVERSION",
          rounding_type: "NORMAL",
          conversion_price: { amount: "8.00", currency: "USD" },
          ratio: { numerator: "10", denominator: "8" },
        },
      }),
    );
    expect(capitalCells(load("2001-06-30", files).capital).find((c) => c[0] === "Series B Preferred")?.[5]).toBe("1.25");
    expect(capitalCells(load("2000-12-31", files).capital).find((c) => c[0] === "Series B Preferred")?.[5]).toBe("1");
  });

  it("reads a zip, manifest in a folder", () => {
    const zip = zipSync(Object.fromEntries(packageFiles().map((f) => [`pkg/${f.name}`, f.bytes])));
    const r = load("2001-06-30", [{ name: "acme.zip", bytes: zip }]);
    expect(r.capital.length).toBe(8);
  });

  it("files the manifest does not list are named in a warning, not read", () => {
    const r = load("2001-06-30", [...packageFiles(), { name: "Extra.ocf.json", bytes: strToU8("{}") }]);
    expect(r.warnings).toContainEqual({ file: "Extra.ocf.json", message: "is not listed in the manifest; not read" });
  });

  it("accepts ocf_version 1.2.x", () => {
    expect(load("2001-06-30", packageFiles(fixtureParts(), { ocf_version: "1.2.3" })).capital.length).toBe(8);
  });
});

describe("OCF import: hostile packages are refused with a clear error, nothing built", () => {
  it("a file the manifest lists is missing", () => {
    const e = refused(() =>
      load(
        "2001-06-30",
        packageFiles().filter((f) => f.name !== "Stakeholders.ocf.json"),
      ),
    );
    expect(e.message).toMatch(/Manifest\.ocf\.json: stakeholders_files\[0\]\.filepath: lists "\.\/Stakeholders\.ocf\.json", which is not in the package/);
  });

  it("no manifest", () => {
    expect(refused(() => load("2001-06-30", packageFiles().slice(1))).message).toMatch(/has no OCF manifest/);
  });

  it("a wrong object_type", () => {
    const e = refused(() =>
      load(
        "2001-06-30",
        edited((p) => (p.classes[0] = { ...p.classes[0], object_type: "STOCK_CLAS" })),
      ),
    );
    expect(e.problems[0]).toMatchObject({ file: "StockClasses.ocf.json", id: COMMON, field: "object_type" });
  });

  it("a transaction on an unknown security, and one on an unknown class", () => {
    const e = refused(() =>
      load(
        "2001-06-30",
        edited((p) => {
          p.transactions.push({
            object_type: "TX_EQUITY_COMPENSATION_CANCELLATION",
            id: "cx-x",
            security_id: "opt-nope",
            date: "2001-01-01",
            quantity: "1",
            reason_text: "x",
          });
          p.transactions.push(stockIssuance("cs-x", "2001-01-01", "class-nope", "sh-ann", "1", "1.00"));
        }),
      ),
    );
    expect(e.problems).toContainEqual(
      expect.objectContaining({ id: "cx-x", field: "security_id", message: expect.stringMatching(/"opt-nope", which no issuance/) }),
    );
    expect(e.problems).toContainEqual(expect.objectContaining({ id: "tx-cs-x", field: "stock_class_id" }));
  });

  it("dates out of order: a cancellation before its grant", () => {
    const e = refused(() =>
      load(
        "2001-06-30",
        edited((p) =>
          p.transactions.push({
            object_type: "TX_EQUITY_COMPENSATION_CANCELLATION",
            id: "cx-early",
            security_id: "opt-3",
            date: "2000-04-01",
            quantity: "1",
            reason_text: "x",
          }),
        ),
      ),
    );
    expect(e.problems[0]).toMatchObject({
      id: "cx-early",
      field: "date",
      message: expect.stringMatching(/before the issuance of security "opt-3" on 2000-05-01/),
    });
  });

  it("cancelling more than is outstanding", () => {
    const e = refused(() =>
      load(
        "2001-06-30",
        edited((p) =>
          p.transactions.push({
            object_type: "TX_EQUITY_COMPENSATION_CANCELLATION",
            id: "cx-big",
            security_id: "opt-1",
            date: "2000-04-01",
            quantity: "1001",
            reason_text: "x",
          }),
        ),
      ),
    );
    expect(e.problems[0]).toMatchObject({ id: "cx-big", field: "quantity" });
  });

  it("a security issued twice", () => {
    const e = refused(() =>
      load(
        "2001-06-30",
        edited((p) => p.transactions.push(stockIssuance("cs-1", "2001-01-01", COMMON, "sh-ann", "1", "1.00"))),
      ),
    );
    expect(e.message).toMatch(/security "cs-1" is issued twice/);
  });

  it("a 50 MB file is refused before it is parsed", () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const e = refused(() => load("2001-06-30", [...packageFiles().slice(0, 4), { name: "Transactions.ocf.json", bytes: big }]));
    expect(e.message).toMatch(/Transactions\.ocf\.json: is 50 MB, more than the 48 MB a file may have/);
  });

  it("a zip entry of 50 MB is refused without inflating it", () => {
    const zip = zipSync({ ...Object.fromEntries(packageFiles().map((f) => [f.name, f.bytes])), "Transactions.ocf.json": new Uint8Array(50 * 1024 * 1024) });
    expect(refused(() => load("2001-06-30", [{ name: "p.zip", bytes: zip }])).message).toMatch(/p\.zip\/Transactions\.ocf\.json: is 50 MB/);
  });

  it("not JSON, not a zip", () => {
    expect(refused(() => load("2001-06-30", [...packageFiles().slice(0, 4), { name: "Transactions.ocf.json", bytes: strToU8("{oops") }])).message).toMatch(
      /Transactions\.ocf\.json: is not valid JSON/,
    );
    expect(refused(() => load("2001-06-30", [{ name: "p.zip", bytes: strToU8("not a zip") }])).message).toMatch(/p\.zip: is not a readable zip archive/);
  });

  it("an unknown Series C class id names the classes there are; a common class is not the Series C", () => {
    expect(refused(() => load("2001-06-30", packageFiles(), "nope")).message).toMatch(
      /"nope" is not a stock class id of the package; its classes are class-common \(Common Stock\)/,
    );
    expect(refused(() => load("2001-06-30", packageFiles(), COMMON)).message).toMatch(/is a COMMON class/);
  });

  it("a bad as-of date", () => {
    expect(refused(() => load("2001-13-45")).message).toMatch(/as-of date: "2001-13-45" is not a date/);
  });

  it("amounts in another currency are refused, not mixed into a USD table", () => {
    const files = edited((p) => ((p.transactions.find((t) => t.id === "tx-note-1") as Json).investment_amount = { amount: "1000", currency: "GBP" }));
    expect(refused(() => load("2001-06-30", files)).message).toMatch(/investment_amount\.currency: the convertible is in GBP/);
  });
});

describe("OCF's own sample package", () => {
  const { readdirSync, readFileSync } = jest.requireActual<typeof import("fs")>("fs");
  const { join } = jest.requireActual<typeof import("path")>("path");
  const dir = join(__dirname, "..", "..", "..", "vendor", "ocf", "samples");
  const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));

  it("reads and validates (the unlisted files and TX_ISSUER_AUTHORIZED_SHARES_ADJUSTMENT are warnings)", () => {
    const pkg = readPackageInput(files);
    expect(pkg.files.length).toBe(8);
    expect(pkg.warnings.map((w) => w.file)).toEqual(
      expect.arrayContaining(["Transactions.ocf.json", "Documents.ocf.json", "VestingTerms.example1.ocf.json", "VestingTransactions.examples.ocf.json"]),
    );
  });

  it("is a catalogue of example objects, not one cap table: its transactions refer to securities it never issues, so the import refuses it naming them", () => {
    const e = refused(() => importPackage(readPackageInput(files), { asOf: "2022-12-31", seriesC: "cc775778-7d6e-4f8a-93cf-4df2242d7d6d" }));
    expect(e.problems.some((p) => p.file === "Transactions.ocf.json" && p.field === "security_id")).toBe(true);
  });
});

describe("OCF import: a zip's other entries", () => {
  it("a large document that is not JSON is left packed, not refused", () => {
    const zip = zipSync({ ...Object.fromEntries(packageFiles().map((f) => [f.name, f.bytes])), "docs/plan.pdf": new Uint8Array(60 * 1024 * 1024) });
    expect(load("2001-06-30", [{ name: "p.zip", bytes: zip }]).capital.length).toBe(8);
  });
});

describe("participation from participation_cap_multiple (a cap in $ = multiple × price per share)", () => {
  const seriesB = (edit: (c: Json) => void) =>
    edited((p) => {
      edit(p.classes.find((c) => c.id === SERIES_B) as Json);
    });

  it("a cap the exit waterfall cannot use is listed as missing, never written: no conversion right, or a cap below the preference", () => {
    const noRight = load(
      "2001-06-30",
      seriesB((c) => delete c.conversion_rights),
    );
    expect(noRight.capital.find((r) => r.name === "Series B Preferred")?.participation).toBeUndefined();
    expect(noRight.missing).toContain(
      "Series B Preferred: participation (a cap of $30 per share, but the class has no common per share on conversion, which participation shares as)",
    );
    const low = load(
      "2001-06-30",
      seriesB((c) => (c.participation_cap_multiple = "1.2")),
    );
    expect(low.capital.find((r) => r.name === "Series B Preferred")?.participation).toBeUndefined();
    expect(low.missing).toContain("Series B Preferred: participation (the cap of $12 per share is below the preference of $15 it includes)");
  });

  it("a class without participation_cap_multiple does not participate (OCF cannot say 'participating without a cap')", () => {
    const none = load(
      "2001-06-30",
      seriesB((c) => delete c.participation_cap_multiple),
    );
    expect(capitalCells(none.capital).find((c) => c[0] === "Series B Preferred")).toEqual(["Series B Preferred", "JUNIOR", "300000", "15", "", "1", "4", ""]);
  });
});
