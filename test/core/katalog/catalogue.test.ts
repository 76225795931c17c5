import { CATALOGUE } from "../../../src/core/catalogue";
import { Catalogue } from "../../../src/core/catalogue/schema";
import type { GridValue } from "../../../src/core/grid";
import { katalogCatalogue, readKatalogSheet } from "../../../src/core/katalog/catalogue";
import { KATALOG_SHEET } from "../../../src/core/katalog/layout";
import { katalogContent } from "../../../src/core/katalog/write";
import { buildSheetPlan } from "../../../src/core/sheet/plan";
import { DINKES_KATALOG } from "./dinkes";
import type { FormulaMode } from "../../../src/core/sheet/types";

const grid = (rows: GridValue[][]) => ({
  name: KATALOG_SHEET,
  origin: "A1",
  values: rows,
  formulas: rows,
});

function fromRows(rows: GridValue[][]) {
  const read = readKatalogSheet(grid(rows));
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return katalogCatalogue(read.header, read.entries, CATALOGUE);
}

const settings = (mode: FormulaMode) => ({
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: "IKU 2026",
  mode,
});

describe("katalogCatalogue", () => {
  it.each<FormulaMode>(["iku", "excel"])(
    "gives the built-in catalogue's sheet back from its exported Katalog (%s mode)",
    (mode) => {
      const cat = fromRows(katalogContent(CATALOGUE).rows);
      expect(buildSheetPlan(settings(mode), cat)).toEqual(
        buildSheetPlan(settings(mode), CATALOGUE)
      );
    }
  );

  it("builds another agency's catalogue that the schema accepts, with generic functions and role names", () => {
    const cat = fromRows(DINKES_KATALOG);
    expect(Catalogue.safeParse(cat).error?.issues ?? []).toEqual([]);
    expect(cat.agency.nama).toBe("Dinas Kesehatan Kota Contoh");
    expect(cat.sasaran.map((s) => [s.code, s.no])).toEqual([
      ["S1", 1],
      ["S2", 2],
    ]);
    expect(
      cat.indicators.map((i) => [
        i.code,
        i.sasaran,
        i.functionName,
        i.polarity,
        i.components.map((c) => c.key),
      ])
    ).toEqual([
      ["KES01", "S1", "PERSENTASE", "negatif", ["PEMBILANG", "PENYEBUT"]],
      ["KES02", "S1", "PERTUMBUHAN", "positif", ["SEKARANG", "PEMBANDING"]],
      ["KES03", "S2", "PENURUNAN", "positif", ["SEKARANG", "PEMBANDING"]],
      ["KES04", "S2", "JUMLAH", "positif", ["K1", "K2", "K3"]],
      ["KES05", "S1", "NILAI", "positif", ["NILAI"]],
    ]);
    expect(cat.indicators[0].satuan).toBe("%");
    expect(cat.indicators[1].formulaReading).toBe(
      "(Kunjungan tahun ini − Kunjungan tahun lalu) / Kunjungan tahun lalu × 100"
    );
    const plan = buildSheetPlan(
      { ...settings("excel"), namaPerangkatDaerah: cat.agency.nama },
      cat
    );
    expect(plan.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["KES02_SEKARANG", "KES04_K3", "KES05_HASIL"])
    );
  });

  it("uses generic functions for a built-in indicator whose components were changed", () => {
    const rows = katalogContent(CATALOGUE).rows.map((r) => [...r]);
    const at = rows.findIndex((r) => r[0] === "IKU06");
    rows[at][4] = "Jumlah PPKS yang direhabilitasi (diubah)";
    const cat = fromRows(rows);
    const ind = cat.indicators.find((i) => i.code === "IKU06")!;
    expect(ind.functionName).toBe("PERSENTASE");
    expect(cat.indicators.find((i) => i.code === "IKU05")!.functionName).toBe(
      "PERSENTASE_PSKS_AKTIF"
    );
  });

  describe("Agregasi", () => {
    const agregasiOf = (cat: Catalogue, code: string) =>
      cat.indicators.find((i) => i.code === code)!.components.map((c) => c.agregasi);
    const column = (rows: GridValue[][]) =>
      rows[rows.findIndex((r) => r[0] === "Kode")].indexOf("Agregasi");

    it("keeps every component's aggregation through iku katalog and back (round trip)", () => {
      const rows = katalogContent(CATALOGUE).rows;
      expect(rows[rows.findIndex((r) => r[0] === "IKU03")][column(rows)]).toBe("akumulasi, posisi");
      expect(rows[rows.findIndex((r) => r[0] === "IKU14")][column(rows)]).toBe("posisi");
      const cat = fromRows(rows);
      for (const ind of CATALOGUE.indicators)
        expect(cat.indicators.find((i) => i.code === ind.code)!.components).toEqual(ind.components);
    });

    it("takes the Katalog's word over the built-in one, and posisi where a Katalog says nothing", () => {
      const rows = katalogContent(CATALOGUE).rows.map((r) => [...r]);
      const c = column(rows);
      rows[rows.findIndex((r) => r[0] === "IKU14")][c] = "akumulasi, posisi";
      rows[rows.findIndex((r) => r[0] === "IKU06")][c] = null;
      const cat = fromRows(rows);
      expect(agregasiOf(cat, "IKU14")).toEqual(["akumulasi", "posisi"]);
      // Changed: the built-in reason no longer applies; unchanged: it stays.
      const iku14 = cat.indicators.find((i) => i.code === "IKU14")!.components;
      expect(iku14[0].agregasiAlasan).toBeUndefined();
      expect(iku14[1].agregasiAlasan).toBe(CATALOGUE.indicators[13].components[1].agregasiAlasan);
      // An empty cell keeps the built-in choice of a built-in indicator.
      expect(agregasiOf(cat, "IKU06")).toEqual(["akumulasi", "akumulasi"]);
      // Another agency's Katalog without the column: posisi for every component.
      const dinkes = fromRows(DINKES_KATALOG);
      expect(DINKES_KATALOG.some((r) => r.includes("Agregasi"))).toBe(false);
      expect(dinkes.indicators.flatMap((i) => i.components.map((k) => k.agregasi))).toEqual(
        dinkes.indicators.flatMap((i) => i.components.map(() => "posisi"))
      );
      expect(Catalogue.safeParse(dinkes).success).toBe(true);
    });
  });
});
