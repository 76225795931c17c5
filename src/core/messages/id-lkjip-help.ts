import { LKJIP_AUDIT_ID } from "./id-lkjip-audit";

/**
 * The help page's words on the SAKIP year and the "Pengukuran Kinerja <tahun>" sheet,
 * Indonesian (en-lkjip-help.ts follows this shape). The formulas the page shows are the sheet's
 * own, built by src/core/sakip/lkjip.ts (help-lkjip.ts), never typed here.
 */
export interface LkjipHelpWords {
  heading: string;
  cycleHeading: string;
  /** The steps of the year, in order: a title and what the workbook holds for it (HTML). */
  cycle: { title: string; body: string }[];
  sheetHeading: string;
  /** How the sheet is made and where (HTML); `sheet` the sheet's name in code. */
  sheetIntro: (sheet: string) => string;
  /** Why the formulas hold addresses, not names (HTML). */
  addresses: string;
  tableHeads: [string, string, string];
  /** Per table: what it shows and how each column is computed (HTML). */
  tables: { title: string; reading: string }[];
  /** The example formulas: "for IKU06 in 2027" (HTML). */
  exampleOf: (code: string, tahun: number) => string;
  chartsHeading: string;
  charts: string;
  cli: string;
  /** What "Audit Rumus" checks on the sheet (HTML). */
  audit: string;
}

export const LKJIP_HELP_ID: LkjipHelpWords = {
  heading: "Siklus SAKIP dan tabel Pengukuran Kinerja (LKjIP)",
  cycleHeading: "Siklus satu tahun di satu buku kerja",
  cycle: [
    {
      title: "Renstra",
      body: "Lembar <code>Target Renstra</code>: per indikator kondisi awal, target tiap tahun periode Renstra (lima tahun) dan kondisi akhir, diketik staf.",
    },
    {
      title: "Perjanjian Kinerja (PK)",
      body: "Lembar tahun (<code>IKU 2027</code>) mengambil targetnya dari Renstra dengan rumus; bila PK menetapkan target lain, staf mengetik angka PK di sel Target dan audit menyebut perbedaannya.",
    },
    {
      title: "Realisasi per triwulan",
      body: "Staf mengisi komponen tiap triwulan (TW I–IV) di lembar tahun; realisasi tahunan dihitung dari komponen yang dijumlahkan (akumulasi) atau diambil dari triwulan terakhir yang terisi (posisi).",
    },
    {
      title: "LKjIP",
      body: "Lembar <code>Pengukuran Kinerja 2027</code> menyusun tabel Bab III dari lembar-lembar tahun dan Renstra, semuanya dengan rumus; grafiknya ditambahkan dari panel.",
    },
  ],
  sheetHeading: "Lembar Pengukuran Kinerja",
  sheetIntro: (sheet) =>
    `Tombol <strong>Buat tabel Pengukuran Kinerja</strong> di panel (atau <code>iku lkjip BERKAS.xlsx --tahun 2027</code>) menulis lembar ${sheet}. Setiap angka adalah rumus yang membaca lembar tahun dan lembar Target Renstra, jadi mengubah isian di lembar tahun langsung mengubah tabel. Hanya pagu dan realisasi anggaran diketik di lembar ini; nilainya dipertahankan saat lembar dibuat ulang. Indikator yang belum diisi tampil <code>#N/A</code> dan tercetak "–".`,
  addresses:
    "Rumus antarlembar memakai alamat sel (<code>'IKU 2027'!$N$14</code>) yang dicari lewat nama sel (<code>IKU06_HASIL</code> di lembar itu): LibreOffice tidak menghitung nama milik lembar yang ditulis dengan nama lembarnya, sedangkan Excel menggeser alamat itu bersama selnya bila baris disisipkan.",
  tableHeads: ["Tabel", "Cara menghitung", "Contoh rumus"],
  tables: [
    {
      title: "1. Target, realisasi, capaian, kategori",
      reading:
        "Target, realisasi, capaian dan kategori tahun itu diambil dari sel lembar tahun (capaian dan kategori seperti dihitung di sana). Rata-rata capaian per sasaran: rata-rata capaian yang berupa angka; indikator yang belum terisi atau n.a. tidak ikut; kategorinya dengan pita yang sama.",
    },
    {
      title: "2. Dibandingkan tahun-tahun sebelumnya",
      reading:
        "Realisasi dan capaian setiap lembar tahun di buku kerja sampai tahun laporan, berdampingan. Indikator yang tidak ada di lembar tahun lama tampil –.",
    },
    {
      title: "3. Dibandingkan target akhir Renstra",
      reading:
        "Target akhir (kondisi akhir) dari lembar Target Renstra dan realisasi tahun laporan; capaiannya dihitung dengan aturan yang sama seperti di lembar tahun (polaritas indikator, realisasi seperti tercetak, target rentang atau predikat). Tanpa lembar Target Renstra, tabel ini menyebutnya dalam satu sel.",
    },
    {
      title: "4. Anggaran dan efisiensi",
      reading:
        "Per sasaran: pagu dan realisasi anggaran (rupiah, diketik staf). Serapan (%) = realisasi anggaran ÷ pagu × 100 (pagu 0: #DIV/0!). Efisiensi = rata-rata capaian kinerja sasaran − serapan; positif berarti kinerja lebih tinggi daripada anggaran yang terserap.",
    },
  ],
  exampleOf: (c, tahun) => `contoh untuk ${c}, tahun ${tahun}`,
  chartsHeading: "Grafik",
  charts:
    'Tombol <strong>Tambah grafik</strong> menambahkan grafik Excel di samping tabel: capaian setiap indikator tahun laporan (batang, dengan garis 100%) dan tren realisasi terhadap target selama tahun-tahun Renstra, untuk semua indikator atau satu indikator yang dipilih. Grafik membaca tabel kecil "Data grafik" di bawah tabel 4 (rumus juga). Menekan tombol lagi mengganti grafik buatan add-in saja; grafik buatan staf tidak disentuh.',
  cli: "Perintah <code>iku lkjip</code> menulis tabel yang sama tetapi tidak dapat menulis grafik (dan mengatakannya): tambahkan grafik dari panel di Excel.",
  audit: LKJIP_AUDIT_ID.help,
};
