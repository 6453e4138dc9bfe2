import fs from "fs";
import path from "path";
import { DIST, readMetadata } from "../support/dist";

// docs/functions.md, dist/help.html and the README's list of functions are generated from the
// function catalogue (scripts/gen-docs.js, scripts/help-page.js) with example values computed
// by dist/functions.js.
interface Example {
  formula: string;
  result: { kind: "value" | "error" | "spill" | "none"; text?: string; rows?: string[][] };
}
interface Entry {
  id: string;
  example: Example | null;
  more: Example[];
  clauses: string;
}
interface Reference {
  groups: { title: string; entries: Entry[] }[];
  missing: string[];
  unknown: string[];
  failures: string[];
}
const genDocs: { generate(): { markdown: string; reference: Reference; readme: string }; OUT: string } = require("../../scripts/gen-docs");
const helpPage: {
  renderHelpPage(metadata: unknown, version: string, options?: unknown): string;
  escapeHtml(s: string): string;
} = require("../../scripts/help-page");
const {
  loadCatalogue,
}: { loadCatalogue(): { entries: { id: string; clauses: string; example: { formula: string } }[] } } = require("../../scripts/function-catalogue");
const catalogue = new Map(loadCatalogue().entries.map((e) => [e.id, e]));

describe("docs/functions.md", () => {
  const { markdown, reference } = genDocs.generate();
  const entries = reference.groups.flatMap((g) => g.entries);
  const byId = new Map(entries.map((e) => [e.id, e]));

  test("every function in functions.json has a catalogue entry with an example and clauses", () => {
    expect(reference.missing).toEqual([]);
    expect(reference.unknown).toEqual([]);
    for (const f of readMetadata().functions) {
      expect(catalogue.get(f.id)?.clauses?.length).toBeGreaterThan(3);
      expect(catalogue.get(f.id)!.example.formula).toMatch(new RegExp(`^=MPWR\\.${f.id}\\(`));
    }
  });

  test("every example runs through the built functions (the main one without an error)", () => {
    expect(reference.failures).toEqual([]);
    for (const e of entries) expect(e.example?.result.kind).toMatch(/^(value|spill)$/);
  });

  test("is up to date with the build and the catalogue (run `npm run build && npm run docs`)", () => {
    const current = fs.existsSync(genDocs.OUT) ? fs.readFileSync(genDocs.OUT, "utf8") : "";
    expect(current).toBe(markdown);
  });

  test("lists every function once, with its syntax", () => {
    for (const f of readMetadata().functions) {
      expect(markdown.match(new RegExp(`^### ${f.id}$`, "gm"))).toHaveLength(1);
      expect(markdown).toContain(`\`=MPWR.${f.id}(`);
    }
  });

  // The documents' own figures (Cert, Offer, Hull), as the reference shows them.
  test("shows the documents' figures", () => {
    const value = (id: string) => byId.get(id)!.example!.result.text;
    const spill = (id: string) => byId.get(id)!.example!.result.rows!;
    expect(value("SERIESC_CONVPRICE")).toBe(String(28 / 1.5));
    expect(value("SERIESC_REDEMPTION")).toBe("84");
    expect(value("OPTEX_FILING_FEE")).toBe("6207.7 ($6,207.70)");
    expect(Number(value("OPTEX_BLACKSCHOLES"))).toBeCloseTo(4.7594, 4);
    expect(spill("OPTEX_NEWSHARES")).toEqual([["750"], ["1143"], ["393"]]);
    expect(value("SERIESC_MANDATORY_DATE")).toMatch(/^2001-01-18 /);
    expect(
      spill("SERIESC_KEYDATES")
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(["1999-12-29", "2000-12-29", "2001-01-18", "2001-06-29", "2002-06-29", "2005-12-29"]);
    expect(spill("SERIESC_LIQDETAIL").find((r) => r[0] === "Qualified Return")![1]).toBe("58.8");
    expect(byId.get("OPTEX_TOTAL")!.more[0].result.text).toBe("6372694");
    expect(value("OPTEX_EXPIRY")).toMatch(/^2011-09-27 /);
    expect(value("OPTEX_BUSINESSDAY")).toMatch(/^2001-09-04 /); // Labor Day 2001-09-03 skipped
    expect(
      spill("OPTEX_SCHEDULE")
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(["2002-09-27", "2003-09-27", "2004-09-27"]);
    expect(value("SERIESC_THRESHOLD")).toBe("TRUE");
    expect(byId.get("SERIESC_THRESHOLD")!.more[0].result.text).toBe("FALSE"); // $38 is not above $56 without the split
  });
});

describe("dist/help.html", () => {
  const html = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
  const { reference } = genDocs.generate();

  // The build minifies help.html (unquoted attributes, entities re-encoded): compare text content.
  const text = (fragment: string) =>
    fragment
      .replace(/<[^>]*>/g, " ")
      .replace(/&(lt|gt|amp|quot|#39|#x27|apos);/g, (_, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'", "#x27": "'", apos: "'" })[e]!)
      .replace(/\s+/g, " ");

  test("has, per function, the syntax, the example with its computed value and the clauses of docs/functions.md", () => {
    for (const e of reference.groups.flatMap((g) => g.entries)) {
      const m = new RegExp(`<section id="?${e.id}"?>`).exec(html);
      expect(m).not.toBeNull();
      const section = text(html.slice(m!.index, html.indexOf("</section>", m!.index)));
      expect(section).toContain(e.example!.formula);
      if (e.example!.result.kind === "value") expect(section).toContain(`${e.example!.formula} returns ${e.example!.result.text}`);
      else for (const cell of e.example!.result.rows!.flat()) expect(section).toContain(cell);
      for (const m of e.more) expect(section).toContain(m.formula);
      expect(section).toContain(e.clauses);
    }
  });

  test("never renders metadata text as HTML", () => {
    const evil = "<img src=x onerror=alert(1)> & \"quotes\" 'too'";
    const metadata = {
      functions: [{ id: "SERIESC_ACCRUED", name: "SERIESC_ACCRUED", description: evil, parameters: [{ name: "asOf", description: evil }], result: {} }],
    };
    const entry = {
      id: "SERIESC_ACCRUED",
      groupTitle: evil,
      description: evil,
      summary: evil,
      args: [{ name: "asOf", type: "scalar", description: evil }],
      result: { type: "number", description: evil },
      example: { formula: "=MPWR.SERIESC_ACCRUED(DATE(2001,6,30))" },
      note: evil,
      clauses: evil,
    };
    const page = helpPage.renderHelpPage(metadata, "<b>1</b>", { catalogue: { entries: [entry] } });
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>1</b>");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;");
    expect(page).toMatch(/id="SERIESC_ACCRUED"[\s>]/);
  });
});

describe("README.md", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const mpwr: {
    loadBuiltFunctions(): Map<string, unknown>;
    evaluateFormula(f: string, fns: Map<string, unknown>, metadata: unknown, resolve: (ref: string) => unknown[][]): { value?: unknown; error?: unknown };
    isoFromSerial(n: number): string;
  } = require("../../scripts/mpwr-formula");
  const docs: { cellResolver(cells: Record<string, unknown[][]>): (ref: string) => unknown[][] } = require("../../scripts/function-docs");

  test("the list of functions is the one generated from the catalogue (run `npm run build && npm run docs`)", () => {
    expect(readme).toBe(genDocs.generate().readme);
  });

  test("the Functions table lists every function of functions.json once, with its syntax", () => {
    const section = readme.slice(readme.indexOf("<!-- functions:"), readme.indexOf("<!-- /functions -->"));
    const listed = [...section.matchAll(/^\| \[`([A-Z_]+)\(([^)]*)\)`\]\(docs\/functions\.md#([a-z_]+)\)/gm)];
    const metadata = readMetadata();
    expect(listed.map((m) => m[1]).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const f of metadata.functions) {
      const m = listed.find((x) => x[1] === f.id)!;
      expect(`${m[1]}(${m[2]})`).toBe(`${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`);
      expect(m[3]).toBe(f.id.toLowerCase());
    }
  });

  test("the tour's values are what the built functions return", () => {
    const tour = readme.slice(readme.indexOf("## Tour"), readme.indexOf("## Functions"));
    const lines = [...tour.matchAll(/^(=MPWR\.\S.*?\))\s+→\s+(.*)$/gm)];
    expect(lines.length).toBeGreaterThanOrEqual(8);
    const split = [["2000-08-29", "SPLIT", 1.5]];
    const prices: unknown[][] = [];
    for (const d = new Date("2000-09-05T00:00:00Z"); prices.length < 20; d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() % 6 !== 0) prices.push([d.toISOString().slice(0, 10), 38]);
    }
    const resolve = docs.cellResolver({ "A2:C2": split, "P2:Q21": prices });
    const fns = mpwr.loadBuiltFunctions();
    for (const [, formula, shown] of lines) {
      const r = mpwr.evaluateFormula(formula, fns, readMetadata(), resolve);
      expect([formula, r.error]).toEqual([formula, undefined]);
      if (shown.startsWith("spill")) {
        expect([formula, Array.isArray(r.value)]).toEqual([formula, true]);
        const cells = (r.value as unknown[][]).flat();
        const seen = new Set(
          cells.flatMap((c) => (typeof c === "number" && c > 20000 && Number.isInteger(c) ? [String(c), mpwr.isoFromSerial(c)] : [String(c)])),
        );
        for (const figure of shown.replace(/\(.*\)/, "").match(/\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?/g) ?? [])
          expect([formula, seen.has(figure) ? figure : "missing"]).toEqual([formula, figure]);
        continue;
      }
      const token = shown.split(" ")[0];
      const v = r.value as number;
      const ok = String(v) === token || (shown.startsWith(`${token} = `) && shown.includes(mpwr.isoFromSerial(v)));
      expect([formula, ok ? token : String(v)]).toEqual([formula, token]);
    }
  });
});
