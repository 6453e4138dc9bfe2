/**
 * Browser harness of the task pane e2e tests: the test build (test-output/dist, made by
 * `npm run build:test`; jest.config.js checks it is there) served by a tiny
 * static HTTP server, Debian Chromium through playwright-core, office.js from
 * the CDN intercepted (nothing leaves the machine), console errors collected.
 */
import fs from "fs";
import http from "http";
import { AddressInfo } from "net";
import path from "path";
import { Browser, Page, chromium } from "playwright-core";
import { DIST } from "../support/dist";
import { officeStandInScript } from "../support/compileStandIn";

export const ROOT = path.resolve(__dirname, "../..");
export { DIST };
export const SCREENSHOTS = path.join(ROOT, "test-output/screenshots");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_LOCAL = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
  ".txt": "text/plain",
};

export interface Server {
  url: string;
  close(): Promise<void>;
}

export function serveDist(): Promise<Server> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "") || "taskpane.html";
    const file = path.resolve(DIST, rel);
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

export function chromiumExecutable(): string {
  const ensure = require(path.join(ROOT, "scripts/ensure-chromium.js")) as { chromiumPath?: () => string | null };
  return (ensure.chromiumPath && ensure.chromiumPath()) || "/usr/bin/chromium";
}

/** Debian Chromium, headless; `extraArgs` e.g. a --host-resolver-rules mapping a test host to a local server. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
}

/**
 * What answers for office.js: `none` (an empty script: office.js "failed", no
 * Office at all), `real` (the @microsoft/office-js files: a plain browser, host
 * null) or `fake` (test/support/officeStandIn.ts: inside Excel).
 */
export type OfficeMode = "none" | "real" | "fake";

export interface Pane {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/**
 * For a test file: the test build served and Chromium launched once (beforeAll), closed afterwards
 * (afterAll); returns the pane opener for them (openPane's arguments after the first two).
 */
export function usePane(): (office: OfficeMode, width?: number, init?: string) => Promise<Pane> {
  let browser: Browser;
  let server: Server;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return (office, width, init) => openPane(browser, server, office, width, init);
}

/** `init`: a script run in the page before the pane's own (e.g. defining `window.__mpwrTest`, see src/taskpane/ui/figures.ts). */
export async function openPane(browser: Browser, server: Server, office: OfficeMode, width = 320, init?: string): Promise<Pane> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  if (init) await page.addInitScript(init);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  const fake = officeStandInScript();
  await page.route(`${OFFICE_CDN}**`, async (route) => {
    if (office === "none") return route.fulfill({ status: 200, contentType: "text/javascript", body: "/* office.js unavailable */" });
    if (office === "fake") return route.fulfill({ status: 200, contentType: "text/javascript", body: fake });
    const rel = route.request().url().slice(OFFICE_CDN.length).split("?")[0];
    const file = path.resolve(OFFICE_LOCAL, rel);
    if (file.startsWith(OFFICE_LOCAL) && fs.existsSync(file))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file, "utf8") });
    return route.fulfill({ status: 404, body: "" });
  });
  // Nothing else may leave the machine.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (route.request().url().startsWith(OFFICE_CDN) ? route.fallback() : route.abort()));
  await page.goto(`${server.url}/taskpane.html`);
  await page.waitForSelector("#tab-seriesc");
  return { page, errors };
}

export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; help: string; nodes: string[] }>> {
  const source = fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** A paste as Ctrl+V makes it: a paste event carrying the text, on the focused box. */
export async function paste(page: Page, sel: string, text: string): Promise<void> {
  await page.evaluate(
    ({ sel, text }) => {
      const el = document.querySelector(sel) as HTMLElement;
      el.focus();
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { sel, text },
  );
}
