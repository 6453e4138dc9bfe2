/* Offline checks of a whole build (`npm run validate`, and the tests on a
 * production build): what Excel would load from the host, checked in the folder
 * that is uploaded to it.
 *
 *   - dist/manifest.xml passes scripts/validate-manifest.js against dist/, with
 *     package.json's version;
 *   - every functions.json helpUrl is https, under the manifest's base, names a page of
 *     dist/ and an anchor (element id) that page has, the function's own id;
 *   - a production build (production identity) mentions localhost in no file at all.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { validateManifest } = require("./validate-manifest");
const { manifestVersion } = require("./manifest");
const { isLoopbackHost } = require("./base-url");

const LOCAL_TEXT = /localhost|127\.0\.0\.1|\[::1\]/i;

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
function listFiles(dir, prefix = "") {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      return e.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

/** The element ids an HTML page defines (the anchors a URL fragment can reach), from its tags only. */
function htmlIds(html) {
  const ids = new Set();
  const noComments = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of noComments.match(/<[a-zA-Z][^>]*>/g) || []) {
    const m = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(tag);
    if (m) ids.add(m[1] ?? m[2] ?? m[3]);
  }
  return ids;
}

/** Checks of functions.json's help links against `base` and the pages in `distDir`. */
function checkHelpUrls(metadata, { base, distDir, production }) {
  const errors = [];
  const pages = new Map();
  const idsOf = (file) => {
    if (!pages.has(file)) {
      const abs = path.join(distDir, file);
      pages.set(file, fs.existsSync(abs) && fs.statSync(abs).isFile() ? htmlIds(fs.readFileSync(abs, "utf8")) : null);
    }
    return pages.get(file);
  };
  const seen = new Set();
  for (const f of metadata.functions || []) {
    const where = `functions.json ${f.id}`;
    if (seen.has(f.id)) errors.push(`${where}: the id appears more than once`);
    seen.add(f.id);
    if (!f.helpUrl) {
      errors.push(`${where}: no helpUrl (the build writes <base>help.html#<ID>)`);
      continue;
    }
    let url;
    try {
      url = new URL(f.helpUrl);
    } catch {
      errors.push(`${where}: helpUrl "${f.helpUrl}" is not a valid URL`);
      continue;
    }
    if (url.protocol !== "https:") errors.push(`${where}: helpUrl ${f.helpUrl} must use https`);
    if (production && isLoopbackHost(url.hostname)) errors.push(`${where}: helpUrl ${f.helpUrl} points at localhost`);
    if (!base || !url.href.startsWith(base)) {
      errors.push(`${where}: helpUrl ${f.helpUrl} is not under the add-in's base ${base}`);
      continue;
    }
    const file = decodeURIComponent(url.pathname.slice(new URL(base).pathname.length));
    const anchor = decodeURIComponent(url.hash.replace(/^#/, ""));
    const ids = idsOf(file);
    if (!ids) errors.push(`${where}: helpUrl ${f.helpUrl} names "${file}", which is not in ${distDir}`);
    else if (!anchor) errors.push(`${where}: helpUrl ${f.helpUrl} has no #anchor; Excel would open the top of the page`);
    else if (!ids.has(anchor)) errors.push(`${where}: helpUrl ${f.helpUrl}: ${file} has no element with id "${anchor}"`);
    if (anchor && anchor !== f.id) errors.push(`${where}: helpUrl ${f.helpUrl} points at #${anchor}, not at the function's own anchor #${f.id}`);
  }
  return errors;
}

/** Files of `distDir` whose bytes mention localhost, each with the first place it does. */
function filesMentioningLocalhost(distDir) {
  const hits = [];
  for (const rel of listFiles(distDir)) {
    const text = fs.readFileSync(path.join(distDir, rel)).toString("latin1");
    const m = LOCAL_TEXT.exec(text);
    if (m) hits.push(`${rel}: "…${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, " ")}…"`);
  }
  return hits;
}

/**
 * { errors, warnings, base, production, functions, files } for the build in `distDir`.
 * `options.expectedVersion` defaults to package.json's version as a manifest Version.
 */
function validateDist(distDir, options = {}) {
  const errors = [];
  const warnings = [];
  if (!fs.existsSync(distDir) || !fs.statSync(distDir).isDirectory()) {
    return { errors: [`${distDir} is not a directory; build first (npm run build)`], warnings, base: undefined, production: false, functions: 0, files: 0 };
  }
  const manifestFile = path.join(distDir, "manifest.xml");
  if (!fs.existsSync(manifestFile)) {
    return {
      errors: [`${manifestFile} is missing; the build writes it (npm run build)`],
      warnings,
      base: undefined,
      production: false,
      functions: 0,
      files: 0,
    };
  }
  const expectedVersion = options.expectedVersion ?? manifestVersion(require("../package.json").version);
  const manifest = validateManifest(fs.readFileSync(manifestFile, "utf8"), { distDir, expectedVersion });
  errors.push(...manifest.errors.map((e) => `manifest.xml: ${e}`));
  warnings.push(...manifest.warnings.map((w) => `manifest.xml: ${w}`));

  let functions = 0;
  const metadataFile = path.join(distDir, "functions.json");
  if (!fs.existsSync(metadataFile)) errors.push(`functions.json is missing from ${distDir}`);
  else {
    let metadata;
    try {
      metadata = JSON.parse(fs.readFileSync(metadataFile, "utf8"));
    } catch (e) {
      errors.push(`functions.json is not valid JSON: ${e.message}`);
    }
    if (metadata) {
      if (!Array.isArray(metadata.functions) || metadata.functions.length === 0) errors.push("functions.json lists no functions");
      else {
        functions = metadata.functions.length;
        errors.push(...checkHelpUrls(metadata, { base: manifest.base, distDir, production: manifest.production }));
      }
    }
  }

  const files = listFiles(distDir);
  if (manifest.production) {
    for (const hit of filesMentioningLocalhost(distDir)) errors.push(`${hit} — a production build must not mention localhost (this file would ship)`);
  }
  return { errors, warnings, base: manifest.base, production: manifest.production, functions, files: files.length };
}

module.exports = { validateDist, checkHelpUrls, htmlIds, filesMentioningLocalhost, listFiles };
