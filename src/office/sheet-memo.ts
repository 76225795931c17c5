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
  private yearNames: readonly string[] | undefined;

  /**
   * The add-in's sheets (one per year) of the last read, or undefined before one: "Periksa Data"
   * reads them in the batch that lists the sheets (one seen there that the memo missed costs a
   * second sync).
   */
  get years(): readonly string[] | undefined {
    return this.yearNames;
  }

  rememberYears(names: readonly string[]): void {
    this.yearNames = [...names];
  }

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
    this.yearNames = undefined;
  }
}

/** The memo of the task pane's workbook (the pane runs in one workbook for its whole life). */
export const paneSheets = new SheetMemo();
