/**
 * Two identities from one template (manifest.template.xml, scripts/manifest.js):
 * the development manifest ("MPWR (dev)", localhost) and the production one ("MPWR",
 * the deployed base) differ only in Id, names and base, so they cannot drift apart,
 * and both carry package.json's version.
 */
import fs from "fs";
import path from "path";

const { renderManifest, manifestVersion, IDENTITIES } = require("../../scripts/manifest") as {
  renderManifest(o: { base: string; production: boolean; version?: string; template?: string }): string;
  manifestVersion(v: string): string;
  IDENTITIES: Record<"development" | "production", { id: string; displayName: string }>;
};
const { validateManifest } = require("../../scripts/validate-manifest") as {
  validateManifest(xml: string): { errors: string[]; base?: string; production?: boolean };
};

const ROOT = path.resolve(__dirname, "../..");
const PACKAGE_VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
const PROD_BASE = "https://addins.example.test/tools/mpwr/";
const DEV_BASE = "https://localhost:3000/";
const dev = renderManifest({ base: DEV_BASE, production: false });
const prod = renderManifest({ base: PROD_BASE, production: true });

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
const attr = (xml: string, name: string) => new RegExp(`<${name} DefaultValue="([^"]*)"`).exec(xml)?.[1];
const urls = (xml: string) => [...xml.matchAll(/"(https?:\/\/[^"]*)"|<AppDomain>([^<]*)</g)].map((m) => m[1] ?? m[2]);

describe("the two identities", () => {
  test("have different GUIDs and display names: MPWR (dev) on localhost, MPWR deployed", () => {
    expect(tag(dev, "Id")).toBe("0dc22b32-b9bc-47ad-bf77-d6e437d9874c"); // the Id the project always had stays with development
    expect(tag(prod, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(tag(prod, "Id")).not.toBe(tag(dev, "Id"));
    expect([attr(dev, "DisplayName"), attr(prod, "DisplayName")]).toEqual(["MPWR (dev)", "MPWR"]);
    expect(IDENTITIES.production.id).toBe(tag(prod, "Id"));
  });

  test("share the MPWR namespace (that is why they need two Ids)", () => {
    for (const xml of [dev, prod]) expect(xml).toContain('<bt:String id="Functions.Namespace" DefaultValue="MPWR" />');
  });

  test("label the ribbon button and the Get Started title with the display name", () => {
    expect(dev).toContain('<bt:String id="TaskpaneButton.Label" DefaultValue="MPWR (dev)" />');
    expect(prod).toContain('<bt:String id="TaskpaneButton.Label" DefaultValue="MPWR" />');
    expect(dev).toContain('<bt:String id="GetStarted.Title" DefaultValue="MPWR (dev) is ready" />');
  });

  test("are otherwise the same document: only Id, names, base and the generated note differ", () => {
    const neutral = (xml: string, base: string, id: string, name: string) =>
      xml
        .split(base)
        .join("<BASE>")
        .split(new URL(base).origin)
        .join("<ORIGIN>")
        .split(id)
        .join("<ID>")
        .split(`<DisplayName DefaultValue="${name}"`)
        .join('<DisplayName DefaultValue="<NAME>"')
        .split(`"TaskpaneButton.Label" DefaultValue="${name}"`)
        .join('"TaskpaneButton.Label" DefaultValue="<NAME>"')
        .split(`"GetStarted.Title" DefaultValue="${name} is ready"`)
        .join('"GetStarted.Title" DefaultValue="<NAME> is ready"')
        .replace(/\((development|production)\)/, "(<FLAVOUR>)");
    expect(neutral(dev, DEV_BASE, IDENTITIES.development.id, "MPWR (dev)")).toBe(neutral(prod, PROD_BASE, IDENTITIES.production.id, "MPWR"));
  });
});

describe("a manifest from the template", () => {
  test("carries package.json's version as four numbers", () => {
    expect(tag(dev, "Version")).toBe(`${PACKAGE_VERSION}.0`);
    expect(tag(prod, "Version")).toBe(`${PACKAGE_VERSION}.0`);
    expect(tag(renderManifest({ base: PROD_BASE, production: true, version: "2.0.0" }), "Version")).toBe("2.0.0.0");
    expect(manifestVersion("10.20.30")).toBe("10.20.30.0");
  });

  test.each(["2.0.0-beta.1", "2.0", "1.0.0+build5", "1.70000.0"])("refuses the package version %s (Office wants n.n.n.n)", (v) => {
    expect(() => manifestVersion(v)).toThrow(/cannot become a manifest <Version>/);
  });

  test("puts every URL under the base and the base's origin in AppDomains", () => {
    const list = urls(prod).filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(list.length).toBeGreaterThanOrEqual(10);
    for (const u of list) expect(u === "https://addins.example.test" || u.startsWith(PROD_BASE)).toBe(true);
    expect(tag(prod, "AppDomain")).toBe("https://addins.example.test");
    expect(attr(prod, "SourceLocation")).toBe(`${PROD_BASE}taskpane.html`);
    expect(prod).not.toMatch(/localhost|\{\{|<!--template/i);
  });

  test("passes the manifest checks for both identities", () => {
    expect(validateManifest(dev)).toMatchObject({ errors: [], base: DEV_BASE, production: false });
    expect(validateManifest(prod)).toMatchObject({ errors: [], base: PROD_BASE, production: true });
  });

  test("escapes the base for XML and refuses a base without a trailing / or over http", () => {
    expect(renderManifest({ base: "https://h.example.test/a&b/", production: true })).toContain('DefaultValue="https://h.example.test/a&amp;b/taskpane.html"');
    expect(() => renderManifest({ base: "https://h.example.test/a", production: true })).toThrow(/ending in "\/"/);
    expect(() => renderManifest({ base: "http://h.example.test/", production: true })).toThrow(/https/);
  });

  test("an unknown placeholder in the template is an error, not a literal", () => {
    expect(() => renderManifest({ base: PROD_BASE, production: true, template: "<Id>{{NOPE}}</Id>" })).toThrow("unknown placeholder {{NOPE}}");
  });

  test("the template itself names no host", () => {
    const template = fs.readFileSync(path.join(ROOT, "manifest.template.xml"), "utf8");
    expect(template).not.toMatch(/localhost/i);
    expect(template.match(/https:\/\//g) ?? []).toEqual([]); // every URL is {{BASE}}…, the namespaces are http://schemas…
  });
});
