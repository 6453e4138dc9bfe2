/* The Office stand-in (test/support/officeStandIn.ts) compiled for the page: the e2e harness
 * (test/e2e/harness.ts) and the pane's bench (bench/pane.js) serve it in place of office.js.
 * TypeScript's transpileModule turns it and the one module it imports (src/layout/address.ts)
 * into CommonJS, and a few lines of require() join them into one script that installs the
 * stand-in on `window`, with the page's sessionStorage for the custom XML parts. */
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "../..");
const ENTRY = "test/support/officeStandIn.ts";
/** Every module of the stand-in, by the specifier its importer names it with. */
const MODULES = { [ENTRY]: ENTRY, "../../src/layout/address": "src/layout/address.ts" };

function transpile(file) {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  const out = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true },
  });
  return out.outputText;
}

let compiled;

/** The page script (compiled once per process). */
function officeStandInScript() {
  if (compiled) return compiled;
  const factories = Object.entries(MODULES)
    .map(([spec, file]) => `${JSON.stringify(spec)}: function (module, exports, require) {\n${transpile(file)}\n}`)
    .join(",\n");
  compiled = `(function () {
"use strict";
var factories = {
${factories}
};
var cache = {};
function load(spec) {
  if (cache[spec]) return cache[spec].exports;
  if (!factories[spec]) throw new Error("the Office stand-in has no module " + spec);
  var module = (cache[spec] = { exports: {} });
  factories[spec](module, module.exports, load);
  return module.exports;
}
load(${JSON.stringify(ENTRY)}).installOfficeStandIn(window, window.sessionStorage);
})();
`;
  return compiled;
}

module.exports = { officeStandInScript };
