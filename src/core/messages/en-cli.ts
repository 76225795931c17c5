import { groupDigits, notesList, SETTING as S, severityCount } from "./format";
import { TERMS_ID } from "./id";
import { TERMS_EN as T, swadayaOf } from "./en";
import type {
  CatalogueSource,
  CliLimits,
  CliMessages,
  CoreMessages,
  FileProblemCode,
  TextFacts,
} from "./types";
import { KATALOG_SHEET as K } from "../katalog/layout";
import { LKJIP_EN } from "./en-lkjip";
import { RENSTRA_CLI_EN } from "./en-renstra";

/** The CLI's English words (see en.ts for the terms and the words it shares). */

const FILE_PROBLEM: Record<FileProblemCode, (f: string, d: string, limits: CliLimits) => string> = {
  missing: (f) => `File ${f} not found.`,
  unreadable: (f) =>
    `File ${f} exists but cannot be read (no read permission, or locked). Check its permissions and try again.`,
  unpackedTooLarge: (f, _d, l) =>
    `File ${f} is too large once unpacked: over ${l.unpackedMb} MB of content (or one part over ${l.partMb} MB, or over ${groupDigits(l.zipEntries, ",")} parts). It is not checked.`,
  missingSheetPart: (f, d) =>
    `File ${f} is incomplete: sheet ${d} is listed in the workbook but its content is missing from the file. Open and save it again in Excel.`,
  outOfMemory: (f, d) =>
    `File ${f} is too large to check within the ${d} MB memory limit; the other files are still checked.`,
  timedOut: (f, d) =>
    `Checking ${f} was stopped after the ${d}-second time limit; the other files are still checked.`,
  notAFile: (f) => `${f} is not a file (perhaps a folder).`,
  tooLarge: (f, _d, l) => `File ${f} is larger than the ${l.fileMb} MB limit; it is not checked.`,
  encrypted: (f) =>
    `File ${f} is password-protected (encrypted) or an old .xls file. ` +
    `Open it in Excel, remove the password or save it as .xlsx, then try again.`,
  notXlsx: (f) => `File ${f} is not an Excel .xlsx workbook.`,
  corrupt: (f) => `File ${f} is damaged or incomplete and cannot be read as .xlsx.`,
  tooManyCells: (f, d, l) =>
    `File ${f} is too large: sheet ${d} holds over ${groupDigits(l.sheetCells, ",")} filled cells, too many to check.`,
};

