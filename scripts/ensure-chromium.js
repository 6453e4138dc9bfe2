#!/usr/bin/env node
// Makes sure a Chromium for the browser tests exists (Debian's `chromium` package).
//   node scripts/ensure-chromium.js     -> prints the version, installing it first if missing
//   require("./ensure-chromium").chromiumPath() -> absolute path or null (never installs)
// CHROMIUM_PATH, when set to an executable, takes precedence over /usr/bin/chromium.
"use strict";
const fs = require("fs");
const { spawnSync } = require("child_process");

const DEFAULT_PATH = "/usr/bin/chromium";

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Path of a usable Chromium executable, or null. Does not install anything. */
function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return isExecutable(DEFAULT_PATH) ? DEFAULT_PATH : null;
}

function chromiumVersion(file) {
  const r = spawnSync(file, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 30000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

function onPath(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/** Runs the apt-get commands (via `sudo -n` when not root); returns true on success. */
function installChromium() {
  if (process.platform !== "linux" || !onPath("apt-get")) {
    console.error("ensure-chromium: automatic install needs Debian/Ubuntu apt-get; install Chromium and set CHROMIUM_PATH.");
    return false;
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  let prefix = [];
  if (!isRoot) {
    if (!onPath("sudo")) {
      console.error("ensure-chromium: not root and `sudo` is not installed.");
      return false;
    }
    prefix = ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"];
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const run = (args) => {
    const argv = [...prefix, ...args];
    console.log(`ensure-chromium: ${argv.join(" ")}`);
    const r = spawnSync(argv[0], argv.slice(1), { stdio: ["ignore", "inherit", "inherit"], env });
    return r.status === 0;
  };
  return run(["apt-get", "update"]) && run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"]);
}

function main() {
  let file = chromiumPath();
  if (!file) {
    if (process.env.CHROMIUM_PATH) {
      console.error(`ensure-chromium: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file; trying ${DEFAULT_PATH}.`);
    }
    console.log(`ensure-chromium: ${DEFAULT_PATH} not found, installing Debian's chromium package...`);
    if (!installChromium() || !(file = chromiumPath())) {
      console.error(
        "ensure-chromium: could not install Chromium. As root run:\n" +
          "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium\n" +
          "or point CHROMIUM_PATH at an existing Chromium/Chrome executable.",
      );
      process.exit(1);
    }
  }
  const version = chromiumVersion(file);
  if (!version) {
    console.error(`ensure-chromium: ${file} exists but \`${file} --version\` failed.`);
    process.exit(1);
  }
  console.log(`ensure-chromium: ${version} (${file})`);
}

module.exports = { chromiumPath, DEFAULT_PATH };

if (require.main === module) main();
