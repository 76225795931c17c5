import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { writePlan } from "../../src/cli/xlsx-write";
import type { AturanCapaian } from "../../src/core/aturan";
import JSZip from "jszip";
import { CATALOGUE } from "../../src/core/catalogue";
import type { Catalogue } from "../../src/core/catalogue";
import type { GridValue } from "../../src/core/grid";
import { evaluatePlan, planInputs } from "../../src/core/sheet/evaluate";
import { blockFormulaRefs, quarterValue } from "./lo/quarters";
import type { SheetPlan } from "../../src/core/sheet/types";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { readWorkbook, ROOT, runBin, tempDir, validInputs } from "../cli/helpers";
import { findSoffice, recalculate } from "./lo/libreoffice";
import { fromCell, fromCore, same, show } from "./lo/compare";
import type { Shown } from "./lo/compare";

/**
 * The sheet in real software: `iku generate --rumus excel`, test values typed into every input
 * and target of the 18 indicators, then LibreOffice (headless, recalculation forced) computes
 * every formula. Each hasil, capaian and kategori LibreOffice saved must equal the core's value
 * or error class. The comparison is written to test-artifacts/libreoffice-comparison.json.
 */

jest.setTimeout(120_000);

/** Test values per indicator: the components in catalogue order, then the target. */
interface Case {
  inputs: GridValue[];
  target: GridValue;
  /** What the case exercises (for the comparison table). */
  note: string;
}

const CASES: Record<string, Case> = {
  IKU01: { inputs: [78.5], target: 80, note: "nilai" },
  IKU02: { inputs: [2, 3, 1], target: 6, note: "jumlah, 100%" },
  IKU03: { inputs: [45, 60], target: 80, note: "persentase" },
  IKU04: { inputs: [5, 0], target: 90, note: "penyebut 0" },
  IKU05: { inputs: ["", 30], target: 90, note: "isian kosong" },
  IKU06: { inputs: [30, 40], target: 100, note: "kategori Sedang" },
  IKU07: { inputs: [1, 3], target: 40, note: "pecahan berulang" },
  IKU08: { inputs: [910, 1000], target: 100, note: "batas 91" },
  IKU09: { inputs: [20, 25], target: 0, note: "target 0" },
  IKU10: { inputs: [true, 1], target: 100, note: "nilai logika TRUE" },
  IKU11: { inputs: [45, 15], target: 4, note: "rasio > 1" },
  IKU12: { inputs: [50, 40], target: 90, note: "bagian > keseluruhan" },
  IKU13: { inputs: [7, 3], target: 2, note: "rasio, capaian > 100" },
  IKU14: { inputs: [13, 20], target: 100, note: "kategori Rendah" },
  IKU15: { inputs: [5, 20], target: 50, note: "batas 50" },
  IKU16: { inputs: [76, 100], target: 100, note: "batas 76" },
  IKU17: { inputs: [10, "dua puluh"], target: 90, note: "teks" },
  IKU18: { inputs: [66, 100], target: 100, note: "batas 66" },
};

