import { analyzeFormulas } from "../../../src/core/audit";
import { CATALOGUE } from "../../../src/core/catalogue";
import type { GridValue, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import { katalogSheetName, workbookCatalogue } from "../../../src/core/katalog/workbook";
import { analyzeInputs } from "../../../src/core/validate";
import { DINKES_KATALOG } from "./dinkes";

const sheet = (name: string, rows: GridValue[][]): SheetGrid => ({
  name,
  origin: "A1",
  values: rows,
  formulas: rows,
});
const workbook = (...sheets: SheetGrid[]): WorkbookGrid => ({
  workbook: "Dinkes.xlsx",
  sheets,
  names: [],
});

describe("workbookCatalogue", () => {
  it("uses the built-in catalogue when the workbook has no Katalog sheet", () => {
    const got = workbookCatalogue(workbook(sheet("Data", [["Kode"]])));
    expect(got).toEqual({ ok: true, source: "builtin", catalogue: CATALOGUE });
  });

  it("finds the Katalog sheet whatever its case, as Excel does", () => {
    expect(katalogSheetName(["Data", "KATALOG iku", "IKU 2026"])).toBe("KATALOG iku");
    expect(katalogSheetName(["Katalog IKU lama"])).toBeUndefined();
  });

  it("reads another agency's catalogue from its Katalog sheet", () => {
    const got = workbookCatalogue(workbook(sheet("katalog IKU", DINKES_KATALOG)));
    expect(got.ok && got.source === "katalog" && got.sheet).toBe("katalog IKU");
    if (!got.ok) throw new Error("Katalog rejected");
    expect(got.catalogue.agency.nama).toBe("Dinas Kesehatan Kota Contoh");
    expect(got.catalogue.indicators.map((i) => i.code)).toEqual([
      "KES01",
      "KES02",
      "KES03",
      "KES04",
      "KES05",
    ]);
  });
});

describe("checks of a workbook whose Katalog has mistakes", () => {
  // KES03's Jenis misspelled and KES04's Kode emptied: two findings, each with its cell.
  const rows = DINKES_KATALOG.map((row) => [...row]);
  rows[4][3] = "penurunann";
  rows[5][0] = null;
  const grid = workbook(sheet("Katalog IKU", rows), sheet("IKU 2026", [["x"]]));

  it.each([
    ["Periksa Data", analyzeInputs],
    ["Audit Rumus", analyzeFormulas],
  ] as const)("%s reports the Katalog's mistakes and nothing else", (_label, analyze) => {
    const got = analyze(grid);
    expect(got.catalogue).toEqual({ source: "katalog", sheet: "Katalog IKU" });
    expect(got.sheets).toEqual([]);
    expect(got.findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      ["Katalog IKU", "D5", "katalog.jenisUnknown"],
      ["Katalog IKU", "A6", "katalog.required"],
    ]);
    expect(got.findings[0].message).toContain('"penurunann"');
  });

  it("words the findings in English when asked", () => {
    const got = analyzeInputs(grid, { lang: "en" });
    expect(got.findings.every((f) => f.messageLang === "en")).toBe(true);
  });
});
