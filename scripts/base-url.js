/* The one place that decides where the add-in is served from.
 *
 *   MPWR_BASE_URL unset      -> development: https://localhost:<port>/ (what `npm start` serves),
 *                               port = PORT, else npm_package_config_dev_server_port, else 3000;
 *   MPWR_BASE_URL=https://…  -> production: that URL, with a trailing "/" added if missing.
 *
 * Every URL a user's Excel loads (manifest, functions.json help links) is
 * `<base><file>`, so a base with a path (https://host/tools/mpwr/) works on any
 * static host. A base that Office would refuse (not https) or that points back at
 * the building machine (localhost) is a build error, never a silent fallback. */
"use strict";

const DEFAULT_DEV_PORT = 3000;
const ENV_NAME = "MPWR_BASE_URL";

class BaseUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = "BaseUrlError";
    this.stack = `${this.name}: ${message}`; // a configuration mistake: the message is the whole story
  }
}

/** Hosts that mean "this machine": never valid in a build meant for other people. */
function isLoopbackHost(hostname) {
  const h = String(hostname)
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return (
    h === "localhost" || h.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(h) || h === "0.0.0.0" || h === "::1" || h === "::" || h === "0:0:0:0:0:0:0:1"
  );
}

/** Port of the development server, as scripts/start.js uses it. */
function devPort(env = process.env) {
  const raw = env.PORT || env.npm_package_config_dev_server_port || DEFAULT_DEV_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new BaseUrlError(`invalid development port ${JSON.stringify(raw)} (PORT or package.json config.dev_server_port)`);
  return port;
}

function devBaseUrl(port = DEFAULT_DEV_PORT) {
  return `https://localhost:${port}/`;
}

/** `raw` as a production base URL (https, not local, no query/fragment/credentials, ending in "/"); throws BaseUrlError otherwise. */
function normaliseBaseUrl(raw) {
  const text = String(raw ?? "").trim();
  const say = (why) =>
    new BaseUrlError(`${ENV_NAME}=${JSON.stringify(String(raw ?? ""))} ${why}. Example: ${ENV_NAME}=https://addins.example.com/mpwr/ npm run build`);
  if (!text) throw say("is empty; unset it for the development build, or give the https:// address the add-in will be served from");
  let url;
  try {
    url = new URL(text);
  } catch {
    throw say("is not an absolute URL");
  }
  if (url.protocol !== "https:") throw say(`uses ${url.protocol.replace(/:$/, "")}; Office loads add-ins only over https://`);
  if (url.username || url.password) throw say("contains a user name or password");
  if (url.search || url.hash || text.includes("?") || text.includes("#")) throw say("has a query or fragment; give the folder the files are served from");
  if (isLoopbackHost(url.hostname)) {
    throw say(
      `points at ${url.hostname}, this machine; a production build must name the host your users reach (unset ${ENV_NAME} for the localhost development build)`,
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/**
 * { base, production } for this build. `base` always ends in "/".
 * Throws BaseUrlError with a message meant for the person running the build.
 */
function resolveBaseUrl(env = process.env) {
  if (ENV_NAME in env && env[ENV_NAME] !== undefined) return { base: normaliseBaseUrl(env[ENV_NAME]), production: true };
  return { base: devBaseUrl(devPort(env)), production: false };
}

module.exports = { resolveBaseUrl, normaliseBaseUrl, devBaseUrl, devPort, isLoopbackHost, BaseUrlError, ENV_NAME, DEFAULT_DEV_PORT };
