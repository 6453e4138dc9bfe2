/**
 * Minimal require hook for the few TypeScript test helpers the benchmark
 * shares with the tests (test/support/*.ts): transpile-only with the project's
 * TypeScript, no type checking, no bundling. Only files under test/support are
 * handled, so the benchmark never runs src/ directly — it uses dist/.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const SUPPORT = path.resolve(__dirname, "../../test/support") + path.sep;
const SRC = path.resolve(__dirname, "../../src") + path.sep;
let layoutAllowed = false;

require.extensions[".ts"] = function compileTs(module, filename) {
  if (!filename.startsWith(SUPPORT) && !(layoutAllowed && filename.startsWith(SRC)))
    throw new Error(`bench: refusing to load ${filename} (only test/support/*.ts)`);
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true, sourceMap: false },
  });
  module._compile(out.outputText, filename);
};

/**
 * The model-sheet bench (bench/events.js) builds its formulas with the model layout (src/layout and
 * the word lists it reads from src/calc): allowed from then on. The functions it times still come
 * from dist/.
 */
module.exports = {
  allowLayout() {
    layoutAllowed = true;
  },
};
