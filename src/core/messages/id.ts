import type { Severity } from "../grid";
import type { Lang } from "./types";
import {
  countIn,
  groupDigits,
  notesList,
  platformName,
  quoted,
  SETTING as S,
  severityCount,
} from "./format";
import type { TextFacts } from "./types";
import { BACKUP_SHEET } from "../namespace";

/* The shape of these words; the English file follows it. */

export interface SeverityWords {
  /** Heading or filter label: "Kesalahan". */
  title: string;
  /** In running text, one: "kesalahan". */
  one: string;
  /** In running text, several: "kesalahan" (Indonesian does not inflect), "errors". */
  many: string;
}

/** One word per concept, used to build the sentences of every area. */
export interface Terms {
  /** A finding's severity: "Kesalahan"/"Peringatan" (never "galat"). */
  severity: Record<Severity, SeverityWords>;
  /** What Excel's #N/A, #VALUE!, #DIV/0! … are called. */
  errorValue: string;
  /** The three features, as their buttons and tabs name them. */
  generate: string;
  validate: string;
  audit: string;
  /** "lembar IKU" in running text. */
  ikuSheet: string;
  /** "18 indikator", "1 indicator". */
  indicators: (n: number) => string;
  /** A small count in words ("tiga", "three"); digits from 11 on. */
  countWord: (n: number) => string;
  /** "IKU 16": an indicator named by its order. */
  iku: (order: number) => string;
  /** Column heads shared by the CLI's table and the report sheet. */
  column: {
    sheet: string;
    cell: string;
    indicator: string;
    rule: string;
    severity: string;
    message: string;
  };
}

/** Why a task pane action failed, as a code (src/office/api.ts's HostProblemCode). */
export type HostProblemCode =
  | "notInExcel"
  | "cellEditMode"
  | "sheetProtected"
  | "foreignSheet"
  | "otherIkuSheet"
  | "noIkuSheet"
  | "payloadTooLarge"
  | "userNotes"
  | "katalogInvalid"
  | "katalogExists"
  | "noYearSheet"
  | "noLkjipSheet"
  | "unknown";

/** The parts of a host problem its words need. */
export interface HostProblemFacts {
  code: HostProblemCode;
  sheet?: string;
  suggestion?: string;
  /** For otherIkuSheet: the tahun the other sheet holds. */
  tahun?: number;
  notes?: { address: string; content: string | number | boolean }[];
}

export interface ProblemText {
  title: string;
  body: string;
}

/**
 * Situations the pane and the CLI both meet, worded once. `sheet` arrives quoted the way the
 * caller quotes (“…” in the pane, "…" in a terminal).
 */
export interface HostWords {
  /** A sheet of that name exists and the add-in did not make it. */
  foreignSheet: (sheet: string) => string;
  /** The workbook's IKU names belong to another sheet. */
  /** Another sheet already holds that tahun (one sheet per year). */
  otherIkuSheet: (sheet: string, tahun?: number) => string;
  /** The workbook has no IKU sheet made by the add-in. */
  noIkuSheet: string;
  /** Every pane problem: a title and a body. */
  problem: (p: HostProblemFacts) => ProblemText;
  /** "Rincian: …" */
  detail: (d: string) => string;
}

/** What the pane says of a catalogue: a Katalog sheet (by name) or the built-in one. */
export interface CatalogueFacts {
  source: "builtin" | "katalog";
  sheet?: string;
  indicators?: number;
}

/** The settings check's messages (the pane's form and the CLI's options). */
export type FormErrorKey =
  | "tahunRequired"
  | "tahunInteger"
  | "tahunRange"
  | "namaRequired"
  | "namaTooLong"
  | "namaControlChars"
  | "sheetRequired"
  | "sheetTooLong"
  | "sheetBadChars"
  | "sheetControlChars"
  | "sheetApostrophe"
  | "sheetReserved"
  | "modeInvalid"
  | "desimalInvalid"
  | "batasNotNumbers"
  | "batasOrder"
  | "labelEmpty"
  | "labelCount"
  | "swadayaInvalid";

