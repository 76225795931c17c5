/**
 * The "Katalog IKU" sheet: an agency's indicator table kept as data that staff edit in Excel.
 * One description of its columns and header rows serves the reader (read.ts), the writer
 * (write.ts) and the help page.
 */

export const KATALOG_SHEET = "Katalog IKU";

/** Most indicators a Katalog may hold: the IKU sheet and its names stay a size Excel handles well. */
export const KATALOG_MAX_INDICATORS = 200;

export type KatalogField =
  | "kode"
  | "sasaran"
  | "indikator"
  | "jenis"
  | "komponen1"
  | "komponen2"
  | "komponen3"
  | "satuan"
  | "polaritas"
  | "agregasi"
  | "penanggungJawab"
  | "sumberData"
  | "formula"
  | "catatan";

export interface KatalogColumn {
  field: KatalogField;
  /** The header text as staff see it (matched case-insensitively, ignoring spaces). */
  header: string;
  required: boolean;
  /** What the column holds, for the help page (Indonesian, English). */
  help: { id: string; en: string };
}

/** The table's columns in the order the writer puts them; the reader accepts any order. */
export const KATALOG_COLUMNS: readonly KatalogColumn[] = [
  {
    field: "kode",
    header: "Kode",
    required: true,
    help: {
      id: "kode unik indikator, awal nama sel (IKU06 → IKU06_PEMBILANG): huruf, angka dan _, diawali huruf",
      en: "unique indicator code, the start of its cell names (IKU06 → IKU06_PEMBILANG): letters, digits and _, starting with a letter",
    },
  },
  {
    field: "sasaran",
    header: "Sasaran",
    required: true,
    help: {
      id: "teks sasaran strategis; baris dengan teks yang sama menjadi satu kelompok",
      en: "the strategic goal's text; rows with the same text form one group",
    },
  },
  {
    field: "indikator",
    header: "Indikator",
    required: true,
    help: { id: "nama indikator", en: "the indicator's name" },
  },
  {
    field: "jenis",
    header: "Jenis",
    required: true,
    help: {
      id: "cara menghitung hasil dari komponennya",
      en: "how the result is computed from its components",
    },
  },
  {
    field: "komponen1",
    header: "Komponen 1",
    required: true,
    help: { id: "label komponen pertama (K1)", en: "label of the first component (K1)" },
  },
  {
    field: "komponen2",
    header: "Komponen 2",
    required: false,
    help: { id: "label komponen kedua (K2)", en: "label of the second component (K2)" },
  },
  {
    field: "komponen3",
    header: "Komponen 3",
    required: false,
    help: {
      id: "label komponen ketiga (K3, hanya untuk jumlah)",
      en: "label of the third component (K3, jumlah only)",
    },
  },
  {
    field: "satuan",
    header: "Satuan",
    required: false,
    help: { id: "satuan hasil (%, orang, nilai…)", en: "unit of the result (%, people, score…)" },
  },
  {
    field: "polaritas",
    header: "Polaritas",
    required: false,
    help: {
      id: "positif (makin tinggi makin baik, bawaan) atau negatif (makin rendah makin baik)",
      en: "positif (higher is better, the default) or negatif (lower is better)",
    },
  },
  {
    field: "agregasi",
    header: "Agregasi",
    required: false,
    help: {
      id: "cara realisasi setahun dihitung dari triwulan: akumulasi (jumlah semua triwulan, misalnya orang yang dilayani) atau posisi (triwulan terakhir yang terisi, misalnya jumlah LPM terdaftar); satu kata untuk semua komponen, atau satu per komponen dipisah koma (akumulasi, posisi). Kosong atau tanpa kolom ini: indikator bawaan memakai pilihan katalog bawaan, indikator lain posisi, karena posisi tidak pernah menggandakan angka stok dan nilai yang hanya diisi sekali (pada TW IV) tetap menjadi nilai setahun",
      en: "how the year's realisasi follows from the quarters: akumulasi (the sum of all quarters, e.g. people served) or posisi (the latest filled quarter, e.g. the number of registered LPM); one word for every component, or one per component separated by commas (akumulasi, posisi). Empty or no such column: a built-in indicator keeps the built-in catalogue's choice, any other takes posisi, because posisi never multiplies a stock and a value typed once (in TW IV) stays the year's value",
    },
  },
  {
    field: "penanggungJawab",
    header: "Penanggung Jawab",
    required: false,
    help: { id: "unit penanggung jawab", en: "the unit responsible" },
  },
  {
    field: "sumberData",
    header: "Sumber Data",
    required: false,
    help: { id: "sumber data", en: "data source" },
  },
  {
    field: "formula",
    header: "Formula",
    required: false,
    help: {
      id: "rumus seperti tertulis dalam dokumen IKU (keterangan; perhitungan mengikuti Jenis)",
      en: "the formula as the IKU document writes it (for reference; the computation follows Jenis)",
    },
  },
  {
    field: "catatan",
    header: "Catatan",
    required: false,
    help: { id: "catatan bebas", en: "free notes" },
  },
];

/** Labels of the optional header rows above the table (label in column A, value in column B). */
export const KATALOG_HEADER_LABELS = {
  perangkatDaerah: "Perangkat Daerah",
  tugas: "Tugas",
  fungsi: "Fungsi",
} as const;

/** Header text as compared: lower case, no spaces. */
export function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}
