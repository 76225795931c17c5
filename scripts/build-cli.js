#!/usr/bin/env node
/*
 * Builds the `iku` command into dist-cli/iku.js: one CommonJS file of src/cli and src/core
 * (esbuild, a few hundred milliseconds), so the command starts without a TypeScript compiler.
 * exceljs and jszip stay outside the bundle: they are required by the commands that read or
 * write workbooks, and only when one runs (src/cli/main.ts imports those commands lazily).
 * Part of `npm run build`; bin/iku.js runs it too when the bundle is missing or older than src/.
 */
"use strict";
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUTFILE = path.join(ROOT, "dist-cli", "iku.js");

function buildCli() {
  // Required here, not at the top: bin/iku.js loads this file only to build.
  const esbuild = require("esbuild");
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile: OUTFILE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["exceljs", "jszip"],
    // Readable stack traces for bug reports; the file is read once per run either way.
    minify: false,
    legalComments: "none",
    logLevel: "warning",
  });
  return OUTFILE;
}

module.exports = { buildCli, OUTFILE };

if (require.main === module) {
  buildCli();
  process.stdout.write(`built ${path.relative(ROOT, OUTFILE)}\n`);
}
