/* Renders dist/help.html from the function catalogue (scripts/function-catalogue.js): one
 * anchor per function id, which the help URLs of functions.json point to. The content per
 * function is the one of docs/functions.md (scripts/function-docs.js builds both): syntax,
 * arguments, returns, a worked example with the value the bundle of the same build computes,
 * and the clauses. Every text from the catalogue or a computed value goes through escapeHtml:
 * nothing is ever rendered as markup. */
"use strict";

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** A table in its own horizontally scrolling box (keyboard-scrollable), so a wide spill never widens the page. */
function table(rows, header, label) {
  const cells = (r, tag) => r.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join("");
  const head = header ? `<thead><tr>${cells(rows[0], "th")}</tr></thead>` : "";
  const body = (header ? rows.slice(1) : rows).map((r) => `<tr>${cells(r, "td")}</tr>`).join("");
  return `<div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(label)}"><table>${head}<tbody>${body}</tbody></table></div>`;
}

function resultHtml(r, id) {
  if (r.kind === "none") return "";
  if (r.kind === "spill") {
    const note = r.hasDates ? `<p class="note">Dates shown as YYYY-MM-DD; the cells hold Excel serials.</p>` : "";
    return ` spills:</p>${table(r.rows, r.header, `${id} example result`)}${note}`;
  }
  return ` returns <code>${escapeHtml(r.text)}</code></p>`;
}

function exampleHtml(e) {
  const x = e.example;
  const cells = x.cells.map((c) => `<p><code>${escapeHtml(c.ref)}</code> holds:</p>${table(c.rows, false, `${e.id} example input ${c.ref}`)}`).join("");
  let html = `<h3>Example</h3>${cells}<p><code class="formula">${escapeHtml(x.formula)}</code>${resultHtml(x.result, e.id) || "</p>"}`;
  if (e.more.length) {
    const val = (m) => (m.result.kind === "spill" ? "(spill)" : m.result.kind === "none" ? "" : m.result.text);
    html += table([["formula", "value"], ...e.more.map((m) => [m.formula, val(m)])], true, `${e.id} more examples`);
  }
  if (e.note) html += `<p class="note">${escapeHtml(e.note)}</p>`;
  return html;
}

function renderFunction(e) {
  const params = e.params.length
    ? `<h3>Arguments</h3><ul>${e.params
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code> (${p.optional ? "optional" : "required"}${p.range ? ", range" : ""}): ${escapeHtml(p.description)}</li>`,
        )
        .join("")}</ul>`
    : "<p>No arguments.</p>";
  const returns = `<h3>Returns</h3><p>${e.returns.spill ? "A spill range" : "A single value"}${e.returns.text ? `: ${escapeHtml(e.returns.text)}` : "."}</p>`;
  return `<section id="${escapeHtml(e.id)}">
<h2>${escapeHtml(e.id)}</h2>
<p>${escapeHtml(e.description)}</p>
<p class="syntax"><code class="formula">${escapeHtml(e.syntax)}</code></p>
${params}
${returns}
${e.details.map((d) => `<p>${escapeHtml(d)}</p>`).join("\n")}
${e.example ? exampleHtml(e) : ""}
<p><strong>Clauses:</strong> ${escapeHtml(e.clauses || "—")}</p>
</section>`;
}

/**
 * The task pane's topics (src/taskpane/model/paneHelp.ts), one anchor each: the pane's Help
 * link and its sections' "?" links point here. Loaded through ts-require (plain Node) or Jest.
 */
function paneTopics() {
  require("./lib/ts-require");
  const { PANE_HELP } = require("../src/taskpane/model/paneHelp.ts");
  return Object.entries(PANE_HELP).map(([id, t]) => ({ id, ...t }));
}

function renderPaneTopics(topics) {
  const items = topics
    .map(
      (t) => `<section id="${escapeHtml(t.id)}">
