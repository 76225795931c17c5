import { LKJIP_HELP_ID } from "./id-lkjip-help";
import type { LkjipHelpWords } from "./id-lkjip-help";
import type { PredikatSakip } from "../calculation";
import { RENSTRA_HELP_ID } from "./id-renstra";
import type { RenstraHelpWords } from "./renstra";
import type { ComponentRoleId } from "../rules/kinds";
import { capitalize, ikuRef, SETTING as S } from "./format";
import { TERMS_ID as T, swadayaOf } from "./id";
import type { TextFacts } from "./types";

/* The shape of these words; the English file follows it. */

/**
 * The help page of the custom functions (src/core/help.ts). These texts are HTML written here
 * (the catalogue's data is escaped by help.ts before it goes into them).
 */
export interface HelpWords {
  /** The SAKIP cycle and the LKjIP sheet (id-lkjip-help.ts). */
  lkjip: LkjipHelpWords;
  /** The page's <title>. */
  pageTitle: (namespace: string, agency: string) => string;
  heading: (namespace: string) => string;
  /** The line under the heading: what the page is, in this language. */
  subtitle: (namespace: string) => string;
  /** The link to this language's page, shown on the other language's page. */
  pageInThisLanguage: string;
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
    agregasi: string;
    notes: string;
  };
  noNotes: string;
  /** How each aggregation reads the quarters, after its word (akumulasi / posisi). */
  agregasiMeaning: { akumulasi: string; posisi: string };
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
  /** VALUE: `ranges` the bounded value types' ranges ("0–100"), from their records. */
  errorWhen: { DIV0: string; VALUE: (ranges: string) => string; NA: string };
  predikatHeading: string;
  predikatHead: [string, string, string];
  kategoriHeading: string;
  kategoriNote: string;
  kategoriHead: [string, string];
  achievementHeading: string;
  /** The general rules on results, one list item each (HTML). */
  resultRules: string[];
  /** The rule on the self-help indicator's two readings (HTML). */
  swadayaRule: string;
  /** Blank cells: the long rule, and its short form in the other language's gloss. */
  blankCells: string;
  blankCellsShort: string;
  /** The achievement rules, one list item each (HTML). */
  achievementRules: string[];
  /**
   * The rule on the indicator functions' arguments, from the value types their components use
   * (HTML): the type most of them use, and the others with the indicators that use them.
   */
  valueTypesRule: (main: string, others: readonly { label: string; where: string }[]) => string;
  /** A kind whose first component is a part of the second (HTML, names in <code>). */
  subsetRule: (kind: string, part: string, whole: string) => string;
  /** The generic functions, one per kind of the rule table. */
  generic: GenericWords;
  /** The "Katalog IKU" sheet. */
  katalog: KatalogWords;
  /** The Target Renstra sheet (words in id-renstra.ts). */
  renstra: RenstraHelpWords;
}

/** Words of the generic functions' section (its facts come from the kinds' records). */
export interface GenericWords {
  heading: string;
  /** What the functions are (HTML); `katalogLink` is a link to the Katalog section. */
  intro: (katalogLink: string) => string;
  /** What a component's role stands for. */
  role: Record<ComponentRoleId, string>;
  field: { rules: string; errors: string; katalog: string };
  /** A repeating parameter: how many the function takes. */
  repeating: string;
  /** The rules of a kind, one list item each (HTML; names and values already in <code>). */
  rule: {
    valueType: (label: string) => string;
    divisor: (arg: string, error: string) => string;
    naWhenAlsoZero: (arg: string, divisor: string, na: string) => string;
    subset: (part: string, whole: string, error: string) => string;
    empty: (error: string) => string;
  };
  /** The Katalog Jenis that uses the function, with its components in words (HTML). */
  katalogKind: (jenis: string, needs: string) => string;
  errorHead: [string, string, string];
  /** The mistakes the table shows, each computed by the core on a changed example (HTML). */
  errorCase: {
    empty: (arg: string) => string;
    text: (arg: string) => string;
    belowMin: (arg: string, min: string) => string;
    notWhole: (arg: string) => string;
    aboveMax: (arg: string, max: string) => string;
    divisorZero: (arg: string) => string;
    bothZero: (a: string, b: string) => string;
    subset: (part: string, whole: string) => string;
  };
  /** The text typed as a wrong argument in the errors' example. */
  sampleText: string;
}

