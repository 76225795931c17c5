import type { Catalogue } from "../catalogue";
import { sasaranOf } from "../catalogue";
import { KATALOG_COLUMNS, KATALOG_HEADER_LABELS } from "./layout";
import type { KatalogField } from "./layout";

/**
 * The content of a "Katalog IKU" sheet, as plain rows that the CLI (exceljs) and the pane
 * (Office.js) both write: the header block, one empty row, the table's header row and one row
 * per indicator in the catalogue's order.
 */
export interface KatalogContent {
  rows: (string | null)[][];
  /** 0-based index of the table's header row ("Kode" in column A). */
  headerRow: number;
  /** Column widths in characters, one per table column. */
  widths: number[];
}

const WIDTHS: Record<KatalogField, number> = {
  kode: 10,
  sasaran: 34,
  indikator: 40,
  jenis: 12,
  komponen1: 28,
  komponen2: 28,
  komponen3: 28,
  satuan: 10,
  polaritas: 10,
  agregasi: 20,
  penanggungJawab: 22,
  sumberData: 14,
  formula: 36,
  catatan: 40,
};

/** One word when every component shares it, else one per component ("akumulasi, posisi"). */
function agregasiText(words: readonly string[]): string {
  return words.every((w) => w === words[0]) ? words[0] : words.join(", ");
}

/** A catalogue as a Katalog sheet; reading it back gives the same indicators (round trip). */
export function katalogContent(catalogue: Catalogue): KatalogContent {
  const rows: (string | null)[][] = [];
  rows.push([KATALOG_HEADER_LABELS.perangkatDaerah, catalogue.agency.nama]);
  rows.push([KATALOG_HEADER_LABELS.tugas, catalogue.agency.tugas]);
  catalogue.agency.fungsi.forEach((f, i) =>
    rows.push([i === 0 ? KATALOG_HEADER_LABELS.fungsi : null, `${f.letter}. ${f.text}`])
  );
  rows.push([]);
  const headerRow = rows.length;
  rows.push(KATALOG_COLUMNS.map((c) => c.header));
  for (const ind of catalogue.indicators) {
    const value: Record<KatalogField, string | null> = {
      kode: ind.code,
      sasaran: sasaranOf(ind, catalogue).name,
      indikator: ind.name,
      jenis: ind.kind,
      komponen1: ind.components[0]?.label ?? null,
      komponen2: ind.components[1]?.label ?? null,
      komponen3: ind.components[2]?.label ?? null,
      satuan: ind.satuan,
      polaritas: ind.polarity,
      agregasi: agregasiText(ind.components.map((c) => c.agregasi)),
      penanggungJawab: ind.penanggungJawab,
      sumberData: ind.sumberData,
      formula: ind.formulaReading,
      catatan: ind.notes.length > 0 ? ind.notes.join("\n") : null,
    };
    rows.push(KATALOG_COLUMNS.map((c) => value[c.field]));
  }
  return { rows, headerRow, widths: KATALOG_COLUMNS.map((c) => WIDTHS[c.field]) };
}

/**
 * An empty Katalog to fill in for another agency: the header rows with their labels only, the
 * table's header and one example row (the catalogue's first indicator), which reads back with no
 * mistakes.
 */
export function katalogExampleContent(catalogue: Catalogue): KatalogContent {
  const one = katalogContent({ ...catalogue, indicators: catalogue.indicators.slice(0, 1) });
  const rows: (string | null)[][] = [
    [KATALOG_HEADER_LABELS.perangkatDaerah, null],
    [KATALOG_HEADER_LABELS.tugas, null],
    [KATALOG_HEADER_LABELS.fungsi, null],
    [],
    ...one.rows.slice(one.headerRow),
  ];
  return { rows, headerRow: 4, widths: one.widths };
}
