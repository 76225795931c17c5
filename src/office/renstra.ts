import { workbookCatalogue } from "../core/katalog/workbook";
import { KATALOG_SHEET } from "../core/katalog/layout";
import { sameSheet } from "../core/formula-parser/name-reference";
import type { GridValue, SheetGrid } from "../core/grid";
import { buildRenstraPlan, findRenstra, RENSTRA_SHEET } from "../core/sakip/renstra";
import type { FoundRenstra, Periode, RenstraPlan } from "../core/sakip/renstra";
import { findUserNotes } from "../core/sheet/notes";
import type { UserNote } from "../core/sheet/notes";
import { columnLetter, parseAddress } from "../core/sheet/plan";
import type { HostResult } from "./api";
import { classifyOfficeError, runInExcel, suspendUntilNextSync } from "./excel";
import {
  ADDIN_PROTECTION,
  addressLists,
  applyStyle,
  planArrays,
  queueLayout,
  queuePrintSetup,
  styleAreas,
} from "./generate";
import { officeLanguage } from "./shell";

/**
 * The Target Renstra sheet in Excel (src/core/sakip/renstra.ts plans it): added, or made again
 * with another period or after a Katalog edit, every typed value kept by its name. Its names are
 * the sheet's own (Worksheet.names, sheet-scoped). Nothing typed is lost without asking: a value
 * the new sheet has no place for (a year outside the new period) and a note typed inside the
 * table are listed (a userNotes problem) and removed only when the user agrees.
 * Syncs: one read, one write; making an existing sheet again reads its own names in between.
 */

export interface RenstraRequest {
  periode: Periode;
  /** The user agreed to remove the values and notes a userNotes problem listed. */
  removeNotes?: boolean;
}

export interface RenstraOutcome {
  sheet: string;
  created: boolean;
  indicators: number;
  periode: Periode;
  /** Typed values carried over. */
  kept: number;
  /** Years whose targets moved to other cells: their year sheets must be generated again. */
  relink: number[];
}

const TYPED = /_(AWAL|AKHIR|MULAI|SELESAI|TARGET_\d{4})$/;

const topLeftOf = (address: string) =>
  address
    .slice(address.lastIndexOf("!") + 1)
    .split(":")[0]
    .replace(/\$/g, "");

/** What the write keeps, loses and must ask about, from what the read found. Pure. */
export function decideRenstra(
  plan: RenstraPlan,
  found: FoundRenstra | undefined,
  area: { topLeft: string; formulas: GridValue[][] } | null,
  previous: RenstraPlan | null
): { kept: Map<string, unknown>; asks: UserNote[]; clear: string; relink: number[] } {
  const kept = new Map<string, unknown>();
  const asks: UserNote[] = [];
  const owned = new Set<string>();
  const end = parseAddress(plan.range.split(":")[1]);
  let maxRow = end.row;
  let maxColumn = end.column;
  const relink = new Set<number>();
  if (found && area) {
    const origin = parseAddress(area.topLeft);
    const at = (address: string): GridValue => {
      const p = parseAddress(address);
      return area.formulas[p.row - origin.row]?.[p.column - origin.column] ?? "";
    };
    const newAt = new Map(
      plan.cells.filter((c) => c.name).map((c) => [(c.name as string).toUpperCase(), c.address])
    );
    for (const [name, address] of found.addresses) {
      const p = parseAddress(address);
      maxRow = Math.max(maxRow, p.row);
      maxColumn = Math.max(maxColumn, p.column);
      if (!TYPED.test(name)) continue;
      owned.add(address);
      const target = newAt.get(name);
      if (target !== undefined && target !== address && /_TARGET_\d{4}$/.test(name))
        relink.add(Number(name.slice(-4)));
      const value = at(address);
      if (value === "" || value === null) continue;
      if (target !== undefined) kept.set(target, value);
      else asks.push({ address, content: value });
    }
    if (previous) {
      const old = parseAddress(previous.range.split(":")[1]);
      maxRow = Math.max(maxRow, old.row);
      maxColumn = Math.max(maxColumn, old.column);
    }
    const clear = `A1:${columnLetter(maxColumn)}${maxRow}`;
    asks.push(...findUserNotes(plan, previous, area, clear, owned));
  }
  return {
    kept,
    asks,
    clear: `A1:${columnLetter(maxColumn)}${maxRow}`,
    relink: [...relink].sort((a, b) => a - b),
  };
}

