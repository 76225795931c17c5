import type { GridName } from "../core/grid";
import { markedSheets } from "./read-workbook";
import type { HostResult } from "./api";
import { runInExcel } from "./excel";

/** Taking the user to a cell, and hearing about changes on the IKU sheet. */

/** Selects a cell (and activates its sheet): one sync. */
export async function selectCellInContext(
  context: Excel.RequestContext,
  sheetName: string,
  cell: string
): Promise<HostResult<void>> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
  return { ok: true, value: undefined };
}

/**
 * The add-in's sheets (one per year), from the markers: each sheet's own IKU_LEMBAR, and the
 * workbook's of a one-year workbook made before names were sheet-scoped (one sync).
 */
async function ikuSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(
    "items/name,items/names/items/name,items/names/items/formula,items/names/items/scope"
  );
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const gridNames: GridName[] = names.items.map((n) => ({
    name: n.name,
    refersTo: String(n.formula),
  }));
  for (const sheet of worksheets.items)
    for (const n of sheet.names.items)
      if (n.scope === "Worksheet")
        gridNames.push({ name: n.name, refersTo: String(n.formula), sheet: sheet.name });
  return markedSheets(
    worksheets.items.map((s) => s.name),
    gridNames
  );
}

/**
 * Calls `handler` after every change on an IKU sheet, of any year (the pane debounces). Returns a
 * function that removes the subscriptions.
 */
export async function subscribeInContext(
  context: Excel.RequestContext,
  handler: () => void
): Promise<HostResult<() => Promise<void>>> {
  const sheetNames = await ikuSheetNames(context);
  if (sheetNames.length === 0) return { ok: false, problem: { code: "noIkuSheet" } };
  const registrations = sheetNames.map((name) =>
    context.workbook.worksheets.getItem(name).onChanged.add(async () => {
      handler();
    })
  );
  await context.sync();
  const remove = async () => {
    await Excel.run(registrations[0].context, async (ctx) => {
      for (const registration of registrations) registration.remove();
      await ctx.sync();
    });
  };
  return { ok: true, value: remove };
}

export const selectCell = (sheet: string, cell: string) =>
  runInExcel((context) => selectCellInContext(context, sheet, cell));

export const subscribeToChanges = (handler: () => void) =>
  runInExcel((context) => subscribeInContext(context, handler));
