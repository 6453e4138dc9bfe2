/* Build of the add-in: dist/functions.js + functions.json (custom functions),
 * dist/taskpane.html + taskpane.js (shared runtime page), help.html, icons. */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { HelpPagePlugin } = require("./scripts/help-page");
const { version } = require("./package.json");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

/** Every adapter file that declares @customfunction functions. */
function functionSources() {
  const root = path.resolve(__dirname, "src/functions");
  return ["seriesC", "optionExchange"].flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .sort()
      .map((f) => `./src/functions/${dir}/${f}`),
  );
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // Office requires office.js from Microsoft's CDN in production; local and
  // offline serving uses the @microsoft/office-js copy (OFFICE_JS=local).
  const officeJs = process.env.OFFICE_JS === "local" || dev ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  const devServer = env.WEBPACK_SERVE ? await require("./scripts/dev-server-options").devServerOptions(DEV_PORT) : undefined;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } } },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources() }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJs },
      }),
      new HelpPagePlugin(version),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
    ],
    devServer,
  };
};
