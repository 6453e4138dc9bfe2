/**
 * A small build-shaped folder for the validator tests: the manifest from the real
 * template for a base, every file the manifest names (empty), a functions.json with
 * two functions and their help links, and a help.html with their anchors. Each test
 * breaks one thing and expects the check that names it.
 */
import fs from "fs";
import os from "os";
import path from "path";

// Plain CommonJS scripts (no compile step for `npm run validate`).
const { renderManifest } = require("../../scripts/manifest") as { renderManifest(o: { base: string; production: boolean; version?: string }): string };
const { EXPECTED_BUILD_FILES } = require("../../scripts/validate-manifest") as { EXPECTED_BUILD_FILES: string[] };

export const TEST_BASE = "https://addins.example.test/tools/mpwr/";
export const FAKE_IDS = ["SERIESC_ALPHA", "OPTEX_BETA"];

export interface FakeDist {
  dir: string;
  file(rel: string): string;
  read(rel: string): string;
  write(rel: string, text: string): void;
  edit(rel: string, from: string | RegExp, to: string): void;
  remove(): void;
}

export function makeFakeDist({ base = TEST_BASE, production = true, version }: { base?: string; production?: boolean; version?: string } = {}): FakeDist {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpwr-fake-dist-"));
  const file = (rel: string) => path.join(dir, rel);
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(file(rel)), { recursive: true });
    fs.writeFileSync(file(rel), text);
  };
  for (const f of EXPECTED_BUILD_FILES) write(f, "");
  write("manifest.xml", renderManifest({ base, production, version }));
  write(
    "functions.json",
    JSON.stringify({ functions: FAKE_IDS.map((id) => ({ id, name: id, helpUrl: `${base}help.html#${id}`, parameters: [], result: {} })) }, null, 2),
  );
  write(
    "help.html",
    `<!doctype html><html><body><nav><a href="#SERIESC_ALPHA">a</a></nav>${FAKE_IDS.map((id) => `<section id=${id}><h2>${id}</h2></section>`).join("")}</body></html>`,
  );
  write("taskpane.js", "console.log('pane');");
  return {
    dir,
    file,
    write,
    read: (rel) => fs.readFileSync(file(rel), "utf8"),
    edit: (rel, from, to) => {
      const before = fs.readFileSync(file(rel), "utf8");
      const after = before.replace(from, to);
      if (after === before) throw new Error(`fake dist: ${String(from)} not found in ${rel}`);
      fs.writeFileSync(file(rel), after);
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
