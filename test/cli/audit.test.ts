import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { GridValue } from "../../src/core/grid";
import { planInputs } from "../../src/core/sheet/evaluate";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { CATALOGUE } from "../../src/core/catalogue";
import {
  FileProblem,
  loadExcelJs,
  loadWorkbookFile,
  readXlsxBytes,
  sheetGrid,
  workbookSheets,
} from "../../src/cli/xlsx-read";
import { fillCells, hasStackTrace, runBin, runCli, tempDir, validInputs } from "./helpers";

const PLAN = buildSheetPlan({
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: "IKU 2026",
  mode: "excel",
});

interface JsonOutput {
  files: {
    file: string;
    error?: string;
    findings: {
      sheet: string;
      cell: string;
      indicator: string | null;
      rule: string;
      severity: string;
      message: string;
    }[];
  }[];
}

/** A generated workbook with valid values everywhere, cached results refreshed by --update. */
async function goodWorkbook(
  file: string,
  change?: (values: Map<string, GridValue>) => void
): Promise<void> {
  expect((await runCli(["generate", "--out", file, "--tahun", "2026"])).code).toBe(0);
  const values = new Map<string, GridValue>();
  for (const [input, value] of validInputs(PLAN)) values.set(input.address, value);
  change?.(values);
  await fillCells(file, PLAN.sheetName, values);
  expect((await runCli(["generate", "--update", file])).code).toBe(0);
}

