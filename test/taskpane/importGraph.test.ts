import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "../../src/taskpane");

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

/** Every module a file imports (relative imports, resolved to paths under src/). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/g))
    if (m[1].startsWith(".")) out.push(path.resolve(path.dirname(file), m[1]));
  for (const m of text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)) if (m[1].startsWith(".")) out.push(path.resolve(path.dirname(file), m[1]));
  return out;
}

describe("the pane's import graph", () => {
  // The pane's state and orchestration run in Node without a DOM or Office: they never reach the views or Office I/O.
  for (const layer of ["model", "charts/model"]) {
    test(`nothing in src/taskpane/${layer} imports ui/, excel/ or charts/view/`, () => {
      const files = filesUnder(path.join(ROOT, layer));
      expect(files.length).toBeGreaterThan(0);
      const bad: string[] = [];
      for (const f of files) {
        for (const target of importsOf(f)) {
          const rel = path.relative(ROOT, target);
          if (/^(ui|excel|charts[\\/]view)([\\/]|$)/.test(rel)) bad.push(`${path.relative(ROOT, f)} → ${rel}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
