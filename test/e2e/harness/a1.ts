/**
 * Range boxes for the in-page fake workbook (0-based rows and columns inside). Column letters,
 * sheet quoting and splitting come from the add-in's own address module.
 */

import { columnToIndex, indexToColumn } from "../../../src/core/formula-parser/address";

export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Parses a local A1 reference: "A1", "A1:C3", "A:C", "2:5" (with or without $). */
export function parseBox(local: string): Box | null {
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return null;
  const ends = parts.map((p) => {
    const cell = /^([A-Z]{1,3})(\d+)$/.exec(p);
    if (cell) return { r: Number(cell[2]) - 1, c: columnToIndex(cell[1]) };
    if (/^[A-Z]{1,3}$/.test(p)) return { r: null, c: columnToIndex(p) };
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

export function boxAddress(box: Box, absolute = false): string {
  const d = absolute ? "$" : "";
  const cell = (r: number, c: number) => `${d}${indexToColumn(c)}${d}${r + 1}`;
  if (box.r1 === box.r2 && box.c1 === box.c2) return cell(box.r1, box.c1);
  return `${cell(box.r1, box.c1)}:${cell(box.r2, box.c2)}`;
}

export function cellKey(r: number, c: number): string {
  return `${r},${c}`;
}
