import { analyzeFormulas } from "../core/audit";
import { splitSheet } from "../core/formula/address";
import type { GridName, GridValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { buildAuditReport, REPORT_MARKER, REPORT_SHEET, TEXT_COLUMNS } from "../core/report";
import type { ReportStyle } from "../core/report";
import { MARKER_NAME } from "../core/sheet/plan";
import { analyzeInputs } from "../core/validate";
import { isMarkFormula } from "../core/validate/marks";
import type { MarkRule } from "../core/validate/marks";
import type { CheckOutcome, HostResult, ReportOutcome } from "./api";
import { excelApiSupported, runInExcel } from "./excel";
import { charactersToPoints, suggestSheetName } from "./generate";

/**
 * "Periksa Data" and "Audit Rumus" in Excel: read the workbook into plain grids in one read
 * batch, run the pure analysis of src/core, and show the results (conditional-format marks, the
 * "Audit IKU" report sheet, selecting a cell). No per-cell calls; no context.sync() in loops.
 *
 * Sync counts, whatever the number of sheets or cells:
 * - readWorkbookGrid: 2 (the sheet list and names must be known before their used ranges can
 *   be queued: Office.js has no call that loads every sheet's used range without it);
 * - validate: 2 reads + 3 for the marks (the sheet's conditional formats, then the formulas of the
 *   custom ones, then one write that deletes the add-in's own and adds the new ones);
 * - audit: 2; report: 2 (read, write); selectCell: 1; subscribe: 2.
 */

/** Protection options of the IKU sheet, as the generator applies them (generate.ts). */
const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

export interface WorkbookRead {
  grid: WorkbookGrid;
  /** Sheet names with their protection flag, in workbook order. */
  sheets: { name: string; protected: boolean }[];
}

/** Where a workbook name points: the sheet part of ='IKU 2026'!$A$1 (undefined when broken). */
function nameSheet(formula: string): string | undefined {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const { sheet } = splitSheet(text);
  return sheet && sheet !== "#REF" ? sheet : undefined;
}

/** Top-left cell of a used-range address ("'IKU 2026'!A1:Q53" → "A1"). */
function originOf(address: string): string {
  const local = splitSheet(address).local;
  const colon = local.indexOf(":");
  return (colon < 0 ? local : local.slice(0, colon)).split("$").join("");
}

/** Reads values and formulas of every sheet's used range and the workbook's names. */
export async function readWorkbookGrid(context: Excel.RequestContext): Promise<WorkbookRead> {
  const workbook = context.workbook;
  workbook.load("name");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const names = workbook.names;
  names.load("items/name,items/formula");
  await context.sync();

  const used = worksheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("address,values,formulas");
    return { name: sheet.name, range };
  });
  await context.sync();

  const sheets: SheetGrid[] = used.map(({ name, range }) =>
    range.isNullObject
      ? { name, origin: "A1", values: [], formulas: [] }
      : {
          name,
          origin: originOf(range.address),
          values: range.values as GridValue[][],
          formulas: range.formulas as GridValue[][],
        }
  );
  const gridNames: GridName[] = names.items.map((n) => ({
    name: n.name,
    refersTo: String(n.formula),
  }));
  return {
    grid: { workbook: workbook.name, sheets, names: gridNames },
    sheets: worksheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
  };
}

/** Queues one mark: a custom conditional format on its cell. */
function addMark(range: Excel.Range, mark: MarkRule): void {
  const cf = range.conditionalFormats.add("Custom");
  cf.custom.rule.formula = mark.formula;
  cf.custom.format.fill.color = mark.fill;
  cf.custom.format.font.color = mark.fontColor;
}

/**
 * Replaces the add-in's conditional formats on `sheet` by `marks` (three syncs). The user's own
 * conditional formats are left alone; a sheet protected with a password by the user is left
 * unmarked (the pane still lists the findings).
 */
