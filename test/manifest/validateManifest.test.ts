import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { XMLParser } from "fast-xml-parser";

type Result = { errors: string[]; warnings: string[]; base?: string; production?: boolean };
// The validator is plain CommonJS so `npm run validate` needs no compile step.
const { validateManifest, EXPECTED_BUILD_FILES } = require("../../scripts/validate-manifest") as {
  validateManifest: (xml: string, options?: { distDir?: string; expectedVersion?: string }) => Result;
  EXPECTED_BUILD_FILES: string[];
};
const { renderManifest } = require("../../scripts/manifest") as { renderManifest(o: { base: string; production: boolean }): string };

const ROOT = path.resolve(__dirname, "../..");
// The development manifest `npm start` sideloads (manifest.template.xml for https://localhost:3000/).
const MANIFEST = renderManifest({ base: "https://localhost:3000/", production: false });

/** Applies a textual change to the real manifest, failing loudly if the anchor text moved. */
function mutate(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  expect(out).not.toBe(MANIFEST);
  return out;
}
function expectError(xml: string, ...patterns: RegExp[]): void {
  const { errors } = validateManifest(xml);
  expect(errors.length).toBeGreaterThan(0);
  for (const p of patterns) expect(errors.some((e) => p.test(e)) ? "" : errors.join("\n")).toBe("");
}

