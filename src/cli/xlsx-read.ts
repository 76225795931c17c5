import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { GridName, GridValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { MAX_FILE_MB, MAX_SHEET_CELLS } from "./limits";
import type { FileProblemCode } from "./messages";
import { inflateEntry, readZipDirectory, ZipProblem, type ZipEntry } from "./zip-guard";
import {
  countCells,
  parseRels,
  parseWorkbookXml,
  TooManyCells,
  XmlProblem,
  type RawDefinedName,
  type WorkbookInfo,
} from "./xlsx-xml";

/**
 * Reading .xlsx files for the CLI: the checks that make an unusable file a clear message
 * (never a stack trace), the raw defined names (exceljs drops sheet-scoped and non-range
 * names, which the audit and `--update` must see), and the WorkbookGrid the core analyses.
 */

/** A file that cannot be used; `code` selects the message, `detail` names the sheet or part. */
export class FileProblem extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly file: string,
    readonly detail?: string
  ) {
    super(`${code}: ${file}`);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: encrypted OOXML (password to open) and legacy .xls both start with it. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The message code of a failed stat/read: missing, unreadable (permissions) or a folder. */
function accessProblem(e: unknown): FileProblemCode {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return "missing";
  if (code === "EISDIR") return "notAFile";
  return "unreadable";
}

/** Reads a file after checking it exists, is a regular file, is within the size limit and is a zip. */
export async function readXlsxBytes(
  file: string,
  maxBytes = MAX_FILE_MB * 1024 * 1024
): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    throw new FileProblem(accessProblem(e), file);
  }
  if (!stat.isFile()) throw new FileProblem("notAFile", file);
  if (stat.size > maxBytes) throw new FileProblem("tooLarge", file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new FileProblem(accessProblem(e), file);
  }
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC))
    throw new FileProblem("encrypted", file);
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC))
    throw new FileProblem("notXlsx", file);
  return bytes;
}

export type { RawDefinedName };

export interface XlsxPackage {
  zip: JSZip;
  /** The original bytes of the file. */
  bytes: Buffer;
  /** Sheet names in workbook order. */
  sheetNames: string[];
  names: RawDefinedName[];
  workbook: WorkbookInfo;
  /** Part path of each sheet (xl/worksheets/sheetN.xml), by sheet name. */
  sheetParts: Map<string, string>;
  /** Every part's directory entry, by path. */
  entries: Map<string, ZipEntry>;
}

/** Inflates one part within its declared size; a lying or broken entry becomes a FileProblem. */
export function readPart(bytes: Buffer, entry: ZipEntry, file: string): Buffer {
  try {
    return inflateEntry(bytes, entry);
  } catch (e) {
    if (e instanceof ZipProblem)
      throw new FileProblem(e.kind === "tooLarge" ? "unpackedTooLarge" : "corrupt", file);
    throw e;
  }
}

/**
 * Opens the package: its zip directory first (sizes and entry count checked before anything is
 * inflated), then every part inflated one at a time within its declared size, the workbook and
 * its relationships parsed, each listed sheet's part found and its cells counted.
 */
