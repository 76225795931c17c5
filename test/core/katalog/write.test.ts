import { CATALOGUE, sasaranOf } from "../../../src/core/catalogue";
import { KATALOG_SHEET } from "../../../src/core/katalog/layout";
import { readKatalog } from "../../../src/core/katalog/read";
import { katalogContent } from "../../../src/core/katalog/write";

const ANY = { min: 1, max: 3, needs: { id: "1–3", en: "1–3" } };

describe("katalogContent", () => {
  it("writes the built-in catalogue so that the reader gets every indicator back", () => {
    const content = katalogContent(CATALOGUE);
    expect(content.rows[content.headerRow][0]).toBe("Kode");
    const read = readKatalog(
      { name: KATALOG_SHEET, origin: "A1", values: content.rows, formulas: content.rows },
      {
        kinds: Object.fromEntries(CATALOGUE.indicators.map((i) => [i.kind, ANY])),
        polarities: ["positif", "negatif"],
        agregasi: ["posisi", "akumulasi"],
      }
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.header).toEqual({
      perangkatDaerah: CATALOGUE.agency.nama,
      tugas: CATALOGUE.agency.tugas,
      fungsi: CATALOGUE.agency.fungsi.map((f) => f.text),
    });
    expect(read.entries.map((e) => ({ ...e, row: undefined }))).toEqual(
      CATALOGUE.indicators.map((ind) => ({
        row: undefined,
        kode: ind.code,
        sasaran: sasaranOf(ind).name,
        indikator: ind.name,
        jenis: ind.kind,
        komponen: ind.components.map((c) => c.label),
        satuan: ind.satuan,
        polaritas: ind.polarity,
        agregasi: ind.components.map((c) => c.agregasi),
        penanggungJawab: ind.penanggungJawab,
        sumberData: ind.sumberData,
        formula: ind.formulaReading,
        catatan: ind.notes.join("\n"),
      }))
    );
    expect(content.widths).toHaveLength(content.rows[content.headerRow].length);
  });
});
