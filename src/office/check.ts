import { analyzeFormulas } from "../core/audit";
import type { Finding } from "../core/grid";
import { analyzeInputs } from "../core/validate";
import type { CatalogueUsed } from "../core/validate";
import type { CheckOutcome, HostResult } from "./api";
import type { OnProgress } from "./chunked-read";
import { runInExcel } from "./excel";
import { readValidationGrid, readWorkbookGrid, rememberSheetsInContext } from "./read-workbook";
import { officeLanguage } from "./shell";
import { paneSheets, type SheetMemo } from "./sheet-memo";

/**
 * "Periksa Data" and "Audit Rumus" in Excel: read the workbook into plain grids
 * (read-workbook.ts) and run the pure analysis of src/core on them. Both are read-only: the
 * in-sheet marks of invalid inputs are conditional formats the generator wrote with the sheet
 * (SheetPlan.conditionalFormats), so Excel updates them as values change. Both read the IKU
 * sheet with the workbook's own catalogue (its "Katalog IKU" sheet, else the built-in one); a
 * Katalog with mistakes gives its findings instead of a check. Syncs: validate 1, audit 1 with
 * the pane's sheet memo (see read-workbook.ts).
 */

const now = () => new Date().toISOString();

/**
 * The outcome of an analysis of a grid read from Excel; no IKU sheet is a problem, unless the
 * Katalog has mistakes: then its findings are the outcome (they say what to fix first).
 */
function checkOutcome(analysis: {
  sheets: string[];
  /** Audit Rumus: the Pengukuran Kinerja sheets it checked too (named in the summary). */
  lkjipSheets?: string[];
  findings: Finding[];
  catalogue: CatalogueUsed;
}): HostResult<CheckOutcome> {
  const katalogBroken = analysis.catalogue.indicators === undefined;
  if (analysis.sheets.length === 0 && !katalogBroken) {
    return { ok: false, problem: { code: "noIkuSheet" } };
  }
  return {
    ok: true,
    value: {
      sheets: [...analysis.sheets, ...(analysis.lkjipSheets ?? [])],
      findings: analysis.findings,
      checkedAt: now(),
      catalogue: analysis.catalogue,
    },
  };
}

/** "Periksa Data" inside a batch: read and validate (nothing is written). */
export async function validateInContext(
  context: Excel.RequestContext,
  memo?: SheetMemo,
  onProgress?: OnProgress
): Promise<HostResult<CheckOutcome>> {
  return checkOutcome(
    analyzeInputs((await readValidationGrid(context, memo, onProgress)).grid, {
      lang: officeLanguage(),
    })
  );
}

/** "Audit Rumus" inside a batch. */
export async function auditInContext(
  context: Excel.RequestContext,
  memo?: SheetMemo,
  onProgress?: OnProgress
): Promise<HostResult<CheckOutcome>> {
  return checkOutcome(
    analyzeFormulas((await readWorkbookGrid(context, memo, onProgress)).grid, {
      lang: officeLanguage(),
    })
  );
}

/** "Periksa Data": its own Excel.run batch (host.ts turns a throw into a problem). */
export const validateWorkbook = (onProgress?: OnProgress) =>
  runInExcel((context) => validateInContext(context, paneSheets, onProgress));

/** "Audit Rumus": its own Excel.run batch. */
export const auditWorkbook = (onProgress?: OnProgress) =>
  runInExcel((context) => auditInContext(context, paneSheets, onProgress));

/** Fills the pane's sheet memo (at start-up, before the first audit). */
export const rememberSheets = () =>
  runInExcel((context) => rememberSheetsInContext(context, paneSheets));
