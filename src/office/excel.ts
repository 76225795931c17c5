import type { HostProblem, HostResult } from "./api";

/**
 * Small Office helpers shared by the host code (generate, validate, audit): classifying Office.js
 * errors as HostProblem codes (for host.ts's guard and generate's restore), running a batch in
 * Excel, and suspending recalculation and screen updating for one write.
 */

/** What an Office.js error (OfficeExtension.Error) carries, read without relying on its class. */
export interface OfficeErrorInfo {
  /** e.g. "InvalidOperationInCellEditMode", "AccessDenied"; "" when not an Office error. */
  code: string;
  message: string;
  /** debugInfo.errorLocation, e.g. "WorksheetProtection.unprotect". */
  location: string;
}

function field(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === "object"
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

export function officeErrorInfo(e: unknown): OfficeErrorInfo {
  const debugInfo = field(e, "debugInfo");
  const code = field(e, "code") ?? field(debugInfo, "code");
  const message = field(e, "message") ?? field(debugInfo, "message");
  const location = field(debugInfo, "errorLocation");
  return {
    code: typeof code === "string" ? code : "",
    message: typeof message === "string" ? message : String(e),
    location: typeof location === "string" ? location : "",
  };
}

/** Codes Excel uses when a request or a response is over the 5 MB limit of Excel on the web. */
const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "PayloadTooLarge",
]);

/**
 * The HostProblem for an error thrown by Excel.run / context.sync. `sheet` names the sheet the
 * failed operation worked on, for the message.
 */
export function classifyOfficeError(e: unknown, sheet?: string): HostProblem {
  const info = officeErrorInfo(e);
  const detail = [info.code, info.message, info.location].filter(Boolean).join(" · ");
  const problem = (code: HostProblem["code"]): HostProblem =>
    sheet === undefined ? { code, detail } : { code, sheet, detail };
  if (info.code === "InvalidOperationInCellEditMode") return problem("cellEditMode");
  if (PAYLOAD_CODES.has(info.code)) return problem("payloadTooLarge");
  // Unprotecting a password-protected sheet without its password, or writing to a protected
  // sheet: Excel reports AccessDenied (or names the protection object as the location).
  if (
    info.code === "AccessDenied" ||
    /protection/i.test(info.location) ||
    /protected/i.test(info.message)
  ) {
    return problem("sheetProtected");
  }
  return problem("unknown");
}

/** Whether the Excel API requirement set is available (true outside Office, e.g. in tests). */
export function excelApiSupported(version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/**
 * Suspends calculation and screen updating until the next sync, so a large write is applied
 * once and recalculated once. Each only where its API set exists (1.6 and 1.9).
 */
export function suspendUntilNextSync(context: Excel.RequestContext): void {
  if (excelApiSupported("1.6")) context.application.suspendApiCalculationUntilNextSync();
  if (excelApiSupported("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
}

/** Whether Excel's JavaScript API is present (false in a plain browser and in Node). */
export function excelAvailable(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

/**
 * Runs a batch in Excel (notInExcel without Excel's API). What the batch throws is let through:
 * the host (host.ts) turns it into a HostProblem, in one place.
 */
export function runInExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<HostResult<T>>
): Promise<HostResult<T>> {
  if (!excelAvailable()) return Promise.resolve({ ok: false, problem: { code: "notInExcel" } });
  return Excel.run(batch);
}
