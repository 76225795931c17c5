import { fork, type ChildProcess } from "node:child_process";
import type { Finding, WorkbookGrid } from "../core/grid";
import type { CatalogueUsed } from "../core/validate";
import type { CliMessages } from "./messages";

/**
 * `iku audit`: reads every file (an unusable one is reported and skipped, never stops the
 * run), runs the core's analysis on it and prints a table per file or one JSON object, each
 * file's result written as soon as it is known. Run from the command line, each file is read
 * in its own child process with its own memory cap and time limit, so a file that exhausts
 * memory or stalls loses only its own result.
 */

/** Rule of the finding given to a workbook that has no IKU sheet (nothing was checked). */
export const NO_IKU_SHEET_RULE = "workbook.noIkuSheet";

/** The analysis of one workbook: input validation and formula audit from src/core. */
export type Analyse = (grid: WorkbookGrid) => {
  findings: Finding[];
  ikuSheets: string[];
  /** The catalogue the file was checked with (its own Katalog IKU sheet, or the built-in one). */
  catalogue?: CatalogueUsed;
};

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
  /** The catalogue the file was checked with. */
  catalogue?: CatalogueUsed;
}

export interface AuditIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;
/** Some readable file had no IKU sheet, so nothing in it was checked. */
export const EXIT_NO_IKU_SHEET = 3;

/** How each file is audited in a child process (absent: in this process, as the tests do). */
export interface WorkerSpec {
  /** The script this CLI was started from (bin/iku.js or the compiled bundle). */
  entry: string;
  /** Node options of this process (e.g. a loader), passed on to the child. */
  execArgv: string[];
  env: NodeJS.ProcessEnv;
  memoryMb: number;
  timeoutSeconds: number;
}

/** The hidden first argument that makes the entry script audit one file as a child. */
export const WORKER_MODE = "__audit-worker";

export { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS } from "./limits";

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
  // Loaded here, not at the top: the parent of the audit workers never reads a workbook. The
  // grid is read from the sheets' XML (xlsx-package.ts): an audit never loads exceljs.
  const { FileProblem, loadWorkbookFile } = await import("./xlsx-package");
  try {
    const { grid } = await loadWorkbookFile(file);
    const analysis = analyse(grid);
    const findings = analysis.findings.map(toJson);
    const { catalogue } = analysis;
    // A Katalog with mistakes: its findings (each with its cell) and nothing else were checked,
    // so the file counts as one that cannot be used until the Katalog is fixed (exit 2).
    if (catalogue?.source === "katalog" && catalogue.indicators === undefined) {
      return {
        file,
        findings,
        catalogue,
        error: m.katalogBroken(file, catalogue.sheet, findings.length),
      };
    }
    if (analysis.ikuSheets.length === 0) {
      findings.unshift({
        sheet: "",
        cell: "",
        indicator: null,
        rule: NO_IKU_SHEET_RULE,
        severity: "error",
        message: m.noIkuSheet,
      });
    }
    return { file, findings, ikuSheets: analysis.ikuSheets, catalogue };
  } catch (e) {
    if (e instanceof FileProblem)
      return { file, findings: [], error: m.fileProblem(e.code, file, e.detail) };
    // A bug in the analysis must not hide the other files' results, nor show a stack trace.
    return {
      file,
      findings: [],
      error: m.internalError(e instanceof Error ? e.message : String(e)),
    };
  }
}

function hasNoIkuSheet(r: FileResult): boolean {
  return r.findings.some((f) => f.rule === NO_IKU_SHEET_RULE);
}

