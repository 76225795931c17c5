import { REPORT_SHEET } from "../core/report-sheet";
import type { HostActions, HostApi, HostInfo, HostResult } from "./api";
import { classifyOfficeError } from "./excel";
import { openHelpPage, readPreference, writePreference } from "./shell";

/*
 * Assembles the HostApi the task pane uses from the Excel operations of generate.ts, check.ts,
 * ringkasan.ts, write-report.ts and navigate.ts. Each operation runs its own Excel.run batch; anything that
 * still throws becomes a HostProblem here, so the pane never sees an exception from Excel.
 *
 * Those modules (analysis.ts), with what only they need, are one webpack chunk, "analysis": the
 * first screen (the Generate tab) is drawn without it. The pane asks for it after its first paint (the start-up read of the sheet
 * list) or at the first click, whichever comes first; it is served with the pane, so it loads
 * offline too.
 */

type AnalysisModules = typeof import("./analysis");

let analysisChunk: Promise<AnalysisModules> | undefined;

/** The analysis chunk, requested once; a failed load is tried again at the next use. */
export function loadAnalysis(): Promise<AnalysisModules> {
  analysisChunk ??= import(/* webpackChunkName: "analysis" */ "./analysis").catch((e: unknown) => {
    analysisChunk = undefined;
    throw e;
  });
  return analysisChunk;
}

/** Resolves after the next frame has been painted (or after a second, if frames are paused). */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    if (typeof requestAnimationFrame !== "function") return;
    // rAF runs before the paint; a task queued from it runs after.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0)
    );
  });
}

/**
 * The Excel operations the host delegates to: the pane's actions (which may throw) and the
 * start-up read that learns the sheet list ahead of the first audit, so it reads in one batch.
 */
export type ExcelOperations = HostActions & { rememberSheets(): Promise<HostResult<void>> };

function notInExcel<T>(): Promise<HostResult<T>> {
  return Promise.resolve({ ok: false, problem: { code: "notInExcel" } });
}

/** A HostApi for a plain browser: the pane renders, every action answers notInExcel. */
export function unavailableHost(displayLanguage: string): HostApi {
  const info: HostInfo = {
    inExcel: false,
    host: null,
    platform: null,
    displayLanguage,
    customFunctions: false,
  };
  return {
    info: () => info,
    generate: () => notInExcel(),
    validate: () => notInExcel(),
    audit: () => notInExcel(),
    ringkasan: () => notInExcel(),
    writeAuditReport: () => notInExcel(),
    createKatalog: () => notInExcel(),
    createLkjip: () => notInExcel(),
    addLkjipCharts: () => notInExcel(),
    writeRenstra: () => notInExcel(),
    selectCell: () => notInExcel(),
    onSheetChanged: () => notInExcel(),
    openHelp: openHelpPage,
    getPreference: readPreference,
    setPreference: writePreference,
  };
}

/** Where the pane runs, from Office.context; never throws. */
export function readHostInfo(): HostInfo {
  const ctx = typeof Office !== "undefined" ? Office.context : undefined;
  let customFunctions = false;
  let undo: boolean | undefined;
  try {
    customFunctions = Boolean(ctx?.requirements?.isSetSupported("CustomFunctionsRuntime", "1.1"));
    undo = Boolean(ctx?.requirements?.isSetSupported("ExcelApi", "1.20"));
  } catch {
    customFunctions = false; // older hosts without the requirements API
  }
  let host: string = "Excel";
  let platform: string | null = null;
  try {
    // diagnostics is missing on some older hosts; Office.context.platform is the fallback.
    host = String(ctx?.diagnostics?.host ?? "Excel");
    const p = ctx?.diagnostics?.platform ?? ctx?.platform ?? null;
    platform = p === null ? null : String(p);
  } catch {
    platform = null;
  }
  return {
    inExcel: true,
    host,
    platform,
    displayLanguage: ctx?.displayLanguage || "id-ID",
    customFunctions,
    ...(undo === undefined ? {} : { undo }),
  };
}

