import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CATALOGUE } from "../../src/core/catalogue";
import type { Catalogue } from "../../src/core/catalogue";
import type { GridValue } from "../../src/core/grid";
import { KATALOG_COLUMNS, KATALOG_SHEET } from "../../src/core/katalog/layout";
import { catalogueOfKatalog } from "../../src/core/katalog/workbook";
import { katalogContent } from "../../src/core/katalog/write";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { TRIWULAN } from "../../src/core/sheet/quarters";
import type { SheetPlan } from "../../src/core/sheet/types";
import { DINKES_KATALOG } from "../core/katalog/dinkes";
import {
  cellOf,
  fillCells,
  rawDefinedNames,
  readWorkbook,
  runCli,
  tempDir,
  validInputs,
} from "./helpers";

/**
 * The Katalog IKU sheet through the CLI: `iku katalog --out` writes it, `iku generate` reads the
 * workbook's own or another's (--katalog), a Katalog with mistakes stops everything with exit 2
 * and every cell named, and `iku audit` checks each file with its own catalogue.
 */

const EN = { LANG: "en_US.UTF-8" };

interface JsonOutput {
  files: {
    file: string;
    catalogue?: { source: string; sheet?: string; indicators?: number };
    findings: { sheet: string; cell: string; rule: string; severity: string; message: string }[];
    error?: string;
  }[];
}

/** A workbook holding the rows as its Katalog IKU sheet (and any other sheets given). */
async function katalogWorkbook(file: string, rows: GridValue[][], sheet = KATALOG_SHEET) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Catatan").getCell("A1").value = "lembar lain";
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== "") ws.getCell(r + 1, c + 1).value = v;
    })
  );
  await wb.xlsx.writeFile(file);
}

/** The catalogue the core reads from rows of a Katalog sheet. */
function catalogueOf(rows: GridValue[][]): Catalogue {
  const read = catalogueOfKatalog({
    name: KATALOG_SHEET,
    origin: "A1",
    values: rows,
    formulas: rows,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return read.catalogue;
}

/** Everything of a worksheet a user would see or Excel would use, as plain data. */
function sheetSnapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push({ address: cell.address, value: cell.value, style: cell.style })
    )
  );
  const model = ws.model as unknown as Record<string, unknown>;
  return {
    name: ws.name,
    cells,
    merges: model.merges,
    cols: model.cols,
    rows: ws.actualRowCount,
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    conditional: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
    views: ws.views,
    pageSetup: ws.pageSetup,
    protection: model.sheetProtection,
  };
}

/** The defined names of a file as name → reference, sorted. */
async function namesOf(file: string): Promise<[string, string][]> {
  return (await rawDefinedNames(file)).map((n) => [n.name, n.text] as [string, string]).sort();
}

/** Valid values for every input and target of a plan, by address. */
function valuesFor(plan: SheetPlan): Map<string, GridValue> {
  return new Map([...validInputs(plan)].map(([input, value]) => [input.address, value]));
}

async function audit(files: string[], env?: NodeJS.ProcessEnv) {
  const r = await runCli(["audit", "--json", ...files], env);
  return { ...r, json: JSON.parse(r.stdout) as JsonOutput };
}

const PLAN_2026 = { tahun: 2026, sheetName: "IKU 2026", mode: "excel" as const };

