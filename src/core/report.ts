import type { Finding, Severity } from "./grid";
import { AUDIT_RULES } from "./messages/audit";
import { VALIDATION_RULES } from "./messages/validation";
import type { RuleInfo } from "./messages/validation";
import { indexToColumn } from "./formula/address";

/**
 * The "Audit IKU" report sheet as plain data: title, timestamp, workbook, summary counts per
 * severity and per rule, then one row per finding. `src/office` writes it in one batch; the CLI
 * can write the same rows with exceljs. Texts are Indonesian (the report stays in the workbook).
 */

export const REPORT_SHEET = "Audit IKU";
/** Workbook-scoped name marking the report sheet as the add-in's (it may be replaced). */
export const REPORT_MARKER = "IKU_AUDIT";

export const REPORT_TEXT = {
  title: "Laporan Audit IKU",
  timestamp: "Waktu pemeriksaan",
  workbook: "Buku kerja",
  sheets: "Lembar IKU",
  summary: "Ringkasan",
  total: "Jumlah temuan",
  bySeverity: "Per tingkat",
  byRule: "Per aturan",
  details: "Daftar temuan",
  none: "Tidak ada temuan.",
  severity: { error: "Galat", warning: "Peringatan" } as Record<Severity, string>,
  columns: [
    "No",
    "Lembar",
    "Sel",
    "Indikator",
    "Aturan",
    "Tingkat",
    "Pesan",
    "Rumus saat ini",
    "Rumus yang diharapkan",
  ],
} as const;

/** Every rule of validation and audit, by id. */
export const ALL_RULES: Record<string, RuleInfo> = { ...VALIDATION_RULES, ...AUDIT_RULES };

export type ReportStyle = "title" | "label" | "header" | "error" | "warning" | "text";

export interface ReportRow {
  /** Values from column A on; "" for blank cells. */
  values: (string | number)[];
  style: ReportStyle;
}

export interface ReportContent {
  sheetName: string;
  rows: ReportRow[];
  /** Column widths in characters, by letter. */
  columnWidths: Record<string, number>;
  /** 1-based row of the findings table's header (for the autofilter and frozen panes). */
  headerRow: number;
  /** The used range, e.g. "A1:I30". */
  range: string;
  /** Number of finding rows. */
  findings: number;
}

/** "27-11-2026 23:05:10 UTC": day-month-year as Indonesian reports write dates; UTC, stated. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}-${two(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(
    d.getUTCMinutes()
  )}:${two(d.getUTCSeconds())} UTC`;
}

/**
 * Columns (0-based) of the findings table written with the text format "@": Excel would read a
 * value starting with "=" (the formulas shown) as a formula, and "1.234" as a number.
 */
export const TEXT_COLUMNS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];

export function buildAuditReport(input: {
  findings: readonly Finding[];
  checkedAt: string;
  workbook: string;
  sheets: readonly string[];
}): ReportContent {
  const T = REPORT_TEXT;
  const width = T.columns.length;
  const rows: ReportRow[] = [];
  const row = (values: (string | number)[], style: ReportStyle) =>
    rows.push({
      values: [...values, ...Array<string>(Math.max(0, width - values.length)).fill("")],
      style,
    });

  row([T.title], "title");
  row([T.timestamp, formatTimestamp(input.checkedAt)], "text");
  row([T.workbook, input.workbook], "text");
  row([T.sheets, input.sheets.join(", ")], "text");
  row([], "text");

  const bySeverity: Record<Severity, number> = { error: 0, warning: 0 };
  const byRule = new Map<string, { count: number; severity: Severity }>();
  for (const f of input.findings) {
    bySeverity[f.severity]++;
    const r = byRule.get(f.rule) ?? { count: 0, severity: f.severity };
    r.count++;
    byRule.set(f.rule, r);
  }
  row([T.summary], "label");
  row([T.total, input.findings.length], "text");
  row([T.bySeverity], "label");
  for (const s of ["error", "warning"] as const) row([T.severity[s], bySeverity[s]], "text");
  row([T.byRule], "label");
  // Rules in the order of the rule tables (stable, grouped validation then audit).
  for (const id of Object.keys(ALL_RULES)) {
    const r = byRule.get(id);
    if (r) row([ALL_RULES[id].label, r.count, id, T.severity[r.severity]], "text");
  }
  row([], "text");

  row([T.details], "label");
  row([...T.columns], "header");
  const headerRow = rows.length;
  if (input.findings.length === 0) row([T.none], "text");
  input.findings.forEach((f, i) =>
    row(
      [
        i + 1,
        f.sheet,
        f.cell,
        f.indicator ?? "",
        ALL_RULES[f.rule]?.label ?? f.rule,
        T.severity[f.severity],
        f.message,
        f.current ?? "",
        f.expected ?? "",
      ],
      f.severity
    )
  );

  const columnWidths: Record<string, number> = {};
  [6, 16, 8, 10, 28, 12, 70, 40, 40].forEach((w, i) => {
    columnWidths[indexToColumn(i)] = w;
  });
  return {
    sheetName: REPORT_SHEET,
    rows,
    columnWidths,
    headerRow,
    range: `A1:${indexToColumn(width - 1)}${rows.length}`,
    findings: input.findings.length,
  };
}
