/**
 * Words of the LKjIP sheet's commands ("Pengukuran Kinerja <tahun>"): the CLI's `iku lkjip` and
 * the pane's LKjIP section, Indonesian (the master language; en-lkjip.ts follows this shape).
 * The sheet's own texts are in lkjip-sheet.ts (Indonesian only: written into the workbook).
 * Kept apart from id.ts so the pane's first script does not carry them: the section that uses
 * them loads after the first paint.
 */

export interface LkjipWords {
  /** `iku lkjip --help`. */
  help: string;
  /** One line for `iku --help`. */
  usageLine: string;
  missingFile: string;
  missingTahun: string;
  badTahun: (text: string) => string;
  tooManyFiles: string;
  /** The workbook has no IKU sheet of that year. */
  noYearSheet: (file: string, tahun: number, found: number[]) => string;
  /** A sheet of that name exists and was not made by the add-in: never touched. */
  foreignSheet: (sheet: string) => string;
  /** Cells typed by staff on the old sheet where the new one writes: nothing written. */
  typedCells: (file: string, sheet: string, cells: string[]) => string;
  written: (o: {
    file: string;
    sheet: string;
    created: boolean;
    years: number[];
    renstra: boolean;
    kept: number;
  }) => string;
  /** The CLI writes the tables but no chart: exceljs cannot write native charts. */
  noCharts: string;
  /* The pane's section. */
  heading: string;
  intro: string;
  tahunLabel: string;
  tahunHint: string;
  tahunInvalid: string;
  create: string;
  creating: string;
  charts: string;
  chartsAdding: string;
  chartIndicator: string;
  chartAll: string;
  created: (o: { sheet: string; years: number[]; renstra: boolean; kept: number }) => string;
  chartsAdded: (o: { count: number; replaced: number }) => string;
  /** Charts need the LKjIP sheet first. */
  noLkjipSheet: (sheet: string) => string;
}

const list = (years: number[]) => years.join(", ");

export const LKJIP_ID: LkjipWords = {
  help: `iku lkjip: menulis lembar "Pengukuran Kinerja <tahun>" (LKjIP Bab III) ke buku kerja yang ada.

Pemakaian:
  iku lkjip BERKAS.xlsx --tahun TTTT

Empat tabel, semuanya rumus yang membaca lembar IKU tiap tahun dan lembar Target Renstra (bukan
angka salinan): (1) target, realisasi, capaian, kategori per sasaran dan indikator, dengan rata-rata
capaian per sasaran; (2) realisasi dan capaian tahun itu di samping tahun-tahun sebelumnya;
(3) realisasi sampai tahun itu dibandingkan target akhir Renstra; (4) pagu dan realisasi anggaran
per sasaran (diisi staf, dipertahankan saat dibuat ulang), serapan dan efisiensi.
Lembar lain tidak diubah. Grafik tidak dapat ditulis oleh perintah ini: tambahkan grafik dari
panel add-in di Excel (tombol "Tambah grafik").

Kode keluar: 0 berhasil; 2 pilihan salah, berkas tidak dapat dipakai atau ditolak.
`,
  usageLine:
    "  iku lkjip BERKAS.xlsx --tahun TTTT       menulis lembar Pengukuran Kinerja (LKjIP Bab III)",
  missingFile: "Berikan satu berkas .xlsx yang berisi lembar IKU tahunan.",
  missingTahun: "Berikan tahun laporan dengan --tahun TTTT.",
  badTahun: (t) => `--tahun: "${t}" bukan tahun (empat angka, mis. 2027).`,
  tooManyFiles: "Berikan tepat satu berkas .xlsx.",
  noYearSheet: (file, tahun, found) =>
    `Berkas ${file} tidak memiliki lembar IKU tahun ${tahun}` +
    (found.length > 0 ? ` (yang ada: ${list(found)}).` : ".") +
    ` Buat terlebih dahulu lembar tahun itu dengan iku generate --tahun ${tahun}.`,
  foreignSheet: (s) =>
    `Lembar "${s}" sudah ada tetapi tidak dibuat oleh add-in; lembar itu tidak disentuh. Ganti namanya di Excel lalu coba lagi.`,
  typedCells: (file, s, cells) =>
    `Berkas ${file} tidak diubah: di lembar "${s}" ada isian staf di sel yang akan ditulis ulang (${cells.join(", ")}). ` +
    `Pindahkan isian itu ke luar tabel lalu coba lagi.`,
  written: (o) =>
    `${o.created ? "Dibuat" : "Dibuat ulang"}: lembar "${o.sheet}" di ${o.file} (tahun ${list(o.years)}` +
    `${o.renstra ? ", dengan target akhir Renstra" : ", tanpa lembar Target Renstra"}` +
    `${o.kept > 0 ? `; ${o.kept} isian anggaran dipertahankan` : ""}).`,
  noCharts:
    'Catatan: grafik tidak dapat ditulis oleh iku (exceljs tidak menulis grafik Excel). Buka berkas di Excel dan pakai tombol "Tambah grafik" di panel add-in.',
  heading: "Pengukuran Kinerja (LKjIP)",
  intro:
    "Tabel LKjIP Bab III dari lembar IKU tiap tahun dan Target Renstra, semuanya dengan rumus; grafik Excel di sampingnya.",
  tahunLabel: "Tahun laporan",
  tahunHint: "Tahun yang lembar IKU-nya sudah ada di buku kerja.",
  tahunInvalid: "Isi tahun empat angka antara 2000 dan 2100.",
  create: "Buat tabel Pengukuran Kinerja",
  creating: "Membuat tabel Pengukuran Kinerja…",
  charts: "Tambah grafik",
  chartsAdding: "Menambahkan grafik…",
  chartIndicator: "Grafik tren untuk",
  chartAll: "Semua indikator",
  created: (o) =>
    `Lembar "${o.sheet}" dibuat (tahun ${list(o.years)}${o.renstra ? "" : "; belum ada Target Renstra"}` +
    `${o.kept > 0 ? `; ${o.kept} isian anggaran dipertahankan` : ""}).`,
  chartsAdded: (o) =>
    `${o.count} grafik ditambahkan` +
    (o.replaced > 0 ? ` (${o.replaced} grafik lama add-in diganti).` : "."),
  noLkjipSheet: (s) => `Lembar "${s}" belum ada: buat terlebih dahulu tabel Pengukuran Kinerja.`,
};