/** Words of the "Katalog IKU" section (its facts come from src/core/katalog). */
export interface KatalogWords {
  heading: string;
  /** What the sheet is and who reads it (HTML). */
  intro: (sheet: string) => string;
  headerHeading: string;
  /** The optional rows above the table (HTML); labels in <code>. */
  header: (perangkatDaerah: string, tugas: string, fungsi: string) => string;
  tableHeading: string;
  /** Where the table starts and how its columns are found (HTML). */
  table: (kode: string) => string;
  columnsHead: [string, string, string];
  required: string;
  optional: string;
  kindsHeading: string;
  kindsHead: [string, string, string, string];
  polarityHeading: string;
  /** Polaritas (HTML): the default word and the other one, in <code>; a link to the rules. */
  polarity: (positive: string, negative: string, rulesLink: string) => string;
  sasaranHeading: string;
  sasaran: string;
  limit: (max: number) => string;
  mistakesHeading: string;
  /** What happens with mistakes (HTML); `cell` a finding's cell, e.g. Katalog IKU!D7. */
  mistakes: (cell: string) => string;
  /** Before the finding computed on the example with one mistake planted (HTML). */
  mistakeExample: (cell: string, wrong: string) => string;
  mistakesListed: string;
  exampleHeading: string;
  /** Before the example sheet (HTML), with its agency's name. */
  example: (agency: string) => string;
  /** Before what the add-in makes of the example (HTML). */
  exampleRead: (indicators: number, sasaran: number) => string;
  exampleReadHead: [string, string, string, string, string];
}

