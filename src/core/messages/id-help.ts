import type { PredikatSakip } from "../calculation";
import { capitalize, ikuRef, SETTING as S } from "./format";
import { TERMS_ID as T, swadayaOf } from "./id";
import type { TextFacts } from "./types";

/* The shape of these words; the English file follows it. */

/**
 * The help page of the custom functions (src/core/help.ts). These texts are HTML written here
 * (the catalogue's data is escaped by help.ts before it goes into them).
 */
export interface HelpWords {
  /** The page's <title>. */
  pageTitle: (namespace: string, agency: string) => string;
  heading: (namespace: string) => string;
  /** The line under the heading: what the page is, in this language. */
  subtitle: (namespace: string) => string;
  /** The introduction, with an example formula (HTML). */
  intro: (exampleHtml: string) => string;
  toc: string;
  sasaranHeading: (no: number, name: string) => string;
  helpersHeading: string;
  rulesHeading: string;
  field: {
    sasaran: string;
    formulaDocument: string;
    formulaReading: string;
    params: string;
    result: string;
    example: string;
    satuan: string;
    polarity: string;
    penanggungJawab: string;
    sumberData: string;
    notes: string;
  };
  noNotes: string;
  optional: string;
  repeating: string;
  /** Before the example typed with Indonesian regional settings. */
  regional: string;
  /** After a result shown rounded. */
  rounded: string;
  predikatMeaning: Record<PredikatSakip, string>;
  /** The table of Excel's error values the functions return. */
  errorValuesHeading: string;
  errorHead: [string, string, string];
  errorWhen: { DIV0: string; VALUE: string; NA: string };
  predikatHeading: string;
  predikatHead: [string, string, string];
  kategoriHeading: string;
  kategoriNote: string;
  kategoriHead: [string, string];
  achievementHeading: string;
  /** The general rules, one list item each (HTML). */
  generalRules: string[];
  /** Blank cells: the long rule, and its short form in the other language's gloss. */
  blankCells: string;
  blankCellsShort: string;
  /** The achievement rules, one list item each (HTML). */
  achievementRules: string[];
}

