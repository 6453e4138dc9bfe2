import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { validateFile } from "../../../src/input/ocf/validate";

const samples = join(__dirname, "..", "..", "..", "vendor", "ocf", "samples");
const read = (name: string): unknown => JSON.parse(readFileSync(join(samples, name), "utf8"));

describe("OCF schema validation (validators compiled from the vendored v1.2.0 schemas)", () => {
  it.each(readdirSync(samples).filter((f) => f.endsWith(".ocf.json")))("OCF's own sample %s passes", (name) => {
    const v = validateFile(name, read(name));
    expect(v.errors).toEqual([]);
    expect(v.file?.name).toBe(name);
  });

  it("the Transactions sample's TX_ISSUER_AUTHORIZED_SHARES_ADJUSTMENT is a warning naming file and object, not an error", () => {
    const v = validateFile("Transactions.ocf.json", read("Transactions.ocf.json"));
    expect(v.errors).toEqual([]);
    expect(v.warnings.map((w) => w.id)).toEqual(["test-issuer-level-share-adjustment-minimal", "test-issuer-level-share-adjustment-all-fields"]);
    expect(v.warnings[0].file).toBe("Transactions.ocf.json");
    expect(v.warnings[0].message).toMatch(/TX_ISSUER_AUTHORIZED_SHARES_ADJUSTMENT is not listed/);
  });

  it("an error names the file, the object id and the field", () => {
    const data = read("StockClasses.ocf.json") as { items: Record<string, unknown>[] };
    data.items[1] = { ...data.items[1], price_per_share: { amount: "1.123456789012", currency: "USD" } };
    const v = validateFile("StockClasses.ocf.json", data);
    expect(v.file).toBeUndefined();
    expect(v.errors[0]).toMatchObject({ file: "StockClasses.ocf.json", id: "cc775778-7d6e-4f8a-93cf-4df2242d7d6d", field: "price_per_share.amount" });
  });

  it("a missing required field is named", () => {
    const data = read("Stakeholders.ocf.json") as { items: Record<string, unknown>[] };
    const { name: _omit, ...rest } = data.items[2];
    void _omit;
    data.items[2] = rest;
    const v = validateFile("Stakeholders.ocf.json", data);
    expect(v.errors[0]).toMatchObject({ id: "stakeholder-sample-minimal-fields", field: "name", message: "is required (STAKEHOLDER)" });
  });

  it("a wrong or unknown object_type is refused", () => {
    const v = validateFile("x.ocf.json", { file_type: "OCF_STOCK_CLASSES_FILE", items: [{ id: "a", object_type: "TX_BOGUS" }] });
    expect(v.errors[0]).toMatchObject({ id: "a", field: "object_type" });
    const stakeholderInClasses = (read("Stakeholders.ocf.json") as { items: unknown[] }).items[2];
    const w = validateFile("x.ocf.json", { file_type: "OCF_STOCK_CLASSES_FILE", items: [stakeholderInClasses] });
    expect(w.errors).toEqual([]);
    expect(w.warnings[0]).toMatchObject({ id: "stakeholder-sample-minimal-fields", field: "object_type" });
  });

  it("accepts ocf_version 1.2.x, refuses 1.1.0 and 2.0.0", () => {
    const manifest = read("Manifest.ocf.json") as Record<string, unknown>;
    expect(validateFile("Manifest.ocf.json", { ...manifest, ocf_version: "1.2.7" }).errors).toEqual([]);
    for (const version of ["1.1.0", "2.0.0", "1.2", 12]) {
      expect(validateFile("Manifest.ocf.json", { ...manifest, ocf_version: version }).errors[0]).toMatchObject({ field: "ocf_version" });
    }
  });

  it("a file that is not an OCF file is named", () => {
    expect(validateFile("a.json", [1, 2]).errors[0].file).toBe("a.json");
    expect(validateFile("a.json", { file_type: "NOPE", items: [] }).errors[0]).toMatchObject({ field: "file_type" });
    expect(validateFile("a.json", { file_type: "OCF_STAKEHOLDERS_FILE" }).errors[0]).toMatchObject({ field: "items" });
  });
});

describe("the compiled validators module", () => {
  const root = join(__dirname, "..", "..", "..");
  it("is what scripts/build-ocf-validators.js generates from the vendored schemas now", () => {
    const { build } = require(join(root, "scripts", "build-ocf-validators.js")) as { build: () => { js: string; dts: string } };
    const { js, dts } = build();
    expect(readFileSync(join(root, "src/input/ocf/generated/validators.js"), "utf8") === js).toBe(true);
    expect(readFileSync(join(root, "src/input/ocf/generated/validators.d.ts"), "utf8")).toBe(dts);
  });

  it("needs neither eval nor new Function (the pane may run under a Content Security Policy)", () => {
    const js = readFileSync(join(root, "src/input/ocf/generated/validators.js"), "utf8");
    expect(js).not.toMatch(/\beval\s*\(|new Function\s*\(/);
  });
});
