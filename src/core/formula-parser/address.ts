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
const DOLLAR = "$".charCodeAt(0);
const QUOTE = "'".charCodeAt(0);
/** ASCII letters differ from their capitals by this bit alone. */
const CASE_BIT = 0x20;

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
  return parseCellIn(text, 0, text.length);
}

/**
 * parseCell on text.slice(start, end), without the slice: references are parsed for every
 * defined name and formula reference of each check. Reads character codes (no upper-casing, no
 * substrings); text with characters beyond ASCII, whose upper case can differ in length ("ß"
 * is "SS"), takes the general path.
 */
function parseCellIn(text: string, start: number, end: number): CellPos | undefined {
  let i = start;
  if (i < end && text.charCodeAt(i) === DOLLAR) i++;
  let col = 0;
  const colStart = i;
  for (; i < end; i++) {
    const code = text.charCodeAt(i) & ~CASE_BIT;
    if (code < A || code > Z) break;
    col = col * 26 + (code - A + 1);
  }
  const letters = i - colStart;
  if (i < end && text.charCodeAt(i) === DOLLAR) i++;
  let row = 0;
  const rowStart = i;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < ZERO || code > NINE) break;
    row = row * 10 + (code - ZERO);
  }
  if (i < end) {
    // Not a plain address: anything beyond ASCII needs the upper-cased text.
    for (let j = start; j < end; j++) {
      if (text.charCodeAt(j) > 127) return parseUpperCell(text.slice(start, end).toUpperCase());
    }
    return undefined;
  }
  if (letters === 0 || letters > 3 || i === rowStart || text.charCodeAt(rowStart) === ZERO)
    return undefined;
  col -= 1;
  row -= 1;
  // Excel's grid: XFD columns, 1,048,576 rows. Anything beyond is a name like "ABCD1".
  if (col > 16383 || row > 1048575) return undefined;
  return { row, col };
}

/** parseCell on upper-cased text (the general path). */
function parseUpperCell(s: string): CellPos | undefined {
  let i = 0;
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
  return { sheet: sheetPart(text, bang), local: text.slice(bang + 1) };
}

/** The sheet name before the "!" at `bang`, quotes removed. */
function sheetPart(text: string, bang: number): string {
  if (bang >= 2 && text.charCodeAt(0) === QUOTE && text.charCodeAt(bang - 1) === QUOTE) {
    const inner = text.slice(1, bang - 1);
    return inner.includes("''") ? inner.split("''").join("'") : inner;
  }
  return text.slice(0, bang);
}

/** Parses a cell or range reference ("J12", "Sheet1!A1:B3", "'IKU 2026'!$J$12"). */
export function parseRef(text: string): ParsedRef | undefined {
  const trimmed = text.trim();
  // The local part is parsed in place; the sheet name is cut out only for a reference.
  const bang = trimmed.lastIndexOf("!");
  const localStart = bang + 1;
  const end = trimmed.length;
  const colon = trimmed.indexOf(":", localStart);
  const first = parseCellIn(trimmed, localStart, colon < 0 ? end : colon);
  if (!first) return undefined;
  const second = colon < 0 ? first : parseCellIn(trimmed, colon + 1, end);
  if (!second) return undefined;
  return {
    sheet: bang < 0 ? undefined : sheetPart(trimmed, bang),
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
