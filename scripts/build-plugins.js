/* Webpack plugins of the functions' metadata and of the base URL (scripts/base-url.js):
 *
 *   FunctionsMetadataPlugin  functions.json from the function catalogue
 *                   (scripts/function-catalogue.js), before HelpUrlPlugin adds the help links.
 *   HelpUrlPlugin   every function in functions.json gets helpUrl = <base>help.html#<ID>
 *                   (the JSDoc no longer names a host); the build fails while any
 *                   source under src/functions still has an `@helpurl` tag, so a
 *                   hard-coded host can never come back unnoticed.
 *   ManifestPlugin  dist/manifest.xml for the base (scripts/manifest.js).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { renderManifest } = require("./manifest");

const FUNCTIONS_ROOT = path.resolve(__dirname, "../src/functions");
const HELP_PAGE = "help.html";

function listSources(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listSources(path.join(dir, e.name)) : /\.(ts|js)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** "file:line" of every `@helpurl` tag in the sources under `root`. */
function findHelpUrlTags(root = FUNCTIONS_ROOT) {
  const hits = [];
  for (const file of listSources(root).sort()) {
    fs.readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (/@helpurl\b/i.test(line)) hits.push(`${path.relative(process.cwd(), file)}:${i + 1}`);
      });
  }
  return hits;
}

/** functions.json text with helpUrl = <base>help.html#<id> on every function (keys kept sorted, as FunctionsMetadataPlugin writes them). */
function withHelpUrls(json, base) {
  const metadata = JSON.parse(json);
  metadata.functions = (metadata.functions || []).map((f) => {
    const entries = Object.entries(f).filter(([k]) => k !== "helpUrl");
    entries.push(["helpUrl", `${base}${HELP_PAGE}#${f.id}`]);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
  return JSON.stringify(metadata, null, 4);
}

class HelpUrlPlugin {
  constructor({ base, sourceRoot = FUNCTIONS_ROOT, asset = "functions.json" }) {
    this.base = base;
    this.sourceRoot = sourceRoot;
    this.asset = asset;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("HelpUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.contextDependencies.add(this.sourceRoot);
        const tags = findHelpUrlTags(this.sourceRoot);
        if (tags.length) {
          compilation.errors.push(
            new WebpackError(
              `HelpUrlPlugin: remove the @helpurl tag(s) from ${tags.join(", ")}. ` +
                `Help URLs are <base>help.html#<ID>, written into functions.json by the build for the base URL (MPWR_BASE_URL, see docs/deploy.md); a host in the JSDoc would ship.`,
            ),
          );
        }
        const asset = compilation.getAsset(this.asset);
        if (!asset) return; // FunctionsMetadataPlugin reported why
        compilation.updateAsset(this.asset, new sources.RawSource(withHelpUrls(asset.source.source().toString(), this.base)));
      });
    });
  }
}

class FunctionsMetadataPlugin {
  constructor({ asset = "functions.json" } = {}) {
    this.asset = asset;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      // Before HelpUrlPlugin (PROCESS_ASSETS_STAGE_ADDITIONAL), which edits the asset.
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL - 1 }, () => {
        const { loadCatalogue, metadataJson, FUNCTIONS_DIR } = require("./function-catalogue");
        compilation.contextDependencies.add(FUNCTIONS_DIR);
        try {
          const { entries, files } = loadCatalogue();
          for (const f of files) compilation.fileDependencies.add(f);
          compilation.emitAsset(this.asset, new sources.RawSource(metadataJson(entries)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`FunctionsMetadataPlugin: ${e.message}`));
        }
      });
    });
  }
}

class ManifestPlugin {
  constructor({ base, production }) {
    this.base = base;
    this.production = production;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const template = require("./manifest").TEMPLATE;
        compilation.fileDependencies.add(template);
        try {
          compilation.emitAsset("manifest.xml", new sources.RawSource(renderManifest({ base: this.base, production: this.production })));
        } catch (e) {
          compilation.errors.push(new WebpackError(`ManifestPlugin: ${e.message}`));
        }
      });
    });
  }
}

module.exports = { FunctionsMetadataPlugin, HelpUrlPlugin, ManifestPlugin, findHelpUrlTags, withHelpUrls, FUNCTIONS_ROOT };
