import * as fs from "fs";
import * as path from "path";
import { analyzeFormulas } from "../../src/core/audit";
import { AnalysisCache, analyzeInputs } from "../../src/core/validate";
import type { AnalysisOptions } from "../../src/core/validate";
import { caseBuilder, fromSparse } from "../cases/generate";
import type { CaseSpec, SparseGrid } from "../cases/generate";

/*
 * AnalysisCache is the caller's object that lets analyses share plans and parsed formulas. It
 * must never change a result: every golden case, analysed one after the other with ONE cache
 * (workbooks of other years, modes, renamed and edited sheets in between), gives exactly the
 * findings and recovered settings of an analysis without a cache.
 */

const CASES_DIR = path.join(__dirname, "..", "cases");
const NOW = new Date("2026-11-27T00:00:00Z");

const caseNames = fs
  .readdirSync(CASES_DIR)
  .filter((n) => fs.existsSync(path.join(CASES_DIR, n, "case.json")))
  .sort();

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

function analyse(name: string, options: AnalysisOptions) {
  const spec = readJson<CaseSpec>(path.join(CASES_DIR, name, "case.json"));
  const grid = fromSparse(readJson<SparseGrid>(path.join(CASES_DIR, name, "grid.json")));
  // One builder per spec: the cache keeps plans of one builder only, so give it a stable one.
  const all = { ...options, build: options.build ?? caseBuilder(spec), now: NOW };
  const inputs = analyzeInputs(grid, all);
  const formulas = analyzeFormulas(grid, all);
  return {
    sheets: inputs.sheets,
    recovered: inputs.ikuSheets.map((s) => ({ ...s.recovered, plan: s.plan.settings })),
    validate: inputs.findings,
    audit: formulas.findings,
  };
}

describe("AnalysisCache never changes a result", () => {
  test("there are golden cases to run", () => {
    expect(caseNames.length).toBeGreaterThan(10);
  });

  test("every golden case, twice in a row, with one cache shared by all", () => {
    const cache = new AnalysisCache();
    for (const pass of [1, 2]) {
      for (const name of caseNames) {
        const spec = readJson<CaseSpec>(path.join(CASES_DIR, name, "case.json"));
        const build = caseBuilder(spec);
        expect({ name, pass, ...analyse(name, { cache, build }) }).toEqual({
          name,
          pass,
          ...analyse(name, { build }),
        });
      }
    }
  });
});