describe("iku audit", () => {
  let dir: string;
  let good: string;
  let bad: string;
  // In TW IV, the quarter the year's value is read from (posisi) or adds up to (akumulasi).
  const negativeInput = planInputs(PLAN).find((i) => i.valueType === "cacah" && i.triwulan === 4)!;

  beforeAll(async () => {
    dir = tempDir("iku-audit-");
    good = path.join(dir, "baik.xlsx");
    bad = path.join(dir, "salah.xlsx");
    await goodWorkbook(good);
    await goodWorkbook(bad, (values) => values.set(negativeInput.address, -5));
  });

  test("a clean workbook: exit 0 and one JSON object with an empty finding list per file", async () => {
    const r = await runBin(["audit", good, "--json"]);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as JsonOutput;
    expect(out.files).toHaveLength(1);
    expect(out.files[0].file).toBe(good);
    expect(out.files[0].error).toBeUndefined();
    expect(out.files[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.code).toBe(0);
  });

  test("an error finding: exit 1, with the finding's position and exactly the documented fields", async () => {
    const r = await runCli(["audit", "--json", bad]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOutput;
    const findings = out.files[0].findings;
    const negative = findings.find((f) => f.cell === negativeInput.address);
    expect(negative).toMatchObject({
      sheet: PLAN.sheetName,
      indicator: negativeInput.indicator,
      severity: "error",
      rule: "input.negative",
    });
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual([
        "cell",
        "indicator",
        "message",
        "rule",
        "severity",
        "sheet",
      ]);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  test("the default output is a table per file with a summary", async () => {
    const r = await runCli(["audit", bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`== ${bad} ==`);
    expect(r.stdout).toMatch(/Lembar\s+Sel\s+Indikator\s+Tingkat\s+Aturan\s+Pesan/);
    expect(r.stdout).toContain(negativeInput.address);
    expect(r.stdout).toContain("kesalahan");
    expect(r.stdout).not.toContain("galat");
    expect(r.stdout).toMatch(/Jumlah: 1 berkas, [1-9]\d* kesalahan/);
  });

  test("unusable files give exit 2 with a message and no stack trace; the other files are still audited", async () => {
    const missing = path.join(dir, "tidak-ada.xlsx");
    const text = path.join(dir, "catatan.xlsx");
    await fs.writeFile(text, "ini bukan buku kerja\n");
    const corrupt = path.join(dir, "rusak.xlsx");
    const goodBytes = await fs.readFile(good);
    await fs.writeFile(corrupt, goodBytes.subarray(0, Math.floor(goodBytes.length / 2)));
    const encrypted = path.join(dir, "bersandi.xlsx");
    await fs.writeFile(
      encrypted,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(4096),
      ])
    );
    const folder = path.join(dir, "folder.xlsx");
    await fs.mkdir(folder);
    const docx = path.join(dir, "dokumen.xlsx");
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    await fs.writeFile(docx, await zip.generateAsync({ type: "nodebuffer" }));

    const files = [missing, good, text, corrupt, encrypted, bad, folder, docx];
    const r = await runBin(["audit", "--json", ...files]);
    expect(r.code).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(hasStackTrace(r.stdout)).toBe(false);
    const out = JSON.parse(r.stdout) as JsonOutput;
    expect(out.files.map((f) => f.file)).toEqual(files);
    const byFile = new Map(out.files.map((f) => [f.file, f]));
    expect(byFile.get(missing)?.error).toContain("tidak ditemukan");
    expect(byFile.get(text)?.error).toContain("bukan buku kerja Excel");
    expect(byFile.get(corrupt)?.error).toContain("rusak");
    expect(byFile.get(encrypted)?.error).toContain("kata sandi");
    expect(byFile.get(folder)?.error).toContain("bukan berkas");
    expect(byFile.get(docx)?.error).toContain("bukan buku kerja Excel");
    // The usable files were audited as if alone.
    expect(byFile.get(good)?.error).toBeUndefined();
    expect(byFile.get(bad)?.findings.some((f) => f.rule === "input.negative")).toBe(true);
    // Progress and the unusable files on stderr.
    expect(r.stderr).toContain(`[1/${files.length}] ${missing}`);
    expect(r.stderr).toContain(`[${files.length}/${files.length}] ${docx}`);
    expect(r.stderr).toContain("kata sandi");
  });

  test("a workbook without an IKU sheet is a finding with its own rule and exit code 3, listed in the summary", async () => {
    const plain = path.join(dir, "polos.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Lain").getCell("A1").value = 5;
    await wb.xlsx.writeFile(plain);
    const r = await runCli(["audit", plain, good]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("Tidak ditemukan lembar IKU");
    expect(r.stdout).toContain(
      `Tanpa lembar IKU (tidak diperiksa, kode keluar 3): 1 berkas:\n  ${plain}`
    );
    const json = JSON.parse((await runCli(["audit", "--json", plain])).stdout) as JsonOutput;
    expect(json.files).toHaveLength(1);
    expect(json.files[0].findings).toEqual([
      {
        sheet: "",
        cell: "",
        indicator: null,
        rule: "workbook.noIkuSheet",
        severity: "error",
        message: expect.stringContaining("Tidak ditemukan lembar IKU") as unknown as string,
      },
    ]);
    // An unusable file still wins (2), and a plain error finding gives 1.
    expect((await runCli(["audit", plain, path.join(dir, "nope.xlsx")])).code).toBe(2);
    expect((await runCli(["audit", bad])).code).toBe(1);
  });

  test("messages follow an English locale", async () => {
    const r = await runCli(["audit", path.join(dir, "nope.xlsx")], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("CANNOT BE USED");
    expect(r.stderr).toContain("not found");
  });

  test("under an English locale the findings' messages are English (the real command, audit in a worker)", async () => {
    const overwritten = path.join(dir, "ditimpa.xlsx");
    await goodWorkbook(overwritten, (values) => values.set(negativeInput.address, -5));
    const result = PLAN.cells.find((c) => c.role === "result" && c.indicator === "IKU06")!;
    await fillCells(overwritten, PLAN.sheetName, new Map([[result.address, 75]]));
    const run = async (LANG: string) => {
      const r = await runBin(["audit", "--json", overwritten], { LANG });
      expect(r.code).toBe(1);
      return (JSON.parse(r.stdout) as JsonOutput).files[0].findings;
    };
    const en = await run("en_US.UTF-8");
    const id = await run("id_ID.UTF-8");
    const shape = (fs: typeof en) => fs.map((f) => [f.cell, f.rule]);
    expect(shape(en)).toEqual(shape(id));
    const message = (fs: typeof en, rule: string) => fs.find((f) => f.rule === rule)?.message;
    expect(message(en, "formula.overwritten")).toMatch(
      /^Result of IKU 6 holds the number "75" typed in directly, not a formula/
    );
    expect(message(id, "formula.overwritten")).toMatch(/^Realisasi IKU 6 berisi angka/);
    expect(message(en, "input.negative")).toContain("cannot be negative");
    expect(message(id, "input.negative")).toContain("tidak boleh negatif");
  });

  test("no file, or an unknown option, is a usage error", async () => {
    expect((await runCli(["audit"])).code).toBe(2);
    const r = await runCli(["audit", "--xml", good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--xml");
  });

  test("a file above the size limit is refused before it is read", async () => {
    await expect(readXlsxBytes(good, 1024)).rejects.toMatchObject({ code: "tooLarge" });
    await expect(readXlsxBytes(good)).resolves.toBeInstanceOf(Buffer);
    await expect(readXlsxBytes(path.join(dir, "none.xlsx"))).rejects.toBeInstanceOf(FileProblem);
  });

  test("the grid holds cached values, formulas with '=', error texts and workbook-scoped names", async () => {
    const { grid } = await loadWorkbookFile(bad);
    const sheet = grid.sheets.find((s) => s.name === PLAN.sheetName)!;
    expect(sheet.origin).toBe("A1");
    const ind = PLAN.indicators.find((i) => i.code === negativeInput.indicator)!;
    const pos = (a: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return { r: Number(m[2]) - 1, c: col - 1 };
    };
    const h = pos(ind.hasil.address);
    expect(String(sheet.formulas[h.r][h.c])).toMatch(/^=/);
    expect(sheet.values[h.r][h.c]).toBe("#VALUE!");
    const n = pos(negativeInput.address);
    expect(sheet.values[n.r][n.c]).toBe(-5);
    const name = grid.names.find((x) => x.name === ind.hasil.name);
    expect(name?.refersTo).toBe(PLAN.names.find((x) => x.name === ind.hasil.name)?.refersTo);
    expect(grid.names.some((x) => x.name.startsWith("_xlnm"))).toBe(false);
  });
});

describe("the audit reads what its grid is made of", () => {
  test("the audit's own sheet reader skips formatting, validations and page setup and changes no cell", async () => {
    const dir = tempDir();
    const file = path.join(dir, "mixed.xlsx");
    expect((await runCli(["generate", "--out", file, "--tahun", "2026"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // A staff sheet with what a grid-only read skips around cells it keeps.
    const ws = wb.addWorksheet("Catatan", { properties: { tabColor: { argb: "FF00FF00" } } });
    ws.columns = [{ width: 30 }, { width: 12 }];
    ws.getCell("A1").value = "Judul";
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = { text: "Situs", hyperlink: "https://example.org" };
    ws.getCell("B2").value = 42.5;
    ws.getCell("B2").note = "catatan";
    ws.getCell("B3").value = { formula: "B2*2", result: 85 };
    ws.getCell("C3").value = new Date(Date.UTC(2026, 0, 15));
    ws.getCell("C3").numFmt = "dd/mm/yyyy";
    ws.getCell("B2").dataValidation = { type: "decimal", operator: "greaterThan", formulae: [0] };
    ws.addConditionalFormatting({
      ref: "B2:B3",
      rules: [
        {
          type: "cellIs",
          operator: "lessThan",
          formulae: [0],
          priority: 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } },
        },
      ],
    });
    ws.pageSetup.orientation = "landscape";
    ws.protect("", {});
    await wb.xlsx.writeFile(file);

    const { pkg, grid } = await loadWorkbookFile(file);
    const full = await loadExcelJs(pkg.bytes, file);
    const fullSheets = workbookSheets(pkg, full, file).map(({ ws: s, name }) =>
      sheetGrid(s, file, name)
    );
    expect(grid.sheets).toEqual(fullSheets);
    const notes = grid.sheets.find((s) => s.name === "Catatan")!;
    expect(notes.values[0]).toEqual(["Judul", "", ""]);
    expect(notes.values[1]).toEqual(["Situs", 42.5]);
    expect(notes.formulas[2]).toEqual(["", "=B2*2", notes.values[2][2]]);
  });
});

describe("one analysis cache for the files of a run", () => {
  test("each file's findings are those it has audited alone, whatever was audited before", async () => {
    const { analyseWorkbook, runAnalyser } = await import("../../src/cli/analyse");
    const dir = tempDir();
    const files = [
      path.join(dir, "excel-2026.xlsx"),
      path.join(dir, "iku-2027.xlsx"),
      path.join(dir, "excel-2026-edited.xlsx"),
    ];
    expect((await runCli(["generate", "--out", files[0], "--tahun", "2026"])).code).toBe(0);
    const iku = ["generate", "--out", files[1], "--tahun", "2027", "--rumus", "iku"];
    expect((await runCli(iku)).code).toBe(0);
    // The same template with one formula changed and one input filled wrongly.
    const formulaCell = PLAN.cells.find((c) => c.formula && c.name)!;
    const input = planInputs(PLAN)[0];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files[0]);
    const ws = wb.getWorksheet(PLAN.sheetName)!;
    ws.getCell(formulaCell.address).value = { formula: "1+1", result: 2 };
    ws.getCell(input.address).value = -5;
    await wb.xlsx.writeFile(files[2]);

    const shared = runAnalyser("id");
    for (const file of [...files, ...files]) {
      const { grid } = await loadWorkbookFile(file);
      expect(shared(grid)).toEqual(analyseWorkbook(grid, "id"));
    }
    const edited = analyseWorkbook((await loadWorkbookFile(files[2])).grid, "id");
    expect(edited.findings.some((f) => f.cell.replace(/\$/g, "") === formulaCell.address)).toBe(
      true
    );
  });
});
