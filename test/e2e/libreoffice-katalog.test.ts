import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbookFile } from "../../src/cli/xlsx-read";
import { writePlan } from "../../src/cli/xlsx-write";
import { analyzeFormulas } from "../../src/core/audit";
import type { GridValue } from "../../src/core/grid";
import { KATALOG_SHEET } from "../../src/core/katalog/layout";
import { workbookCatalogue } from "../../src/core/katalog/workbook";
import { evaluatePlan, planInputs } from "../../src/core/sheet/evaluate";
import { blockFormulaRefs, quarterValue } from "./lo/quarters";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import type { FormulaMode } from "../../src/core/sheet/types";
import { analyzeInputs } from "../../src/core/validate";
import { ROOT, readWorkbook, tempDir } from "../cli/helpers";
import { DINKES_KATALOG } from "../core/katalog/dinkes";
import { findSoffice, recalculate } from "./lo/libreoffice";
import { fromCell, fromCore, same, show } from "./lo/compare";

/**
 * Another agency's sheet in real software: the Dinkes Katalog IKU (five indicators, two sasaran,
 * a negatif, a pertumbuhan, a penurunan, a jumlah, a nilai; test/core/katalog/dinkes.ts) is
 * written as the workbook's "Katalog IKU" sheet with exceljs, the IKU sheet generated from the
 * catalogue the checks read from it (workbookCatalogue) and written by the CLI's writer, test
 * values typed into every input and target, then LibreOffice (headless, recalculation forced)
 * computes every formula. In the plain-Excel mode each hasil, capaian and kategori must equal the
 * core's value or error class; in the IKU-functions mode LibreOffice has no add-in, so every
 * result is #NAME?, which the audit of the saved file names as the add-in not being loaded
 * (as test/e2e/libreoffice.test.ts treats that mode). Both saved files still carry their
 * Katalog, which the core's checks read back. The comparison goes to test-artifacts/.
 */

jest.setTimeout(180_000);

interface Case {
  inputs: GridValue[];
  target: GridValue;
  note: string;
}

/** Two rounds of values per indicator: ordinary ones, then edges of each kind's rule. */
const ROUNDS: Record<string, Record<string, Case>> = {
  biasa: {
    KES01: { inputs: [45, 60], target: 80, note: "persentase negatif, di atas target" },
    KES02: { inputs: [120, 100], target: 15, note: "pertumbuhan 20 %" },
    KES03: { inputs: [80, 100], target: 25, note: "penurunan 20 %" },
    KES04: { inputs: [4, 2, 3], target: 9, note: "jumlah tepat target" },
    KES05: { inputs: [78.5], target: 80, note: "nilai desimal" },
  },
  batas: {
    KES01: { inputs: [0, 0], target: 5, note: "negatif, tidak ada kejadian" },
    KES02: { inputs: [80, 100], target: 10, note: "pertumbuhan negatif" },
    KES03: { inputs: [130, 100], target: 20, note: "penurunan negatif (naik)" },
    KES04: { inputs: [4, "", 3], target: 9, note: "jumlah, isian kosong" },
    KES05: { inputs: [101], target: 80, note: "nilai di atas 100" },
  },
  salah: {
    KES01: { inputs: [70, 60], target: 10, note: "bagian > keseluruhan" },
    KES02: { inputs: [50, 0], target: 10, note: "pembanding 0" },
    KES03: { inputs: [-5, 100], target: 20, note: "sekarang negatif" },
    KES04: { inputs: [1.5, 2, 3], target: 9, note: "jumlah bukan bilangan bulat" },
    KES05: { inputs: ["baik"], target: 80, note: "nilai berupa teks" },
  },
};

/** The catalogue every check reads from a workbook with the Dinkes Katalog. */
function dinkesCatalogue() {
  const read = workbookCatalogue({
    workbook: "dinkes.xlsx",
    sheets: [
      { name: KATALOG_SHEET, origin: "A1", values: DINKES_KATALOG, formulas: DINKES_KATALOG },
    ],
    names: [],
  });
  if (!read.ok || read.source !== "katalog") throw new Error("the Dinkes Katalog is rejected");
  return read.catalogue;
}

/** Writes the Katalog and the generated IKU sheet with typed values; LibreOffice recalculates. */
async function recalcDinkes(soffice: string, mode: FormulaMode, round: string) {
  const catalogue = dinkesCatalogue();
  const plan = buildSheetPlan(
    {
      tahun: 2026,
      namaPerangkatDaerah: catalogue.agency.nama,
      sheetName: "IKU 2026",
      mode,
    },
    catalogue
  );
  const cases = ROUNDS[round];
  const dir = tempDir(`iku-lo-kat-${mode}-${round}-`);
  const wb = new ExcelJS.Workbook();
  const katalog = wb.addWorksheet(KATALOG_SHEET);
  DINKES_KATALOG.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== "") katalog.getCell(r + 1, c + 1).value = v;
    })
  );
  const ws = wb.addWorksheet(plan.sheetName);
  await writePlan(wb, ws, plan, { cached: evaluatePlan(plan, {}, catalogue) });
  const typed: Record<string, GridValue> = {};
  for (const input of planInputs(plan, catalogue)) {
    const c = cases[input.indicator];
    const ind = catalogue.indicators.find((i) => i.code === input.indicator)!;
    const k = ind.components.findIndex((x) => x.key === input.component);
    // The case's year value spread over the quarters (the Dinkes Katalog's components: posisi).
    const value =
      input.role === "target"
        ? c.target
        : quarterValue(c.inputs[k], ind.components[k].agregasi, input.triwulan ?? 4);
    typed[input.name] = value;
    ws.getCell(input.address).value = value === "" ? null : value;
  }
  const file = path.join(dir, `dinkes-${mode}-${round}.xlsx`);
  await wb.xlsx.writeFile(file);
  const recalculated = await recalculate(soffice, file, path.join(dir, "lo"));
  const sheet = (await readWorkbook(recalculated.file)).getWorksheet(plan.sheetName)!;
  const expected = evaluatePlan(plan, typed, catalogue);
  const rows = plan.indicators.map((ind) => ({
    code: ind.code,
    note: cases[ind.code].note,
    cells: blockFormulaRefs(ind).map((ref) => ({
      name: ref.name,
      core: fromCore(expected.get(ref.address)),
      libreoffice: fromCell(sheet.getCell(ref.address)),
    })),
  }));
  return { plan, rows, saved: recalculated.file };
}

