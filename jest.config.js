/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }];
// office-addin-mock pulls ESM-only packages (strip-bom, uuid, node-fetch) nested under its deps:
// let ts-jest compile them to CommonJS instead of ignoring node_modules wholesale.
const esmJs = [
  "ts-jest",
  { tsconfig: { allowJs: true, module: "commonjs", esModuleInterop: true } },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest, "^.+\\.m?js$": esmJs },
  transformIgnorePatterns: [
    "/node_modules/(?!(.*/)?(strip-bom|uuid|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill)/)",
  ],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
};

module.exports = {
  testTimeout: 30000,
  globalSetup: "<rootDir>/test/global-setup.js",
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
  ],
};
