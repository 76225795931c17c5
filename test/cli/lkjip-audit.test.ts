import { promises as fs } from "node:fs";
import path from "node:path";
import { scopeNames } from "../../src/cli/scoped-names";
import { splitSheet } from "../../src/core/formula-parser/address";
import { lkjipText } from "../../src/core/messages/lkjip-sheet";
import { LKJIP_AUDIT_ID } from "../../src/core/messages/id-lkjip-audit";
import { rawDefinedNames, readWorkbook, runCli, tempDir } from "./helpers";

/**
 * `iku audit` on a workbook whose "Pengukuran Kinerja 2027" sheet `iku lkjip` wrote: clean as
 * written; after tampering with exceljs (a copied number, a changed formula, a bad budget)
 * each is reported on its cell; after a year sheet is added, one stale finding.
 */

interface JsonFinding {
  sheet: string;
  cell: string;
  rule: string;
  severity: string;
  message: string;
}

const SHEET = lkjipText.sheetName(2027);

async function lkjipWorkbook(): Promise<string> {
  const file = path.join(tempDir("iku-lkaudit-"), "sakip.xlsx");
  const steps = [
    ["generate", "--out", file, "--tahun", "2026", "--rumus", "excel"],
    ["generate", "--update", file, "--tahun", "2027"],
    ["renstra", file, "--periode", "2025-2029"],
    ["lkjip", file, "--tahun", "2027"],
  ];
  for (const args of steps) {
    const r = await runCli(args);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }
  return file;
}

async function lkjipFindings(file: string): Promise<JsonFinding[]> {
  const r = await runCli(["audit", "--json", file]);
  const json = JSON.parse(r.stdout) as { files: { findings: JsonFinding[] }[] };
  return json.files[0].findings.filter((f) => f.rule.startsWith("lkjip.") || f.sheet === SHEET);
}

/** Edits the file with exceljs, then puts the names' sheet scopes back (exceljs drops them). */
async function tamper(file: string, edit: (ws: import("exceljs").Worksheet) => void) {
  const names = await rawDefinedNames(file);
  const wb = await readWorkbook(file);
  edit(wb.getWorksheet(SHEET)!);
  await wb.xlsx.writeFile(file);
  const scoped = names
    .filter((n) => /localSheetId/.test(n.attrs))
    .map((n) => ({ name: n.name, sheet: splitSheet(n.text).sheet ?? "", refersTo: n.text }));
  await fs.writeFile(file, await scopeNames(await fs.readFile(file), scoped));
}

describe("iku audit on the Pengukuran Kinerja sheet", () => {
  test("as written: no finding; tampered: each change on its cell, with the expected formula", async () => {
    const file = await lkjipWorkbook();
    expect(await lkjipFindings(file)).toEqual([]);

    const wb = await readWorkbook(file);
    const ws = wb.getWorksheet(SHEET)!;
    // Table 1's first two indicator rows: realisasi (E) and capaian (F) read the year sheet.
    const rows: number[] = [];
    ws.getColumn(5).eachCell((c, r) => {
      if (rows.length < 2 && typeof c.formula === "string") rows.push(r);
    });
    const [first, second] = rows;
    const realisasi = ws.getCell(`E${first}`).formula;
    const capaian = ws.getCell(`F${first}`).formula;
    const other = ws.getCell(`E${second}`).formula;
    expect(realisasi).toMatch(/^'IKU 2027'!\$[A-Z]+\$\d+$/);
    expect(capaian).toMatch(/^'IKU 2027'!/);
    // The budget inputs: table 4's C and D columns of the first sasaran.
    const budgetRow = ws.getColumn(3).values.findIndex((v, i) => i > 0 && v === lkjipText.pagu);
    expect(budgetRow).toBeGreaterThan(0);

    await tamper(file, (s) => {
      s.getCell(`E${first}`).value = 42;
      s.getCell(`F${first}`).value = { formula: `${capaian}*100` } as never;
      s.getCell(`C${budgetRow + 1}`).value = "Rp 1.500.000";
      s.getCell(`D${budgetRow + 1}`).value = -5;
      // Same cell written another way (no $, lower case): not a change.
      s.getCell(`E${second}`).value = { formula: other.replace(/\$/g, "").toLowerCase() } as never;
    });
    const found = await lkjipFindings(file);
    const at = (cell: string) => found.filter((f) => f.cell === cell).map((f) => f.rule);
    expect(at(`E${first}`)).toEqual(["lkjip.copiedValue"]);
    expect(at(`F${first}`)).toEqual(["lkjip.formulaChanged"]);
    expect(at(`C${budgetRow + 1}`)).toEqual(["lkjip.budgetInvalid"]);
    expect(at(`D${budgetRow + 1}`)).toEqual(["lkjip.budgetInvalid"]);
    expect(found).toHaveLength(4);
    expect(found.every((f) => f.sheet === SHEET && f.severity === "error")).toBe(true);
    const changed = found.find((f) => f.cell === `F${first}`)!;
    expect(changed.message).toContain(`=${capaian}`);
    expect(found.find((f) => f.cell === `E${first}`)!.message).toContain('"42"');

    const r = await runCli(["audit", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("lkjip.copiedValue");
  });

  test("a year sheet added after the LKjIP was written: one stale finding that says how to rewrite", async () => {
    const file = await lkjipWorkbook();
    const added = await runCli(["generate", "--update", file, "--tahun", "2025"]);
    expect(added.code).toBe(0);
    const found = await lkjipFindings(file);
    expect(found.map((f) => f.rule)).toEqual(["lkjip.stale"]);
    expect(found[0].sheet).toBe(SHEET);
    expect(found[0].message).toContain("iku lkjip BERKAS.xlsx --tahun 2027");
    expect(found[0].message).toContain(lkjipText.realisasiTahun(2025));

    // Written again, the sheet is clean.
    expect((await runCli(["lkjip", file, "--tahun", "2027"])).code).toBe(0);
    expect(await lkjipFindings(file)).toEqual([]);
    expect(LKJIP_AUDIT_ID.stale.label).toBeTruthy();
  });
});
