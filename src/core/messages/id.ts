import {
  capitalize,
  countIn,
  groupDigits,
  ikuRef,
  notesList,
  platformName,
  quoted,
  SETTING as S,
  severityCount,
} from "./format";
import type {
  CliLimits,
  CliMessages,
  FileProblemCode,
  FormErrorKey,
  HelpWords,
  HostWords,
  Messages,
  PaneStrings,
  ReportText,
  Terms,
  TextFacts,
} from "./types";

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
  const otherIkuSheet = (sheet: string) =>
    `Nama-nama IKU di buku kerja ini sudah dipakai oleh lembar ${sheet}.`;
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
            body: `${otherIkuSheet(sheet)} Perbarui lembar itu (pakai namanya di formulir) atau hapus terlebih dahulu.`,
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
        : `Lembar ${quoted(o.sheet)} diperbarui: ${T.indicators(o.indicators)} di ${o.range}; ${o.keptValues} nilai isian dan target dipertahankan.`,
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
      `Lembar ${quoted(sheet)} sudah dikembalikan seperti semula (isi, format angka, nama dan proteksi).`,
    restoreFailed: (sheet) =>
      `Lembar ${quoted(sheet)} tidak dapat dikembalikan seperti semula: sebagian mungkin sudah berubah. Periksa lembar itu (atau tutup tanpa menyimpan) sebelum melanjutkan.`,

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

const FILE_PROBLEM: Record<FileProblemCode, (f: string, d: string, limits: CliLimits) => string> = {
  missing: (f) => `Berkas ${f} tidak ditemukan.`,
  unreadable: (f) =>
    `Berkas ${f} ada tetapi tidak dapat dibaca (tidak ada izin membaca atau sedang dikunci). Periksa izin berkas lalu coba lagi.`,
  unpackedTooLarge: (f, _d, l) =>
    `Berkas ${f} terlalu besar setelah dibuka: isinya lebih dari ${l.unpackedMb} MB (atau satu bagian lebih dari ${l.partMb} MB, atau lebih dari ${groupDigits(l.zipEntries, ".")} bagian). Berkas sebesar itu tidak diperiksa.`,
  missingSheetPart: (f, d) =>
    `Berkas ${f} tidak lengkap: lembar ${d} terdaftar di buku kerja tetapi isinya tidak ada di dalam berkas. Buka dan simpan ulang berkas itu di Excel.`,
  outOfMemory: (f, d) =>
    `Berkas ${f} terlalu besar untuk diperiksa dalam batas memori ${d} MB; berkas lain tetap diperiksa.`,
  timedOut: (f, d) =>
    `Pemeriksaan berkas ${f} dihentikan karena melewati batas waktu ${d} detik; berkas lain tetap diperiksa.`,
  notAFile: (f) => `${f} bukan berkas (mungkin sebuah folder).`,
  tooLarge: (f, _d, l) =>
    `Berkas ${f} lebih besar daripada batas ${l.fileMb} MB; berkas sebesar itu tidak diperiksa.`,
  encrypted: (f) =>
    `Berkas ${f} dilindungi kata sandi (terenkripsi) atau berformat .xls lama. ` +
    `Buka di Excel, hapus kata sandinya atau simpan sebagai .xlsx, lalu coba lagi.`,
  notXlsx: (f) => `Berkas ${f} bukan buku kerja Excel .xlsx.`,
  corrupt: (f) => `Berkas ${f} rusak atau tidak lengkap sehingga tidak dapat dibaca sebagai .xlsx.`,
  tooManyCells: (f, d, l) =>
    `Berkas ${f} terlalu besar: lembar ${d} memuat lebih dari ${groupDigits(l.sheetCells, ".")} sel terisi, terlalu banyak untuk diperiksa.`,
};

/** File-system error codes in words a staff member understands. */
const WRITE_ERROR: Record<string, string> = {
  ENOSPC: "ruang disk penuh; kosongkan sebagian ruang lalu coba lagi",
  EROFS: "lokasinya hanya-baca (read-only), misalnya CD atau flashdisk terkunci",
  EISDIR: "nama itu adalah sebuah folder, bukan berkas",
  EACCES: "tidak ada izin menulis di lokasi itu",
  EPERM: "tidak ada izin menulis di lokasi itu",
  EBUSY: "berkas sedang dibuka atau dikunci program lain",
  ENOENT: "foldernya tidak ada",
  ENOTDIR: "salah satu bagian jalurnya bukan folder",
  EDQUOT: "kuota disk Anda habis",
  ENOTREG: "nama itu bukan berkas biasa (perangkat atau pipa)",
};

