import { analyzeFormulas } from "../core/audit";
import type { Finding, WorkbookGrid } from "../core/grid";
import { AnalysisCache, analyzeInputs, sortFindings } from "../core/validate";
import type { Lang } from "./messages";

/**
 * The core's analysis of one workbook as `iku audit` runs it: "Periksa Data" (inputs and
 * targets) and "Audit Rumus" (formulas), the same two checks as the task pane's buttons.
 */
export function analyseWorkbook(
  grid: WorkbookGrid,
  lang: Lang = "id"
): { findings: Finding[]; ikuSheets: string[] } {
  // Both checks recognize the same IKU sheet: the plans and the formulas read once.
  const cache = new AnalysisCache();
  // Messages in the CLI's language (LC_ALL / LC_MESSAGES / LANG, see messages.ts).
  const inputs = analyzeInputs(grid, { cache, lang });
  const formulas = analyzeFormulas(grid, { cache, lang });
  return {
    findings: sortFindings(grid, [...inputs.findings, ...formulas.findings]),
    ikuSheets: inputs.sheets,
  };
}
