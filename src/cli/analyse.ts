import { analyzeFormulas } from "../core/audit";
import type { Finding, WorkbookGrid } from "../core/grid";
import { getHeapStatistics } from "node:v8";
import { AnalysisCache, analyzeInputs, catalogueUsed, sortFindings } from "../core/validate";
import type { CatalogueUsed } from "../core/validate";
import { workbookCatalogue } from "../core/katalog/workbook";
import type { Lang } from "./messages";

export interface WorkbookAnalysis {
  findings: Finding[];
  ikuSheets: string[];
  catalogue: CatalogueUsed;
}

/**
 * The core's analysis of one workbook as `iku audit` runs it: "Periksa Data" (inputs and
 * targets) and "Audit Rumus" (formulas), the same two checks as the task pane's buttons.
 */
export function analyseWorkbook(
  grid: WorkbookGrid,
  lang: Lang = "id",
  // Both checks recognize the same IKU sheet: the plans and the formulas read once.
  cache: AnalysisCache = new AnalysisCache()
): WorkbookAnalysis {
  // Messages in the CLI's language (LC_ALL / LC_MESSAGES / LANG, see messages.ts).
  // The workbook's own Katalog, read once for both checks; its mistakes are the only findings.
  const catalogue = workbookCatalogue(grid, { lang });
  if (!catalogue.ok) {
    return {
      findings: sortFindings(grid, catalogue.findings),
      ikuSheets: [],
      catalogue: catalogueUsed(catalogue),
    };
  }
  const inputs = analyzeInputs(grid, { cache, lang, catalogue });
  const formulas = analyzeFormulas(grid, { cache, lang, catalogue });
  return {
    findings: sortFindings(grid, [...inputs.findings, ...formulas.findings]),
    ikuSheets: inputs.sheets,
    catalogue: inputs.catalogue,
  };
}

/**
 * The analysis of the files of one run, sharing one AnalysisCache: a formula's parse and a sheet
 * plan are functions of the formula text and of the settings alone, so a file never gets another
 * file's result, and the files of one run (copies of one template, other years) share most of
 * their formulas. The cache is replaced by an empty one once the heap passes a quarter of its
 * limit, so it never takes from a large file the memory its audit needs.
 */
export function runAnalyser(lang: Lang): (grid: WorkbookGrid) => WorkbookAnalysis {
  const ceiling = getHeapStatistics().heap_size_limit / 4;
  let cache = new AnalysisCache();
  return (grid) => {
    // The heap's own figure: process.memoryUsage() also reads the resident size from the OS,
    // about a millisecond a file.
    if (getHeapStatistics().used_heap_size > ceiling) cache = new AnalysisCache();
    return analyseWorkbook(grid, lang, cache);
  };
}
