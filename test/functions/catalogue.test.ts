import fs from "fs";
import os from "os";
import path from "path";
import { FunctionEntry, defineFunction } from "../../src/functions/catalogue";

// The function catalogue as the build reads it (scripts/function-catalogue.js): one entry per
// function, next to its implementation in the adapter file, checked against it.

interface LoadedEntry extends FunctionEntry {
  groupTitle: string;
  file: string;
  implName: string;
}
const catalogueModule = require("../../scripts/function-catalogue") as {
  loadCatalogue(dir?: string): { entries: LoadedEntry[]; files: string[] };
  metadataOf(entries: LoadedEntry[]): {
    functions: { id: string; parameters: { name: string; dimensionality?: string; optional?: boolean }[]; result: object }[];
  };
  registrySource(entries: LoadedEntry[], fromDir: string): string;
  parameterNames(fn: unknown): string[];
  FUNCTIONS_DIR: string;
};
const { loadCatalogue, metadataOf, registrySource, parameterNames, FUNCTIONS_DIR } = catalogueModule;

describe("the project's catalogue", () => {
  const { entries, files } = loadCatalogue();

  test("has an entry for every function of every adapter file, ids unique, each exported under its id", () => {
    expect(entries.length).toBeGreaterThanOrEqual(38);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      const mod = require(path.resolve(__dirname, "../..", e.file));
      expect(mod[e.id].id).toBe(e.id);
      expect(mod[e.id].impl).toBe(mod[e.implName]);
    }
    expect(files.map((f) => path.relative(FUNCTIONS_DIR, f).split(path.sep)[0]).sort()).not.toContain("shared");
  });

  test("an entry's arguments are its implementation's parameters, with clauses and an example calling it", () => {
    for (const e of entries) {
      expect([e.id, e.args.map((a) => a.name)]).toEqual([e.id, parameterNames(e.impl)]);
      expect(e.clauses.length).toBeGreaterThan(3);
      expect(e.summary.length).toBeGreaterThan(5);
      expect(e.example.formula.startsWith(`=MPWR.${e.id}(`)).toBe(true);
    }
  });

  test("functions.json's shape: scalars `any`, ranges and spills matrices, optional flags", () => {
    const meta = new Map(metadataOf(entries).functions.map((f) => [f.id, f]));
    const dims = (id: string) => meta.get(id)!.parameters.map((p) => `${p.name}:${p.dimensionality ?? "scalar"}${p.optional ? "?" : ""}`);
    expect(dims("SERIESC_ACCRUED")).toEqual(["asOf:scalar", "payments:matrix?", "terms:matrix?"]);
    expect(dims("OPTEX_NEWSHARES")).toEqual(["eligible:matrix", "ratio:scalar?"]);
    expect(meta.get("OPTEX_NEWSHARES")!.result).toEqual({ dimensionality: "matrix" });
    expect(meta.get("SERIESC_PROTECTIVE")!.result).toEqual({ type: "boolean" });
    expect(meta.get("SERIESC_ACCRUED")!.result).toEqual({ type: "number" });
  });

  test("the registry imports only implementations (never an entry, so the help text stays out of functions.js) and associates each id once", () => {
    const code = registrySource(entries, FUNCTIONS_DIR);
    // One list of [id, impl] pairs, each passed to CustomFunctions.associate.
    expect(code).toMatch(/^for \(const \[id, f\] of \[$/m);
    expect(code).toMatch(/^\]\) CustomFunctions\.associate\(id, f\);$/m);
    for (const e of entries) {
      expect(code.match(new RegExp(`^\\["${e.id}", f\\d+\\],$`, "gm"))).toHaveLength(1);
      expect(code).toMatch(new RegExp(`import \\{[^}]*\\b${e.implName} as `));
    }
    expect(code).not.toMatch(/import \{[^}]*\b(SERIESC|OPTEX)_/);
  });
});

