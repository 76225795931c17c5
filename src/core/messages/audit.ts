import type { RuleInfo } from "./validation";

/**
 * Rules and Indonesian messages of "Audit Rumus" (formula audit). Stable ids, fixed severities,
 * short labels for the "aturan" column. `where` names the cell's role and indicator, e.g.
 * `Hasil IKU 6`.
 */

export type AuditRuleId =
  | "formula.overwritten"
  | "formula.cleared"
  | "formula.wrongFunction"
  | "formula.swappedArguments"
  | "formula.wrongReference"
  | "formula.a1Reference"
  | "formula.blankUnguarded"
  | "formula.hardcodedNumber"
  | "formula.modified"
  | "formula.addinNotLoaded"
  | "formula.unknownName"
  | "formula.errorValue"
  | "formula.unknownFunction"
  | "formula.argCount"
  | "formula.refEmpty"
  | "formula.refText"
  | "formula.mixedConstant"
  | "name.missing"
  | "name.broken"
  | "name.moved";

export const AUDIT_RULES: Record<AuditRuleId, RuleInfo> = {
  "formula.overwritten": { severity: "error", label: "Rumus ditimpa nilai" },
  "formula.cleared": { severity: "error", label: "Rumus dihapus" },
  "formula.wrongFunction": { severity: "error", label: "Fungsi salah" },
  "formula.swappedArguments": { severity: "error", label: "Argumen tertukar" },
  "formula.wrongReference": { severity: "error", label: "Rujukan sel salah" },
  "formula.a1Reference": { severity: "warning", label: "Rujukan A1, bukan nama" },
  "formula.blankUnguarded": { severity: "warning", label: "Isian kosong tanpa pelindung" },
  "formula.hardcodedNumber": { severity: "error", label: "Angka tetap dalam rumus" },
  "formula.modified": { severity: "error", label: "Rumus diubah" },
  "formula.addinNotLoaded": { severity: "error", label: "Add-in IKU tidak dimuat" },
  "formula.unknownName": { severity: "error", label: "Nama tidak dikenal" },
  "formula.errorValue": { severity: "warning", label: "Hasil berupa nilai kesalahan" },
  "formula.unknownFunction": { severity: "error", label: "Fungsi IKU tidak dikenal" },
  "formula.argCount": { severity: "error", label: "Jumlah argumen salah" },
  "formula.refEmpty": { severity: "warning", label: "Merujuk sel kosong" },
  "formula.refText": { severity: "error", label: "Merujuk sel teks" },
  "formula.mixedConstant": { severity: "warning", label: "Hasil IKU dicampur konstanta" },
  "name.missing": { severity: "error", label: "Nama hilang" },
  "name.broken": { severity: "error", label: "Nama rusak" },
  "name.moved": { severity: "error", label: "Nama menunjuk sel lain" },
};

const list = (items: readonly string[]) => items.join(", ");

