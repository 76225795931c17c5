/** A1 address helpers for the in-page fake workbook (0-based rows and columns inside). */

export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Splits "'IKU 2026'!$A$1:B2" into sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses a local A1 reference: "A1", "A1:C3", "A:C", "2:5" (with or without $). */
export function parseBox(local: string): Box | null {
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return null;
  const ends = parts.map((p) => {
    const cell = /^([A-Z]{1,3})(\d+)$/.exec(p);
    if (cell) return { r: Number(cell[2]) - 1, c: columnIndex(cell[1]) };
    if (/^[A-Z]{1,3}$/.test(p)) return { r: null, c: columnIndex(p) };
    if (/^\d+$/.test(p)) return { r: Number(p) - 1, c: null };
    return undefined;
  });
  if (ends.some((e) => e === undefined)) return null;
  const [a, b] = [ends[0]!, ends[ends.length - 1]!];
  const box: Box = {
    r1: a.r ?? 0,
    c1: a.c ?? 0,
    r2: b.r ?? MAX_ROWS - 1,
    c2: b.c ?? MAX_COLUMNS - 1,
  };
  if (box.r1 > box.r2) [box.r1, box.r2] = [box.r2, box.r1];
  if (box.c1 > box.c2) [box.c1, box.c2] = [box.c2, box.c1];
  return box;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxAddress(box: Box, absolute = false): string {
  const d = absolute ? "$" : "";
  const cell = (r: number, c: number) => `${d}${columnLetters(c)}${d}${r + 1}`;
  if (box.r1 === box.r2 && box.c1 === box.c2) return cell(box.r1, box.c1);
  return `${cell(box.r1, box.c1)}:${cell(box.r2, box.c2)}`;
}

export function cellKey(r: number, c: number): string {
  return `${r},${c}`;
}
