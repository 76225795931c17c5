import { analyzeFormulas } from "../core/audit";
import type { Finding, WorkbookGrid } from "../core/grid";
import { analyzeInputs, sortFindings } from "../core/validate";

/**
 * The core's analysis of one workbook as `iku audit` runs it: "Periksa Data" (inputs and
 * targets) and "Audit Rumus" (formulas), the same two checks as the task pane's buttons.
 */
export function analyseWorkbook(grid: WorkbookGrid): { findings: Finding[]; ikuSheets: string[] } {
  const inputs = analyzeInputs(grid);
  const formulas = analyzeFormulas(grid);
  return {
    findings: sortFindings(grid, [...inputs.findings, ...formulas.findings]),
    ikuSheets: inputs.sheets,
  };
}
