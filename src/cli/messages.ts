import { SEVERITY_WORDS, severityCount } from "../core/messages/severity";
/**
 * Everything the `iku` command prints, in Indonesian (the default for the agency) and English.
 * English is chosen only when the locale says so (LC_ALL, LC_MESSAGES or LANG starting with
 * "en"), so an unset or C locale on a government PC still gets Indonesian.
 */

export type Lang = "id" | "en";

/** Largest workbook the CLI reads, in megabytes (stated in the help and in the message). */
export const MAX_FILE_MB = 50;

export function detectLang(env: NodeJS.ProcessEnv): Lang {
  // POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) ? "en" : "id";
}

/** Why a file cannot be used; each code has a message in both languages. */
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

/** Limits stated in the messages (kept equal to the ones src/cli/zip-guard.ts enforces). */
export const LIMITS_TEXT = { entries: "10.000", entriesEn: "10,000", unpackedMb: 400, partMb: 300 };

export interface CliMessages {
  helpMain: string;
  helpGenerate: string;
  helpAudit: string;
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
  generated: (file: string, sheet: string, indicators: number, mode: string) => string;
  updated: (file: string, sheet: string, kept: number) => string;
  foreignSheet: (sheet: string) => string;
  otherIkuSheet: (marker: string, requested: string) => string;
  unsupportedContent: (file: string, features: string[]) => string;
  writeFailed: (file: string, detail: string) => string;
  noFiles: string;
  fileProblem: (code: FileProblemCode, file: string, detail?: string) => string;
  progress: (i: number, n: number, file: string) => string;
  fileHeader: (file: string) => string;
  noFindings: string;
  tableHeads: [string, string, string, string, string, string];
  severity: (s: "error" | "warning") => string;
  fileSummary: (errors: number, warnings: number) => string;
  total: (files: number, errors: number, warnings: number, unusable: number) => string;
  unusable: (message: string) => string;
  noIkuSheet: string;
  noIkuSheetFiles: (files: string[]) => string;
  pipeClosed: string;
  notChanged: string;
  updateOutOfMemory: (file: string, mb: number) => string;
  internalError: (detail: string) => string;
}

const FILE_PROBLEM_ID: Record<FileProblemCode, (f: string, d: string) => string> = {
  missing: (f) => `Berkas ${f} tidak ditemukan.`,
  unreadable: (f) =>
    `Berkas ${f} ada tetapi tidak dapat dibaca (tidak ada izin membaca atau sedang dikunci). Periksa izin berkas lalu coba lagi.`,
  unpackedTooLarge: (f) =>
    `Berkas ${f} terlalu besar setelah dibuka: isinya lebih dari ${LIMITS_TEXT.unpackedMb} MB (atau satu bagian lebih dari ${LIMITS_TEXT.partMb} MB, atau lebih dari ${LIMITS_TEXT.entries} bagian). Berkas sebesar itu tidak diperiksa.`,
  missingSheetPart: (f, d) =>
    `Berkas ${f} tidak lengkap: lembar ${d} terdaftar di buku kerja tetapi isinya tidak ada di dalam berkas. Buka dan simpan ulang berkas itu di Excel.`,
  outOfMemory: (f, d) =>
    `Berkas ${f} terlalu besar untuk diperiksa dalam batas memori ${d} MB; berkas lain tetap diperiksa.`,
  timedOut: (f, d) =>
    `Pemeriksaan berkas ${f} dihentikan karena melewati batas waktu ${d} detik; berkas lain tetap diperiksa.`,
  notAFile: (f) => `${f} bukan berkas (mungkin sebuah folder).`,
  tooLarge: (f) =>
    `Berkas ${f} lebih besar daripada batas ${MAX_FILE_MB} MB; berkas sebesar itu tidak diperiksa.`,
  encrypted: (f) =>
    `Berkas ${f} dilindungi kata sandi (terenkripsi) atau berformat .xls lama. ` +
    `Buka di Excel, hapus kata sandinya atau simpan sebagai .xlsx, lalu coba lagi.`,
  notXlsx: (f) => `Berkas ${f} bukan buku kerja Excel .xlsx.`,
  corrupt: (f) => `Berkas ${f} rusak atau tidak lengkap sehingga tidak dapat dibaca sebagai .xlsx.`,
  tooManyCells: (f, d) =>
    `Berkas ${f} terlalu besar: lembar ${d} memuat lebih dari 5.000.000 sel terisi, terlalu banyak untuk diperiksa.`,
};

