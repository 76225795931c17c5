import type { Catalogue } from "../catalogue";
import { RESULT_KEYS } from "./formula-text";
import { buildSheetPlan, cellAddress, parseAddress } from "./plan";
import type { SheetPlan } from "./types";

/**
 * Notes staff typed inside the table area of the add-in's sheet: a regenerate clears that area
 * and writes the new layout, so such a note would be lost. Pure: works on what the read found.
 */

/** The old sheet's cells as read (a used range): its top-left address and 2-D contents. */
export interface SheetArea {
  /** Top-left cell of the arrays, e.g. "A1". */
  topLeft: string;
  /** As `range.formulas` reports it: "=…" for formulas, else the constant ("" when empty). */
  formulas: unknown[][];
}

export interface UserNote {
  address: string;
  content: string | number | boolean;
}

/**
 * The non-empty cells of `area` inside `writeArea` (the range the regenerate clears and writes,
 * "A1:T40") that the add-in did not put there and does not keep: not an input or target kept by
 * its defined name (`ownedAddresses`), not a formula (results, capaian and kategori are the
 * add-in's formulas), not the plan's own text (any label the plan writes, wherever the new layout
 * puts it, and the title rows whose text follows the settings). What is left was typed by staff
 * into a label, result or blank cell of the table.
 */
export function findUserNotes(
  plan: SheetPlan,
  previous: SheetPlan | null,
  area: SheetArea,
  writeArea: string,
  ownedAddresses: ReadonlySet<string>,
  oldNames: readonly { name: string; address: string }[] = []
): UserNote[] {
  const oldTable = oldTableCells(oldNames);
  const [from, to] = writeArea.split(":");
  const start = parseAddress(from);
  const end = parseAddress(to ?? from);
  const origin = parseAddress(area.topLeft);
  const planTexts = new Set<string>();
  const planAt = new Map<string, string>();
  const titleCells = new Set<string>();
  for (const cell of plan.cells) {
    // Labels may move with the layout; numbers (the "No" column) count only at their place.
    if (typeof cell.value === "string") planTexts.add(normalize(cell.value));
    if (cell.value !== undefined) planAt.set(cell.address, normalize(cell.value));
    if (cell.role === "title") titleCells.add(cell.address);
  }
  // The old layout's constants at their places; cells that carry the settings (agency name,
  // year) are the add-in's whatever the old settings were.
  const previousText = new Map<string, string>();
  for (const cell of previous?.cells ?? []) {
    if (cell.value === undefined) continue;
    const text = normalize(cell.value);
    const fromSettings =
      text.includes(plan.settings.namaPerangkatDaerah) ||
      text.includes(String(plan.settings.tahun));
    if (cell.role === "title" || fromSettings) titleCells.add(cell.address);
    else previousText.set(cell.address, text);
  }
  const notes: UserNote[] = [];
  area.formulas.forEach((row, i) =>
    row.forEach((content, j) => {
      const r = origin.row + i;
      const c = origin.column + j;
      if (r < start.row || r > end.row || c < start.column || c > end.column) return;
      if (content === null || content === undefined || content === "") return;
      const address = cellAddress(c, r);
      if (ownedAddresses.has(address) || titleCells.has(address)) return;
      if (oldTable.has(address)) return;
      if (typeof content === "string" && content.startsWith("=") && content.length > 1) return;
      if (typeof content === "string" && planTexts.has(normalize(content))) return;
      if (planAt.get(address) === normalize(content)) return;
      if (previousText.get(address) === normalize(content)) return;
      if (
        typeof content !== "string" &&
        typeof content !== "number" &&
        typeof content !== "boolean"
      )
        return;
      notes.push({ address, content });
    })
  );
  return notes;
}

const normalize = (v: unknown): string => String(v).trim();

/** The document's seven columns (No … Sumber Data), as the plan lays them out. */
const DOC_COLUMNS = 7;

/**
 * The cells where an old indicator's table wrote its texts, found by its names: for every code
 * whose HASIL, TARGET, CAPAIAN and KATEGORI names are among `oldNames` (the add-in's names on the
 * old sheet), the document columns of its two rows (No, Sasaran, Indikator, Penjelasan, PJ,
 * Sumber), the label above each of its inputs and its Satuan (right of HASIL). After a Katalog
 * edit the texts there (a name since changed, a removed indicator's labels, a sasaran's number
 * that moved) are the add-in's, though no catalogue it has still writes them. Those cells are
 * locked on the add-in's protected sheet; a result or an unused cell is never one of them.
 */
function oldTableCells(oldNames: readonly { name: string; address: string }[]): Set<string> {
  const at = new Map(oldNames.map((n) => [n.name.toUpperCase(), n.address]));
  const results = Object.values(RESULT_KEYS);
  const cells = new Set<string>();
  for (const [name, hasil] of at) {
    if (!name.endsWith(`_${RESULT_KEYS.hasil}`)) continue;
    const code = name.slice(0, -RESULT_KEYS.hasil.length - 1);
    if (!results.every((key) => at.has(`${code}_${key}`))) continue;
    const { column, row } = parseAddress(hasil);
    for (const r of [row, row + 1])
      for (let c = 1; c <= DOC_COLUMNS; c++) cells.add(cellAddress(c, r));
    cells.add(cellAddress(column + 1, row));
    for (const [other, address] of at) {
      const key = other.slice(code.length + 1);
      if (!other.startsWith(`${code}_`) || (results as string[]).includes(key)) continue;
      const input = parseAddress(address);
      if (input.row === row + 1) cells.add(cellAddress(input.column, row));
    }
  }
  return cells;
}

/**
 * The layout the old sheet was most likely generated with: the catalogue's indicators that have
 * names on it, in the order of their rows, with the new plan's settings. Its constants tell the
 * add-in's old labels (also of indicators since removed or moved) from notes typed by staff.
 */
export function previousLayout(
  plan: SheetPlan,
  catalogue: Catalogue,
  oldNames: readonly { name: string; address: string }[]
): SheetPlan | null {
  const rowOf = new Map<string, number>();
  for (const n of oldNames) {
    // The indicator whose names start with its code (IKU06_PEMBILANG belongs to IKU06).
    const upper = n.name.toUpperCase();
    const code = catalogue.indicators
      .map((i) => i.code.toUpperCase())
      .find((c) => upper.startsWith(`${c}_`));
    if (!code) continue;
    const row = parseAddress(n.address).row;
    rowOf.set(code, Math.min(rowOf.get(code) ?? row, row));
  }
  const indicators = catalogue.indicators
    .filter((i) => rowOf.has(i.code.toUpperCase()))
    .sort((a, b) => (rowOf.get(a.code.toUpperCase()) ?? 0) - (rowOf.get(b.code.toUpperCase()) ?? 0))
    .map((i, order) => ({ ...i, order }));
  if (indicators.length === 0) return null;
  try {
    return buildSheetPlan(plan.settings, { ...catalogue, indicators });
  } catch {
    return null; // an old layout the catalogue cannot rebuild: the new plan's texts still count
  }
}
