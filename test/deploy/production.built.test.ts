/**
 * A production build, made with the README's command for a base of our own on
 * another origin and path, checked the way a user's Excel would meet it:
 *
 *   - built once, into a folder of its own (Jest runs the other tests on the test build meanwhile);
 *   - no file of it mentions localhost; `npm run validate`'s checks pass on it;
 *   - served by `npm run preview`'s server (https, under /tools/mpwr/, 404 elsewhere),
 *     with Chromium resolving addins.example.test to that server, so the pane is loaded
 *     from the very URL the manifest names;
 *   - office.js: the CDN request is answered with the local @microsoft/office-js copy.
 *     The production page keeps its CDN <script>; serving the real library (rather than
 *     failing it) runs the pane as a user who opens the URL in a browser does, with
 *     office.js present and Office.onReady reporting no host. The office.js-unavailable
 *     path is covered by test/e2e/taskpane.test.ts;
 *   - functions.js registers every id of functions.json (an init script records every
 *     CustomFunctions.associate call and forwards it to office.js's own);
 *   - every manifest URL answers, every help link lands on an existing anchor, and the
 *     help page fits 320 px.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { Browser, BrowserContext, Page } from "playwright-core";
import { OFFICE_CDN, OFFICE_LOCAL, ROOT, axeViolations, launch } from "../e2e/harness";

const BASE = "https://addins.example.test/tools/mpwr/";
const HOST = "addins.example.test";

const { startPreview } = require("../../scripts/preview") as {
  startPreview(o: {
    distDir: string;
    host: string;
    port: number;
    key: string;
    cert: string;
  }): Promise<{ port: number; mountPath: string; base: string; production: boolean; close(): Promise<void> }>;
};
const { generateInMemory } = require("../../scripts/dev-server-options") as { generateInMemory(domains: string[]): Promise<{ key: string; cert: string }> };

interface Fn {
  id: string;
  helpUrl: string;
}

let out: string;
let preview: Awaited<ReturnType<typeof startPreview>>;
let browser: Browser;
let functions: Fn[];
let manifest: string;

/** Every file of the build, relative, "/"-separated. */
function filesOf(dir: string, prefix = ""): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? filesOf(dir, rel) : [rel];
  });
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "mpwr-production-"));
  // MPWR_BASE_URL=… npm run build, into `out` instead of dist/.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ["npm"];
  const run = spawnSync(npm[0], [...npm.slice(1), "run", "build", "--", "--output-path", out], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, MPWR_BASE_URL: BASE },
    timeout: 540_000,
  });
  if (run.status !== 0) throw new Error(`production build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  functions = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")).functions;
  manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");

  const { key, cert } = await generateInMemory([HOST]);
  preview = await startPreview({ distDir: out, host: "127.0.0.1", port: 0, key, cert });
  browser = await launch([`--host-resolver-rules=MAP ${HOST} 127.0.0.1:${preview.port}`]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe("the production build folder", () => {
  test("is a static site: manifest, metadata, scripts, pages and icons, no source maps", () => {
    const files = filesOf(out).sort();
    for (const f of [
      "manifest.xml",
      "functions.json",
      "functions.js",
      "taskpane.html",
      "taskpane.js",
      "help.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  });

  test("no shipped file mentions localhost (every byte of every file, icons included)", () => {
    const files = filesOf(out);
    const hits = files.filter((f) => /localhost|127\.0\.0\.1|\[::1\]/i.test(fs.readFileSync(path.join(out, f)).toString("latin1")));
    expect(hits).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  test("passes `npm run validate`'s offline checks (manifest, files, help anchors, localhost)", () => {
    const run = spawnSync(process.execPath, ["scripts/validate-manifest.js", "--dist", out], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`is valid (offline checks): production build for ${BASE}, ${functions.length} functions`);
  });

  test("manifest: production identity, package.json's version, every URL on the base", () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    expect(/<Version>([^<]+)<\/Version>/.exec(manifest)![1]).toBe(`${version}.0`);
    expect(/<DisplayName DefaultValue="([^"]+)"/.exec(manifest)![1]).toBe("MPWR");
    expect(/<Id>([^<]+)<\/Id>/.exec(manifest)![1]).not.toBe("0dc22b32-b9bc-47ad-bf77-d6e437d9874c"); // the development Id
    expect(/<AppDomain>([^<]+)<\/AppDomain>/.exec(manifest)![1]).toBe("https://addins.example.test");
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) expect(u.startsWith(BASE) ? "" : u).toBe("");
  });

  test("functions.json: every function's helpUrl is <base>help.html#<ID>", () => {
    expect(functions.length).toBeGreaterThanOrEqual(30);
    for (const f of functions) expect(f.helpUrl).toBe(`${BASE}help.html#${f.id}`);
  });

  test("taskpane.html loads its scripts by relative URLs and office.js from Microsoft's CDN", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const srcs = [...html.matchAll(/<script[^>]*\ssrc="?([^\s">]+)/g)].map((m) => m[1]);
    expect(srcs[0]).toBe(`${OFFICE_CDN}office.js`);
    expect(srcs.slice(1).map((s) => s.split("?")[0])).toEqual(["functions.js", "taskpane.js"]);
  });
});

