import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { GridName, GridValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { MAX_FILE_MB, type FileProblemCode } from "./messages";

/**
 * Reading .xlsx files for the CLI: the checks that make an unusable file a clear message
 * (never a stack trace), the raw defined names (exceljs drops sheet-scoped and non-range
 * names, which the audit and `--update` must see), and the WorkbookGrid the core analyses.
 */

/** A file that cannot be used; `code` selects the message. */
export class FileProblem extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly file: string
  ) {
    super(`${code}: ${file}`);
  }
}

/** Same limit as a range read in Excel on the web: larger sheets are refused, not half-read. */
export const MAX_SHEET_CELLS = 5_000_000;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: encrypted OOXML (password to open) and legacy .xls both start with it. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Reads a file after checking it exists, is a regular file, is within the size limit and is a zip. */
export async function readXlsxBytes(
  file: string,
  maxBytes = MAX_FILE_MB * 1024 * 1024
): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new FileProblem("missing", file);
  }
  if (!stat.isFile()) throw new FileProblem("notAFile", file);
  if (stat.size > maxBytes) throw new FileProblem("tooLarge", file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new FileProblem("missing", file);
  }
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC))
    throw new FileProblem("encrypted", file);
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC))
    throw new FileProblem("notXlsx", file);
  return bytes;
}

/** A <definedName> exactly as the workbook stores it. */
export interface RawDefinedName {
  name: string;
  /** The reference or formula text, without "=" (e.g. 'IKU 2026'!$J$12). */
  text: string;
  /** Index into the sheet list for a sheet-scoped name; undefined for workbook scope. */
  localSheetId?: number;
  hidden: boolean;
}

export interface XlsxPackage {
  zip: JSZip;
  /** Sheet names in workbook order. */
  sheetNames: string[];
  names: RawDefinedName[];
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, ent: string) => {
    const e = ent.toLowerCase();
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[2] ?? m[3] ?? "") : undefined;
}

/** Opens the zip and reads the sheet list and defined names of xl/workbook.xml. */
export async function openPackage(bytes: Buffer, file: string): Promise<XlsxPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new FileProblem("corrupt", file);
  }
  const workbookPart = zip.file("xl/workbook.xml");
  if (!workbookPart || !zip.file("[Content_Types].xml")) throw new FileProblem("notXlsx", file);
  let xml: string;
  try {
    xml = await workbookPart.async("string");
  } catch {
    throw new FileProblem("corrupt", file);
  }
  const sheetNames: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1], "name");
    if (name !== undefined) sheetNames.push(name);
  }
  const names: RawDefinedName[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g
  )) {
    const name = attr(m[1], "name");
    if (name === undefined) continue;
    const local = attr(m[1], "localSheetId");
    const hidden = attr(m[1], "hidden");
    names.push({
      name,
      text: decodeXml(m[2] ?? ""),
      localSheetId: local === undefined ? undefined : Number(local),
      hidden: hidden === "1" || hidden === "true",
    });
  }
  return { zip, sheetNames, names };
}

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

/** One worksheet as values and formulas from A1 to its last used cell. */
export function sheetGrid(ws: ExcelJS.Worksheet, file: string): SheetGrid {
  let rows = 0;
  let cols = 0;
  const cells: { r: number; c: number; value: GridValue; formula: GridValue }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged cell other than the top-left one is blank in Excel (exceljs echoes the master).
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = gridValueOf(cell.value);
      const formula =
        cell.type === ExcelJS.ValueType.Formula && cell.formula ? `=${cell.formula}` : value;
      if (value === "" && formula === "") return;
      cells.push({ r, c, value, formula });
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    });
  });
  if (rows * cols > MAX_SHEET_CELLS) throw new FileProblem("tooManyCells", file);
  const values: GridValue[][] = Array.from({ length: rows }, () =>
    new Array<GridValue>(cols).fill("")
  );
  const formulas: GridValue[][] = Array.from({ length: rows }, () =>
    new Array<GridValue>(cols).fill("")
  );
  for (const { r, c, value, formula } of cells) {
    values[r - 1][c - 1] = value;
    formulas[r - 1][c - 1] = formula;
  }
  return { name: ws.name, origin: "A1", values, formulas };
}

/** Workbook-scoped names as Excel's workbook.names reports them (="…"); print areas excluded. */
export function gridNames(names: RawDefinedName[]): GridName[] {
  return names
    .filter((n) => n.localSheetId === undefined && !n.name.startsWith("_xlnm."))
    .map((n) => ({ name: n.name, refersTo: `=${n.text}` }));
}

export interface LoadedWorkbook {
  pkg: XlsxPackage;
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
}

/** Reads a file into everything the CLI needs; throws FileProblem for an unusable file. */
export async function loadWorkbookFile(file: string, label = file): Promise<LoadedWorkbook> {
  const bytes = await readXlsxBytes(file);
  const pkg = await openPackage(bytes, file);
  const workbook = await loadExcelJs(bytes, file);
  const sheets = workbook.worksheets.map((ws) => sheetGrid(ws, file));
  return { pkg, workbook, grid: { workbook: label, sheets, names: gridNames(pkg.names) } };
}
