#!/usr/bin/env node
// Offline checks for an add-in manifest (`npm run validate`). `office-addin-manifest validate`
// needs the network; this catches the mistakes we can detect locally, including ones the
// XSD cannot (resids, shared-runtime wiring, URLs that the build does not produce, the
// development identity on a deployed host or localhost in a production manifest).
// Usage:
//   node scripts/validate-manifest.js [--dist dist]           a whole build (scripts/validate-dist.js)
//   node scripts/validate-manifest.js manifest.xml [--dist d] one manifest (against d/ if given)
"use strict";
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");
const { IDENTITIES } = require("./manifest");
const { isLoopbackHost } = require("./base-url");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};
const FUNCTIONS_NAMESPACE = "MPWR";
const SHARED_PAGE = "taskpane.html";
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const REQUIRED_PERMISSION = "ReadWriteDocument"; // least permission that lets the task pane write cells
// What webpack writes to dist/; used when dist/ has not been built yet.
const EXPECTED_BUILD_FILES = ["taskpane.html", "functions.js", "functions.json", "help.html"].concat([16, 32, 64, 80, 128].map((s) => `assets/icon-${s}.png`));
// OfficeApp (TaskPaneApp) children, in the order the XSD sequence requires.
const TOP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const REQUIRED_TOP = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
// Documented limits (learn.microsoft.com manifest reference).
const MAX = { name: 125, description: 250, shortString: 125, longString: 250, resid: 32 };
const RESOURCE_KINDS = { Images: "Image", Urls: "Url", ShortStrings: "ShortString", LongStrings: "LongString" };
const ICON_SIZES = ["16", "32", "80"];

// --- tiny tree over fast-xml-parser's preserveOrder output (names without prefix) ---
function toNodes(list) {
  return list.flatMap((item) => {
    const qname = Object.keys(item).find((k) => k !== ":@");
    if (!qname || qname === "#text" || qname.startsWith("?")) return [];
    const content = item[qname];
    return [
      {
        name: qname.replace(/^.*:/, ""),
        attrs: item[":@"] || {},
        children: toNodes(content),
        text: content
          .filter((c) => "#text" in c)
          .map((c) => String(c["#text"]))
          .join("")
          .trim(),
      },
    ];
  });
}
const kids = (node, name) => (node ? node.children.filter((c) => c.name === name) : []);
const kid = (node, ...names) => names.reduce((n, name) => kids(n, name)[0], node);
const defaultValue = (node) => (node && node.attrs.DefaultValue ? String(node.attrs.DefaultValue).trim() : "");
function* walk(node) {
  yield node;
  for (const c of node.children) yield* walk(c);
}
function expectedKind(node) {
  if (node.name === "Image") return "Image";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(node.name)) return "Url";
  if (["Label", "Title", "Namespace"].includes(node.name)) return "ShortString";
  if (node.name === "Description") return "LongString";
  return undefined;
}

