// Builds the browser test harness (test/e2e/harness): the real task pane and Excel host code
// against an in-page fake of Excel. Separate from the add-in's webpack.config.js on purpose: it
// never ships, needs no office.js, and builds into test-artifacts (gitignored).
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const pkg = require("../../package.json");

const root = path.resolve(__dirname, "..", "..");

module.exports = {
  mode: "development",
  context: root,
  entry: { harness: path.join(__dirname, "harness", "index.tsx") },
  output: {
    path: path.join(root, "test-artifacts", "harness"),
    filename: "[name].js",
    clean: true,
  },
  // No eval-based source maps: Chromium reports page errors against the emitted code anyway.
  devtool: false,
  // Tree shaking keeps the Fluent UI part of the page small enough to load quickly.
  optimization: { usedExports: true, sideEffects: true, concatenateModules: true },
  resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          // Types are checked by `tsc --noEmit -p .`; the harness build only transpiles.
          options: {
            transpileOnly: true,
            configFile: path.join(root, "tsconfig.json"),
            compilerOptions: { module: "esnext", sourceMap: false },
          },
        },
      },
      { test: /\.(png|svg|ico)$/, type: "asset/resource" },
    ],
  },
  plugins: [
    new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(pkg.version) }),
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: path.join(__dirname, "harness", "harness.html"),
      chunks: ["harness"],
    }),
  ],
  performance: { hints: false },
  stats: "errors-warnings",
};
