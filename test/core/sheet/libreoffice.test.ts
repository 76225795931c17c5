import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { GridValue } from "../../../src/core/grid";
import { isCellError, EXCEL_ERROR_TEXT } from "../../../src/core/errors";
import { evaluatePlan } from "../../../src/core/sheet/evaluate";
import { buildSheetPlan, parseAddress } from "../../../src/core/sheet/plan";

/**
 * The plain-Excel formulas in LibreOffice (the second spreadsheet the "excel" mode promises):
 * an .xlsx with the plan's formulas and names and one case per indicator is recalculated by
 * LibreOffice headless and every formula cell must equal evaluatePlan's value or error class.
 * Skipped where LibreOffice is not installed.
 */

const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
const describeWithLibreOffice = SOFFICE ? describe : describe.skip;

/** One case per indicator: blank, empty text, text, a number as text, booleans, bounds, 0. */
const INPUTS: Record<string, GridValue> = {
  IKU01_NILAI: 100.5,
  IKU01_TARGET: 80,
  IKU02_PANTI_ASUHAN: 4,
  IKU02_PANTI_JOMPO: false,
  IKU02_PANTI_REHABILITASI: 3,
  IKU02_TARGET: 10,
  IKU03_PEMBILANG: 45,
  IKU03_PENYEBUT: 60,
  IKU03_TARGET: 80,
  IKU04_PEMBILANG: 61,
  IKU04_PENYEBUT: 60,
  IKU04_TARGET: 80,
  IKU05_PEMBILANG: 5,
  IKU05_PENYEBUT: 0,
  IKU05_TARGET: 80,
  IKU06_PENYEBUT: 60,
  IKU06_TARGET: 80,
  IKU07_PEMBILANG: "abc",
  IKU07_PENYEBUT: 60,
  IKU07_TARGET: 80,
  IKU08_PEMBILANG: true,
  IKU08_PENYEBUT: 60,
  IKU08_TARGET: 80,
  IKU09_PEMBILANG: -1,
  IKU09_PENYEBUT: 60,
  IKU09_TARGET: 80,
  IKU10_PEMBILANG: 2.5,
  IKU10_PENYEBUT: 60,
  IKU10_TARGET: 80,
  IKU11_PEMBILANG: 70,
  IKU11_PENYEBUT: 15,
  IKU11_TARGET: 4,
  IKU12_PEMBILANG: 60,
  IKU12_PENYEBUT: 60,
  IKU12_TARGET: 0,
  IKU13_PEMBILANG: 30,
  IKU13_PENYEBUT: 10,
  IKU13_TARGET: "x",
  IKU14_PEMBILANG: "12",
  IKU14_PENYEBUT: 15,
  IKU14_TARGET: 100,
  IKU15_PEMBILANG: 5,
  IKU15_PENYEBUT: 15,
  IKU15_TARGET: 50,
  IKU16_PEMBILANG: 18,
  IKU16_PENYEBUT: 24,
  IKU16_TARGET: true,
  IKU17_PEMBILANG: null,
  IKU17_PENYEBUT: 19,
  IKU17_TARGET: 100,
  IKU18_PEMBILANG: 140,
  IKU18_PENYEBUT: 172,
  IKU18_TARGET: 90,
};

/** Minimal CSV reader (LibreOffice quotes text with commas). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describeWithLibreOffice("plain Excel formulas in LibreOffice", () => {
  it("give evaluatePlan's value or error class in every formula cell", async () => {
    const dir = mkdtempSync(join(tmpdir(), "iku-lo-"));
    try {
      const plan = buildSheetPlan({
        tahun: 2026,
        namaPerangkatDaerah: "Dinas",
        sheetName: "IKU 2026",
        mode: "excel",
      });
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(plan.sheetName);
      for (const n of plan.names) wb.definedNames.add(n.refersTo.slice(1), n.name);
      for (const n of plan.names) {
        const v = INPUTS[n.name];
        if (v !== undefined && v !== null) ws.getCell(n.address).value = v;
      }
      for (const c of plan.cells)
        if (c.formula) ws.getCell(c.address).value = { formula: c.formula.slice(1) };
      const xlsx = join(dir, "iku.xlsx");
      await wb.xlsx.writeFile(xlsx);

      // A private profile that recalculates .xlsx formulas on load (LibreOffice keeps the
      // cached results by default).
      const profile = join(dir, "profile", "user");
      mkdirSync(profile, { recursive: true });
      writeFileSync(
        join(profile, "registrymodifications.xcu"),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`
      );
      execFileSync(
        SOFFICE!,
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "csv",
          "--outdir",
          dir,
          xlsx,
        ],
        { timeout: 120000, stdio: "ignore" }
      );
      const grid = parseCsv(readFileSync(join(dir, "iku.csv"), "utf8"));
      const expected = evaluatePlan(plan, INPUTS);
      expect(expected.size).toBe(54);
      for (const [address, value] of expected) {
        const { row, column } = parseAddress(address);
        const got = grid[row - 1]?.[column - 1];
        const label = `${address} ${plan.cells.find((c) => c.address === address)?.name}`;
        if (isCellError(value))
          expect({ label, got }).toEqual({ label, got: EXCEL_ERROR_TEXT[value.kind] });
        else if (typeof value === "number") {
          expect({ label, isNumber: got !== "" && !Number.isNaN(Number(got)) }).toEqual({
            label,
            isNumber: true,
          });
          expect(Number(got)).toBeCloseTo(value, 6);
        } else expect({ label, got }).toEqual({ label, got: value });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