describe("iku katalog --out", () => {
  const dir = tempDir();
  const file = path.join(dir, "katalog.xlsx");

  test("writes the built-in catalogue as a Katalog IKU sheet that reads back to it", async () => {
    const r = await runCli(["katalog", "--out", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${CATALOGUE.indicators.length} indikator dari katalog bawaan`);
    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([KATALOG_SHEET]);
    const ws = wb.getWorksheet(KATALOG_SHEET)!;
    const content = katalogContent(CATALOGUE);
    content.rows.forEach((row, r) =>
      row.forEach((v, c) =>
        expect([r, c, cellOf(ws, `${colLetter(c)}${r + 1}`).value]).toEqual([r, c, v])
      )
    );
    // Formatted for editing: a bold header row, frozen under it, the writer's widths.
    const header = content.headerRow + 1;
    for (let c = 0; c < KATALOG_COLUMNS.length; c++) {
      expect(cellOf(ws, `${colLetter(c)}${header}`).font?.bold).toBe(true);
      expect(ws.getColumn(c + 1).width).toBe(content.widths[c]);
    }
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header, xSplit: 1 });
    // Lists on Jenis and Polaritas, a warning (the reader names any other word with its cell).
    const jenis = cellOf(ws, `D${header + 1}`).dataValidation;
    expect(jenis).toMatchObject({ type: "list", errorStyle: "warning" });
    expect(jenis.formulae[0]).toBe('"persentase,rasio,jumlah,nilai,pertumbuhan,penurunan"');
    expect(cellOf(ws, `I${header + 200}`).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"positif,negatif"'],
    });
  });

  test("never overwrites an existing file without --force, as iku generate --out", async () => {
    const before = await fs.readFile(file);
    const r = await runCli(["katalog", "--out", file, "--kosong"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sudah ada dan tidak ditimpa");
    expect(await fs.readFile(file)).toEqual(before);
    const forced = await runCli(["katalog", "--out", file, "--kosong", "--force"], EN);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("empty, with one example row");
  });

  test("--kosong: one example row that generates a one-indicator sheet", async () => {
    const out = path.join(dir, "contoh.xlsx");
    const r = await runCli(["generate", "--katalog", file, "--out", out, "--tahun", "2026"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`1 indikator dari lembar "${KATALOG_SHEET}" di ${file}`);
  });

  test("wrong options: missing --out, not .xlsx, unknown option; help in both languages", async () => {
    expect((await runCli(["katalog"])).stderr).toContain("Berikan --out BERKAS.xlsx");
    expect((await runCli(["katalog", "--out", "k.csv"])).code).toBe(2);
    expect((await runCli(["katalog", "--out", file, "--kosongg"])).code).toBe(2);
    expect((await runCli(["katalog", "--help"])).stdout).toContain("--kosong");
    expect((await runCli(["help", "katalog"], EN)).stdout).toContain("an empty table");
    expect((await runCli(["--help"])).stdout).toContain("iku katalog --out");
    expect((await runCli(["generate", "--help"])).stdout).toContain("--katalog yang dipakai");
    expect((await runCli(["generate", "--help"], EN)).stdout).toContain("--katalog wins");
  });
});

function colLetter(c: number): string {
  return String.fromCharCode(65 + c);
}

describe("round trip: iku katalog, then iku generate --katalog", () => {
  const dir = tempDir();
  const katalog = path.join(dir, "katalog.xlsx");

  beforeAll(async () => {
    expect((await runCli(["katalog", "--out", katalog])).code).toBe(0);
  });

  test.each(["excel", "iku"])(
    "gives exactly the built-in sheet and names (%s formulas)",
    async (mode) => {
      const builtIn = path.join(dir, `builtin-${mode}.xlsx`);
      const fromKatalog = path.join(dir, `katalog-${mode}.xlsx`);
      const common = ["--tahun", "2026", "--rumus", mode];
      expect((await runCli(["generate", "--out", builtIn, ...common])).code).toBe(0);
      const r = await runCli(["generate", "--katalog", katalog, "--out", fromKatalog, ...common]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${CATALOGUE.indicators.length} indikator dari lembar`);
      const a = await readWorkbook(builtIn);
      const b = await readWorkbook(fromKatalog);
      expect(sheetSnapshot(b.getWorksheet("IKU 2026")!)).toEqual(
        sheetSnapshot(a.getWorksheet("IKU 2026")!)
      );
      expect(await namesOf(fromKatalog)).toEqual(await namesOf(builtIn));
      // The Katalog came along, as staff made it (values, formatting, validations, panes).
      expect(b.worksheets.map((w) => w.name)).toEqual(["IKU 2026", KATALOG_SHEET]);
      const source = (await readWorkbook(katalog)).getWorksheet(KATALOG_SHEET)!;
      expect(sheetSnapshot(b.getWorksheet(KATALOG_SHEET)!)).toEqual(sheetSnapshot(source));
      expect(r.stdout).toContain(`Lembar "${KATALOG_SHEET}" disalin`);
    }
  );
});

describe("another agency's Katalog (Dinas Kesehatan)", () => {
  const dir = tempDir();
  const dinkes = catalogueOf(DINKES_KATALOG);

  test.each(["excel", "iku"] as const)(
    "iku generate --update on a workbook with its Katalog uses it (%s formulas)",
    async (mode) => {
      const file = path.join(dir, `dinkes-${mode}.xlsx`);
      await katalogWorkbook(file, DINKES_KATALOG);
      const r = await runCli(["generate", "--update", file, "--tahun", "2026", "--rumus", mode]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`(5 indikator dari lembar "${KATALOG_SHEET}")`);
      const plan = buildSheetPlan(
        { ...PLAN_2026, mode, namaPerangkatDaerah: dinkes.agency.nama },
        dinkes
      );
      // Names <Kode>_… exactly as the core plans them; the title is the Katalog's agency.
      const names = await namesOf(file);
      expect(names.map(([n]) => n).filter((n) => !n.startsWith("_xlnm."))).toEqual(
        plan.names.map((n) => n.name).sort()
      );
      expect(names.map(([n]) => n)).toContain("KES01_HASIL");
      const wb = await readWorkbook(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Catatan", KATALOG_SHEET, "IKU 2026"]);
      const ws = wb.getWorksheet("IKU 2026")!;
      for (const cell of plan.cells.filter((c) => c.formula))
        expect([cell.address, ws.getCell(cell.address).formula]).toEqual([
          cell.address,
          cell.formula!.slice(1),
        ]);
      const title = plan.cells.find(
        (c) => typeof c.value === "string" && c.value.includes("Dinas Kesehatan Kota Contoh")
      );
      expect(title).toBeDefined();
      expect(ws.getCell(title!.address).value).toBe(title!.value);
      for (const v of plan.validations)
        expect(ws.getCell(v.address).dataValidation).toMatchObject({ showErrorMessage: true });

      // Typed values, then the audit with the file's own catalogue: no errors.
      await fillCells(file, "IKU 2026", valuesFor(plan));
      const a = await audit([file]);
      expect(a.json.files[0].catalogue).toEqual({
        source: "katalog",
        sheet: KATALOG_SHEET,
        indicators: 5,
      });
      expect(a.json.files[0].findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(a.code).toBe(0);

      // Regenerating keeps every typed value.
      const again = await runCli(["generate", "--update", file]);
      expect(again.stdout).toContain(`${valuesFor(plan).size} isian/target dipertahankan`);
      const kept = (await readWorkbook(file)).getWorksheet("IKU 2026")!;
      for (const [address, value] of valuesFor(plan))
        expect([address, kept.getCell(address).value]).toEqual([address, value]);
    }
  );

  test("--katalog from another file with --update: the values typed are kept, the Katalog copied", async () => {
    const katalog = path.join(dir, "katalog-dspm.xlsx");
    const target = path.join(dir, "target.xlsx");
    expect((await runCli(["katalog", "--out", katalog])).code).toBe(0);
    expect((await runCli(["generate", "--out", target, "--tahun", "2026"])).code).toBe(0);
    const plan = buildSheetPlan({ ...PLAN_2026, namaPerangkatDaerah: CATALOGUE.agency.nama });
    const values = valuesFor(plan);
    await fillCells(target, "IKU 2026", values);
    // The same file regenerated from the built-in catalogue, for the audit to compare with.
    const baseline = path.join(dir, "baseline.xlsx");
    await fs.copyFile(target, baseline);
    expect((await runCli(["generate", "--update", baseline])).code).toBe(0);

    const r = await runCli(["generate", "--katalog", katalog, "--update", target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${values.size} isian/target dipertahankan`);
    expect(r.stdout).toContain(`Lembar "${KATALOG_SHEET}" disalin`);
    const wb = await readWorkbook(target);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["IKU 2026", KATALOG_SHEET]);
    const ws = wb.getWorksheet("IKU 2026")!;
    for (const [address, value] of values)
      expect([address, ws.getCell(address).value]).toEqual([address, value]);
    // The copied Katalog is the file's catalogue now, and it reads the sheet as the built-in one.
    const after = await audit([target, baseline]);
    expect(after.json.files.map((f) => f.catalogue)).toEqual([
      { source: "katalog", sheet: KATALOG_SHEET, indicators: 18 },
      { source: "builtin", indicators: 18 },
    ]);
    expect(after.json.files[0].findings).toEqual(after.json.files[1].findings);
    expect(after.code).toBe(0);
  });

  test("an edited Katalog (added in the middle, one removed, one renamed) keeps the remaining values", async () => {
    const target = path.join(dir, "edit-target.xlsx");
    const edited = path.join(dir, "edited.xlsx");
    await katalogWorkbook(target, DINKES_KATALOG);
    expect((await runCli(["generate", "--update", target, "--tahun", "2026"])).code).toBe(0);
    const plan = buildSheetPlan({ ...PLAN_2026, namaPerangkatDaerah: dinkes.agency.nama }, dinkes);
    const byName = new Map([...validInputs(plan)].map(([i, v]) => [i.name, v]));
    await fillCells(target, "IKU 2026", valuesFor(plan));

    // KES06 added after KES01, KES04 (jumlah, three components) removed, KES05 renamed.
    const [head, table, kes01, kes02, kes03, , kes05] = DINKES_KATALOG;
    const kes06 = [
      "KES06",
      kes01[1],
      "Persentase ibu hamil K4",
      "persentase",
      "Ibu hamil K4",
      "Ibu hamil",
    ];
    const renamed = [...kes05];
    renamed[2] = "Indeks kepuasan masyarakat (IKM)";
    await katalogWorkbook(edited, [head, table, kes01, kes06, kes02, kes03, renamed]);

    const r = await runCli(["generate", "--katalog", edited, "--update", target], EN);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // The target's own Katalog is not overwritten, and the user is told.
    expect(r.stdout).toContain(`the "${KATALOG_SHEET}" sheet already in ${target} was not changed`);
    const next = buildSheetPlan(
      { ...PLAN_2026, namaPerangkatDaerah: dinkes.agency.nama },
      catalogueOf([head, table, kes01, kes06, kes02, kes03, renamed])
    );
    const ws = (await readWorkbook(target)).getWorksheet("IKU 2026")!;
    let kept = 0;
    for (const input of validInputs(next).keys()) {
      const value = byName.get(input.name);
      const cell = ws.getCell(input.address).value;
      if (value === undefined) expect([input.name, cell]).toEqual([input.name, null]);
      else {
        expect([input.name, cell]).toEqual([input.name, value]);
        kept++;
      }
    }
    // KES01–03 (two components each) and KES05 (one): each component's four quarters and the
    // target.
    const remaining = dinkes.indicators.filter((i) =>
      ["KES01", "KES02", "KES03", "KES05"].includes(i.code)
    );
    expect(remaining.map((i) => i.components.length)).toEqual([2, 2, 2, 1]);
    expect(kept).toBe(remaining.reduce((n, i) => n + i.components.length * TRIWULAN.length + 1, 0));
    // Nothing of the old table is left over: every cell with content is one of the new plan's.
    const planned = new Set(next.cells.map((c) => c.address));
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== null && cell.value !== "")
          expect([cell.address, planned.has(cell.address)]).toEqual([cell.address, true]);
      })
    );
    // The removed indicator leaves no name behind; the new one has its own.
    const names = (await namesOf(target)).map(([n]) => n);
    expect(names.filter((n) => n.startsWith("KES04_"))).toEqual([]);
    expect(names).toContain("KES06_PEMBILANG");
  });
});

describe("a Katalog with mistakes: every cell and message, exit 2, nothing written", () => {
  const dir = tempDir();
  // KES01's Jenis (row 3, column D) unknown; KES03's Kode (row 5) a duplicate of KES02's.
  const broken = DINKES_KATALOG.map((row) => [...row]);
  broken[2][3] = "persen";
  broken[4][0] = "KES02";
  const brokenFile = path.join(dir, "broken.xlsx");

  beforeAll(() => katalogWorkbook(brokenFile, broken));

  test("iku generate --katalog BROKEN --out: no file, each mistake with its cell", async () => {
    const out = path.join(dir, "out.xlsx");
    const r = await runCli(["generate", "--katalog", brokenFile, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2 kesalahan; tidak ada yang ditulis");
    expect(r.stderr).toMatch(/Katalog IKU!D3: .*"persen"/);
    expect(r.stderr).toMatch(/Katalog IKU!A5: .*KES02/);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  test("English when LANG is English", async () => {
    const r = await runCli(
      ["generate", "--katalog", brokenFile, "--out", path.join(dir, "x.xlsx")],
      EN
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("has 2 mistake(s); nothing was written");
    expect(r.stderr).toMatch(/Katalog IKU!D3: .*"persen"/);
  });

  test("iku generate --update of a workbook whose own Katalog is broken leaves it as it was", async () => {
    const file = path.join(dir, "own-broken.xlsx");
    await katalogWorkbook(file, broken);
    const before = await fs.readFile(file);
    const r = await runCli(["generate", "--update", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Katalog IKU!D3: /);
    expect(await fs.readFile(file)).toEqual(before);
  });

  test("--katalog on a file without a Katalog sheet, or a broken target with a good --katalog", async () => {
    const plain = path.join(dir, "plain.xlsx");
    expect((await runCli(["generate", "--out", plain])).code).toBe(0);
    const r = await runCli(["generate", "--katalog", plain, "--out", path.join(dir, "y.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`tidak memiliki lembar "${KATALOG_SHEET}"`);
    // The explicit --katalog wins over the target's own (broken) Katalog, which stays as it was.
    const good = path.join(dir, "good.xlsx");
    await katalogWorkbook(good, DINKES_KATALOG);
    const target = path.join(dir, "target-broken.xlsx");
    await katalogWorkbook(target, broken);
    const u = await runCli(["generate", "--katalog", good, "--update", target]);
    expect(u.code).toBe(0);
    expect(u.stdout).toContain("tidak diubah");
  });

  test("iku audit: the Katalog's findings with their cells, exit 2, nothing else checked", async () => {
    const file = path.join(dir, "audit-broken.xlsx");
    await katalogWorkbook(file, broken);
    const a = await audit([file]);
    expect(a.code).toBe(2);
    const entry = a.json.files[0];
    expect(entry.catalogue).toEqual({ source: "katalog", sheet: KATALOG_SHEET });
    expect(entry.error).toContain("2 kesalahan");
    expect(entry.findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      [KATALOG_SHEET, "D3", "katalog.jenisUnknown"],
      [KATALOG_SHEET, "A5", "katalog.kodeDuplicate"],
    ]);
    const table = await runCli(["audit", file], EN);
    expect(table.code).toBe(2);
    expect(table.stdout).toContain("CANNOT BE USED");
    expect(table.stdout).toMatch(/Katalog IKU\s+D3\s+.*katalog\.jenisUnknown/);
    expect(table.stdout).not.toContain("workbook.noIkuSheet");
  });
});

test("iku audit: two files, two catalogues, one run", async () => {
  const dir = tempDir();
  const dspm = path.join(dir, "dspm.xlsx");
  const dinkes = path.join(dir, "dinkes.xlsx");
  expect((await runCli(["generate", "--out", dspm, "--tahun", "2026"])).code).toBe(0);
  await katalogWorkbook(dinkes, DINKES_KATALOG);
  expect((await runCli(["generate", "--update", dinkes, "--tahun", "2026"])).code).toBe(0);
  const dinkesPlan = buildSheetPlan(
    { ...PLAN_2026, namaPerangkatDaerah: "Dinas Kesehatan Kota Contoh" },
    catalogueOf(DINKES_KATALOG)
  );
  await fillCells(dinkes, "IKU 2026", valuesFor(dinkesPlan));
  await fillCells(
    dspm,
    "IKU 2026",
    valuesFor(buildSheetPlan({ ...PLAN_2026, namaPerangkatDaerah: CATALOGUE.agency.nama }))
  );
  const a = await audit([dspm, dinkes]);
  expect(a.json.files.map((f) => f.catalogue)).toEqual([
    { source: "builtin", indicators: CATALOGUE.indicators.length },
    { source: "katalog", sheet: KATALOG_SHEET, indicators: 5 },
  ]);
  for (const f of a.json.files)
    expect(f.findings.filter((x) => x.severity === "error")).toEqual([]);
  expect(a.code).toBe(0);
  const table = await runCli(["audit", dspm, dinkes]);
  expect(table.stdout).toContain(
    `Katalog: katalog bawaan (${CATALOGUE.indicators.length} indikator)`
  );
  expect(table.stdout).toContain(`Katalog: lembar "${KATALOG_SHEET}" (5 indikator)`);
});

test("a workbook whose structure is protected is regenerated without a copy of the Katalog, and told so", async () => {
  const dir = tempDir();
  const katalog = path.join(dir, "katalog.xlsx");
  const target = path.join(dir, "terkunci.xlsx");
  expect((await runCli(["katalog", "--out", katalog])).code).toBe(0);
  expect((await runCli(["generate", "--out", target, "--tahun", "2026"])).code).toBe(0);
  const zip = await JSZip.loadAsync(await fs.readFile(target));
  const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(
    "<sheets>",
    '<workbookProtection lockStructure="1"/><sheets>'
  );
  zip.file("xl/workbook.xml", xml);
  await fs.writeFile(target, await zip.generateAsync({ type: "nodebuffer" }));
  const r = await runCli(["generate", "--katalog", katalog, "--update", target]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("tidak disalin karena struktur buku kerja dilindungi");
  expect((await readWorkbook(target)).worksheets.map((w) => w.name)).toEqual(["IKU 2026"]);
});
