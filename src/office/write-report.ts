import { parseNameRange, sameSheet } from "../core/formula-parser/name-reference";
import { buildAuditReport, REPORT_MARKER, REPORT_SHEET, TEXT_COLUMNS } from "../core/report";
import type { ReportStyle } from "../core/report";
import { suggestSheetName } from "../core/sheet/regenerate";
import type { CheckOutcome, HostResult, ReportOutcome } from "./api";
import { runInExcel } from "./excel";
import { charactersToPoints } from "./generate";
import { officeLanguage } from "./shell";
import { paneSheets, type SheetMemo } from "./sheet-memo";

/** The report writer: the "Audit IKU" sheet of an audit's findings (core/report.ts lays it out). */

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
  outcome: CheckOutcome,
  memo?: SheetMemo
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
  const markedSheet = marker ? parseNameRange(marker.formula)?.sheet : undefined;
  const ours = markedSheet ? existing.find((s) => sameSheet(s, markedSheet)) : undefined;
  const free = !existing.some((s) => sameSheet(s, REPORT_SHEET));
  const target = ours ?? (free ? REPORT_SHEET : suggestSheetName(REPORT_SHEET, existing));

  const report = buildAuditReport(
    {
      findings: outcome.findings,
      checkedAt: outcome.checkedAt,
      workbook: workbook.name,
      sheets: outcome.sheets,
    },
    officeLanguage()
  );
  const sheet = ours ? worksheets.getItem(ours) : worksheets.add(target);
  if (ours) {
    sheet.getRange().clear("All");
    sheet.freezePanes.unfreeze();
  }
  const width = report.rows[0]?.values.length ?? 1;
  const all = sheet.getRange(report.range);
  // Text format first, so "=…" formulas and "1.234" stay text in the findings table, and every
  // other text the user chose (workbook and sheet names such as "=1+1") stays text too.
  const formats = report.rows.map((row, i) =>
    row.values.map((v, c) =>
      typeof v === "string" || (i >= report.headerRow && TEXT_COLUMNS.includes(c)) ? "@" : "General"
    )
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
  memo?.remember(ours ? existing : [...existing, target]);
  return { ok: true, value: { sheet: target, rows: report.findings } };
}

export const writeAuditReport = (outcome: CheckOutcome) =>
  runInExcel((context) => writeAuditReportInContext(context, outcome, paneSheets));
