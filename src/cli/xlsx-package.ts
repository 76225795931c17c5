import { promises as fs } from "node:fs";
import type { GridName, SheetGrid, WorkbookGrid } from "../core/grid";
import { MAX_FILE_MB, MAX_SHEET_CELLS } from "./limits";
import type { FileProblemCode } from "./messages";
import { inflateEntry, readZipDirectory, ZipProblem, type ZipEntry } from "./zip-guard";
import { parseSharedStrings, readSheetCells } from "./xlsx-sheet";
import {
  decodeUtf8,
  parseRels,
  parseWorkbookXml,
  TooManyCells,
  XmlProblem,
  type RawDefinedName,
  type WorkbookInfo,
} from "./xlsx-xml";

/**
 * The .xlsx package as every CLI command checks it (the checks that make an unusable file a
 * clear message, never a stack trace), its raw defined names (with their sheet scope), and the
 * WorkbookGrid `iku audit` analyses, read from the sheets' XML. Neither exceljs nor JSZip is
 * loaded here: an audit never needs them.
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

export interface PackageParts {
  /** The original bytes of the file. */
  bytes: Buffer;
  /** Sheet names in workbook order. */
  sheetNames: string[];
  names: RawDefinedName[];
  workbook: WorkbookInfo;
  /** Part path of each sheet (xl/worksheets/sheetN.xml), by sheet name. */
  sheetParts: Map<string, string>;
  /** Relationship type of each sheet's part (…/worksheet, …/chartsheet), by sheet name. */
  sheetTypes: Map<string, string>;
  /** The shared strings part (xl/sharedStrings.xml), when the workbook has one. */
  sharedStringsPart?: string;
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

/** What a part is to the readers: a sheet's part (named by its sheet) or the shared strings. */
interface PartRole {
  sheet?: string;
  sharedStrings: boolean;
}

/**
 * Checks the package: its zip directory first (sizes and entry count checked before anything
 * is inflated), then every part inflated one at a time within its declared size, the workbook
 * and its relationships parsed, each listed sheet's part found. `onPart` receives each part as
 * it is inflated (a thrown XmlProblem makes the file "corrupt").
 */
export function checkPackage(
  bytes: Buffer,
  file: string,
  onPart: (name: string, data: Buffer, role: PartRole) => void
): PackageParts {
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
  let rels: Map<string, { target: string; type: string }>;
  try {
    workbook = parseWorkbookXml(decodeUtf8(readPart(bytes, workbookEntry, file)));
    const relsEntry = entries.get("xl/_rels/workbook.xml.rels");
    rels = relsEntry ? parseRels(decodeUtf8(readPart(bytes, relsEntry, file)), "xl/") : new Map();
  } catch (e) {
    if (e instanceof XmlProblem) throw new FileProblem("corrupt", file);
    throw e;
  }
  const sheetParts = new Map<string, string>();
  const sheetTypes = new Map<string, string>();
  for (const s of workbook.sheets) {
    const rel = rels.get(s.rid);
    const target = rel?.target;
    if (target === undefined || !entries.has(target))
      throw new FileProblem("missingSheetPart", file, `${s.name} (${target ?? s.rid})`);
    sheetParts.set(s.name, target);
    sheetTypes.set(s.name, rel?.type ?? "");
  }
  const sharedStringsPart =
    [...rels.values()].find((r) => r.type.endsWith("/sharedStrings") && entries.has(r.target))
      ?.target ?? (entries.has("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : undefined);
  const sheetOfPart = new Map([...sheetParts].map(([name, part]) => [part, name]));
  // Every part is inflated once here, within its declared size, so nothing read after this
  // check (our readers, exceljs) meets a part that inflates beyond what the directory says.
  for (const entry of list) {
    if (entry.name.endsWith("/")) continue;
    const data = readPart(bytes, entry, file);
    try {
      onPart(entry.name, data, {
        sheet: sheetOfPart.get(entry.name),
        sharedStrings: entry.name === sharedStringsPart,
      });
    } catch (e) {
      if (e instanceof XmlProblem) throw new FileProblem("corrupt", file);
      throw e;
    }
  }
  return {
    bytes,
    sheetNames: workbook.sheets.map((s) => s.name),
    names: workbook.names,
    workbook,
    sheetParts,
    sheetTypes,
    sharedStringsPart,
    entries,
  };
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
  pkg: PackageParts;
  grid: WorkbookGrid;
}

/** Whether a sheet's part is a worksheet (not a chart sheet, dialog sheet or macro sheet). */
function isWorksheet(relType: string | undefined): boolean {
  return !relType || relType.endsWith("/worksheet");
}

/**
 * Reads a file into everything the CLI needs to analyse it; throws FileProblem for an unusable
 * file. The package is checked as for every command (openPackage's limits and messages); the
 * cells come from the worksheet parts and the shared strings read here (xlsx-sheet.ts), each
 * sheet's cells counted as they are read. Chart sheets hold no cells and are not in the grid,
 * as Excel's worksheets collection leaves them out.
 */
export async function loadWorkbookFile(file: string, label = file): Promise<LoadedWorkbook> {
  const bytes = await readXlsxBytes(file);
  const kept = new Map<string, Buffer>();
  const pkg = checkPackage(bytes, file, (name, data, role) => {
    if (role.sheet !== undefined || role.sharedStrings) kept.set(name, data);
  });
  const sheets: SheetGrid[] = [];
  let current: string | undefined;
  try {
    const stringsPart = pkg.sharedStringsPart && kept.get(pkg.sharedStringsPart);
    const strings = stringsPart ? parseSharedStrings(stringsPart) : undefined;
    for (const name of pkg.sheetNames) {
      if (!isWorksheet(pkg.sheetTypes.get(name))) continue;
      current = name;
      const part = kept.get(pkg.sheetParts.get(name) ?? "");
      if (!part) throw new FileProblem("missingSheetPart", file, name);
      const { values, formulas } = readSheetCells(part, strings, MAX_SHEET_CELLS);
      sheets.push({ name, origin: "A1", values, formulas });
    }
  } catch (e) {
    if (e instanceof TooManyCells) throw new FileProblem("tooManyCells", file, current);
    if (e instanceof XmlProblem) throw new FileProblem("corrupt", file);
    throw e;
  }
  return {
    pkg,
    grid: { workbook: label, sheets, names: gridNames(pkg.names, pkg.sheetNames) },
  };
}
