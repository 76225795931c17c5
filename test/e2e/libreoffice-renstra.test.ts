import path from "node:path";
import { promises as fs } from "node:fs";
import JSZip from "jszip";
import { CATALOGUE } from "../../src/core/catalogue";
import type { GridValue } from "../../src/core/grid";
import { buildRenstraPlan, renstraTargetLinks, findRenstra } from "../../src/core/sakip/renstra";
import { evaluatePlan, planInputs } from "../../src/core/sheet/evaluate";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { rawDefinedNames, readWorkbook, runBin, tempDir, validInputs } from "../cli/helpers";
import { findSoffice, recalculate } from "./lo/libreoffice";
import { fromCell, fromCore, same } from "./lo/compare";

/**
 * The year sheet's targets taken from the Target Renstra sheet, in real software: `iku generate`
 * (plain Excel formulas), `iku renstra`, targets typed on the Renstra, the year sheet regenerated
 * (its Target cells link to the Renstra), one PK target typed over its link, both sheets
 * regenerated again (typed values and the PK target kept), then LibreOffice recalculates: every
 * target, hasil, capaian and kategori equals the core's value with the Renstra's targets.
 */

jest.setTimeout(240_000);

const TAHUN = 2027;

/** Types values into cells (by address, per sheet) with exceljs; names keep their scope. */
async function typeInto(file: string, values: Record<string, Map<string, GridValue>>) {
  const scoped = (await rawDefinedNames(file)).filter((n) => /localSheetId/.test(n.attrs));
  const wb = await readWorkbook(file);
  for (const [sheet, cells] of Object.entries(values)) {
    const ws = wb.getWorksheet(sheet)!;
    for (const [address, v] of cells) ws.getCell(address).value = v === "" ? null : v;
  }
  await wb.xlsx.writeFile(file);
  // exceljs drops a name's sheet scope on the way through: put it back as it was.
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  let xml = (await zip.file("xl/workbook.xml")!.async("string")) as string;
  for (const n of scoped) {
    const id = /localSheetId="(\d+)"/.exec(n.attrs)![1];
    xml = xml.replace(
      `<definedName name="${n.name}">`,
      `<definedName name="${n.name}" localSheetId="${id}">`
    );
  }
  zip.file("xl/workbook.xml", xml);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("LibreOffice: a year sheet whose targets come from the Target Renstra", () => {
  test("targets by link, PK override kept, capaian as the core computes it", async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error("LibreOffice (soffice) tidak ditemukan.");
    const dir = tempDir("iku-lo-renstra-");
    const file = path.join(dir, "sakip.xlsx");
    const ok = async (args: string[]) => {
      const r = await runBin(args);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      return r.stdout;
    };
    await ok(["generate", "--out", file, "--tahun", String(TAHUN), "--rumus", "excel"]);
    await ok(["renstra", file, "--periode", "2025-2029"]);

    const renstra = buildRenstraPlan({
      periode: { awal: 2025, akhir: 2029 },
      namaPerangkatDaerah: CATALOGUE.agency.nama,
    });
    // Renstra targets: each indicator its own; IKU09 left blank for 2027 (blank stays blank).
    const year = buildSheetPlan({
      tahun: TAHUN,
      namaPerangkatDaerah: CATALOGUE.agency.nama,
      sheetName: `IKU ${TAHUN}`,
      mode: "excel",
    });
    const typedTargets = new Map<string, number>();
    for (const [input, v] of validInputs(year))
      if (input.role === "target") typedTargets.set(input.indicator, v);
    const renstraCells = new Map<string, GridValue>();
    for (const ind of renstra.renstra.indicators) {
      renstraCells.set(ind.awal.address, 50);
      for (const t of ind.targets) {
        if (ind.code === "IKU09" && t.tahun === TAHUN) continue;
        const base = typedTargets.get(ind.code) ?? 80;
        renstraCells.set(t.address, t.tahun === TAHUN ? base : base + (t.tahun - TAHUN));
      }
      renstraCells.set(ind.akhir.address, (typedTargets.get(ind.code) ?? 80) + 2);
    }
    // IKU13's Renstra target is a range text, read by the core as the year sheet reads it.
    const iku13 = renstra.renstra.indicators.find((i) => i.code === "IKU13")!;
    renstraCells.set(iku13.targets.find((t) => t.tahun === TAHUN)!.address, "2-3");
    await typeInto(file, { "Target Renstra": renstraCells });

    // The year sheet regenerated: its Target cells link to the Renstra.
    expect(await ok(["generate", "--update", file])).toMatch(/diperbarui/);
    const links = renstraTargetLinks(
      findRenstra(
        renstra.names.map((n) => ({ name: n.name, refersTo: n.refersTo })),
        ["Target Renstra"]
      ),
      TAHUN
    );
    const linked = buildSheetPlan({ ...year.settings, targetLinks: links });
    // Inputs typed on the year sheet, and the PK target of IKU07 typed over its link.
    const yearCells = new Map<string, GridValue>();
    const byName: Record<string, GridValue> = {};
    for (const [input, v] of validInputs(linked)) {
      if (input.role === "target") continue;
      yearCells.set(input.address, v);
      byName[input.name] = v;
    }
    const iku07 = linked.indicators.find((i) => i.code === "IKU07")!.target;
    yearCells.set(iku07.address, 55);
    await typeInto(file, { [`IKU ${TAHUN}`]: yearCells });

    // Both regenerated again: the typed values, the PK target and the links stay.
    expect(await ok(["generate", "--update", file])).toMatch(/diperbarui/);
    expect(await ok(["renstra", file, "--update"])).toMatch(/\d+ isian dipertahankan/);
    const names = await rawDefinedNames(file);
    expect(names.filter((n) => n.name === "IKU06_TARGET_2027")).toHaveLength(1);
    expect(names.find((n) => n.name === "IKU06_TARGET_2027")?.attrs).toMatch(/localSheetId/);
    const before = await readWorkbook(file);
    const ws = before.getWorksheet(`IKU ${TAHUN}`)!;
    expect(ws.getCell(iku07.address).value).toBe(55);
    const iku06 = linked.indicators.find((i) => i.code === "IKU06")!.target;
    expect(`=${ws.getCell(iku06.address).formula}`).toBe(links.IKU06);
    const rws = before.getWorksheet("Target Renstra")!;
    for (const [address, v] of renstraCells) expect(rws.getCell(address).value).toBe(v);

    // The core's values: the year's targets are the Renstra's (the PK target where typed).
    for (const ind of renstra.renstra.indicators) {
      const t = ind.targets.find((x) => x.tahun === TAHUN)!;
      byName[`${ind.code}_TARGET`] = renstraCells.get(t.address) ?? null;
    }
    byName.IKU07_TARGET = 55;
    const expected = evaluatePlan(linked, byName);

    const recalculated = await recalculate(soffice, file, path.join(dir, "lo"));
    const back = (await readWorkbook(recalculated.file)).getWorksheet(`IKU ${TAHUN}`)!;
    const rows = linked.indicators.map((ind) => {
      const target = fromCell(back.getCell(ind.target.address));
      const cells = [ind.hasil, ind.capaian, ind.kategori].map((ref) => {
        const core = fromCore(expected.get(ref.address));
        const lo = fromCell(back.getCell(ref.address));
        return { name: ref.name, core, lo, same: same(core, lo) };
      });
      return { code: ind.code, target, cells };
    });
    console.log(
      rows
        .map(
          (r) =>
            `${r.code} target=${JSON.stringify(r.target)} ${r.cells.map((c) => `${c.name}=${JSON.stringify(c.lo)}${c.same ? "" : ` ≠ ${JSON.stringify(c.core)}`}`).join(" ")}`
        )
        .join("\n")
    );
    for (const r of rows)
      for (const c of r.cells) expect({ ...c, code: r.code }).toMatchObject({ same: true });
    const target = (code: string) => rows.find((r) => r.code === code)!.target;
    expect(target("IKU06")).toBe(byName.IKU06_TARGET);
    expect(target("IKU07")).toBe(55);
    expect(target("IKU13")).toBe("2-3");
    // Blank stays blank (never 0): capaian is #N/A as for a target never typed.
    expect([null, ""]).toContain(target("IKU09"));
    expect(rows.find((r) => r.code === "IKU09")!.cells[1].lo).toEqual({ error: "#N/A" });
    // Every input of the year sheet was compared.
    expect(planInputs(linked).length).toBeGreaterThan(36);
  });
});
