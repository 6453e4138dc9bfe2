// webpack-dev-server 5 options for `webpack serve` (used by webpack.config.js):
// https://localhost:<port>/ with the Office add-in developer certificates, and
// node_modules/@microsoft/office-js/dist served (not copied) at /office-js/.
//
// Certificates live in ~/.office-addin-dev-certs (office-addin-dev-certs defaults).
// Trusting the CA needs admin rights (sudo on Linux, a dialog on Windows/macOS);
// that must never block `npm start` on a headless box, so:
//   1. valid files + CA trusted             -> use them;
//   2. otherwise, if trusting can work here -> office-addin-dev-certs in a child
//      process (no TTY, no stdin, time-limited) generates and/or trusts;
//   3. still not trusted                    -> use (or generate) the files untrusted,
//      print a one-line note, serve anyway;
//   4. files cannot be written              -> in-memory certificate for this run.
// DEV_CERTS_NO_TRUST=1 (or CI set) skips step 2.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const DEV_CERTS_DIR = path.dirname(require.resolve("office-addin-dev-certs/package.json"));
const certDefaults = require("office-addin-dev-certs/lib/defaults");

const TRUST_TIMEOUT_MS = process.platform === "linux" ? 60_000 : 180_000; // desktop dialogs need a human
const MIN_REMAINING_MS = 24 * 60 * 60 * 1000; // renew a day before expiry, like verify_linux.sh
const UNTRUSTED_NOTE = "CA not trusted on this machine: browsers will warn; run `npx office-addin-dev-certs install` on a desktop to trust it";
const LINUX_TRUSTED_CA = "/usr/local/share/ca-certificates/office-addin-dev-certs/" + certDefaults.caCertificateFileName;

const log = (msg) => console.log(`[dev-certs] ${msg}`);

