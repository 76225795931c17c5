import { parseNameRange } from "../core/formula-parser/name-reference";
import { MARKER_NAME } from "../core/sheet/plan";
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

/** The IKU sheet's name, from the marker name (one sync). */
async function ikuSheetName(context: Excel.RequestContext): Promise<string | undefined> {
  const marker = context.workbook.names.getItemOrNullObject(MARKER_NAME);
  marker.load("formula");
  await context.sync();
  return marker.isNullObject ? undefined : parseNameRange(marker.formula)?.sheet;
}

/**
 * Calls `handler` after every change on the IKU sheet (the pane debounces). Returns a function
 * that removes the subscription.
 */
export async function subscribeInContext(
  context: Excel.RequestContext,
  handler: () => void
): Promise<HostResult<() => Promise<void>>> {
  const sheetName = await ikuSheetName(context);
  if (!sheetName) return { ok: false, problem: { code: "noIkuSheet" } };
  const registration = context.workbook.worksheets.getItem(sheetName).onChanged.add(async () => {
    handler();
  });
  await context.sync();
  const remove = async () => {
    await Excel.run(registration.context, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
  };
  return { ok: true, value: remove };
}

export const selectCell = (sheet: string, cell: string) =>
  runInExcel((context) => selectCellInContext(context, sheet, cell));

export const subscribeToChanges = (handler: () => void) =>
  runInExcel((context) => subscribeInContext(context, handler));
