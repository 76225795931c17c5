/**
 * The worksheet names the pane saw in its last read of the workbook.
 *
 * The audit needs every sheet's used range, and Office.js gives a used range only on a worksheet
 * object: one reached by name (WorksheetCollection.getItem) or from the loaded sheet list, which
 * needs a sync first. With the names of the last read, the audit asks for the list and every used
 * range in one batch. Nothing here is trusted: a sheet deleted or renamed since fails that batch
 * (getItem: ItemNotFound) and the read starts again from the list; a sheet added since is read in
 * a second sync. So a stale memo costs syncs, never a wrong result.
 */
export class SheetMemo {
  private names: readonly string[] | undefined;
  private cellTotal: number | undefined;

  /** Cells in the used ranges of the last full read (a large workbook is read in batches). */
  get cells(): number | undefined {
    return this.cellTotal;
  }

  rememberCells(cells: number): void {
    this.cellTotal = cells;
  }

  /** The remembered names, or undefined before the first read. */
  get known(): readonly string[] | undefined {
    return this.names;
  }

  remember(names: readonly string[]): void {
    this.names = [...names];
  }

  forget(): void {
    this.names = undefined;
    this.cellTotal = undefined;
  }
}

/** The memo of the task pane's workbook (the pane runs in one workbook for its whole life). */
export const paneSheets = new SheetMemo();