export interface PaneStrings {
  lang: Lang;
  locale: string;
  title: string;
  tabsLabel: string;
  tabGenerate: string;
  tabValidate: string;
  tabAudit: string;
  /** The Ringkasan tab (its words load with it: id-ringkasan.ts). */
  tabRingkasan: string;
  /** A tab's panel while its code loads (it loads after the first screen is drawn). */
  tabLoading: string;
  tabLoadFailed: ProblemText;
  tabLoadRetry: string;
  runsIn: (host: string, platform: string | null) => string;
  notRunningInExcel: string;
  version: (v: string) => string;
  outsideTitle: string;
  outsideBody: string;
  /** Accessible name of the pane's one status line. */
  statusLabel: string;
  help: string;
  /** Accessible name of the help link: it opens outside the pane. */
  helpLong: string;
  footerLabel: string;
  placematTitle: string;
  placematSteps: [string, string, string];
  placematDismiss: string;
  /** The help page could not be opened (see HelpNotice). */
  helpNotice: { title: string; body: string; link: string; close: string };

  generateHeading: string;
  generateIntro: string;
  tahunLabel: string;
  namaLabel: string;
  sheetNameLabel: string;
  sheetNameHint: string;
  modeLabel: string;
  aturanTitle: string;
  desimalLabel: string;
  kategoriBatasLabel: string;
  kategoriBatasHint: string;
  kategoriLabelLabel: string;
  kategoriLabelHint: string;
  swadayaLabel: string;
  swadayaProgram: string;
  swadayaRupiah: string;
  modeIku: string;
  modeIkuHint: string;
  modeExcel: string;
  modeExcelHint: string;
  noCustomFunctions: string;
  generateButton: string;
  generating: string;
  formErrors: Record<FormErrorKey, string>;
  successTitle: string;
  generated: (o: {
    sheet: string;
    created: boolean;
    indicators: number;
    keptValues: number;
    range: string;
    /** Typed year values of a one-year sheet moved to their TW IV inputs. */
    movedToTw4?: number;
  }) => string;
  /** The sheet is complete but Excel refused its print setup. */
  printSetupTitle: string;
  printSetupFailed: string;
  useSuggestion: (name: string) => string;
  nextStepTitle: string;
  nextStep: string;
  goToSheet: string;
  goToValidate: string;
  undoNote: (undo: boolean | undefined) => string;
  /** The confirm action of a userNotes problem. */
  removeNotes: string;
  /** After a regenerate that failed midway: the sheet was put back, or putting it back failed. */
  restored: (sheet: string) => string;
  restoreFailed: (sheet: string) => string;
  /** Which catalogue a sheet was made from ("Dibuat dari Katalog IKU (5 indikator)."). */
  madeFrom: (c: CatalogueFacts) => string;
  /** Which catalogue a check read the IKU sheet with. */
  checkedWith: (c: CatalogueFacts) => string;
  /** Accessible name of the list of a Katalog's mistakes. */
  katalogListLabel: string;
  /** The Katalog IKU section of the Generate tab. */
  katalogHeading: string;
  katalogIntro: string;
  katalogBuiltin: string;
  katalogExample: string;
  creatingKatalog: string;
  katalogCreated: (o: { sheet: string; indicators: number; replaced: boolean }) => string;
  /** The confirm dialog before an existing Katalog sheet is replaced. */
  katalogExistsTitle: string;
  katalogExistsBody: (sheet: string) => string;
  katalogKeep: string;
  katalogReplace: string;
  /** The drop-down lists of a new Katalog sheet (data validation on Jenis and Polaritas). */
  katalogList: {
    jenisTitle: string;
    polaritasTitle: string;
    /** The input message and the error alert: the words the column accepts. */
    choose: (allowed: readonly string[]) => string;
  };