function cli(
  f: TextFacts,
  swadaya: string,
  h: HostWords,
  formErrors: Record<FormErrorKey, string>,
  l: CliLimits
): CliMessages {
  const c = T.column;
  return {
    helpMain: `iku: membuat dan memeriksa ${T.ikuSheet} DSPM Kota Bontang tanpa Excel.

Pemakaian:
  iku generate --out BERKAS.xlsx [pilihan]   membuat buku kerja baru berisi ${T.ikuSheet}
  iku generate --update BERKAS.xlsx [pilihan] memperbarui ${T.ikuSheet} di buku kerja yang ada
  iku audit BERKAS.xlsx [BERKAS …] [--json]  memeriksa isian data dan rumus
  iku --help | iku PERINTAH --help           bantuan
  iku --version                              versi iku

Bahasa: Indonesia; English jika LC_ALL/LC_MESSAGES/LANG diawali "en" (mis. LANG=en_US.UTF-8).
`,
    helpGenerate: `iku generate: menulis ${T.ikuSheet} (${T.indicators(f.indicators)}) dengan tata letak, nama, validasi dan
gaya yang sama seperti add-in. Sel rumus berisi hasil yang sudah dihitung, jadi angka benar
tampil sebelum dihitung ulang.

Pemakaian:
  iku generate --out BERKAS.xlsx [--tahun TTTT] [--rumus excel|iku] [--nama "…"] [--sheet NAMA] [--force]
  iku generate --update BERKAS.xlsx [--tahun TTTT] [--rumus excel|iku] [--nama "…"] [--sheet NAMA]

Pilihan:
  --out BERKAS      buku kerja baru yang ditulis (.xlsx). Berkas yang sudah ada tidak ditimpa
                    kecuali dengan --force.
  --update BERKAS   buat ulang ${T.ikuSheet} di buku kerja yang ada: semua isian dan target yang
                    sudah diketik dipertahankan (dicocokkan lewat nama sel), lembar lain tidak
                    diubah. Lembar bernama sama yang tidak dibuat oleh add-in tidak disentuh.
  --tahun TTTT      tahun pelaporan (bawaan: tahun berjalan; untuk --update: tahun lembar lama).
  --rumus MODE      "excel" (bawaan): rumus Excel biasa, jalan di semua versi Excel;
                    "iku": fungsi kustom =IKU.… (perlu add-in terpasang).
                    Untuk --update bawaannya mode lembar lama.
  --nama "…"        nama perangkat daerah pada judul (bawaan dari katalog; untuk --update:
                    nama pada lembar lama).
  --sheet NAMA      nama lembar (bawaan "IKU <tahun>"; untuk --update: ${T.ikuSheet} yang ada).
  --desimal N       banyak desimal realisasi dan capaian seperti tercetak (0–${S.desimalMax}, bawaan ${S.desimal}).
  --kategori-batas "${S.bounds}"
                    batas kategori capaian dari yang tertinggi (bawaan Permendagri 86/2017).
  --kategori-label "${S.labels}"
                    nama kategori, satu lebih banyak daripada batasnya.
  --swadaya CARA    cara mengukur ${swadaya}: "program" (bawaan, jumlah program, bilangan bulat)
                    atau "rupiah" (nilai swadaya dalam rupiah, boleh desimal).
  --force           boleh menimpa berkas --out yang sudah ada.

Kode keluar: 0 berhasil; 2 pilihan salah, berkas tidak dapat dipakai, atau ditolak.
`,
    helpAudit: `iku audit: menjalankan pemeriksaan isian (${T.validate}) dan audit rumus (${T.audit})
pada satu atau banyak buku kerja.

Pemakaian:
  iku audit BERKAS.xlsx [BERKAS …] [--json]

Pilihan:
  --json   cetak satu objek JSON: {"files":[{"file":…,"findings":[{"sheet","cell",
           "indicator","rule","severity","message"}]}]}; berkas yang tidak dapat dipakai
           mendapat kolom "error".

Berkas yang lebih besar daripada ${l.fileMb} MB, terenkripsi, rusak atau bukan .xlsx dilaporkan dan
dilewati; berkas lain tetap diperiksa. Kemajuan ditulis ke stderr bila berkas lebih dari satu.

Setiap berkas diperiksa dalam proses terpisah dengan batas memori (bawaan ${l.memoryMb} MB, ubah
dengan IKU_AUDIT_MEMORY_MB) dan batas waktu (bawaan ${l.timeoutSeconds} detik, IKU_AUDIT_TIMEOUT): berkas
yang melewatinya dilaporkan, berkas lain tetap diperiksa. Hasil tiap berkas ditulis begitu
selesai.

Kode keluar: 0 tidak ada ${T.severity.error.one}; 1 ada temuan ${T.severity.error.one} di sebuah berkas; 3 ada buku kerja tanpa
${T.ikuSheet} (aturan workbook.noIkuSheet: tidak ada yang diperiksa); 2 ada berkas yang tidak
dapat dipakai (atau pilihan salah); 141 keluaran ditutup sebelum selesai (mis. | head).
Urutan: 2, lalu 3, lalu 1.
`,
    unknownCommand: (cmd) => `Perintah tidak dikenal: "${cmd}".`,
    noCommand: "Perintah belum diberikan.",
    seeHelp: (cmd) => `Lihat: iku ${cmd ? cmd + " " : ""}--help`,
    unknownOption: (o) => `Pilihan tidak dikenal: ${o}`,
    missingValue: (o) => `Pilihan ${o} memerlukan nilai.`,
    unexpectedArg: (a) => `Argumen tidak terduga: "${a}".`,
    missingOutOrUpdate: "Berikan --out BERKAS.xlsx (berkas baru) atau --update BERKAS.xlsx.",
    bothOutAndUpdate: "--out dan --update tidak dapat dipakai bersamaan.",
    notXlsxName: (file) => `Nama berkas ${file} harus berakhiran .xlsx.`,
    badMode: (t) => `Mode rumus "${t}" tidak dikenal: pilih "excel" atau "iku".`,
    outExists: (file) =>
      `Berkas ${file} sudah ada dan tidak ditimpa. Pakai --force untuk menimpanya, atau --update untuk memperbarui ${T.ikuSheet} di dalamnya.`,
    outDirMissing: (d) => `Folder ${d} tidak ada.`,
    generated: (file, s, n, m) =>
      `Lembar "${s}" (${T.indicators(n)}, rumus ${m}) ditulis ke ${file}.`,
    updated: (file, s, k) =>
      `Lembar "${s}" di ${file} diperbarui; ${k} isian/target dipertahankan.`,
    foreignSheet: (s) => `${h.foreignSheet(`"${s}"`)} Pilih nama lain dengan --sheet.`,
    otherIkuSheet: (m) =>
      `${h.otherIkuSheet(`"${m}"`)} Perbarui lembar itu (--sheet "${m}") atau buat buku kerja baru.`,
    unsupportedContent: (file, features) =>
      `${file} memuat bagian yang tidak dapat dipertahankan oleh iku generate --update: ${features.join("; ")}. ` +
      `Berkas tidak diubah. Perbarui ${T.ikuSheet} dengan add-in di Excel, atau buat berkas baru dengan --out.`,
    unsupported: {
      across: (what, ref) => `${what} ${ref} melintasi batas tabel IKU`,
      merge: "sel gabungan",
      validation: "validasi data",
      format: "format bersyarat",
      hidden: (a) => `sel ${a} (diketik sendiri) akan tertutup sel gabungan tabel baru`,
      shared: (a) => `sel ${a}: rumus bersama yang sel pertamanya ada di tabel IKU`,
      table: `tabel Excel (Table) di ${T.ikuSheet}`,
      element: (n) => `bagian <${n}> ${T.ikuSheet} yang tidak dikenal`,
      structure: "struktur buku kerja dilindungi (lembar baru tidak dapat ditambahkan)",
      strict: "buku kerja disimpan sebagai Strict Open XML",
    },
    writeFailed: (file, d) => `Gagal menulis ${file}: ${WRITE_ERROR[d] ?? d}. Berkas tidak diubah.`,
    noFiles: "Berikan paling sedikit satu berkas .xlsx untuk diperiksa.",
    fileProblem: (code, file, d) => FILE_PROBLEM[code](file, d ?? "", l),
    progress: (i, n, file) => `[${i}/${n}] ${file}`,
    fileHeader: (file) => `== ${file} ==`,
    noFindings: "Tidak ada temuan.",
    tableHeads: [c.sheet, c.cell, c.indicator, c.severity, c.rule, c.message],
    severity: (s) => T.severity[s].one,
    fileSummary: (e, w) => `${severityCount(T, "error", e)}, ${severityCount(T, "warning", w)}.`,
    total: (files, e, w, u) =>
      `Jumlah: ${files} berkas, ${severityCount(T, "error", e)}, ${severityCount(T, "warning", w)}, ${u} berkas tidak dapat dipakai.`,
    unusable: (m) => `TIDAK DAPAT DIPAKAI: ${m}`,
    noIkuSheet: `${h.noIkuSheet} Tidak ada yang diperiksa (tidak ada nama IKU_LEMBAR atau nama IKU lain).`,
    noIkuSheetFiles: (files) =>
      `Tanpa ${T.ikuSheet} (tidak diperiksa, kode keluar 3): ${files.length} berkas:\n${files.map((x) => "  " + x).join("\n")}`,
    pipeClosed: "iku: keluaran ditutup sebelum selesai (mis. oleh | head); pemeriksaan dihentikan.",
    notChanged: "Berkas tidak diubah.",
    updateOutOfMemory: (file, mb) =>
      `Berkas ${file} terlalu besar untuk diperbarui dalam batas memori ${mb} MB (ubah dengan IKU_AUDIT_MEMORY_MB). Berkas tidak diubah.`,
    internalError: (d) => `Terjadi kesalahan internal pada iku: ${d}`,
    formErrors,
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

function help(f: TextFacts, swadaya: string): HelpWords {
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

/** The Indonesian catalogue for a catalogue of indicators described by `f`. */
export function messagesId(f: TextFacts): Messages {
  const swadaya = f.swadayaOrder === undefined ? "IKU swadaya" : T.iku(f.swadayaOrder);
  const h = host();
  const formErrors = settings(swadaya);
  return {
    lang: "id",
    terms: T,
    host: h,
    settings: formErrors,
    pane: pane(f, swadaya, h, formErrors),
    cli: (limits) => cli(f, swadaya, h, formErrors, limits),
    report: REPORT_ID,
    help: help(f, swadaya),
  };
}
