/** Injected by webpack's DefinePlugin from package.json; absent in tests and plain tsc. */
declare const __APP_VERSION__: string | undefined;

/** The add-in's version, or "" when the build did not provide one. */
export function appVersion(): string {
  return typeof __APP_VERSION__ !== "undefined" && __APP_VERSION__ ? String(__APP_VERSION__) : "";
}
