import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { ATURAN_BAWAAN } from "../../src/core/aturan";
import { CATALOGUE } from "../../src/core/catalogue";
import { EXCEL_ERROR_TEXT, isCellError } from "../../src/core/errors";
import type { Result } from "../../src/core/calculation";
import { parseCellOrThrow } from "../../src/core/formula-parser/address";
import { loadWorkbookFile } from "../../src/cli/xlsx-package";
import type { GridValue } from "../../src/core/grid";
import { evaluatePlan, planInputs } from "../../src/core/sheet/evaluate";
import { buildSheetPlan, MARKER_NAME } from "../../src/core/sheet/plan";
import { TRIWULAN } from "../../src/core/sheet/quarters";
import type { SheetPlan, SheetSettings } from "../../src/core/sheet/types";
import {
  cellOf,
  fillCells,
  rawDefinedNames,
  readWorkbook,
  runBin,
  runCli,
  tempDir,
  validInputs,
} from "./helpers";

const SETTINGS: SheetSettings = {
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: "IKU 2026",
  mode: "excel",
};

function expectedCached(result: Result): GridValue | { error: string } {
  return isCellError(result) ? { error: EXCEL_ERROR_TEXT[result.kind] } : result;
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  return cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
}

/** What exceljs read of a sheet's conditional formatting (a property its types leave out). */
function conditionalFormatsOf(ws: ExcelJS.Worksheet): unknown {
  return (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings;
}

/** The plan's conditional formats as exceljs reads them back from a saved file. */
function expectedConditionalFormats(plan: SheetPlan) {
  const byCell = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  plan.conditionalFormats.forEach((cf, i) =>
    byCell.set(cf.address, [
      ...(byCell.get(cf.address) ?? []),
      {
        type: "expression",
        priority: i + 1,
        formulae: [cf.formula.slice(1)],
        style: expect.objectContaining({
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${cf.fill.slice(1)}` } },
          font: { color: { argb: `FF${cf.fontColor.slice(1)}` } },
        }),
      },
    ])
  );
  return [...byCell].map(([ref, rules]) => ({ ref, rules }));
}

describe("iku generate --out", () => {
  let dir: string;
  let file: string;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  const plan: SheetPlan = buildSheetPlan(SETTINGS);

  beforeAll(async () => {
    dir = tempDir();
    file = path.join(dir, "iku.xlsx");
    const r = await runCli(["generate", "--out", file, "--tahun", "2026"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("IKU 2026");
    wb = await readWorkbook(file);
    const found = wb.getWorksheet("IKU 2026");
    if (!found) throw new Error("sheet missing");
    ws = found;
  });

  test("writes every plan name once, the sheet's own (sheet-scoped), pointing at the plan's cell", async () => {
    const raw = await rawDefinedNames(file);
    for (const n of plan.names) {
      const matches = raw.filter((r) => r.name === n.name);
      expect(matches).toHaveLength(1);
      expect(matches[0].attrs).toContain('localSheetId="0"');
      expect(`=${matches[0].text}`).toBe(n.refersTo);
    }
    expect(raw.some((r) => r.name === MARKER_NAME)).toBe(true);
    // No name is workbook-wide.
    expect(raw.filter((r) => !r.attrs.includes("localSheetId"))).toEqual([]);
  });

  test("formula cells hold the plan's formulas with the core's cached results", async () => {
    const cached = evaluatePlan(plan, {});
    const formulaCells = plan.cells.filter((c) => c.formula !== undefined);
    // Per indicator: each component up to each quarter (TW IV is the year's component), hasil and
    // capaian up to each quarter, and the year's hasil, capaian and kategori.
    const expected = CATALOGUE.indicators.reduce(
      (n, ind) => n + ind.components.length * TRIWULAN.length + TRIWULAN.length * 2 + 3,
      0
    );
    expect(formulaCells.length).toBe(expected);
    const { grid } = await loadWorkbookFile(file);
    const sheet = grid.sheets.find((s) => s.name === plan.sheetName);
    expect(sheet?.origin).toBe("A1");
    let emptyTexts = 0;
    for (const pc of formulaCells) {
      const cell = cellOf(ws, pc.address);
      expect(formulaOf(cell)).toBe(pc.formula?.slice(1));
      const result = cached.get(pc.address);
      expect(result).toBeDefined();
      if (result === "") {
        // An empty cached text (an unfilled quarter's aggregate): exceljs reads no result; the
        // audit's reader, as Excel, the empty text.
        emptyTexts++;
        expect(cell.result).toBeUndefined();
        const { row, col } = parseCellOrThrow(pc.address);
        expect(sheet?.values[row]?.[col]).toBe("");
      } else expect(cell.result).toEqual(expectedCached(result as Result));
    }
    expect(emptyTexts).toBeGreaterThan(0);
  });

  test("constants, number formats, merges, widths and heights follow the plan", () => {
    for (const pc of plan.cells) {
      const cell = cellOf(ws, pc.address);
      if (pc.value !== undefined && !cell.isMerged) expect(cell.value).toBe(pc.value);
      if (pc.value !== undefined && cell.isMerged && cell.master === cell)
        expect(cell.value).toBe(pc.value);
      if (pc.numberFormat && pc.numberFormat !== "General")
        expect(cell.numFmt).toBe(pc.numberFormat);
    }
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(new Set(merges)).toEqual(new Set(plan.merges.map((m) => m.range)));
    for (const [letter, width] of Object.entries(plan.columnWidths))
      expect(ws.getColumn(letter).width).toBeCloseTo(width, 3);
    for (const [row, height] of Object.entries(plan.rowHeights))
      expect(ws.getRow(Number(row)).height).toBe(height);
  });

  test("inputs are unlocked and styled as inputs, formulas locked, the sheet protected", () => {
    const inputAddresses = new Set(planInputs(plan).map((i) => i.address));
    const inputs = plan.cells.filter((c) => inputAddresses.has(c.address));
    expect(inputs.length).toBe(inputAddresses.size);
    for (const pc of inputs) {
      const cell = cellOf(ws, pc.address);
      const style = plan.styles[pc.style];
      expect(cell.protection?.locked).toBe(false);
      expect(style.fill).toBeDefined();
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
        `FF${style.fill?.slice(1).toUpperCase()}`
      );
      expect(cell.border?.top?.style).toBe(style.border ? "thin" : undefined);
    }
    for (const pc of plan.cells.filter((c) => c.formula !== undefined)) {
      expect(ws.getCell(pc.address).protection?.locked).not.toBe(false);
    }
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(
      true
    );
  });

  test("every validation is written with its bounds, prompt and error texts", () => {
    expect(plan.validations.length).toBeGreaterThan(0);
    for (const rule of plan.validations) {
      const dv = ws.getCell(rule.address).dataValidation;
      if (rule.type === "targetRange") {
        // A number ≥ 0 or a range text: a custom rule with the plan's formula.
        expect(dv.type).toBe("custom");
        expect(`=${String(dv.formulae[0])}`).toBe(rule.formula);
        continue;
      }
      expect(dv.type).toBe(rule.type === "wholeNumber" ? "whole" : "decimal");
      expect(dv.formulae.map(Number)).toEqual(
        rule.operator === "between" ? [rule.min, rule.max] : [rule.min]
      );
      expect(dv.operator ?? "between").toBe(
        rule.operator === "between" ? "between" : "greaterThanOrEqual"
      );
      expect(dv.promptTitle).toBe(rule.inputTitle);
      expect(dv.prompt).toBe(rule.inputMessage);
      expect(dv.errorTitle).toBe(rule.errorTitle);
      expect(dv.error).toBe(rule.errorMessage);
      expect(dv.showErrorMessage).toBe(true);
    }
  });

  test("the marks of invalid inputs are the plan's conditional formats (expression rules)", () => {
    expect(conditionalFormatsOf(ws)).toEqual(expectedConditionalFormats(plan));
  });

  test("freeze panes and print setup follow the plan", () => {
    const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
    expect(view.state).toBe("frozen");
    expect(view.ySplit ?? 0).toBe(plan.freeze.rows);
    expect(view.xSplit ?? 0).toBe(plan.freeze.columns);
    expect(ws.pageSetup.orientation).toBe(plan.print.orientation);
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(plan.print.fitToPagesWide);
    expect(ws.pageSetup.printTitlesRow).toBe(plan.print.titleRows.replace(/\$/g, ""));
  });

  test("--rumus iku writes the custom-function formulas", async () => {
    const ikuFile = path.join(dir, "iku-fungsi.xlsx");
    const r = await runCli([
      "generate",
      "--out",
      ikuFile,
      "--tahun",
      "2026",
      "--rumus",
      "iku",
      "--sheet",
      "Kinerja",
    ]);
    expect(r.code).toBe(0);
    const ikuPlan = buildSheetPlan({ ...SETTINGS, mode: "iku", sheetName: "Kinerja" });
    const sheet = (await readWorkbook(ikuFile)).getWorksheet("Kinerja");
    for (const pc of ikuPlan.cells.filter((c) => c.formula)) {
      expect(formulaOf(sheet!.getCell(pc.address))).toBe(pc.formula?.slice(1));
    }
  });

  test("--swadaya rupiah: IKU 16 takes rupiah with decimals; a wrong reading is refused", async () => {
    const rupiahFile = path.join(dir, "iku-rupiah.xlsx");
    const r = await runCli([
      "generate",
      "--out",
      rupiahFile,
      "--tahun",
      "2026",
      "--swadaya",
      "Rupiah",
    ]);
    expect(r.code).toBe(0);
    const plan = buildSheetPlan({
      ...SETTINGS,
      aturan: { ...ATURAN_BAWAAN, swadaya: "rupiah" },
    });
    const sheet = (await readWorkbook(rupiahFile)).getWorksheet("IKU 2026")!;
    const block = plan.indicators.find((b) => b.code === "IKU16")!;
    expect(formulaOf(sheet.getCell(block.hasil.address))).toBe(
      plan.cells.find((c) => c.address === block.hasil.address)?.formula?.slice(1)
    );
    expect(formulaOf(sheet.getCell(block.hasil.address))).not.toContain("INT(");
    const dv = sheet.getCell(block.inputs[0].address).dataValidation;
    expect(dv.type).toBe("decimal");
    expect(dv.prompt).toContain("rupiah");
    const bad = await runCli(["generate", "--out", rupiahFile, "--force", "--swadaya", "uang"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--swadaya");
    const en = await runCli(["generate", "--help"], { LANG: "en_US.UTF-8" });
    expect(en.stdout).toContain("--swadaya");
    expect((await runCli(["generate", "--help"], {})).stdout).toContain("--swadaya CARA");
  });

  test("an existing file is not overwritten without --force", async () => {
    const before = await fs.readFile(file);
    const r = await runCli(["generate", "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sudah ada");
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    const forced = await runCli(["generate", "--out", file, "--force", "--tahun", "2027"]);
    expect(forced.code).toBe(0);
    expect((await readWorkbook(file)).getWorksheet("IKU 2027")).toBeDefined();
    // No temporary file is left behind.
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("argument checks", () => {
  test("every problem is reported at once, in Indonesian, with exit 2", async () => {
    const r = await runCli(["generate", "--tahun", "20x6", "--rumus", "vba", "--sheet", "a/b"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out");
    expect(r.stderr).toContain("--tahun");
    expect(r.stderr).toContain('"vba"');
    expect(r.stderr).toContain("--sheet");
    expect(r.stderr).toContain("iku generate --help");
  });

  test("year out of range, unknown option, missing value, unknown command", async () => {
    expect((await runCli(["generate", "--out", "x.xlsx", "--tahun", "1999"])).stderr).toContain(
      "2000"
    );
    const unknown = await runCli(["generate", "--out", "x.xlsx", "--tahunn", "2026"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Pilihan tidak dikenal: --tahunn");
    const missing = await runCli(["generate", "--out"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--out");
    const noDir = await runCli(["generate", "--out", "/tidak/ada/folder/iku.xlsx"]);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain("tidak ada");
    const cmd = await runCli(["hapus"]);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('"hapus"');
    expect((await runCli(["generate", "--out", "x.csv"])).stderr).toContain(".xlsx");
  });

  test("help is Indonesian by default and English for an English locale", async () => {
    const id = await runCli(["--help"], {});
    expect(id.code).toBe(0);
    expect(id.stdout).toContain("Pemakaian");
    const en = await runCli(["generate", "--help"], { LANG: "en_US.UTF-8" });
    expect(en.stdout).toContain("Usage");
    expect(en.stdout).toContain("--update");
    const audit = await runCli(["audit", "--help"], { LC_ALL: "en_GB.UTF-8", LANG: "id_ID.UTF-8" });
    expect(audit.stdout).toContain("Exit codes");
    const en2 = await runCli(["generate", "--tahun", "abc", "--out", "a.xlsx"], {
      LANG: "en_US.UTF-8",
    });
    expect(en2.stderr).toContain("The year must be");
  });

  test("the real bin runs through tsx and prints help", async () => {
    const r = await runBin(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("iku generate");
    expect(r.stderr).toBe("");
  });
});

describe("iku generate --update", () => {
  async function workbookWithOtherSheet(
    dir: string
  ): Promise<{ file: string; typed: Map<string, GridValue> }> {
    const file = path.join(dir, "kerja.xlsx");
    expect((await runCli(["generate", "--out", file, "--tahun", "2026"])).code).toBe(0);
    const plan = buildSheetPlan(SETTINGS);
    const typed = new Map<string, GridValue>();
    for (const [input, value] of validInputs(plan)) typed.set(input.address, value);
    // One input holds text: a typed value is kept whatever it is.
    const textInput = planInputs(plan)[3];
    typed.set(textInput.address, "belum ada data");
    await fillCells(file, "IKU 2026", typed);

    const wb = await readWorkbook(file);
    const other = wb.addWorksheet("Data Dukung");
    other.getCell("A1").value = "Catatan";
    other.getCell("A1").font = { bold: true, color: { argb: "FFC00000" } };
    other.getCell("B2").value = 1234.5;
    other.getCell("B2").numFmt = "#,##0.00";
    other.getCell("B3").value = { formula: "B2*2", result: 2469 } as ExcelJS.CellFormulaValue;
    other.mergeCells("D1:E1");
    other.getCell("D1").value = "gabung";
    wb.definedNames.add("'Data Dukung'!$B$2", "ANGKA_SAYA");
    // One input lost its name (deleted in the Name Manager): its value is still kept.
    const unnamed = planInputs(plan)[5];
    wb.definedNames.remove(
      `'IKU 2026'!$${unnamed.address.replace(/(\d+)$/, "$$$1")}`,
      unnamed.name
    );
    expect(wb.definedNames.getNames(`'IKU 2026'!${unnamed.address}`)).toEqual([]);
    await wb.xlsx.writeFile(file);
    return { file, typed };
  }

  test("keeps every typed input and target, other sheets and the user's names", async () => {
    const dir = tempDir();
    const { file, typed } = await workbookWithOtherSheet(dir);
    const r = await runCli(["generate", "--update", file, "--rumus", "iku"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${typed.size}`);

    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["IKU 2026", "Data Dukung"]);
    const ws = wb.getWorksheet("IKU 2026")!;
    for (const [address, value] of typed) expect(ws.getCell(address).value).toBe(value);
    // The formulas are now the custom functions, with results recomputed from the kept inputs.
    const plan = buildSheetPlan({ ...SETTINGS, mode: "iku" });
    const inputs: Record<string, GridValue> = {};
    for (const input of planInputs(plan)) inputs[input.name] = typed.get(input.address) ?? "";
    const cached = evaluatePlan(plan, inputs);
    for (const pc of plan.cells.filter((c) => c.formula)) {
      expect(formulaOf(ws.getCell(pc.address))).toBe(pc.formula?.slice(1));
      expect(ws.getCell(pc.address).result).toEqual(
        expectedCached(cached.get(pc.address) as Result)
      );
    }

    const other = wb.getWorksheet("Data Dukung")!;
    expect(other.getCell("A1").value).toBe("Catatan");
    expect(other.getCell("A1").font.bold).toBe(true);
    expect(other.getCell("A1").font.color?.argb).toBe("FFC00000");
    expect(other.getCell("B2").value).toBe(1234.5);
    expect(other.getCell("B2").numFmt).toBe("#,##0.00");
    expect(formulaOf(other.getCell("B3"))).toBe("B2*2");
    expect(other.getCell("D1").value).toBe("gabung");
    expect(other.getCell("E1").isMerged).toBe(true);

    // The marks are the new plan's, once each (the old sheet's are gone with it).
    expect(conditionalFormatsOf(ws)).toEqual(expectedConditionalFormats(plan));

    const raw = await rawDefinedNames(file);
    expect(raw.find((n) => n.name === "ANGKA_SAYA")?.text).toBe("'Data Dukung'!$B$2");
    for (const n of plan.names) expect(raw.filter((x) => x.name === n.name)).toHaveLength(1);
  });

  test("a note typed outside the plan's cells of the IKU sheet stays where it was", async () => {
    const dir = tempDir();
    const file = path.join(dir, "catatan.xlsx");
    expect((await runCli(["generate", "--out", file, "--tahun", "2026"])).code).toBe(0);
    const plan = buildSheetPlan(SETTINGS);
    const lastRow = Number(/\d+$/.exec(plan.range)?.[0]);
    const note = `A${lastRow + 3}`;
    await fillCells(file, "IKU 2026", new Map([[note, "Diverifikasi Sekretariat"]]));
    const r = await runCli(["generate", "--update", file]);
    expect(r.code).toBe(0);
    const ws = (await readWorkbook(file)).getWorksheet("IKU 2026")!;
    expect(ws.getCell(note).value).toBe("Diverifikasi Sekretariat");
  });

  describe("notes typed inside the table", () => {
    const plan = buildSheetPlan(SETTINGS);
    const label = plan.cells.find((c) => c.role === "label" && typeof c.value === "string")!;
    const result = plan.cells.find((c) => c.role === "result")!;
    // A cell inside the table that the plan leaves blank (and no merge covers).
    const planCells = new Set(plan.cells.map((c) => c.address));
    const covered = (address: string) =>
      plan.merges.some((m) => {
        const [a, b] = m.range.split(":");
        const col = (x: string) => x.replace(/\d+$/, "");
        const row = (x: string) => Number(/\d+$/.exec(x)?.[0]);
        const inCols = col(address) >= col(a) && col(address) <= col(b ?? a);
        return inCols && row(address) >= row(a) && row(address) <= row(b ?? a);
      });
    const lastRow = Number(/\d+$/.exec(plan.range)?.[0]);
    const blank = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
      .flatMap((c) => Array.from({ length: lastRow }, (_r, i) => `${c}${i + 1}`))
      .find((a) => !planCells.has(a) && !covered(a));

    async function notedWorkbook(): Promise<string> {
      const file = path.join(tempDir(), "catatan.xlsx");
      expect((await runCli(["generate", "--out", file, "--tahun", "2026"])).code).toBe(0);
      const notes = new Map<string, GridValue>([
        [label.address, "lihat lampiran 2"],
        [result.address, 17],
      ]);
      if (blank) notes.set(blank, "dicek Bu Rina");
      await fillCells(file, "IKU 2026", notes);
      return file;
    }

    test("notes where the new table writes stop the update, named by cell; the file is unchanged", async () => {
      const file = await notedWorkbook();
      const before = await fs.readFile(file);
      const r = await runCli(["generate", "--update", file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${label.address} ("lihat lampiran 2")`);
      expect(r.stderr).toContain(`${result.address} ("17")`);
      expect(r.stderr).toContain("--hapus-catatan");
      // A note in a cell the new table leaves free is not in the way: it is kept.
      if (blank) expect(r.stderr).not.toContain(`${blank} (`);
      expect((await fs.readFile(file)).equals(before)).toBe(true);
      const en = await runCli(["generate", "--update", file], { LANG: "en_US.UTF-8" });
      expect(en.code).toBe(2);
      expect(en.stderr).toContain("run again with --hapus-catatan");
    });

    test("--hapus-catatan removes them, says which, and keeps the note in a free cell", async () => {
      const file = await notedWorkbook();
      const r = await runCli(["generate", "--update", file, "--hapus-catatan"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("--hapus-catatan");
      expect(r.stdout).toContain(`${label.address} ("lihat lampiran 2")`);
      const ws = (await readWorkbook(file)).getWorksheet("IKU 2026")!;
      expect(ws.getCell(label.address).value).toBe(label.value);
      expect(formulaOf(ws.getCell(result.address))).toBe(result.formula?.slice(1));
      expect(blank).toBeDefined();
      expect(ws.getCell(blank as string).value).toBe("dicek Bu Rina");
    });

    test("a sheet without notes in the way updates without the option; the option needs --update", async () => {
      const file = path.join(tempDir(), "bersih.xlsx");
      expect((await runCli(["generate", "--out", file, "--tahun", "2026"])).code).toBe(0);
      const r = await runCli(["generate", "--update", file]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain("--hapus-catatan");
      const out = await runCli([
        "generate",
        "--out",
        path.join(tempDir(), "baru.xlsx"),
        "--hapus-catatan",
      ]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain("--hapus-catatan hanya berlaku bersama --update");
    });
  });

  test("without options, an update keeps the old sheet's formula mode, agency name and year", async () => {
    const dir = tempDir();
    const file = path.join(dir, "mode.xlsx");
    const nama = "Dinas Uji Coba Kota Bontang";
    const made = await runCli([
      "generate",
      "--out",
      file,
      "--tahun",
      "2025",
      "--rumus",
      "iku",
      "--nama",
      nama,
    ]);
    expect(made.code).toBe(0);
    expect((await runCli(["generate", "--update", file])).code).toBe(0);
    const plan = buildSheetPlan({
      tahun: 2025,
      namaPerangkatDaerah: nama,
      sheetName: "IKU 2025",
      mode: "iku",
    });
    const ws = (await readWorkbook(file)).getWorksheet("IKU 2025")!;
    for (const pc of plan.cells) {
      if (pc.formula) expect(formulaOf(cellOf(ws, pc.address))).toBe(pc.formula.slice(1));
      if (typeof pc.value === "string" && pc.value.includes(nama))
        expect(cellOf(ws, pc.address).value).toBe(pc.value);
    }
  });

  test("refuses a sheet of the same name that the add-in did not make, and leaves the file as it was", async () => {
    const dir = tempDir();
    const file = path.join(dir, "asing.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("IKU 2026").getCell("A1").value = "tabel milik orang lain";
    await wb.xlsx.writeFile(file);
    const before = await fs.readFile(file);
    const r = await runCli(["generate", "--update", file, "--tahun", "2026"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tidak dibuat oleh add-in");
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });

  test("refuses a second sheet for the tahun of the existing sheet, naming it", async () => {
    const dir = tempDir();
    const file = path.join(dir, "dua.xlsx");
    expect((await runCli(["generate", "--out", file, "--tahun", "2026"])).code).toBe(0);
    const before = await fs.readFile(file);
    const r = await runCli(["generate", "--update", file, "--tahun", "2026", "--sheet", "Lain"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"IKU 2026"');
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });

  test("keeps a sheet-level name (the update no longer goes through exceljs's model of the names)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "lokal.xlsx");
    expect((await runCli(["generate", "--out", file, "--tahun", "2026"])).code).toBe(0);
    // Add a sheet-scoped name by editing workbook.xml, as Excel would write it.
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(
      "<definedNames>",
      `<definedNames><definedName name="LOKAL" localSheetId="0">'IKU 2026'!$A$1</definedName>`
    );
    zip.file("xl/workbook.xml", xml);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await runCli(["generate", "--update", file]);
    expect(r.code).toBe(0);
    const names = await rawDefinedNames(file);
    const lokal = names.find((n) => n.name === "LOKAL");
    expect(lokal?.text).toBe("'IKU 2026'!$A$1");
    expect(lokal?.attrs).toContain('localSheetId="0"');
  });

  test("a workbook without an IKU sheet gets one; unusable files give exit 2 without a stack trace", async () => {
    const dir = tempDir();
    const file = path.join(dir, "kosong.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Lain").getCell("C3").value = 7;
    await wb.xlsx.writeFile(file);
    const r = await runCli(["generate", "--update", file, "--tahun", "2026"]);
    expect(r.code).toBe(0);
    const back = await readWorkbook(file);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Lain", "IKU 2026"]);
    expect(back.getWorksheet("Lain")!.getCell("C3").value).toBe(7);

    const missing = await runBin(["generate", "--update", path.join(dir, "tidak-ada.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("tidak ditemukan");
    expect(missing.stderr).not.toMatch(/^\s+at /m);
  });
});