export async function applyMarks(
  context: Excel.RequestContext,
  sheetName: string,
  isProtected: boolean,
  marks: readonly MarkRule[]
): Promise<boolean> {
  if (!excelApiSupported("1.6")) return false;
  const formats = context.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats;
  formats.load("items/type");
  await context.sync();
  const custom = formats.items.filter((cf) => cf.type === "Custom");
  const rules = custom.map((cf) => {
    const rule = cf.custom.rule;
    rule.load("formula");
    return { cf, rule };
  });
  await context.sync();

  const sheet = context.workbook.worksheets.getItem(sheetName);
  if (isProtected) sheet.protection.unprotect();
  for (const { cf, rule } of rules) if (isMarkFormula(rule.formula)) cf.delete();
  for (const mark of marks) addMark(sheet.getRange(mark.address), mark);
  if (isProtected) sheet.protection.protect(SHEET_PROTECTION);
  try {
    await context.sync();
    return true;
  } catch (e) {
    // A password set by the user: unprotect is refused and nothing of this batch is applied.
    if (isProtected) return false;
    throw e;
  }
}

const now = () => new Date().toISOString();

/** "Periksa Data" inside a batch: read, validate, refresh the marks. */
export async function validateInContext(
  context: Excel.RequestContext
): Promise<HostResult<CheckOutcome>> {
  const read = await readWorkbookGrid(context);
  const analysis = analyzeInputs(read.grid);
  if (analysis.sheets.length === 0) return { ok: false, problem: { code: "noIkuSheet" } };
  // The IKU names are workbook-scoped, so a workbook has one IKU sheet.
  const [sheet] = analysis.sheets;
  const isProtected = read.sheets.find((s) => s.name === sheet)?.protected ?? false;
  await applyMarks(
    context,
    sheet,
    isProtected,
    analysis.marks.filter((m) => m.sheet === sheet)
  );
  return {
    ok: true,
    value: { sheets: analysis.sheets, findings: analysis.findings, checkedAt: now() },
  };
}

/** "Audit Rumus" inside a batch. */
export async function auditInContext(
  context: Excel.RequestContext
): Promise<HostResult<CheckOutcome>> {
  const read = await readWorkbookGrid(context);
  const analysis = analyzeFormulas(read.grid);
  if (analysis.sheets.length === 0) return { ok: false, problem: { code: "noIkuSheet" } };
  return {
    ok: true,
    value: { sheets: analysis.sheets, findings: analysis.findings, checkedAt: now() },
  };
}

const REPORT_FONT: Partial<Record<ReportStyle, { bold?: boolean; size?: number; color?: string }>> =
  {
    title: { bold: true, size: 14 },
    label: { bold: true },
    header: { bold: true },
    error: { color: "#9C0006" },
    warning: { color: "#9C5700" },
  };
const HEADER_FILL = "#D9E1F2";

/**
 * Writes or replaces the "Audit IKU" sheet (two syncs). A sheet of that name that the add-in did
 * not make (no IKU_AUDIT name on it) is never touched: the report goes to a free name instead.
 * Nothing else in the workbook changes.
 */