  validateHeading: string;
  validateIntro: string;
  validateButton: string;
  validating: string;
  /** A large workbook read in batches: cells read so far. */
  readProgress: (p: { done: number; total: number }) => string;
  autoCheck: string;
  autoCheckHint: string;
  noProblemsTitle: string;
  noProblemsBody: (sheets: string[]) => string;
  checkSummary: (errors: number, warnings: number, sheets: string[], time: string) => string;
  otherGroup: string;
  severity: Record<Severity, string>;
  severityCount: (severity: Severity, n: number) => string;
  validateListLabel: string;
  autoCheckChanged: (fixed: number, added: number, errors: number, warnings: number) => string;
  /** Announced when a check finishes with the same findings as before. */
  unchanged: string;

  shown: (n: number, total: number) => string;
  expandAll: string;
  collapseAll: string;
  previous: string;
  next: string;
  position: (i: number, n: number) => string;
  sheetCaption: (sheet: string) => string;
  listKeysHint: string;

  auditHeading: string;
  auditIntro: string;
  auditButton: string;
  auditing: string;
  filterLabel: string;
  filterOption: (severity: Severity, n: number) => string;
  auditNoFindings: string;
  auditFilteredEmpty: string;
  /** Accessible name of the findings list. */
  auditListLabel: string;
  currentFormula: string;
  expectedFormula: string;
  writeReport: string;
  writingReport: string;
  reportWritten: (o: { sheet: string; rows: number }) => string;

  problem: (p: HostProblemFacts) => ProblemText;
  detail: (d: string) => string;
}

/** The "Audit IKU" report sheet's texts. */
export interface ReportText {
  title: string;
  timestamp: string;
  workbook: string;
  sheets: string;
  summary: string;
  total: string;
  bySeverity: string;
  byRule: string;
  details: string;
  none: string;
  severity: Record<Severity, string>;
  columns: readonly string[];
}

/** The words every reader needs: the task pane loads only these (id.ts, en.ts). */
export interface CoreMessages {
  lang: Lang;
  terms: Terms;
  host: HostWords;
  settings: Record<FormErrorKey, string>;
  pane: PaneStrings;
  report: ReportText;
}

/**
 * Every Indonesian text of the add-in that is not in the catalogue of indicators: common terms,
 * host problems, the settings check, the task pane, the CLI and the report sheet. Sentences are
 * built from the terms and from the facts (counts), never with a count typed in.
 */

export const TERMS_ID: Terms = {
  // "Galat" is not used: it is the numerical analyst's word for an approximation error.
  severity: {
    error: { title: "Kesalahan", one: "kesalahan", many: "kesalahan" },
    warning: { title: "Peringatan", one: "peringatan", many: "peringatan" },
  },
  errorValue: "nilai kesalahan",
  generate: "Buat Lembar",
  validate: "Periksa Data",
  audit: "Audit Rumus",
  ikuSheet: "lembar IKU",
  indicators: (n) => `${n} indikator`,
  countWord: (n) =>
    countIn(
      ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
      n
    ),
  iku: (order) => `IKU ${order}`,
  column: {
    sheet: "Lembar",
    cell: "Sel",
    indicator: "Indikator",
    rule: "Aturan",
    severity: "Tingkat",
    message: "Pesan",
  },
};

const T = TERMS_ID;

