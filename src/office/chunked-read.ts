import { parseRef, splitSheet } from "../core/formula-parser/address";
import type { GridValue, SheetGrid } from "../core/grid";
import { columnLetter } from "../core/sheet/plan";
import type { ReadProgress } from "./api";
import { officeErrorInfo } from "./excel";

/**
 * Reads the values and formulas of used ranges in batches whose responses stay under Excel on
 * the web's 5 MB limit (ResponsePayloadSizeLimitExceeded), whatever the workbook's size.
 *
 * The ranges are cut into rectangles of at most `cellsPerBatch` cells (whole rows when a row
 * fits, else runs of columns) and read a batch of rectangles per sync. The budget is a cell
 * count, since a response's size is known only once it is refused: values plus formulas of
 * 100,000 cells of numbers and short texts are about 2–3 MB of JSON. A batch refused all the
 * same is cut in halves and read again (the budget halves for the rest of the read), down to
 * single cells. The caller is told the progress in cells after every batch.
 */

/** Cells read per sync at first (values and formulas of each). */
export const CELLS_PER_BATCH = 100_000;

export type { ReadProgress };
export type OnProgress = (progress: ReadProgress) => void;

/** Whether an error is Excel refusing a request or a response over its size limit. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = officeErrorInfo(e).code;
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "PayloadTooLarge"
  );
}

/** A used range to read: its sheet and its address ("'IKU 2026'!A1:Q53"). */
export interface UsedRangeRef {
  sheet: string;
  address: string;
}

/** A rectangle of a used range, 1-based absolute rows and columns. */
interface Rect {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

interface Box {
  origin: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The box of a used-range address; throws for anything that is not a cell or a cell range. */
export function boxOf(address: string): Box {
  const ref = parseRef(splitSheet(address).local);
  if (!ref) throw new Error(`Not a range address: ${address}`);
  const r1 = ref.start.row + 1;
  const c1 = ref.start.col + 1;
  const r2 = ref.end.row + 1;
  const c2 = ref.end.col + 1;
  return {
    origin: `${columnLetter(c1)}${r1}`,
    row: r1,
    column: c1,
    rows: r2 - r1 + 1,
    columns: c2 - c1 + 1,
  };
}

/** Cuts a rectangle into pieces of at most `cells` cells: row bands, or column runs of a row. */
function cut(rect: Rect, cells: number): Rect[] {
  if (rect.rows * rect.columns <= cells) return [rect];
  const out: Rect[] = [];
  if (rect.columns <= cells) {
    const band = Math.max(1, Math.floor(cells / rect.columns));
    for (let r = 0; r < rect.rows; r += band) {
      out.push({ ...rect, row: rect.row + r, rows: Math.min(band, rect.rows - r) });
    }
    return out;
  }
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.columns; c += cells) {
      out.push({
        ...rect,
        row: rect.row + r,
        rows: 1,
        column: rect.column + c,
        columns: Math.min(cells, rect.columns - c),
      });
    }
  }
  return out;
}

function rectAddress(rect: Rect): string {
  const start = `${columnLetter(rect.column)}${rect.row}`;
  const end = `${columnLetter(rect.column + rect.columns - 1)}${rect.row + rect.rows - 1}`;
  return start === end ? start : `${start}:${end}`;
}

/**
 * Reads every given used range in batches; returns the sheets' grids by name. Syncs: one per
 * batch (a refused batch adds one). A sheet deleted or renamed meanwhile fails the batch with
 * ItemNotFound, which the caller turns into a fresh read.
 */
export async function readUsedRangesInBatches(
  context: Excel.RequestContext,
  ranges: readonly UsedRangeRef[],
  onProgress?: OnProgress,
  cellsPerBatch = CELLS_PER_BATCH
): Promise<Map<string, SheetGrid>> {
  const grids = new Map<string, { box: Box; values: GridValue[][]; formulas: GridValue[][] }>();
  let pending: Rect[] = [];
  let total = 0;
  for (const { sheet, address } of ranges) {
    const box = boxOf(address);
    const empty = () => Array.from({ length: box.rows }, () => Array<GridValue>(box.columns));
    grids.set(sheet, { box, values: empty(), formulas: empty() });
    total += box.rows * box.columns;
    pending.push({ sheet, row: box.row, column: box.column, rows: box.rows, columns: box.columns });
  }
  let budget = Math.max(1, cellsPerBatch);
  pending = pending.flatMap((r) => cut(r, budget));
  let done = 0;
  onProgress?.({ done, total });

  // One batch per call: a recursion rather than a loop, so each sync is visibly one batch of
  // many ranges (never one per cell); its depth is the number of batches.
  const readBatch = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch: Rect[] = [];
    let cells = 0;
    while (pending.length > 0) {
      const next = pending[0];
      const size = next.rows * next.columns;
      if (batch.length > 0 && cells + size > budget) break;
      batch.push(next);
      pending.shift();
      cells += size;
    }
    const loaded = batch.map((rect) => {
      const range = context.workbook.worksheets.getItem(rect.sheet).getRange(rectAddress(rect));
      range.load("values,formulas");
      return { rect, range };
    });
    try {
      await context.sync();
    } catch (e) {
      const single = batch.length === 1 && batch[0].rows * batch[0].columns === 1;
      if (!isPayloadTooLarge(e) || single) throw e;
      // Refused: halve the budget and read the same cells in smaller pieces.
      budget = Math.max(1, Math.floor(cells / 2));
      pending = [...batch.flatMap((r) => cut(r, budget)), ...pending];
      return readBatch();
    }
    for (const { rect, range } of loaded) {
      const grid = grids.get(rect.sheet)!;
      const values = range.values as GridValue[][];
      const formulas = range.formulas as GridValue[][];
      for (let i = 0; i < rect.rows; i++) {
        const row = rect.row - grid.box.row + i;
        for (let j = 0; j < rect.columns; j++) {
          const column = rect.column - grid.box.column + j;
          grid.values[row][column] = values[i][j];
          grid.formulas[row][column] = formulas[i][j];
        }
      }
      done += rect.rows * rect.columns;
    }
    onProgress?.({ done, total });
    return readBatch();
  };
  await readBatch();

  return new Map(
    [...grids].map(([sheet, g]) => [
      sheet,
      { name: sheet, origin: g.box.origin, values: g.values, formulas: g.formulas },
    ])
  );
}
