import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { GridValue, SheetGrid } from "../core/grid";
import { MAX_SHEET_CELLS } from "./limits";
import { checkPackage, FileProblem, type PackageParts } from "./xlsx-package";
import { countCells, TooManyCells } from "./xlsx-xml";

/**
 * Reading .xlsx files with exceljs, for the commands that write a workbook back (generate
 * --update, --katalog): the package opened with JSZip and the workbook's model from exceljs.
 * The checks, the raw names and the audit's grid are in xlsx-package.ts, re-exported here.
 */

export {
  checkPackage,
  FileProblem,
  gridNames,
  loadWorkbookFile,
  readPart,
  readXlsxBytes,
} from "./xlsx-package";
export type { LoadedWorkbook, PackageParts, RawDefinedName } from "./xlsx-package";

export interface XlsxPackage extends PackageParts {
  zip: JSZip;
}

/**
 * Opens the package for exceljs and JSZip (generate, --update, --katalog): checkPackage, each
 * sheet's cells counted, then the zip opened.
 */
export async function openPackage(bytes: Buffer, file: string): Promise<XlsxPackage> {
  const parts = checkPackage(bytes, file, (_name, data, { sheet }) => {
    if (sheet === undefined) return;
    try {
      countCells(data, MAX_SHEET_CELLS);
    } catch (e) {
      if (e instanceof TooManyCells) throw new FileProblem("tooManyCells", file, sheet);
      throw e;
    }
  });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new FileProblem("corrupt", file);
  }
  return { ...parts, zip };
}

/** The workbook as exceljs reads it, in full (generate --update and --katalog write from it). */
export async function loadExcelJs(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer interface; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new FileProblem("corrupt", file);
  }
  return workbook;
}

/** Excel's serial date (1900 system), as range.values reports a date cell. */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25569;
}

/** A cell's computed value as Excel's range.values would report it. */
export function gridValueOf(value: ExcelJS.CellValue): GridValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return excelSerial(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    return gridValueOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value) return gridValueOf(value.text as ExcelJS.CellValue);
  return "";
}

/** The one shared row of a grid's empty rows (the core never writes into a grid). */
const EMPTY_ROW: GridValue[] = [];

/**
 * One worksheet as values and formulas from A1 to its last used cell. The cells are counted as
 * they are read (a sheet over MAX_SHEET_CELLS is refused), and the grid holds only them: each
 * row is as long as its last cell, empty rows share one empty array, and the first row is as
 * wide as the used range (the core reads the width there). One stray cell at XFD1048576 costs
 * one row of 16,384 entries, not a 17-billion-cell rectangle.
 */
export function sheetGrid(ws: ExcelJS.Worksheet, file: string, name = ws.name): SheetGrid {
  let rows = 0;
  let cols = 0;
  let count = 0;
  const valueRows = new Map<number, GridValue[]>();
  const formulaRows = new Map<number, GridValue[]>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged cell other than the top-left one is blank in Excel (exceljs echoes the master).
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = gridValueOf(cell.value);
      const formula =
        cell.type === ExcelJS.ValueType.Formula && cell.formula ? `=${cell.formula}` : value;
      if (value === "" && formula === "") return;
      if (++count > MAX_SHEET_CELLS) throw new FileProblem("tooManyCells", file, name);
      let values = valueRows.get(r);
      let formulas = formulaRows.get(r);
      if (!values || !formulas) {
        values = [];
        formulas = [];
        valueRows.set(r, values);
        formulaRows.set(r, formulas);
      }
      while (values.length < c - 1) {
        values.push("");
        formulas.push("");
      }
      values[c - 1] = value;
      formulas[c - 1] = formula;
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    });
  });
  const values: GridValue[][] = new Array<GridValue[]>(rows);
  const formulas: GridValue[][] = new Array<GridValue[]>(rows);
  for (let r = 0; r < rows; r++) {
    values[r] = valueRows.get(r + 1) ?? EMPTY_ROW;
    formulas[r] = formulaRows.get(r + 1) ?? EMPTY_ROW;
  }
  if (rows > 0) {
    const first = [...values[0]];
    const firstF = [...formulas[0]];
    while (first.length < cols) {
      first.push("");
      firstF.push("");
    }
    values[0] = first;
    formulas[0] = firstF;
  }
  return { name, origin: "A1", values, formulas };
}

/**
 * exceljs's worksheets paired with their names as the workbook spells them. exceljs decodes
 * entities in sheet names twice (a sheet named "&lt;x" comes back as "<x"), so the name is the
 * workbook's own, taken by position (exceljs keeps the workbook's order).
 */
export function workbookSheets(
  pkg: PackageParts,
  workbook: ExcelJS.Workbook,
  file: string
): { ws: ExcelJS.Worksheet; name: string }[] {
  const list = workbook.worksheets;
  // exceljs skips a sheet it cannot read; the audit must not then say there is nothing to check.
  if (list.length !== pkg.sheetNames.length) {
    const missing = pkg.sheetNames.find((_n, i) => list[i] === undefined) ?? pkg.sheetNames[0];
    throw new FileProblem("missingSheetPart", file, missing);
  }
  return list.map((ws, i) => ({ ws, name: pkg.sheetNames[i] }));
}