/** The help page's Indonesian words (HTML). */
export function helpId(f: TextFacts): HelpWords {
  const swadaya = swadayaOf(f);
  const ref = (code: string) => ikuRef(T, f, code);
  return {
    pageTitle: (ns, agency) => `Fungsi ${ns} – ${agency}`,
    heading: (ns) => `Bantuan fungsi ${ns}`,
    subtitle: (ns) => `Fungsi kustom ${ns} untuk Excel`,
    intro: (example) =>
      `Setiap fungsi menghitung satu Indikator Kinerja Utama (IKU) atau membantu menghitungnya. Ketik di sel, misalnya <code>${example}</code>.`,
    toc: "Daftar fungsi",
    sasaranHeading: (no, name) => `Sasaran ${no}: ${name}`,
    helpersHeading: "Fungsi bantu",
    rulesHeading: "Aturan umum",
    field: {
      sasaran: "Sasaran",
      formulaDocument: "Rumus dalam dokumen",
      formulaReading: "Rumus yang dipakai",
      params: "Parameter",
      result: "Hasil",
      example: "Contoh",
      satuan: "Satuan",
      polarity: "Polaritas",
      penanggungJawab: "Penanggung jawab",
      sumberData: "Sumber data",
      notes: "Catatan (ambiguitas dokumen)",
    },
    noNotes: "Tidak ada.",
    optional: "opsional",
    repeating: "bisa diulang",
    regional: "Dengan pengaturan regional Indonesia:",
    rounded: "dibulatkan untuk tampilan",
    predikatMeaning: {
      AA: "Sangat Memuaskan",
      A: "Memuaskan",
      BB: "Sangat Baik",
      B: "Baik",
      CC: "Cukup (Memadai)",
      C: "Kurang",
      D: "Sangat Kurang",
    },
    errorValuesHeading: `${capitalize(T.errorValue)} Excel (#N/A, #VALUE!, #DIV/0!)`,
    errorHead: ["Kode", "Kapan", "Contoh pesan"],
    errorWhen: {
      DIV0: "Penyebut bernilai 0 sedangkan pembilang tidak, atau target bernilai 0 untuk polaritas positif (Excel tidak menampilkan pesan untuk kode ini).",
      VALUE:
        "Argumen bukan angka (teks, nilai logika), negatif, bukan bilangan bulat, bagian melebihi keseluruhan, nilai di luar 0–100, atau polaritas tidak dikenal.",
      NA: "Argumen kosong (sel kosong di Excel untuk web, atau teks kosong).",
    },
    predikatHeading: "Predikat SAKIP (PermenPANRB 88/2021)",
    predikatHead: ["Nilai", "Predikat", "Arti"],
    kategoriHeading: "Kategori capaian (Permendagri 86/2017)",
    kategoriNote:
      "Permendagri 86/2017 (evaluasi Renja/RKPD) menulis rentang bilangan bulat (91–100 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah) yang menyisakan celah (90–91, 75–76, …). Add-in membacanya dengan batas atasnya, seperti predikat SAKIP: capaian di atas 90 Sangat Tinggi, di atas 75 Tinggi, dan seterusnya. Yang digolongkan adalah capaian seperti tercetak (dibulatkan 2 desimal): 90,004 tercetak 90,00 → Tinggi; 90,996 tercetak 91,00 → Sangat Tinggi. Instansi yang memakai skala sendiri (misalnya Sangat Baik … Sangat Kurang) dapat mengganti batas dan nama kategori di pengaturan; fungsi <code>KATEGORI_CAPAIAN</code> menerimanya sebagai argumen <code>batas</code> dan <code>label</code>.",
    kategoriHead: ["Capaian (%)", "Kategori"],
    achievementHeading: "Aturan capaian",
    generalRules: [
      "Persentase dikembalikan sebagai angka persen, bukan pecahan: 45 dari 60 menghasilkan 75 (bukan 0,75). Hasil tidak dibulatkan; format sel yang mengatur tampilan.",
      "Rata-rata dan rasio adalah hasil bagi biasa, tanpa dikali 100.",
      "Semua argumen fungsi indikator adalah cacah: bilangan bulat ≥ 0 (kecuali Nilai SAKIP: 0–100). Untuk persentase bagian dari keseluruhan, pembilang tidak boleh lebih besar daripada penyebut.",
      `${swadaya} (swadaya) dapat diukur dengan dua cara yang dipilih instansi di pengaturan (CLI: <code>--swadaya</code>): jumlah program yang didukung swadaya (bawaan, bilangan bulat, <code>PERSENTASE_SWADAYA</code>) atau nilai swadaya dalam rupiah dibanding nilai program (angka ≥ 0, boleh desimal, <code>PERSENTASE_SWADAYA_RUPIAH</code>). Lembar, validasi data, tanda sel dan ${T.validate} mengikuti pilihan itu.`,
    ],
    blankCells: `<strong>Sel kosong.</strong> Rumus yang Anda ketik sendiri, mis. <code>=IKU.PERSENTASE_PPKS_BANSOS(A1;B1)</code>, menerima sel kosong secara berbeda: <strong>Excel desktop</strong> (Windows, Mac) mengirimnya sebagai <strong>0</strong>, sehingga A1 kosong dan B1 = 10 menghasilkan 0 (bukan #N/A), A1 dan B1 kosong menghasilkan #DIV/0!, dan <code>KATEGORI_CAPAIAN</code> dari sel kosong menjadi "Sangat Rendah"; <strong>Excel untuk web</strong> mengirimnya sebagai kosong (null), sehingga hasilnya #N/A "… belum diisi". ${capitalize(T.ikuSheet)} yang dibuat add-in membungkus setiap isian dengan <code>IF(ISBLANK(sel);"";sel)</code>, jadi indikator yang belum diisi selalu #N/A (hasil, capaian dan kategori) di semua Excel dan di kedua mode rumus. Lakukan hal yang sama pada rumus Anda: <code>=IKU.PERSENTASE_PPKS_BANSOS(IF(ISBLANK(A1);"";A1);IF(ISBLANK(B1);"";B1))</code>.`,
    blankCellsShort:
      "Sel kosong: Excel desktop mengirim sel kosong sebagai 0, Excel untuk web sebagai null (#N/A); lembar yang dibuat add-in melindungi setiap isian sehingga indikator yang belum diisi selalu #N/A.",
    achievementRules: [
      `Target predikat (${ref("IKU01")}): target PK Nilai SAKIP sering ditulis sebagai predikat. Sel target ${ref("IKU01")} menerima AA, A, BB, B, CC, C atau D (PermenPANRB 88/2021: &gt; 90 AA, &gt; 80 A, &gt; 70 BB, &gt; 60 B, &gt; 50 CC, &gt; 30 C, selain itu D). Capaian 100% bila realisasi seperti tercetak mencapai batas bawah pita target (predikatnya sama atau lebih tinggi); di bawahnya realisasi ÷ batas bawah pita × 100. Contoh target BB: 72,5 → 100%; 70,00 → 100%; 56 → 80%. Target D selalu tercapai. ${T.validate} menolak predikat pada target indikator lain.`,
      `Pembulatan seperti tercetak: capaian dihitung dari realisasi yang dibulatkan ${S.desimal} desimal (bawaan; dapat diatur 0–${S.desimalMax}), sehingga sama dengan hitungan pemeriksa dari tabel LKjIP.`,
      'Polaritas negatif: (2 × target − realisasi) / target × 100, paling rendah 0 (realisasi lebih dari dua kali target). Target 0 (tanpa toleransi, misalnya "0 kasus"): realisasi 0 → 100, realisasi di atas 0 → 0.',
      "Target rentang: ketik di sel target sebagai teks, misalnya <code>80-85</code> atau <code>80,5-85</code>. Realisasi di dalam rentang → 100; di bawahnya dihitung terhadap batas bawah, di atasnya terhadap batas atas; berlaku untuk kedua polaritas.",
      `Tidak ada kejadian (n.a.): bila dalam setahun tidak ada yang dihitung (misalnya tidak ada korban bencana, ${ref("IKU09")}, atau tidak ada PPKS yang membutuhkan rehabilitasi, ${ref("IKU06")}), isi pembilang dan penyebut dengan 0. Realisasi, capaian dan kategori menjadi "n.a.", dicetak "–", tidak dihitung dalam rata-rata capaian sasaran (AVERAGE melewatkan teks), dan ${T.validate} tidak menganggapnya ${T.severity.error.one}. Sel yang belum diisi tetap #N/A di layar.`,
    ],
  };
}
