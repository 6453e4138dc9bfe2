/**
 * Help URLs come from the base URL, never from the JSDoc (scripts/build-plugins.js):
 * the build writes <base>help.html#<ID> into functions.json for every function, and
 * fails, naming file and line, while an `@helpurl` tag is left in the sources.
 * Each case runs a real (tiny) webpack compilation with the plugin.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";

const { HelpUrlPlugin, findHelpUrlTags, FUNCTIONS_ROOT } = require("../../scripts/build-plugins") as {
  HelpUrlPlugin: new (o: { base: string; sourceRoot: string }) => webpack.WebpackPluginInstance;
  findHelpUrlTags(root?: string): string[];
  FUNCTIONS_ROOT: string;
};

const BASE = "https://addins.example.test/tools/mpwr/";
// What custom-functions-metadata-plugin emits (keys sorted), one function with a stale host.
const METADATA = {
  functions: [
    { description: "a", id: "SERIESC_ALPHA", name: "SERIESC_ALPHA", parameters: [], result: {} },
    { description: "b", helpUrl: "https://localhost:3000/help.html#OPTEX_BETA", id: "OPTEX_BETA", name: "OPTEX_BETA", parameters: [] },
  ],
};

class EmitMetadata {
  apply(compiler: webpack.Compiler) {
    compiler.hooks.compilation.tap("EmitMetadata", (compilation) => {
      compilation.assets["functions.json"] = new compiler.webpack.sources.RawSource(JSON.stringify(METADATA, null, 4));
    });
  }
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpwr-plugin-"));
  fs.writeFileSync(path.join(dir, "entry.js"), "module.exports = 1;\n");
  fs.mkdirSync(path.join(dir, "functions/seriesC"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "functions/seriesC/alpha.ts"),
    "/**\n * Alpha.\n * @customfunction SERIESC_ALPHA\n */\nexport function alpha(): number {\n  return 1;\n}\n",
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function compile(): Promise<webpack.Stats> {
  const compiler = webpack({
    mode: "none",
    context: dir,
    entry: "./entry.js",
    output: { path: path.join(dir, "out") },
    plugins: [new EmitMetadata(), new HelpUrlPlugin({ base: BASE, sourceRoot: path.join(dir, "functions") })],
  });
  return new Promise((resolve, reject) => compiler.run((err, stats) => (err ? reject(err) : compiler.close(() => resolve(stats!)))));
}

test("functions.json gets <base>help.html#<ID> on every function, replacing any other", async () => {
  const stats = await compile();
  expect(stats.hasErrors()).toBe(false);
  const out = JSON.parse(fs.readFileSync(path.join(dir, "out/functions.json"), "utf8"));
  expect(out.functions.map((f: { id: string; helpUrl: string }) => [f.id, f.helpUrl])).toEqual([
    ["SERIESC_ALPHA", "https://addins.example.test/tools/mpwr/help.html#SERIESC_ALPHA"],
    ["OPTEX_BETA", "https://addins.example.test/tools/mpwr/help.html#OPTEX_BETA"],
  ]);
  expect(Object.keys(out.functions[0])).toEqual(["description", "helpUrl", "id", "name", "parameters", "result"]);
});

test("an @helpurl tag left in a source fails the build, naming file and line", async () => {
  fs.writeFileSync(
    path.join(dir, "functions/seriesC/beta.ts"),
    "/**\n * Beta.\n * @customfunction OPTEX_BETA\n * @helpurl https://localhost:3000/help.html#OPTEX_BETA\n */\nexport function beta(): number {\n  return 2;\n}\n",
  );
  const stats = await compile();
  expect(stats.hasErrors()).toBe(true);
  const messages = stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message);
  expect(messages.join("\n")).toMatch(
    /HelpUrlPlugin: remove the @helpurl tag\(s\) from \S*functions\/seriesC\/beta\.ts:4\. Help URLs are <base>help\.html#<ID>/,
  );
});

test("findHelpUrlTags finds tags in any case, in nested folders, and nothing in clean sources", () => {
  expect(findHelpUrlTags(path.join(dir, "functions"))).toEqual([]);
  fs.mkdirSync(path.join(dir, "functions/deep/er"), { recursive: true });
  fs.writeFileSync(path.join(dir, "functions/deep/er/x.ts"), "// ok\n/** @HelpUrl https://x.example/ */\n");
  expect(findHelpUrlTags(path.join(dir, "functions")).map((h) => h.replace(/^.*functions\//, ""))).toEqual(["deep/er/x.ts:2"]);
});

test("the project's own function sources carry no @helpurl", () => {
  expect(FUNCTIONS_ROOT).toBe(path.resolve(__dirname, "../../src/functions"));
  expect(findHelpUrlTags()).toEqual([]);
});
