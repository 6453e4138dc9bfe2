#!/usr/bin/env node
// `npm stop`: on Windows/macOS unregisters the sideloaded add-in
// (`office-addin-debugging stop manifest.xml`); everywhere stops the dev server
// started by scripts/start.js (pid in .dev-server.pid). Exits 0 when nothing was running.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const { writeDevManifest, DEV_MANIFEST: MANIFEST } = require("./manifest");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");
const GRACE_MS = 10_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/** Command line of pid, or null when it cannot be read (then we trust the pid file). */
function commandLine(pid) {
  if (process.platform === "linux") {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
    } catch {
      return null;
    }
  }
  if (process.platform === "darwin") {
    const r = spawnSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() : null;
  }
  return null;
}

function unregisterAddIn() {
  if (process.platform !== "win32" && process.platform !== "darwin") return;
  let cli;
  try {
    cli = require.resolve("office-addin-debugging/cli.js", { paths: [ROOT] });
  } catch {
    console.log("stop: office-addin-debugging is not installed; add-in not unregistered.");
    return;
  }
  // office-addin-debugging reads the add-in Id from the manifest it sideloaded (the development identity).
  if (!fs.existsSync(MANIFEST)) writeDevManifest(MANIFEST);
  console.log(`stop: office-addin-debugging stop ${MANIFEST}`);
  const r = spawnSync(process.execPath, [cli, "stop", MANIFEST], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) console.log(`stop: office-addin-debugging stop exited with ${r.status}; continuing.`);
}

async function stopDevServer() {
  let pid;
  try {
    pid = Number.parseInt(fs.readFileSync(PID_FILE, "utf8").trim(), 10);
  } catch {
    console.log("stop: no dev server started by `npm start` (no .dev-server.pid).");
    return;
  }
  const removePidFile = () => fs.rmSync(PID_FILE, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) {
    console.log("stop: .dev-server.pid was not a process id; removed it.");
    removePidFile();
    return;
  }
  if (!isAlive(pid)) {
    console.log(`stop: dev server (pid ${pid}) was not running; removed stale .dev-server.pid.`);
    removePidFile();
    return;
  }
  const cmd = commandLine(pid);
  if (cmd !== null && !/webpack/.test(cmd)) {
    console.log(`stop: pid ${pid} is not the dev server any more (${cmd.slice(0, 80)}); left it alone, removed .dev-server.pid.`);
    removePidFile();
    return;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + GRACE_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    process.kill(pid, "SIGKILL");
    console.log(`stop: dev server (pid ${pid}) did not exit on SIGTERM; killed it.`);
  } else {
    console.log(`stop: stopped the dev server (pid ${pid}).`);
  }
  removePidFile();
}

async function main() {
  unregisterAddIn();
  await stopDevServer();
}

main().catch((err) => {
  console.error(`stop: ${err.stack || err}`);
  process.exit(1);
});