describe("the catalogue's checks fail the build", () => {
  const CATALOGUE_TS = path.resolve(__dirname, "../../src/functions/catalogue").split(path.sep).join("/");
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpwr-catalogue-"));
    fs.mkdirSync(path.join(dir, "seriesC"));
    fs.mkdirSync(path.join(dir, "shared"));
    fs.writeFileSync(path.join(dir, "shared", "helper.ts"), "export function helper(): number {\n  return 1;\n}\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const entry = (id: string, impl: string, args: string, exportName = id) =>
    `export const ${exportName} = defineFunction({ id: "${id}", group: "seriesCDividends", description: "d", summary: "s", args: [${args}], result: { type: "number", description: "r" }, example: { formula: "=MPWR.${id}()" }, clauses: "Cert §2", impl: ${impl} });\n`;
  const write = (code: string) => fs.writeFileSync(path.join(dir, "seriesC", "alpha.ts"), `import { defineFunction } from "${CATALOGUE_TS}";\n${code}`);
  const arg = (name: string) => `{ name: "${name}", type: "scalar", description: "x" }`;

  test("a well-formed adapter file loads", () => {
    write(`${entry("SERIESC_ALPHA", "alpha", arg("asOf"))}export function alpha(asOf: any): number {\n  return asOf;\n}\n`);
    expect(loadCatalogue(dir).entries.map((e) => [e.id, e.implName, e.file.endsWith("seriesC/alpha.ts")])).toEqual([["SERIESC_ALPHA", "alpha", true]]);
  });

  test.each([
    [
      "an argument named unlike the parameter",
      `${entry("SERIESC_ALPHA", "alpha", arg("date"))}export function alpha(asOf: any): number {\n  return asOf;\n}\n`,
      /args \(date\) must be the parameters of alpha \(asOf\)/,
    ],
    [
      "an exported function without an entry",
      `${entry("SERIESC_ALPHA", "alpha", "")}export function alpha(): number {\n  return 1;\n}\nexport function beta(): number {\n  return 2;\n}\n`,
      /beta is exported but no entry's impl/,
    ],
    [
      "an entry exported under another name",
      `${entry("SERIESC_ALPHA", "alpha", "", "ALPHA")}export function alpha(): number {\n  return 1;\n}\n`,
      /the entry's id is SERIESC_ALPHA; export it as SERIESC_ALPHA/,
    ],
    [
      "an id outside the two families",
      `${entry("ALPHA", "alpha", "")}export function alpha(): number {\n  return 1;\n}\n`,
      /the id must be SERIESC_… or OPTEX_…/,
    ],
    [
      "an implementation not exported",
      `${entry("SERIESC_ALPHA", "alpha", "")}function alpha(): number {\n  return 1;\n}\n`,
      /impl must be a function exported by/,
    ],
  ])("%s", (_, code, message) => {
    write(code);
    expect(() => loadCatalogue(dir)).toThrow(message);
  });
});

// The entry's type follows its implementation's signature (checked by `npm run typecheck`).
function sample(asOf: any, table: any[][], kind?: any, terms?: any[][]): number {
  return [asOf, table, kind, terms].length;
}
function spill(): any[][] {
  return [[1]];
}
const common = { group: "seriesCDividends", description: "d", summary: "s", example: { formula: "=MPWR.SERIESC_X()" }, clauses: "Cert §2" } as const;
const scalar = (name: string) => ({ name, type: "scalar", description: "x" }) as const;
const range = (name: string) => ({ name, type: "range", description: "x" }) as const;
const result = { type: "number", description: "r" } as const;

test("entries type-check against their implementation's signature", () => {
  const ok = defineFunction({
    ...common,
    id: "SERIESC_X",
    impl: sample,
    result,
    args: [scalar("asOf"), range("table"), { ...scalar("kind"), optional: true }, { ...range("terms"), optional: true }],
  });
  expect(ok.args).toHaveLength(4);
  const wrong = [
    // @ts-expect-error a spill is not a number
    defineFunction({ ...common, id: "SERIESC_X", impl: spill, result, args: [] }),
    // @ts-expect-error one argument missing
    defineFunction({ ...common, id: "SERIESC_X", impl: sample, result, args: [scalar("asOf"), range("table"), { ...scalar("kind"), optional: true }] }),
    defineFunction({
      ...common,
      id: "SERIESC_X",
      impl: sample,
      result,
      // @ts-expect-error an any[][] parameter is a range
      args: [scalar("asOf"), scalar("table"), { ...scalar("kind"), optional: true }, { ...range("terms"), optional: true }],
    }),
    defineFunction({
      ...common,
      id: "SERIESC_X",
      impl: sample,
      result,
      // @ts-expect-error an optional parameter is an optional argument
      args: [scalar("asOf"), range("table"), scalar("kind"), { ...range("terms"), optional: true }],
    }),
    defineFunction({
      ...common,
      id: "SERIESC_X",
      impl: sample,
      result,
      // @ts-expect-error a required parameter is a required argument
      args: [{ ...scalar("asOf"), optional: true }, range("table"), { ...scalar("kind"), optional: true }, { ...range("terms"), optional: true }],
    }),
  ];
  expect(wrong).toHaveLength(5);
});
