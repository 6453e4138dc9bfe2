/* Renders dist/help.html from the generated functions.json: one anchor per
 * function id, which the metadata's help URLs point to. */
const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function syntax(f) {
  const params = (f.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=MPWR.${f.id}(${params.join(", ")})`;
}

function renderFunction(f) {
  const params = (f.parameters || [])
    .map((p) => `<li><code>${escapeHtml(p.name)}</code>${p.optional ? " (optional)" : ""}: ${escapeHtml(p.description || "")}</li>`)
    .join("");
  const returns = f.result && f.result.dimensionality === "matrix" ? "a spill range" : "a single value";
  return `<section id="${escapeHtml(f.id)}">
<h2>${escapeHtml(f.id)}</h2>
<p>${escapeHtml(f.description || "")}</p>
<p><code>${escapeHtml(syntax(f))}</code> returns ${returns}.</p>
<ul>${params}</ul>
</section>`;
}

function renderHelpPage(metadata, version) {
  const fns = [...metadata.functions].sort((a, b) => a.id.localeCompare(b.id));
  const toc = fns.map((f) => `<li><a href="#${escapeHtml(f.id)}">${escapeHtml(f.id)}</a></li>`).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>MPWR functions</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem;color:#242424}
code{background:#f3f2f1;padding:0 .2em}section{border-top:1px solid #e1dfdd;padding-top:.5rem}h2{font-size:1.1rem}</style>
</head><body><h1>MPWR custom functions ${escapeHtml(version)}</h1>
<p>Functions in the <code>MPWR</code> namespace for the Mpower Series C Convertible Preferred and the option exchange offer.</p>
<nav><ul>${toc}</ul></nav>
${fns.map(renderFunction).join("\n")}
</body></html>
`;
}

/** Webpack plugin: emits help.html from the functions.json asset of the same build. */
class HelpPagePlugin {
  constructor(version) {
    this.version = version;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const metadata = JSON.parse(asset.source.source().toString());
        compilation.emitAsset("help.html", new sources.RawSource(renderHelpPage(metadata, this.version)));
      });
    });
  }
}

module.exports = { renderHelpPage, HelpPagePlugin, escapeHtml };
