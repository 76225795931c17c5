import path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { buildRenstraPlan } from "../../src/core/sakip/renstra";
import { CATALOGUE } from "../../src/core/catalogue";
import { rawDefinedNames, readWorkbook, runCli, tempDir } from "./helpers";

/** `iku renstra`: the Target Renstra sheet added, made again, refused when it would lose data. */

jest.setTimeout(120_000);

const plan = (awal: number, akhir: number) =>
  buildRenstraPlan({ periode: { awal, akhir }, namaPerangkatDaerah: CATALOGUE.agency.nama });

describe("iku renstra", () => {
  test("help and wrong options", async () => {
    const help = await runCli(["renstra", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/iku renstra BERKAS\.xlsx --periode 2025-2029/);
    const none = await runCli(["renstra", "x.xlsx"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Berikan --periode/);
    const bad = await runCli(["renstra", "x.xlsx", "--periode", "2029-2020"]);
    expect(bad.stderr).toMatch(/--periode: Tahun akhir \(2020\) harus sesudah tahun awal \(2029\)/);
    const en = await runCli(["renstra", "x.xlsx", "--periode", "20-30"], { LANG: "en_US.UTF-8" });
    expect(en.stderr).toMatch(/"20-30" is not a period/);
  });

  test("a new file, then refused without --update, and a foreign sheet left alone", async () => {
    const dir = tempDir("iku-renstra-");
    const file = path.join(dir, "r.xlsx");
    const first = await runCli(["renstra", file, "--periode", "2025-2029"]);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/ditambahkan ke/);
    const names = await rawDefinedNames(file);
    expect(names.find((n) => n.name === "IKU_RENSTRA")?.attrs).toMatch(/localSheetId="0"/);
    expect(names.filter((n) => n.name.startsWith("IKU06_TARGET_")).map((n) => n.name)).toEqual([
      "IKU06_TARGET_2025",
      "IKU06_TARGET_2026",
      "IKU06_TARGET_2027",
      "IKU06_TARGET_2028",
      "IKU06_TARGET_2029",
    ]);
    const again = await runCli(["renstra", file, "--periode", "2025-2029"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/Pakai --update/);

    const foreign = path.join(dir, "f.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Target Renstra").getCell("A1").value = "catatan staf";
    await wb.xlsx.writeFile(foreign);
    const before = await fs.readFile(foreign);
    const refused = await runCli(["renstra", foreign, "--periode", "2025-2029"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/tidak dibuat oleh add-in/);
    expect((await fs.readFile(foreign)).equals(before)).toBe(true);
  });

  test("another period keeps typed values by name and refuses to drop one without --hapus-catatan", async () => {
    const dir = tempDir("iku-renstra-");
    const file = path.join(dir, "r.xlsx");
    await runCli(["renstra", file, "--periode", "2025-2029"]);
    const old = plan(2025, 2029);
    const at = (p: typeof old, name: string) => p.cells.find((c) => c.name === name)!.address;
    // Typed by staff through exceljs, which drops the names' scope: found by where they point.
    const wb = await readWorkbook(file);
    const ws = wb.getWorksheet("Target Renstra")!;
    ws.getCell(at(old, "IKU06_TARGET_2025")).value = 70;
    ws.getCell(at(old, "IKU06_TARGET_2027")).value = 75;
    ws.getCell(at(old, "IKU06_AWAL")).value = 65;
    ws.getCell(at(old, "IKU06_AKHIR")).value = 85;
    await wb.xlsx.writeFile(file);

    const refused = await runCli(["renstra", file, "--update", "--periode", "2026-2030"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `IKU06_TARGET_2025 (Target Renstra!${at(old, "IKU06_TARGET_2025")})`
    );
    const done = await runCli([
      "renstra",
      file,
      "--update",
      "--periode",
      "2026-2030",
      "--hapus-catatan",
    ]);
    expect(done.stderr).toBe("");
    expect(done.stdout).toMatch(/diperbarui di .*; 3 isian dipertahankan/);
    expect(done.stdout).toMatch(/perbarui lembar tahun 2026, 2027, 2028, 2029/);
    const now = plan(2026, 2030);
    const back = (await readWorkbook(file)).getWorksheet("Target Renstra")!;
    expect(back.getCell(at(now, "IKU06_TARGET_2027")).value).toBe(75);
    expect(back.getCell(at(now, "IKU06_AWAL")).value).toBe(65);
    expect(back.getCell(at(now, "IKU06_AKHIR")).value).toBe(85);
    expect(back.getCell("A3").value).toBe("Periode 2026–2030");
    const names = await rawDefinedNames(file);
    expect(names.some((n) => n.name === "IKU06_TARGET_2025")).toBe(false);
    expect(names.filter((n) => n.name === "IKU06_TARGET_2030")).toHaveLength(1);
  });
});
