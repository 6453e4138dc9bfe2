/**
 * The preview server (scripts/preview.js) behaves like the static host docs/deploy.md
 * describes: https, only under the base path, content types and caching per file
 * (scripts/lib/hosting.js), ETag revalidation, nothing outside the build folder.
 * Here on a small build-shaped folder; test/deploy/production.test.ts serves a real build.
 */
import { spawnSync } from "child_process";
import https from "https";
import path from "path";
import { FakeDist, makeFakeDist } from "../support/fakeDist";

const { startPreview, normaliseMountPath, mountPathFor } = require("../../scripts/preview") as {
  startPreview(o: {
    distDir: string;
    host: string;
    port: number;
    key: string;
    cert: string;
    mountPath?: string;
  }): Promise<{ origin: string; mountPath: string; close(): Promise<void> }>;
  normaliseMountPath(p: string): string;
  mountPathFor(base: string): string;
};
const { generateInMemory } = require("../../scripts/dev-server-options") as { generateInMemory(domains: string[]): Promise<{ key: string; cert: string }> };

const ROOT = path.resolve(__dirname, "../..");

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: options.method ?? "GET", headers: options.headers, rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("latin1");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

let dist: FakeDist;
let preview: Awaited<ReturnType<typeof startPreview>>;

beforeAll(async () => {
  dist = makeFakeDist();
  dist.write("help.html", "<!doctype html><title>help</title>");
  dist.write("assets/icon-16.png", "\x89PNG fake");
  const { key, cert } = await generateInMemory(["localhost"]);
  preview = await startPreview({ distDir: dist.dir, host: "127.0.0.1", port: 0, key, cert });
});
afterAll(async () => {
  await preview?.close();
  dist?.remove();
});

const at = (p: string) => `${preview.origin}${p}`;

test("serves the build under the base's path over https", async () => {
  expect(preview.mountPath).toBe("/tools/mpwr/");
  const r = await get(at("/tools/mpwr/help.html"));
  expect([r.status, r.body]).toEqual([200, "<!doctype html><title>help</title>"]);
  expect(preview.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
});

test.each([
  ["help.html", "text/html; charset=utf-8", "no-cache"],
  ["functions.json", "application/json; charset=utf-8", "no-cache"],
  ["taskpane.js", "text/javascript; charset=utf-8", "no-cache"],
  ["manifest.xml", "application/xml; charset=utf-8", "no-cache"],
  ["assets/icon-16.png", "image/png", "public, max-age=86400"],
])("%s: Content-Type %s, Cache-Control %s", async (file, type, cache) => {
  const r = await get(at(`/tools/mpwr/${file}`));
  expect([r.status, r.headers["content-type"], r.headers["cache-control"], r.headers["x-content-type-options"]]).toEqual([200, type, cache, "nosniff"]);
});

test("revalidation with the ETag answers 304 without a body", async () => {
  const first = await get(at("/tools/mpwr/functions.json"));
  const etag = first.headers.etag as string;
  expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
  const again = await get(at("/tools/mpwr/functions.json"), { headers: { "If-None-Match": etag } });
  expect([again.status, again.body]).toEqual([304, ""]);
});

test.each([
  ["/taskpane.html", 404],
  ["/functions.json", 404],
  ["/tools/help.html", 404],
  ["/tools/mpwr/nope.js", 404],
  ["/tools/mpwr/assets", 404],
  ["/tools/mpwr/%2e%2e/%2e%2e/etc/passwd", 404],
  ["/tools/mpwr/assets/..%2F..%2Fpackage.json", 404],
])("%s is a %i (only files of the build, only under the base path)", async (p, status) => {
  expect((await get(at(p))).status).toBe(status);
});

test("the base path without its slash redirects to it, and the base itself to the pane", async () => {
  const noSlash = await get(at("/tools/mpwr"));
  expect([noSlash.status, noSlash.headers.location]).toEqual([301, "/tools/mpwr/"]);
  const root = await get(at("/tools/mpwr/"));
  expect([root.status, root.headers.location]).toEqual([302, "/tools/mpwr/taskpane.html"]);
});

test("HEAD has the headers and no body; other methods are refused", async () => {
  const head = await get(at("/tools/mpwr/help.html"), { method: "HEAD" });
  expect([head.status, head.body, head.headers["content-type"]]).toEqual([200, "", "text/html; charset=utf-8"]);
  const post = await get(at("/tools/mpwr/help.html"), { method: "POST" });
  expect([post.status, post.headers.allow]).toEqual([405, "GET, HEAD"]);
});

test("a root base is previewed under /mpwr-preview/; the path can never be /", () => {
  expect(mountPathFor("https://addins.example.test/")).toBe("/mpwr-preview/");
  expect(mountPathFor("https://addins.example.test/a/b/")).toBe("/a/b/");
  expect(normaliseMountPath("tools/x")).toBe("/tools/x/");
  expect(() => normaliseMountPath("/")).toThrow(/must not be \//);
});

test("`npm run preview` refuses a development build, saying how to make a production one", () => {
  const devDist = makeFakeDist({ base: "https://localhost:3000/", production: false });
  try {
    const run = spawnSync(process.execPath, ["scripts/preview.js", "--dist", devDist.dir], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("holds the development build (https://localhost:3000/)");
    expect(run.stderr).toContain("MPWR_BASE_URL=https://your.host/path/ npm run build && npm run preview");
  } finally {
    devDist.remove();
  }
});