describe("the development manifest", () => {
  it("is committed at the top level as the template renders it for https://localhost:3000/ (npm run manifest)", () => {
    expect(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).toBe(MANIFEST);
  });

  it("passes the offline checks against the expected build files", () => {
    const { errors, warnings, base, production } = validateManifest(MANIFEST);
    expect(errors).toEqual([]);
    expect(warnings.some((w) => /dist was not checked/.test(w))).toBe(true);
    expect([base, production]).toEqual(["https://localhost:3000/", false]);
  });

  it("passes against a dist directory holding the build files, and fails when one is missing", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "mpwr-dist-"));
    try {
      for (const f of EXPECTED_BUILD_FILES) {
        fs.mkdirSync(path.dirname(path.join(dist, f)), { recursive: true });
        fs.writeFileSync(path.join(dist, f), "");
      }
      expect(validateManifest(MANIFEST, { distDir: dist })).toEqual({ errors: [], warnings: [], base: "https://localhost:3000/", production: false });
      fs.rmSync(path.join(dist, "functions.json"));
      const { errors } = validateManifest(MANIFEST, { distDir: dist });
      expect(errors.some((e) => /functions\.json.*build does not produce/.test(e))).toBe(true);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it("carries package.json's version: 3.0.0 → <Version>3.0.0.0</Version>", () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    expect(version).toBe("3.0.0");
    expect(validateManifest(MANIFEST, { expectedVersion: `${version}.0` }).errors).toEqual([]);
    const { errors } = validateManifest(MANIFEST, { expectedVersion: "3.1.0.0" });
    expect(errors).toContain("<Version> 3.0.0.0 is not package.json's version (3.1.0.0); rebuild");
  });

  it("CLI prints success and exits 0", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpwr-manifest-"));
    try {
      fs.writeFileSync(path.join(dir, "dev.xml"), MANIFEST);
      const run = spawnSync(process.execPath, ["scripts/validate-manifest.js", path.join(dir, "dev.xml"), "--dist", "no-such-dist"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("dev.xml is valid (offline checks)");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("validateManifest rejects", () => {
  it("malformed XML", () => expectError(mutate("</Hosts>", ""), /not well-formed XML/));
  it("a missing Id", () => expectError(mutate(/<Id>[^<]*<\/Id>/, ""), /missing required element <Id>/));
  it("an Id that is not a GUID", () => expectError(mutate(/<Id>[^<]*<\/Id>/, "<Id>mpwr-addin</Id>"), /<Id> "mpwr-addin" is not a GUID/));
  it("missing Hosts", () => expectError(mutate(/<Hosts>\s*<Host Name="Workbook" \/>\s*<\/Hosts>/, ""), /missing required element <Hosts>/));
  it("Hosts without Workbook", () => expectError(mutate('<Host Name="Workbook" />', '<Host Name="Document" />'), /Workbook/));
  it("Permissions Restricted", () =>
    expectError(
      mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Restricted</Permissions>"),
      /Permissions> is Restricted.*ReadWriteDocument/,
    ));
  it("an http:// URL", () =>
    expectError(
      mutate('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'),
      /http:\/\/localhost:3000\/functions\.js must use https/,
    ));
  it("an unresolved resid", () =>
    expectError(mutate('<Label resid="TaskpaneButton.Label" />', '<Label resid="Nope.Label" />'), /resid "Nope\.Label" on <Label> is not defined/));
  it("a resid pointing to the wrong kind of resource", () =>
    expectError(mutate('<Label resid="TaskpaneButton.Label" />', '<Label resid="Taskpane.Url" />'), /must refer to a ShortString resource, not a Url/));
  it("a custom functions Namespace other than MPWR", () =>
    expectError(
      mutate('id="Functions.Namespace" DefaultValue="MPWR"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'),
      /Namespace is "CONTOSO"; it must be "MPWR"/,
    ));
  it("a functions Page URL different from the Runtime's", () => {
    const xml = mutate(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Functions.Page.Url").replace(
      "<bt:Urls>",
      '<bt:Urls>\n        <bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/functions.html" />',
    );
    expectError(xml, /CustomFunctions <Page> uses resid "Functions\.Page\.Url" .* but <Runtime> uses "Taskpane\.Url"/);
  });
  it("a URL to a file the build does not produce", () =>
    expectError(
      mutate("https://localhost:3000/functions.json", "https://localhost:3000/public/functions.json"),
      /"public\/functions\.json", which the build does not produce/,
    ));
  it("a URL outside the add-in's base (another origin)", () =>
    expectError(
      mutate('"https://localhost:3000/help.html" />\n  <AppDomains>', '"https://example.com/help.html" />\n  <AppDomains>'),
      /<SupportUrl>: https:\/\/example\.com\/help\.html is not under the add-in's base https:\/\/localhost:3000\//,
    ));
  it("the development identity pointing anywhere but localhost", () =>
    expectError(
      mutate('"https://localhost:3000/help.html" />\n  <AppDomains>', '"https://example.com/help.html" />\n  <AppDomains>'),
      /example\.com\/help\.html is not on localhost; the development identity is for `npm start` only/,
    ));
  it("an Id that is neither identity", () =>
    expectError(mutate(/<Id>[^<]*<\/Id>/, "<Id>11111111-2222-3333-4444-555555555555</Id>"), /neither the development .* nor the production .* identity/));
  it("the development Id with the production display name", () =>
    expectError(
      mutate('<DisplayName DefaultValue="MPWR (dev)" />', '<DisplayName DefaultValue="MPWR" />'),
      /<DisplayName> "MPWR" does not go with the development <Id>; expected "MPWR \(dev\)"/,
    ));
  it("an AppDomain with a path", () =>
    expectError(
      mutate("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://localhost:3000/</AppDomain>"),
      /<AppDomain> https:\/\/localhost:3000\/ must be an origin/,
    ));
  it("a Version other than the expected one", () => {
    const { errors } = validateManifest(MANIFEST, { expectedVersion: "9.9.9.0" });
    expect(errors.some((e) => /<Version> \d+\.\d+\.\d+\.0 is not package\.json's version \(9\.9\.9\.0\)/.test(e))).toBe(true);
  });
});

describe("icons referenced by the manifest", () => {
  // Declared size per reference: the <bt:Image size> for ribbon icons; 32/64 for the two store icons.
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (_n, _p, _leaf, isAttr) => !isAttr });
  const app = parser.parse(MANIFEST).OfficeApp[0];
  const images: { id: string; DefaultValue: string }[] = app.VersionOverrides[0].Resources[0]["bt:Images"][0]["bt:Image"];
  const refs: [string, number][] = [
    [app.IconUrl[0].DefaultValue, 32],
    [app.HighResolutionIconUrl[0].DefaultValue, 64],
  ];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "Icon") {
        for (const icon of value as { "bt:Image": { size: string; resid: string }[] }[]) {
          for (const img of icon["bt:Image"]) refs.push([images.find((i) => i.id === img.resid)!.DefaultValue, Number(img.size)]);
        }
      } else collect(value);
    }
  };
  collect(app.VersionOverrides);

  it("finds the store and ribbon icons", () => expect(refs.length).toBeGreaterThanOrEqual(2 + 3));

  it.each(refs)("%s is a %ipx PNG in assets/", (url, size) => {
    const file = path.join(ROOT, new URL(url).pathname.replace(/^\//, ""));
    expect(fs.existsSync(file)).toBe(true);
    const png = fs.readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString("ascii", 12, 16)).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
