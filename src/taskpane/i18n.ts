import type { GenerateOutcome, HostProblem, ReportOutcome } from "../office/api";
import type { Severity } from "../core/grid";
import { SEVERITY_WORDS, severityCount } from "../core/messages/severity";
import { settingsMessages } from "../core/messages/settings";
import type { FormErrorKey } from "../core/messages/settings";

export type { FormErrorKey };

/**
 * Every text the task pane shows, in Indonesian and English. Indicator names and other
 * catalogue texts are not here: they are read from the catalogue.
 */

export type Lang = "id" | "en";

/** Excel's display language decides: id-* is Indonesian, everything else English. */
export function languageFor(displayLanguage: string | null | undefined): Lang {
  return /^id(?:[-_]|$)/i.test(displayLanguage ?? "") ? "id" : "en";
}

export interface ProblemText {
  title: string;
  body: string;
}

export interface Strings {
  lang: Lang;
  locale: string;
  title: string;
  tabsLabel: string;
  tabGenerate: string;
  tabValidate: string;
  tabAudit: string;
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
  generated: (o: GenerateOutcome) => string;
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
  reportWritten: (o: ReportOutcome) => string;

  problem: (p: HostProblem) => ProblemText;
  detail: (d: string) => string;
}

const PLATFORM_ID: Record<string, string> = {
  PC: "Windows",
  Mac: "Mac",
  OfficeOnline: "web",
  iOS: "iPad",
  Android: "Android",
  Universal: "Windows",
};

function platformName(platform: string | null, web: string): string {
  if (!platform) return "";
  if (platform === "OfficeOnline") return web;
  return PLATFORM_ID[platform] ?? platform;
}

/** The first cells of a userNotes problem with their contents, then how many more. */
const NOTES_SHOWN = 10;
function notesList(p: HostProblem, and: string, more: string): string {
  const notes = p.notes ?? [];
  const shown = notes
    .slice(0, NOTES_SHOWN)
    .map((n) => `${n.address} (${JSON.stringify(String(n.content).slice(0, 40))})`)
    .join(", ");
  const rest = notes.length - NOTES_SHOWN;
  return rest > 0 ? `${shown} ${and} ${rest} ${more}` : shown;
}

function quoted(name: string): string {
  return `“${name}”`;
}

