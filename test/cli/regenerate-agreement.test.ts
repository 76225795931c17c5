import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { CATALOGUE } from "../../src/core/catalogue";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import type { SheetSettings } from "../../src/core/sheet/types";
import { GenerateRefused, generateNew, generateUpdate } from "../../src/cli/generate";
import { messages } from "../../src/cli/messages";
import { decideGeneration } from "../../src/office/generate";
import { rawDefinedNames, readWorkbook, tempDir } from "./helpers";
import { loadWorkbookFile } from "../../src/cli/xlsx-read";
import { yearSheets } from "../../src/core/find-iku-sheet";
import { WorkbookIndex } from "../../src/core/workbook-index";

/*
 * The task pane and `iku generate --update` take the same decision (core/sheet/regenerate.ts)
 * on the same workbook: each reads it its own way (the pane through Office.js, the CLI from the
 * file), so this runs both readers' inputs through both callers and compares what they say.
 */

const m = messages("id");

const settings = (tahun: number, sheetName = `IKU ${tahun}`): SheetSettings => ({
  tahun,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName,
  mode: "excel",
});

/**
 * The pane's answer for the workbook in `file`, from what its reads would find there: the
 * sheets, every name (the workbook's and each sheet's own) and the other year sheets' tahun.
 */
async function pane(file: string, tahun: number, sheetName = `IKU ${tahun}`): Promise<string> {
  const { grid } = await loadWorkbookFile(file);
  const decision = decideGeneration(buildSheetPlan(settings(tahun, sheetName)), {
    sheets: grid.sheets.map((s) => ({ name: s.name, protected: false })),
    names: grid.names.map((n) => ({ name: n.name, formula: n.refersTo, sheet: n.sheet })),
    years: yearSheets(new WorkbookIndex(grid)),
    values: {},
  });
  if (decision.ok) return `ok ${decision.existing ?? "(new)"}`;
  const { code, sheet } = decision.problem;
  if (code === "foreignSheet") return m.foreignSheet(sheet ?? "");
  if (code === "otherIkuSheet")
    return m.otherIkuSheet(sheet ?? "", sheetName, decision.problem.tahun);
  return code;
}

/** The CLI's answer for the same file (it writes the file when it accepts). */
async function cli(file: string, tahun: number, sheetName = `IKU ${tahun}`): Promise<string> {
  const before = await readWorkbook(file);
  const existing = before.worksheets.some((ws) => ws.name === sheetName);
  try {
    await generateUpdate({ update: file, tahun, sheet: sheetName, force: false }, m, "id");
    return `ok ${existing ? sheetName : "(new)"}`;
  } catch (e) {
    if (e instanceof GenerateRefused) return e.message;
    throw e;
  }
}

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const file = path.join(tempDir("iku-agree-"), "buku.xlsx");
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("the pane and the CLI decide alike whether to regenerate", () => {
  test("a foreign sheet of that name with IKU-like names on it: both refuse it as foreign", async () => {
    const file = await workbook((wb) => {
      wb.addWorksheet("IKU 2026").getCell("B2").value = "tabel milik orang lain";
      wb.definedNames.add("'IKU 2026'!$B$2", "IKU06_HASIL");
      wb.definedNames.add("'IKU 2026'!$C$3", "IKU06_CATATAN");
    });
    const before = await fs.readFile(file);
    const answer = m.foreignSheet("IKU 2026");
    expect(await pane(file, 2026)).toBe(answer);
    expect(await cli(file, 2026)).toBe(answer);
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });

  test("one of the add-in's names on another sheet: both create the IKU sheet (its names are its own)", async () => {
    const file = await workbook((wb) => {
      wb.addWorksheet("Data").getCell("A1").value = 1;
      wb.definedNames.add("Data!$A$1", "IKU06_HASIL");
    });
    expect(await pane(file, 2026)).toBe("ok (new)");
    expect(await cli(file, 2026)).toBe("ok (new)");
    expect(
      (await rawDefinedNames(file)).find(
        (n) => n.name === "IKU06_HASIL" && !n.attrs.includes("localSheetId")
      )?.text
    ).toBe("Data!$A$1");
  });

  test("a name staff made that only looks like the add-in's: both create the sheet", async () => {
    const file = await workbook((wb) => {
      wb.addWorksheet("Data").getCell("A1").value = 1;
      wb.definedNames.add("Data!$A$1", "IKU06_CATATAN");
    });
    expect(await pane(file, 2026)).toBe("ok (new)");
    expect(await cli(file, 2026)).toBe("ok (new)");
    expect((await rawDefinedNames(file)).find((n) => n.name === "IKU06_CATATAN")?.text).toBe(
      "Data!$A$1"
    );
  });

  test("the add-in's own sheet: both regenerate it and keep a staff name that looks like ours", async () => {
    const file = path.join(tempDir("iku-agree-"), "milik.xlsx");
    await generateNew({ out: file, tahun: 2026, force: false }, m);
    const wb = await readWorkbook(file);
    wb.definedNames.add("'IKU 2026'!$Z$50", "IKU06_CATATAN");
    await wb.xlsx.writeFile(file);

    expect(await pane(file, 2026)).toBe("ok IKU 2026");
    const { grid } = await loadWorkbookFile(file);
    const decision = decideGeneration(buildSheetPlan(settings(2026)), {
      sheets: [{ name: "IKU 2026", protected: true }],
      names: grid.names.map((n) => ({ name: n.name, formula: n.refersTo, sheet: n.sheet })),
      values: {},
    });
    expect(decision.ok && decision.staleNames).toEqual([]);

    expect(await cli(file, 2026)).toBe("ok IKU 2026");
    expect((await rawDefinedNames(file)).find((n) => n.name === "IKU06_CATATAN")?.text).toBe(
      "'IKU 2026'!$Z$50"
    );
  });

  test("another year's IKU sheet: both add the new year; a second sheet of one tahun: both refuse, naming it", async () => {
    const file = path.join(tempDir("iku-agree-"), "dua.xlsx");
    await generateNew({ out: file, tahun: 2025, force: false }, m);
    const answer = m.otherIkuSheet("IKU 2025", "Laporan 2025", 2025);
    expect(await pane(file, 2025, "Laporan 2025")).toBe(answer);
    expect(await cli(file, 2025, "Laporan 2025")).toBe(answer);
    expect(await pane(file, 2026)).toBe("ok (new)");
    expect(await cli(file, 2026)).toBe("ok (new)");
  });
});