function host(): HostWords {
  const foreignSheet = (sheet: string) =>
    `Lembar ${sheet} sudah ada dan tidak dibuat oleh add-in IKU, jadi tidak akan ditimpa.`;
  const otherIkuSheet = (sheet: string, tahun?: number) =>
    `Tahun${tahun === undefined ? " itu" : ` ${tahun}`} sudah memiliki ${T.ikuSheet} di buku kerja ini, yaitu lembar ${sheet}. Satu tahun hanya boleh satu lembar.`;
  const noIkuSheet = `Tidak ditemukan ${T.ikuSheet} buatan add-in di buku kerja ini.`;
  return {
    foreignSheet,
    otherIkuSheet,
    noIkuSheet,
    problem: (p) => {
      const sheet = p.sheet ? quoted(p.sheet) : "ini";
      switch (p.code) {
        case "notInExcel":
          return {
            title: "Tidak berjalan di Excel",
            body: "Buka add-in ini dari Excel, lalu coba lagi.",
          };
        case "cellEditMode":
          return {
            title: "Excel sedang mengedit sel",
            body: "Selesaikan pengeditan sel (tekan Enter atau Esc) lalu coba lagi.",
          };
        case "sheetProtected":
          return {
            title: "Lembar diproteksi",
            body: `Lembar ${sheet} diproteksi. Buka proteksinya (Tinjau › Buka Proteksi Lembar) lalu coba lagi.`,
          };
        case "foreignSheet":
          return {
            title: "Nama lembar sudah dipakai",
            body: `${foreignSheet(sheet)}${
              p.suggestion
                ? ` Pakai nama lain, misalnya ${quoted(p.suggestion)}.`
                : " Pilih nama lain."
            }`,
          };
        case "otherIkuSheet":
          return {
            title: `Sudah ada ${T.ikuSheet} lain`,
            body: `${otherIkuSheet(sheet, p.tahun)} Perbarui lembar itu (pakai namanya di formulir), pilih tahun lain, atau hapus lembar itu terlebih dahulu.`,
          };
        case "noIkuSheet":
          return {
            title: `Belum ada ${T.ikuSheet}`,
            body: `${noIkuSheet} Buat terlebih dahulu di tab ${T.generate}.`,
          };
        case "userNotes":
          return {
            title: "Ada catatan di dalam tabel",
            body: `Lembar ${sheet} belum diubah. Membuat ulang lembar akan menghapus isi yang diketik di dalam area tabel: ${notesList(p, "dan", "sel lain")}. Pindahkan catatan itu ke luar tabel, atau lanjutkan untuk menghapusnya.`,
          };
        case "katalogInvalid":
          return {
            title: "Katalog IKU perlu diperbaiki",
            body: `Lembar ${sheet} memuat kesalahan, jadi tidak ada yang dibuat. Perbaiki sel yang tercantum di bawah (klik untuk membukanya), lalu coba lagi.`,
          };
        case "katalogExists":
          return {
            title: "Katalog IKU sudah ada",
            body: `Lembar ${sheet} sudah ada dan tidak diubah.`,
          };
        case "noYearSheet":
          return {
            title: "Lembar tahun belum ada",
            body: `Lembar ${sheet} belum ada di buku kerja ini. Buat terlebih dahulu lembar IKU tahun itu di tab ${T.generate}.`,
          };
        case "noLkjipSheet":
          return {
            title: "Tabel Pengukuran Kinerja belum ada",
            body: `Lembar ${sheet} belum ada. Buat terlebih dahulu tabel Pengukuran Kinerja, lalu tambahkan grafik.`,
          };
        case "payloadTooLarge":
          return {
            title: "Data terlalu besar",
            body: "Permintaan ke Excel melebihi batas ukuran. Kurangi isi buku kerja atau coba di Excel desktop.",
          };
        case "unknown":
          return {
            title: "Terjadi kesalahan",
            body: "Excel menolak permintaan ini. Coba lagi; jika terus terjadi, kirim rincian di bawah kepada pengelola TI.",
          };
      }
    },
    detail: (d) => `Rincian: ${d}`,
  };
}