export async function openPackage(bytes: Buffer, file: string): Promise<XlsxPackage> {
  let list: ZipEntry[];
  try {
    list = readZipDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipProblem)
      throw new FileProblem(e.kind === "tooLarge" ? "unpackedTooLarge" : "corrupt", file);
    throw e;
  }
  const entries = new Map(list.map((e) => [e.name, e]));
  const workbookEntry = entries.get("xl/workbook.xml");
  if (!workbookEntry || !entries.has("[Content_Types].xml")) throw new FileProblem("notXlsx", file);
  let workbook: WorkbookInfo;
  let rels: Map<string, { target: string }>;
  try {
    workbook = parseWorkbookXml(readPart(bytes, workbookEntry, file).toString("utf8"));
    const relsEntry = entries.get("xl/_rels/workbook.xml.rels");
    rels = relsEntry
      ? parseRels(readPart(bytes, relsEntry, file).toString("utf8"), "xl/")
      : new Map();
  } catch (e) {
    if (e instanceof XmlProblem) throw new FileProblem("corrupt", file);
    throw e;
  }
  const sheetParts = new Map<string, string>();
  for (const s of workbook.sheets) {
    const target = rels.get(s.rid)?.target;
    if (target === undefined || !entries.has(target))
      throw new FileProblem("missingSheetPart", file, `${s.name} (${target ?? s.rid})`);
    sheetParts.set(s.name, target);
  }
  const sheetOfPart = new Map([...sheetParts].map(([name, part]) => [part, name]));
  // Every part is inflated once here, within its declared size, so the libraries reading the
  // package after this check never meet a part that inflates beyond what the directory says.
  for (const entry of list) {
    if (entry.name.endsWith("/")) continue;
    const data = readPart(bytes, entry, file);
    const sheet = sheetOfPart.get(entry.name);
    if (sheet === undefined) continue;
    try {
      countCells(data, MAX_SHEET_CELLS);
    } catch (e) {
      if (e instanceof TooManyCells) throw new FileProblem("tooManyCells", file, sheet);
      if (e instanceof XmlProblem) throw new FileProblem("corrupt", file);
      throw e;
    }
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new FileProblem("corrupt", file);
  }
  return {
    zip,
    bytes,
    sheetNames: workbook.sheets.map((s) => s.name),
    names: workbook.names,
    workbook,
    sheetParts,
    entries,
  };
}

/**
 * The parts of a worksheet a WorkbookGrid is not made of: exceljs skips them when it reads a
 * workbook only for its grid (about half its reading time on a generated IKU sheet, whose
 * validations and conditional formats are many). Read are the cells (sheetData), the merges (a
 * merged cell other than the top-left one is blank) and the hyperlinks (a cell's value).
 */
const NOT_IN_GRID = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
];

/**
 * The workbook as exceljs reads it. `gridOnly`: for a WorkbookGrid only (never to be written
 * back), so the sheets' formatting, validations and page setup are not read.
 */
export async function loadExcelJs(
  bytes: Buffer,
  file: string,
  options: { gridOnly?: boolean } = {}
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer interface; a Node Buffer is what it reads.
    await workbook.xlsx.load(
      bytes as unknown as ExcelJS.Buffer,
      options.gridOnly ? { ignoreNodes: NOT_IN_GRID } : undefined
    );
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
  pkg: XlsxPackage,
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

/**
 * Defined names as Excel's workbook.names and worksheet.names report them (="…"): a
 * sheet-scoped one (localSheetId) with its sheet; print areas and titles excluded.
 */
export function gridNames(names: RawDefinedName[], sheetNames: readonly string[]): GridName[] {
  const out: GridName[] = [];
  for (const n of names) {
    if (n.name.startsWith("_xlnm.")) continue;
    if (n.localSheetId === undefined) out.push({ name: n.name, refersTo: `=${n.text}` });
    else {
      const sheet = sheetNames[n.localSheetId];
      // A scope past the last sheet is no sheet's: Excel drops such a name.
      if (sheet !== undefined) out.push({ name: n.name, refersTo: `=${n.text}`, sheet });
    }
  }
  return out;
}

export interface LoadedWorkbook {
  pkg: XlsxPackage;
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
}

/**
 * Reads a file into everything the CLI needs to analyse it; throws FileProblem for an unusable
 * file. The exceljs workbook holds what the grid is made of, not the sheets' formatting: it is
 * not for writing back (`generate --update` reads the file in full).
 */
export async function loadWorkbookFile(file: string, label = file): Promise<LoadedWorkbook> {
  const bytes = await readXlsxBytes(file);
  const pkg = await openPackage(bytes, file);
  const workbook = await loadExcelJs(bytes, file, { gridOnly: true });
  const sheets = workbookSheets(pkg, workbook, file).map(({ ws, name }) =>
    sheetGrid(ws, file, name)
  );
  return {
    pkg,
    workbook,
    grid: { workbook: label, sheets, names: gridNames(pkg.names, pkg.sheetNames) },
  };
}