export async function writeAuditReportInContext(
  context: Excel.RequestContext,
  outcome: CheckOutcome
): Promise<HostResult<ReportOutcome>> {
  const workbook = context.workbook;
  workbook.load("name");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name");
  const names = workbook.names;
  names.load("items/name,items/formula");
  await context.sync();

  const existing = worksheets.items.map((s) => s.name);
  const marker = names.items.find((n) => n.name.toUpperCase() === REPORT_MARKER);
  const markedSheet = marker ? nameSheet(String(marker.formula)) : undefined;
  const ours = markedSheet
    ? existing.find((s) => s.toLowerCase() === markedSheet.toLowerCase())
    : undefined;
  const free = !existing.some((s) => s.toLowerCase() === REPORT_SHEET.toLowerCase());
  const target = ours ?? (free ? REPORT_SHEET : suggestSheetName(REPORT_SHEET, existing));

  const report = buildAuditReport({
    findings: outcome.findings,
    checkedAt: outcome.checkedAt,
    workbook: workbook.name,
    sheets: outcome.sheets,
  });
  const sheet = ours ? worksheets.getItem(ours) : worksheets.add(target);
  if (ours) {
    sheet.getRange().clear("All");
    sheet.freezePanes.unfreeze();
  }
  const width = report.rows[0]?.values.length ?? 1;
  const all = sheet.getRange(report.range);
  // Text format first, so "=…" formulas and "1.234" stay text in the findings table.
  const formats = report.rows.map((row, i) =>
    row.values.map((_v, c) => (i >= report.headerRow && TEXT_COLUMNS.includes(c) ? "@" : "General"))
  );
  all.numberFormat = formats;
  all.values = report.rows.map((r) => r.values);
  report.rows.forEach((row, i) => {
    const font = REPORT_FONT[row.style];
    if (!font && row.style !== "header") return;
    const r = sheet.getRangeByIndexes(i, 0, 1, width);
    if (font?.bold) r.format.font.bold = true;
    if (font?.size) r.format.font.size = font.size;
    if (font?.color) r.format.font.color = font.color;
    if (row.style === "header") r.format.fill.color = HEADER_FILL;
  });
  for (const [column, chars] of Object.entries(report.columnWidths)) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(chars);
  }
  sheet.getRange(`G${report.headerRow + 1}:G${report.rows.length}`).format.wrapText = true;
  sheet.freezePanes.freezeRows(report.headerRow);
  if (!ours) {
    if (marker) marker.delete();
    names.add(REPORT_MARKER, sheet.getRange("A1"), "Lembar laporan Audit IKU buatan add-in");
  }
  sheet.activate();
  await context.sync();
  return { ok: true, value: { sheet: target, rows: report.findings } };
}

/** Selects a cell (and activates its sheet): one sync. */
export async function selectCellInContext(
  context: Excel.RequestContext,
  sheetName: string,
  cell: string
): Promise<HostResult<void>> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
  return { ok: true, value: undefined };
}

/** The IKU sheet's name, from the marker name (one sync). */
async function ikuSheetName(context: Excel.RequestContext): Promise<string | undefined> {
  const marker = context.workbook.names.getItemOrNullObject(MARKER_NAME);
  marker.load("formula");
  await context.sync();
  return marker.isNullObject ? undefined : nameSheet(String(marker.formula));
}

/**
 * Calls `handler` after every change on the IKU sheet (the pane debounces). Returns a function
 * that removes the subscription.
 */
export async function subscribeInContext(
  context: Excel.RequestContext,
  handler: () => void
): Promise<HostResult<() => Promise<void>>> {
  const sheetName = await ikuSheetName(context);
  if (!sheetName) return { ok: false, problem: { code: "noIkuSheet" } };
  const registration = context.workbook.worksheets.getItem(sheetName).onChanged.add(async () => {
    handler();
  });
  await context.sync();
  const remove = async () => {
    await Excel.run(registration.context, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
  };
  return { ok: true, value: remove };
}

/** "Periksa Data": its own Excel.run batch; failures become HostProblems. */
export const validateWorkbook = () => runInExcel((context) => validateInContext(context));

/** "Audit Rumus": its own Excel.run batch. */
export const auditWorkbook = () => runInExcel((context) => auditInContext(context));

export const writeAuditReport = (outcome: CheckOutcome) =>
  runInExcel((context) => writeAuditReportInContext(context, outcome), REPORT_SHEET);

export const selectCell = (sheet: string, cell: string) =>
  runInExcel((context) => selectCellInContext(context, sheet, cell), sheet);

export const subscribeToChanges = (handler: () => void) =>
  runInExcel((context) => subscribeInContext(context, handler));

/** The operations host.ts delegates to (ExcelOperations without generate). */
export const inspectOperations = {
  validate: validateWorkbook,
  audit: auditWorkbook,
  writeAuditReport,
  selectCell,
  subscribeToChanges,
};