describe("LibreOffice recalculates the generated sheet to the core's values", () => {
  test("all 18 indicators: hasil, capaian and kategori", async () => {
    const soffice = findSoffice();
    if (!soffice) {
      throw new Error(
        "LibreOffice (soffice) tidak ditemukan: pasang paket Debian libreoffice-calc-nogui atau set SOFFICE=/path/ke/soffice."
      );
    }
    expect(Object.keys(CASES).sort()).toEqual(CATALOGUE.indicators.map((i) => i.code).sort());

    const dir = tempDir("iku-lo-");
    const generated = path.join(dir, "iku.xlsx");
    const gen = await runBin([
      "generate",
      "--out",
      generated,
      "--tahun",
      "2026",
      "--rumus",
      "excel",
    ]);
    expect(gen.stderr).toBe("");
    expect(gen.code).toBe(0);

    const plan = buildSheetPlan({
      tahun: 2026,
      namaPerangkatDaerah: CATALOGUE.agency.nama,
      sheetName: "IKU 2026",
      mode: "excel",
    });
    // Type every input and target with exceljs; the cached results stay stale on purpose.
    const wb = await readWorkbook(generated);
    const ws = wb.getWorksheet(plan.sheetName)!;
    // Each component's case value spread over the quarters by its aggregation (both occur).
    const byName: Record<string, GridValue> = {};
    for (const input of planInputs(plan)) {
      const c = CASES[input.indicator];
      const ind = CATALOGUE.indicators.find((i) => i.code === input.indicator)!;
      const k = ind.components.findIndex((x) => x.key === input.component);
      const value =
        input.role === "target"
          ? c.target
          : quarterValue(c.inputs[k], ind.components[k].agregasi, input.triwulan ?? 4);
      byName[input.name] = value;
      ws.getCell(input.address).value = value === "" ? null : value;
    }
    const agregasi = new Set(
      CATALOGUE.indicators.flatMap((i) => i.components.map((c) => c.agregasi))
    );
    expect([...agregasi].sort()).toEqual(["akumulasi", "posisi"]);
    // Before LibreOffice, the cached results are those of the empty sheet (#N/A): whatever
    // LibreOffice saves below was computed by it.
    const hasilAddress = plan.indicators[2].hasil.address;
    expect(fromCell(ws.getCell(hasilAddress))).toEqual({ error: "#N/A" });
    const filled = path.join(dir, "diisi.xlsx");
    await wb.xlsx.writeFile(filled);

    const recalculated = await recalculate(soffice, filled, path.join(dir, "lo"));
    const back = await readWorkbook(recalculated.file);
    const sheet = back.getWorksheet(plan.sheetName)!;
    expect(sheet).toBeDefined();

    const expected = evaluatePlan(plan, byName);
    const rows = plan.indicators.map((ind) => {
      const compare = (address: string) => {
        const core = fromCore(expected.get(address));
        const libreoffice = fromCell(sheet.getCell(address));
        return { address, core, libreoffice, same: same(core, libreoffice) };
      };
      return {
        indicator: ind.code,
        case: CASES[ind.code].note,
        inputs: CASES[ind.code].inputs,
        target: CASES[ind.code].target,
        hasil: compare(ind.hasil.address),
        capaian: compare(ind.capaian.address),
        kategori: compare(ind.kategori.address),
        // The components up to each quarter and the quarters' realisasi and capaian.
        quarters: blockFormulaRefs(ind)
          .slice(0, -3)
          .map((ref) => ({ name: ref.name, ...compare(ref.address) })),
      };
    });

    const artifacts = path.join(ROOT, "test-artifacts");
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(
      path.join(artifacts, "libreoffice-comparison.json"),
      JSON.stringify({ soffice, indicators: rows }, null, 2)
    );
    const table = rows.map((r) =>
      [
        r.indicator,
        r.case,
        ...[r.hasil, r.capaian, r.kategori].map(
          (c) => `${show(c.libreoffice)}${c.same ? "" : ` ≠ ${show(c.core)}`}`
        ),
      ].join(" | ")
    );
    console.log(
      ["IKU | kasus | hasil | capaian | kategori (LibreOffice; ≠ inti bila beda)", ...table].join(
        "\n"
      )
    );

    // Every cell of every indicator agrees; the failure message names the ones that do not.
    const differing = rows.flatMap((r) =>
      [r.hasil, r.capaian, r.kategori, ...r.quarters]
        .filter((c) => !c.same)
        .map(
          (c) =>
            `${r.indicator} ${c.address}: LibreOffice ${show(c.libreoffice)}, inti ${show(c.core)}`
        )
    );
    expect(differing).toEqual([]);

    // The file LibreOffice saved is audited like any other: its formulas are still the plan's
    // (no formula finding), and Periksa Data names every bad input of the cases.
    const audit = await runBin(["audit", "--json", recalculated.file]);
    expect(audit.code).toBe(1);
    const findings = (
      JSON.parse(audit.stdout) as { files: { findings: { indicator: string; rule: string }[] }[] }
    ).files[0].findings;
    expect(findings.filter((f) => f.rule.startsWith("formula."))).toEqual([]);
    const rulesOf = (code: string) =>
      findings.filter((f) => f.indicator === code).map((f) => f.rule);
    expect(rulesOf("IKU04")).toContain("input.zeroDenominator");
    expect(rulesOf("IKU05")).toContain("input.empty");
    expect(rulesOf("IKU09")).toContain("target.zero");
    expect(rulesOf("IKU12")).toContain("input.subsetLarger");
    expect(rulesOf("IKU17")).toContain("input.text");
    expect(rulesOf("IKU01")).toEqual([]);
    expect(rows).toHaveLength(18);
    // The cases really cover the error classes and several kategori.
    const shown = rows
      .flatMap((r) => [r.hasil.libreoffice, r.capaian.libreoffice, r.kategori.libreoffice])
      .map(show);
    for (const e of ["#DIV/0!", "#N/A", "#VALUE!"]) expect(shown).toContain(e);
    for (const k of ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"])
      expect(shown).toContain(k);
  });
});

/**
 * The capaian rules in LibreOffice: a sheet per round written from its plan (excel mode), one
 * case per indicator, recalculated, every hasil/capaian/kategori compared with the core.
 */
async function recalcRound(
  soffice: string,
  label: string,
  plan: SheetPlan,
  catalogue: Catalogue,
  cases: Record<string, Case>
): Promise<{ rows: { code: string; note: string; shown: Shown[] }[]; differing: string[] }> {
  const dir = tempDir(`iku-lo-${label}-`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(plan.sheetName);
  await writePlan(wb, ws, plan, { cached: evaluatePlan(plan, {}, catalogue) });
  const byName: Record<string, GridValue> = {};
  const typed: Record<string, number> = {};
  for (const input of planInputs(plan, catalogue)) {
    const c = cases[input.indicator];
    const k = typed[input.indicator] ?? 0;
    const value = input.role === "target" ? c.target : c.inputs[k];
    if (input.role === "input") typed[input.indicator] = k + 1;
    byName[input.name] = value;
    ws.getCell(input.address).value = value === "" ? null : value;
  }
  const file = path.join(dir, `${label}.xlsx`);
  await wb.xlsx.writeFile(file);
  const recalculated = await recalculate(soffice, file, path.join(dir, "lo"));
  const sheet = (await readWorkbook(recalculated.file)).getWorksheet(plan.sheetName)!;
  const expected = evaluatePlan(plan, byName, catalogue);
  const differing: string[] = [];
  const rows = plan.indicators.map((ind) => {
    const shown = [ind.hasil, ind.capaian, ind.kategori].map((ref) => {
      const core = fromCore(expected.get(ref.address));
      const libreoffice = fromCell(sheet.getCell(ref.address));
      if (!same(core, libreoffice))
        differing.push(
          `${label} ${ind.code} ${ref.name}: LibreOffice ${show(libreoffice)}, inti ${show(core)}`
        );
      return libreoffice;
    });
    return { code: ind.code, note: cases[ind.code].note, shown };
  });
  console.log(
    [
      `${label}: IKU | kasus | hasil | capaian | kategori (LibreOffice)`,
      ...rows.map((r) => [r.code, r.note, ...r.shown.map(show)].join(" | ")),
    ].join("\n")
  );
  return { rows, differing };
}

function planOf(catalogue: Catalogue, aturan?: AturanCapaian): SheetPlan {
  return buildSheetPlan(
    { tahun: 2026, namaPerangkatDaerah: "Dinas", sheetName: "IKU 2026", mode: "excel", aturan },
    catalogue
  );
}

describe("LibreOffice recalculates the capaian rules to the core's values", () => {
  test("band edges, rounding as printed, target ranges and n.a. (positive polarity)", async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error("LibreOffice (soffice) tidak ditemukan.");
    // Target 100, so the capaian is the realisasi as printed.
    const cases: Record<string, Case> = {
      IKU01: { inputs: [90.004], target: 100, note: "tercetak 90,00 → Tinggi" },
      IKU02: { inputs: [1, 2, 3], target: "5-8", note: "rentang, di dalam" },
      IKU03: { inputs: [22501, 25000], target: 100, note: "90,004" },
      IKU04: { inputs: [181, 200], target: 100, note: "90,5 (celah 90–91)" },
      IKU05: { inputs: [22749, 25000], target: 100, note: "90,996 → 91,00" },
      IKU06: { inputs: [0, 0], target: 100, note: "tidak ada kejadian" },
      IKU07: { inputs: [9, 10], target: 100, note: "tepat 90" },
      IKU08: { inputs: [91, 100], target: 100, note: "tepat 91" },
      IKU09: { inputs: [0, 0], target: "80-85", note: "n.a., target rentang" },
      IKU10: { inputs: [72, 100], target: "80-85", note: "rentang, di bawah" },
      IKU11: { inputs: [45, 15], target: "2-2,5", note: "rentang desimal, di atas" },
      IKU12: { inputs: [82, 100], target: "80 – 85", note: "rentang, di dalam" },
      IKU13: { inputs: [7, 2], target: "85-80", note: "rentang terbalik" },
      IKU14: { inputs: [101, 200], target: 100, note: "50,5 (celah 50–51)" },
      IKU15: { inputs: [1, 2], target: 100, note: "tepat 50" },
      IKU16: { inputs: [3, 0], target: 100, note: "penyebut 0" },
      IKU17: { inputs: [1, 3], target: "80-", note: "bukan rentang" },
      IKU18: { inputs: [187, 200], target: "80.5-85", note: "titik desimal, di atas" },
    };
    const { rows, differing } = await recalcRound(
      soffice,
      "positif",
      planOf(CATALOGUE),
      CATALOGUE,
      cases
    );
    expect(differing).toEqual([]);
    const kategori = Object.fromEntries(rows.map((r) => [r.code, r.shown[2]]));
    expect(kategori).toMatchObject({
      IKU01: "Tinggi",
      IKU03: "Tinggi",
      IKU04: "Sangat Tinggi",
      IKU05: "Sangat Tinggi",
      IKU06: "n.a.",
      IKU07: "Tinggi",
      IKU08: "Sangat Tinggi",
      IKU09: "n.a.",
      IKU14: "Rendah",
      IKU15: "Sangat Rendah",
    });
    const capaian = Object.fromEntries(rows.map((r) => [r.code, r.shown[1]]));
    expect(capaian).toMatchObject({ IKU02: 100, IKU10: 90, IKU12: 100 });
    expect(capaian.IKU13).toEqual({ error: "#VALUE!" });
    expect(capaian.IKU17).toEqual({ error: "#VALUE!" });
  });

  test("negative polarity: R = 2T, R > 2T, target 0, ranges; an agency's bands and labels", async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error("LibreOffice (soffice) tidak ditemukan.");
    const catalogue: Catalogue = {
      ...CATALOGUE,
      indicators: CATALOGUE.indicators.map((i) => ({ ...i, polarity: "negatif" })),
    };
    const aturan: AturanCapaian = {
      desimal: 1,
      kategoriBatas: [100, 80, 60],
      kategoriLabel: ["Sangat Baik", "Baik", "Cukup", "Kurang"],
      swadaya: "program",
    };
    const cases: Record<string, Case> = {
      IKU01: { inputs: [20], target: 10, note: "R = 2T → 0" },
      IKU02: { inputs: [10, 10, 5], target: 10, note: "R > 2T → 0, bukan −50" },
      IKU03: { inputs: [0, 50], target: 0, note: "target 0, R = 0 → 100" },
      IKU04: { inputs: [3, 50], target: 0, note: "target 0, R > 0 → 0" },
      IKU05: { inputs: [72, 100], target: "80-85", note: "rentang, di bawah" },
      IKU06: { inputs: [82, 100], target: "80-85", note: "rentang, di dalam" },
      IKU07: { inputs: [935, 1000], target: "80-85", note: "rentang, di atas" },
      IKU08: { inputs: [0, 0], target: 0, note: "tidak ada kejadian" },
      IKU09: { inputs: [1, 4], target: 25, note: "tepat target" },
      IKU10: { inputs: [1, 3], target: 40, note: "33,3 → 1 desimal" },
      IKU11: { inputs: [9, 10], target: 1, note: "rasio" },
      IKU12: { inputs: [40, 100], target: 50, note: "Sangat Baik" },
      IKU13: { inputs: [3, 2], target: 1.25, note: "Cukup" },
      IKU14: { inputs: [79, 100], target: 100, note: "79 dari target 100 → 121" },
      IKU15: { inputs: [1, 2], target: 40, note: "50 dari target 40 → 75" },
      IKU16: { inputs: [0, 10], target: 5, note: "R = 0" },
      IKU17: { inputs: [3, 10], target: "20-25", note: "di atas rentang" },
      IKU18: { inputs: [1, 10], target: "", note: "target kosong" },
    };
    const { rows, differing } = await recalcRound(
      soffice,
      "negatif",
      planOf(catalogue, aturan),
      catalogue,
      cases
    );
    expect(differing).toEqual([]);
    const capaian = Object.fromEntries(rows.map((r) => [r.code, r.shown[1]]));
    expect(capaian).toMatchObject({
      IKU01: 0,
      IKU02: 0,
      IKU03: 100,
      IKU04: 0,
      IKU06: 100,
      IKU08: "n.a.",
    });
    const kategori = rows.map((r) => r.shown[2]);
    for (const k of ["Sangat Baik", "Baik", "Cukup", "Kurang"]) expect(kategori).toContain(k);
  });
});