<h3>${escapeHtml(t.title)} <span class="note">(${escapeHtml(t.tab)})</span></h3>
${t.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</section>`,
    )
    .join("\n");
  return `<h2 class="group" id="pane">The task pane</h2>\n${items}`;
}

/**
 * The help page of the catalogue (`options.catalogue`, by default the project's) for a
 * functions.json `metadata`. `options.functions`: Map id → built function
 * (scripts/mpwr-formula.js) to compute the example values; without it the examples are shown
 * without values.
 */
function renderHelpPage(metadata, version, options = {}) {
  const { buildReference } = require("./function-docs");
  const reference =
    options.reference || buildReference({ metadata, functions: options.functions || null, ...(options.catalogue ? { catalogue: options.catalogue } : {}) });
  const toc = reference.groups
    .map((g) => `<li>${escapeHtml(g.title)}: ${g.entries.map((e) => `<a href="#${escapeHtml(e.id)}">${escapeHtml(e.id)}</a>`).join(", ")}</li>`)
    .join("");
  const sections = reference.groups.map((g) => `<h2 class="group">${escapeHtml(g.title)}</h2>\n${g.entries.map(renderFunction).join("\n")}`).join("\n");
  const topics = options.paneTopics || paneTopics();
  const paneToc = `<li><a href="#pane">The task pane</a>: ${topics.map((t) => `<a href="#${escapeHtml(t.id)}">${escapeHtml(t.title)}</a>`).join(", ")}</li>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>MPWR functions</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:56rem;margin:1rem auto;padding:0 1rem;color:#242424;overflow-wrap:break-word}
code{background:#f3f2f1;padding:0 .2em}section{border-top:1px solid #e1dfdd;padding-top:.5rem}h2{font-size:1.15rem}h3{font-size:1rem;margin-bottom:.25rem}
h2.group{font-size:1.3rem;margin-top:2rem}table{border-collapse:collapse}td,th{border:1px solid #e1dfdd;padding:.1rem .4rem;text-align:left;vertical-align:top}
code.formula{overflow-wrap:anywhere}.syntax code{display:block;padding:.2rem .4rem}
.scroll{max-width:100%;overflow-x:auto;margin:.25rem 0}.scroll td{white-space:nowrap}.scroll:focus-visible{outline:2px solid #0f6cbd}
.note{color:#605e5c;font-style:italic}</style>
</head><body><header><h1>MPWR custom functions ${escapeHtml(version)}</h1>
<p>Functions in the <code>MPWR</code> namespace for the Mpower Series C Convertible Preferred and the option exchange offer.
Dates are Excel dates or <code>YYYY-MM-DD</code> text; dates returned are Excel serials. Every example value is what this build of the add-in returns.</p></header>
<nav aria-label="Functions"><ul>${toc}${paneToc}</ul></nav>
<main>
${sections}
${renderPaneTopics(topics)}
</main>
</body></html>
`;
}

/** Webpack plugin: emits help.html from the functions.json and functions.js assets of the same build. */
class HelpPagePlugin {
  constructor(version) {
    this.version = version;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      // After minification: the examples run on the functions.js that ships.
      compilation.hooks.processAssets.tap({ name: "HelpPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return; // FunctionsMetadataPlugin reported why
        const metadata = JSON.parse(asset.source.source().toString());
        let functions = null;
        const js = compilation.getAsset("functions.js");
        try {
          if (!js) throw new Error("no functions.js asset");
          functions = require("./mpwr-formula").loadFunctionsFromSource(js.source.source().toString());
        } catch (e) {
          compilation.warnings.push(
            new WebpackError(`HelpPagePlugin: help.html examples without values (functions.js did not load in a bare context: ${e.message})`),
          );
        }
        const { buildReference } = require("./function-docs");
        const reference = buildReference({ metadata, functions });
        for (const f of reference.failures) compilation.warnings.push(new WebpackError(`HelpPagePlugin: ${f}`));
        compilation.emitAsset("help.html", new sources.RawSource(renderHelpPage(metadata, this.version, { reference })));
      });
    });
  }
}

module.exports = { renderHelpPage, HelpPagePlugin, escapeHtml, paneTopics };
