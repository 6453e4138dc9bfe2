/**
 * `npm run validate` on a whole build (scripts/validate-dist.js): the production
 * manifest against dist/, the help links of functions.json, and no localhost in a
 * production build. Every check is shown to fail on a build broken in that one way
 * (test/support/fakeDist.ts); test/deploy/production.test.ts runs them on a real
 * production build.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { FAKE_IDS, FakeDist, TEST_BASE, makeFakeDist } from "../support/fakeDist";

type DistResult = { errors: string[]; warnings: string[]; base?: string; production: boolean; functions: number; files: number };
const { validateDist, htmlIds } = require("../../scripts/validate-dist") as {
  validateDist(dir: string, options?: { expectedVersion?: string }): DistResult;
  htmlIds(html: string): Set<string>;
};

const ROOT = path.resolve(__dirname, "../..");
const VERSION = "1.2.3";
const EXPECTED = { expectedVersion: "1.2.3.0" };

let dist: FakeDist;
afterEach(() => dist?.remove());

function expectOnly(pattern: RegExp): void {
  const { errors } = validateDist(dist.dir, EXPECTED);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.some((e) => pattern.test(e)) ? "" : errors.join("\n")).toBe("");
}

describe("a production build folder", () => {
  beforeEach(() => {
    dist = makeFakeDist({ version: VERSION });
  });

  it("passes when the manifest, the help links and the files agree", () => {
    const r = validateDist(dist.dir, EXPECTED);
    expect(r.errors).toEqual([]);
    expect([r.base, r.production, r.functions]).toEqual([TEST_BASE, true, FAKE_IDS.length]);
  });

  it("fails on a manifest URL that is not https", () => {
    dist.edit("manifest.xml", `"${TEST_BASE}functions.js"`, `"${TEST_BASE.replace("https:", "http:")}functions.js"`);
    expectOnly(/resource "Functions\.Script\.Url": http:\/\/addins\.example\.test\/tools\/mpwr\/functions\.js must use https/);
  });

  it("fails on a manifest URL that points at localhost", () => {
    dist.edit("manifest.xml", `<SupportUrl DefaultValue="${TEST_BASE}help.html" />`, '<SupportUrl DefaultValue="https://localhost:3000/help.html" />');
    expectOnly(/<SupportUrl>: https:\/\/localhost:3000\/help\.html points at localhost; a production manifest must name the deployed host/);
  });

  it("fails on a manifest URL that names a file the build does not have", () => {
    dist.edit("manifest.xml", `"${TEST_BASE}functions.json"`, `"${TEST_BASE}metadata/functions.json"`);
    expectOnly(/"metadata\/functions\.json", which the build does not produce \(not in /);
  });

  it("fails when a file the manifest names is missing from the folder", () => {
    fs.rmSync(dist.file("assets/icon-80.png"));
    expectOnly(/resource "Icon\.80x80": .*icon-80\.png points to "assets\/icon-80\.png", which the build does not produce/);
  });

  it("fails on a manifest URL outside the base path (an absolute-path mistake)", () => {
    dist.edit("manifest.xml", `<SupportUrl DefaultValue="${TEST_BASE}help.html" />`, '<SupportUrl DefaultValue="https://addins.example.test/help.html" />');
    expectOnly(/<SupportUrl>: https:\/\/addins\.example\.test\/help\.html is not under the add-in's base https:\/\/addins\.example\.test\/tools\/mpwr\//);
  });

  it("fails on the production Id with the development display name", () => {
    dist.edit("manifest.xml", '<DisplayName DefaultValue="MPWR" />', '<DisplayName DefaultValue="MPWR (dev)" />');
    expectOnly(/<DisplayName> "MPWR \(dev\)" does not go with the production <Id>; expected "MPWR"/);
  });

  it("fails on a manifest Version that is not package.json's", () => {
    expect(validateDist(dist.dir, { expectedVersion: "2.0.0.0" }).errors).toContain(
      "manifest.xml: <Version> 1.2.3.0 is not package.json's version (2.0.0.0); rebuild",
    );
  });

  it("fails on a helpUrl whose anchor help.html does not have", () => {
    dist.edit("help.html", "<section id=OPTEX_BETA>", "<section>");
    expectOnly(
      /functions\.json OPTEX_BETA: helpUrl https:\/\/addins\.example\.test\/tools\/mpwr\/help\.html#OPTEX_BETA: help\.html has no element with id "OPTEX_BETA"/,
    );
  });

  it("fails on a helpUrl that points at another function's anchor", () => {
    dist.edit("functions.json", "help.html#OPTEX_BETA", "help.html#SERIESC_ALPHA");
    expectOnly(/OPTEX_BETA: helpUrl .*#SERIESC_ALPHA points at #SERIESC_ALPHA, not at the function's own anchor #OPTEX_BETA/);
  });

  it("fails on a helpUrl without an anchor, on a missing page, over http, on localhost or missing", () => {
    dist.edit("functions.json", "help.html#OPTEX_BETA", "help.html");
    expectOnly(/OPTEX_BETA: helpUrl .*help\.html has no #anchor/);
    dist.edit("functions.json", `"${TEST_BASE}help.html"`, `"${TEST_BASE}docs.html#OPTEX_BETA"`);
    expectOnly(/OPTEX_BETA: helpUrl .*docs\.html#OPTEX_BETA names "docs\.html", which is not in /);
    dist.edit("functions.json", `"${TEST_BASE}docs.html#OPTEX_BETA"`, `"http://addins.example.test/tools/mpwr/help.html#OPTEX_BETA"`);
    expectOnly(/OPTEX_BETA: helpUrl http:\/\/addins\.example\.test\/tools\/mpwr\/help\.html#OPTEX_BETA must use https/);
    dist.edit("functions.json", `"http://addins.example.test/tools/mpwr/help.html#OPTEX_BETA"`, `"https://localhost:3000/help.html#OPTEX_BETA"`);
    expectOnly(/OPTEX_BETA: helpUrl https:\/\/localhost:3000\/help\.html#OPTEX_BETA points at localhost/);
    dist.edit("functions.json", /"helpUrl": "https:\/\/localhost:3000\/help\.html#OPTEX_BETA",\s*/, "");
    expectOnly(/OPTEX_BETA: no helpUrl/);
  });

  it("fails when any shipped file mentions localhost, naming the file", () => {
    dist.write("taskpane.js", 'fetch("https://localhost:3000/api")');
    expectOnly(/^taskpane\.js: "…fetch\("https:\/\/localhost:3000\/api"\)…" — a production build must not mention localhost/);
    dist.write("taskpane.js", "");
    dist.write("assets/notes.txt", "served from 127.0.0.1 during tests");
    expectOnly(/^assets\/notes\.txt: .*127\.0\.0\.1/);
  });

  it("fails without a manifest, and the CLI exits 1 naming the problem", () => {
    fs.rmSync(dist.file("manifest.xml"));
    expectOnly(/manifest\.xml is missing; the build writes it/);
    const run = spawnSync(process.execPath, ["scripts/validate-manifest.js", "--dist", dist.dir], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/manifest\.xml is missing/);
  });
});

describe("a development build folder", () => {
  it("may (and must) point at localhost", () => {
    dist = makeFakeDist({ base: "https://localhost:3000/", production: false, version: VERSION });
    dist.write("taskpane.js", "// served by https://localhost:3000 in development");
    const r = validateDist(dist.dir, EXPECTED);
    expect(r.errors).toEqual([]);
    expect([r.base, r.production]).toEqual(["https://localhost:3000/", false]);
  });

  it("fails when the development identity is built for a real host", () => {
    dist = makeFakeDist({ production: false, version: VERSION });
    expectOnly(/is not on localhost; the development identity is for `npm start` only/);
  });
});

describe("anchors of an HTML page", () => {
  it("are the id attributes of its tags, quoted or not, and nothing in text or comments", () => {
    const html = `<p id="a1">x</p><section id=B_2 class=x><h2 ID='c3'>id=notATag</h2></section><!-- <div id="gone"> --><div data-id="no">`;
    expect([...htmlIds(html)].sort()).toEqual(["B_2", "a1", "c3"]);
  });
});