describe("served like a static host (npm run preview)", () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const blocked: string[] = [];
  const bad: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 320, height: 900 } });
    // Records every CustomFunctions.associate call and passes it on to office.js's own associate.
    await context.addInitScript(() => {
      const calls: Array<[string, string]> = [];
      let officeAssociate: ((...a: unknown[]) => unknown) | null = null;
      const cf = {};
      Object.defineProperty(cf, "associate", {
        configurable: true,
        enumerable: true,
        get() {
          return function (this: unknown, id: unknown, fn?: unknown) {
            if (id && typeof id === "object") for (const [k, f] of Object.entries(id)) calls.push([k, typeof f]);
            else calls.push([String(id), typeof fn]);
            return officeAssociate ? officeAssociate.apply(this, [id, fn]) : undefined;
          };
        },
        set(f) {
          officeAssociate = f;
        },
      });
      (window as unknown as { CustomFunctions: unknown; __associated: unknown }).CustomFunctions = cf;
      (window as unknown as { __associated: unknown }).__associated = calls;
    });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        const file = path.resolve(OFFICE_LOCAL, url.slice(OFFICE_CDN.length).split("?")[0]);
        if (file.startsWith(OFFICE_LOCAL + path.sep) && fs.existsSync(file))
          return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file, "utf8") });
        return route.fulfill({ status: 404, body: "" });
      }
      if (new URL(url).hostname === HOST) {
        requested.push(url);
        return route.continue();
      }
      blocked.push(url); // nothing else may leave the machine, and the pane should need nothing else
      return route.abort();
    });
    page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("response", (r) => r.status() >= 400 && bad.push(`${r.status()} ${r.url()}`));
    page.on("requestfailed", (r) => bad.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
  });
  afterAll(() => context?.close());

  test("the preview serves the build under the base's path", () => {
    expect([preview.mountPath, preview.base, preview.production]).toEqual(["/tools/mpwr/", BASE, true]);
  });

  test("the pane loads from the manifest's URL and computes standalone", async () => {
    const page0 = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1];
    expect(page0).toBe(`${BASE}taskpane.html`);
    const response = await page.goto(page0);
    expect(response!.status()).toBe(200);
    await page.waitForSelector("#tab-seriesc");
    await page.waitForFunction(() => /Standalone/.test(document.getElementById("mode")?.textContent ?? ""));
    await page.fill("#sc-asof", "2001-06-30");
    expect(await page.locator("#sc-accrued").textContent()).toMatch(/^\$\d/);
  });

  test("the pane's charts load the charting library's chunk from under the base, after the pane is shown", async () => {
    await page.waitForSelector("#sc-fig-payoff canvas");
    const chunks = requested.filter((u) => /uplot/.test(u));
    expect(chunks.length).toBe(1);
    const files = filesOf(out).filter((f) => /^uplot\.[0-9a-f]{8}\.js$/.test(f));
    expect(files.length).toBe(1);
    expect(chunks[0]).toBe(`${BASE}${files[0]}`);
  });

  test("functions.js registers exactly the ids of functions.json, each with a function", async () => {
    const calls = await page.evaluate(() => (window as unknown as { __associated: Array<[string, string]> }).__associated);
    expect(calls.map(([id]) => id).sort()).toEqual(functions.map((f) => f.id).sort());
    expect(new Set(calls.map(([, type]) => type))).toEqual(new Set(["function"]));
  });

  test("every request stayed under the base; nothing failed, nothing else was asked for, no console errors", () => {
    expect(requested.length).toBeGreaterThanOrEqual(3);
    expect(requested.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(bad).toEqual([]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("every URL in the manifest answers 200 with the right content type", async () => {
    const urls = [...new Set([...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]))];
    const answers = await page.evaluate(
      async (list) =>
        Promise.all(
          list.map(async (u) => {
            const r = await fetch(u, { cache: "no-store" });
            return { u, status: r.status, type: r.headers.get("content-type") ?? "" };
          }),
        ),
      urls,
    );
    const want: Record<string, RegExp> = { html: /^text\/html/, js: /^text\/javascript/, json: /^application\/json/, png: /^image\/png$/ };
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.type).toMatch(want[a.u.split(".").pop()!]);
    }
    expect(answers.length).toBeGreaterThanOrEqual(8);
  });

  test("requests outside the base path are 404s (an absolute path would show)", async () => {
    const statuses = await page.evaluate(
      async (list) => Promise.all(list.map(async (u) => (await fetch(u, { cache: "no-store" })).status)),
      [
        "https://addins.example.test/taskpane.html",
        "https://addins.example.test/functions.json",
        "https://addins.example.test/tools/help.html",
        "https://addins.example.test/tools/mpwr/no-such-file.js",
      ],
    );
    expect(statuses).toEqual([404, 404, 404, 404]);
    bad.length = 0; // these 404s were asked for
  });

  test("every help link opens help.html at an element with the function's id", async () => {
    const help = await context.newPage();
    try {
      const first = await help.goto(functions[0].helpUrl);
      expect(first!.status()).toBe(200);
      const missing: string[] = [];
      for (const f of functions) {
        await help.goto(f.helpUrl);
        const found = await help.evaluate(
          (id) => {
            const el = document.getElementById(id);
            return { href: location.href, tag: el?.tagName ?? "", heading: el?.querySelector("h2")?.textContent ?? "" };
          },
          decodeURIComponent(new URL(f.helpUrl).hash.slice(1)),
        );
        if (found.href !== f.helpUrl || found.tag !== "SECTION" || found.heading !== f.id) missing.push(`${f.helpUrl}: ${JSON.stringify(found)}`);
      }
      expect(missing).toEqual([]);
    } finally {
      await help.close();
    }
  });

  test("help.html at 320 px: no page-wide horizontal scroll; formulas wrap, wide tables scroll in their own box", async () => {
    const help = await context.newPage();
    try {
      await help.goto(`${BASE}help.html`);
      const m = await help.evaluate(() => {
        const width = window.innerWidth;
        const inScrollBox = (el: Element) => {
          for (let p = el.parentElement; p; p = p.parentElement) if (["auto", "scroll"].includes(getComputedStyle(p).overflowX)) return p;
          return null;
        };
        const overflowing = Array.from(document.body.querySelectorAll("*"))
          .filter((el) => Array.from(el.getClientRects()).some((r) => r.right > width + 0.5 || r.left < -0.5))
          .filter((el) => !inScrollBox(el))
          .map((el) => `${el.tagName}.${el.className}: ${(el.textContent ?? "").slice(0, 40)}`);
        const formulas = Array.from(document.querySelectorAll("code.formula"));
        const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight) || 20;
        const wrapped = formulas.filter((el) => el.getClientRects().length > 1 || el.getBoundingClientRect().height > 1.5 * lineHeight(el)).length;
        const boxes = Array.from(document.querySelectorAll(".scroll"));
        return {
          width,
          scrollWidth: document.documentElement.scrollWidth,
          overflowing,
          formulas: formulas.length,
          wrapped,
          boxes: boxes.length,
          boxesScrolling: boxes.filter((b) => b.scrollWidth > b.clientWidth).length,
          boxesOutside: boxes.filter((b) => b.getBoundingClientRect().right > width + 0.5).length,
          boxesUnfocusable: boxes.filter((b) => b.getAttribute("tabindex") !== "0").length,
        };
      });
      expect(m.width).toBe(320);
      expect(m.scrollWidth).toBeLessThanOrEqual(320);
      expect(m.overflowing).toEqual([]);
      expect(m.formulas).toBeGreaterThanOrEqual(functions.length); // at least the syntax of each
      expect(m.wrapped).toBeGreaterThan(0); // some formulas are longer than 320 px: they wrapped
      expect(m.boxesScrolling).toBeGreaterThan(0); // some spills are wider than 320 px: they scroll in their box
      expect([m.boxesOutside, m.boxesUnfocusable]).toEqual([0, 0]);
      expect(await axeViolations(help)).toEqual([]);
    } finally {
      await help.close();
    }
  });
});
