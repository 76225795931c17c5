import ExcelJS from "exceljs";
import type { Result } from "../../../src/core/calculation";
import { EXCEL_ERROR_TEXT, isCellError } from "../../../src/core/errors";

/** What a cell shows: a number, a text, an Excel error, or nothing. */
export type Shown = number | string | { error: string } | null;

/** A core result as a cell shows it. */
export function fromCore(result: Result | undefined): Shown {
  if (result === undefined) return null;
  return isCellError(result) ? { error: EXCEL_ERROR_TEXT[result.kind] } : result;
}

/** A cell's value as LibreOffice saved it (the cached result of a formula cell). */
export function fromCell(cell: ExcelJS.Cell): Shown {
  const v =
    cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "object" && "error" in v) return { error: String(v.error) };
  // A logical as Excel shows it (a posisi quarter passes a typed TRUE through).
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Equal as shown: numbers to 1e-9 relative (LibreOffice saves 15 significant digits). */
export function same(a: Shown, b: Shown): boolean {
  // A formula's empty text shows as an empty cell; LibreOffice saves no cached text for it.
  if ((a === "" || a === null) && (b === "" || b === null)) return true;
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A shown value for the test's printed table. */
export function show(v: Shown): string {
  if (v === null) return "(kosong)";
  if (typeof v === "object") return v.error;
  return typeof v === "number" ? String(Number(v.toPrecision(12))) : v;
}
