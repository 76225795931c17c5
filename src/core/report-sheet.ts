/**
 * The name of the "Audit IKU" report sheet, on its own so the pane's first bundle can name the
 * sheet in a problem without loading the report (report.ts, in the analysis chunk).
 */
export const REPORT_SHEET = "Audit IKU";
