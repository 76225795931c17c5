import { analyzeFormulas } from "../core/audit";
import type { Finding, WorkbookGrid } from "../core/grid";
import { AnalysisCache, analyzeInputs, sortFindings } from "../core/validate";

/**
 * The core's analysis of one workbook as `iku audit` runs it: "Periksa Data" (inputs and
 * targets) and "Audit Rumus" (formulas), the same two checks as the task pane's buttons.
 */
export function analyseWorkbook(grid: WorkbookGrid): { findings: Finding[]; ikuSheets: string[] } {
  // Both checks recognize the same IKU sheet: the plans and the formulas read once.
  const cache = new AnalysisCache();
  const inputs = analyzeInputs(grid, { cache });
  const formulas = analyzeFormulas(grid, { cache });
  return {
    findings: sortFindings(grid, [...inputs.findings, ...formulas.findings]),
    ikuSheets: inputs.sheets,
  };
}
