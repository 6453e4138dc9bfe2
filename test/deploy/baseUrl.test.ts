/**
 * The base URL every shipped URL hangs off (scripts/base-url.js): MPWR_BASE_URL for
 * a production build, https://localhost:<port>/ for development; anything Office
 * would refuse, or that points at the building machine, is a clear build error.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const { resolveBaseUrl, normaliseBaseUrl, isLoopbackHost } = require("../../scripts/base-url") as {
  resolveBaseUrl(env: Record<string, string | undefined>): { base: string; production: boolean };
  normaliseBaseUrl(raw: string): string;
  isLoopbackHost(host: string): boolean;
};

const ROOT = path.resolve(__dirname, "../..");

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

describe("MPWR_BASE_URL", () => {
  test("is kept as given when it already ends in /, and gets the / added otherwise", () => {
    expect(normaliseBaseUrl("https://addins.example.test/tools/mpwr/")).toBe("https://addins.example.test/tools/mpwr/");
    expect(normaliseBaseUrl("https://addins.example.test/tools/mpwr")).toBe("https://addins.example.test/tools/mpwr/");
    expect(normaliseBaseUrl("https://addins.example.test")).toBe("https://addins.example.test/");
    expect(normaliseBaseUrl("  https://Addins.Example.test:8443/a/b  ")).toBe("https://addins.example.test:8443/a/b/");
  });

  test("selects the production build; unset, the development build on the dev port", () => {
    expect(resolveBaseUrl({ MPWR_BASE_URL: "https://cdn.example.test/x" })).toEqual({ base: "https://cdn.example.test/x/", production: true });
    expect(resolveBaseUrl({})).toEqual({ base: "https://localhost:3000/", production: false });
    expect(resolveBaseUrl({ npm_package_config_dev_server_port: "3100" })).toEqual({ base: "https://localhost:3100/", production: false });
    expect(resolveBaseUrl({ PORT: "3200", npm_package_config_dev_server_port: "3100" })).toEqual({ base: "https://localhost:3200/", production: false });
  });

  test.each([
    ["http://addins.example.test/mpwr/", /uses http; Office loads add-ins only over https:\/\//],
    ["ftp://addins.example.test/", /uses ftp;/],
    ["", /is empty; unset it for the development build/],
    ["   ", /is empty/],
    ["addins.example.test/mpwr/", /is not an absolute URL/],
    ["https://localhost:3000/", /points at localhost, this machine/],
    ["https://LOCALHOST/", /points at localhost/],
    ["https://dev.localhost/", /points at dev\.localhost/],
    ["https://127.0.0.1:8443/mpwr/", /points at 127\.0\.0\.1/],
    ["https://[::1]/", /points at \[::1\]/],
    ["https://user:secret@addins.example.test/", /contains a user name or password/],
    ["https://addins.example.test/mpwr/?v=2", /has a query or fragment/],
    ["https://addins.example.test/mpwr/#top", /has a query or fragment/],
  ])("%j is refused: %s", (raw, why) => {
    const message = messageOf(() => resolveBaseUrl({ MPWR_BASE_URL: raw }));
    expect(message).toMatch(why);
    expect(message).toMatch(/^MPWR_BASE_URL=".*" .*Example: MPWR_BASE_URL=https:\/\//);
  });

  test("loopback hosts are recognised, real hosts are not", () => {
    for (const h of ["localhost", "a.localhost", "127.0.0.1", "127.1.2.3", "0.0.0.0", "::1", "[::1]"]) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ["example.com", "localhost.example.com", "10.0.0.1", "128.0.0.1"]) expect(isLoopbackHost(h)).toBe(false);
  });

  test("`npm run build` with a non-https base stops before building, with the reason on one line", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "mpwr-bad-base-"));
    try {
      const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
      const run = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", out], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, MPWR_BASE_URL: "http://addins.example.test/tools/mpwr/" },
        timeout: 120_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('BaseUrlError: MPWR_BASE_URL="http://addins.example.test/tools/mpwr/" uses http; Office loads add-ins only over https://');
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace: a configuration mistake, not a crash
      expect(fs.readdirSync(out)).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