const FILE_PROBLEM_EN: Record<FileProblemCode, (f: string, d: string) => string> = {
  missing: (f) => `File ${f} not found.`,
  unreadable: (f) =>
    `File ${f} exists but cannot be read (no read permission, or locked). Check its permissions and try again.`,
  unpackedTooLarge: (f) =>
    `File ${f} is too large once unpacked: over ${LIMITS_TEXT.unpackedMb} MB of content (or one part over ${LIMITS_TEXT.partMb} MB, or over ${LIMITS_TEXT.entriesEn} parts). It is not checked.`,
  missingSheetPart: (f, d) =>
    `File ${f} is incomplete: sheet ${d} is listed in the workbook but its content is missing from the file. Open and save it again in Excel.`,
  outOfMemory: (f, d) =>
    `File ${f} is too large to check within the ${d} MB memory limit; the other files are still checked.`,
  timedOut: (f, d) =>
    `Checking ${f} was stopped after the ${d}-second time limit; the other files are still checked.`,
  notAFile: (f) => `${f} is not a file (perhaps a folder).`,
  tooLarge: (f) => `File ${f} is larger than the ${MAX_FILE_MB} MB limit; it is not checked.`,
  encrypted: (f) =>
    `File ${f} is password-protected (encrypted) or an old .xls file. ` +
    `Open it in Excel, remove the password or save it as .xlsx, then try again.`,
  notXlsx: (f) => `File ${f} is not an Excel .xlsx workbook.`,
  corrupt: (f) => `File ${f} is damaged or incomplete and cannot be read as .xlsx.`,
  tooManyCells: (f, d) =>
    `File ${f} is too large: sheet ${d} holds over 5,000,000 filled cells, too many to check.`,
};

