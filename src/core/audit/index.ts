import type { Finding, WorkbookGrid } from "../grid";
import { WorkbookIndex } from "../workbook-index";
import { findIkuSheets } from "../find-iku-sheet";
import { catalogueUsed, resolveCatalogue, sortFindings } from "../validate";
import type { AnalysisOptions, CatalogueUsed } from "../validate";
import { validateIkuSheet } from "../validate/validate";
import { auditIkuSheet } from "./audit";
import { auditLkjipSheets } from "./lkjip";
import { AUDIT_RULE_LIST } from "./rules";

export { AUDIT_RULES, AUDIT_RULE_IDS, AUDIT_RULE_LIST } from "./rules";
export type { AuditRuleId } from "./rules";

export interface FormulaAnalysis {
  /** The year (IKU) sheets checked. */
  sheets: string[];
  /** The Pengukuran Kinerja sheets checked (src/core/audit/lkjip.ts). */
  lkjipSheets: string[];
  findings: Finding[];
  catalogue: CatalogueUsed;
}

/** "Audit Rumus" on a whole workbook grid. */
export function analyzeFormulas(
  grid: WorkbookGrid,
  options: AnalysisOptions = {}
): FormulaAnalysis {
  const resolved = resolveCatalogue(grid, options);
  if (!resolved.ok) {
    const findings = sortFindings(grid, resolved.findings);
    return { sheets: [], lkjipSheets: [], findings, catalogue: catalogueUsed(resolved) };
  }
  const { catalogue } = resolved;
  const index = new WorkbookIndex(grid);
  const findings: Finding[] = [];
  const { cache } = options;
  const ikuSheets = findIkuSheets(index, catalogue, options.build, options.now, cache);
  // The Pengukuran Kinerja sheets first: their formulas are theirs, not staff formulas of a year.
  const lkjip = auditLkjipSheets({
    index,
    catalogue,
    rules: AUDIT_RULE_LIST,
    lang: options.lang,
    cache,
  });
  for (const iku of ikuSheets) {
    // Error values explained by bad inputs are left to "Periksa Data". Validated only when an
    // error value asks (most audits meet none).
    let inputProblems: ReadonlySet<string> | undefined;
    const problems = () =>
      (inputProblems ??= new Set(
        validateIkuSheet(index, iku, catalogue)
          .findings.map((f) => f.indicator)
          .filter((code): code is string => code !== undefined)
      ));
    findings.push(
      ...auditIkuSheet({
        index,
        iku,
        catalogue,
        inputProblems: problems,
        cache,
        lang: options.lang,
        checkedElsewhere: lkjip.owns,
        ...(resolved.source === "katalog" ? { katalogSheet: resolved.sheet } : {}),
      })
    );
  }
  findings.push(...lkjip.findings);
  return {
    sheets: ikuSheets.map((s) => s.sheet),
    lkjipSheets: lkjip.sheets,
    findings: sortFindings(grid, findings),
    catalogue: catalogueUsed(resolved),
  };
}