function record(label: string, rows: Awaited<ReturnType<typeof recalcDinkes>>["rows"]): void {
  const out = path.join(ROOT, "test-artifacts");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, `libreoffice-katalog-${label}.json`),
    JSON.stringify(rows, null, 2) + "\n"
  );
  console.log(
    [
      `${label}: Kode | kasus | hasil | capaian | kategori (LibreOffice / inti)`,
      ...rows.map((r) =>
        [r.code, r.note, ...r.cells.map((c) => `${show(c.libreoffice)} / ${show(c.core)}`)].join(
          " | "
        )
      ),
    ].join("\n")
  );
}

const sofficeOrFail = (): string => {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) tidak ditemukan.");
  return soffice;
};

describe("LibreOffice recalculates a Dinkes sheet generated from its Katalog IKU", () => {
  test.each(Object.keys(ROUNDS))(
    "plain-Excel mode, %s values: every hasil, capaian and kategori is the core's",
    async (round) => {
      const { plan, rows, saved } = await recalcDinkes(sofficeOrFail(), "excel", round);
      record(`excel-${round}`, rows);
      expect(rows.map((r) => r.code).sort()).toEqual(["KES01", "KES02", "KES03", "KES04", "KES05"]);
      const differing = rows.flatMap((r) =>
        r.cells
          .filter((c) => !same(c.core, c.libreoffice))
          .map((c) => `${c.name}: LibreOffice ${show(c.libreoffice)}, inti ${show(c.core)}`)
      );
      expect(differing).toEqual([]);
      // Not a vacuous round: numbers, n.a. and error values occur where the round says.
      const results = rows.map(
        (r) => r.cells.find((c) => c.name === `${r.code}_HASIL`)!.libreoffice
      );
      const kinds = new Set(results.map((v) => typeof v));
      if (round === "biasa") expect([...kinds]).toEqual(["number"]);
      if (round === "batas") expect(kinds).toEqual(new Set(["number", "string", "object"]));
      if (round === "salah") expect([...kinds]).toEqual(["object"]);

      // The saved file still carries its Katalog: the checks read it and know the sheet.
      const { grid } = await loadWorkbookFile(saved);
      const audit = analyzeFormulas(grid);
      expect(audit.catalogue).toEqual({ source: "katalog", sheet: KATALOG_SHEET, indicators: 5 });
      expect(audit.sheets).toEqual([plan.sheetName]);
      expect(audit.findings.filter((f) => f.severity === "error")).toEqual([]);
      const inputs = analyzeInputs(grid);
      if (round === "biasa") expect(inputs.findings).toEqual([]);
      if (round === "salah")
        expect(new Set(inputs.findings.map((f) => f.indicator))).toEqual(
          new Set(["KES01", "KES02", "KES03", "KES04", "KES05"])
        );
    }
  );

  test("IKU-functions mode: LibreOffice has no add-in, the audit of the saved file says so", async () => {
    const { plan, rows, saved } = await recalcDinkes(sofficeOrFail(), "iku", "biasa");
    record("iku-biasa", rows);
    // Every result cell calls an IKU. function LibreOffice does not know.
    // The quarter aggregates are plain formulas (computed); every IKU. result is #NAME?.
    for (const r of rows)
      for (const c of r.cells.filter((x) => /_(HASIL|CAPAIAN|KATEGORI)(_TW\d)?$/.test(x.name)))
        expect({ name: c.name, shown: c.libreoffice }).toEqual({
          name: c.name,
          shown: { error: "#NAME?" },
        });
    const { grid } = await loadWorkbookFile(saved);
    const audit = analyzeFormulas(grid);
    expect(audit.catalogue).toEqual({ source: "katalog", sheet: KATALOG_SHEET, indicators: 5 });
    expect(audit.sheets).toEqual([plan.sheetName]);
    const errors = audit.findings.filter((f) => f.severity === "error");
    // Per indicator: the year's hasil, capaian, kategori and each quarter's hasil and capaian.
    expect(errors).toHaveLength(plan.indicators.length * (3 + 2 * 4));
    expect(new Set(errors.map((f) => f.rule))).toEqual(new Set(["formula.addinNotLoaded"]));
    // The core computes the same sheet in Excel with the add-in: its values, for the record.
    expect(rows.every((r) => r.cells.every((c) => c.core !== null))).toBe(true);
  });
});