export const auditMessages = {
  /** Role words of a plan cell, e.g. "Hasil IKU 6". */
  where: (role: "result" | "capaian" | "kategori", order: number) =>
    `${{ result: "Realisasi", capaian: "Capaian", kategori: "Kategori capaian" }[role]} IKU ${order}`,
  staffWhere: (sheet: string, address: string) => `Sel ${sheet}!${address}`,
  overwritten: (where: string, value: string) =>
    `${where} berisi angka yang diketik langsung ${value}, bukan rumus: hasilnya tidak lagi mengikuti data masukan. Kembalikan rumus yang diharapkan.`,
  cleared: (where: string) =>
    `${where} kosong: rumusnya terhapus. Kembalikan rumus yang diharapkan.`,
  wrongFunction: (where: string, found: readonly string[], expected: readonly string[]) =>
    `${where} memanggil ${found.length ? list(found) : "tidak ada fungsi"}${
      expected.length
        ? `, seharusnya ${list(expected)}`
        : ", padahal rancangan tidak memakai fungsi itu"
    }.`,
  swapped: (where: string, found: readonly string[], expected: readonly string[]) =>
    `${where}: urutan argumen tertukar (${list(found)}); seharusnya ${list(expected)}, misalnya pembilang dan penyebut terbalik.`,
  wrongReference: (where: string, extra: readonly string[], missing: readonly string[]) =>
    `${where} merujuk ${extra.length ? list(extra) : "sel lain"}${
      missing.length ? ` alih-alih ${list(missing)}` : ""
    }: bukan sel masukan indikator ini.`,
  a1Reference: (where: string, refs: readonly string[]) =>
    `${where} merujuk sel yang benar dengan alamat A1 (${list(refs)}), bukan dengan nama IKU; hasilnya benar, tetapi rumus tidak lagi sama dengan rancangan dan mudah rusak bila disalin.`,
  blankUnguarded: (where: string) =>
    `${where} memanggil fungsi IKU tanpa pelindung isian kosong IF(ISBLANK(…);"";…) (lembar dari versi add-in lama atau rumus diketik ulang): di Excel desktop sel kosong dihitung sebagai 0 sehingga indikator yang belum diisi tampak 0 / "Sangat Rendah", di Excel untuk web hasilnya #N/A. Buat ulang lembar IKU untuk memulihkan rumus yang diharapkan.`,
  hardcodedNumber: (where: string, numbers: readonly string[]) =>
    `${where} memuat angka tetap ${list(numbers)} yang tidak ada dalam rumus IKU (misalnya dikali 1,1): hasil tidak murni dari data.`,
  modified: (where: string) =>
    `${where}: rumus berbeda dari rancangan add-in (operator, teks atau susunannya diubah). Periksa dan kembalikan rumus yang diharapkan.`,
  addinNotLoaded: (where: string) =>
    `${where} menampilkan #NAME?: add-in IKU tidak dimuat / fungsi IKU tidak dikenal di Excel ini. Muat add-in IKU, atau buat ulang lembar dengan mode rumus Excel biasa.`,
  unknownName: (where: string, names: readonly string[]) =>
    `${where} menampilkan #NAME?: rumus memakai nama ${list(names)} yang tidak ada di buku kerja ini.`,
  errorValue: (where: string, value: string) =>
    `${where} menampilkan ${value} padahal data masukannya lengkap dan valid; periksa rumus dan sel yang dirujuknya.`,
  unknownFunction: (fn: string) =>
    `Fungsi ${fn} tidak ada dalam add-in IKU (salah ketik nama fungsi?).`,
  argCount: (fn: string, expected: string, got: number) =>
    `Fungsi ${fn} menerima ${expected} argumen, tetapi diberi ${got}.`,
  arityWords: (min: number, max: number | null) =>
    max === null ? `paling sedikit ${min}` : min === max ? `${min}` : `${min}–${max}`,
  refEmpty: (fn: string, param: string, cells: readonly string[]) =>
    `Argumen '${param}' dari ${fn} merujuk sel kosong ${list(cells)}: di Excel desktop sel kosong dikirim ke fungsi sebagai 0 (hasilnya angka, mis. 0 %, seolah sudah diisi), di Excel untuk web sebagai kosong (hasilnya #N/A "… belum diisi"). Isi selnya, atau bungkus argumennya, mis. IF(ISBLANK(A1);"";A1), agar hasilnya #N/A di semua Excel.`,
  refText: (fn: string, param: string, cells: readonly string[]) =>
    `Argumen '${param}' dari ${fn} merujuk sel berisi teks ${list(cells)}; fungsi IKU memerlukan angka.`,
  mixedConstant: (numbers: readonly string[]) =>
    `Rumus ini mencampur hasil IKU dengan angka tetap ${list(numbers)}; hasil IKU sebaiknya dipakai apa adanya.`,
  nameMissing: (name: string, sheet: string) =>
    `Nama ${name} tidak ada di buku kerja; rumus lembar "${sheet}" yang memakainya menampilkan #NAME?. Buat ulang lembar IKU untuk memulihkannya.`,
  markerMissing: (name: string) =>
    `Nama penanda ${name} tidak ada di buku kerja; lembar IKU dikenali dari nama-nama IKU lainnya. Buat ulang lembar IKU untuk memulihkan penandanya.`,
  nameBroken: (name: string, refersTo: string) =>
    `Nama ${name} rusak (merujuk ${refersTo}); sel yang dituju sudah terhapus.`,
  nameOtherSheet: (name: string, refersTo: string, sheet: string) =>
    `Nama ${name} menunjuk ${refersTo}, di luar lembar IKU "${sheet}".`,
  nameMoved: (name: string, found: string, expected: string) =>
    `Nama ${name} menunjuk ${found}, padahal menurut susunan lembar seharusnya ${expected}.`,
} as const;

/**
 * The same messages in English (same keys and arguments), for an Excel whose display language
 * is not Indonesian. Numbers reach them already formatted (the audit formats them per language).
 */
