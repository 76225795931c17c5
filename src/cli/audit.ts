import type { Finding, WorkbookGrid } from "../core/grid";
import type { CliMessages } from "./messages";
import { FileProblem, loadWorkbookFile } from "./xlsx-read";

/**
 * `iku audit`: reads every file (an unusable one is reported and skipped, never stops the
 * run), runs the core's analysis on it and prints a table per file or one JSON object.
 */

/** The analysis of one workbook: input validation and formula audit from src/core. */
export type Analyse = (grid: WorkbookGrid) => { findings: Finding[]; ikuSheets: string[] };

/** The finding fields the CLI reports (the same keys in every language). */
export interface JsonFinding {
  sheet: string;
  cell: string;
  indicator: string | null;
  rule: string;
  severity: "error" | "warning";
  message: string;
}

export interface FileResult {
  file: string;
  findings: JsonFinding[];
  /** Why the file could not be used; absent for an audited file. */
  error?: string;
  /** The IKU sheets found (table output only: a workbook without one was not really checked). */
  ikuSheets?: string[];
}

export interface AuditIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

function toJson(f: Finding): JsonFinding {
  return {
    sheet: f.sheet,
    cell: f.cell.replace(/\$/g, ""),
    indicator: f.indicator ?? null,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
  };
}

/** Reads and analyses one file; every failure becomes a FileResult with an error message. */
export async function auditFile(
  file: string,
  analyse: Analyse,
  m: CliMessages
): Promise<FileResult> {
  try {
    const { grid } = await loadWorkbookFile(file);
    const analysis = analyse(grid);
    return { file, findings: analysis.findings.map(toJson), ikuSheets: analysis.ikuSheets };
  } catch (e) {
    if (e instanceof FileProblem) return { file, findings: [], error: m.fileProblem(e.code, file) };
    // A bug in the analysis must not hide the other files' results, nor show a stack trace.
    return {
      file,
      findings: [],
      error: m.internalError(e instanceof Error ? e.message : String(e)),
    };
  }
}

export function exitCodeOf(results: readonly FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return EXIT_UNUSABLE;
  if (results.some((r) => r.findings.some((f) => f.severity === "error"))) return EXIT_FINDINGS;
  return EXIT_OK;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** A plain-text table of one file's findings, columns sized to their content. */
export function formatFileTable(result: FileResult, m: CliMessages): string {
  const lines = [m.fileHeader(result.file)];
  if (result.error !== undefined) {
    lines.push(m.unusable(result.error));
    return lines.join("\n");
  }
  if (result.ikuSheets !== undefined && result.ikuSheets.length === 0) lines.push(m.noIkuSheet);
  if (result.findings.length === 0) {
    lines.push(m.noFindings);
    return lines.join("\n");
  }
  const rows = result.findings.map((f) => [
    f.sheet,
    f.cell,
    f.indicator ?? "-",
    m.severity(f.severity),
    f.rule,
    f.message,
  ]);
  const heads = m.tableHeads;
  // The message column is last and unpadded: it is long and wraps in any terminal.
  const widths = heads
    .slice(0, -1)
    .map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cols: string[]) =>
    cols
      .map((c, i) => (i < widths.length ? pad(c, widths[i]) : c))
      .join("  ")
      .trimEnd();
  lines.push(line([...heads]));
  lines.push(line(heads.map((h, i) => "-".repeat(i < widths.length ? widths[i] : h.length))));
  for (const r of rows) lines.push(line(r));
  const errors = result.findings.filter((f) => f.severity === "error").length;
  lines.push(m.fileSummary(errors, result.findings.length - errors));
  return lines.join("\n");
}

export async function runAudit(
  files: readonly string[],
  json: boolean,
  analyse: Analyse,
  m: CliMessages,
  io: AuditIo
): Promise<number> {
  const results: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.err(m.progress(i + 1, files.length, file));
    const result = await auditFile(file, analyse, m);
    results.push(result);
    if (!json) io.out(formatFileTable(result, m) + "\n");
  }
  if (json) {
    // Exactly the documented fields: file, findings, and error for an unusable file.
    const files = results.map(({ file, findings, error }) =>
      error === undefined ? { file, findings } : { file, findings, error }
    );
    io.out(JSON.stringify({ files }, null, 2));
  } else {
    const errors = results.reduce(
      (n, r) => n + r.findings.filter((f) => f.severity === "error").length,
      0
    );
    const all = results.reduce((n, r) => n + r.findings.length, 0);
    const unusable = results.filter((r) => r.error !== undefined).length;
    io.out(m.total(results.length, errors, all - errors, unusable));
  }
  // An unusable file is also named on stderr, so it is seen even when stdout goes to a file.
  for (const r of results) if (r.error !== undefined) io.err(r.error);
  return exitCodeOf(results);
}
