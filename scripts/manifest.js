#!/usr/bin/env node
/* Both add-in manifests come from manifest.template.xml, filled in here:
 *
 *   identity   development ("MPWR (dev)", the Id the project always had) for the
 *              localhost build; production ("MPWR", its own fixed Id) for a build with
 *              MPWR_BASE_URL. Two Ids let a developer's sideloaded copy and the deployed
 *              add-in live in one Excel: both use the MPWR namespace, and two add-ins
 *              with one Id fight over it (#NAME?).
 *   Version    package.json "version" MAJOR.MINOR.PATCH as MAJOR.MINOR.PATCH.0.
 *   base       scripts/base-url.js; every URL is <base><file of dist/>.
 *
 * The build emits dist/manifest.xml (scripts/build-plugins.js). `npm run manifest`
 * writes the development manifest to ./manifest.xml for sideloading by hand; `npm start`
 * does the same for the port it serves on.
 *
 *   node scripts/manifest.js [--out file]     development manifest (default ./manifest.xml)
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { devBaseUrl, devPort } = require("./base-url");

const ROOT = path.resolve(__dirname, "..");
const TEMPLATE = path.join(ROOT, "manifest.template.xml");
const DEV_MANIFEST = path.join(ROOT, "manifest.xml");

/** Never change an Id once users have it: Office keys installs, settings and caches by it. */
const IDENTITIES = Object.freeze({
  development: Object.freeze({ id: "0dc22b32-b9bc-47ad-bf77-d6e437d9874c", displayName: "MPWR (dev)" }),
  production: Object.freeze({ id: "5da8c9ff-7c93-4187-9241-96b18198c0b3", displayName: "MPWR" }),
});

const escapeXml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);

/** "1.2.3" -> "1.2.3.0"; anything else (pre-releases, build metadata) is an error: Office wants four numbers. */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(packageVersion));
  if (!m || m.slice(1).some((n) => Number(n) > 65535)) {
    throw new Error(`package.json version "${packageVersion}" cannot become a manifest <Version>: use MAJOR.MINOR.PATCH with numbers up to 65535`);
  }
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
}

/**
 * The manifest XML for `base` (ending in "/"). `production` picks the identity;
 * `version` defaults to package.json's. `template` is for tests.
 */
function renderManifest({ base, production, version = packageVersion(), template = fs.readFileSync(TEMPLATE, "utf8") }) {
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(base)) throw new Error(`manifest base URL must be https://host/… ending in "/", got ${base}`);
  const identity = production ? IDENTITIES.production : IDENTITIES.development;
  const values = {
    ID: identity.id,
    DISPLAY_NAME: identity.displayName,
    VERSION: manifestVersion(version),
    BASE: base,
    ORIGIN: new URL(base).origin,
  };
  const out = template.replace(/<!--template[\s\S]*?-->\s*/, "").replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) => {
    if (!(name in values)) throw new Error(`manifest.template.xml: unknown placeholder ${whole}`);
    return escapeXml(values[name]);
  });
  const note = `<!-- Generated from manifest.template.xml by scripts/manifest.js (${production ? "production" : "development"}); edit the template, not this file. -->\n`;
  return out.replace(/(<\?xml[^>]*\?>\s*\n)/, `$1${note}`);
}

/** Writes the development manifest for `port` to `file`; returns the path. */
function writeDevManifest(file = DEV_MANIFEST, port = devPort()) {
  fs.writeFileSync(file, renderManifest({ base: devBaseUrl(port), production: false }));
  return file;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--out");
  const file = path.resolve(at >= 0 && args[at + 1] ? args[at + 1] : DEV_MANIFEST);
  try {
    writeDevManifest(file);
    console.log(
      `wrote ${path.relative(process.cwd(), file) || file}: development manifest (${IDENTITIES.development.displayName}) for ${devBaseUrl(devPort())}`,
    );
  } catch (e) {
    console.error(`manifest: ${e.message}`);
    process.exit(1);
  }
}

module.exports = { renderManifest, writeDevManifest, manifestVersion, IDENTITIES, TEMPLATE, DEV_MANIFEST };
