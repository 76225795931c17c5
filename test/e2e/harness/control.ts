import type { FakeExcel, SheetModel } from "../../fake-excel/fake-excel";
import { uiCalls } from "./office";

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
  /**
   * Sets what formula cells show, their formulas kept, as Excel's calculation would (the fake
   * does not calculate): [address, value] pairs on one sheet.
   */
  showValues(sheet: string, values: [string, string | number | boolean | null][]): void;
  /** Types a value (or a formula starting with "=") into a cell and fires onChanged. */
  type(sheet: string, address: string, content: string | number | boolean | null): Promise<void>;
  typeByName(name: string, content: string | number | boolean | null): Promise<void>;
  syncCount(): number;
  selection(): { sheet: string; address: string } | null;
  cellCount(sheet: string): number;
  /** The conditional formats (the in-sheet marks) on a sheet. */
  conditionalFormats(sheet: string): { address: string; formula: string | null }[];
  /** How many onChanged handlers are registered. */
  changeHandlerCount(): number;
  /** Makes the next context.sync() fail with an Excel error code (e.g. cell-edit mode). */
  failNextSync(code: string): void;
  /** Pages opened through Office.context.ui (openBrowserWindow, displayDialogAsync). */
  uiCalls(): { api: string; url: string }[];
}

export function createControl(excel: FakeExcel): HarnessControl {
  const model = excel.workbook;
  const findSheet = (name: string): SheetModel | undefined =>
    model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  async function type(
    sheetName: string,
    address: string,
    content: string | number | boolean | null
  ) {
    const cell = address.split("$").join("").toUpperCase();
    excel.typeAt(sheetName, cell, content);
    await excel.changed(sheetName, cell);
  }

  function whereIs(name: string) {
    try {
      const t = excel.named(name);
      return { sheet: t.sheet.name, cell: t.address };
    } catch {
      return null;
    }
  }

  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    names: () => model.names.map((n) => ({ name: n.name, formula: n.formula })),
    whereIs,
    cell(sheetName, address) {
      const sheet = findSheet(sheetName);
      if (!sheet) return null;
      const cell = sheet.cells.get(address.split("$").join("").toUpperCase());
      const formula = cell?.formula;
      return {
        value: cell?.value ?? null,
        formula: typeof formula === "string" && formula.startsWith("=") ? formula : null,
      };
    },
    showValues(sheetName, values) {
      const sheet = findSheet(sheetName);
      if (!sheet) throw new Error(`No sheet ${sheetName}`);
      for (const [address, value] of values) {
        const cell = sheet.cells.get(address);
        if (!cell || typeof cell.formula !== "string" || !cell.formula.startsWith("=")) {
          throw new Error(`${sheetName}!${address} holds no formula`);
        }
        cell.value = value ?? "";
      }
    },
    type,
    async typeByName(name, content) {
      const where = whereIs(name);
      if (!where) throw new Error(`No defined name ${name}`);
      await type(where.sheet, where.cell, content);
    },
    syncCount: () => excel.syncs(),
    selection: () => (model.selected ? { sheet: model.active, address: model.selected } : null),
    cellCount: (sheetName) => findSheet(sheetName)?.cells.size ?? 0,
    conditionalFormats: (sheetName) =>
      (findSheet(sheetName)?.conditionalFormats ?? []).map((cf) => ({
        address: cf.address,
        formula: cf.formula,
      })),
    changeHandlerCount: () => [...model.handlers.values()].reduce((n, h) => n + h.length, 0),
    failNextSync(code) {
      model.failNextSyncWith = code;
    },
    uiCalls: () => uiCalls.map((c) => ({ ...c })),
  };
}
