import { boxAddress, cellKey, parseBox } from "./a1";
import { findSheet, resolveName, uiCalls, type SheetModel, type WorkbookModel } from "./fake-excel";

/**
 * What the browser test can do to the fake workbook, as a user typing in Excel would: read cells
 * and names, type values or formulas (which fires the sheet's onChanged handlers), count syncs.
 * Exposed as window.__ikuHarness; every function takes and returns plain data.
 */
export interface HarnessControl {
  sheetNames(): string[];
  names(): { name: string; formula: string }[];
  /** The sheet and A1 address (no $) a defined name refers to, or null. */
  whereIs(name: string): { sheet: string; cell: string } | null;
  cell(sheet: string, address: string): { value: unknown; formula: string | null } | null;
  /** Types a value (or a formula starting with "=") into a cell and fires onChanged. */
  type(sheet: string, address: string, content: string | number | boolean | null): Promise<void>;
  typeByName(name: string, content: string | number | boolean | null): Promise<void>;
  syncCount(): number;
  selection(): { sheet: string; address: string } | null;
  cellCount(sheet: string): number;
  /** The conditional formats (the in-sheet marks) on a sheet. */
  conditionalFormats(sheet: string): { address: string; formula: string | null }[];
  /** How many onChanged handlers are registered (sheet and workbook level). */
  changeHandlerCount(): number;
  /** Makes the next context.sync() fail with an Excel error code (e.g. cell-edit mode). */
  failNextSync(code: string): void;
  /** Pages opened through Office.context.ui (openBrowserWindow, displayDialogAsync). */
  uiCalls(): { api: string; url: string }[];
}

export function createControl(model: WorkbookModel): HarnessControl {
  const sheetOf = (name: string): SheetModel => {
    const sheet = findSheet(model, name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  };

  async function fire(sheet: SheetModel, address: string): Promise<void> {
    const args = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      address,
      worksheetId: sheet.id,
    };
    const handlers = [...sheet.changedHandlers, ...model.changedHandlers];
    await Promise.all(handlers.map((h) => Promise.resolve(h(args))));
  }

  async function type(
    sheetName: string,
    address: string,
    content: string | number | boolean | null
  ) {
    const sheet = sheetOf(sheetName);
    const box = parseBox(address);
    if (!box || box.r1 !== box.r2 || box.c1 !== box.c2) throw new Error(`Not one cell: ${address}`);
    const key = cellKey(box.r1, box.c1);
    const cell = sheet.cells.get(key) ?? { value: null, formula: null, numberFormat: "General" };
    if (typeof content === "string" && content.startsWith("=")) {
      cell.formula = content;
      cell.value = null;
    } else {
      cell.formula = null;
      cell.value = content === "" ? null : content;
    }
    sheet.cells.set(key, cell);
    await fire(sheet, boxAddress(box));
  }

  function whereIs(name: string) {
    const item = model.names.get(name.toUpperCase());
    const target = item ? resolveName(model, item) : null;
    return target ? { sheet: target.sheet.name, cell: boxAddress(target.box) } : null;
  }

  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    names: () => [...model.names.values()].map((n) => ({ name: n.name, formula: n.formula })),
    whereIs,
    cell(sheetName, address) {
      const sheet = findSheet(model, sheetName);
      const box = parseBox(address);
      if (!sheet || !box) return null;
      const cell = sheet.cells.get(cellKey(box.r1, box.c1));
      return { value: cell?.value ?? null, formula: cell?.formula ?? null };
    },
    type,
    async typeByName(name, content) {
      const where = whereIs(name);
      if (!where) throw new Error(`No defined name ${name}`);
      await type(where.sheet, where.cell, content);
    },
    syncCount: () => model.syncCount,
    selection: () => model.selection,
    cellCount: (sheetName) => sheetOf(sheetName).cells.size,
    conditionalFormats: (sheetName) =>
      sheetOf(sheetName).conditionalFormats.map((cf) => ({
        address: boxAddress(cf.box),
        formula: cf.formula,
      })),
    changeHandlerCount: () =>
      model.sheets.reduce((n, s) => n + s.changedHandlers.size, model.changedHandlers.size),
    failNextSync(code) {
      model.failNextSyncWith = code;
    },
    uiCalls: () => uiCalls.map((c) => ({ ...c })),
  };
}
