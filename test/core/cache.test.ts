import { analyzeFormulas } from "../../src/core/audit";
import { AnalysisCache, analyzeInputs } from "../../src/core/validate";
import type { AnalysisOptions } from "../../src/core/validate";
import { caseBuilder, caseNames, loadCase } from "../cases/generate";

/*
 * AnalysisCache is the caller's object that lets analyses share plans and parsed formulas. It
 * must never change a result: every golden case, analysed one after the other with ONE cache
 * (workbooks of other years, modes, renamed and edited sheets in between), gives exactly the
 * findings and recovered settings of an analysis without a cache.
 */

const names = caseNames();

function analyse(name: string, options: AnalysisOptions) {
  const { grid, spec, options: golden } = loadCase(name);
  // One builder per spec: the cache keeps plans of one builder only, so give it a stable one.
  const all = { ...golden, ...options, build: options.build ?? caseBuilder(spec) };
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
    expect(names.length).toBeGreaterThan(10);
  });

  test("every golden case, twice in a row, with one cache shared by all", () => {
    const cache = new AnalysisCache();
    for (const pass of [1, 2]) {
      for (const name of names) {
        const build = caseBuilder(loadCase(name).spec);
        expect({ name, pass, ...analyse(name, { cache, build }) }).toEqual({
          name,
          pass,
          ...analyse(name, { build }),
        });
      }
    }
  });
});
