/**
 * A1 addresses and references as plain data. Reference text comes from formula tokens (the
 * tokenizer isolates each reference operand), so this module only splits one operand.
 */

export interface CellPos {
  /** 0-based row. */
  row: number;
  /** 0-based column. */
  col: number;
}

/** A parsed reference: a cell or a rectangular range, optionally on a named sheet. */
export interface ParsedRef {
  /** Sheet name without quotes, or undefined for a reference on the formula's own sheet. */
  sheet?: string;
  start: CellPos;
  end: CellPos;
}

const A = "A".charCodeAt(0);
const Z = "Z".charCodeAt(0);
const ZERO = "0".charCodeAt(0);
const NINE = "9".charCodeAt(0);

export function columnToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - A + 1);
  return n - 1;
}

export function indexToColumn(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(A + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function toA1(pos: CellPos): string {
  return `${indexToColumn(pos.col)}${pos.row + 1}`;
}

/** "$J$12": the absolute form defined names and print titles use. */
export function toAbsoluteA1(pos: CellPos): string {
  return `$${indexToColumn(pos.col)}$${pos.row + 1}`;
}

/** Parses "J12", "$J$12" (case-insensitive); undefined when the text is not one cell address. */
export function parseCell(text: string): CellPos | undefined {
  let i = 0;
  const s = text.toUpperCase();
  if (s[i] === "$") i++;
  const colStart = i;
  while (i < s.length && s.charCodeAt(i) >= A && s.charCodeAt(i) <= Z) i++;
  const letters = s.slice(colStart, i);
  if (letters.length === 0 || letters.length > 3) return undefined;
  if (s[i] === "$") i++;
  const rowStart = i;
  while (i < s.length && s.charCodeAt(i) >= ZERO && s.charCodeAt(i) <= NINE) i++;
  const digits = s.slice(rowStart, i);
  if (digits.length === 0 || i !== s.length || digits[0] === "0") return undefined;
  const col = columnToIndex(letters);
  const row = Number(digits) - 1;
  // Excel's grid: XFD columns, 1,048,576 rows. Anything beyond is a name like "ABCD1".
  if (col > 16383 || row > 1048575) return undefined;
  return { row, col };
}

/** parseCell for addresses the code built itself (sheet plans): a bad one is a bug, so it throws. */
export function parseCellOrThrow(text: string): CellPos {
  const pos = parseCell(text);
  if (!pos) throw new Error(`Not an A1 cell address: ${text}`);
  return pos;
}

/** Splits "'IKU 2026'!$J$12" into the sheet name and the rest ('' quotes unescaped). */
export function splitSheet(text: string): { sheet?: string; local: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).split("''").join("'");
  }
  return { sheet, local: text.slice(bang + 1) };
}

/** Parses a cell or range reference ("J12", "Sheet1!A1:B3", "'IKU 2026'!$J$12"). */
export function parseRef(text: string): ParsedRef | undefined {
  const { sheet, local } = splitSheet(text.trim());
  const colon = local.indexOf(":");
  const first = parseCell(colon < 0 ? local : local.slice(0, colon));
  if (!first) return undefined;
  const second = colon < 0 ? first : parseCell(local.slice(colon + 1));
  if (!second) return undefined;
  return {
    sheet,
    start: { row: Math.min(first.row, second.row), col: Math.min(first.col, second.col) },
    end: { row: Math.max(first.row, second.row), col: Math.max(first.col, second.col) },
  };
}

/** Canonical text of a range: "J12" or "J12:J14" without $. */
export function rangeText(ref: ParsedRef): string {
  const a = toA1(ref.start);
  const b = toA1(ref.end);
  return a === b ? a : `${a}:${b}`;
}

/** Quotes a sheet name for a formula when Excel would ('IKU 2026'!). */
export function quoteSheet(sheet: string): string {
  let plain = sheet.length > 0;
  for (const ch of sheet) {
    const code = ch.toUpperCase().charCodeAt(0);
    const letter = code >= A && code <= Z;
    const digit = code >= ZERO && code <= NINE;
    if (!letter && !digit && ch !== "_" && ch !== ".") plain = false;
  }
  if (plain && parseCell(sheet) === undefined && !(sheet[0] >= "0" && sheet[0] <= "9"))
    return sheet;
  return `'${sheet.split("'").join("''")}'`;
}

/**
 * Always-quoted sheet part of a reference ('IKU 2026', ' doubled). Excel accepts quotes on any
 * name; generated defined names use this form so their text does not depend on the name.
 */
export function quoteSheetAlways(sheet: string): string {
  return `'${sheet.split("'").join("''")}'`;
}

/** Canonical key of a cell for lookups: sheet name upper-cased + "!" + A1. */
export function cellKey(sheet: string, a1: string): string {
  return `${sheet.toUpperCase()}!${a1.toUpperCase()}`;
}