function settings(swadaya: string): Record<FormErrorKey, string> {
  return {
    tahunRequired: "Isi tahun pelaporan.",
    tahunInteger: "Tahun harus berupa bilangan bulat, misalnya 2026.",
    tahunRange: `Tahun harus antara ${S.tahunMin} dan ${S.tahunMax}.`,
    namaRequired: "Isi nama perangkat daerah.",
    namaTooLong: `Nama perangkat daerah paling banyak ${S.namaMax} karakter.`,
    namaControlChars:
      "Nama perangkat daerah tidak boleh memuat karakter kendali (tab, baris baru, dan sejenisnya).",
    sheetRequired: "Isi nama lembar.",
    sheetTooLong: `Nama lembar paling banyak ${S.sheetNameMax} karakter (aturan Excel).`,
    sheetBadChars: "Nama lembar tidak boleh memuat : \\ / ? * [ atau ].",
    sheetControlChars:
      "Nama lembar tidak boleh memuat karakter kendali (tab, baris baru, dan sejenisnya); Excel menolaknya.",
    sheetApostrophe: "Nama lembar tidak boleh diawali atau diakhiri tanda petik (').",
    sheetReserved: "“History” adalah nama yang dicadangkan Excel.",
    modeInvalid: "Pilih jenis rumus.",
    desimalInvalid: `Banyak desimal harus bilangan bulat dari 0 sampai ${S.desimalMax}.`,
    batasNotNumbers: `Batas kategori harus angka yang dipisahkan titik koma, misalnya ${S.bounds}.`,
    batasOrder:
      "Batas kategori harus berurutan dari yang tertinggi ke yang terendah, tanpa angka ganda.",
    labelEmpty: "Nama kategori tidak boleh kosong; pisahkan dengan titik koma.",
    labelCount: "Jumlah nama kategori harus satu lebih banyak daripada jumlah batasnya.",
    swadayaInvalid: `Pilih cara mengukur ${swadaya}: jumlah program atau rupiah swadaya.`,
  };
}

