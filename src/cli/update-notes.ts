import type { Catalogue } from "../core/catalogue";
import type { SheetGrid } from "../core/grid";
import { parseNameReference, sameSheet } from "../core/formula-parser/name-reference";
import { findUserNotes, previousLayout } from "../core/sheet/notes";
import type { UserNote } from "../core/sheet/notes";
import { columnLetter, parseAddress } from "../core/sheet/plan";
import type { SheetPlan } from "../core/sheet/types";

/**
 * The notes staff typed inside the old table that `iku generate --update` would lose. The pane
 * clears its whole table and asks before removing any note (core/sheet/notes.ts finds them); the
 * update keeps every note in a cell the new table leaves free (the transplant carries it), so
 * only a note where the new table writes a cell, or under one of its merges, would be lost: the
 * update refuses and names those cells, unless --hapus-catatan says to remove them.
 */
export function notesOverwritten(
  plan: SheetPlan,
  catalogue: Catalogue,
  old: { name: string; grid: SheetGrid },
  /** Workbook-scoped names: their name and their reference ("'IKU 2026'!$H$19"). */
  names: readonly { name: string; text: string }[],
  /** The add-in's names, upper case (addinNames). */
  owned: ReadonlySet<string>,
  /** Old cells whose values move into the new table (inputs and targets). */
  consumed: ReadonlySet<string>
): UserNote[] {
  const planNames = new Set(plan.names.map((n) => n.name.toUpperCase()));
  const keptNames = new Set(
    plan.indicators.flatMap((ind) => [...ind.inputs, ind.target].map((c) => c.name.toUpperCase()))
  );
  const end = parseAddress(plan.range.split(":")[1]);
  let maxRow = end.row;
  let maxColumn = end.column;
  // As the pane decides (decideGeneration): the old table's own cells are not notes.
  const ownedAddresses = new Set(consumed);
  const oldNames: { name: string; address: string }[] = [];
  for (const n of names) {
    const upper = n.name.toUpperCase();
    if (!owned.has(upper)) continue;
    const ref = parseNameReference(n.text);
    if (!ref || !sameSheet(ref.sheet, old.name)) continue;
    const { row, column } = parseAddress(ref.address);
    maxRow = Math.max(maxRow, row);
    maxColumn = Math.max(maxColumn, column);
    if (!planNames.has(upper) || keptNames.has(upper)) ownedAddresses.add(ref.address);
    oldNames.push({ name: n.name, address: ref.address });
  }
  const notes = findUserNotes(
    plan,
    previousLayout(plan, catalogue, oldNames),
    { topLeft: old.grid.origin, formulas: old.grid.formulas },
    `A1:${columnLetter(maxColumn)}${maxRow}`,
    ownedAddresses
  );
  const planCells = new Set(plan.cells.map((c) => c.address));
  const merges = plan.merges.map((m) => {
    const [a, b = a] = m.range.split(":");
    return { from: parseAddress(a), to: parseAddress(b) };
  });
  const underMerge = (address: string) => {
    const { row, column } = parseAddress(address);
    return merges.some(
      ({ from, to }) =>
        row >= from.row &&
        row <= to.row &&
        column >= from.column &&
        column <= to.column &&
        !(row === from.row && column === from.column)
    );
  };
  return notes.filter((n) => planCells.has(n.address) || underMerge(n.address));
}