/** The help page's Indonesian words (HTML). */
export function helpId(f: TextFacts): HelpWords {
  const swadaya = swadayaOf(f);
  const ref = (code: string) => ikuRef(T, f, code);
  return {
    lkjip: LKJIP_HELP_ID,
    pageTitle: (ns, agency) => `Fungsi ${ns} – ${agency}`,
    heading: (ns) => `Bantuan fungsi ${ns}`,
    subtitle: (ns) => `Fungsi kustom ${ns} untuk Excel`,
    pageInThisLanguage: "Halaman ini dalam bahasa Indonesia",
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
      agregasi: "Realisasi setahun dari triwulan (agregasi)",
      notes: "Catatan (ambiguitas dokumen)",
    },
    noNotes: "Tidak ada.",
    agregasiMeaning: {
      akumulasi: "jumlah semua triwulan yang terisi",
      posisi: "triwulan terakhir yang terisi",
    },
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
      VALUE: (ranges) =>
        `Argumen bukan angka (teks, nilai logika), negatif, bukan bilangan bulat, bagian melebihi keseluruhan, nilai di luar ${ranges}, atau polaritas tidak dikenal.`,
      NA: "Argumen kosong (sel kosong di Excel untuk web, atau teks kosong).",
    },
    predikatHeading: "Predikat SAKIP (PermenPANRB 88/2021)",
    predikatHead: ["Nilai", "Predikat", "Arti"],
    kategoriHeading: "Kategori capaian (Permendagri 86/2017)",
    kategoriNote:
      "Permendagri 86/2017 (evaluasi Renja/RKPD) menulis rentang bilangan bulat (91–100 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah) yang menyisakan celah (90–91, 75–76, …). Add-in membacanya dengan batas atasnya, seperti predikat SAKIP: capaian di atas 90 Sangat Tinggi, di atas 75 Tinggi, dan seterusnya. Yang digolongkan adalah capaian seperti tercetak (dibulatkan 2 desimal): 90,004 tercetak 90,00 → Tinggi; 90,996 tercetak 91,00 → Sangat Tinggi. Instansi yang memakai skala sendiri (misalnya Sangat Baik … Sangat Kurang) dapat mengganti batas dan nama kategori di pengaturan; fungsi <code>KATEGORI_CAPAIAN</code> menerimanya sebagai argumen <code>batas</code> dan <code>label</code>.",
    kategoriHead: ["Capaian (%)", "Kategori"],
    achievementHeading: "Aturan capaian",
    resultRules: [
      "Persentase dikembalikan sebagai angka persen, bukan pecahan: 45 dari 60 menghasilkan 75 (bukan 0,75). Hasil tidak dibulatkan; format sel yang mengatur tampilan.",
      "Rata-rata dan rasio adalah hasil bagi biasa, tanpa dikali 100.",
    ],
    valueTypesRule: (main, others) =>
      `Argumen fungsi indikator adalah ${main}` +
      (others.length
        ? `, kecuali ${others.map((o) => `${o.label} pada ${o.where}`).join("; ")}.`
        : "."),
    subsetRule: (kind, part, whole) =>
      `Untuk jenis ${kind} (bagian dari keseluruhan), ${part} tidak boleh lebih besar daripada ${whole}.`,
    swadayaRule: `${swadaya} (swadaya) dapat diukur dengan dua cara yang dipilih instansi di pengaturan (CLI: <code>--swadaya</code>): jumlah program yang didukung swadaya (bawaan, bilangan bulat, <code>PERSENTASE_SWADAYA</code>) atau nilai swadaya dalam rupiah dibanding nilai program (angka ≥ 0, boleh desimal, <code>PERSENTASE_SWADAYA_RUPIAH</code>). Lembar, validasi data, tanda sel dan ${T.validate} mengikuti pilihan itu.`,
    blankCells: `<strong>Sel kosong.</strong> Rumus yang Anda ketik sendiri, mis. <code>=IKU.PERSENTASE_PPKS_BANSOS(A1;B1)</code>, menerima sel kosong secara berbeda: <strong>Excel desktop</strong> (Windows, Mac) mengirimnya sebagai <strong>0</strong>, sehingga A1 kosong dan B1 = 10 menghasilkan 0 (bukan #N/A), A1 dan B1 kosong menghasilkan #DIV/0!, dan <code>KATEGORI_CAPAIAN</code> dari sel kosong menjadi "Sangat Rendah"; <strong>Excel untuk web</strong> mengirimnya sebagai kosong (null), sehingga hasilnya #N/A "… belum diisi". ${capitalize(T.ikuSheet)} yang dibuat add-in membungkus setiap isian dengan <code>IF(ISBLANK(sel);"";sel)</code>, jadi indikator yang belum diisi selalu #N/A (hasil, capaian dan kategori) di semua Excel dan di kedua mode rumus. Lakukan hal yang sama pada rumus Anda: <code>=IKU.PERSENTASE_PPKS_BANSOS(IF(ISBLANK(A1);"";A1);IF(ISBLANK(B1);"";B1))</code>.`,
    blankCellsShort:
      "Sel kosong: Excel desktop mengirim sel kosong sebagai 0, Excel untuk web sebagai null (#N/A); lembar yang dibuat add-in melindungi setiap isian sehingga indikator yang belum diisi selalu #N/A.",
    achievementRules: [
      `Target predikat (${ref("IKU01")}): target PK Nilai SAKIP sering ditulis sebagai predikat. Sel target ${ref("IKU01")} menerima AA, A, BB, B, CC, C atau D (PermenPANRB 88/2021: &gt; 90 AA, &gt; 80 A, &gt; 70 BB, &gt; 60 B, &gt; 50 CC, &gt; 30 C, selain itu D). Capaian 100% bila realisasi seperti tercetak mencapai batas bawah pita target (predikatnya sama atau lebih tinggi); di bawahnya realisasi ÷ batas bawah pita × 100. Contoh target BB: 72,5 → 100%; 70,00 → 100%; 56 → 80%. Target D selalu tercapai. ${T.validate} menolak predikat pada target indikator lain.`,
      `Pembulatan seperti tercetak: capaian dihitung dari realisasi yang dibulatkan ${S.desimal} desimal (bawaan; dapat diatur 0–${S.desimalMax}), sehingga sama dengan hitungan pemeriksa dari tabel LKjIP.`,
      'Capaian paling rendah 0: realisasi di bawah 0 (pertumbuhan yang menyusut, penurunan yang berbalik naik) berpolaritas positif memberi capaian 0. Polaritas negatif: (2 × target − realisasi) / target × 100, paling rendah 0 (realisasi lebih dari dua kali target). Target 0 (tanpa toleransi, misalnya "0 kasus"): realisasi 0 → 100, realisasi di atas 0 → 0.',
      "Target rentang: ketik di sel target sebagai teks, misalnya <code>80-85</code> atau <code>80,5-85</code>. Realisasi di dalam rentang → 100; di bawahnya dihitung terhadap batas bawah, di atasnya terhadap batas atas; berlaku untuk kedua polaritas.",
      `Tidak ada kejadian (n.a.): bila dalam setahun tidak ada yang dihitung (misalnya tidak ada korban bencana, ${ref("IKU09")}, atau tidak ada PPKS yang membutuhkan rehabilitasi, ${ref("IKU06")}), isi pembilang dan penyebut dengan 0. Realisasi, capaian dan kategori menjadi "n.a.", dicetak "–", tidak dihitung dalam rata-rata capaian sasaran (AVERAGE melewatkan teks), dan ${T.validate} tidak menganggapnya ${T.severity.error.one}. Sel yang belum diisi tetap #N/A di layar.`,
    ],
    generic: {
      heading: "Fungsi umum per jenis",
      intro: (katalog) =>
        `Satu fungsi untuk setiap jenis indikator, dipakai oleh indikator mana pun yang berjenis sama: indikator ${katalog} menghitung hasilnya dengan fungsi jenisnya. Aturan dan pesan kesalahannya sama dengan fungsi indikator bernama di atas, yang tetap berlaku untuk rumus yang Anda ketik sendiri.`,
      role: {
        pembilang: "yang dibagi (bagian atau pembilang)",
        penyebut: "pembagi (keseluruhan atau penyebut)",
        bagian: "satu bagian yang dijumlahkan",
        nilai: "nilai (skor) yang diperiksa",
        sekarang: "nilai periode ini",
        pembanding: "nilai periode pembanding atau nilai awal (baseline)",
      },
      field: { rules: "Aturan", errors: "Kesalahan", katalog: "Di Katalog IKU" },
      repeating: "bisa diulang, atau berupa rentang sel",
      rule: {
        valueType: (label) => `Setiap argumen: ${label}.`,
        divisor: (arg, error) => `${arg} harus lebih dari 0; bernilai 0 menghasilkan ${error}.`,
        naWhenAlsoZero: (arg, divisor, na) =>
          `${arg} dan ${divisor} sama-sama 0 berarti tidak ada kejadian: hasilnya ${na}.`,
        subset: (part, whole, error) =>
          `${part} tidak boleh lebih besar daripada ${whole} (bagian melebihi keseluruhan: ${error}).`,
        empty: (error) => `Argumen yang belum diisi menghasilkan ${error}.`,
      },
      katalogKind: (jenis, needs) => `Jenis ${jenis}, dengan ${needs}.`,
      errorHead: ["Kasus", "Rumus", "Hasil"],
      errorCase: {
        empty: (arg) => `${arg} kosong`,
        text: (arg) => `${arg} berupa teks`,
        belowMin: (arg, min) => `${arg} kurang dari ${min}`,
        notWhole: (arg) => `${arg} bukan bilangan bulat`,
        aboveMax: (arg, max) => `${arg} lebih dari ${max}`,
        divisorZero: (arg) => `${arg} bernilai 0`,
        bothZero: (a, b) => `${a} dan ${b} sama-sama 0`,
        subset: (part, whole) => `${part} lebih besar daripada ${whole}`,
      },
      sampleText: "teks",
    },
    renstra: RENSTRA_HELP_ID,
    katalog: {
      heading: "Lembar Katalog IKU",
      intro: (sheet) =>
        `Daftar indikator instansi dapat disimpan di buku kerja sebagai lembar <code>${sheet}</code> yang diisi staf di Excel, sehingga add-in yang sama melayani Renstra berikutnya atau perangkat daerah lain tanpa pemasangan ulang. Bila buku kerja memiliki lembar ini, ${T.generate}, ${T.validate} dan ${T.audit} memakainya; bila tidak, dipakai katalog bawaan. Lembar ini dapat dibuat dari Panel IKU, atau dengan <code>iku katalog --out katalog.xlsx</code> (berisi katalog bawaan).`,
      headerHeading: "Baris keterangan di atas tabel",
      header: (perangkatDaerah, tugas, fungsi) =>
        `Opsional. Label di kolom A, isinya di kolom B: ${perangkatDaerah}, ${tugas} dan ${fungsi}. ${fungsi} boleh lebih dari satu baris (satu butir per baris, a, b, c…; baris lanjutannya boleh berlabel kosong). Isinya mengisi kepala ${T.ikuSheet}.`,
      tableHeading: "Tabel indikator",
      table: (kode) =>
        `Tabel dimulai pada baris yang kolom A-nya berisi ${kode}; satu baris per indikator di bawahnya, baris kosong dilewati. Kolom dikenali dari judulnya, dalam urutan apa pun; huruf besar-kecil dan spasi diabaikan.`,
      columnsHead: ["Kolom", "Wajib", "Isi"],
      required: "wajib",
      optional: "boleh kosong",
      kindsHeading: "Jenis",
      kindsHead: ["Jenis", "Hasil", "Komponen", "Fungsi"],
      polarityHeading: "Polaritas",
      polarity: (positive, negative, rules) =>
        `${positive} (makin tinggi makin baik; juga bila kolomnya kosong) atau ${negative} (makin rendah makin baik). Polaritas menentukan cara menghitung capaian: lihat ${rules}.`,
      sasaranHeading: "Sasaran",
      sasaran:
        "Tulis teks sasaran strategis pada setiap indikatornya. Baris dengan teks yang persis sama menjadi satu kelompok sasaran, dinomori menurut urutan kemunculan pertamanya, seperti tabel dalam dokumen.",
      limit: (max) =>
        `Satu katalog memuat paling banyak ${max} indikator, agar lembar IKU dan nama-nama selnya tetap berukuran wajar bagi Excel.`,
      mistakesHeading: "Bila ada kesalahan",
      mistakes: (cell) =>
        `Katalog yang mengandung kesalahan tidak pernah dipakai sebagian: setiap kesalahan menjadi temuan dengan selnya (misalnya ${cell}) dan pesan yang menjelaskannya, ditampilkan di Panel IKU (klik untuk memilih selnya) dan oleh CLI <code>iku</code> (kode keluar 2). Tidak ada yang dibuat sampai semua kesalahan diperbaiki.`,
      mistakeExample: (cell, wrong) =>
        `Misalnya, bila sel ${cell} pada contoh di bawah berisi ${wrong}, temuannya:`,
      mistakesListed: "Kesalahan yang diperiksa:",
      exampleHeading: "Contoh",
      example: (agency) =>
        `Katalog kecil ${agency}: dua sasaran, setiap jenis, dan satu indikator berpolaritas negatif. Huruf kolom dan nomor baris seperti di Excel.`,
      exampleRead: (indicators, sasaran) =>
        `Add-in membacanya sebagai ${indicators} indikator dalam ${sasaran} sasaran:`,
      exampleReadHead: ["Kode", "Sasaran", "Fungsi", "Rumus yang dipakai", "Polaritas"],
    },
  };
}
