import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { CATALOGUE } from "../../src/core/catalogue";
import { EXCEL_ERROR_TEXT, isCellError } from "../../src/core/errors";
import type { Result } from "../../src/core/formulas";
import type { GridValue } from "../../src/core/grid";
import { evaluatePlan, planInputs } from "../../src/core/sheet/evaluate";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { readWorkbook, ROOT, runBin, tempDir } from "../cli/helpers";
import { findSoffice, recalculate } from "./lo/libreoffice";

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

type Shown = number | string | { error: string } | null;

/** A core result as a cell shows it. */
function fromCore(result: Result | undefined): Shown {
  if (result === undefined) return null;
  return isCellError(result) ? { error: EXCEL_ERROR_TEXT[result.kind] } : result;
}

/** A cell's value as LibreOffice saved it (the cached result of a formula cell). */
function fromCell(cell: ExcelJS.Cell): Shown {
  const v =
    cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "object" && "error" in v) return { error: String(v.error) };
  return String(v);
}

function same(a: Shown, b: Shown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(v: Shown): string {
  if (v === null) return "(kosong)";
  if (typeof v === "object") return v.error;
  return typeof v === "number" ? String(Number(v.toPrecision(12))) : v;
}

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
    const byName: Record<string, GridValue> = {};
    const typedCount: Record<string, number> = {};
    for (const input of planInputs(plan)) {
      const c = CASES[input.indicator];
      const k = typedCount[input.indicator] ?? 0;
      const value = input.role === "target" ? c.target : c.inputs[k];
      if (input.role === "input") typedCount[input.indicator] = k + 1;
      byName[input.name] = value;
      ws.getCell(input.address).value = value === "" ? null : value;
    }
    for (const ind of CATALOGUE.indicators) {
      expect(typedCount[ind.code]).toBe(ind.components.length);
    }
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
      [r.hasil, r.capaian, r.kategori]
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
