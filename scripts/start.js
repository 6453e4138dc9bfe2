#!/usr/bin/env node
// `npm start` (after `npm run build:dev`): runs `webpack serve --mode development`
// (https://localhost:PORT, see scripts/dev-server-options.js), waits until it serves
// taskpane.html, then sideloads manifest.xml into Excel desktop on Windows/macOS via
// office-addin-debugging, or, where there is no Excel desktop (Linux), prints the
// URLs and how to sideload in Excel on the web. Serves until Ctrl+C / SIGTERM / `npm stop`.
// manifest.xml (the development identity, "MPWR (dev)", for this port) is written from
// manifest.template.xml first (scripts/manifest.js); the committed copy is the one for port 3000.
//
//   node scripts/start.js [--no-sideload]
//   PORT (else npm_package_config_dev_server_port, else 3000) picks the port.
"use strict";
const fs = require("fs");
const https = require("https");
const net = require("net");
const path = require("path");
const { spawn } = require("child_process");

const { devPort } = require("./base-url");
const { writeDevManifest, DEV_MANIFEST: MANIFEST } = require("./manifest");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");
const READY_TIMEOUT_MS = 120_000;
const KILL_GRACE_MS = 10_000;

const args = process.argv.slice(2);
const noSideload = args.includes("--no-sideload");
for (const arg of args.filter((a) => a !== "--no-sideload")) {
  console.warn(`start: ignoring unknown argument ${arg} (supported: --no-sideload)`);
}

let PORT;
try {
  PORT = devPort(process.env);
} catch (err) {
  console.error(`start: ${err.message}`);
  process.exit(1);
}
const BASE_URL = `https://localhost:${PORT}`;
const canSideload = process.platform === "win32" || process.platform === "darwin";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "localhost");
  });
}

/** Resolves with the HTTP status of GET url (self-signed certificates accepted), or null. */
function probe(url) {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
  });
}

function removePidFile(pid) {
  try {
    if (fs.readFileSync(PID_FILE, "utf8").trim() === String(pid)) fs.unlinkSync(PID_FILE);
  } catch {
    /* absent or not ours */
  }
}

function printUsage() {
  const lines = [
    "",
    `MPWR dev server: ${BASE_URL}/`,
    `  Task pane:          ${BASE_URL}/taskpane.html   (also works as a standalone page in a browser)`,
    `  Functions metadata: ${BASE_URL}/functions.json`,
    `  Manifest:           ${MANIFEST}`,
  ];
  if (!canSideload) {
    lines.push(`No Excel desktop on ${process.platform}: sideloading skipped.`);
  }
  lines.push(
    "To use it in Excel on the web: open the task pane URL once in the same browser (accept the certificate",
    "warning if the CA is not trusted), open a workbook in Excel on the web, then",
    "Insert → Add-ins → Upload My Add-in (or Home → Add-ins → More Add-ins → Upload My Add-in) → choose the manifest above.",
    "Stop with Ctrl+C or `npm stop`.",
    "",
  );
  console.log(lines.join("\n"));
}

function sideload() {
  const cli = require.resolve("office-addin-debugging/cli.js", { paths: [ROOT] });
  // No "dev-server" script in package.json + --dev-server-port: office-addin-debugging
  // sees the port in use and does not start a second dev server.
  const argv = [cli, "start", MANIFEST, "desktop", "--app", "excel", "--dev-server-port", String(PORT)];
  console.log(`start: office-addin-debugging ${argv.slice(1).join(" ")}`);
  const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: "inherit", env: process.env });
  child.on("error", (err) => console.error(`start: could not run office-addin-debugging: ${err.message}`));
  child.on("exit", (code) => {
    if (code !== 0) {
      console.error(`start: sideloading failed (exit ${code}); the dev server keeps running. See ${BASE_URL}/taskpane.html`);
    }
  });
}

async function main() {
  if (!(await portIsFree(PORT))) {
    console.error(`start: port ${PORT} is already in use (a previous \`npm start\`? run \`npm stop\`, or set PORT).`);
    process.exit(1);
  }

  writeDevManifest(MANIFEST, PORT);
  const webpackBin = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  const env = { ...process.env, PORT: String(PORT), npm_package_config_dev_server_port: String(PORT) };
  const child = spawn(process.execPath, [webpackBin, "serve", "--mode", "development"], { cwd: ROOT, stdio: "inherit", env });
  fs.writeFileSync(PID_FILE, `${child.pid}\n`);

  let stopping = false;
  let exited = false;
  let failed = false; // stopped by us because it never became ready
  const stop = (signal) => {
    if (exited) return;
    if (stopping) {
      child.kill("SIGKILL");
      return;
    }
    stopping = true;
    child.kill(signal);
    setTimeout(() => !exited && child.kill("SIGKILL"), KILL_GRACE_MS).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
  process.on("exit", () => {
    if (!exited) child.kill("SIGTERM");
    removePidFile(child.pid);
  });

  child.on("error", (err) => {
    console.error(`start: could not start webpack: ${err.message}`);
    exited = true;
    removePidFile(child.pid);
    process.exit(1);
  });
  child.on("exit", (code, signal) => {
    exited = true;
    removePidFile(child.pid);
    // Stopped on purpose (Ctrl+C, SIGTERM, `npm stop`): not an error.
    const normal = stopping || signal === "SIGTERM" || signal === "SIGINT" || code === 0;
    if (!normal) console.error(`start: webpack serve exited (${signal || `code ${code}`}).`);
    process.exit(failed ? 1 : normal ? 0 : code || 1);
  });

  const deadline = Date.now() + READY_TIMEOUT_MS;
  let status = null;
  while (!exited && !stopping && Date.now() < deadline) {
    status = await probe(`${BASE_URL}/taskpane.html`);
    if (status === 200) break;
    await sleep(1000);
  }
  if (exited || stopping) return;
  if (status !== 200) {
    console.error(`start: ${BASE_URL}/taskpane.html did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${status ?? "no answer"}); stopping.`);
    failed = true;
    stop("SIGTERM");
    return;
  }

  printUsage();
  if (canSideload && !noSideload) sideload();
}

main().catch((err) => {
  console.error(`start: ${err.stack || err}`);
  process.exit(1);
});