describe("a workbook saved by LibreOffice Calc is updated and audited (issue 10, item 6)", () => {
  for (const mode of ["excel", "iku"] as const) {
    test(`--rumus ${mode}: LibreOffice's empty <workbookProtection/> protects nothing and is no refusal`, async () => {
      const soffice = findSoffice();
      if (!soffice) throw new Error("LibreOffice (soffice) tidak ditemukan.");
      const dir = tempDir(`iku-lo-upd-${mode}-`);
      const generated = path.join(dir, "iku.xlsx");
      const gen = await runBin([
        "generate",
        "--out",
        generated,
        "--tahun",
        "2026",
        "--rumus",
        mode,
      ]);
      expect(gen.code).toBe(0);
      const plan = buildSheetPlan({
        tahun: 2026,
        namaPerangkatDaerah: CATALOGUE.agency.nama,
        sheetName: "IKU 2026",
        mode,
      });
      // The staff member types the inputs, then saves the file in LibreOffice Calc.
      const wb = await readWorkbook(generated);
      const ws = wb.getWorksheet(plan.sheetName)!;
      const typed = validInputs(plan);
      for (const [input, value] of typed) ws.getCell(input.address).value = value;
      const filled = path.join(dir, "diisi.xlsx");
      await wb.xlsx.writeFile(filled);
      const saved = (await recalculate(soffice, filled, path.join(dir, "lo"))).file;
      const workbookXml =
        (await (
          await JSZip.loadAsync(readFileSync(saved))
        )
          .file("xl/workbook.xml")
          ?.async("string")) ?? "";
      // The case of the issue: LibreOffice writes the element, with no lock in it.
      expect(workbookXml).toMatch(/<workbookProtection\b/);
      expect(workbookXml).not.toMatch(/lockStructure="(1|true)"/);

      const auditBefore = await runBin(["audit", "--json", saved]);
      expect([0, 1]).toContain(auditBefore.code);
      type Out = { files: { error?: string; findings: { rule: string; severity: string }[] }[] };
      const before = (JSON.parse(auditBefore.stdout) as Out).files[0];
      expect(before.error).toBeUndefined();
      // LibreOffice has no IKU add-in: in "iku" mode it saved #NAME? in every result cell,
      // which the audit names as such; in "excel" mode there is no error.
      const errorsBefore = before.findings.filter((f) => f.severity === "error");
      if (mode === "excel") expect(errorsBefore).toEqual([]);
      else {
        // Every cell calling an IKU. function: the year's hasil, capaian and kategori and each
        // quarter's hasil and capaian (the quarter aggregates are plain formulas).
        const ikuCells = plan.cells.filter((c) => c.formula?.includes("IKU."));
        expect(ikuCells.length).toBe(plan.indicators.length * (3 + 2 * 4));
        expect(errorsBefore.length).toBe(ikuCells.length);
        expect(new Set(errorsBefore.map((f) => f.rule))).toEqual(
          new Set(["formula.addinNotLoaded"])
        );
      }

      const update = await runBin(["generate", "--update", saved]);
      expect(update.stderr).toBe("");
      expect(update.code).toBe(0);
      expect(update.stdout).toContain(`${typed.size} isian/target dipertahankan`);
      const back = await readWorkbook(saved);
      const sheet = back.getWorksheet(plan.sheetName)!;
      for (const [input, value] of typed) expect(sheet.getCell(input.address).value).toBe(value);
      // The protection element LibreOffice wrote is kept as it was.
      const after =
        (await (
          await JSZip.loadAsync(readFileSync(saved))
        )
          .file("xl/workbook.xml")
          ?.async("string")) ?? "";
      expect(after).toMatch(/<workbookProtection\b/);

      const auditAfter = await runBin(["audit", "--json", saved]);
      expect([0, 1]).toContain(auditAfter.code);
      const afterFindings = (JSON.parse(auditAfter.stdout) as Out).files[0];
      expect(afterFindings.error).toBeUndefined();
      expect(afterFindings.findings.filter((f) => f.severity === "error")).toEqual([]);
      // The update wrote the core's results as the cached values: the warnings stay the same.
      const warnings = (o: Out["files"][0]) =>
        o.findings
          .filter((f) => f.severity === "warning")
          .map((f) => f.rule)
          .sort();
      expect(warnings(afterFindings)).toEqual(warnings(before));
      // LibreOffice opens the updated file again.
      const reopened = await recalculate(soffice, saved, path.join(dir, "lo2"));
      expect((await readWorkbook(reopened.file)).getWorksheet(plan.sheetName)).toBeDefined();
    });
  }
});
