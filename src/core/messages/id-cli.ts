import type { Severity } from "../grid";
import type { FormErrorKey, HostProblemFacts } from "./id";
import { groupDigits, notesList, SETTING as S, severityCount } from "./format";
import { TERMS_ID as T, swadayaOf } from "./id";

import type { CliLimits, CoreMessages, TextFacts } from "./types";
import { KATALOG_SHEET as K } from "../katalog/layout";
import { LKJIP_ID } from "./id-lkjip";
import type { LkjipWords } from "./id-lkjip";
import { RENSTRA_CLI_ID } from "./id-renstra";
import type { RenstraCliWords } from "./renstra";

/* The shape of these words; the English file follows it. */

/** Why a file cannot be used by the CLI; each code has a message in both languages. */
export type FileProblemCode =
  | "missing"
  | "unreadable"
  | "notAFile"
  | "tooLarge"
  | "unpackedTooLarge"
  | "encrypted"
  | "notXlsx"
  | "corrupt"
  | "missingSheetPart"
  | "tooManyCells"
  | "outOfMemory"
  | "timedOut";

/** A cell typed by staff inside the table (see core/sheet/notes.ts). */
export type UserNoteFacts = NonNullable<HostProblemFacts["notes"]>[number];

/** What `iku generate --update` cannot keep of an existing workbook (see cli/transplant.ts). */
export interface UnsupportedWords {
  across: (what: string, ref: string) => string;
  merge: string;
  validation: string;
  format: string;
  hidden: (address: string) => string;
  shared: (address: string) => string;
  table: string;
  element: (name: string) => string;
  structure: string;
  strict: string;
}

/** Which catalogue of indicators a command used (see core/katalog/workbook.ts). */
export type CatalogueSource =
  | { source: "builtin" }
  /** A Katalog IKU sheet: of the workbook itself, or of `file` (iku generate --katalog). */
  | { source: "katalog"; sheet: string; file?: string };

/** One mistake of a Katalog IKU sheet, as the CLI prints it. */
export interface KatalogProblem {
  sheet: string;
  cell: string;
  message: string;
}

export interface CliMessages {
  helpMain: string;
  helpGenerate: string;
  helpAudit: string;
  helpKatalog: string;
  unknownCommand: (cmd: string) => string;
  noCommand: string;
  seeHelp: (cmd?: string) => string;
  unknownOption: (opt: string) => string;
  missingValue: (opt: string) => string;
  unexpectedArg: (arg: string) => string;
  missingOutOrUpdate: string;
  bothOutAndUpdate: string;
  notXlsxName: (file: string) => string;
  badMode: (text: string) => string;
  outExists: (file: string) => string;
  outDirMissing: (dir: string) => string;
  generated: (
    file: string,
    sheet: string,
    indicators: number,
    mode: string,
    catalogue: CatalogueSource
  ) => string;
  updated: (
    file: string,
    sheet: string,
    kept: number,
    indicators: number,
    catalogue: CatalogueSource
  ) => string;
  /** A one-year sheet's typed year values moved to TW IV (upgrade to the quarters). */
  yearValuesMoved: (moved: number, indicators: readonly string[]) => string;
  /** The catalogue a command used, in words ("katalog bawaan", "lembar Katalog IKU di x.xlsx"). */
  catalogueWords: (catalogue: CatalogueSource) => string;
  katalogMissingOut: string;
  katalogOutExists: (file: string) => string;
  katalogWritten: (file: string, indicators: number, empty: boolean) => string;
  noKatalogSheet: (file: string, sheet: string) => string;
  /** Every mistake of a Katalog, one per line with its cell; nothing was written. */
  katalogMistakes: (file: string, problems: readonly KatalogProblem[]) => string;
  /** The Katalog of --katalog was copied into the generated workbook. */
  katalogCopied: (sheet: string) => string;
  /** The Katalog could not be copied: the target's workbook structure is protected. */
  katalogNotCopied: (sheet: string) => string;
  /** The target's own Katalog was left as it was (--katalog wins for this run only). */
  katalogKept: (file: string, sheet: string, from: string) => string;
  /** Data validation of the Katalog's Jenis and Polaritas columns. */
  katalogValidation: {
    jenisTitle: string;
    jenisPrompt: (allowed: string) => string;
    polaritasTitle: string;
    polaritasPrompt: (allowed: string) => string;
    error: (column: string, allowed: string) => string;
  };
  /** Audit: the catalogue a file was checked with. */
  auditCatalogue: (catalogue: CatalogueSource, indicators?: number) => string;
  /** Audit: a file whose Katalog has mistakes is not checked further. */
  katalogBroken: (file: string, sheet: string, count: number) => string;
  foreignSheet: (sheet: string) => string;
  /** An update without --tahun of a workbook with several year sheets. */
  severalYears: (file: string, years: readonly { tahun: number; sheet: string }[]) => string;
  /** `sheet` already holds `tahun` (one sheet per year). */
  otherIkuSheet: (sheet: string, requested: string, tahun?: number) => string;
  unsupportedContent: (file: string, features: string[]) => string;
  /** Notes typed inside the old table where the new table writes (or under its merges). */
  userNotes: (file: string, sheet: string, notes: UserNoteFacts[]) => string;
  /** After an update with --hapus-catatan that removed notes. */
  notesRemoved: (notes: UserNoteFacts[]) => string;
  notesOnlyWithUpdate: string;
  unsupported: UnsupportedWords;
  writeFailed: (file: string, detail: string) => string;
  noFiles: string;
  fileProblem: (code: FileProblemCode, file: string, detail?: string) => string;
  progress: (i: number, n: number, file: string) => string;
  fileHeader: (file: string) => string;
  noFindings: string;
  tableHeads: [string, string, string, string, string, string];
  severity: (s: Severity) => string;
  fileSummary: (errors: number, warnings: number) => string;
  total: (files: number, errors: number, warnings: number, unusable: number) => string;
  unusable: (message: string) => string;
  noIkuSheet: string;
  noIkuSheetFiles: (files: string[]) => string;
  pipeClosed: string;
  notChanged: string;
  updateOutOfMemory: (file: string, mb: number) => string;
  internalError: (detail: string) => string;
  formErrors: Record<FormErrorKey, string>;
  /** `iku lkjip` (id-lkjip.ts). */
  lkjip: LkjipWords;
  /** `iku renstra` (the Target Renstra sheet). */
  renstra: RenstraCliWords;
}

