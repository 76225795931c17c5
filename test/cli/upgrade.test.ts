import path from "node:path";
import { CATALOGUE } from "../../src/core/catalogue";
import { runFunction } from "../../src/core/calculation";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { readWorkbook, runCli, tempDir } from "./helpers";

/**
 * An IKU sheet made before the quarters, rebuilt from today's: the quarter names removed (the
 * old sheet had none) and each year component typed as a value where today's formula is. Only
 * the names and the typed values matter to the upgrade (src/core/sheet/upgrade.ts).
 */
describe("iku generate --update of a one-year sheet (before the quarters)", () => {
  test("moves every typed year value to its TW IV input and says so; the year's results stay", async () => {
    const dir = tempDir("iku-upgrade-");
    const file = path.join(dir, "lama.xlsx");
    const gen = await runCli(["generate", "--out", file, "--tahun", "2026", "--rumus", "excel"]);
    expect(gen.code).toBe(0);
    const plan = buildSheetPlan({
      tahun: 2026,
      namaPerangkatDaerah: CATALOGUE.agency.nama,
      sheetName: "IKU 2026",
      mode: "excel",
    });
    const typed: Record<string, number> = {
      IKU03_PEMBILANG: 45,
      IKU03_PENYEBUT: 60,
      IKU06_PEMBILANG: 30,
      IKU06_PENYEBUT: 40,
      IKU14_PEMBILANG: 13,
      IKU14_PENYEBUT: 15,
    };
    const wb = await readWorkbook(file);
    const ws = wb.getWorksheet("IKU 2026")!;
    const yearNames = new Set(
      plan.indicators.flatMap((i) => i.components.map((c) => c.toDate[3].name))
    );
    for (const n of plan.names) {
      if (/_TW\d$/.test(n.name)) wb.definedNames.remove(`'IKU 2026'!${n.address}`, n.name);
    }
    // The old sheet's year components were inputs: typed, or blank.
    for (const name of yearNames)
      ws.getCell(plan.names.find((n) => n.name === name)!.address).value = typed[name] ?? null;
    expect(Object.keys(typed).every((n) => yearNames.has(n))).toBe(true);
    await wb.xlsx.writeFile(file);

    const update = await runCli(["generate", "--update", file]);
    expect(update.stderr).toBe("");
    expect(update.code).toBe(0);
    expect(update.stdout).toContain(
      "6 nilai setahun yang sudah diketik dipindahkan ke isian TW IV komponennya (IKU03, IKU06, IKU14)"
    );
    const back = (await readWorkbook(file)).getWorksheet("IKU 2026")!;
    const at = (name: string) => back.getCell(plan.names.find((n) => n.name === name)!.address);
    for (const [name, value] of Object.entries(typed)) expect(at(`${name}_TW4`).value).toBe(value);
    for (const code of ["IKU03", "IKU06", "IKU14"]) {
      const ind = CATALOGUE.indicators.find((i) => i.code === code)!;
      const old = runFunction(
        ind.functionName,
        ind.components.map((c) => typed[`${code}_${c.key}`])
      ) as number;
      const cell = at(`${code}_HASIL`).value as { formula: string; result: number };
      expect(cell.formula).toBeDefined();
      expect(cell.result).toBeCloseTo(old, 9);
    }
  });
});