function readIfExists(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

/** {key, cert, ca} from ~/.office-addin-dev-certs if the pair matches, chains to the CA, covers localhost and is not about to expire; else null. */
function loadValidCertificates() {
  const ca = readIfExists(certDefaults.caCertificatePath);
  const cert = readIfExists(certDefaults.localhostCertificatePath);
  const key = readIfExists(certDefaults.localhostKeyPath);
  if (!ca || !cert || !key) return null;
  try {
    const caX509 = new crypto.X509Certificate(ca);
    const x509 = new crypto.X509Certificate(cert);
    const soon = Date.now() + MIN_REMAINING_MS;
    const ok =
      Date.parse(x509.validTo) > soon &&
      Date.parse(caX509.validTo) > soon &&
      Date.parse(x509.validFrom) <= Date.now() &&
      x509.checkHost("localhost") !== undefined &&
      x509.checkPrivateKey(crypto.createPrivateKey(key)) &&
      x509.checkIssued(caX509) &&
      x509.verify(caX509.publicKey);
    return ok ? { key, cert, ca } : null;
  } catch {
    return null;
  }
}

/** Whether the CA in ~/.office-addin-dev-certs is in the OS trust store (never prompts). */
function isCaTrusted() {
  let installed;
  try {
    // Runs the package's verify script (PowerShell / security / openssl); no elevation.
    installed = require("office-addin-dev-certs").isCaCertificateInstalled();
  } catch {
    return false;
  }
  if (!installed) return false;
  if (process.platform === "linux") {
    // verify_linux.sh only checks that *a* ca.crt is installed; make sure it is ours.
    const ours = readIfExists(certDefaults.caCertificatePath);
    const trusted = readIfExists(LINUX_TRUSTED_CA);
    if (ours && trusted && !ours.equals(trusted)) return false;
  }
  return true;
}

function commandExists(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/** Reason trusting cannot work non-interactively here, or null if it may. */
function whyTrustImpossible() {
  if (process.env.DEV_CERTS_NO_TRUST) return "DEV_CERTS_NO_TRUST is set";
  if (process.env.CI) return "CI is set";
  if (process.platform === "win32" || process.platform === "darwin") return null;
  if (process.platform !== "linux") return `unsupported platform ${process.platform}`;
  if (!fs.existsSync("/usr/sbin/update-ca-certificates") && !fs.existsSync("/usr/sbin/update-ca-trust")) {
    return "no update-ca-certificates / update-ca-trust";
  }
  // office-addin-dev-certs always runs `sudo sh install_linux.sh ...`, even as root.
  if (!commandExists("sudo")) return "`sudo` is not installed";
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    const env = { ...process.env };
    delete env.SUDO_ASKPASS;
    const probe = spawnSync("sudo", ["-n", "true"], { stdio: "ignore", env, timeout: 10_000 });
    if (probe.status !== 0) return "`sudo` needs a password";
  }
  return null;
}

/**
 * Runs an office-addin-dev-certs function in a child Node process: stdin closed,
 * on Linux in its own session (no controlling TTY, so sudo cannot prompt), killed
 * after TRUST_TIMEOUT_MS. Resolves {ok, output}.
 */
function runDevCertsInChild(fnName) {
  const code =
    `require(${JSON.stringify(DEV_CERTS_DIR)})[${JSON.stringify(fnName)}]()` +
    `.then(() => process.exit(0), (e) => { console.error(String(e && e.message || e)); process.exit(1); });`;
  const env = { ...process.env };
  delete env.SUDO_ASKPASS;
  const detached = process.platform !== "win32";
  return new Promise((resolve) => {
    let output = "";
    let child;
    try {
      child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "pipe"], env, detached, windowsHide: false });
    } catch (err) {
      resolve({ ok: false, output: String(err) });
      return;
    }
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\ntimed out after ${TRUST_TIMEOUT_MS / 1000} s`;
      try {
        if (detached) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        /* already gone */
      }
    }, TRUST_TIMEOUT_MS);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ ok: false, output: `${output}\n${err}` });
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ ok: status === 0, output });
    });
  });
}

function firstLine(text) {
  const line = String(text)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .pop();
  return line || "unknown error";
}

/** Certificates written by office-addin-dev-certs' own generator, without installing the CA. */
async function generateUntrusted() {
  const { generateCertificates, deleteCertificateFiles } = require("office-addin-dev-certs");
  // generateCertificates() writes nothing when ca.crt already exists: clear stale files first.
  deleteCertificateFiles(certDefaults.certificateDirectory);
  await generateCertificates();
  return loadValidCertificates();
}

/** Last resort (e.g. read-only HOME), and the preview tests: an in-memory CA + certificate for `domains`, for this run only. */
async function generateInMemory(domains = certDefaults.domain) {
  const mkcert = require(require.resolve("mkcert", { paths: [DEV_CERTS_DIR] }));
  const ca = await mkcert.createCA({
    organization: certDefaults.certificateName,
    countryCode: certDefaults.countryCode,
    state: certDefaults.state,
    locality: certDefaults.locality,
    validity: certDefaults.daysUntilCertificateExpires,
  });
  const leaf = await mkcert.createCert({ ca, domains, validity: certDefaults.daysUntilCertificateExpires });
  return { key: leaf.key, cert: leaf.cert, ca: ca.cert };
}

/** {key, cert, ca} for the https server; never waits for a password. */
async function getCertificates() {
  let files = loadValidCertificates();
  if (files && isCaTrusted()) {
    log(`using trusted certificate ${certDefaults.localhostCertificatePath}`);
    return files;
  }

  const impossible = whyTrustImpossible();
  if (impossible) {
    log(`not trying to trust the CA: ${impossible}`);
  } else {
    // Files fine but CA untrusted: only install the CA. Otherwise let the package
    // regenerate everything and install (what the Microsoft template does).
    const fn = files ? "installCaCertificate" : "getHttpsServerOptions";
    log(`${files ? "trusting the existing CA" : "creating and trusting certificates"} (office-addin-dev-certs ${fn})...`);
    const result = await runDevCertsInChild(fn);
    files = loadValidCertificates();
    if (result.ok && files && isCaTrusted()) {
      log(`CA trusted; certificate ${certDefaults.localhostCertificatePath}`);
      return files;
    }
    log(
      result.ok
        ? "could not trust the CA: another Office dev CA is already installed (`npx office-addin-dev-certs uninstall` removes it)"
        : `could not trust the CA: ${firstLine(result.output)}`,
    );
  }

  if (!files) {
    try {
      files = await generateUntrusted();
      if (files) log(`generated ${certDefaults.localhostCertificatePath} (CA not installed)`);
    } catch (err) {
      log(`could not write certificates to ${certDefaults.certificateDirectory}: ${firstLine(err.message || err)}`);
    }
  } else {
    log(`using certificate ${certDefaults.localhostCertificatePath}`);
  }
  if (!files) {
    files = await generateInMemory();
    log("using a throw-away in-memory certificate for this run");
  }
  console.log(UNTRUSTED_NOTE);
  return files;
}

/** webpack-dev-server 5 options: https://localhost:<port>/ plus /office-js/ from node_modules. */
async function devServerOptions(port) {
  const { key, cert, ca } = await getCertificates();
  return {
    host: "localhost",
    port,
    server: { type: "https", options: { key, cert, ca } },
    headers: { "Access-Control-Allow-Origin": "*" },
    static: [
      {
        directory: OFFICE_JS_DIR,
        publicPath: "/office-js",
        watch: false, // 86 MB of files that never change
        serveIndex: false,
      },
    ],
    hot: false,
    liveReload: false,
    client: false, // no overlay, no injected client in the Office runtime
    webSocketServer: false,
  };
}

module.exports = { devServerOptions, getCertificates, loadValidCertificates, generateInMemory, UNTRUSTED_NOTE };
