import type { AnalysisCache } from "../cache";
import type { Catalogue } from "../catalogue";
import type { Finding, WorkbookGrid } from "../grid";
import { parseCell } from "../formula-parser/address";
import { WorkbookIndex } from "../workbook-index";
import { buildMarks } from "./marks";
import type { MarkRule } from "./marks";
import { findIkuSheets } from "../find-iku-sheet";
import type { IkuSheet, PlanBuilder } from "../find-iku-sheet";
import { validateIkuSheet } from "./validate";
import { workbookCatalogue } from "../katalog/workbook";
import type { WorkbookCatalogue } from "../katalog/workbook";
import { inputsExplained, katalogChanges } from "../audit/katalog-changes";
import { findRenstra, validateRenstra } from "../sakip/renstra";

export { VALIDATION_RULES } from "../messages/validation";
export type { ValidationRuleId } from "../messages/validation";
export { MARK_TAG, MARK_STYLE } from "./marks";
export type { MarkRule } from "./marks";
export { findIkuSheets } from "../find-iku-sheet";
export type { IkuSheet, PlanBuilder } from "../find-iku-sheet";
export { parseNumberText } from "./numbers";
export { AnalysisCache } from "../cache";

export interface AnalysisOptions {
  /**
   * The catalogue to read the workbook with, as the caller resolved it (one resolution shared by
   * both checks); by default the workbook's own Katalog IKU sheet, else the built-in catalogue.
   */
  catalogue?: Catalogue | WorkbookCatalogue;
  /** Plan builder (buildSheetPlan by default). */
  build?: PlanBuilder;
  /** For the year fallback when a sheet's title has none. */
  now?: Date;
  /** Language of the findings' messages (Indonesian by default). */
  lang?: "id" | "en";
  /** Plans and parsed formulas shared with other analyses (the caller's object). */
  cache?: AnalysisCache;
}

/** Which catalogue an analysis used, for the pane and the CLI to say. */
export type CatalogueUsed =
  | { source: "builtin"; indicators: number }
  | { source: "katalog"; sheet: string; indicators: number }
  /** The workbook's Katalog has mistakes: its findings are the analysis's only findings. */
  | { source: "katalog"; sheet: string; indicators?: undefined };

/** The catalogue of the options, or of the workbook when the options name none. */
export function resolveCatalogue(grid: WorkbookGrid, options: AnalysisOptions): WorkbookCatalogue {
  const given = options.catalogue;
  if (given === undefined) return workbookCatalogue(grid, { lang: options.lang });
  return "ok" in given ? given : { ok: true, source: "builtin", catalogue: given };
}

export function catalogueUsed(resolved: WorkbookCatalogue): CatalogueUsed {
  if (!resolved.ok) return { source: "katalog", sheet: resolved.sheet };
  const indicators = resolved.catalogue.indicators.length;
  return resolved.source === "katalog"
    ? { source: "katalog", sheet: resolved.sheet, indicators }
    : { source: "builtin", indicators };
}

export interface InputAnalysis {
  /** The IKU sheets found (empty: the workbook has no sheet made by the add-in). */
  sheets: string[];
  findings: Finding[];
  /** Conditional-format marks to apply in the sheet. */
  marks: MarkRule[];
  ikuSheets: IkuSheet[];
  catalogue: CatalogueUsed;
}

/** Orders findings as they appear in the workbook: sheet order, row, column, rule. */
export function sortFindings(grid: WorkbookGrid, findings: Finding[]): Finding[] {
  const sheetOrder = new Map(grid.sheets.map((s, i) => [s.name.toUpperCase(), i]));
  const key = (f: Finding) => {
    const pos = parseCell(f.cell) ?? { row: 0, col: 0 };
    return [sheetOrder.get(f.sheet.toUpperCase()) ?? grid.sheets.length, pos.row, pos.col] as const;
  };
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.f);
}

/** "Periksa Data" on a whole workbook grid: every input and target of every IKU sheet. */
export function analyzeInputs(grid: WorkbookGrid, options: AnalysisOptions = {}): InputAnalysis {
  const resolved = resolveCatalogue(grid, options);
  if (!resolved.ok) {
    const findings = sortFindings(grid, resolved.findings);
    return { sheets: [], findings, marks: [], ikuSheets: [], catalogue: catalogueUsed(resolved) };
  }
  const { catalogue } = resolved;
  const index = new WorkbookIndex(grid);
  const ikuSheets = findIkuSheets(index, catalogue, options.build, options.now, options.cache);
  const findings: Finding[] = [];
  const marks: MarkRule[] = [];
  for (const iku of ikuSheets) {
    let found = validateIkuSheet(index, iku, catalogue, options.lang).findings;
    if (resolved.source === "katalog") {
      // Inputs a Katalog edit added or renamed are not missing names: see katalog-changes.ts.
      const changes = katalogChanges(
        { index, iku, catalogue, cache: options.cache },
        resolved.sheet
      );
      const explained = inputsExplained(changes);
      found = found.filter(
        (f) => !(f.rule === "input.notFound" && f.indicator && explained.has(f.indicator))
      );
    }
    findings.push(...found);
    marks.push(...buildMarks(iku, catalogue));
  }
  // The Target Renstra sheet's inputs (src/core/sakip/renstra.ts), found by its names.
  const renstra = findRenstra(
    grid.names,
    grid.sheets.map((s) => s.name)
  );
  if (renstra)
    findings.push(
      ...validateRenstra(
        renstra,
        (address) => index.cellAt(renstra.sheet, address).value,
        catalogue,
        options.lang
      )
    );
  return {
    sheets: ikuSheets.map((s) => s.sheet),
    findings: sortFindings(grid, findings),
    marks,
    ikuSheets,
    catalogue: catalogueUsed(resolved),
  };
}