function validateManifest(xmlText, options = {}) {
  const errors = [];
  const warnings = [];

  const wellFormed = XMLValidator.validate(xmlText);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    return { errors: [`manifest is not well-formed XML: ${msg} (line ${line}, col ${col})`], warnings };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const roots = toNodes(parser.parse(xmlText));
  const root = roots[0];
  if (roots.length !== 1 || root.name !== "OfficeApp") {
    return { errors: ["root element must be a single <OfficeApp>"], warnings };
  }

  // --- root and base (non-VersionOverrides) elements ---
  if (root.attrs.xmlns !== NS.app) errors.push(`OfficeApp xmlns must be "${NS.app}"`);
  if (root.attrs["xmlns:xsi"] !== NS.xsi) errors.push(`OfficeApp xmlns:xsi must be "${NS.xsi}"`);
  if (root.attrs["xmlns:bt"] !== NS.bt) errors.push(`OfficeApp xmlns:bt must be "${NS.bt}"`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") errors.push('OfficeApp xsi:type must be "TaskPaneApp"');

  const seen = root.children.map((c) => c.name);
  for (const name of REQUIRED_TOP) if (!seen.includes(name)) errors.push(`missing required element <${name}>`);
  for (const name of new Set(seen)) {
    if (!TOP_ORDER.includes(name)) errors.push(`unexpected element <${name}> in OfficeApp`);
    else if (seen.filter((n) => n === name).length > 1) errors.push(`<${name}> appears more than once`);
  }
  const known = seen.filter((n) => TOP_ORDER.includes(n));
  if (known.some((n, i) => i > 0 && TOP_ORDER.indexOf(n) < TOP_ORDER.indexOf(known[i - 1]))) {
    errors.push(`OfficeApp children are out of schema order; expected order: ${TOP_ORDER.filter((n) => known.includes(n)).join(", ")}`);
  }

  const text = (name) => (kid(root, name) ? kid(root, name).text : "");
  const id = text("Id");
  if (kid(root, "Id") && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    errors.push(`<Id> "${id}" is not a GUID`);
  }
  const version = text("Version");
  if (kid(root, "Version") && !/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) errors.push(`<Version> "${version}" must look like n.n.n.n`);
  const provider = text("ProviderName");
  if (kid(root, "ProviderName") && (!provider || provider.length > MAX.name)) {
    errors.push(`<ProviderName> must be 1-${MAX.name} characters`);
  }
  const locale = text("DefaultLocale");
  if (kid(root, "DefaultLocale") && !/^[a-z]{2,3}(-[A-Za-z]{4})?-([A-Z]{2}|\d{3})$/i.test(locale)) {
    errors.push(`<DefaultLocale> "${locale}" must be a culture name like en-US`);
  }
  for (const [name, max] of [
    ["DisplayName", MAX.name],
    ["Description", MAX.description],
  ]) {
    const value = defaultValue(kid(root, name));
    if (kid(root, name) && (!value || value.length > max)) errors.push(`<${name}> DefaultValue must be 1-${max} characters (has ${value.length})`);
  }
  if (kid(root, "Hosts") && !kids(kid(root, "Hosts"), "Host").some((h) => h.attrs.Name === "Workbook")) {
    errors.push('<Hosts> must contain <Host Name="Workbook"/> (Excel)');
  }
  const sets = kids(kid(root, "Requirements", "Sets"), "Set").map((s) => s.attrs.Name);
  if (kid(root, "Requirements") && !sets.includes("SharedRuntime")) {
    errors.push('<Requirements><Sets> must include <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }
  const permission = text("Permissions");
  if (kid(root, "Permissions")) {
    if (!PERMISSIONS.includes(permission)) errors.push(`<Permissions> "${permission}" is not one of ${PERMISSIONS.join(", ")}`);
    else if (permission !== REQUIRED_PERMISSION) {
      errors.push(`<Permissions> is ${permission}; MPWR needs ${REQUIRED_PERMISSION} so the task pane can write cells`);
    }
  }
  const sourceLocation = kid(root, "DefaultSettings", "SourceLocation");
  if (kid(root, "DefaultSettings") && !defaultValue(sourceLocation)) errors.push("<DefaultSettings> needs <SourceLocation DefaultValue>");

  // --- Resources ---
  const vo = kid(root, "VersionOverrides");
  const resources = new Map();
  for (const [group, kind] of Object.entries(RESOURCE_KINDS)) {
    for (const node of kid(vo, "Resources", group) ? kid(vo, "Resources", group).children : []) {
      const rid = node.attrs.id || "";
      const value = defaultValue(node);
      if (!rid) errors.push(`a ${group} resource has no id`);
      else if (rid.length > MAX.resid) errors.push(`resource id "${rid}" is longer than ${MAX.resid} characters`);
      else if (resources.has(rid)) errors.push(`resource id "${rid}" is defined more than once`);
      if (!value) errors.push(`resource "${rid}" has an empty DefaultValue`);
      if (kind === "ShortString" && value.length > MAX.shortString) errors.push(`ShortString "${rid}" exceeds ${MAX.shortString} characters`);
      if (kind === "LongString" && value.length > MAX.longString) errors.push(`LongString "${rid}" exceeds ${MAX.longString} characters`);
      if (rid && !resources.has(rid)) resources.set(rid, { kind, value, node, used: false });
    }
  }

  // Every resid must resolve, to the kind of resource its element expects.
  for (const node of vo ? walk(vo) : []) {
    if (!("resid" in node.attrs)) continue;
    const rid = node.attrs.resid;
    const res = resources.get(rid);
    const want = expectedKind(node);
    if (!res) errors.push(`resid "${rid}" on <${node.name}> is not defined in <Resources>`);
    else {
      res.used = true;
      if (want && res.kind !== want) errors.push(`resid "${rid}" on <${node.name}> must refer to a ${want} resource, not a ${res.kind}`);
    }
  }
  for (const [rid, res] of resources) if (!res.used) warnings.push(`resource "${rid}" is never referenced`);
  const urlOf = (node) => {
    const res = node && resources.get(node.attrs.resid);
    return res && res.kind === "Url" ? res.value : undefined;
  };

  // --- VersionOverrides: shared runtime + custom functions ---
  if (vo) {
    if (vo.attrs.xmlns !== NS.overrides) errors.push(`VersionOverrides xmlns must be "${NS.overrides}"`);
    if (vo.attrs["xsi:type"] !== "VersionOverridesV1_0") errors.push('VersionOverrides xsi:type must be "VersionOverridesV1_0"');
  }
  const host = kids(kid(vo, "Hosts"), "Host").find((h) => h.attrs["xsi:type"] === "Workbook");
  if (vo && !host) errors.push('VersionOverrides <Hosts> must contain <Host xsi:type="Workbook">');
  const runtime = kid(host, "Runtimes", "Runtime");
  if (host && !runtime) errors.push("missing <Runtimes><Runtime> (a shared runtime is required)");
  if (runtime && runtime.attrs.lifetime !== "long") errors.push('<Runtime> lifetime must be "long"');

  const cf = kids(kid(host, "AllFormFactors"), "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions");
  if (host && !cf) errors.push('missing <AllFormFactors><ExtensionPoint xsi:type="CustomFunctions">');
  for (const part of cf ? ["Script", "Page", "Metadata"] : []) {
    if (!urlOf(kid(cf, part, "SourceLocation"))) errors.push(`CustomFunctions <${part}><SourceLocation> must have a resid that resolves to a Url`);
  }
  if (cf) {
    const ns = kid(cf, "Namespace");
    const res = ns && resources.get(ns.attrs.resid);
    if (!ns) errors.push("CustomFunctions is missing <Namespace>");
    else if (res && res.value !== FUNCTIONS_NAMESPACE) {
      errors.push(`CustomFunctions Namespace is "${res.value}"; it must be "${FUNCTIONS_NAMESPACE}" (functions are MPWR.*)`);
    }
  }

  // Shared runtime: Runtime, functions Page, FunctionFile and task pane buttons must use one resid (one taskpane.html).
  const desktop = kid(host, "DesktopFormFactor");
  const showTaskpane = desktop ? [...walk(desktop)].filter((n) => n.name === "Action" && n.attrs["xsi:type"] === "ShowTaskpane") : [];
  if (desktop && showTaskpane.length === 0) errors.push("no ribbon button with a ShowTaskpane action opens the task pane");
  for (const action of showTaskpane) {
    if (!kid(action, "TaskpaneId")) errors.push("ShowTaskpane action needs a <TaskpaneId> (a shared runtime supports one task pane)");
  }
  if (runtime) {
    const runtimeUrl = urlOf(runtime);
    if (runtimeUrl && !runtimeUrl.split(/[?#]/)[0].endsWith(`/${SHARED_PAGE}`)) errors.push(`<Runtime> URL ${runtimeUrl} must be ${SHARED_PAGE}`);
    const users = [
      ["CustomFunctions <Page>", kid(cf, "Page", "SourceLocation")],
      ["<FunctionFile>", kid(desktop, "FunctionFile")],
    ].concat(showTaskpane.map((a) => ["ShowTaskpane <SourceLocation>", kid(a, "SourceLocation")]));
    for (const [where, node] of users) {
      if (node && node.attrs.resid !== runtime.attrs.resid) {
        errors.push(
          `${where} uses resid "${node.attrs.resid}" (${urlOf(node) || "unresolved"}) but <Runtime> uses "${runtime.attrs.resid}" (${runtimeUrl || "unresolved"}); ` +
            `a shared runtime needs them to be the same ${SHARED_PAGE}`,
        );
      }
    }
  }

  // Icons need the 16/32/80 images Office asks for.
  for (const icon of vo ? [...walk(vo)].filter((n) => n.name === "Icon") : []) {
    const sizes = kids(icon, "Image").map((i) => i.attrs.size);
    const missing = ICON_SIZES.filter((s) => !sizes.includes(s));
    if (missing.length) errors.push(`an <Icon> is missing image size(s) ${missing.join(", ")}`);
  }

  // --- Identity: the development and production manifests must never be mixed up ---
  const displayName = defaultValue(kid(root, "DisplayName"));
  const identity = Object.entries(IDENTITIES).find(([, i]) => i.id.toLowerCase() === id.toLowerCase());
  if (kid(root, "Id") && !identity) {
    errors.push(
      `<Id> ${id} is neither the development (${IDENTITIES.development.id}) nor the production (${IDENTITIES.production.id}) identity; manifests come from manifest.template.xml`,
    );
  } else if (identity && displayName !== identity[1].displayName) {
    errors.push(
      `<DisplayName> "${displayName}" does not go with the ${identity[0]} <Id>; expected "${identity[1].displayName}" (docs/deploy.md: two identities)`,
    );
  }
  const production = options.production ?? (identity ? identity[0] === "production" : false);
  if (options.expectedVersion && kid(root, "Version") && version !== options.expectedVersion) {
    errors.push(`<Version> ${version} is not package.json's version (${options.expectedVersion}); rebuild`);
  }

  // --- URLs: https, under one base, on the right kind of host, each a file the build produces ---
  const urls = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"])
    if (defaultValue(kid(root, name))) urls.push([`<${name}>`, defaultValue(kid(root, name))]);
  if (defaultValue(sourceLocation)) urls.push(["<DefaultSettings><SourceLocation>", defaultValue(sourceLocation)]);
  for (const [rid, res] of resources) {
    if (res.kind !== "Url" && res.kind !== "Image") continue;
    urls.push([`resource "${rid}"`, res.value]);
    for (const o of kids(res.node, "Override")) urls.push([`resource "${rid}" override ${o.attrs.Locale}`, String(o.attrs.Value || "")]);
  }
  const appDomains = kids(kid(root, "AppDomains"), "AppDomain").map((d) => d.text);
  for (const domain of appDomains) {
    let origin;
    try {
      origin = new URL(domain).origin;
    } catch {
      origin = undefined;
    }
    if (!/^https:\/\//i.test(domain)) errors.push(`<AppDomain> ${domain} must use https`);
    else if (origin !== domain) errors.push(`<AppDomain> ${domain} must be an origin such as https://host or https://host:port (no path, no trailing "/")`);
    if (origin && origin !== "null") urls.push([`<AppDomain>`, domain, { domainOnly: true }]);
  }

  const distDir = options.distDir && fs.existsSync(options.distDir) && fs.statSync(options.distDir).isDirectory() ? options.distDir : undefined;
  if (!distDir) {
    warnings.push(
      `dist was not checked${options.distDir ? ` (${options.distDir} not found; build first)` : ""}; URLs were checked against the expected build files`,
    );
  }
  const base = baseOf(defaultValue(sourceLocation));
  for (const [where, raw, how = {}] of urls) {
    let url;
    try {
      url = new URL(raw);
    } catch {
      errors.push(`${where}: "${raw}" is not a valid URL`);
      continue;
    }
    if (url.protocol !== "https:") errors.push(`${where}: ${raw} must use https`);
    const local = isLoopbackHost(url.hostname);
    if (production && local) errors.push(`${where}: ${raw} points at localhost; a production manifest must name the deployed host (MPWR_BASE_URL)`);
    if (identity && !production && !local) {
      errors.push(
        `${where}: ${raw} is not on localhost; the development identity is for \`npm start\` only (deploy a build made with MPWR_BASE_URL, which uses the production identity)`,
      );
    }
    if (how.domainOnly) {
      if (base && url.origin !== new URL(base).origin) errors.push(`${where}: ${raw} is not the add-in's origin ${new URL(base).origin}`);
      continue;
    }
    if (!base) continue;
    if (!url.href.startsWith(base)) {
      errors.push(`${where}: ${raw} is not under the add-in's base ${base} (the folder of <SourceLocation>); every file is served from there`);
      continue;
    }
    const file = decodeURIComponent(url.pathname.slice(new URL(base).pathname.length));
    const built = distDir ? isFile(path.join(distDir, file)) : EXPECTED_BUILD_FILES.includes(file);
    if (!built) errors.push(`${where}: ${raw} points to "${file || "/"}", which the build does not produce${distDir ? ` (not in ${distDir})` : ""}`);
  }

  return { errors, warnings, base, production };
}

/** The folder URL of the add-in page ("https://host/path/" for "https://host/path/taskpane.html"), or undefined. */
function baseOf(raw) {
  try {
    const url = new URL(raw);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    return new URL(".", `${url.origin}${url.pathname}`).href;
  } catch {
    return undefined;
  }
}
function isFile(p) {
  return fs.existsSync(p) && fs.statSync(p).isFile();
}

function printAndExit(label, { errors, warnings }, okMessage) {
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const e of errors) console.error(`error: ${e}`);
  if (errors.length) {
    console.error(`${label} has ${errors.length} error(s)`);
    process.exit(1);
  }
  console.log(okMessage);
}

// Exported before the CLI runs: scripts/validate-dist.js requires this module back.
module.exports = { validateManifest, baseOf, EXPECTED_BUILD_FILES };

if (require.main === module) {
  const args = process.argv.slice(2);
  const distAt = args.indexOf("--dist");
  const distDir = distAt >= 0 ? args[distAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith("--") && (distAt < 0 || i !== distAt + 1));
  if (file) {
    printAndExit(path.basename(file), validateManifest(fs.readFileSync(file, "utf8"), { distDir }), `${path.basename(file)} is valid (offline checks)`);
  } else {
    // A whole build: dist/manifest.xml against dist/, functions.json help links, and for a production build no localhost anywhere.
    const dir = distDir || "dist";
    const result = require("./validate-dist").validateDist(dir);
    printAndExit(
      dir,
      result,
      `${dir}/ is valid (offline checks): ${result.production ? "production" : "development"} build for ${result.base}, ${result.functions} functions, ${result.files} files`,
    );
  }
}
