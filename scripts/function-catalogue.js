/* The catalogue of the custom functions, read in Node: every entry made by `defineFunction`
 * (src/functions/catalogue.ts) among the exports of the adapter files, i.e. every .ts file in a
 * folder of src/functions other than shared/. From it the build derives the registrations of
 * dist/functions.js (registrySource, used by scripts/function-registry-loader.js) and
 * dist/functions.json (metadataJson, scripts/build-plugins.js FunctionsMetadataPlugin); the
 * docs, help page and README list are derived from it by scripts/function-docs.js.
 *
 * Order: the groups' order (FUNCTION_GROUPS), then the adapter files' (folder and file names),
 * then the entries' order in their file.
 *
 * The build fails (loadCatalogue throws) when an entry does not match its implementation: the
 * export is not named by the id, an id is repeated or not SERIESC_/OPTEX_, the implementation
 * is not an export of the same file, an argument's name is not the parameter's, an optional
 * argument precedes a required one; or when an adapter file exports a function that is no
 * entry's implementation (a function without an entry would never be registered). */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const FUNCTIONS_DIR = path.join(SRC, "functions");
const NOT_ADAPTERS = new Set(["shared"]);
const ID_PATTERN = /^(SERIESC|OPTEX)_[A-Z_]+$/;

/** The adapter files, absolute: the .ts files of each folder of src/functions but shared/, by name. */
function adapterFiles(dir = FUNCTIONS_DIR) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !NOT_ADAPTERS.has(e.name))
    .map((e) => e.name)
    .sort()
    .flatMap((sub) =>
      fs
        .readdirSync(path.join(dir, sub))
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
        .sort()
        .map((f) => path.join(dir, sub, f)),
    );
}

/** Every src/**.ts file with its modification time: what a loaded catalogue depends on. */
function sourceStamp() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts")) out.push(`${p}:${fs.statSync(p).mtimeMs}`);
    }
  };
  walk(SRC);
  return out.sort().join("\n");
}

/** Parameter names of a (transpiled) function, from its text. */
function parameterNames(fn) {
  const m = /^[^(]*\(([^)]*)\)/.exec(Function.prototype.toString.call(fn));
  if (!m) return [];
  return m[1]
    .split(",")
    .map((p) =>
      p
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .split("=")[0]
        .trim(),
    )
    .filter(Boolean);
}

let cached = null;

/**
 * The catalogue: { entries, files }. entries: the entries of src/functions/catalogue.ts
 * (id, group, description, summary, args, result, example, more, note, clauses, impl) plus
 * `groupTitle`, `file` (relative to the repository, "/"-separated) and `implName` (the
 * implementation's export name). files: the adapter files read (absolute). Loaded again when
 * a source under src/ changed (watch mode). `dir`: the folder of the adapters' folders (tests).
 */
