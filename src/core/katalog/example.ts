import { KATALOG_COLUMNS, KATALOG_HEADER_LABELS } from "./layout";
import type { KatalogField } from "./layout";

/**
 * A small Katalog of another agency (a Dinas Kesehatan), the help page's worked example: two
 * sasaran, every kind, one indicator of negative polarity. It is data a staff member could type,
 * so a test reads it back through the Katalog reader and the catalogue schema with no findings.
 */

const SASARAN_1 = "Meningkatnya derajat kesehatan masyarakat";
const SASARAN_2 = "Meningkatnya mutu pelayanan kesehatan";

const ENTRIES: readonly Partial<Record<KatalogField, string>>[] = [
  {
    kode: "KES01",
    sasaran: SASARAN_1,
    indikator: "Persentase balita gizi buruk yang mendapat perawatan",
    jenis: "persentase",
    komponen1: "Balita gizi buruk yang dirawat",
    komponen2: "Balita gizi buruk yang ditemukan",
    satuan: "%",
    polaritas: "positif",
    agregasi: "akumulasi",
    penanggungJawab: "Bidang Kesehatan Masyarakat",
    sumberData: "Laporan puskesmas",
  },
  {
    kode: "KES02",
    sasaran: SASARAN_1,
    indikator: "Prevalensi balita stunting",
    jenis: "persentase",
    komponen1: "Balita stunting",
    komponen2: "Balita yang diukur",
    satuan: "%",
    polaritas: "negatif",
    agregasi: "posisi",
    penanggungJawab: "Bidang Kesehatan Masyarakat",
    sumberData: "e-PPGBM",
    catatan: "Makin rendah makin baik.",
  },
  {
    kode: "KES03",
    sasaran: SASARAN_1,
    indikator: "Penurunan kasus demam berdarah dengue",
    jenis: "penurunan",
    komponen1: "Kasus DBD tahun ini",
    komponen2: "Kasus DBD tahun dasar",
    satuan: "%",
    penanggungJawab: "Bidang P2P",
    sumberData: "Surveilans",
  },
  {
    kode: "KES04",
    sasaran: SASARAN_2,
    indikator: "Pertumbuhan kunjungan rawat jalan puskesmas",
    jenis: "pertumbuhan",
    komponen1: "Kunjungan tahun ini",
    komponen2: "Kunjungan tahun lalu",
    satuan: "%",
    penanggungJawab: "Bidang Pelayanan Kesehatan",
    sumberData: "SIMPUS",
  },
  {
    kode: "KES05",
    sasaran: SASARAN_2,
    indikator: "Jumlah fasilitas kesehatan terakreditasi",
    jenis: "jumlah",
    komponen1: "Puskesmas terakreditasi",
    komponen2: "Klinik terakreditasi",
    komponen3: "Laboratorium terakreditasi",
    satuan: "unit",
    penanggungJawab: "Bidang Pelayanan Kesehatan",
    sumberData: "Sertifikat akreditasi",
  },
  {
    kode: "KES06",
    sasaran: SASARAN_2,
    indikator: "Rasio dokter per puskesmas",
    jenis: "rasio",
    komponen1: "Jumlah dokter puskesmas",
    komponen2: "Jumlah puskesmas",
    satuan: "dokter",
    penanggungJawab: "Sekretariat",
    sumberData: "SISDMK",
  },
  {
    kode: "KES07",
    sasaran: SASARAN_2,
    indikator: "Indeks kepuasan masyarakat terhadap layanan puskesmas",
    jenis: "nilai",
    komponen1: "Nilai IKM",
    satuan: "nilai",
    penanggungJawab: "Sekretariat",
    sumberData: "Survei kepuasan masyarakat",
    formula: "Nilai IKM hasil survei (0–100)",
  },
];

/** A plausible slip in the example's first indicator: "persen" for the kind persentase. */
export const KATALOG_EXAMPLE_MISTAKE: { field: KatalogField; value: string } = {
  field: "jenis",
  value: "persen",
};

/** The example as sheet rows from A1: the header block, an empty row, the table. */
export function katalogExample(): { rows: (string | null)[][]; headerRow: number } {
  const rows: (string | null)[][] = [
    [KATALOG_HEADER_LABELS.perangkatDaerah, "Dinas Kesehatan Kota Contoh"],
    [KATALOG_HEADER_LABELS.tugas, "Membantu Wali Kota melaksanakan urusan bidang kesehatan"],
    [KATALOG_HEADER_LABELS.fungsi, "a. Perumusan kebijakan bidang kesehatan"],
    [null, "b. Pelaksanaan pelayanan kesehatan masyarakat"],
    [],
  ];
  const headerRow = rows.length;
  rows.push(KATALOG_COLUMNS.map((c) => c.header));
  for (const entry of ENTRIES) rows.push(KATALOG_COLUMNS.map((c) => entry[c.field] ?? null));
  return { rows, headerRow };
}