export async function writeRenstraInContext(
  context: Excel.RequestContext,
  request: RenstraRequest
): Promise<HostResult<RenstraOutcome>> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  // Each sheet's own names come with the list (a nested load, ExcelApi 1.4): no second read.
  sheets.load(
    "items/name,items/protection/protected," +
      "items/names/items/name,items/names/items/formula,items/names/items/scope"
  );
  const names = workbook.names;
  names.load("items/name,items/formula");
  const katalog = sheets.getItemOrNullObject(KATALOG_SHEET).getUsedRangeOrNullObject(true);
  katalog.load("address,values,formulas");
  const used = sheets.getItemOrNullObject(RENSTRA_SHEET).getUsedRangeOrNullObject();
  used.load("address,formulas");
  await context.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  const existing = sheets.items.find((s) => sameSheet(s.name, RENSTRA_SHEET));
  // Excel on the web lists workbook names in a sheet's collection too (office-js#1011).
  const own = (existing?.names.items ?? []).filter((n) => n.scope === "Worksheet");
  const all = [...names.items, ...own].map((n) => ({
    name: n.name,
    refersTo: String(n.formula ?? ""),
  }));
  const found = findRenstra(all, sheetNames);
  if (existing && !found)
    return { ok: false, problem: { code: "foreignSheet", sheet: existing.name } };

  const katalogSheets: SheetGrid[] = katalog.isNullObject
    ? []
    : [
        {
          name: KATALOG_SHEET,
          origin: topLeftOf(katalog.address),
          values: katalog.values as GridValue[][],
          formulas: katalog.formulas as GridValue[][],
        },
      ];
  const resolved = workbookCatalogue(
    { workbook: "", sheets: katalogSheets, names: [] },
    { lang: officeLanguage() }
  );
  if (!resolved.ok)
    return {
      ok: false,
      problem: { code: "katalogInvalid", sheet: resolved.sheet, findings: resolved.findings },
    };
  const catalogue = resolved.catalogue;
  const nama = catalogue.agency.nama;
  const plan = buildRenstraPlan(
    { periode: request.periode, namaPerangkatDaerah: nama, sheetName: existing?.name },
    catalogue
  );
  let previous: RenstraPlan | null = null;
  if (found) {
    try {
      previous = buildRenstraPlan(
        { periode: found.periode, namaPerangkatDaerah: nama, sheetName: found.sheet },
        catalogue
      );
    } catch {
      previous = null;
    }
  }
  const area =
    existing && !used.isNullObject
      ? { topLeft: topLeftOf(used.address), formulas: used.formulas as GridValue[][] }
      : null;
  const decision = decideRenstra(plan, found, area, previous);
  if (decision.asks.length > 0 && !request.removeNotes)
    return {
      ok: false,
      problem: { code: "userNotes", sheet: plan.sheetName, notes: decision.asks },
    };

  // --- Write (one sync) ---
  suspendUntilNextSync(context);
  let sheet: Excel.Worksheet;
  if (existing) {
    sheet = sheets.getItem(existing.name);
    if (existing.protection.protected) sheet.protection.unprotect();
    const old = sheet.getRange(decision.clear);
    old.unmerge();
    old.dataValidation.clear();
    old.conditionalFormats.clearAll();
    old.clear("All");
    for (const n of own) n.delete();
  } else {
    sheet = sheets.add(plan.sheetName);
  }
  for (const n of plan.names) sheet.names.add(n.name, n.refersTo);

  const arrays = planArrays(plan, decision.kept);
  const whole = sheet.getRange(plan.range);
  whole.numberFormat = arrays.numberFormats;
  whole.formulas = arrays.formulas as Excel.Range["formulas"];
  for (const [key, lists] of styleAreas(plan)) {
    const style = plan.styles[key];
    if (style) for (const list of lists) applyStyle(sheet.getRanges(list).format, style);
  }
  queueLayout(sheet, plan);
  for (const list of addressLists(plan.conditionalFormats.map((c) => c.address)))
    sheet.getRanges(list).conditionalFormats.clearAll();
  for (const cf of plan.conditionalFormats) {
    const format = sheet.getRange(cf.address).conditionalFormats.add("Custom");
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = cf.fill;
    format.custom.format.font.color = cf.fontColor;
  }
  sheet.freezePanes.unfreeze();
  sheet.freezePanes.freezeAt(
    sheet.getRange(`A1:${columnLetter(plan.freeze.columns)}${plan.freeze.rows}`)
  );
  queuePrintSetup(sheet, plan);
  sheet.protection.protect(ADDIN_PROTECTION);
  sheet.activate();
  await context.sync();
  return {
    ok: true,
    value: {
      sheet: plan.sheetName,
      created: !existing,
      indicators: plan.renstra.indicators.length,
      periode: plan.renstra.periode,
      kept: decision.kept.size,
      relink: decision.relink,
    },
  };
}

/** The host's entry point: its own Excel.run batch; Excel's refusals become problems. */
export async function writeRenstra(request: RenstraRequest): Promise<HostResult<RenstraOutcome>> {
  try {
    return await runInExcel((context) => writeRenstraInContext(context, request));
  } catch (e) {
    return { ok: false, problem: classifyOfficeError(e, RENSTRA_SHEET) };
  }
}