export const auditMessagesEn: {
  [K in keyof typeof auditMessages]: (typeof auditMessages)[K];
} = {
  where: (role, order) =>
    `${{ result: "Result", capaian: "Achievement", kategori: "Achievement category" }[role]} of IKU ${order}`,
  staffWhere: (sheet, address) => `Cell ${sheet}!${address}`,
  overwritten: (where, value) =>
    `${where} holds the number ${value} typed in directly, not a formula: it no longer follows the input data. Put back the expected formula.`,
  cleared: (where) => `${where} is empty: its formula was deleted. Put back the expected formula.`,
  wrongFunction: (where, found, expected) =>
    `${where} calls ${found.length ? list(found) : "no function"}${
      expected.length ? `; it should call ${list(expected)}` : ", which the design does not use"
    }.`,
  swapped: (where, found, expected) =>
    `${where}: the arguments are in the wrong order (${list(found)}); it should be ${list(expected)}, e.g. numerator and denominator swapped.`,
  wrongReference: (where, extra, missing) =>
    `${where} refers to ${extra.length ? list(extra) : "another cell"}${
      missing.length ? ` instead of ${list(missing)}` : ""
    }: not an input cell of this indicator.`,
  a1Reference: (where, refs) =>
    `${where} refers to the right cells by A1 address (${list(refs)}), not by IKU name; the result is right, but the formula no longer matches the design and breaks easily when copied.`,
  blankUnguarded: (where) =>
    `${where} calls an IKU function without the blank-input guard IF(ISBLANK(…),"",…) (a sheet from an older add-in version, or a formula typed again): in Excel desktop an empty cell counts as 0, so an indicator not filled in yet shows 0 / "Sangat Rendah"; in Excel on the web the result is #N/A. Generate the IKU sheet again to restore the expected formulas.`,
  hardcodedNumber: (where, numbers) =>
    `${where} contains the fixed number ${list(numbers)}, which is not in the IKU formula (e.g. multiplied by 1.1): the result no longer comes from the data alone.`,
  modified: (where) =>
    `${where}: the formula differs from the add-in's design (an operator, text or its structure was changed). Check it and put back the expected formula.`,
  addinNotLoaded: (where) =>
    `${where} shows #NAME?: the IKU add-in is not loaded / this Excel does not know the IKU functions. Load the IKU add-in, or generate the sheet again in plain Excel formula mode.`,
  unknownName: (where, names) =>
    `${where} shows #NAME?: the formula uses the name ${list(names)}, which does not exist in this workbook.`,
  errorValue: (where, value) =>
    `${where} shows ${value} although its input data are complete and valid; check the formula and the cells it refers to.`,
  unknownFunction: (fn) =>
    `The function ${fn} is not part of the IKU add-in (a typo in the name?).`,
  argCount: (fn, expected, got) =>
    `The function ${fn} takes ${expected} argument${expected === "1" ? "" : "s"}, but was given ${got}.`,
  arityWords: (min, max) =>
    max === null ? `at least ${min}` : min === max ? `${min}` : `${min}–${max}`,
  refEmpty: (fn, param, cells) =>
    `Argument '${param}' of ${fn} refers to the empty cell ${list(cells)}: Excel desktop passes an empty cell to the function as 0 (the result is a number, e.g. 0 %, as if it were filled in), Excel on the web as blank (the result is #N/A "… not filled in yet"). Fill in the cell, or wrap the argument, e.g. IF(ISBLANK(A1),"",A1), so that the result is #N/A in every Excel.`,
  refText: (fn, param, cells) =>
    `Argument '${param}' of ${fn} refers to the text cell ${list(cells)}; IKU functions need numbers.`,
  mixedConstant: (numbers) =>
    `This formula mixes an IKU result with the fixed number ${list(numbers)}; an IKU result is best used as it is.`,
  nameMissing: (name, sheet) =>
    `The name ${name} does not exist in the workbook; the formulas of sheet "${sheet}" that use it show #NAME?. Generate the IKU sheet again to restore it.`,
  markerMissing: (name) =>
    `The marker name ${name} does not exist in the workbook; the IKU sheet was recognized by its other IKU names. Generate the IKU sheet again to restore the marker.`,
  nameBroken: (name, refersTo) =>
    `The name ${name} is broken (it refers to ${refersTo}); the cell it pointed to was deleted.`,
  nameOtherSheet: (name, refersTo, sheet) =>
    `The name ${name} points to ${refersTo}, outside the IKU sheet "${sheet}".`,
  nameMoved: (name, found, expected) =>
    `The name ${name} points to ${found}, but by the sheet's layout it should be ${expected}.`,
};

/** The audit's messages in the user's language. */
export function auditMessagesOf(lang: "id" | "en" = "id"): typeof auditMessages {
  return lang === "en" ? auditMessagesEn : auditMessages;
}

/** English labels of the audit rules (pane, report and CLI in English). */
export const AUDIT_RULE_LABELS_EN: Record<AuditRuleId, string> = {
  "formula.overwritten": "Formula overwritten by a value",
  "formula.cleared": "Formula deleted",
  "formula.wrongFunction": "Wrong function",
  "formula.swappedArguments": "Arguments swapped",
  "formula.wrongReference": "Wrong cell reference",
  "formula.a1Reference": "A1 reference, not a name",
  "formula.blankUnguarded": "Blank input not guarded",
  "formula.hardcodedNumber": "Fixed number in the formula",
  "formula.modified": "Formula changed",
  "formula.addinNotLoaded": "IKU add-in not loaded",
  "formula.unknownName": "Unknown name",
  "formula.errorValue": "Result is an error value",
  "formula.unknownFunction": "Unknown IKU function",
  "formula.argCount": "Wrong number of arguments",
  "formula.refEmpty": "Refers to an empty cell",
  "formula.refText": "Refers to a text cell",
  "formula.mixedConstant": "IKU result mixed with a constant",
  "name.missing": "Name missing",
  "name.broken": "Name broken",
  "name.moved": "Name points to another cell",
};
