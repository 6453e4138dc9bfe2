import path from "path";
import { ROOT } from "../harness";

/**
 * Builds the figure test page with the project's own webpack configuration
 * (webpack.config.js: output, chunk names, publicPath, loaders), its entries
 * replaced by test/e2e/charts/figuresPage.ts and figures.html. TypeScript is
 * only transpiled (type errors are `npm run typecheck`'s).
 */
export async function buildFiguresPage(outDir: string): Promise<void> {
  const webpack = require(path.join(ROOT, "node_modules/webpack")) as (
    config: unknown,
    cb: (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => void,
  ) => void;
  const HtmlWebpackPlugin = require(path.join(ROOT, "node_modules/html-webpack-plugin"));
  const configure = require(path.join(ROOT, "webpack.config.js")) as (env: object, options: { mode: string }) => Promise<Record<string, any>>;
  const config = await configure({}, { mode: "production" });
  config.context = ROOT;
  config.entry = { figures: "./test/e2e/charts/figuresPage.ts" };
  config.output = { ...config.output, path: outDir };
  config.module.rules = config.module.rules.map((r: { test: RegExp }) =>
    String(r.test) === String(/\.ts$/)
      ? { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: path.join(ROOT, "tsconfig.json"), transpileOnly: true } } }
      : r,
  );
  config.plugins = [
    new HtmlWebpackPlugin({
      filename: "figures.html",
      chunks: ["figures"],
      templateContent:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>MPWR figures (test page)</title></head><body><main id="app"><h1>Figures</h1></main></body></html>',
    }),
  ];
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
}
