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
