import { splitSheet } from "../core/formula-parser/address";
import { parseNameRange, sameSheet } from "../core/formula-parser/name-reference";
import type { GridName, GridValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { katalogSheetName, workbookCatalogue } from "../core/katalog/workbook";
import { markedSheet, tableNames } from "../core/sheet/regenerate";
import { RENSTRA_MARKER, RENSTRA_SHEET } from "../core/sakip/renstra";
import type { HostResult } from "./api";
import { CELLS_PER_BATCH, isPayloadTooLarge, readUsedRangesInBatches } from "./chunked-read";
import type { OnProgress } from "./chunked-read";
import { officeErrorInfo } from "./excel";
import type { SheetMemo } from "./sheet-memo";

/**
 * The Office reader: the workbook read into plain grids (src/core's WorkbookGrid) for the
 * checks, values and formulas of the used ranges and the workbook's names, with no per-cell
 * calls and no context.sync() in loops. A large workbook is read in batches under Excel on the
 * web's 5 MB response limit (chunked-read.ts).
 *
 * Sync counts, whatever the number of sheets or cells:
 * - readValidationGrid: 1 (the IKU sheet is reached through its marker name in the batch that
 *   lists the sheets and names, and a "Katalog IKU" sheet the memo knows by name in the same
 *   batch); 2 when the workbook has a Katalog sheet the memo did not know; fallbacks in its
 *   comment;
 * - readWorkbookGrid: 1 when the pane's SheetMemo knows the sheets (it is filled at start-up by
 *   rememberSheetsInContext and by every read and generation), 2 on a first read without it; a
 *   sheet added since the last read adds a sync, a sheet deleted or renamed since costs one
 *   failed batch.
 */

export interface WorkbookRead {
  grid: WorkbookGrid;
  /** Sheet names with their protection flag, in workbook order. */
  sheets: { name: string; protected: boolean }[];
}

/** Top-left cell of a used-range address ("'IKU 2026'!A1:Q53" → "A1"). */
function originOf(address: string): string {
  const local = splitSheet(address).local;
  const colon = local.indexOf(":");
  return (colon < 0 ? local : local.slice(0, colon)).split("$").join("");
}

/** A sheet's grid from its loaded used range (a null object: an empty sheet). */
function sheetGrid(name: string, range: Excel.Range): SheetGrid {
  return range.isNullObject
    ? { name, origin: "A1", values: [], formulas: [] }
    : {
        name,
        origin: originOf(range.address),
        values: range.values as GridValue[][],
        formulas: range.formulas as GridValue[][],
      };
}

/**
 * The workbook as "Periksa Data" needs it, in one sync when the memo knows the add-in's sheets
 * (it learns them at start-up, rememberSheetsInContext, and with every read and generation): the
 * sheet list, the names (the workbook's and each sheet's own), the used range of every year
 * sheet and, when the workbook has one, of its "Katalog IKU" sheet, each reached by the name the
 * memo knows (WorksheetCollection.getItem fails the batch for a sheet gone since). A year sheet or
 * Katalog sheet the memo did not know is read in a second sync. Other sheets are listed without
 * content, since validation reads only the cells the table's names point at; a name of a table
 * on another sheet reads the other sheets too (one more sync). Without a memo, or when a
 * remembered sheet is gone, the whole workbook is read as readWorkbookGrid does (which reads the
 * Katalog with every other sheet).
 */
export async function readValidationGrid(
  context: Excel.RequestContext,
  memo?: SheetMemo,
  onProgress?: OnProgress
): Promise<WorkbookRead> {
  const known = memo?.known;
  const knownYears = memo?.years;
  if (!memo || known === undefined || knownYears === undefined) {
    return readWorkbookGrid(context, memo, onProgress);
  }
  const basics = queueWorkbookBasics(context);
  const read = new Map<string, { name: string; range: Excel.Range }>();
  const queue = (name: string, sheet: Excel.Worksheet) =>
    read.set(name.toLowerCase(), { name, range: queueUsedRange(sheet) });
  for (const name of knownYears) queue(name, basics.worksheets.getItem(name));
  // The Katalog by the exact name the memo saw (getItem fails the batch if it is gone since).
  const knownKatalog = katalogSheetName(known);
  if (knownKatalog !== undefined && !read.has(knownKatalog.toLowerCase()))
    queue(knownKatalog, basics.worksheets.getItem(knownKatalog));
  // The Target Renstra sheet under its default name likewise: Periksa Data checks its inputs.
  const knownRenstra = known.find((s) => sameSheet(s, RENSTRA_SHEET));
  if (knownRenstra !== undefined && !read.has(knownRenstra.toLowerCase()))
    queue(knownRenstra, basics.worksheets.getItem(knownRenstra));
  try {
    await context.sync();
  } catch {
    // A remembered sheet deleted or renamed since, or the response over the limit: the full
    // read, which reads in batches when needed (another failure, such as cell-edit mode, fails
    // it again). The memo is not trusted.
    memo.forget();
    return readWorkbookGrid(context, memo, onProgress);
  }
  const items = basics.worksheets.items;
  const sheetNames = items.map((s) => s.name);
  memo.remember(sheetNames);
  const gridNames = gridNamesOf(basics);
  const years = markedSheets(sheetNames, gridNames);
  memo.rememberYears(years);

  // Year sheets and a Katalog sheet the memo did not know: read now.
  const katalogName = katalogSheetName(sheetNames);
  const renstraName = renstraSheetOf(sheetNames, gridNames);
  const wanted = [
    ...years,
    ...(katalogName !== undefined ? [katalogName] : []),
    ...(renstraName !== undefined ? [renstraName] : []),
  ];
  const queueMissing = (names: readonly string[]) => {
    let queued = 0;
    for (const name of names) {
      if (read.has(name.toLowerCase())) continue;
      queue(
        name,
        items.find((s) => s.name === name)!
      );
      queued++;
    }
    return queued;
  };
  const syncMore = async (): Promise<boolean> => {
    try {
      await context.sync();
      return true;
    } catch (e) {
      if (!isPayloadTooLarge(e) && officeErrorInfo(e).code !== "ItemNotFound") throw e;
      return false;
    }
  };
  if (queueMissing(wanted) > 0 && !(await syncMore()))
    return readWorkbookGrid(context, memo, onProgress);
  const gridOf = (name: string) => {
    const entry = read.get(name.toLowerCase());
    return entry && sheetNames.includes(entry.name) ? sheetGrid(entry.name, entry.range) : null;
  };
  const katalogGrids = katalogName !== undefined ? [gridOf(katalogName)!] : [];

  // The table's names are those of the workbook's catalogue (its Katalog's, else the built-in).
  const catalogue = workbookCatalogue({ workbook: "", sheets: katalogGrids, names: [] });
  const ours = catalogue.ok ? tableNames(catalogue.catalogue) : new Set<string>();
  const elsewhere = gridNames.some((n) => {
    const sheet = parseNameRange(n.refersTo)?.sheet;
    return (
      ours.has(n.name.toUpperCase()) &&
      sheet !== undefined &&
      !years.some((y) => sameSheet(sheet, y)) &&
      (n.sheet === undefined || years.some((y) => sameSheet(n.sheet as string, y)))
    );
  });
  if (elsewhere && queueMissing(sheetNames) > 0 && !(await syncMore()))
    return readWorkbookGrid(context, memo, onProgress);

  const sheets: SheetGrid[] = sheetNames.map(
    (name) => gridOf(name) ?? { name, origin: "A1", values: [], formulas: [] }
  );
  return workbookRead(basics, sheets, gridNames);
}

/** The sheet the Target Renstra marker (IKU_RENSTRA) refers to, if the workbook has it. */
function renstraSheetOf(
  sheetNames: readonly string[],
  names: readonly GridName[]
): string | undefined {
  const marker = names.find((n) => n.name.toUpperCase() === RENSTRA_MARKER);
  const sheet = marker ? parseNameRange(marker.refersTo)?.sheet : undefined;
  return sheet === undefined ? undefined : sheetNames.find((s) => sameSheet(s, sheet));
}

/**
 * The add-in's sheets, in workbook order: each one its own marker IKU_LEMBAR refers to, and the
 * one the workbook's marker refers to (a one-year workbook made before names were sheet-scoped).
 */
export function markedSheets(sheetNames: readonly string[], names: readonly GridName[]): string[] {
  const workbook = {
    sheets: sheetNames,
    names: names.map((n) => ({ name: n.name, refersTo: n.refersTo, sheet: n.sheet })),
  };
  return sheetNames.filter((s) => markedSheet(workbook, s));
}

/**
 * Reads values and formulas of every sheet's used range and the workbook's names: in one batch
 * for an ordinary workbook (readWorkbookAtOnce), in batches under Excel on the web's 5 MB
 * response limit when the response would be larger (readWorkbookInBatches), with `onProgress`
 * told the cells read.
 */
export async function readWorkbookGrid(
  context: Excel.RequestContext,
  memo?: SheetMemo,
  onProgress?: OnProgress
): Promise<WorkbookRead> {
  // A workbook the last read found large is read in batches straight away.
  if (memo?.cells !== undefined && memo.cells > CELLS_PER_BATCH) {
    return readWorkbookInBatches(context, memo, onProgress);
  }
  try {
    const read = await readWorkbookAtOnce(context, memo);
    memo?.rememberCells(cellCount(read.grid.sheets));
    return read;
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    // Over Excel on the web's 5 MB response limit: read it in batches.
    return readWorkbookInBatches(context, memo, onProgress);
  }
}

function cellCount(sheets: readonly SheetGrid[]): number {
  return sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
}

/** How many times a batched read starts again when sheets are renamed or deleted meanwhile. */
const READ_ATTEMPTS = 3;

/**
 * The whole workbook in batches under the response limit: one sync lists the sheets (with the
 * memo, it asks for their used ranges' addresses too), one reads the addresses, then one per
 * batch of cells (readUsedRangesInBatches). A sheet renamed or deleted meanwhile (ItemNotFound)
 * starts the read again from the sheet list, so the action never fails for it.
 */
async function readWorkbookInBatches(
  context: Excel.RequestContext,
  memo: SheetMemo | undefined,
  onProgress: OnProgress | undefined,
  attempt = 1
): Promise<WorkbookRead> {
  try {
    const basics = queueWorkbookBasics(context);
    await context.sync();
    const used = basics.worksheets.items.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("address");
      return { sheet: sheet.name, range };
    });
    await context.sync();
    const refs = used
      .filter((u) => !u.range.isNullObject)
      .map((u) => ({ sheet: u.sheet, address: u.range.address }));
    const grids = await readUsedRangesInBatches(context, refs, onProgress);
    const sheets = basics.worksheets.items.map(
      (s) => grids.get(s.name) ?? { name: s.name, origin: "A1", values: [], formulas: [] }
    );
    memo?.remember(basics.worksheets.items.map((s) => s.name));
    memo?.rememberCells(cellCount(sheets));
    return workbookRead(basics, sheets, gridNamesOf(basics), memo);
  } catch (e) {
    if (officeErrorInfo(e).code !== "ItemNotFound" || attempt >= READ_ATTEMPTS) throw e;
    memo?.forget();
    return readWorkbookInBatches(context, memo, onProgress, attempt + 1);
  }
}

