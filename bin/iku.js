#!/usr/bin/env node
// The `iku` command. It runs the TypeScript sources through tsx's CommonJS hook, so `npx iku`
// works right after `npm ci`, without a build step.
"use strict";

const path = require("node:path");
const { register } = require("tsx/cjs/api");

register();
const { main } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
