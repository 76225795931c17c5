import path from "node:path";
import ExcelJS from "exceljs";
import type { GridValue } from "../../src/core/grid";
import { CATALOGUE } from "../../src/core/catalogue";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { loadWorkbookFile } from "../../src/cli/xlsx-package";
import { fillCells, runCli, tempDir, validInputs } from "../cli/helpers";
import { exceljsGrid, gridDifferences } from "../cli/xlsx-oracle";
import { findSoffice, recalculate } from "./lo/libreoffice";

/**
 * Files saved by LibreOffice: its own XML (its shared strings, cell types, merges). The audit's
 * sheet reader must give the grid exceljs gives (test/cli/xlsx-oracle.ts) for a generated IKU
 * workbook in both formula modes with a staff sheet of formulas. (LibreOffice 7 writes each
 * formula in full, never as a shared formula: test/cli/xlsx-sheet.test.ts reads those from
 * exceljs's files and hand-made XML.)
 */

jest.setTimeout(420_000);

const sofficeOrFail = (): string => {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) tidak ditemukan.");
  return soffice;
};

describe("LibreOffice's saved files: the audit's grid equals exceljs's", () => {
  test.each(["excel", "iku"])("%s mode, inputs filled, a staff sheet of formulas", async (mode) => {
    const dir = tempDir("iku-lo-reader-");
    const file = path.join(dir, `iku-${mode}.xlsx`);
    expect(
      (await runCli(["generate", "--out", file, "--tahun", "2026", "--rumus", mode])).code
    ).toBe(0);
    const plan = buildSheetPlan({
      tahun: 2026,
      namaPerangkatDaerah: CATALOGUE.agency.nama,
      sheetName: "IKU 2026",
      mode: mode === "iku" ? "iku" : "excel",
    });
    const values = new Map<string, GridValue>();
    for (const [input, value] of validInputs(plan)) values.set(input.address, value);
    await fillCells(file, plan.sheetName, values);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.addWorksheet("Rekap & catatan");
    for (let r = 1; r <= 12; r++) {
      ws.getCell(r, 1).value = r * 1.5;
      ws.getCell(r, 2).value = `baris ${r} <${r % 3 === 0 ? "&" : "Ω"}>`;
      ws.getCell(r, 3).value = {
        formula: `A${r}*2+$A$1`,
        result: undefined,
      } as ExcelJS.CellFormulaValue;
      ws.getCell(r, 4).value = {
        formula: `IF(A${r}>6,"A1 besar",B${r})`,
        result: undefined,
      } as ExcelJS.CellFormulaValue;
      ws.getCell(r, 5).value = {
        formula: `SUM(A$1:A${r})-C${r}`,
        result: undefined,
      } as ExcelJS.CellFormulaValue;
      ws.getCell(r, 6).value = {
        formula: `A${r}>0`,
        result: undefined,
      } as ExcelJS.CellFormulaValue;
    }
    ws.mergeCells("H1:I2");
    ws.getCell("H1").value = "gabung";
    await wb.xlsx.writeFile(file);

    // A busy machine: LibreOffice may take minutes.
    const saved = (await recalculate(sofficeOrFail(), file, path.join(dir, "lo"), 300_000)).file;
    const { grid } = await loadWorkbookFile(saved);
    expect(gridDifferences(grid, await exceljsGrid(saved))).toEqual([]);
    const rekap = grid.sheets.find((s) => s.name === "Rekap & catatan")!;
    expect(rekap.formulas[11].slice(2, 6)).toEqual([
      "=A12*2+$A$1",
      '=IF(A12>6,"A1 besar",B12)',
      "=SUM(A$1:A12)-C12",
      "=A12>0",
    ]);
    expect(rekap.values[11].slice(2, 6)).toEqual([37.5, "A1 besar", 79.5, true]);
  });
});