/**
 * Reads values and formulas of every sheet's used range and the workbook's names in one batch
 * (two without a memo); a response over the limit fails it (readWorkbookGrid then reads in
 * batches).
 *
 * Every sheet's used range can only be asked for on a worksheet object, and the worksheets are
 * listed only after a sync: without a memo this takes 2 syncs. With the names a SheetMemo kept
 * from the last read, the first batch lists the sheets and asks for every known sheet's used range
 * by name (1 sync). A sheet added since is read in a second sync; a sheet deleted or renamed since
 * fails the batch with ItemNotFound, and the read starts again without the memo (1 + 2 syncs).
 * Office.js has no documented call that loads every sheet's used range in the batch that lists
 * them (chaining getNextOrNullObject over a null object is not documented behaviour, so not used).
 */
async function readWorkbookAtOnce(
  context: Excel.RequestContext,
  memo?: SheetMemo
): Promise<WorkbookRead> {
  const known = memo?.known;
  const basics = queueWorkbookBasics(context);
  const used = new Map<string, Excel.Range>();
  for (const name of known ?? []) {
    used.set(name.toLowerCase(), queueUsedRange(basics.worksheets.getItem(name)));
  }
  try {
    await context.sync();
  } catch (e) {
    if (!memo || !known || officeErrorInfo(e).code !== "ItemNotFound") throw e;
    // A remembered sheet is gone (deleted or renamed): list the sheets afresh.
    memo.forget();
    return readWorkbookAtOnce(context, memo);
  }
  const items = basics.worksheets.items;
  let added = 0;
  for (const sheet of items) {
    const key = sheet.name.toLowerCase();
    if (!used.has(key)) {
      used.set(key, queueUsedRange(sheet));
      added++;
    }
  }
  if (added > 0) await context.sync();
  memo?.remember(items.map((s) => s.name));
  const sheets = items.map((s) => sheetGrid(s.name, used.get(s.name.toLowerCase())!));
  return workbookRead(basics, sheets, gridNamesOf(basics), memo);
}

