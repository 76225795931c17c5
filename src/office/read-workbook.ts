import { splitSheet } from "../core/formula-parser/address";
import { parseNameRange, sameSheet } from "../core/formula-parser/name-reference";
import type { GridName, GridValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { katalogSheetName, workbookCatalogue } from "../core/katalog/workbook";
import { MARKER_NAME } from "../core/sheet/plan";
import { tableNames } from "../core/sheet/regenerate";
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
 * The workbook as "Periksa Data" needs it, in one sync: the sheet list, the names, the used
 * range of the sheet the marker name IKU_LEMBAR refers to and, when the workbook has one, the
 * used range of its "Katalog IKU" sheet (the catalogue the check reads the IKU sheet with). Both
 * sheets are reached by documented calls on objects that exist or fail the batch
 * (NamedItemCollection.getItem throws ItemNotFound, NamedItem.getRange throws when the name is
 * no range; Range.worksheet; WorksheetCollection.getItem by the name the memo knows), never by
 * chaining on a null object. A Katalog sheet the memo did not know (no memo yet, or added since)
 * is read in a second sync. Other sheets are listed without content, since validation reads only
 * the cells the table's names point at. Fallbacks, each a constant number of syncs: a name of the
 * table on another sheet reads the other sheets too (one more sync); a missing or broken marker,
 * or a Katalog sheet the memo knew that is gone, fails the batch, then the whole workbook is read
 * as readWorkbookGrid does (which reads the Katalog with every other sheet).
 */
export async function readValidationGrid(
  context: Excel.RequestContext,
  memo?: SheetMemo,
  onProgress?: OnProgress
): Promise<WorkbookRead> {
  const basics = queueWorkbookBasics(context);
  const ikuSheet = basics.names.getItem(MARKER_NAME).getRange().worksheet;
  ikuSheet.load("name");
  const ikuUsed = queueUsedRange(ikuSheet);
  // The Katalog by the exact name the memo saw (getItem fails the batch if it is gone since).
  const knownKatalog = memo?.known ? katalogSheetName(memo.known) : undefined;
  const katalog = new Map<string, Excel.Range>();
  if (knownKatalog !== undefined) {
    katalog.set(knownKatalog, queueUsedRange(basics.worksheets.getItem(knownKatalog)));
  }
  try {
    await context.sync();
  } catch {
    // No usable marker, a Katalog sheet deleted since, or the IKU sheet's response over the
    // limit: the full read, which reads in batches when needed (another failure, such as
    // cell-edit mode, fails it again). A memo that knew a Katalog may be stale: it is not trusted.
    if (knownKatalog !== undefined) memo?.forget();
    return readWorkbookGrid(context, memo, onProgress);
  }
  const sheetNames = basics.worksheets.items.map((s) => s.name);
  memo?.remember(sheetNames);

  const iku = ikuSheet.name;
  const gridNames = gridNamesOf(basics.names);
  // A Katalog sheet the memo did not know (or one that replaced it): read now, with the others
  // the table's names may need.
  const katalogName = katalogSheetName(sheetNames);
  const others = new Map<string, Excel.Range>();
  if (katalogName !== undefined && !katalog.has(katalogName)) {
    katalog.clear();
    const sheet = basics.worksheets.items.find((s) => s.name === katalogName)!;
    others.set(katalogName, queueUsedRange(sheet));
  }
  if (others.size > 0) {
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) && officeErrorInfo(e).code !== "ItemNotFound") throw e;
      return readWorkbookGrid(context, memo, onProgress);
    }
  }
  const katalogGrids = [...katalog, ...others].map(([name, range]) => sheetGrid(name, range));

  // The table's names are those of the workbook's catalogue (its Katalog's, else the built-in).
  const catalogue = workbookCatalogue({ workbook: "", sheets: katalogGrids, names: [] });
  const ours = catalogue.ok ? tableNames(catalogue.catalogue) : new Set<string>();
  const elsewhere = gridNames.some((n) => {
    const sheet = parseNameRange(n.refersTo)?.sheet;
    return ours.has(n.name.toUpperCase()) && sheet !== undefined && !sameSheet(sheet, iku);
  });
  const rest = elsewhere
    ? basics.worksheets.items
        .filter((sheet) => !sameSheet(sheet.name, iku) && sheet.name !== katalogName)
        .map((sheet) => [sheet.name, queueUsedRange(sheet)] as const)
    : [];
  if (rest.length > 0) {
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) && officeErrorInfo(e).code !== "ItemNotFound") throw e;
      return readWorkbookGrid(context, memo, onProgress);
    }
    for (const [name, range] of rest) others.set(name, range);
  }
  for (const [name, range] of katalog) others.set(name, range);

  const sheets: SheetGrid[] = basics.worksheets.items.map((sheet) => {
    if (sameSheet(sheet.name, iku)) return sheetGrid(sheet.name, ikuUsed);
    const other = others.get(sheet.name);
    return other
      ? sheetGrid(sheet.name, other)
      : { name: sheet.name, origin: "A1", values: [], formulas: [] };
  });
  return workbookRead(basics, sheets, gridNames);
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
    return workbookRead(basics, sheets, gridNamesOf(basics.names));
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
  return workbookRead(basics, sheets, gridNamesOf(basics.names));
}

interface WorkbookBasics {
  workbook: Excel.Workbook;
  worksheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
}

/** Queues the loads every read needs: workbook name, sheets with protection, names. */
function queueWorkbookBasics(context: Excel.RequestContext): WorkbookBasics {
  const workbook = context.workbook;
  workbook.load("name");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const names = workbook.names;
  names.load("items/name,items/formula");
  return { workbook, worksheets, names };
}

function queueUsedRange(sheet: Excel.Worksheet): Excel.Range {
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load("address,values,formulas");
  return range;
}

function gridNamesOf(names: Excel.NamedItemCollection): GridName[] {
  return names.items.map((n) => ({ name: n.name, refersTo: String(n.formula) }));
}

function workbookRead(
  basics: WorkbookBasics,
  sheets: SheetGrid[],
  names: GridName[]
): WorkbookRead {
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
  worksheets.load("items/name");
  await context.sync();
  memo.remember(worksheets.items.map((s) => s.name));
  return { ok: true, value: undefined };
}
