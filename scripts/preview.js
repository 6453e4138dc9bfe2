#!/usr/bin/env node
/* `npm run preview`: serves a production build (MPWR_BASE_URL=… npm run build) the way
 * a static host would, to look at it before uploading:
 *
 *   - over https (the Office development certificate, as `npm start` uses);
 *   - under the base URL's path (https://localhost:8443/tools/mpwr/ for a base of
 *     https://host/tools/mpwr/), never at "/": a page that asks for "/taskpane.js"
 *     instead of "taskpane.js" gets a 404 here, as it would on the real host;
 *   - every request outside that path is a 404;
 *   - content types and Cache-Control as docs/deploy.md recommends (scripts/lib/hosting.js),
 *     with ETags so revalidation is cheap.
 *
 * The manifest in dist/ names the real host, so Excel cannot load the add-in from
 * here; the pane, the help page and every file the manifest lists can be checked in a browser.
 *
 *   node scripts/preview.js [--dist dist] [--port 8443] [--path /tools/mpwr/]
 */
"use strict";
const fs = require("fs");
const https = require("https");
const path = require("path");
const { contentType, cacheControl } = require("./lib/hosting");

const ROOT_FALLBACK_PATH = "/mpwr-preview/";

/** { base, production, errors } of the build in distDir, from its manifest. */
function readBuild(distDir) {
  const file = path.join(distDir, "manifest.xml");
  if (!fs.existsSync(file)) throw new Error(`${file} not found: build first (MPWR_BASE_URL=https://host/path/ npm run build)`);
  const { validateManifest } = require("./validate-manifest");
  const { base, production, errors } = validateManifest(fs.readFileSync(file, "utf8"), { distDir });
  if (!base) throw new Error(`${file} has no usable <SourceLocation>`);
  return { base, production, errors };
}

/** "/tools/mpwr/" for a base https://host/tools/mpwr/; a root base is served under /mpwr-preview/ so absolute paths still show. */
function mountPathFor(base) {
  const p = new URL(base).pathname;
  return p === "/" ? ROOT_FALLBACK_PATH : p;
}

function normaliseMountPath(p) {
  let out = String(p || "/");
  if (!out.startsWith("/")) out = `/${out}`;
  if (!out.endsWith("/")) out += "/";
  if (out === "/") throw new Error("the preview path must not be / (a non-root path is what catches absolute-path mistakes)");
  return out;
}

/** The request handler: `distDir` under `mountPath` (which starts and ends with "/"), nothing else. */
function handler({ distDir, mountPath, log = () => {} }) {
  const root = path.resolve(distDir);
  return (req, res) => {
    const send = (status, body, headers = {}) => {
      log(`${status} ${req.method} ${req.url}`);
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n", { Allow: "GET, HEAD" });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "https://preview.invalid").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    if (`${pathname}/` === mountPath) return send(301, "", { Location: mountPath });
    if (!pathname.startsWith(mountPath)) return send(404, `not found: ${pathname} is outside ${mountPath}, where the add-in is served\n`);
    const rel = pathname.slice(mountPath.length);
    if (rel === "") return send(302, "", { Location: `${mountPath}taskpane.html` });
    if (rel.includes("\0") || rel.split("/").some((seg) => seg === ".." || seg === ".")) return send(404, "not found\n");
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) return send(404, "not found\n");
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return send(404, `not found: ${rel} is not in the build\n`);
    }
    if (!stat.isFile()) return send(404, "not found\n");
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = {
      "Content-Type": contentType(file),
      "Cache-Control": cacheControl(file),
      ETag: etag,
      "Last-Modified": stat.mtime.toUTCString(),
      "X-Content-Type-Options": "nosniff",
    };
    if (req.headers["if-none-match"] === etag) {
      log(`304 ${req.method} ${req.url}`);
      res.writeHead(304, headers);
      return res.end();
    }
    log(`200 ${req.method} ${req.url}`);
    res.writeHead(200, { ...headers, "Content-Length": stat.size });
    if (req.method === "HEAD") return res.end();
    fs.createReadStream(file).pipe(res);
  };
}

/**
 * Starts the https preview of `distDir`. Resolves { url, origin, mountPath, base, production, close }.
 * `key`/`cert` default to the Office development certificate (scripts/dev-server-options.js).
 */
async function startPreview({ distDir = "dist", host = "localhost", port = 8443, mountPath, key, cert, log } = {}) {
  const build = readBuild(distDir);
  const mount = normaliseMountPath(mountPath || mountPathFor(build.base));
  if (!key || !cert) ({ key, cert } = await require("./dev-server-options").getCertificates());
  const server = https.createServer({ key, cert }, handler({ distDir, mountPath: mount, log }));
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  const origin = `https://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;
  return {
    ...build,
    origin,
    port: actualPort,
    mountPath: mount,
    url: `${origin}${mount}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (name === "--dist") out.distDir = value;
    else if (name === "--port") out.port = Number(value);
    else if (name === "--path") out.mountPath = value;
    else throw new Error(`unknown argument ${name} (supported: --dist dir, --port n, --path /some/path/)`);
    i++;
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const distDir = args.distDir || "dist";
  const build = readBuild(distDir);
  if (!build.production) {
    throw new Error(
      `${distDir}/ holds the development build (${build.base}), which \`npm start\` serves. ` +
        "Preview a production build: MPWR_BASE_URL=https://your.host/path/ npm run build && npm run preview",
    );
  }
  for (const e of build.errors) console.warn(`preview: manifest problem (see npm run validate): ${e}`);
  if (new URL(build.base).pathname === "/" && !args.mountPath) {
    console.log(`preview: the base ${build.base} is a root; serving under ${ROOT_FALLBACK_PATH} so absolute paths still fail here.`);
  }
  const preview = await startPreview({
    distDir,
    port: Number.isInteger(args.port) ? args.port : 8443,
    mountPath: args.mountPath,
    log: (line) => console.log(line),
  });
  console.log(
    [
      "",
      `MPWR production preview of ${path.resolve(distDir)} (built for ${preview.base})`,
      `  Task pane:   ${preview.url}taskpane.html   (office.js comes from Microsoft's CDN: needs internet)`,
      `  Help page:   ${preview.url}help.html`,
      `  Manifest:    ${preview.url}manifest.xml   (its URLs name ${preview.base}, not this preview)`,
      `Anything outside ${preview.mountPath} is a 404. Stop with Ctrl+C.`,
      "",
    ].join("\n"),
  );
  const stop = () => preview.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`preview: ${e.message}`);
    process.exit(1);
  });
}

module.exports = { startPreview, handler, mountPathFor, normaliseMountPath, readBuild };