function loadCatalogue(dir = FUNCTIONS_DIR) {
  const stamp = `${dir}\n${sourceStamp()}`;
  if (cached && cached.stamp === stamp) return cached.catalogue;
  require("./lib/ts-require"); // Node: load src/**/*.ts (under Jest, Jest does)
  for (const key of Object.keys(require.cache)) if (key.startsWith(SRC + path.sep)) delete require.cache[key];
  const { FUNCTION_GROUPS, isFunctionEntry } = require(path.join(FUNCTIONS_DIR, "catalogue.ts"));
  const groups = Object.keys(FUNCTION_GROUPS);
  const problems = [];
  const entries = [];
  const files = adapterFiles(dir);
  for (const file of files) {
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    const mod = require(file);
    const exported = Object.entries(mod);
    const impls = new Set();
    for (const [name, value] of exported) {
      if (!isFunctionEntry(value)) continue;
      const e = value;
      const where = `${rel} ${name}`;
      if (e.id !== name) problems.push(`${where}: the entry's id is ${e.id}; export it as ${e.id}`);
      if (!ID_PATTERN.test(e.id)) problems.push(`${where}: the id must be SERIESC_… or OPTEX_… in capitals`);
      if (!groups.includes(e.group)) problems.push(`${where}: group ${e.group} is not one of FUNCTION_GROUPS (src/functions/catalogue.ts)`);
      const implName = exported.find(([, v]) => v === e.impl && typeof v === "function")?.[0];
      if (!implName) problems.push(`${where}: impl must be a function exported by ${rel}`);
      else impls.add(implName);
      const params = typeof e.impl === "function" ? parameterNames(e.impl) : [];
      const names = e.args.map((a) => a.name);
      if (params.join(",") !== names.join(","))
        problems.push(`${where}: args (${names.join(", ")}) must be the parameters of ${implName || "impl"} (${params.join(", ")}), in order`);
      const firstOptional = e.args.findIndex((a) => a.optional);
      if (firstOptional >= 0 && e.args.slice(firstOptional).some((a) => !a.optional)) problems.push(`${where}: only trailing arguments can be optional`);
      for (const a of e.args) if (!["scalar", "range"].includes(a.type)) problems.push(`${where}: argument ${a.name} has type ${a.type}, not scalar or range`);
      if (!["number", "boolean", "spill"].includes(e.result.type)) problems.push(`${where}: result type ${e.result.type} is not number, boolean or spill`);
      entries.push({ ...e, groupTitle: FUNCTION_GROUPS[e.group], file: rel, implName, position: entries.length });
    }
    for (const [name, value] of exported) {
      if (typeof value === "function" && !impls.has(name))
        problems.push(`${rel}: ${name} is exported but no entry's impl: give it an entry (defineFunction) or do not export it`);
    }
  }
  const seen = new Map();
  for (const e of entries) {
    if (seen.has(e.id)) problems.push(`${e.id} is defined twice (${seen.get(e.id)}, ${e.file})`);
    seen.set(e.id, e.file);
  }
  if (problems.length) throw new Error(`function catalogue:\n  ${problems.join("\n  ")}`);
  entries.sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.position - b.position);
  const catalogue = { entries: entries.map(({ position, ...e }) => e), files };
  cached = { stamp, catalogue };
  return catalogue;
}

const sortKeys = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** functions.json's content for the entries, without help links (scripts/build-plugins.js HelpUrlPlugin adds them). */
function metadataOf(entries) {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: entries.map((e) =>
      sortKeys({
        description: e.description,
        id: e.id,
        name: e.id,
        parameters: e.args.map((a) =>
          sortKeys({
            description: a.description,
            ...(a.type === "range" ? { dimensionality: "matrix" } : {}),
            name: a.name,
            ...(a.optional ? { optional: true } : {}),
            type: "any",
          }),
        ),
        result: e.result.type === "spill" ? { dimensionality: "matrix" } : { type: e.result.type },
      }),
    ),
  };
}

/** functions.json text (4-space indentation, as Office's metadata generator writes it). */
function metadataJson(entries) {
  return JSON.stringify(metadataOf(entries), null, 4);
}

/**
 * The module that registers every function, for a module in `fromDir`: it imports each
 * entry's implementation (never the entry) and associates it with the id: one list of [id, impl]
 * pairs and one CustomFunctions.associate call in a loop, in the catalogue's order (the same calls
 * as one statement per entry, without the call's text repeated in dist/functions.js for each id).
 */
function registrySource(entries, fromDir) {
  const byFile = new Map();
  for (const e of entries) {
    if (!byFile.has(e.file)) byFile.set(e.file, []);
    byFile.get(e.file).push(e);
  }
  const lines = ["// Generated from the function catalogue by scripts/function-registry-loader.js."];
  let n = 0;
  const calls = [];
  for (const [file, list] of byFile) {
    let spec = path.relative(fromDir, path.join(ROOT, file)).split(path.sep).join("/").replace(/\.ts$/, "");
    if (!spec.startsWith(".")) spec = `./${spec}`;
    const names = list.map((e) => [e, `f${n++}`]);
    lines.push(`import { ${names.map(([e, local]) => `${e.implName} as ${local}`).join(", ")} } from ${JSON.stringify(spec)};`);
    for (const [e, local] of names) calls.push(`[${JSON.stringify(e.id)}, ${local}],`);
  }
  return [...lines, "for (const [id, f] of [", ...calls, "]) CustomFunctions.associate(id, f);", ""].join("\n");
}

module.exports = { loadCatalogue, metadataOf, metadataJson, registrySource, adapterFiles, parameterNames, FUNCTIONS_DIR, ROOT };