const ID: Strings = {
  lang: "id",
  locale: "id-ID",
  title: "IKU DSPM Kota Bontang",
  tabsLabel: "Fitur add-in",
  tabGenerate: "Buat Lembar",
  tabValidate: "Periksa Data",
  tabAudit: "Audit Rumus",
  tabLoading: "Memuat…",
  tabLoadFailed: {
    title: "Bagian ini gagal dimuat",
    body: "Tutup lalu buka lagi panel add-in, atau coba lagi.",
  },
  tabLoadRetry: "Coba lagi",
  runsIn: (host, platform) => {
    if (platform === "OfficeOnline") return `Berjalan di ${host} versi web`;
    const where = platformName(platform, "web");
    return where ? `Berjalan di ${host} untuk ${where}` : `Berjalan di ${host}`;
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
  placematTitle: "Mulai dalam tiga langkah",
  placematSteps: [
    "Buat lembar IKU di tab Buat Lembar.",
    "Isi sel kuning di lembar itu: data masukan dan target tiap indikator.",
    "Periksa Data untuk isian, Audit Rumus untuk rumus.",
  ],
  placematDismiss: "Mengerti",

  generateHeading: "Buat lembar IKU",
  generateIntro:
    "Membuat (atau memperbarui) lembar IKU berisi 18 indikator, sel isian, rumus, target dan capaian. Nilai yang sudah diketik tetap disimpan.",
  tahunLabel: "Tahun pelaporan",
  namaLabel: "Nama perangkat daerah",
  sheetNameLabel: "Nama lembar",
  sheetNameHint: "Mengikuti tahun pelaporan sampai Anda mengubahnya.",
  modeLabel: "Jenis rumus",
  aturanTitle: "Aturan capaian instansi (boleh dikosongkan)",
  desimalLabel: "Banyak desimal (0–4, bawaan 2)",
  kategoriBatasLabel: "Batas kategori capaian",
  kategoriBatasHint:
    "Dari yang tertinggi, dipisah titik koma; kosong: 90; 75; 65; 50 (Permendagri 86/2017).",
  kategoriLabelLabel: "Nama kategori",
  kategoriLabelHint: "Satu lebih banyak daripada batasnya, dipisah titik koma.",
  swadayaLabel: "Cara mengukur IKU 16 (swadaya)",
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
  generating: "Membuat lembar IKU…",
  formErrors: settingsMessages.id,
  successTitle: "Berhasil",
  generated: (o) =>
    o.created
      ? `Lembar ${quoted(o.sheet)} dibuat: ${o.indicators} indikator di ${o.range}.`
      : `Lembar ${quoted(o.sheet)} diperbarui: ${o.indicators} indikator di ${o.range}; ${o.keptValues} nilai isian dan target dipertahankan.`,
  printSetupTitle: "Pengaturan cetak tidak diterapkan",
  printSetupFailed:
    "Lembar lengkap dan terlindungi, tetapi Excel menolak pengaturan cetaknya (lanskap, kertas F4, 1 halaman lebar, baris judul berulang), misalnya karena printer tidak menyediakan kertas F4. Atur lewat Tata Letak Halaman sebelum mencetak.",
  useSuggestion: (name) => `Pakai nama ${quoted(name)}`,
  nextStepTitle: "Langkah berikutnya",
  nextStep: "Isi sel kuning, lalu Periksa Data.",
  goToSheet: "Buka lembar",
  goToValidate: "Ke Periksa Data",
  undoNote: (undo) =>
    undo
      ? "Ctrl+Z di Excel ini dapat membatalkan tulisan add-in langkah demi langkah, tetapi Buat Lembar IKU terdiri dari banyak langkah dan langkah yang tidak didukung Excel menghapus riwayat Ctrl+Z. Simpan salinan buku kerja bila ingin bisa kembali."
      : "Ctrl+Z tidak membatalkan yang ditulis add-in di Excel ini. Nilai yang sudah Anda ketik tidak pernah ditimpa; simpan salinan buku kerja bila ingin bisa kembali.",
  removeNotes: "Lanjutkan dan hapus catatan ini",
  restored: (sheet) =>
    `Lembar ${quoted(sheet)} sudah dikembalikan seperti semula (isi, format angka, nama dan proteksi).`,
  restoreFailed: (sheet) =>
    `Lembar ${quoted(sheet)} tidak dapat dikembalikan seperti semula: sebagian mungkin sudah berubah. Periksa lembar itu (atau tutup tanpa menyimpan) sebelum melanjutkan.`,

  validateHeading: "Periksa data isian",
  validateIntro:
    "Memeriksa setiap sel isian dan target di lembar IKU: kosong, teks, negatif, bukan bilangan bulat, pembilang melebihi penyebut, target kosong atau 0.",
  validateButton: "Periksa Data",
  validating: "Memeriksa data…",
  readProgress: (p) =>
    `Membaca buku kerja besar: ${p.done.toLocaleString("id-ID")} dari ${p.total.toLocaleString("id-ID")} sel…`,
  autoCheck: "Periksa otomatis saat data berubah",
  autoCheckHint: "Pemeriksaan dijalankan lagi sesaat setelah Anda mengubah lembar IKU.",
  noProblemsTitle: "Tidak ada masalah",
  noProblemsBody: (sheets) =>
    sheets.length > 0
      ? `Semua isian dan target di ${sheets.map(quoted).join(", ")} sudah benar.`
      : "Semua isian dan target sudah benar.",
  checkSummary: (errors, warnings, sheets, time) =>
    `${severityCount("id", "error", errors)}, ${severityCount("id", "warning", warnings)}${
      sheets.length > 0 ? ` di ${sheets.map(quoted).join(", ")}` : ""
    } (diperiksa ${time}).`,
  otherGroup: "Tanpa indikator",
  severity: { error: SEVERITY_WORDS.id.error.title, warning: SEVERITY_WORDS.id.warning.title },
  severityCount: (severity, n) => severityCount("id", severity, n),
  validateListLabel: "Temuan Periksa Data",
  autoCheckChanged: (fixed, added, errors, warnings) =>
    `Periksa otomatis: ${fixed} masalah selesai, ${added} baru; sekarang ${errors} kesalahan, ${warnings} peringatan.`,
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
  auditButton: "Audit Rumus",
  auditing: "Mengaudit rumus…",
  filterLabel: "Tampilkan tingkat",
  filterOption: (severity, n) => `${SEVERITY_WORDS.id[severity].title} (${n})`,
  auditNoFindings: "Tidak ada masalah: semua rumus sesuai rancangan.",
  auditFilteredEmpty: "Tidak ada temuan untuk tingkat yang dipilih.",
  auditListLabel: "Temuan audit rumus",
  currentFormula: "Saat ini",
  expectedFormula: "Seharusnya",
  writeReport: "Tulis laporan audit",
  writingReport: "Menulis laporan…",
  reportWritten: (o) =>
    `Laporan audit ditulis ke lembar ${quoted(o.sheet)} (${o.rows} baris temuan).`,

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
          body: `Lembar ${sheet} sudah ada dan tidak dibuat oleh add-in ini, jadi tidak akan ditimpa.${
            p.suggestion
              ? ` Pakai nama lain, misalnya ${quoted(p.suggestion)}.`
              : " Pilih nama lain."
          }`,
        };
      case "otherIkuSheet":
        return {
          title: "Sudah ada lembar IKU lain",
          body: `Nama-nama IKU di buku kerja ini sudah dipakai oleh lembar ${sheet}. Perbarui lembar itu (pakai namanya di formulir) atau hapus terlebih dahulu.`,
        };
      case "noIkuSheet":
        return {
          title: "Belum ada lembar IKU",
          body: "Buku kerja ini belum memiliki lembar yang dibuat add-in. Buat terlebih dahulu di tab Buat Lembar.",
        };
      case "userNotes":
        return {
          title: "Ada catatan di dalam tabel",
          body: `Lembar ${sheet} belum diubah. Membuat ulang lembar akan menghapus isi yang diketik di dalam area tabel: ${notesList(p, "dan", "sel lain")}. Pindahkan catatan itu ke luar tabel, atau lanjutkan untuk menghapusnya.`,
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

const EN: Strings = {
  lang: "en",
  locale: "en-US",
  title: "IKU DSPM Kota Bontang",
  tabsLabel: "Add-in features",
  tabGenerate: "Generate sheet",
  tabValidate: "Check data",
  tabAudit: "Formula audit",
  tabLoading: "Loading…",
  tabLoadFailed: {
    title: "This part did not load",
    body: "Close and reopen the add-in pane, or try again.",
  },
  tabLoadRetry: "Try again",
  runsIn: (host, platform) => {
    if (platform === "OfficeOnline") return `Running in ${host} on the web`;
    const where = platformName(platform, "the web");
    return where ? `Running in ${host} for ${where}` : `Running in ${host}`;
  },
  notRunningInExcel: "Not running in Excel",
  version: (v) => `Version ${v}`,
  outsideTitle: "Open this add-in from Excel",
  outsideBody:
    "This pane works inside Excel (Home tab › Add-ins). A plain browser has no workbook, so every action is disabled.",
  statusLabel: "Add-in status",
  help: "Help",
  helpLong: "Help (opens in a new window)",
  footerLabel: "About the add-in",
  placematTitle: "Get started in three steps",
  placematSteps: [
    "Generate the IKU sheet in the Generate sheet tab.",
    "Fill in the yellow cells of that sheet: each indicator's inputs and target.",
    "Check data for the inputs, Formula audit for the formulas.",
  ],
  placematDismiss: "Got it",

  generateHeading: "Generate the IKU sheet",
  generateIntro:
    "Creates (or updates) the IKU sheet with the 18 indicators, input cells, formulas, targets and achievement. Values already typed are kept.",
  tahunLabel: "Reporting year (tahun pelaporan)",
  namaLabel: "Agency name (nama perangkat daerah)",
  sheetNameLabel: "Sheet name",
  sheetNameHint: "Follows the reporting year until you change it.",
  modeLabel: "Formula type",
  aturanTitle: "Agency's achievement rules (optional)",
  desimalLabel: "Decimals (0–4, default 2)",
  kategoriBatasLabel: "Achievement category bounds",
  kategoriBatasHint:
    "Highest first, separated by semicolons; blank: 90; 75; 65; 50 (Permendagri 86/2017).",
  kategoriLabelLabel: "Category names",
  kategoriLabelHint: "One more than the bounds, separated by semicolons.",
  swadayaLabel: "How IKU 16 (swadaya) is measured",
  swadayaProgram: "Programmes counted (whole numbers)",
  swadayaRupiah: "Rupiah (decimals allowed)",
  modeIku: "IKU formulas",
  modeIkuHint: "Uses this add-in's IKU.* functions; formulas are easy to read.",
  modeExcel: "Standard Excel formulas",
  modeExcelHint:
    "Plain Excel formulas with the same results; open without the add-in (Excel 2016–2021).",
  noCustomFunctions:
    "This Excel cannot run custom functions. Standard Excel formulas are therefore selected.",
  generateButton: "Generate IKU sheet",
  generating: "Generating the IKU sheet…",
  formErrors: settingsMessages.en,
  successTitle: "Done",
  generated: (o) =>
    o.created
      ? `Sheet ${quoted(o.sheet)} created: ${o.indicators} indicators in ${o.range}.`
      : `Sheet ${quoted(o.sheet)} updated: ${o.indicators} indicators in ${o.range}; ${o.keptValues} input and target values kept.`,
  printSetupTitle: "Print setup not applied",
  printSetupFailed:
    "The sheet is complete and protected, but Excel refused its print setup (landscape, F4 paper, 1 page wide, repeated title rows), for example because the printer offers no F4 paper. Set it in Page Layout before printing.",
  useSuggestion: (name) => `Use the name ${quoted(name)}`,
  nextStepTitle: "Next step",
  nextStep: "Fill in the yellow cells, then Check data.",
  goToSheet: "Go to the sheet",
  goToValidate: "Go to Check data",
  undoNote: (undo) =>
    undo
      ? "In this Excel, Ctrl+Z can undo what the add-in wrote step by step, but Generate takes many steps and a step Excel cannot undo clears the undo history. Keep a copy of the workbook if you want a way back."
      : "Ctrl+Z does not undo what the add-in writes in this Excel. Values you typed are never overwritten; keep a copy of the workbook if you want a way back.",
  removeNotes: "Continue and remove these notes",
  restored: (sheet) =>
    `Sheet ${quoted(sheet)} was put back as it was (contents, number formats, names and protection).`,
  restoreFailed: (sheet) =>
    `Sheet ${quoted(sheet)} could not be put back as it was: part of it may have changed. Check that sheet (or close without saving) before going on.`,

  validateHeading: "Check the input data",
  validateIntro:
    "Checks every input and target cell of the IKU sheet: empty, text, negative, not a whole number, numerator above denominator, target empty or 0.",
  validateButton: "Check data",
  validating: "Checking data…",
  readProgress: (p) =>
    `Reading a large workbook: ${p.done.toLocaleString("en-US")} of ${p.total.toLocaleString("en-US")} cells…`,
  autoCheck: "Check automatically when data changes",
  autoCheckHint: "The check runs again shortly after you change the IKU sheet.",
  noProblemsTitle: "No problems",
  noProblemsBody: (sheets) =>
    sheets.length > 0
      ? `All inputs and targets in ${sheets.map(quoted).join(", ")} are valid.`
      : "All inputs and targets are valid.",
  checkSummary: (errors, warnings, sheets, time) =>
    `${severityCount("en", "error", errors)}, ${severityCount("en", "warning", warnings)}${sheets.length > 0 ? ` in ${sheets.map(quoted).join(", ")}` : ""} (checked ${time}).`,
  otherGroup: "Not tied to an indicator",
  severity: { error: SEVERITY_WORDS.en.error.title, warning: SEVERITY_WORDS.en.warning.title },
  severityCount: (severity, n) => severityCount("en", severity, n),
  validateListLabel: "Check data findings",
  autoCheckChanged: (fixed, added, errors, warnings) =>
    `Automatic check: ${fixed} fixed, ${added} new; now ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}.`,
  unchanged: "The check found the same as before.",

  shown: (n, total) => `Showing ${n} of ${total} findings`,
  expandAll: "Expand all",
  collapseAll: "Collapse all",
  previous: "Previous",
  next: "Next",
  position: (i, n) => `Problem ${i} of ${n}`,
  sheetCaption: (sheet) => `Sheet ${quoted(sheet)}`,
  listKeysHint: "Up/Down arrows: move between findings · Enter: select its cell in Excel",

  auditHeading: "Audit the formulas",
  auditIntro:
    "Compares the workbook's formulas with the intended ones and checks IKU.* formulas on other sheets. No cell is changed.",
  auditButton: "Audit formulas",
  auditing: "Auditing formulas…",
  filterLabel: "Show severity",
  filterOption: (severity, n) => `${SEVERITY_WORDS.en[severity].title}s (${n})`,
  auditNoFindings: "No problems: every formula matches the plan.",
  auditFilteredEmpty: "No findings for the selected severity.",
  auditListLabel: "Formula audit findings",
  currentFormula: "Current",
  expectedFormula: "Expected",
  writeReport: "Write audit report",
  writingReport: "Writing the report…",
  reportWritten: (o) =>
    `Audit report written to sheet ${quoted(o.sheet)} (${o.rows} finding ${o.rows === 1 ? "row" : "rows"}).`,

  problem: (p) => {
    const sheet = p.sheet ? quoted(p.sheet) : "this sheet";
    switch (p.code) {
      case "notInExcel":
        return {
          title: "Not running in Excel",
          body: "Open this add-in from Excel and try again.",
        };
      case "cellEditMode":
        return {
          title: "Excel is editing a cell",
          body: "Finish editing the cell (press Enter or Esc) and try again.",
        };
      case "sheetProtected":
        return {
          title: "Sheet is protected",
          body: `Sheet ${sheet} is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
        };
      case "foreignSheet":
        return {
          title: "Sheet name already in use",
          body: `Sheet ${sheet} exists and was not made by this add-in, so it will not be overwritten.${
            p.suggestion
              ? ` Use another name, for example ${quoted(p.suggestion)}.`
              : " Choose another name."
          }`,
        };
      case "otherIkuSheet":
        return {
          title: "Another IKU sheet exists",
          body: `The workbook's IKU names already belong to sheet ${sheet}. Update that sheet (use its name in the form) or delete it first.`,
        };
      case "noIkuSheet":
        return {
          title: "No IKU sheet yet",
          body: "This workbook has no sheet made by the add-in. Generate one first in the Generate sheet tab.",
        };
      case "userNotes":
        return {
          title: "Notes inside the table",
          body: `Sheet ${sheet} has not been changed. Regenerating it would remove what was typed inside the table area: ${notesList(p, "and", "more cells")}. Move those notes outside the table, or continue to remove them.`,
        };
      case "payloadTooLarge":
        return {
          title: "Too much data",
          body: "The request to Excel exceeds its size limit. Reduce the workbook's content or try Excel desktop.",
        };
      case "unknown":
        return {
          title: "Something went wrong",
          body: "Excel refused this request. Try again; if it keeps happening, send the details below to your admin.",
        };
    }
  },
  detail: (d) => `Details: ${d}`,
};

export function stringsFor(lang: Lang): Strings {
  return lang === "id" ? ID : EN;
}
