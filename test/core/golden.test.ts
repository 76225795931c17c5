import * as fs from "fs";
import * as path from "path";
import { analyzeFormulas, AUDIT_RULES } from "../../src/core/audit";
import type { Finding } from "../../src/core/grid";
import { analyzeInputs, VALIDATION_RULES } from "../../src/core/validate";
import { buildCaseGrid, caseBuilder, fromSparse, toSparse } from "../cases/generate";
import type { CaseSpec, SparseGrid } from "../cases/generate";

/**
 * Golden cases: test/cases/<name>/case.json describes a workbook (the plan's sheet plus edits),
 * grid.json is that workbook as the analysis reads it, expected.json the findings of "Periksa
 * Data" and "Audit Rumus". Regenerate grid.json and expected.json after a deliberate change with
 *   UPDATE_GOLDEN=1 npx jest test/core/golden && npx prettier --write test/cases
 * and review the diff.
 */

const CASES_DIR = path.join(__dirname, "..", "cases");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
/** Fixed clock: only used when a sheet's title has no year. */
const NOW = new Date("2026-11-27T00:00:00Z");

interface Expected {
  description: string;
  sheets: string[];
  /** The settings rebuilt from the workbook (find-iku-sheet.ts), and where the year came from. */
  recovered: { tahun: number; mode: string; namaPerangkatDaerah: string; tahunFrom: string }[];
  validate: Finding[];
  audit: Finding[];
}

const caseNames = fs
  .readdirSync(CASES_DIR)
  .filter((n) => fs.existsSync(path.join(CASES_DIR, n, "case.json")))
  .sort();

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

function writeJson(file: string, data: unknown): void {
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
}

/** JSON round trip: drops undefined fields, as the files do. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

type Run = {
  expected: Expected;
  actual: Expected;
  committedGrid: SparseGrid;
  builtGrid: SparseGrid;
};
const runs = new Map<string, Run>();

/** Runs a case once per test file (the later tests reuse the result). */
function run(name: string): Run {
  const cached = runs.get(name);
  if (cached) return cached;
  const result = runUncached(name);
  runs.set(name, result);
  return result;
}

function runUncached(name: string): Run {
  const dir = path.join(CASES_DIR, name);
  const spec = readJson<CaseSpec>(path.join(dir, "case.json"));
  const builtGrid = plain(toSparse(buildCaseGrid(spec)));
  if (UPDATE) writeJson(path.join(dir, "grid.json"), builtGrid);
  const committedGrid = readJson<SparseGrid>(path.join(dir, "grid.json"));
  const grid = fromSparse(committedGrid);
  const options = { build: caseBuilder(spec), now: NOW };
  const inputs = analyzeInputs(grid, options);
  const formulas = analyzeFormulas(grid, options);
  const actual: Expected = plain({
    description: spec.description,
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
  if (UPDATE) writeJson(path.join(dir, "expected.json"), actual);
  return {
    expected: readJson<Expected>(path.join(dir, "expected.json")),
    actual,
    committedGrid,
    builtGrid,
  };
}

describe("golden cases", () => {
  test.each(caseNames)("%s", (name) => {
    const { expected, actual, committedGrid, builtGrid } = run(name);
    // The committed grid is what the generator makes of case.json (no hand edits drift in).
    expect(committedGrid).toEqual(builtGrid);
    expect(actual).toEqual(expected);
  });

  test("clean sheets give zero findings in both formula modes", () => {
    for (const name of ["clean-iku", "clean-excel", "other-year-sheet"]) {
      const { actual } = run(name);
      expect(actual.sheets).toHaveLength(1);
      expect(actual.validate).toEqual([]);
      expect(actual.audit).toEqual([]);
    }
  });

  test("every rule has at least one golden case, with the rule's documented severity", () => {
    const seen = new Map<string, string>();
    for (const name of caseNames) {
      const { actual } = run(name);
      for (const f of [...actual.validate, ...actual.audit]) {
        if (!seen.has(f.rule)) seen.set(f.rule, name);
        const info = { ...VALIDATION_RULES, ...AUDIT_RULES }[
          f.rule as keyof typeof VALIDATION_RULES
        ];
        expect(info?.severity).toBe(f.severity);
      }
    }
    const missing = [...Object.keys(VALIDATION_RULES), ...Object.keys(AUDIT_RULES)].filter(
      (r) => !seen.has(r)
    );
    expect(missing).toEqual([]);
  });
});
