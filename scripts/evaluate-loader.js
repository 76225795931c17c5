/*
 * A webpack loader that replaces a module by the values it exports, evaluated at build time:
 * esbuild bundles the module (as scripts/build-cli.js bundles the CLI), Node runs it, and its
 * exports, plain data, become the module's whole source. The bundle then carries the values,
 * not the code and data they were computed from; webpack rebuilds when any file it read changes.
 */
"use strict";
const path = require("node:path");

/** Throws unless `value` survives JSON unchanged (no functions, classes, undefined in arrays…). */
function assertPlainData(value, where) {
  const text = JSON.stringify(value);
  if (text === undefined || !require("node:util").isDeepStrictEqual(JSON.parse(text), value)) {
    throw new Error(`evaluate-loader: ${where} is not plain data and cannot be inlined`);
  }
  return text;
}

module.exports = function evaluateLoader() {
  const esbuild = require("esbuild");
  const root = this.rootContext;
  const result = esbuild.buildSync({
    entryPoints: [this.resourcePath],
    absWorkingDir: root,
    bundle: true,
    write: false,
    platform: "node",
    target: "node20",
    format: "cjs",
    metafile: true,
    logLevel: "silent",
  });
  for (const input of Object.keys(result.metafile.inputs)) {
    this.addDependency(path.resolve(root, input));
  }
  const module = { exports: {} };
  new Function("module", "exports", "require", result.outputFiles[0].text)(
    module,
    module.exports,
    require
  );
  const names = Object.keys(module.exports);
  if (names.length === 0) throw new Error(`evaluate-loader: ${this.resourcePath} exports nothing`);
  return names
    .map(
      (name) =>
        `export const ${name} = ${assertPlainData(module.exports[name], `${this.resourcePath} ${name}`)};`
    )
    .join("\n");
};
