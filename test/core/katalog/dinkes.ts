import type { GridValue } from "../../../src/core/grid";

/**
 * Another agency's Katalog IKU (not DSPM): a Dinas Kesehatan with five indicators over two
 * sasaran, with a negatif indicator and every generic kind but rasio. Rows as a Katalog sheet
 * holds them from A1; tests build workbooks, plans and sheets from it.
 */
export const DINKES_KATALOG: GridValue[][] = [
  ["Perangkat Daerah", "Dinas Kesehatan Kota Contoh"],
  [
    "Kode",
    "Sasaran",
    "Indikator",
    "Jenis",
    "Komponen 1",
    "Komponen 2",
    "Komponen 3",
    "Satuan",
    "Polaritas",
  ],
  [
    "KES01",
    "Meningkatnya derajat kesehatan masyarakat",
    "Persentase balita gizi buruk",
    "persentase",
    "Balita gizi buruk",
    "Balita ditimbang",
    null,
    null,
    "negatif",
  ],
  [
    "KES02",
    "Meningkatnya derajat kesehatan masyarakat",
    "Pertumbuhan kunjungan puskesmas",
    "pertumbuhan",
    "Kunjungan tahun ini",
    "Kunjungan tahun lalu",
    null,
    "%",
    null,
  ],
  [
    "KES03",
    "Meningkatnya mutu layanan kesehatan",
    "Penurunan kasus DBD",
    "penurunan",
    "Kasus tahun ini",
    "Kasus tahun dasar",
    null,
    "%",
    null,
  ],
  [
    "KES04",
    "Meningkatnya mutu layanan kesehatan",
    "Jumlah fasilitas kesehatan terakreditasi",
    "jumlah",
    "Puskesmas",
    "Klinik",
    "Rumah sakit",
    "unit",
    null,
  ],
  [
    "KES05",
    "Meningkatnya derajat kesehatan masyarakat",
    "Indeks kepuasan masyarakat",
    "nilai",
    "Nilai IKM",
    null,
    null,
    "nilai",
    null,
  ],
];
