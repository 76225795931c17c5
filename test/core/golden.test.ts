import * as fs from "fs";
import * as path from "path";
import { analyzeFormulas, AUDIT_RULE_IDS, AUDIT_RULES } from "../../src/core/audit";
import type { Finding } from "../../src/core/grid";
import { analyzeInputs, VALIDATION_RULES } from "../../src/core/validate";
import { abstractFindings, CASES_DIR, caseNames, loadCase, templateA1 } from "../cases/generate";
import type { Expected, GoldenCase } from "../cases/generate";

/**
 * Golden cases: test/cases/<name>/case.json is a recipe (what to build, what to plant), built
 * into a workbook here with the real plan builder; expected.json holds the findings of "Periksa
 * Data" and "Audit Rumus", IKU cells written as templates ({IKU06_HASIL}) resolved through the
 * case's plan. After a deliberate change, rewrite the expected files with
 *   UPDATE_GOLDEN=1 npx jest test/core/golden && npx prettier --write test/cases
 * and review the diff.
 */

const UPDATE = process.env.UPDATE_GOLDEN === "1";
const ALL_RULES = { ...VALIDATION_RULES, ...AUDIT_RULES } as Record<string, { severity: string }>;

const names = caseNames();

/** JSON round trip: drops undefined fields, as the files do. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

type Run = { golden: GoldenCase; actual: Expected };
const runs = new Map<string, Run>();

/** Runs a case once per test file (the later tests reuse the result). */
function run(name: string): Run {
  const cached = runs.get(name);
  if (cached) return cached;
  const golden = loadCase(name);
  const inputs = analyzeInputs(golden.grid, golden.options);
  const formulas = analyzeFormulas(golden.grid, golden.options);
  const actual: Expected = plain({
    description: golden.spec.description,
    sheets: inputs.sheets,
    recovered: inputs.ikuSheets.map((i) => ({
      tahun: i.plan.settings.tahun,
      mode: i.plan.settings.mode,
      namaPerangkatDaerah: i.plan.settings.namaPerangkatDaerah,
      tahunFrom: i.recovered.tahunFrom,
    })),
    validate: inputs.findings,
    audit: formulas.findings,
  });
  if (UPDATE) {
    const file: Expected = {
      ...actual,
      validate: abstractFindings(actual.validate, golden.layout),
      audit: abstractFindings(actual.audit, golden.layout),
    };
    fs.writeFileSync(
      path.join(CASES_DIR, name, "expected.json"),
      JSON.stringify(file, null, 2) + "\n"
    );
    return { golden: loadCase(name), actual };
  }
  const result = { golden, actual };
  runs.set(name, result);
  return result;
}

