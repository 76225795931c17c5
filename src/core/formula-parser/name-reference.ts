import { parseRef, toA1 } from "./address";
import type { ParsedRef } from "./address";

/**
 * How a defined name's reference reads, for everyone who follows a name to its cells: the
 * pane's generate, reads and report, the CLI's update and the workbook index of the checks.
 */

/** Excel compares sheet names (and defined names) without regard to case. */
export function sameSheet(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** A sheet name, quoted ('IKU 2026', '' inside for ') or plain (Sheet1), before its "!". */
const SHEET_PART = /^(?:'((?:[^']|'')+)'|([^'!]+))!/;

/** The cells a name refers to, on a named sheet. */
export type NameRange = ParsedRef & { sheet: string };

/**
 * The sheet and cells of a defined name's formula: ='IKU 2026'!$H$19, Data!$A$1:$B$2 (the
 * leading "=" and the "$" are optional). Undefined for anything else: a name whose sheet was
 * deleted (=#REF!$H$19), a constant, a formula, a union of areas, a reference without a sheet.
 */
export function parseNameRange(refersTo: unknown): NameRange | undefined {
  if (typeof refersTo !== "string") return undefined;
  const trimmed = refersTo.trim();
  const text = trimmed.startsWith("=") ? trimmed.slice(1) : trimmed;
  const m = SHEET_PART.exec(text);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  if (sheet.startsWith("#")) return undefined;
  const local = parseRef(text.slice(m[0].length));
  if (!local || local.sheet !== undefined) return undefined;
  return { sheet, start: local.start, end: local.end };
}

/** A defined name that refers to one cell: its sheet and address without "$" ("H19"). */
export interface NameReference {
  sheet: string;
  address: string;
}

/** The one cell a defined name refers to (see parseNameRange); null for a range or anything else. */
export function parseNameReference(refersTo: unknown): NameReference | null {
  const range = parseNameRange(refersTo);
  if (!range || range.start.row !== range.end.row || range.start.col !== range.end.col) {
    return null;
  }
  return { sheet: range.sheet, address: toA1(range.start) };
}
