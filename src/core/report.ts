import { REPORT_SHEET } from "./report-sheet";
import type { Finding, Severity } from "./grid";
import { AUDIT_RULE_LIST, AUDIT_RULES } from "./audit/rules";
import { REPORT_EN } from "./messages/en";
import { REPORT_ID } from "./messages/id";
import type { Lang, ReportText } from "./messages/types";
import { VALIDATION_RULES, VALIDATION_RULE_LABELS_EN } from "./messages/validation";
import type { RuleInfo } from "./messages/validation";
import { indexToColumn } from "./formula-parser/address";

/**
 * The "Audit IKU" report sheet as plain data: title, timestamp, workbook, summary counts per
 * severity and per rule, then one row per finding. `src/office` writes it in one batch; the CLI
 * can write the same rows with exceljs. Texts come from the message catalogue (src/core/messages).
 */

export { REPORT_SHEET };
/** Workbook-scoped name marking the report sheet as the add-in's (it may be replaced). */
export const REPORT_MARKER = "IKU_AUDIT";

/** The report's texts (Indonesian; English for an Excel whose display language is not). */
export const REPORT_TEXT: ReportText = REPORT_ID;
export const REPORT_TEXT_EN: ReportText = REPORT_EN;
export type { ReportText };

/** Every rule of validation and audit, by id. */
export const ALL_RULES: Record<string, RuleInfo> = { ...VALIDATION_RULES, ...AUDIT_RULES };

const RULE_LABELS_EN: Record<string, string> = {
  ...VALIDATION_RULE_LABELS_EN,
  ...Object.fromEntries(AUDIT_RULE_LIST.map((r) => [r.id, r.labelEn])),
};

/** A rule's short label in Indonesian or English (the id itself when unknown). */
export function ruleLabel(rule: string, lang: Lang = "id"): string {
  return (lang === "en" ? RULE_LABELS_EN[rule] : undefined) ?? ALL_RULES[rule]?.label ?? rule;
}

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

/** Indonesia's three time zones by their offset east of UTC, in minutes. */
const ZONE_NAMES: Record<number, string> = { 420: "WIB", 480: "WITA", 540: "WIT" };

/** "WITA" for UTC+8 (Bontang); otherwise "UTC+05:30", "UTC" for 0. */
export function zoneName(offsetMinutes: number): string {
  const named = ZONE_NAMES[offsetMinutes];
  if (named) return named;
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * "28-11-2026 07:05:10 WITA": day-month-year as Indonesian reports write dates, in the local
 * time of the machine (or of `offsetMinutes` east of UTC), with its zone stated.
 */
export function formatTimestamp(iso: string, offsetMinutes?: number): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const offset = offsetMinutes ?? -d.getTimezoneOffset();
  const local = new Date(d.getTime() + offset * 60_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(local.getUTCDate())}-${two(local.getUTCMonth() + 1)}-${local.getUTCFullYear()} ${two(
    local.getUTCHours()
  )}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} ${zoneName(offset)}`;
}

/**
 * Columns (0-based) of the findings table written with the text format "@": Excel would read a
 * value starting with "=" (the formulas shown) as a formula, and "1.234" as a number.
 */
export const TEXT_COLUMNS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];

export function buildAuditReport(
  input: {
    findings: readonly Finding[];
    checkedAt: string;
    workbook: string;
    sheets: readonly string[];
    /** Minutes east of UTC of the report's time; default: the machine's zone (WITA in Bontang). */
    utcOffsetMinutes?: number;
  },
  lang: Lang = "id"
): ReportContent {
  const T: ReportText = lang === "en" ? REPORT_TEXT_EN : REPORT_TEXT;
  const width = T.columns.length;
  const rows: ReportRow[] = [];
  const row = (values: (string | number)[], style: ReportStyle) =>
    rows.push({
      values: [...values, ...Array<string>(Math.max(0, width - values.length)).fill("")],
      style,
    });

  row([T.title], "title");
  row([T.timestamp, formatTimestamp(input.checkedAt, input.utcOffsetMinutes)], "text");
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
    if (r) row([ruleLabel(id, lang), r.count, id, T.severity[r.severity]], "text");
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
        ruleLabel(f.rule, lang),
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
