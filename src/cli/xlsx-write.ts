import type ExcelJS from "exceljs";
import { EXCEL_ERROR_TEXT, isCellError } from "../core/errors";
import {
  parseCellOrThrow,
  quoteSheetAlways,
  toA1,
  toAbsoluteA1,
} from "../core/formula-parser/address";
import type { Result } from "../core/calculation";
import type {
  CellStyle,
  ConditionalFormatPlan,
  SheetPlan,
  ValidationRule,
  WritableSheet,
} from "../core/sheet/types";

/**
 * Writes a SheetPlan into an exceljs worksheet: the same cells, names, validations and styles
 * the task pane writes through Office.js, so a file made by the CLI and a sheet made in Excel
 * are interchangeable.
 */

/** A value kept from the user's previous sheet (inputs and targets only). */
export type KeptValue = Exclude<ExcelJS.CellValue, null | undefined>;

export interface WriteOptions {
  /** Cached results of the formula cells by address (computed by the core). */
  cached: ReadonlyMap<string, Result>;
  /** Typed inputs/targets to put back, by address on the new sheet. */
  kept?: ReadonlyMap<string, KeptValue>;
}

const PAPER_SIZE: Record<SheetPlan["print"]["paperSize"], number> = {
  Letter: 1,
  A4: 9,
  // OOXML has no F4 code; 14 is "Folio 8.5 × 13 in", the size F4 paper is sold as.
  F4: 14,
};

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** The exceljs style object of a plan style (a fresh object per cell: exceljs shares by reference). */
export function excelStyle(style: CellStyle, numberFormat?: string): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: "Calibri",
      size: style.fontSize ?? 11,
      bold: style.bold ?? false,
      italic: style.italic ?? false,
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    },
    alignment: {
      ...(style.horizontalAlignment ? { horizontal: style.horizontalAlignment } : {}),
      ...(style.verticalAlignment
        ? { vertical: style.verticalAlignment === "center" ? "middle" : style.verticalAlignment }
        : {}),
      wrapText: style.wrapText ?? false,
    },
    protection: { locked: style.locked },
  };
  if (style.fill) {
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (numberFormat) out.numFmt = numberFormat;
  return out;
}

/** exceljs's cached-result form of a core result. */
export function cachedResult(result: Result | undefined): ExcelJS.CellFormulaValue["result"] {
  if (result === undefined) return undefined;
  if (isCellError(result))
    return { error: EXCEL_ERROR_TEXT[result.kind] as ExcelJS.CellErrorValue["error"] };
  return result;
}

export function excelValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const kind: Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> =
    rule.type === "targetRange"
      ? { type: "custom", formulae: [(rule.formula ?? "").replace(/^=/, "")] }
      : {
          type: rule.type === "wholeNumber" ? "whole" : "decimal",
          operator: rule.operator === "between" ? "between" : "greaterThanOrEqual",
          formulae: rule.operator === "between" ? [rule.min, rule.max ?? rule.min] : [rule.min],
        };
  return {
    ...kind,
    allowBlank: true,
    showInputMessage: true,
    promptTitle: rule.inputTitle,
    prompt: rule.inputMessage,
    // No errorStyle: OOXML's default is "stop", the style that refuses the value.
    showErrorMessage: true,
    errorTitle: rule.errorTitle,
    error: rule.errorMessage,
  };
}

/**
 * The plan's marks of invalid inputs as exceljs conditional formatting: one expression rule per
 * mark, grouped by cell, with Excel's priorities in plan order (1 is the first).
 */
export function excelConditionalFormats(
  formats: readonly ConditionalFormatPlan[]
): ExcelJS.ConditionalFormattingOptions[] {
  const byCell = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  formats.forEach((cf, i) => {
    const rules = byCell.get(cf.address) ?? [];
    rules.push({
      type: "expression",
      priority: i + 1,
      formulae: [cf.formula.replace(/^=/, "")],
      // A differential format: the fill of a solid pattern is its background colour.
      style: {
        font: { color: { argb: argb(cf.fontColor) } },
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
      },
    });
    byCell.set(cf.address, rules);
  });
  return [...byCell].map(([ref, rules]) => ({ ref, rules }));
}

/**
 * Fills an empty worksheet (named plan.sheetName) with the plan and adds the plan's defined
 * names to the workbook. Protection is applied last so nothing fails on a locked sheet.
 */
export async function writePlan(
  workbook: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  plan: WritableSheet,
  options: WriteOptions
): Promise<void> {
  for (const [letter, width] of Object.entries(plan.columnWidths))
    ws.getColumn(letter).width = columnWidth(width);
  for (const [row, height] of Object.entries(plan.rowHeights))
    ws.getRow(Number(row)).height = height;

  for (const pc of plan.cells) {
    const cell = ws.getCell(pc.address);
    const style = plan.styles[pc.style];
    if (!style) throw new Error(`Plan style "${pc.style}" of ${pc.address} is not defined`);
    cell.style = excelStyle(style, pc.numberFormat);
    // A typed target (the PK target) wins over the plan's Renstra link (target-link.ts).
    const kept = options.kept?.get(pc.address);
    if (pc.formula !== undefined && !(pc.role === "target" && kept !== undefined)) {
      cell.value = {
        formula: pc.formula.replace(/^=/, ""),
        result: cachedResult(options.cached.get(pc.address)),
      } as ExcelJS.CellFormulaValue;
    } else if (pc.value !== undefined) {
      cell.value = pc.value;
    } else if (kept !== undefined) {
      cell.value = kept;
    }
  }

  for (const m of plan.merges) ws.mergeCells(m.range);
  for (const rule of plan.validations)
    ws.getCell(rule.address).dataValidation = excelValidation(rule);
  for (const cf of excelConditionalFormats(plan.conditionalFormats))
    ws.addConditionalFormatting(cf);

  // exceljs writes every name workbook-scoped: the CLI then makes them the sheet's own
  // (scopePlanNames for a new file, transplant for --update), as the pane writes them.
  for (const n of plan.names)
    workbook.definedNames.add(
      `${quoteSheetAlways(plan.sheetName)}!${toAbsoluteA1(parseCellOrThrow(n.address))}`,
      n.name
    );

  ws.views = [
    {
      state: "frozen",
      xSplit: plan.freeze.columns,
      ySplit: plan.freeze.rows,
      topLeftCell: toA1({ row: plan.freeze.rows, col: plan.freeze.columns }),
    },
  ];
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: plan.print.orientation,
    paperSize: PAPER_SIZE[plan.print.paperSize] as ExcelJS.PageSetup["paperSize"],
    fitToPage: true,
    fitToWidth: plan.print.fitToPagesWide,
    fitToHeight: 0,
    printTitlesRow: plan.print.titleRows.replace(/\$/g, ""),
    errors: plan.print.errors,
  };
  if (plan.protection.protect) {
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  }
}

/**
 * exceljs takes a width of exactly 9 for its "default" and leaves the column out of the file,
 * where Excel's default is 8.43: nudge it by an invisible amount so it is written.
 */
export function columnWidth(width: number): number {
  return width === 9 ? 9.0001 : width;
}