function pane(
  f: TextFacts,
  swadaya: string,
  h: HostWords,
  formErrors: Record<FormErrorKey, string>
): PaneStrings {
  const steps: PaneStrings["placematSteps"] = [
    `Buat ${T.ikuSheet} di tab ${T.generate}.`,
    "Isi sel kuning di lembar itu: data masukan dan target tiap indikator.",
    `${T.validate} untuk isian, ${T.audit} untuk rumus.`,
  ];
  return {
    lang: "id",
    locale: "id-ID",
    title: "IKU DSPM Kota Bontang",
    tabsLabel: "Fitur add-in",
    tabGenerate: T.generate,
    tabValidate: T.validate,
    tabAudit: T.audit,
    tabRingkasan: "Ringkasan",
    tabLoading: "Memuat…",
    tabLoadFailed: {
      title: "Bagian ini gagal dimuat",
      body: "Tutup lalu buka lagi panel add-in, atau coba lagi.",
    },
    tabLoadRetry: "Coba lagi",
    runsIn: (hostName, platform) => {
      if (platform === "OfficeOnline") return `Berjalan di ${hostName} versi web`;
      const where = platformName(platform, "web");
      return where ? `Berjalan di ${hostName} untuk ${where}` : `Berjalan di ${hostName}`;
    },
    notRunningInExcel: "Tidak berjalan di Excel",
    version: (v) => `Versi ${v}`,
    outsideTitle: "Buka add-in ini dari Excel",
    outsideBody:
      "Panel ini bekerja di dalam Excel (tab Beranda › Add-in). Di peramban biasa tidak ada buku kerja, jadi semua tombol dinonaktifkan.",
    statusLabel: "Status add-in",
    help: "Bantuan",
    helpLong: "Bantuan (dibuka di jendela baru)",
    footerLabel: "Tentang add-in",
    placematTitle: `Mulai dalam ${T.countWord(steps.length)} langkah`,
    placematSteps: steps,
    placematDismiss: "Mengerti",
    helpNotice: {
      title: "Halaman bantuan tidak dapat dibuka",
      body: "Excel menolak membuka jendela bantuan. Buka halamannya dari tautan ini:",
      link: "Bantuan fungsi IKU",
      close: "Tutup",
    },

    generateHeading: `Buat ${T.ikuSheet}`,
    generateIntro: `Membuat (atau memperbarui) ${T.ikuSheet} berisi ${T.indicators(f.indicators)}, sel isian, rumus, target dan capaian. Nilai yang sudah diketik tetap disimpan.`,
    tahunLabel: "Tahun pelaporan",
    namaLabel: "Nama perangkat daerah",
    sheetNameLabel: "Nama lembar",
    sheetNameHint: "Mengikuti tahun pelaporan sampai Anda mengubahnya.",
    modeLabel: "Jenis rumus",
    aturanTitle: "Aturan capaian instansi (boleh dikosongkan)",
    desimalLabel: `Banyak desimal (0–${S.desimalMax}, bawaan ${S.desimal})`,
    kategoriBatasLabel: "Batas kategori capaian",
    kategoriBatasHint: `Dari yang tertinggi, dipisah titik koma; kosong: ${S.bounds} (Permendagri 86/2017).`,
    kategoriLabelLabel: "Nama kategori",
    kategoriLabelHint: "Satu lebih banyak daripada batasnya, dipisah titik koma.",
    swadayaLabel: `Cara mengukur ${swadaya} (swadaya)`,
    swadayaProgram: "Jumlah program (bilangan bulat)",
    swadayaRupiah: "Rupiah (boleh desimal)",
    modeIku: "Rumus IKU",
    modeIkuHint: "Memakai fungsi IKU.* dari add-in ini; rumusnya mudah dibaca.",
    modeExcel: "Rumus Excel standar",
    modeExcelHint:
      "Rumus Excel biasa dengan hasil yang sama; bisa dibuka tanpa add-in (Excel 2016–2021).",
    noCustomFunctions:
      "Excel ini tidak dapat menjalankan fungsi kustom. Karena itu, Rumus Excel standar dipilih.",
    generateButton: "Buat Lembar IKU",
    generating: `Membuat ${T.ikuSheet}…`,
    formErrors,
    successTitle: "Berhasil",
    generated: (o) =>
      o.created
        ? `Lembar ${quoted(o.sheet)} dibuat: ${T.indicators(o.indicators)} di ${o.range}.`
        : `Lembar ${quoted(o.sheet)} diperbarui: ${T.indicators(o.indicators)} di ${o.range}; ${o.keptValues} nilai isian dan target dipertahankan.${
            o.movedToTw4
              ? ` Lembar lama belum per triwulan: ${o.movedToTw4} nilai setahun dipindahkan ke isian TW IV komponennya, sehingga realisasi dan capaian setahun tetap sama.`
              : ""
          }`,
    printSetupTitle: "Pengaturan cetak tidak diterapkan",
    printSetupFailed:
      "Lembar lengkap dan terlindungi, tetapi Excel menolak pengaturan cetaknya (lanskap, kertas F4, 1 halaman lebar, baris judul berulang), misalnya karena printer tidak menyediakan kertas F4. Atur lewat Tata Letak Halaman sebelum mencetak.",
    useSuggestion: (name) => `Pakai nama ${quoted(name)}`,
    nextStepTitle: "Langkah berikutnya",
    nextStep: `Isi sel kuning, lalu ${T.validate}.`,
    goToSheet: "Buka lembar",
    goToValidate: `Ke ${T.validate}`,
    undoNote: (undo) =>
      undo
        ? "Ctrl+Z di Excel ini dapat membatalkan tulisan add-in langkah demi langkah, tetapi Buat Lembar IKU terdiri dari banyak langkah dan langkah yang tidak didukung Excel menghapus riwayat Ctrl+Z. Simpan salinan buku kerja bila ingin bisa kembali."
        : "Ctrl+Z tidak membatalkan yang ditulis add-in di Excel ini. Nilai yang sudah Anda ketik tidak pernah ditimpa; simpan salinan buku kerja bila ingin bisa kembali.",
    removeNotes: "Lanjutkan dan hapus catatan ini",
    restored: (sheet) =>
      `Lembar ${quoted(sheet)} sudah dikembalikan seperti semula (isi, format, sel gabungan, validasi, lebar kolom, tinggi baris, nama dan proteksi).`,
    restoreFailed: (sheet) =>
      `Lembar ${quoted(sheet)} tidak dapat dikembalikan seperti semula: sebagian mungkin sudah berubah. Periksa lembar itu (atau tutup tanpa menyimpan) sebelum melanjutkan. Salinannya sebelum diubah ada di lembar tersembunyi ${BACKUP_SHEET} (klik kanan tab lembar › Perlihatkan).`,
    madeFrom: (c) =>
      c.source === "katalog"
        ? `Dibuat dari ${c.sheet ?? "Katalog IKU"} (${T.indicators(c.indicators ?? 0)}).`
        : `Dibuat dari katalog bawaan DSPM (${T.indicators(c.indicators ?? 0)}).`,
    checkedWith: (c) =>
      c.source === "katalog"
        ? `Katalog: ${c.sheet ?? "Katalog IKU"}${c.indicators === undefined ? "" : ` (${T.indicators(c.indicators)})`}.`
        : `Katalog: bawaan DSPM (${T.indicators(c.indicators ?? 0)}).`,
    katalogListLabel: "Kesalahan di Katalog IKU",
    katalogHeading: "Katalog IKU",
    katalogIntro:
      "Daftar indikator dapat disimpan di buku kerja sebagai lembar “Katalog IKU” yang diubah staf. Bila ada, Buat Lembar, Periksa Data dan Audit Rumus memakainya sebagai pengganti katalog bawaan DSPM.",
    katalogBuiltin: "Buat Katalog IKU dari katalog bawaan",
    katalogExample: "Buat Katalog IKU kosong (dengan satu contoh)",
    creatingKatalog: "Membuat Katalog IKU…",
    katalogCreated: (o) =>
      `Lembar ${quoted(o.sheet)} ${o.replaced ? "diganti" : "dibuat"} dengan ${o.indicators === 1 ? "satu baris contoh" : T.indicators(o.indicators)}. Ubah barisnya, lalu ${T.generate} lagi.`,
    katalogExistsTitle: "Katalog IKU sudah ada",
    katalogExistsBody: (sheet) =>
      `Lembar ${quoted(sheet)} sudah ada. Menggantinya menghapus seluruh isinya (termasuk perubahan staf) dan menulis katalog baru. Biarkan saja bila ragu.`,
    katalogKeep: "Biarkan dan buka lembarnya",
    katalogReplace: "Ganti isinya",
    katalogList: {
      jenisTitle: "Jenis",
      polaritasTitle: "Polaritas",
      choose: (allowed) => `Pilih salah satu: ${allowed.join(", ")}.`,
    },

    validateHeading: "Periksa data isian",
    validateIntro: `Memeriksa setiap sel isian dan target di ${T.ikuSheet}: kosong, teks, negatif, bukan bilangan bulat, pembilang melebihi penyebut, target kosong atau 0.`,
    validateButton: T.validate,
    validating: "Memeriksa data…",
    readProgress: (p) =>
      `Membaca buku kerja besar: ${groupDigits(p.done, ".")} dari ${groupDigits(p.total, ".")} sel…`,
    autoCheck: "Periksa otomatis saat data berubah",
    autoCheckHint: `Pemeriksaan dijalankan lagi sesaat setelah Anda mengubah ${T.ikuSheet}.`,
    noProblemsTitle: "Tidak ada masalah",
    noProblemsBody: (sheets) =>
      sheets.length > 0
        ? `Semua isian dan target di ${sheets.map(quoted).join(", ")} sudah benar.`
        : "Semua isian dan target sudah benar.",
    checkSummary: (errors, warnings, sheets, time) =>
      `${severityCount(T, "error", errors)}, ${severityCount(T, "warning", warnings)}${
        sheets.length > 0 ? ` di ${sheets.map(quoted).join(", ")}` : ""
      } (diperiksa ${time}).`,
    otherGroup: "Tanpa indikator",
    severity: { error: T.severity.error.title, warning: T.severity.warning.title },
    severityCount: (severity, n) => severityCount(T, severity, n),
    validateListLabel: `Temuan ${T.validate}`,
    autoCheckChanged: (fixed, added, errors, warnings) =>
      `Periksa otomatis: ${fixed} masalah selesai, ${added} baru; sekarang ${severityCount(T, "error", errors)}, ${severityCount(T, "warning", warnings)}.`,
    unchanged: "Hasil pemeriksaan tidak berubah.",

    shown: (n, total) => `${n} dari ${total} temuan ditampilkan`,
    expandAll: "Buka semua",
    collapseAll: "Tutup semua",
    previous: "Sebelumnya",
    next: "Berikutnya",
    position: (i, n) => `Masalah ${i} dari ${n}`,
    sheetCaption: (sheet) => `Lembar ${quoted(sheet)}`,
    listKeysHint: "Panah atas/bawah: pindah temuan · Enter: pilih selnya di Excel",

    auditHeading: "Audit rumus",
    auditIntro:
      "Membandingkan rumus di buku kerja dengan rumus yang seharusnya, dan memeriksa rumus IKU.* di lembar lain. Tidak ada sel yang diubah.",
    auditButton: T.audit,
    auditing: "Mengaudit rumus…",
    filterLabel: `Tampilkan ${T.column.severity.toLowerCase()}`,
    filterOption: (severity, n) => `${T.severity[severity].title} (${n})`,
    auditNoFindings: "Tidak ada masalah: semua rumus sesuai rancangan.",
    auditFilteredEmpty: `Tidak ada temuan untuk ${T.column.severity.toLowerCase()} yang dipilih.`,
    auditListLabel: "Temuan audit rumus",
    currentFormula: "Saat ini",
    expectedFormula: "Seharusnya",
    writeReport: "Tulis laporan audit",
    writingReport: "Menulis laporan…",
    reportWritten: (o) =>
      `Laporan audit ditulis ke lembar ${quoted(o.sheet)} (${o.rows} baris temuan).`,

    problem: h.problem,
    detail: h.detail,
  };
}