/** 2 (a file unusable) wins over 3 (a file with nothing to check), which wins over 1. */
export function exitCodeOf(results: readonly FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return EXIT_UNUSABLE;
  if (results.some(hasNoIkuSheet)) return EXIT_NO_IKU_SHEET;
  if (results.some((r) => r.findings.some((f) => f.severity === "error"))) return EXIT_FINDINGS;
  return EXIT_OK;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** A plain-text table of one file's findings, columns sized to their content. */
export function formatFileTable(result: FileResult, m: CliMessages): string {
  const lines = [m.fileHeader(result.file)];
  const cat = result.catalogue;
  if (cat) lines.push(m.auditCatalogue(cat, cat.indicators));
  if (result.error !== undefined) {
    lines.push(m.unusable(result.error));
    // A broken Katalog's findings are listed: each says which cell to fix.
    if (result.findings.length === 0) return lines.join("\n");
  }
  if (result.error === undefined && hasNoIkuSheet(result)) {
    lines.push(m.noIkuSheet);
    return lines.join("\n");
  }
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

/**
 * Audits files in a child process (the entry script in WORKER_MODE) with its own heap cap and a
 * time limit per file. The child answers each file with its FileResult over IPC; a child that
 * dies without answering (heap exhausted, killed at the time limit, crashed) becomes that file's
 * error, never the run's, and the next file gets a fresh child. One child serves the files in
 * turn, so the start-up cost is paid once, not per file.
 */
export class AuditWorker {
  private child: ChildProcess | undefined;

  constructor(
    private readonly spec: WorkerSpec,
    private readonly m: CliMessages
  ) {}

  audit(file: string): Promise<FileResult> {
    const { spec, m } = this;
    const child = (this.child ??= fork(spec.entry, [WORKER_MODE], {
      execArgv: [...spec.execArgv, `--max-old-space-size=${spec.memoryMb}`],
      env: spec.env,
      // The child's own output (V8's out-of-memory report) is not the user's business.
      stdio: ["ignore", "ignore", "ignore", "ipc"],
      serialization: "json",
    }));
    return new Promise((resolve) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill("SIGKILL");
      }, spec.timeoutSeconds * 1000);
      const done = (result: FileResult) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        child.off("error", onError);
        resolve(result);
      };
      const onMessage = (msg: unknown) => {
        const result = msg as FileResult;
        if (result && result.file === file) done(result);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        this.child = undefined;
        let error: string;
        if (timedOut) error = m.fileProblem("timedOut", file, String(spec.timeoutSeconds));
        else if (code === 134 || signal === "SIGABRT" || signal === "SIGKILL" || code === 137)
          error = m.fileProblem("outOfMemory", file, String(spec.memoryMb));
        else error = m.internalError(`exit ${code ?? signal ?? "?"}`);
        done({ file, findings: [], error });
      };
      const onError = (e: Error) => {
        this.child = undefined;
        child.kill("SIGKILL");
        done({ file, findings: [], error: m.internalError(e.message) });
      };
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.on("error", onError);
      child.send({ file });
    });
  }

  /** Stops the child (at the end of the run, or when the output is closed). */
  close(): void {
    this.child?.kill("SIGKILL");
    this.child = undefined;
  }
}

/** The child side of AuditWorker: audits each file it is sent until the parent goes away. */
export function runAuditWorker(analyse: Analyse, m: CliMessages): Promise<number> {
  return new Promise((resolve) => {
    process.on("message", (msg: { file?: string }) => {
      if (typeof msg?.file !== "string") return;
      void auditFile(msg.file, analyse, m).then((result) => process.send?.(result));
    });
    process.on("disconnect", () => resolve(0));
  });
}

/** One file's entry in the JSON output: exactly the documented fields. */
function jsonEntry({ file, findings, error, catalogue }: FileResult): object {
  return {
    file,
    ...(catalogue ? { catalogue } : {}),
    findings,
    ...(error === undefined ? {} : { error }),
  };
}

export async function runAudit(
  files: readonly string[],
  json: boolean,
  analyse: Analyse,
  m: CliMessages,
  io: AuditIo,
  worker?: AuditWorker
): Promise<number> {
  const results: FileResult[] = [];
  // The JSON object is written as it grows, so the results of the files done so far are out
  // even if the run is stopped; it is one valid object once the run ends.
  if (json) io.out('{"files": [');
  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.err(m.progress(i + 1, files.length, file));
    const result = worker ? await worker.audit(file) : await auditFile(file, analyse, m);
    results.push(result);
    if (json) {
      // One line per file, the comma leading, so each line is final when written.
      io.out(`${i > 0 ? "," : ""}${JSON.stringify(jsonEntry(result))}`);
    } else io.out(formatFileTable(result, m) + "\n");
  }
  worker?.close();
  if (json) {
    io.out("]}");
  } else {
    const errors = results.reduce(
      (n, r) => n + r.findings.filter((f) => f.severity === "error").length,
      0
    );
    const all = results.reduce((n, r) => n + r.findings.length, 0);
    const unusable = results.filter((r) => r.error !== undefined).length;
    const unchecked = results.filter(hasNoIkuSheet).map((r) => r.file);
    io.out(m.total(results.length, errors, all - errors, unusable));
    if (unchecked.length > 0) io.out(m.noIkuSheetFiles(unchecked));
  }
  // An unusable file is also named on stderr, so it is seen even when stdout goes to a file.
  for (const r of results) if (r.error !== undefined) io.err(r.error);
  return exitCodeOf(results);
}
