/*
 * Entry of functions.js. Excel's runtime (and office.js in the shared runtime) define
 * CustomFunctions; a page where office.js could not load has nothing to register with, and must
 * not throw. The require is static, so the bundle stays self-contained (no chunk to fetch).
 */
if (typeof CustomFunctions !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("./functions");
}
