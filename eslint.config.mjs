// Flat ESLint config: typescript-eslint's recommended rules plus the Office.js rules of
// eslint-plugin-office-addins (batching and load/sync order). Formatting is prettier's job
// (`prettier --check .` runs next to eslint), so no stylistic rules here.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import noModuleState from "./eslint-rules/no-module-state.cjs";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "node_modules/**",
      "coverage/**",
      "test-artifacts/**",
      "build-tsc/**",
      "tmp/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Importing a name that is also a global (performance from perf_hooks) is fine. TypeScript
    // files leave no-redeclare to the compiler (typescript-eslint turns it off there).
    files: ["**/*.{js,mjs,cjs}"],
    rules: { "no-redeclare": ["error", { builtinGlobals: false }] },
  },
  {
    // CommonJS files (webpack config, jest config, node scripts) may use require().
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    // src/core keeps no state between calls: a cache is an object the caller holds (cache.ts).
    files: ["src/core/**/*.ts"],
    plugins: { local: { rules: { "no-module-state": noModuleState } } },
    rules: { "local/no-module-state": "error" },
  }
);