/** File-system error codes in words a staff member understands. */
const WRITE_ERROR_ID: Record<string, string> = {
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

const WRITE_ERROR_EN: Record<string, string> = {
  ENOSPC: "the disk is full; free some space and try again",
  EROFS: "the location is read-only (for example a CD or a locked USB drive)",
  EISDIR: "that name is a folder, not a file",
  EACCES: "no permission to write there",
  EPERM: "no permission to write there",
  EBUSY: "the file is open or locked by another program",
  ENOENT: "the folder does not exist",
  ENOTDIR: "part of the path is not a folder",
  EDQUOT: "your disk quota is used up",
  ENOTREG: "that name is not a regular file (a device or a pipe)",
};

const ID: CliMessages = {
  helpMain: `iku: membuat dan memeriksa lembar IKU DSPM Kota Bontang tanpa Excel.

Pemakaian:
  iku generate --out BERKAS.xlsx [pilihan]   membuat buku kerja baru berisi lembar IKU
  iku generate --update BERKAS.xlsx [pilihan] memperbarui lembar IKU di buku kerja yang ada
  iku audit BERKAS.xlsx [BERKAS …] [--json]  memeriksa isian data dan rumus
  iku --help | iku PERINTAH --help           bantuan
  iku --version                              versi iku

Bahasa: Indonesia; English jika LC_ALL/LC_MESSAGES/LANG diawali "en" (mis. LANG=en_US.UTF-8).
`,
  helpGenerate: `iku generate: menulis lembar IKU (18 indikator) dengan tata letak, nama, validasi dan
gaya yang sama seperti add-in. Sel rumus berisi hasil yang sudah dihitung, jadi angka benar
tampil sebelum dihitung ulang.

Pemakaian:
  iku generate --out BERKAS.xlsx [--tahun TTTT] [--rumus excel|iku] [--nama "…"] [--sheet NAMA] [--force]
  iku generate --update BERKAS.xlsx [--tahun TTTT] [--rumus excel|iku] [--nama "…"] [--sheet NAMA]

Pilihan:
  --out BERKAS      buku kerja baru yang ditulis (.xlsx). Berkas yang sudah ada tidak ditimpa
                    kecuali dengan --force.
  --update BERKAS   buat ulang lembar IKU di buku kerja yang ada: semua isian dan target yang
                    sudah diketik dipertahankan (dicocokkan lewat nama sel), lembar lain tidak
                    diubah. Lembar bernama sama yang tidak dibuat oleh add-in tidak disentuh.
  --tahun TTTT      tahun pelaporan (bawaan: tahun berjalan; untuk --update: tahun lembar lama).
  --rumus MODE      "excel" (bawaan): rumus Excel biasa, jalan di semua versi Excel;
                    "iku": fungsi kustom =IKU.… (perlu add-in terpasang).
                    Untuk --update bawaannya mode lembar lama.
  --nama "…"        nama perangkat daerah pada judul (bawaan dari katalog; untuk --update:
                    nama pada lembar lama).
  --sheet NAMA      nama lembar (bawaan "IKU <tahun>"; untuk --update: lembar IKU yang ada).
  --desimal N       banyak desimal realisasi dan capaian seperti tercetak (0–4, bawaan 2).
  --kategori-batas "90; 75; 65; 50"
                    batas kategori capaian dari yang tertinggi (bawaan Permendagri 86/2017).
  --kategori-label "Sangat Tinggi; Tinggi; Sedang; Rendah; Sangat Rendah"
                    nama kategori, satu lebih banyak daripada batasnya.
  --swadaya CARA    cara mengukur IKU 16: "program" (bawaan, jumlah program, bilangan bulat)
                    atau "rupiah" (nilai swadaya dalam rupiah, boleh desimal).
  --force           boleh menimpa berkas --out yang sudah ada.

Kode keluar: 0 berhasil; 2 pilihan salah, berkas tidak dapat dipakai, atau ditolak.
`,
  helpAudit: `iku audit: menjalankan pemeriksaan isian (Periksa Data) dan audit rumus (Audit Rumus)
pada satu atau banyak buku kerja.

Pemakaian:
  iku audit BERKAS.xlsx [BERKAS …] [--json]

Pilihan:
  --json   cetak satu objek JSON: {"files":[{"file":…,"findings":[{"sheet","cell",
           "indicator","rule","severity","message"}]}]}; berkas yang tidak dapat dipakai
           mendapat kolom "error".

Berkas yang lebih besar daripada ${MAX_FILE_MB} MB, terenkripsi, rusak atau bukan .xlsx dilaporkan dan
dilewati; berkas lain tetap diperiksa. Kemajuan ditulis ke stderr bila berkas lebih dari satu.

Setiap berkas diperiksa dalam proses terpisah dengan batas memori (bawaan 2048 MB, ubah
dengan IKU_AUDIT_MEMORY_MB) dan batas waktu (bawaan 600 detik, IKU_AUDIT_TIMEOUT): berkas
yang melewatinya dilaporkan, berkas lain tetap diperiksa. Hasil tiap berkas ditulis begitu
selesai.

Kode keluar: 0 tidak ada kesalahan; 1 ada temuan kesalahan di sebuah berkas; 3 ada buku kerja tanpa
lembar IKU (aturan workbook.noIkuSheet: tidak ada yang diperiksa); 2 ada berkas yang tidak
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
  notXlsxName: (f) => `Nama berkas ${f} harus berakhiran .xlsx.`,
  badMode: (t) => `Mode rumus "${t}" tidak dikenal: pilih "excel" atau "iku".`,
  outExists: (f) =>
    `Berkas ${f} sudah ada dan tidak ditimpa. Pakai --force untuk menimpanya, atau --update untuk memperbarui lembar IKU di dalamnya.`,
  outDirMissing: (d) => `Folder ${d} tidak ada.`,
  generated: (f, s, n, m) => `Lembar "${s}" (${n} indikator, rumus ${m}) ditulis ke ${f}.`,
  updated: (f, s, k) => `Lembar "${s}" di ${f} diperbarui; ${k} isian/target dipertahankan.`,
  foreignSheet: (s) =>
    `Lembar "${s}" sudah ada tetapi tidak dibuat oleh add-in IKU; lembar itu tidak diubah. Pilih nama lain dengan --sheet.`,
  otherIkuSheet: (m, r) =>
    `Nama-nama IKU di buku kerja ini milik lembar "${m}", bukan "${r}". Perbarui lembar itu (--sheet "${m}") atau buat buku kerja baru.`,
  unsupportedContent: (f, features) =>
    `${f} memuat bagian yang tidak dapat dipertahankan oleh iku generate --update: ${features.join("; ")}. ` +
    `Berkas tidak diubah. Perbarui lembar IKU dengan add-in di Excel, atau buat berkas baru dengan --out.`,
  writeFailed: (f, d) => `Gagal menulis ${f}: ${WRITE_ERROR_ID[d] ?? d}. Berkas tidak diubah.`,
  noFiles: "Berikan paling sedikit satu berkas .xlsx untuk diperiksa.",
  fileProblem: (code, f, d) => FILE_PROBLEM_ID[code](f, d ?? ""),
  progress: (i, n, f) => `[${i}/${n}] ${f}`,
  fileHeader: (f) => `== ${f} ==`,
  noFindings: "Tidak ada temuan.",
  tableHeads: ["Lembar", "Sel", "Indikator", "Tingkat", "Aturan", "Pesan"],
  severity: (s) => SEVERITY_WORDS.id[s].one,
  fileSummary: (e, w) =>
    `${severityCount("id", "error", e)}, ${severityCount("id", "warning", w)}.`,
  total: (f, e, w, u) =>
    `Jumlah: ${f} berkas, ${severityCount("id", "error", e)}, ${severityCount("id", "warning", w)}, ${u} berkas tidak dapat dipakai.`,
  unusable: (m) => `TIDAK DAPAT DIPAKAI: ${m}`,
  noIkuSheet:
    "Tidak ditemukan lembar IKU buatan add-in (tidak ada nama IKU_LEMBAR atau nama IKU lain), jadi tidak ada yang diperiksa.",
  noIkuSheetFiles: (files) =>
    `Tanpa lembar IKU (tidak diperiksa, kode keluar 3): ${files.length} berkas:\n${files.map((f) => "  " + f).join("\n")}`,
  pipeClosed: "iku: keluaran ditutup sebelum selesai (mis. oleh | head); pemeriksaan dihentikan.",
  notChanged: "Berkas tidak diubah.",
  updateOutOfMemory: (f, mb) =>
    `Berkas ${f} terlalu besar untuk diperbarui dalam batas memori ${mb} MB (ubah dengan IKU_AUDIT_MEMORY_MB). Berkas tidak diubah.`,
  internalError: (d) => `Terjadi kesalahan internal pada iku: ${d}`,
};

const EN: CliMessages = {
  helpMain: `iku: generate and check the IKU sheet of DSPM Kota Bontang without Excel.

Usage:
  iku generate --out FILE.xlsx [options]     write a new workbook with the IKU sheet
  iku generate --update FILE.xlsx [options]  regenerate the IKU sheet in an existing workbook
  iku audit FILE.xlsx [FILE …] [--json]      check the typed data and the formulas
  iku --help | iku COMMAND --help            help
  iku --version                              version of iku

Language: Indonesian; English when LC_ALL/LC_MESSAGES/LANG starts with "en".
`,
  helpGenerate: `iku generate: writes the IKU sheet (18 indicators) with the same layout, names,
validations and styles as the add-in. Formula cells carry computed results, so the right numbers
show before any recalculation.

Usage:
  iku generate --out FILE.xlsx [--tahun YYYY] [--rumus excel|iku] [--nama "…"] [--sheet NAME] [--force]
  iku generate --update FILE.xlsx [--tahun YYYY] [--rumus excel|iku] [--nama "…"] [--sheet NAME]

Options:
  --out FILE      new workbook to write (.xlsx). An existing file is not overwritten unless
                  --force is given.
  --update FILE   regenerate the IKU sheet inside an existing workbook: every typed input and
                  target is kept (matched by defined name), other sheets are not changed. A
                  sheet of the same name that the add-in did not make is never touched.
  --tahun YYYY    reporting year (default: current year; with --update: the old sheet's year).
  --rumus MODE    "excel" (default): plain Excel formulas, work in every Excel version;
                  "iku": the =IKU.… custom functions (need the add-in).
                  With --update the default is the old sheet's mode.
  --nama "…"      agency name in the title (default from the catalogue; with --update: the
                  name on the old sheet).
  --sheet NAME    sheet name (default "IKU <year>"; with --update: the existing IKU sheet).
  --desimal N     decimals of realisasi and capaian as printed (0–4, default 2).
  --kategori-batas "90; 75; 65; 50"
                  capaian category bounds, highest first (default Permendagri 86/2017).
  --kategori-label "Sangat Tinggi; Tinggi; Sedang; Rendah; Sangat Rendah"
                  category names, one more than the bounds.
  --swadaya HOW   how IKU 16 is measured: "program" (default, programmes counted, whole
                  numbers) or "rupiah" (swadaya in rupiah, decimals allowed).
  --force         allow overwriting an existing --out file.

Exit codes: 0 done; 2 wrong options, file cannot be used, or refused.
`,
  helpAudit: `iku audit: runs the input validation (Periksa Data) and the formula audit (Audit Rumus)
on one or many workbooks.

Usage:
  iku audit FILE.xlsx [FILE …] [--json]

Options:
  --json   print one JSON object: {"files":[{"file":…,"findings":[{"sheet","cell",
           "indicator","rule","severity","message"}]}]}; a file that cannot be used gets an
           "error" field.

Files larger than ${MAX_FILE_MB} MB, encrypted, damaged or not .xlsx are reported and skipped; the
other files are still checked. Progress goes to stderr when there is more than one file.
Finding messages are in Indonesian.

Each file is checked in a separate process with a memory cap (default 2048 MB, set with
IKU_AUDIT_MEMORY_MB) and a time limit (default 600 s, IKU_AUDIT_TIMEOUT): a file over either is
reported and the other files are still checked. Each file's result is written when it is done.

Exit codes: 0 no error finding; 1 some file has an error finding; 3 some workbook has no IKU
sheet (rule workbook.noIkuSheet: nothing was checked); 2 some file cannot be used (or wrong
options); 141 the output was closed before the end (e.g. | head). 2 wins over 3, 3 over 1.
`,
  unknownCommand: (cmd) => `Unknown command: "${cmd}".`,
  noCommand: "No command given.",
  seeHelp: (cmd) => `See: iku ${cmd ? cmd + " " : ""}--help`,
  unknownOption: (o) => `Unknown option: ${o}`,
  missingValue: (o) => `Option ${o} needs a value.`,
  unexpectedArg: (a) => `Unexpected argument: "${a}".`,
  missingOutOrUpdate: "Give --out FILE.xlsx (a new file) or --update FILE.xlsx.",
  bothOutAndUpdate: "--out and --update cannot be used together.",
  notXlsxName: (f) => `File name ${f} must end in .xlsx.`,
  badMode: (t) => `Unknown formula mode "${t}": choose "excel" or "iku".`,
  outExists: (f) =>
    `File ${f} already exists and is not overwritten. Use --force to overwrite it, or --update to regenerate the IKU sheet inside it.`,
  outDirMissing: (d) => `Folder ${d} does not exist.`,
  generated: (f, s, n, m) => `Sheet "${s}" (${n} indicators, ${m} formulas) written to ${f}.`,
  updated: (f, s, k) => `Sheet "${s}" in ${f} regenerated; ${k} inputs/targets kept.`,
  foreignSheet: (s) =>
    `Sheet "${s}" exists but was not made by the IKU add-in; it is left unchanged. Choose another name with --sheet.`,
  otherIkuSheet: (m, r) =>
    `The IKU names in this workbook belong to sheet "${m}", not "${r}". Update that sheet (--sheet "${m}") or make a new workbook.`,
  unsupportedContent: (f, features) =>
    `${f} contains parts that iku generate --update cannot keep: ${features.join("; ")}. ` +
    `The file was not changed. Update the IKU sheet with the add-in in Excel, or write a new file with --out.`,
  writeFailed: (f, d) =>
    `Could not write ${f}: ${WRITE_ERROR_EN[d] ?? d}. The file was not changed.`,
  noFiles: "Give at least one .xlsx file to check.",
  fileProblem: (code, f, d) => FILE_PROBLEM_EN[code](f, d ?? ""),
  progress: (i, n, f) => `[${i}/${n}] ${f}`,
  fileHeader: (f) => `== ${f} ==`,
  noFindings: "No findings.",
  tableHeads: ["Sheet", "Cell", "Indicator", "Severity", "Rule", "Message"],
  severity: (s) => SEVERITY_WORDS.en[s].one,
  fileSummary: (e, w) =>
    `${severityCount("en", "error", e)}, ${severityCount("en", "warning", w)}.`,
  total: (f, e, w, u) =>
    `Total: ${f} file(s), ${e} error(s), ${w} warning(s), ${u} file(s) could not be used.`,
  unusable: (m) => `CANNOT BE USED: ${m}`,
  noIkuSheet:
    "No IKU sheet made by the add-in was found (no IKU_LEMBAR or other IKU names), so nothing was checked.",
  noIkuSheetFiles: (files) =>
    `Without an IKU sheet (not checked, exit code 3): ${files.length} file(s):\n${files.map((f) => "  " + f).join("\n")}`,
  pipeClosed: "iku: the output was closed before the end (e.g. by | head); the audit was stopped.",
  notChanged: "The file was not changed.",
  updateOutOfMemory: (f, mb) =>
    `File ${f} is too large to update within the ${mb} MB memory limit (set IKU_AUDIT_MEMORY_MB). The file was not changed.`,
  internalError: (d) => `Internal error in iku: ${d}`,
};

export function messages(lang: Lang): CliMessages {
  return lang === "en" ? EN : ID;
}
