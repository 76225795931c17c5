import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Linter } from "eslint";
import type { Rule } from "eslint";
import tseslint from "typescript-eslint";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const rule = require("../../eslint-rules/no-module-state.cjs") as Rule.RuleModule;

/**
 * The guard that keeps src/core free of module-level state (eslint.config.mjs runs it on
 * src/core): what it flags, what it lets through, and that src/core passes it today.
 */

const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  {
    files: ["**/*.ts"],
    // Only this rule runs here: other rules' disable comments are not "unused".
    linterOptions: { reportUnusedDisableDirectives: "off" },
    languageOptions: { parser: tseslint.parser as Linter.Parser, sourceType: "module" },
    plugins: { local: { rules: { "no-module-state": rule } } },
    rules: { "local/no-module-state": "error" },
  },
];

/** The rule's message ids for a piece of code, in order. */
function problems(code: string): string[] {
  return linter
    .verify(code, config, "src/core/example.ts")
    .map((m) => m.messageId ?? `${m.ruleId}: ${m.message}`);
}

describe("no-module-state (eslint rule for src/core)", () => {
  test.each([
    ["a module-level cache Map", "const cache = new Map<string, number>();", ["moduleCollection"]],
    ["a module-level Set", "export const seen = new Set<string>();", ["moduleCollection"]],
    [
      "a module-level WeakMap",
      "const byGrid = new WeakMap<object, number>();",
      ["moduleWeakCollection"],
    ],
    [
      "a WeakSet even when typed",
      "const s: WeakSet<object> = new WeakSet();",
      ["moduleWeakCollection"],
    ],
    ["a module-level let", "let calls = 0;\nexport const f = () => calls;", ["moduleLet"]],
    ["a module-level var", "var last: string | undefined;", ["moduleLet"]],
    [
      "a Map kept in an IIFE's closure",
      "export const f = (() => { const memo = new Map(); return (k: string) => memo.get(k); })();",
      ["moduleCollection"],
    ],
    [
      "a scratch array filled by a function",
      "const buffer: number[] = [];\nexport function f(x: number) { buffer.push(x); return buffer.length; }",
      ["mutation"],
    ],
    [
      "a lookup object written by a function",
      "const memo: Record<string, number> = {};\nexport function f(k: string) { return (memo[k] ??= k.length); }",
      ["mutation"],
    ],
    [
      "a property deleted from a module object",
      "const table = { a: 1 };\nexport function f() { delete (table as { a?: number }).a; }",
      ["mutation"],
    ],
    [
      "an imported object changed",
      'import { CATALOGUE } from "./catalogue";\nexport function f() { CATALOGUE.indicators.sort(); }',
      ["mutation"],
    ],
    [
      "Object.assign on a module object",
      "const defaults = { a: 1 };\nexport function f(o: object) { Object.assign(defaults, o); }",
      ["mutation"],
    ],
    ["a mutable static field", "export class C { static count = 0; }", ["staticField"]],
    [
      "a static Map on a class",
      "export class C { static readonly memo = new Map<string, number>(); }",
      ["moduleCollection"],
    ],
    [
      "a property set on a module-level function",
      "export function f() { return 1; }\nf.cache = new Map();",
      ["mutation", "moduleCollection"],
    ],
  ])("flags %s", (_name, code, expected) => {
    expect(problems(code)).toEqual(expected);
  });

  test.each([
    [
      "a frozen table",
      "export const T = Object.freeze({ a: 1, b: 2 });\nexport const f = (k: 'a' | 'b') => T[k];",
    ],
    ["an as-const table", 'export const KINDS = ["a", "b"] as const;'],
    [
      "a read-only array nobody changes",
      "const LIMITS: readonly number[] = [1, 2];\nexport const f = () => LIMITS.map((x) => x * 2);",
    ],
    [
      "a constant lookup Map typed ReadonlyMap",
      "const BY_TEXT: ReadonlyMap<string, number> = new Map([['a', 1]]);\nexport const f = (t: string) => BY_TEXT.get(t);",
    ],
    ["a constant Set typed ReadonlySet", "const SET: ReadonlySet<string> = new Set(['#N/A']);"],
    [
      "a Map made per call",
      "export function f(xs: string[]) { const m = new Map<string, number>(); for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1); return m; }",
    ],
    ["let inside a function", "export function f() { let n = 0; n++; return n; }"],
    [
      "a cache the caller holds (instance fields)",
      "export class Cache { private readonly m = new Map<string, number>(); get(k: string) { return this.m.get(k); } set(k: string, v: number) { this.m.set(k, v); } }",
    ],
    ["a static readonly constant", "export class C { static readonly LIMIT = 3; }"],
    [
      "a local copy of a module array sorted",
      "const XS = [3, 1, 2];\nexport const f = () => [...XS].sort();",
    ],
    [
      "a local variable shadowing a module one",
      "const xs = [1];\nexport function f() { const xs: number[] = []; xs.push(1); return xs; }",
    ],
  ])("allows %s", (_name, code) => {
    expect(problems(code)).toEqual([]);
  });

  test("the project's eslint config runs it on src/core (npm run lint)", () => {
    const root = path.join(__dirname, "..", "..");
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, "node_modules", "eslint", "bin", "eslint.js"),
        "--print-config",
        "src/core/audit/audit.ts",
      ],
      { cwd: root, encoding: "utf8" }
    );
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as { rules: Record<string, unknown> };
    expect(printed.rules["local/no-module-state"]).toEqual([2]);
  });

  test("src/core passes", () => {
    const root = path.join(__dirname, "..", "..", "src", "core");
    const files: string[] = [];
    const visit = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) visit(full);
        else if (entry.name.endsWith(".ts")) files.push(full);
      }
    };
    visit(root);
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) =>
      linter
        .verify(fs.readFileSync(file, "utf8"), config, file)
        .map((m) => `${path.relative(root, file)}:${m.line} ${m.message}`)
    );
    expect(found).toEqual([]);
  });
});