/** The CLI's Indonesian words (see id.ts for the terms and the words it shares). */

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

/** What the `iku` command prints; `core` gives the words it shares with the pane. */
export function cliId(core: CoreMessages, f: TextFacts, l: CliLimits): CliMessages {
  const swadaya = swadayaOf(f);
  const h = core.host;
  const formErrors = core.settings;
  const c = T.column;
  const catalogueWords = (cat: CatalogueSource): string =>
    cat.source === "builtin"
      ? "katalog bawaan"
      : `lembar "${cat.sheet}"${cat.file === undefined ? "" : ` di ${cat.file}`}`;
  return {
    helpMain: `iku: membuat dan memeriksa ${T.ikuSheet} DSPM Kota Bontang tanpa Excel.

Pemakaian:
  iku generate --out BERKAS.xlsx [pilihan]   membuat buku kerja baru berisi ${T.ikuSheet}
  iku generate --update BERKAS.xlsx [pilihan] memperbarui ${T.ikuSheet} di buku kerja yang ada
  iku audit BERKAS.xlsx [BERKAS …] [--json]  memeriksa isian data dan rumus
  iku katalog --out BERKAS.xlsx [--kosong]   menulis lembar Katalog IKU untuk diubah staf
${LKJIP_ID.usageLine}
  iku renstra BERKAS.xlsx --periode 2025-2029 menambahkan/memperbarui lembar Target Renstra
  iku --help | iku PERINTAH --help           bantuan
  iku --version                              versi iku

Bahasa: Indonesia; English jika LC_ALL/LC_MESSAGES/LANG diawali "en" (mis. LANG=en_US.UTF-8).
`,
    helpGenerate: `iku generate: menulis ${T.ikuSheet} dari katalog bawaan (${T.indicators(f.indicators)}) atau dari lembar
"${K}", dengan tata letak, nama, validasi dan gaya yang sama seperti add-in. Sel rumus berisi
hasil yang sudah dihitung, jadi angka benar tampil sebelum dihitung ulang.

Pemakaian:
  iku generate --out BERKAS.xlsx [--katalog BERKAS.xlsx] [--tahun TTTT] [--rumus excel|iku] [--nama "…"] [--sheet NAMA] [--force]
  iku generate --update BERKAS.xlsx [--katalog BERKAS.xlsx] [--tahun TTTT] [--rumus excel|iku] [--nama "…"] [--sheet NAMA] [--hapus-catatan]

Pilihan:
  --out BERKAS      buku kerja baru yang ditulis (.xlsx). Berkas yang sudah ada tidak ditimpa
                    kecuali dengan --force.
  --update BERKAS   buat ulang ${T.ikuSheet} di buku kerja yang ada: semua isian dan target yang
                    sudah diketik dipertahankan (dicocokkan lewat nama sel), lembar lain tidak
                    diubah. Lembar bernama sama yang tidak dibuat oleh add-in tidak disentuh.
                    Catatan yang diketik di dalam tabel dipertahankan; bila ada yang berada di
                    sel yang ditulis ulang tabel baru, berkas tidak diubah dan sel itu disebutkan.
  --hapus-catatan   untuk --update: hapus catatan di sel yang ditulis ulang tabel baru.
  --katalog BERKAS  pakai lembar "${K}" dari buku kerja lain sebagai katalog indikator.
                    Tanpa pilihan ini: lembar "${K}" buku kerja yang diperbarui (--update) bila
                    ada, selain itu katalog bawaan. Bila keduanya ada, --katalog yang dipakai.
                    Lembar itu disalin ke buku kerja tujuan bila tujuan belum memilikinya (agar
                    iku audit berkas itu memakai katalog yang sama); "${K}" yang sudah ada di
                    tujuan tidak pernah ditimpa.
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

Kode keluar: 0 berhasil; 2 pilihan salah, berkas tidak dapat dipakai, ditolak, atau "${K}"
memuat kesalahan (setiap kesalahan dicetak dengan selnya; tidak ada yang ditulis).
`,
    helpAudit: `iku audit: menjalankan pemeriksaan isian (${T.validate}) dan audit rumus (${T.audit})
pada satu atau banyak buku kerja.

Pemakaian:
  iku audit BERKAS.xlsx [BERKAS …] [--json]

Pilihan:
  --json   cetak satu objek JSON: {"files":[{"file":…,"catalogue":{"source","sheet",
           "indicators"},"findings":[{"sheet","cell","indicator","rule","severity",
           "message"}]}]}; "source" berisi "builtin" (katalog bawaan) atau "katalog";
           berkas yang tidak dapat dipakai mendapat kolom "error".

Berkas yang lebih besar daripada ${l.fileMb} MB, terenkripsi, rusak atau bukan .xlsx dilaporkan dan
dilewati; berkas lain tetap diperiksa. Kemajuan ditulis ke stderr bila berkas lebih dari satu.

Setiap berkas diperiksa dalam proses terpisah dengan batas memori (bawaan ${l.memoryMb} MB, ubah
dengan IKU_AUDIT_MEMORY_MB) dan batas waktu (bawaan ${l.timeoutSeconds} detik, IKU_AUDIT_TIMEOUT): berkas
yang melewatinya dilaporkan, berkas lain tetap diperiksa. Hasil tiap berkas ditulis begitu
selesai.

Setiap berkas diperiksa dengan katalognya sendiri: lembar "${K}" bila ada, selain itu katalog
bawaan; katalog yang dipakai ditulis di bawah nama berkas. "${K}" yang memuat kesalahan
dilaporkan (setiap kesalahan dengan selnya) dan berkas itu tidak diperiksa lebih lanjut.

Kode keluar: 0 tidak ada ${T.severity.error.one}; 1 ada temuan ${T.severity.error.one} di sebuah berkas; 3 ada buku kerja tanpa
${T.ikuSheet} (aturan workbook.noIkuSheet: tidak ada yang diperiksa); 2 ada berkas yang tidak
dapat dipakai atau yang "${K}"-nya memuat kesalahan (atau pilihan salah); 141 keluaran ditutup
sebelum selesai (mis. | head). Urutan: 2, lalu 3, lalu 1.
`,
    helpKatalog: `iku katalog: menulis buku kerja baru berisi lembar "${K}": tabel indikator (Kode, Sasaran,
Indikator, Jenis, Komponen 1–3, Satuan, Polaritas, …) yang diubah staf di Excel, lalu dipakai
oleh add-in dan oleh iku generate. Format lengkapnya ada di halaman bantuan add-in.

Pemakaian:
  iku katalog --out BERKAS.xlsx [--kosong] [--force]

Pilihan:
  --out BERKAS   buku kerja baru yang ditulis (.xlsx). Berkas yang sudah ada tidak ditimpa
                 kecuali dengan --force.
  --kosong       tabel kosong dengan satu baris contoh (bawaan: katalog bawaan,
                 ${T.indicators(f.indicators)}).
  --force        boleh menimpa berkas --out yang sudah ada.

Lalu: iku generate --katalog BERKAS.xlsx --out IKU.xlsx, atau salin lembar "${K}" ke buku
kerja IKU Anda (add-in dan iku generate --update memakainya).

Kode keluar: 0 berhasil; 2 pilihan salah atau berkas tidak dapat ditulis.
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
    generated: (file, s, n, m, c) =>
      `Lembar "${s}" (${T.indicators(n)} dari ${catalogueWords(c)}, rumus ${m}) ditulis ke ${file}.`,
    updated: (file, s, k, n, c) =>
      `Lembar "${s}" di ${file} diperbarui (${T.indicators(n)} dari ${catalogueWords(c)}); ${k} isian/target dipertahankan.`,
    yearValuesMoved: (n, codes) =>
      `Lembar ini dibuat sebelum ada realisasi per triwulan: ${n} nilai setahun yang sudah diketik dipindahkan ke isian TW IV komponennya (${codes.join(", ")}), sehingga realisasi dan capaian setahun tetap sama. Isi TW I–III bila datanya ada.`,
    catalogueWords,
    katalogMissingOut: "Berikan --out BERKAS.xlsx (berkas baru yang ditulis).",
    katalogOutExists: (file) =>
      `Berkas ${file} sudah ada dan tidak ditimpa. Pakai --force untuk menimpanya, atau pilih nama lain.`,
    katalogWritten: (file, n, empty) =>
      empty
        ? `Lembar "${K}" (kosong, dengan satu baris contoh) ditulis ke ${file}. Isi tabelnya, lalu: iku generate --katalog ${file} --out IKU.xlsx`
        : `Lembar "${K}" (${T.indicators(n)} dari katalog bawaan) ditulis ke ${file}. Ubah tabelnya, lalu: iku generate --katalog ${file} --out IKU.xlsx`,
    noKatalogSheet: (file, sheet) => `Berkas ${file} tidak memiliki lembar "${sheet}".`,
    katalogMistakes: (file, problems) =>
      [
        `Lembar katalog di ${file} memuat ${problems.length} kesalahan; tidak ada yang ditulis. Perbaiki lalu coba lagi:`,
        ...problems.map((p) => `  ${p.sheet}!${p.cell}: ${p.message}`),
      ].join("\n"),
    katalogCopied: (sheet) =>
      `Lembar "${sheet}" disalin ke buku kerja itu, agar pemeriksaan berikutnya memakai katalog yang sama.`,
    katalogNotCopied: (sheet) =>
      `Perhatian: lembar "${sheet}" tidak disalin karena struktur buku kerja dilindungi; add-in dan iku audit membaca berkas ini dengan katalog bawaan sampai lembar itu ditambahkan.`,
    katalogKept: (file, sheet, from) =>
      `Perhatian: lembar "${sheet}" yang sudah ada di ${file} tidak diubah (katalog dari ${from} dipakai hanya untuk pembuatan ini); add-in dan iku audit membaca ${file} dengan lembar "${sheet}"-nya sendiri.`,
    katalogValidation: {
      jenisTitle: "Jenis",
      jenisPrompt: (a) => `Cara menghitung hasil: ${a}.`,
      polaritasTitle: "Polaritas",
      polaritasPrompt: (a) => `${a}; kosong berarti positif (makin tinggi makin baik).`,
      error: (column, a) => `${column} tidak dikenal; pilih ${a}.`,
    },
    auditCatalogue: (c, n) =>
      `Katalog: ${catalogueWords(c)}${n === undefined ? "" : ` (${T.indicators(n)})`}`,
    katalogBroken: (file, sheet, count) =>
      `${file}: lembar "${sheet}" memuat ${count} kesalahan; berkas tidak diperiksa lebih lanjut sampai katalog diperbaiki.`,
    foreignSheet: (s) => `${h.foreignSheet(`"${s}"`)} Pilih nama lain dengan --sheet.`,
    severalYears: (file, years) =>
      `${file} memuat ${T.ikuSheet} beberapa tahun (${years.map((y) => `${y.tahun}: "${y.sheet}"`).join(", ")}). ` +
      `Sebutkan tahun yang diperbarui dengan --tahun.`,
    otherIkuSheet: (m, _r, tahun) =>
      `${h.otherIkuSheet(`"${m}"`, tahun)} Perbarui lembar itu (--sheet "${m}") atau pilih tahun lain.`,
    unsupportedContent: (file, features) =>
      `${file} memuat bagian yang tidak dapat dipertahankan oleh iku generate --update: ${features.join("; ")}. ` +
      `Berkas tidak diubah. Perbarui ${T.ikuSheet} dengan add-in di Excel, atau buat berkas baru dengan --out.`,
    userNotes: (file, s, notes) =>
      `Lembar "${s}" di ${file} tidak diubah: membuat ulang lembar akan menghapus isi yang diketik di dalam tabel, ` +
      `di sel yang ditulis ulang oleh tabel baru: ${notesList({ code: "userNotes", notes }, "dan", "sel lain")}. ` +
      `Pindahkan catatan itu ke luar tabel, atau jalankan lagi dengan --hapus-catatan untuk menghapusnya.`,
    notesRemoved: (notes) =>
      `Catatan yang dihapus (--hapus-catatan): ${notesList({ code: "userNotes", notes }, "dan", "sel lain")}.`,
    notesOnlyWithUpdate: "--hapus-catatan hanya berlaku bersama --update.",
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
    lkjip: LKJIP_ID,
    renstra: RENSTRA_CLI_ID,
  };
}