describe("golden cases", () => {
  test("no committed grids: every workbook is built from its recipe", () => {
    const grids = names.filter((n) => fs.existsSync(path.join(CASES_DIR, n, "grid.json")));
    expect(grids).toEqual([]);
    expect(names.length).toBeGreaterThan(30);
  });

  test.each(names)("%s", (name) => {
    const { golden, actual } = run(name);
    expect(actual).toEqual(golden.expected);
  });

  test.each(names)("%s: expected.json names IKU cells by name, never by A1", (name) => {
    const { golden } = run(name);
    const ikuSheet = golden.layout.sheetName;
    const findings: Finding[] = [...golden.expectedFile.validate, ...golden.expectedFile.audit];
    // A finding's cell on the IKU sheet is a template; A1 stays only on the case's own sheets.
    const byA1 = findings.filter((f) => f.sheet === ikuSheet && !f.cell.startsWith("{"));
    expect(byA1).toEqual([]);
    // The same for references to the IKU sheet inside messages and formulas.
    const texts = findings.flatMap((f) => [f.message, f.current ?? "", f.expected ?? ""]);
    const sheet = ikuSheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const a1 = new RegExp(`(?:'${sheet}'|\\b${sheet})!\\$?[A-Z]{1,3}\\$?\\d`, "i");
    expect(texts.filter((t) => a1.test(t))).toEqual([]);
  });

  test("a catalogue with a 19th indicator in the first sasaran moves the cells, not the fixtures", () => {
    const builtin = run("formula-a1-reference").golden;
    const extra = run("catalogue-extra-indicator").golden;
    const rowOf = (g: GoldenCase, code: string) =>
      g.plan.indicators.find((i) => i.code === code)?.rows[0];
    expect(rowOf(extra, "IKU19")).toBeLessThan(rowOf(extra, "IKU02") ?? 0);
    // One indicator's block more: its label line and its four quarter rows.
    const [first, last] = builtin.plan.indicators[0].rows;
    expect(rowOf(extra, "IKU13")).toBe((rowOf(builtin, "IKU13") ?? 0) + last - first + 1);
    // The same planted A1 formula: one text in both expected files, two different cells.
    const [a1] = builtin.expectedFile.audit;
    expect(extra.expectedFile.audit).toContainEqual(a1);
    const resolved = (g: GoldenCase) => g.expected.audit.find((f) => f.rule === a1.rule)?.current;
    expect(resolved(extra)).not.toBe(resolved(builtin));
  });

  test.each(names)("%s: case.json addresses IKU cells by name, never by A1", (name) => {
    const { golden } = run(name);
    // Every text the recipe types into the workbook, and whether it sits on the IKU sheet.
    const texts: [string, boolean][] = (golden.spec.plant ?? []).flatMap(
      (p): [string, boolean][] =>
        p.plant === "formula"
          ? [[p.formula, true]]
          : p.plant === "set-name"
            ? [[p.refersTo, false]]
            : p.plant === "add-sheet"
              ? p.formulas
                  .flat()
                  .flatMap((v): [string, boolean][] => (typeof v === "string" ? [[v, false]] : []))
              : []
    );
    const byA1 = texts.filter(([t, onIku]) => templateA1(t, golden.layout, onIku) !== t);
    expect(byA1).toEqual([]);
  });

  test("clean sheets give zero findings in both formula modes", () => {
    for (const name of [
      "clean-iku",
      "clean-excel",
      "other-year-sheet",
      "katalog-dinkes-clean-iku",
      "katalog-dinkes-clean-excel",
    ]) {
      const { actual } = run(name);
      expect(actual.sheets).toHaveLength(1);
      expect(actual.validate).toEqual([]);
      expect(actual.audit).toEqual([]);
    }
  });

  test("a case with a Katalog sheet is read with the workbook's Katalog, not the options' catalogue", () => {
    const { golden } = run("katalog-dinkes-formulas");
    expect(golden.options.catalogue).toBeUndefined();
    expect(golden.grid.sheets.map((s) => s.name)).toEqual(["Katalog IKU", "IKU 2026"]);
    expect(analyzeFormulas(golden.grid, golden.options).catalogue).toEqual({
      source: "katalog",
      sheet: "Katalog IKU",
      indicators: 5,
    });
    // Every finding is about an indicator of that Katalog.
    const codes = golden.expected.audit.map((f) => f.indicator);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => /^KES0[1-5]$/.test(c ?? ""))).toBe(true);
  });

  test("every rule id has a golden case, with the rule's documented severity", () => {
    const seen = new Map<string, string>();
    for (const name of names) {
      const { golden } = run(name);
      for (const f of [...golden.expected.validate, ...golden.expected.audit]) {
        if (!seen.has(f.rule)) seen.set(f.rule, name);
        expect({ rule: f.rule, severity: ALL_RULES[f.rule]?.severity }).toEqual({
          rule: f.rule,
          severity: f.severity,
        });
      }
    }
    const ruleIds = [...Object.keys(VALIDATION_RULES), ...AUDIT_RULE_IDS];
    expect(ruleIds.length).toBeGreaterThan(30);
    const missing = ruleIds.filter((r) => !seen.has(r));
    expect(missing).toEqual([]);
  });
});
