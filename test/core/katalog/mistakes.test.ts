import { analyzeFormulas } from "../../../src/core/audit";
import type { GridValue, WorkbookGrid } from "../../../src/core/grid";
import { KATALOG_MAX_INDICATORS, KATALOG_SHEET } from "../../../src/core/katalog/layout";
import { workbookCatalogue } from "../../../src/core/katalog/workbook";
import { analyzeInputs } from "../../../src/core/validate";
import { DINKES_KATALOG } from "./dinkes";

/**
 * Every Katalog mistake the issue lists, planted in the Dinkes Katalog and read the way every
 * check reads a workbook (workbookCatalogue, with the add-in's real kinds): one finding each,
 * with the sheet, its exact cell and its exact words, in Indonesian and in English. A Katalog
 * with a mistake is never half-used: the checks report only its findings and no IKU sheet.
 *
 * The Dinkes rows: A1 Perangkat Daerah, the header in row 2, KES01 … KES05 in rows 3 … 7;
 * columns A Kode, B Sasaran, C Indikator, D Jenis, E–G Komponen 1–3, H Satuan, I Polaritas.
 */

const COLUMN = { kode: 0, sasaran: 1, indikator: 2, jenis: 3, k1: 4, k2: 5, k3: 6, polaritas: 8 };
/** Sheet row (1-based) of an indicator of the Dinkes Katalog. */
const ROW = { KES01: 3, KES02: 4, KES03: 5, KES04: 6, KES05: 7 } as const;

type Edit = [code: keyof typeof ROW, column: keyof typeof COLUMN, value: GridValue];

function grid(edits: Edit[], extraRows: GridValue[][] = []): WorkbookGrid {
  const rows = DINKES_KATALOG.map((row) => [...row]);
  for (const [code, column, value] of edits) rows[ROW[code] - 1][COLUMN[column]] = value;
  rows.push(...extraRows);
  return {
    workbook: "Dinkes.xlsx",
    sheets: [{ name: KATALOG_SHEET, origin: "A1", values: rows, formulas: rows }],
    names: [],
  };
}

function findings(g: WorkbookGrid, lang: "id" | "en" = "id") {
  const read = workbookCatalogue(g, { lang });
  expect(read.ok).toBe(false);
  return read.ok ? [] : read.findings.map((f) => [`${f.sheet}!${f.cell}`, f.rule, f.message]);
}

const KINDS = "persentase, rasio, jumlah, nilai, pertumbuhan, penurunan";

