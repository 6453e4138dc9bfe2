/* Build of the add-in: dist/functions.js + functions.json (custom functions),
 * dist/taskpane.html + taskpane.js (shared runtime page), help.html, icons and
 * manifest.xml, all for one base URL (scripts/base-url.js):
 *   npm run build                                   development identity, https://localhost:3000/
 *   MPWR_BASE_URL=https://host/path/ npm run build  production identity, a static site for that base
 * `--output-path dir` builds elsewhere than dist/ (the tests use it). */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { HelpPagePlugin } = require("./scripts/help-page");
const { FunctionsMetadataPlugin, HelpUrlPlugin, ManifestPlugin } = require("./scripts/build-plugins");
const { resolveBaseUrl, devPort } = require("./scripts/base-url");
const { version } = require("./package.json");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
const FUNCTIONS_ENTRY = path.resolve(__dirname, "src/functions/functions.ts");

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const { base, production } = resolveBaseUrl(process.env); // throws a clear error for a bad MPWR_BASE_URL
  if (production && process.env.OFFICE_JS === "local") {
    throw new Error(
      "OFFICE_JS=local serves office.js from this project's dev server; a build for MPWR_BASE_URL must load it from Microsoft's CDN. Unset OFFICE_JS.",
    );
  }
  // Office requires office.js from Microsoft's CDN in production; local and
  // offline serving uses the @microsoft/office-js copy (OFFICE_JS=local).
  const officeJs = !production && (process.env.OFFICE_JS === "local" || dev) ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  if (env.WEBPACK_SERVE && production)
    throw new Error("webpack serve is the localhost development server; unset MPWR_BASE_URL (preview a production build with `npm run preview`).");
  const devServer = env.WEBPACK_SERVE ? await require("./scripts/dev-server-options").devServerOptions(devPort(process.env)) : undefined;
  return {
    // No source maps in a deployed build: nothing but the site itself ships.
    devtool: dev && !production ? "source-map" : false,
    entry: {
      functions: FUNCTIONS_ENTRY,
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (the charting library) carry their content hash, and are found
      // relative to the script that loads them ("auto": taskpane.js's own URL), so a build
      // served under a path (https://host/tools/mpwr/) loads them from there.
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        // The entry of functions.js: the registrations of the function catalogue (scripts/function-registry-loader.js).
        { test: FUNCTIONS_ENTRY, use: path.resolve(__dirname, "scripts/function-registry-loader.js") },
        { test: /\.ts$/, exclude: [/node_modules/, FUNCTIONS_ENTRY], use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } } },
        { test: /\.css$/, type: "asset/source" },
        // decimal.js without the methods the add-in never calls (trigonometry, base conversion, …):
        // dist/functions.js loads in every workbook (scripts/decimal-trim-loader.js).
        { test: /[\\/]decimal\.js[\\/]decimal\.mjs$/, use: path.resolve(__dirname, "scripts/decimal-trim-loader.js") },
      ],
    },
    optimization: {
      // The sources are compiled for ES2020 (tsconfig.build.json), which the shared runtime's
      // browser engines run: the minifier may write ES2020 too (shorter than its ES5 default). Function declarations
      // hoisted to the top of their scope, where JavaScript already hoists them (hoist_funs): about 0.2 KB off functions.js.
      minimizeOptions: { javascript: { ecma: 2020, compress: { ecma: 2020, passes: 3, hoist_funs: true } } },
    },
    performance: { hints: false },
    plugins: [
      new FunctionsMetadataPlugin(),
      new HelpUrlPlugin({ base }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        // The help page of the same base URL as the manifest's (the pane's Help and "?" links: src/taskpane/ui/section.ts).
        templateParameters: { officeJs, helpUrl: `${base}help.html` },
        // functions.js?<build hash>: a new release's page never runs last release's cached script.
        hash: true,
      }),
      new HelpPagePlugin(version),
      new ManifestPlugin({ base, production }),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }],
      }),
    ],
    devServer,
  };
};
