/**
 * Texts of the generated "Pengukuran Kinerja <tahun>" sheet (LKjIP chapter III) and its charts.
 * Indonesian only, as sheet.ts: they are written into the workbook.
 */
export const lkjipText = {
  sheetName: (tahun: number) => `Pengukuran Kinerja ${tahun}`,
  title: (tahun: number) => `PENGUKURAN KINERJA TAHUN ${tahun}`,
  subtitle: "LKjIP Bab III — Akuntabilitas Kinerja (dihitung dengan rumus dari lembar tahunan)",
  table1: (tahun: number) =>
    `Tabel 1. Target, realisasi, capaian dan kategori per sasaran dan indikator, tahun ${tahun}`,
  table2: (tahun: number) =>
    `Tabel 2. Realisasi dan capaian tahun ${tahun} dibandingkan tahun-tahun sebelumnya`,
  table3: (tahun: number) =>
    `Tabel 3. Realisasi sampai tahun ${tahun} dibandingkan target akhir Renstra`,
  table4: (tahun: number) => `Tabel 4. Anggaran per sasaran dan efisiensi, tahun ${tahun}`,
  chartData: "Data grafik (dibaca oleh grafik dengan rumus; jangan diubah)",
  no: "No",
  sasaranIndikator: "Sasaran / Indikator Kinerja",
  sasaran: "Sasaran",
  satuan: "Satuan",
  target: "Target",
  realisasi: "Realisasi",
  capaian: "Capaian (%)",
  kategori: "Kategori",
  realisasiTahun: (tahun: number) => `Realisasi ${tahun}`,
  capaianTahun: (tahun: number) => `Capaian ${tahun} (%)`,
  targetTahun: (tahun: number) => `Target ${tahun}`,
  targetAkhir: "Target akhir Renstra (kondisi akhir)",
  realisasiSampai: (tahun: number) => `Realisasi s.d. ${tahun}`,
  capaianAkhir: "Capaian terhadap target akhir (%)",
  average: (sasaran: string) => `Rata-rata capaian sasaran ${sasaran}`,
  pagu: "Pagu anggaran (Rp)",
  realisasiAnggaran: "Realisasi anggaran (Rp)",
  serapan: "Serapan anggaran (%)",
  capaianKinerja: "Rata-rata capaian kinerja (%)",
  efisiensi: "Efisiensi (capaian − serapan)",
  tahun: "Tahun",
  kode: "Kode",
  garis100: "Target 100%",
  /** What a table cell shows when the workbook lacks the sheet or the indicator it reads. */
  missing: "–",
  noRenstra:
    "Workbook ini belum memiliki lembar Target Renstra: buat lembar Target Renstra, lalu buat ulang tabel ini.",
  noYearSheet: (tahun: number) => `tidak ada lembar tahun ${tahun}`,
  chartCapaian: (tahun: number) => `Capaian indikator kinerja tahun ${tahun} (%)`,
  chartTrend: (code: string, name: string) => `${code} ${name}: realisasi dan target per tahun`,
  seriesTarget: "Target",
  seriesRealisasi: "Realisasi",
  budgetTitle: (sasaran: string) => `Anggaran ${sasaran}`,
  errorTitle: "Isian tidak valid",
  paguZero: "Pagu anggaran 0: serapan tidak dapat dihitung.",
} as const;
