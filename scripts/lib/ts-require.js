/* Lets the Node scripts require the project's pure TypeScript modules under
 * src/ (the model layout, src/layout, and the calc modules it reads its word
 * lists and default terms from): transpile-only with the project's TypeScript,
 * no type checking (`npm run typecheck` does that), no bundling. Only files
 * under src/ are handled. In a module loaded by Jest, which transpiles .ts
 * itself, it does nothing (a process Jest starts, such as a build, is plain Node). */
"use strict";
/* global jest -- defined by Jest in the modules it loads */
const fs = require("fs");
const path = require("path");

const SRC = path.resolve(__dirname, "../../src") + path.sep;

function register() {
  const extensions = require.extensions;
  // Jest passes `jest` to every module it loads; a process a test spawns inherits JEST_WORKER_ID but is plain Node.
  if (!extensions || extensions[".ts"] || typeof jest !== "undefined") return;
  const ts = require("typescript");
  extensions[".ts"] = function compileTs(module, filename) {
    if (!filename.startsWith(SRC)) throw new Error(`ts-require: refusing to load ${filename} (only src/**/*.ts)`);
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true, sourceMap: false },
    });
    module._compile(out.outputText, filename);
  };
}

register();
module.exports = { register };
