import type { AuditRuleId } from "./audit/rules";
import type { KatalogRuleId } from "./katalog/rules";
import type { ValidationRuleId } from "./messages/validation";

/**
 * Plain grids of a workbook as validation and audit read them: values and formulas of each
 * sheet's used range, plus the workbook's defined names. `src/office` fills them from Excel in
 * one batch, the CLI from an .xlsx with exceljs; the analysis never touches either.
 */

/** A cell value as Excel reports it: numbers, text, booleans; blanks as "" or null. */
export type GridValue = string | number | boolean | null;

export interface SheetGrid {
  name: string;
  /** Top-left cell of the arrays, A1 without $ (usually "A1"). */
  origin: string;
  /** values[r][c]: the computed value; error values are their text ("#DIV/0!", "#NAME?"). */
  values: GridValue[][];
  /** formulas[r][c]: the formula with "=" for formula cells, else the constant (as Excel's range.formulas). */
  formulas: GridValue[][];
}

export interface GridName {
  name: string;
  /** As Excel reports it: ='IKU 2026'!$J$12 (or #REF! when broken). */
  refersTo: string;
  /**
   * The sheet whose scope holds the name (worksheet.names, OOXML localSheetId), as the workbook
   * spells it; undefined: a workbook-scoped name. A sheet-scoped name hides a workbook name of
   * the same name on its sheet.
   */
  sheet?: string;
}

export interface WorkbookGrid {
  /** File name or workbook name, for reports. */
  workbook: string;
  sheets: SheetGrid[];
  /** Workbook-scoped and sheet-scoped names (GridName.sheet). */
  names: GridName[];
}

export type Severity = "error" | "warning";

/** Every rule id of validation and audit. */
export type RuleId = ValidationRuleId | AuditRuleId | KatalogRuleId;

/** One problem, from validation or audit; the same shape in the pane, the report and the CLI. */
export interface Finding {
  sheet: string;
  /** A1 address without $ */
  cell: string;
  indicator?: string;
  /** Stable rule id, e.g. "input.negative", "formula.overwritten". */
  rule: RuleId;
  severity: Severity;
  /** Indonesian message (English where the analysis was asked for English: see messageLang). */
  message: string;
  /** Set when the message is not Indonesian. */
  messageLang?: "en";
  /** The formula (or value) found in the cell, for audit findings. */
  current?: string;
  /** The formula the plan expects there, where one exists. */
  expected?: string;
}
