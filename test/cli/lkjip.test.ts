import { promises as fs } from "node:fs";
import path from "node:path";
import { scopeNames } from "../../src/cli/scoped-names";
import { CATALOGUE } from "../../src/core/catalogue";
import { LKJIP_EN } from "../../src/core/messages/en-lkjip";
import { LKJIP_ID } from "../../src/core/messages/id-lkjip";
import { lkjipText } from "../../src/core/messages/lkjip-sheet";
import { buildLkjipPlan, LKJIP_MARKER } from "../../src/core/sakip/lkjip";
import type { LkjipPlan } from "../../src/core/sakip/lkjip";
import { rawDefinedNames, readWorkbook, runCli, tempDir } from "./helpers";

/** A workbook with the IKU sheet of 2027, made by the CLI itself. */
async function yearWorkbook(): Promise<string> {
  const file = path.join(tempDir("iku-lkjip-"), "sakip.xlsx");
  const gen = await runCli(["generate", "--out", file, "--tahun", "2027", "--rumus", "excel"]);
  expect(gen.code).toBe(0);
  return file;
}

/** The plan the CLI writes for that workbook (built-in catalogue, no Renstra). */
async function planOf(file: string): Promise<LkjipPlan> {
  const names = (await rawDefinedNames(file)).map((n) => ({ name: n.name, refersTo: n.text }));
  const built = buildLkjipPlan({
    tahun: 2027,
    yearSheets: [{ tahun: 2027, sheet: "IKU 2027" }],
    names,
    namaPerangkatDaerah: CATALOGUE.agency.nama,
  });
  if (!built.ok) throw new Error("no plan");
  return built.plan;
}

describe("iku lkjip", () => {
  test("writes the sheet with sheet-scoped names, says it cannot write charts, keeps the typed budget", async () => {
    const file = await yearWorkbook();
    const first = await runCli(["lkjip", file, "--tahun", "2027"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(LKJIP_ID.noCharts);
    const plan = await planOf(file);

    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["IKU 2027", plan.sheetName]);
    const ws = wb.getWorksheet(plan.sheetName)!;
    // Every plan cell is written as planned: formulas are formulas, no number is copied.
    for (const c of plan.cells) {
      if (c.formula) expect(`=${ws.getCell(c.address).formula}`).toBe(c.formula);
      else if (c.value !== undefined) expect(ws.getCell(c.address).value).toBe(c.value);
    }
    // Without a Target Renstra sheet, table 3 says so in a cell (no #REF!).
    expect(plan.cells.some((c) => c.value === lkjipText.noRenstra)).toBe(true);
    const scoped = (await rawDefinedNames(file)).filter((n) => n.text.includes("Pengukuran"));
    expect(scoped.map((n) => n.name).sort()).toEqual(plan.names.map((n) => n.name).sort());
    expect(scoped.every((n) => /localSheetId="1"/.test(n.attrs))).toBe(true);
    expect(scoped.map((n) => n.name)).toContain(LKJIP_MARKER);

    // Staff type the budget (exceljs drops the names' scope: put them back as Excel keeps them).
    const typed = [1_500_000_000, 1_200_000_000.5, 7, 0, 3, 2];
    plan.budget.forEach((b, i) => (ws.getCell(b.address).value = typed[i]));
    await wb.xlsx.writeFile(file);
    const allNames = (await rawDefinedNames(file)).map((n) => ({
      name: n.name,
      sheet: n.text.includes("Pengukuran") ? plan.sheetName : "IKU 2027",
      refersTo: n.text,
    }));
    await fs.writeFile(file, await scopeNames(await fs.readFile(file), allNames));

    const again = await runCli(["lkjip", file, "--tahun", "2027"]);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${plan.budget.length} isian anggaran dipertahankan`);
    const back = (await readWorkbook(file)).getWorksheet(plan.sheetName)!;
    plan.budget.forEach((b, i) => expect(back.getCell(b.address).value).toBe(typed[i]));
    // The names are replaced, not doubled.
    const after = (await rawDefinedNames(file)).filter((n) => n.text.includes("Pengukuran"));
    expect(after).toHaveLength(plan.names.length);
  });

  test("a year without its IKU sheet, a foreign sheet of that name and bad options are refused", async () => {
    const file = await yearWorkbook();
    const before = await fs.readFile(file);
    const missing = await runCli(["lkjip", file, "--tahun", "2026"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(LKJIP_ID.noYearSheet(file, 2026, [2027]));

    const wb = await readWorkbook(file);
    wb.addWorksheet(lkjipText.sheetName(2027)).getCell("A1").value = "catatan staf";
    await wb.xlsx.writeFile(file);
    const foreign = await runCli(["lkjip", file, "--tahun", "2027"]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain(LKJIP_ID.foreignSheet(lkjipText.sheetName(2027)));
    expect(
      (await readWorkbook(file)).getWorksheet(lkjipText.sheetName(2027))!.getCell("A1").value
    ).toBe("catatan staf");

    const usage = await runCli(["lkjip", "--tahun", "27"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain(LKJIP_ID.missingFile);
    expect(usage.stderr).toContain(LKJIP_ID.badTahun("27"));
    expect(before.length).toBeGreaterThan(0);
  });

  test("English: the charts note and the help", async () => {
    const file = await yearWorkbook();
    const en = { LANG: "en_US.UTF-8" };
    const r = await runCli(["lkjip", file, "--tahun", "2027"], en);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(LKJIP_EN.noCharts);
    const help = await runCli(["lkjip", "--help"], en);
    expect(help.stdout).toBe(LKJIP_EN.help);
    const main = await runCli(["--help"], en);
    expect(main.stdout).toContain("iku lkjip");
  });
});
