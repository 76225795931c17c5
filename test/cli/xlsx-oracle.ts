import ExcelJS from "exceljs";
import { isDeepStrictEqual } from "node:util";
import type { GridValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import {
  gridNames,
  loadExcelJs,
  openPackage,
  readXlsxBytes,
  sheetGrid,
  workbookSheets,
} from "../../src/cli/xlsx-read";

/**
 * The oracle of the audit's own sheet reader: the grid exactly as `iku audit` read it before it
 * read the sheets' XML itself, i.e. the package opened and checked, the whole workbook loaded
 * by exceljs, and each worksheet turned into a SheetGrid by sheetGrid (which `generate --update`
 * still uses).
 */
export async function exceljsGrid(file: string, label = file): Promise<WorkbookGrid> {
  const bytes = await readXlsxBytes(file);
  const pkg = await openPackage(bytes, file);
  const workbook = await loadExcelJs(bytes, file);
  const sheets = workbookSheets(pkg, workbook, file).map(({ ws, name }) =>
    sheetGrid(ws, file, name)
  );
  return { workbook: label, sheets, names: gridNames(pkg.names, pkg.sheetNames) };
}

/** The cells where two grids differ (empty when they are deep-equal), for a readable failure. */
export function gridDifferences(a: WorkbookGrid, b: WorkbookGrid): string[] {
  if (isDeepStrictEqual(a, b)) return [];
  const out: string[] = [];
  if (!isDeepStrictEqual(a.names, b.names)) out.push("names differ");
  if (a.sheets.length !== b.sheets.length)
    out.push(`sheets: ${a.sheets.map((s) => s.name)} vs ${b.sheets.map((s) => s.name)}`);
  a.sheets.forEach((s, i) => {
    const t: SheetGrid | undefined = b.sheets[i];
    if (!t) return;
    if (s.name !== t.name || s.origin !== t.origin) out.push(`sheet ${s.name} vs ${t.name}`);
    for (const key of ["values", "formulas"] as const) {
      const x = s[key];
      const y = t[key];
      if (x.length !== y.length) out.push(`${s.name} ${key}: ${x.length} rows vs ${y.length}`);
      for (let r = 0; r < Math.max(x.length, y.length); r++) {
        if (isDeepStrictEqual(x[r], y[r])) continue;
        const row = (v: GridValue[] | undefined) => JSON.stringify(v)?.slice(0, 400);
        out.push(`${s.name} ${key} row ${r + 1}: ${row(x[r])} vs ${row(y[r])}`);
      }
    }
  });
  // Shared empty rows are an implementation detail; deep equality above ignores identity.
  return out.length > 0 ? out : ["differ (no cell difference found)"];
}

/** A golden case's grid written as an .xlsx by exceljs: values, formulas with results, names. */
export async function writeGridAsXlsx(grid: WorkbookGrid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const value = sheet.values[r]?.[c] ?? "";
        const cell = ws.getCell(r + 1, c + 1);
        const result =
          typeof value === "string" && /^#[A-Z/0-9]+[!?A]$/.test(value)
            ? ({ error: value } as ExcelJS.CellErrorValue)
            : value;
        if (typeof formula === "string" && formula.startsWith("=") && formula.length > 1) {
          cell.value = {
            formula: formula.slice(1),
            result: result === "" ? undefined : result,
          } as ExcelJS.CellFormulaValue;
        } else if (formula !== "" && formula !== null) {
          cell.value = typeof result === "object" ? result : formula;
        }
      })
    );
  }
  for (const name of grid.names) {
    const ref = name.refersTo.replace(/^=/, "");
    // exceljs writes range names only; the golden grids' names are all ranges.
    wb.definedNames.add(ref, name.name);
  }
  await wb.xlsx.writeFile(file);
}
