#!/usr/bin/env node
// The `iku` command: runs the compiled bundle dist-cli/iku.js (built by `npm run build`, see
// scripts/build-cli.js). In a checkout with the sources, a missing bundle, or one older than
// src/ while the build tool is installed, is built first (well under a second).
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const BUNDLE = path.join(ROOT, "dist-cli", "iku.js");
const SOURCES = ["src/cli", "src/core", "package.json"].map((p) => path.join(ROOT, p));

/** Newest modification time under the given paths (0 when none exist). */
function newestMtime(paths) {
  let newest = 0;
  for (const p of paths) {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      continue;
    }
    const t = stat.isDirectory()
      ? newestMtime(fs.readdirSync(p).map((name) => path.join(p, name)))
      : stat.mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function canBuild() {
  try {
    require.resolve("esbuild");
    return fs.existsSync(path.join(ROOT, "scripts", "build-cli.js"));
  } catch {
    return false;
  }
}

function ensureBundle() {
  let built = 0;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
  } catch {
    built = 0;
  }
  if (built && (built >= newestMtime(SOURCES) || !canBuild())) return;
  if (!canBuild()) {
    process.stderr.write(
      `iku: ${path.relative(process.cwd(), BUNDLE)} belum dibuat / is not built, ` +
        "and the build tool (esbuild, a devDependency) is not installed.\n" +
        "Jalankan / run: npm ci && npm run build\n"
    );
    process.exit(2);
  }
  process.stderr.write(
    built
      ? "iku: sumber berubah, membangun ulang dist-cli/iku.js… / sources changed, rebuilding…\n"
      : "iku: membangun dist-cli/iku.js (sekali saja)… / building dist-cli/iku.js (once)…\n"
  );
  require(path.join(ROOT, "scripts", "build-cli.js")).buildCli();
}

ensureBundle();
require(BUNDLE)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