/**
 * Runs an operation; a throw (synchronous or not: Excel.run, context.sync, a failed chunk load)
 * becomes a HostProblem. The one place where exceptions turn into problems: Office code below
 * lets them through, the pane above never sees one.
 */
async function guard<T>(
  action: () => Promise<HostResult<T>>,
  sheet?: string
): Promise<HostResult<T>> {
  try {
    return await action();
  } catch (e) {
    return { ok: false, problem: classifyOfficeError(e, sheet) };
  }
}

/** Loads a part of the pane on demand (a chunk), a failed load as a HostProblem. */
export function loadOnDemand<T>(load: () => Promise<T>): Promise<HostResult<T>> {
  return guard(async () => ({ ok: true, value: await load() }));
}

/** Builds the host from the given operations (tests pass fakes; the pane passes the real ones). */
export function createExcelHostWith(ops: ExcelOperations): HostApi {
  let info: HostInfo | undefined;
  // Ahead of any click; its result only decides whether the first audit takes one sync or two
  // (the audit reads correctly either way), so a failure here has nothing to show the user.
  void guard(() => ops.rememberSheets());
  return {
    info() {
      if (!info) {
        try {
          info = readHostInfo();
        } catch {
          info = { ...unavailableHost("id-ID").info(), inExcel: true, host: "Excel" };
        }
      }
      return info;
    },
    generate: (settings, options) =>
      guard(() => ops.generate(settings, options), settings.sheetName),
    validate: (onProgress) => guard(() => ops.validate(onProgress)),
    audit: (onProgress) => guard(() => ops.audit(onProgress)),
    ringkasan: (onProgress) => guard(() => ops.ringkasan(onProgress)),
    writeAuditReport: (outcome) => guard(() => ops.writeAuditReport(outcome), REPORT_SHEET),
    // The sheet of a refusal is named by the operation (katalog.ts), in the analysis chunk.
    createKatalog: (content, options) => guard(() => ops.createKatalog(content, options)),
    createLkjip: (tahun) => guard(() => ops.createLkjip(tahun)),
    addLkjipCharts: (tahun, indicator) => guard(() => ops.addLkjipCharts(tahun, indicator)),
    writeRenstra: (request) => guard(() => ops.writeRenstra(request)),
    selectCell: (sheet, cell) => guard(() => ops.selectCell(sheet, cell), sheet),
    onSheetChanged: (handler) => guard(() => ops.onSheetChanged(handler)),
    openHelp: openHelpPage,
    getPreference: readPreference,
    setPreference: writePreference,
  };
}

/** The HostApi of the pane inside Excel. */
export function createExcelHost(): HostApi {
  return createExcelHostWith({
    generate: (settings, options) =>
      loadAnalysis().then((m) => m.generate.generateFromSettings(settings, options)),
    validate: (onProgress) => loadAnalysis().then((m) => m.check.validateWorkbook(onProgress)),
    audit: (onProgress) => loadAnalysis().then((m) => m.check.auditWorkbook(onProgress)),
    ringkasan: (onProgress) => loadAnalysis().then((m) => m.ringkasan.readRingkasan(onProgress)),
    writeAuditReport: (outcome) => loadAnalysis().then((m) => m.report.writeAuditReport(outcome)),
    createKatalog: (content, options) =>
      loadAnalysis().then((m) => m.katalog.createKatalog(content, options)),
    createLkjip: (tahun) => loadAnalysis().then((m) => m.lkjip.createLkjip(tahun)),
    addLkjipCharts: (tahun, indicator) =>
      loadAnalysis().then((m) => m.lkjip.addLkjipCharts(tahun, indicator)),
    writeRenstra: (request) => loadAnalysis().then((m) => m.renstra.writeRenstra(request)),
    selectCell: (sheet, cell) => loadAnalysis().then((m) => m.navigate.selectCell(sheet, cell)),
    onSheetChanged: (handler) => loadAnalysis().then((m) => m.navigate.subscribeToChanges(handler)),
    rememberSheets: () =>
      afterFirstPaint()
        .then(loadAnalysis)
        .then((m) => m.check.rememberSheets()),
  });
}