export const REPORT_ID: ReportText = {
  title: "Laporan Audit IKU",
  timestamp: "Waktu pemeriksaan",
  workbook: "Buku kerja",
  sheets: "Lembar IKU",
  summary: "Ringkasan",
  total: "Jumlah temuan",
  bySeverity: `Per ${T.column.severity.toLowerCase()}`,
  byRule: `Per ${T.column.rule.toLowerCase()}`,
  details: "Daftar temuan",
  none: "Tidak ada temuan.",
  severity: { error: T.severity.error.title, warning: T.severity.warning.title },
  columns: [
    "No",
    T.column.sheet,
    T.column.cell,
    T.column.indicator,
    T.column.rule,
    T.column.severity,
    T.column.message,
    "Rumus saat ini",
    "Rumus yang diharapkan",
  ],
};

/** "IKU 16": the indicator an agency may measure in rupiah, named by its order. */
export function swadayaOf(f: TextFacts): string {
  return f.swadayaOrder === undefined ? "IKU swadaya" : T.iku(f.swadayaOrder);
}

/** The Indonesian words every reader needs (the CLI's and the help page's are in id-cli.ts, id-help.ts). */
export function coreId(f: TextFacts): CoreMessages {
  const swadaya = swadayaOf(f);
  const h = host();
  const formErrors = settings(swadaya);
  return {
    lang: "id",
    terms: T,
    host: h,
    settings: formErrors,
    pane: pane(f, swadaya, h, formErrors),
    report: REPORT_ID,
  };
}
