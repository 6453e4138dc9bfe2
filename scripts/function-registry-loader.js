/* Webpack loader of src/functions/functions.ts, the entry of dist/functions.js: its body is
 * generated from the function catalogue (scripts/function-catalogue.js): one import of each
 * function's implementation from its adapter file and a list of [id, impl] pairs, each passed to
 * CustomFunctions.associate(id, impl). Only implementations are imported, so the entries (help text, examples) are dead
 * code in the bundle and the minifier drops them. */
"use strict";
const path = require("path");
const { loadCatalogue, registrySource, FUNCTIONS_DIR } = require("./function-catalogue");

module.exports = function functionRegistryLoader() {
  this.cacheable(true);
  this.addContextDependency(FUNCTIONS_DIR); // a new adapter file
  const { entries, files } = loadCatalogue(); // throws: the build fails with the catalogue's problems
  for (const f of files) this.addDependency(f);
  return registrySource(entries, path.dirname(this.resourcePath));
};