const WRITE_ERROR: Record<string, string> = {
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

/** What the `iku` command prints; `core` gives the words it shares with the pane. */
export function cliEn(core: CoreMessages, f: TextFacts, l: CliLimits): CliMessages {
  const swadaya = swadayaOf(f);
  const h = core.host;
  const formErrors = core.settings;
  const c = T.column;
  const SV = T.severity;
  const catalogueWords = (cat: CatalogueSource): string =>
    cat.source === "builtin"
      ? "the built-in catalogue"
      : `the "${cat.sheet}" sheet${cat.file === undefined ? "" : ` of ${cat.file}`}`;
  return {
    helpMain: `iku: generate and check the ${T.ikuSheet} of DSPM Kota Bontang without Excel.

Usage:
  iku generate --out FILE.xlsx [options]     write a new workbook with the ${T.ikuSheet}
  iku generate --update FILE.xlsx [options]  regenerate the ${T.ikuSheet} in an existing workbook
  iku audit FILE.xlsx [FILE …] [--json]      check the typed data and the formulas
  iku katalog --out FILE.xlsx [--kosong]     write a Katalog IKU sheet for staff to edit
${LKJIP_EN.usageLine}
  iku renstra FILE.xlsx --periode 2025-2029  add or update the Target Renstra sheet
  iku --help | iku COMMAND --help            help
  iku --version                              version of iku

Language: Indonesian; English when LC_ALL/LC_MESSAGES/LANG starts with "en".
`,
    helpGenerate: `iku generate: writes the ${T.ikuSheet} from the built-in catalogue (${T.indicators(f.indicators)}) or from a
"${K}" sheet, with the same layout, names, validations and styles as the add-in. Formula cells
carry computed results, so the right numbers show before any recalculation.

Usage:
  iku generate --out FILE.xlsx [--katalog FILE.xlsx] [--tahun YYYY] [--rumus excel|iku] [--nama "…"] [--sheet NAME] [--force]
  iku generate --update FILE.xlsx [--katalog FILE.xlsx] [--tahun YYYY] [--rumus excel|iku] [--nama "…"] [--sheet NAME] [--hapus-catatan]

Options:
  --out FILE      new workbook to write (.xlsx). An existing file is not overwritten unless
                  --force is given.
  --update FILE   regenerate the ${T.ikuSheet} inside an existing workbook: every typed input and
                  target is kept (matched by defined name), other sheets are not changed. A
                  sheet of the same name that the add-in did not make is never touched.
                  Notes typed inside the table are kept; when one sits in a cell the new
                  table writes, the file is not changed and the cell is named.
  --hapus-catatan with --update: remove the notes in cells the new table writes.
  --katalog FILE  use the "${K}" sheet of another workbook as the catalogue of indicators.
                  Without it: the "${K}" sheet of the workbook being updated (--update) when it
                  has one, else the built-in catalogue. When both exist, --katalog wins.
                  The sheet is copied into the target workbook when the target has none (so
                  iku audit of that file uses the same catalogue); a "${K}" sheet the target
                  already has is never overwritten.
  --tahun YYYY    reporting year (default: current year; with --update: the old sheet's year).
  --rumus MODE    "excel" (default): plain Excel formulas, work in every Excel version;
                  "iku": the =IKU.… custom functions (need the add-in).
                  With --update the default is the old sheet's mode.
  --nama "…"      agency name in the title (default from the catalogue; with --update: the
                  name on the old sheet).
  --sheet NAME    sheet name (default "IKU <year>"; with --update: the existing ${T.ikuSheet}).
  --desimal N     decimals of realisasi and capaian as printed (0–${S.desimalMax}, default ${S.desimal}).
  --kategori-batas "${S.bounds}"
                  capaian category bounds, highest first (default Permendagri 86/2017).
  --kategori-label "${S.labels}"
                  category names, one more than the bounds.
  --swadaya HOW   how ${swadaya} is measured: "program" (default, programmes counted, whole
                  numbers) or "rupiah" (swadaya in rupiah, decimals allowed).
  --force         allow overwriting an existing --out file.

Exit codes: 0 done; 2 wrong options, file cannot be used, refused, or the "${K}" sheet has
mistakes (each printed with its cell; nothing is written).
`,
    helpAudit: `iku audit: runs the input validation (${TERMS_ID.validate}) and the formula audit (${TERMS_ID.audit})
on one or many workbooks.

Usage:
  iku audit FILE.xlsx [FILE …] [--json]

Options:
  --json   print one JSON object: {"files":[{"file":…,"catalogue":{"source","sheet",
           "indicators"},"findings":[{"sheet","cell","indicator","rule","severity",
           "message"}]}]}; "source" is "builtin" or "katalog"; a file that cannot be used
           gets an "error" field.

Files larger than ${l.fileMb} MB, encrypted, damaged or not .xlsx are reported and skipped; the
other files are still checked. Progress goes to stderr when there is more than one file.
Finding messages are in English too.

Each file is checked in a separate process with a memory cap (default ${l.memoryMb} MB, set with
IKU_AUDIT_MEMORY_MB) and a time limit (default ${l.timeoutSeconds} s, IKU_AUDIT_TIMEOUT): a file over either is
reported and the other files are still checked. Each file's result is written when it is done.

Each file is checked with its own catalogue: its "${K}" sheet when it has one, else the
built-in catalogue; the catalogue used is printed under the file's name. A "${K}" sheet with
mistakes is reported (each mistake with its cell) and that file is not checked further.

Exit codes: 0 no ${SV.error.one} finding; 1 some file has an ${SV.error.one} finding; 3 some workbook has no IKU
sheet (rule workbook.noIkuSheet: nothing was checked); 2 some file cannot be used or its "${K}"
sheet has mistakes (or wrong options); 141 the output was closed before the end (e.g. | head).
2 wins over 3, 3 over 1.
`,
    helpKatalog: `iku katalog: writes a new workbook with a "${K}" sheet: the table of indicators (Kode,
Sasaran, Indikator, Jenis, Komponen 1–3, Satuan, Polaritas, …) that staff edit in Excel, then
used by the add-in and by iku generate. The add-in's help page describes the format.

Usage:
  iku katalog --out FILE.xlsx [--kosong] [--force]

Options:
  --out FILE   new workbook to write (.xlsx). An existing file is not overwritten unless
               --force is given.
  --kosong     an empty table with one example row (default: the built-in catalogue,
               ${T.indicators(f.indicators)}).
  --force      allow overwriting an existing --out file.

Then: iku generate --katalog FILE.xlsx --out IKU.xlsx, or copy the "${K}" sheet into your IKU
workbook (the add-in and iku generate --update use it).

Exit codes: 0 done; 2 wrong options or the file cannot be written.
`,
    unknownCommand: (cmd) => `Unknown command: "${cmd}".`,
    noCommand: "No command given.",
    seeHelp: (cmd) => `See: iku ${cmd ? cmd + " " : ""}--help`,
    unknownOption: (o) => `Unknown option: ${o}`,
    missingValue: (o) => `Option ${o} needs a value.`,
    unexpectedArg: (a) => `Unexpected argument: "${a}".`,
    missingOutOrUpdate: "Give --out FILE.xlsx (a new file) or --update FILE.xlsx.",
    bothOutAndUpdate: "--out and --update cannot be used together.",
    notXlsxName: (file) => `File name ${file} must end in .xlsx.`,
    badMode: (t) => `Unknown formula mode "${t}": choose "excel" or "iku".`,
    outExists: (file) =>
      `File ${file} already exists and is not overwritten. Use --force to overwrite it, or --update to regenerate the ${T.ikuSheet} inside it.`,
    outDirMissing: (d) => `Folder ${d} does not exist.`,
    generated: (file, s, n, m, c) =>
      `Sheet "${s}" (${T.indicators(n)} from ${catalogueWords(c)}, ${m} formulas) written to ${file}.`,
    updated: (file, s, k, n, c) =>
      `Sheet "${s}" in ${file} regenerated (${T.indicators(n)} from ${catalogueWords(c)}); ${k} inputs/targets kept.`,
    yearValuesMoved: (n, codes) =>
      `This sheet was made before quarterly realisasi: ${n} typed year values moved to their component's TW IV input (${codes.join(", ")}), so the year's realisasi and capaian stay the same. Fill in TW I–III where you have the data.`,
    catalogueWords,
    katalogMissingOut: "Give --out FILE.xlsx (the new file to write).",
    katalogOutExists: (file) =>
      `File ${file} already exists and is not overwritten. Use --force to overwrite it, or choose another name.`,
    katalogWritten: (file, n, empty) =>
      empty
        ? `Sheet "${K}" (empty, with one example row) written to ${file}. Fill in its table, then: iku generate --katalog ${file} --out IKU.xlsx`
        : `Sheet "${K}" (${T.indicators(n)} from the built-in catalogue) written to ${file}. Edit its table, then: iku generate --katalog ${file} --out IKU.xlsx`,
    noKatalogSheet: (file, sheet) => `File ${file} has no "${sheet}" sheet.`,
    katalogMistakes: (file, problems) =>
      [
        `The catalogue sheet in ${file} has ${problems.length} mistake(s); nothing was written. Fix them and try again:`,
        ...problems.map((p) => `  ${p.sheet}!${p.cell}: ${p.message}`),
      ].join("\n"),
    katalogCopied: (sheet) =>
      `Sheet "${sheet}" copied into that workbook, so later checks use the same catalogue.`,
    katalogNotCopied: (sheet) =>
      `Note: the "${sheet}" sheet was not copied because the workbook structure is protected; the add-in and iku audit read this file with the built-in catalogue until that sheet is added.`,
    katalogKept: (file, sheet, from) =>
      `Note: the "${sheet}" sheet already in ${file} was not changed (the catalogue of ${from} was used for this generation only); the add-in and iku audit read ${file} with its own "${sheet}" sheet.`,
    katalogValidation: {
      jenisTitle: "Jenis",
      jenisPrompt: (a) => `How the result is computed: ${a}.`,
      polaritasTitle: "Polaritas",
      polaritasPrompt: (a) => `${a}; empty means positif (higher is better).`,
      error: (column, a) => `Unknown ${column}; choose ${a}.`,
    },
    auditCatalogue: (c, n) =>
      `Catalogue: ${catalogueWords(c)}${n === undefined ? "" : ` (${T.indicators(n)})`}`,
    katalogBroken: (file, sheet, count) =>
      `${file}: the "${sheet}" sheet has ${count} mistake(s); the file is not checked further until the catalogue is fixed.`,
    userNotes: (file, s, notes) =>
      `Sheet "${s}" in ${file} was not changed: regenerating it would remove what was typed inside the table, ` +
      `in cells the new table writes: ${notesList({ code: "userNotes", notes }, "and", "more cells")}. ` +
      `Move those notes outside the table, or run again with --hapus-catatan to remove them.`,
    notesRemoved: (notes) =>
      `Notes removed (--hapus-catatan): ${notesList({ code: "userNotes", notes }, "and", "more cells")}.`,
    notesOnlyWithUpdate: "--hapus-catatan only applies with --update.",
    foreignSheet: (s) => `${h.foreignSheet(`"${s}"`)} Choose another name with --sheet.`,
    severalYears: (file, years) =>
      `${file} holds ${T.ikuSheet}s of several years (${years.map((y) => `${y.tahun}: "${y.sheet}"`).join(", ")}). ` +
      `Say which year to update with --tahun.`,
    otherIkuSheet: (m, _r, tahun) =>
      `${h.otherIkuSheet(`"${m}"`, tahun)} Update that sheet (--sheet "${m}") or choose another year.`,
    unsupportedContent: (file, features) =>
      `${file} contains parts that iku generate --update cannot keep: ${features.join("; ")}. ` +
      `The file was not changed. Update the ${T.ikuSheet} with the add-in in Excel, or write a new file with --out.`,
    unsupported: {
      across: (what, ref) => `${what} ${ref} crosses the edge of the IKU table`,
      merge: "merged cells",
      validation: "data validation",
      format: "conditional formatting",
      hidden: (a) =>
        `cell ${a} (typed by hand) would be hidden under a merged cell of the new table`,
      shared: (a) => `cell ${a}: a shared formula whose first cell is in the IKU table`,
      table: `an Excel table on the ${T.ikuSheet}`,
      element: (n) => `unknown part <${n}> of the ${T.ikuSheet}`,
      structure: "the workbook structure is protected (a sheet cannot be added)",
      strict: "the workbook is saved as Strict Open XML",
    },
    writeFailed: (file, d) =>
      `Could not write ${file}: ${WRITE_ERROR[d] ?? d}. The file was not changed.`,
    noFiles: "Give at least one .xlsx file to check.",
    fileProblem: (code, file, d) => FILE_PROBLEM[code](file, d ?? "", l),
    progress: (i, n, file) => `[${i}/${n}] ${file}`,
    fileHeader: (file) => `== ${file} ==`,
    noFindings: "No findings.",
    tableHeads: [c.sheet, c.cell, c.indicator, c.severity, c.rule, c.message],
    severity: (s) => SV[s].one,
    fileSummary: (e, w) => `${severityCount(T, "error", e)}, ${severityCount(T, "warning", w)}.`,
    total: (files, e, w, u) =>
      `Total: ${files} file(s), ${e} ${SV.error.one}(s), ${w} ${SV.warning.one}(s), ${u} file(s) could not be used.`,
    unusable: (m) => `CANNOT BE USED: ${m}`,
    noIkuSheet: `${h.noIkuSheet} Nothing was checked (no IKU_LEMBAR or other IKU names).`,
    noIkuSheetFiles: (files) =>
      `Without an ${T.ikuSheet} (not checked, exit code 3): ${files.length} file(s):\n${files.map((x) => "  " + x).join("\n")}`,
    pipeClosed:
      "iku: the output was closed before the end (e.g. by | head); the audit was stopped.",
    notChanged: "The file was not changed.",
    updateOutOfMemory: (file, mb) =>
      `File ${file} is too large to update within the ${mb} MB memory limit (set IKU_AUDIT_MEMORY_MB). The file was not changed.`,
    internalError: (d) => `Internal error in iku: ${d}`,
    formErrors,
    lkjip: LKJIP_EN,
    renstra: RENSTRA_CLI_EN,
  };
}
