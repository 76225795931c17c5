import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { GridValue } from "../../../src/core/grid";
import { readWorkbook } from "../../cli/helpers";

/** The <definedNames> element, however exceljs wrote it (also empty or absent). */
const DEFINED_NAMES = /<definedNames\/>|<definedNames>[\s\S]*?<\/definedNames>/;

/**
 * Edits a saved workbook with exceljs as staff would with any tool, keeping its names as they
 * were: exceljs drops every name's sheet scope (and merges the same name of several year sheets
 * into one), so the package's own <definedNames> are put back after the edit. Cell edits change
 * no name.
 */
export async function editWorkbook(
  file: string,
  edit: (wb: ExcelJS.Workbook) => void
): Promise<void> {
  const before = await JSZip.loadAsync(await fs.readFile(file));
  const names = DEFINED_NAMES.exec(
    (await before.file("xl/workbook.xml")?.async("string")) ?? ""
  )?.[0];
  const wb = await readWorkbook(file);
  edit(wb);
  await wb.xlsx.writeFile(file);
  if (names === undefined) return;
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = (await zip.file("xl/workbook.xml")!.async("string")) as string;
  const restored = DEFINED_NAMES.test(xml)
    ? xml.replace(DEFINED_NAMES, () => names)
    : xml.replace("</sheets>", () => `</sheets>${names}`);
  zip.file("xl/workbook.xml", restored);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Types values into cells (by sheet, then address; "" or null clears a cell). */
export function typedCells(
  values: Readonly<Record<string, ReadonlyMap<string, GridValue>>>
): (wb: ExcelJS.Workbook) => void {
  return (wb) => {
    for (const [sheet, cells] of Object.entries(values)) {
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`No sheet ${sheet} in the workbook`);
      for (const [address, v] of cells) ws.getCell(address).value = v === "" ? null : v;
    }
  };
}