describe("every Katalog mistake of the issue, with its cell and message", () => {
  it.each<[string, Edit[], string, string, string, string]>([
    [
      "unknown Jenis",
      [["KES03", "jenis", "indeks"]],
      "Katalog IKU!D5",
      "katalog.jenisUnknown",
      `Jenis "indeks" tidak dikenal; pilih salah satu: ${KINDS}.`,
      `The kind "indeks" is unknown; choose one of: ${KINDS}.`,
    ],
    [
      "missing Kode",
      [["KES02", "kode", null]],
      "Katalog IKU!A4",
      "katalog.required",
      'Kolom "Kode" wajib diisi untuk setiap indikator.',
      'The "Kode" column must be filled in for every indicator.',
    ],
    [
      "missing Sasaran",
      [["KES02", "sasaran", ""]],
      "Katalog IKU!B4",
      "katalog.required",
      'Kolom "Sasaran" wajib diisi untuk setiap indikator.',
      'The "Sasaran" column must be filled in for every indicator.',
    ],
    [
      "missing Indikator",
      [["KES05", "indikator", "  "]],
      "Katalog IKU!C7",
      "katalog.required",
      'Kolom "Indikator" wajib diisi untuk setiap indikator.',
      'The "Indikator" column must be filled in for every indicator.',
    ],
    [
      "missing Jenis",
      [["KES01", "jenis", null]],
      "Katalog IKU!D3",
      "katalog.required",
      'Kolom "Jenis" wajib diisi untuk setiap indikator.',
      'The "Jenis" column must be filled in for every indicator.',
    ],
    [
      "duplicate Kode (case-insensitive)",
      [["KES05", "kode", "kes01"]],
      "Katalog IKU!A7",
      "katalog.kodeDuplicate",
      "Kode kes01 sudah dipakai di A3 (huruf besar dan kecil dianggap sama); setiap indikator perlu kode sendiri.",
      "The code kes01 is already used at A3 (upper and lower case count as the same); every indicator needs its own code.",
    ],
    [
      "Kode not a valid Excel name part",
      [["KES04", "kode", "KES 04"]],
      "Katalog IKU!A6",
      "katalog.kodeInvalid",
      "Kode KES 04 tidak dapat menjadi awal nama sel Excel: gunakan huruf, angka dan _ saja, diawali huruf, paling banyak 40 karakter (misalnya IKU06 atau DINKES_01).",
      "The code KES 04 cannot start an Excel cell name: use letters, digits and _ only, starting with a letter, at most 40 characters (for example IKU06 or DINKES_01).",
    ],
    [
      "Kode starting with a digit",
      [["KES04", "kode", "4KES"]],
      "Katalog IKU!A6",
      "katalog.kodeInvalid",
      "Kode 4KES tidak dapat menjadi awal nama sel Excel: gunakan huruf, angka dan _ saja, diawali huruf, paling banyak 40 karakter (misalnya IKU06 atau DINKES_01).",
      "The code 4KES cannot start an Excel cell name: use letters, digits and _ only, starting with a letter, at most 40 characters (for example IKU06 or DINKES_01).",
    ],
    [
      "persentase with one component",
      [["KES01", "k2", null]],
      "Katalog IKU!F3",
      "katalog.componentCount",
      "Jenis persentase memerlukan Komponen 1 dan Komponen 2.",
      "The kind persentase needs Komponen 1 and Komponen 2.",
    ],
    [
      "jumlah with no component",
      [
        ["KES04", "k1", null],
        ["KES04", "k2", null],
        ["KES04", "k3", null],
      ],
      "Katalog IKU!E6",
      "katalog.componentCount",
      "Jenis jumlah memerlukan 1 sampai 3 komponen.",
      "The kind jumlah needs 1 to 3 components.",
    ],
    [
      "nilai with two components",
      [["KES05", "k2", "Nilai lain"]],
      "Katalog IKU!F7",
      "katalog.componentCount",
      "Jenis nilai memerlukan tepat satu komponen (Komponen 1 saja).",
      "The kind nilai needs exactly one component (Komponen 1 only).",
    ],
    [
      "unknown Polaritas",
      [["KES02", "polaritas", "turun"]],
      "Katalog IKU!I4",
      "katalog.polaritasUnknown",
      'Polaritas "turun" tidak dikenal; pilih positif atau negatif, atau kosongkan (positif).',
      'The polarity "turun" is unknown; choose positif or negatif, or leave it empty (positif).',
    ],
  ])("%s", (_what, edits, cell, rule, id, en) => {
    const g = grid(edits);
    expect(findings(g)).toEqual([[cell, rule, id]]);
    expect(findings(g, "en")).toEqual([[cell, rule, en]]);
  });

  it("more than 200 indicators: at the Kode of the first one over the limit", () => {
    const more = KATALOG_MAX_INDICATORS + 1 - 5;
    const extra = Array.from({ length: more }, (_, i): GridValue[] => [
      `KES${String(i + 6).padStart(3, "0")}`,
      "Meningkatnya mutu layanan kesehatan",
      `Indikator ${i + 6}`,
      "nilai",
      "Nilai",
    ]);
    // Header in row 2, the 201st indicator in row 203.
    expect(findings(grid([], extra))).toEqual([
      [
        `Katalog IKU!A${KATALOG_MAX_INDICATORS + 3}`,
        "katalog.tooMany",
        `Katalog memuat lebih dari ${KATALOG_MAX_INDICATORS} indikator; mulai baris ini, indikator tidak dapat dipakai. Pisahkan katalog atau kurangi indikatornya.`,
      ],
    ]);
    // Exactly 200 is accepted.
    expect(workbookCatalogue(grid([], extra.slice(0, -1))).ok).toBe(true);
  });

  it("several mistakes at once are all reported, and the checks report nothing else", () => {
    const g = grid([
      ["KES01", "k2", null],
      ["KES03", "jenis", "indeks"],
      ["KES05", "kode", "kes01"],
    ]);
    for (const analysis of [analyzeInputs(g), analyzeFormulas(g)]) {
      expect(analysis.sheets).toEqual([]);
      expect(analysis.catalogue).toEqual({ source: "katalog", sheet: KATALOG_SHEET });
      expect(analysis.findings.map((f) => [`${f.sheet}!${f.cell}`, f.rule, f.severity])).toEqual([
        ["Katalog IKU!F3", "katalog.componentCount", "error"],
        ["Katalog IKU!D5", "katalog.jenisUnknown", "error"],
        ["Katalog IKU!A7", "katalog.kodeDuplicate", "error"],
      ]);
    }
  });
});