interface WorkbookBasics {
  workbook: Excel.Workbook;
  worksheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
}

/** The loads of the sheet list with each sheet's own names (a nested load, ExcelApi 1.4). */
const SHEETS_WITH_NAMES =
  "items/name,items/names/items/name,items/names/items/formula,items/names/items/scope";

/**
 * Queues the loads every read needs: workbook name, sheets with protection and their own
 * (sheet-scoped) names, the workbook's names.
 */
function queueWorkbookBasics(context: Excel.RequestContext): WorkbookBasics {
  const workbook = context.workbook;
  workbook.load("name");
  const worksheets = workbook.worksheets;
  worksheets.load(`${SHEETS_WITH_NAMES},items/protection/protected`);
  const names = workbook.names;
  names.load("items/name,items/formula");
  return { workbook, worksheets, names };
}

function queueUsedRange(sheet: Excel.Worksheet): Excel.Range {
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load("address,values,formulas");
  return range;
}

/** The workbook's names and every sheet's own (GridName.sheet), from the loaded basics. */
function gridNamesOf(basics: {
  names: Excel.NamedItemCollection;
  worksheets: Excel.WorksheetCollection;
}): GridName[] {
  const out: GridName[] = basics.names.items.map((n) => ({
    name: n.name,
    refersTo: String(n.formula),
  }));
  for (const sheet of basics.worksheets.items) {
    for (const n of sheet.names.items) {
      // Excel on the web lists workbook names in a sheet's collection too (office-js#1011).
      if (n.scope !== "Worksheet") continue;
      out.push({ name: n.name, refersTo: String(n.formula), sheet: sheet.name });
    }
  }
  return out;
}

function workbookRead(
  basics: WorkbookBasics,
  sheets: SheetGrid[],
  names: GridName[],
  memo?: SheetMemo
): WorkbookRead {
  memo?.rememberYears(
    markedSheets(
      sheets.map((s) => s.name),
      names
    )
  );
  return {
    grid: { workbook: basics.workbook.name, sheets, names },
    sheets: basics.worksheets.items.map((s) => ({
      name: s.name,
      protected: s.protection.protected,
    })),
  };
}

/** Lists the sheets into the memo (one sync), so the pane's first audit is one batch too. */
export async function rememberSheetsInContext(
  context: Excel.RequestContext,
  memo: SheetMemo
): Promise<HostResult<void>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(SHEETS_WITH_NAMES);
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const sheetNames = worksheets.items.map((s) => s.name);
  memo.remember(sheetNames);
  memo.rememberYears(markedSheets(sheetNames, gridNamesOf({ names, worksheets })));
  return { ok: true, value: undefined };
}
