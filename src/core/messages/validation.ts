import type { Severity } from "../grid";

/**
 * Rules and Indonesian messages of "Periksa Data" (input validation). Each rule has a stable id
 * (used by the pane, the report, the CLI and the golden tests), a fixed severity and a short
 * label for the "aturan" column. `what` is the cell's description built from the catalogue,
 * e.g. `"Jumlah PPKS" (IKU 3)` or `Target IKU 3`.
 */

export type ValidationRuleId =
  | "input.notFound"
  | "input.empty"
  | "input.errorValue"
  | "input.numberAsText"
  | "input.text"
  | "input.negative"
  | "input.notWhole"
  | "input.scoreRange"
  | "input.zeroDenominator"
  | "input.subsetLarger"
  | "input.validationRule"
  | "target.empty"
  | "target.zero"
  | "target.rangeOrder"
  | "target.predikatNotAllowed"
  | "renstra.period"
  | "renstra.outsidePeriod"
  | "renstra.direction";

export interface RuleInfo {
  severity: Severity;
  /** Short Indonesian name of the rule (report column "Aturan", pane filter). */
  label: string;
}

export const VALIDATION_RULES: Record<ValidationRuleId, RuleInfo> = {
  "input.notFound": { severity: "error", label: "Sel masukan tidak ditemukan" },
  "input.empty": { severity: "warning", label: "Belum diisi" },
  "input.errorValue": { severity: "error", label: "Nilai kesalahan" },
  "input.numberAsText": { severity: "error", label: "Angka tersimpan sebagai teks" },
  "input.text": { severity: "error", label: "Bukan angka" },
  "input.negative": { severity: "error", label: "Angka negatif" },
  "input.notWhole": { severity: "error", label: "Bukan bilangan bulat" },
  "input.scoreRange": { severity: "error", label: "Nilai di luar 0–100" },
  "input.zeroDenominator": { severity: "error", label: "Penyebut nol" },
  "input.subsetLarger": { severity: "error", label: "Bagian melebihi keseluruhan" },
  "input.validationRule": { severity: "error", label: "Ditolak validasi data" },
  "target.empty": { severity: "warning", label: "Target kosong" },
  "target.zero": { severity: "warning", label: "Target nol" },
  "target.rangeOrder": { severity: "error", label: "Rentang target terbalik" },
  "target.predikatNotAllowed": { severity: "error", label: "Predikat bukan target indikator ini" },
  "renstra.period": { severity: "error", label: "Periode indikator Renstra salah" },
  "renstra.outsidePeriod": { severity: "warning", label: "Target di luar periode indikator" },
  "renstra.direction": { severity: "warning", label: "Kondisi akhir berlawanan arah" },
};

/** How a value is quoted in messages (long text is cut). */
export function quoteValue(value: unknown): string {
  const text = String(value);
  return `"${text.length > 30 ? text.slice(0, 30) + "…" : text}"`;
}

export const validationMessages = {
  notFound: (what: string, name: string) =>
    `${what}: sel masukan tidak ditemukan karena nama ${name} hilang atau rusak. Buat ulang lembar IKU atau perbaiki nama di Manajer Nama (Name Manager).`,
  empty: (what: string) => `${what} belum diisi; hasil indikator belum dapat dihitung.`,
  /** No quarter of a component is filled in (said on its TW I cell). */
  quarterNone: (what: string) =>
    `${what} belum diisi untuk triwulan mana pun; hasil indikator belum dapat dihitung.`,
  /** A quarter left blank while a later one is filled. */
  quarterGap: (what: string, later: string) =>
    `${what} kosong padahal ${later} sudah diisi; triwulan yang kosong tidak ikut dihitung. Isi 0 bila memang tidak ada.`,
  errorValue: (what: string, value: string) =>
    `${what} berisi nilai kesalahan ${value}; isi dengan angka.`,
  numberAsText: (what: string, text: string, number: string) =>
    `${what} berisi ${text}, tampaknya angka yang tersimpan sebagai teks (dibaca sebagai angka ${number}). Ketik ulang sebagai angka tanpa tanda petik atau spasi.`,
  text: (what: string, got: string) => `${what} harus berupa angka, bukan ${got}.`,
  negative: (what: string, value: string) => `${what} tidak boleh negatif (berisi ${value}).`,
  notWhole: (what: string, value: string) =>
    `${what} harus bilangan bulat tanpa desimal, misalnya 45, bukan ${value}.`,
  /** Outside a value type's bounds (`max` undefined: no upper bound). */
  outOfRange: (what: string, value: string, min: string, max?: string) =>
    max === undefined
      ? `${what} harus bernilai ${min} atau lebih, bukan ${value}.`
      : `${what} harus bernilai antara ${min} dan ${max}, bukan ${value}.`,
  /** `naHint`: the kind reads 0 of 0 as "tidak ada kejadian" (persentase), so say how. */
  zeroDenominator: (what: string, naHint: boolean) =>
    `${what} bernilai 0 sehingga pembagian tidak dapat dilakukan dan hasil indikator tidak dapat dihitung${
      naHint ? " (bila tidak ada kejadian, isi pembilangnya juga 0)" : ""
    }.`,
  subsetLarger: (part: string, whole: string, partValue: string, wholeValue: string) =>
    `${part} (${partValue}) lebih besar daripada ${whole} (${wholeValue}): bagian tidak boleh melebihi keseluruhan.`,
  validationRule: (what: string, value: string, rule: string) =>
    `${what} berisi ${value}, yang akan ditolak oleh validasi data Excel (${rule}); kemungkinan masuk lewat salin-tempel.`,
  targetEmpty: (what: string) => `${what} kosong; capaian tidak dapat dihitung.`,
  targetZero: (what: string) =>
    `${what} bernilai 0 sehingga pembagian tidak dapat dilakukan; capaian tidak dapat dihitung.`,
  targetRangeOrder: (what: string, value: string) =>
    `${what} berisi rentang ${value} yang batas bawahnya lebih besar daripada batas atasnya; tulis dari yang kecil, misalnya 80-85.`,
  targetPredikatNotAllowed: (what: string, value: string) =>
    `${what} berisi predikat ${value}; predikat SAKIP hanya dapat menjadi target Nilai SAKIP (IKU 1). Isi angka atau rentang seperti 80-85.`,
  /** Describes a data-validation rule in words. */
  ruleWords: (type: "wholeNumber" | "decimal" | "targetRange", min: number, max?: number) =>
    `${type === "wholeNumber" ? "bilangan bulat" : "angka"} ${
      max === undefined
        ? `≥ ${formatNumber(min)}`
        : `antara ${formatNumber(min)} dan ${formatNumber(max)}`
    }${type === "targetRange" ? " atau rentang seperti 80-85" : ""}`,
  /** How a cell is named: `"Jumlah PPKS" (IKU 3)`. */
  inputWhat: (label: string, order: number) => `"${label}" (IKU ${order})`,
  /** One quarter's cell: `"Jumlah PPKS" TW III (IKU 3)`. */
  quarterWhat: (label: string, roman: string, order: number) =>
    `"${label}" TW ${roman} (IKU ${order})`,
  tw: (roman: string) => `TW ${roman}`,
  targetWhat: (order: number) => `Target IKU ${order}`,
  /** Describes a non-number value. */
  describe: (value: unknown) => {
    if (typeof value === "string") return `teks ${quoteValue(value)}`;
    if (typeof value === "boolean") return `nilai logika ${value ? "TRUE" : "FALSE"}`;
    return quoteValue(value);
  },
} as const;

/** Numbers in messages use the Indonesian decimal comma ("12,5"). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 1e6) / 1e6;
  const [int, frac] = String(Math.abs(rounded)).split(".");
  let grouped = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ".";
    grouped += int[i];
  }
  return `${rounded < 0 ? "-" : ""}${grouped}${frac ? "," + frac : ""}`;
}

/** English labels of the validation rules (pane, report and CLI in English). */
export const VALIDATION_RULE_LABELS_EN: Record<ValidationRuleId, string> = {
  "input.notFound": "Input cell not found",
  "input.empty": "Not filled in",
  "input.errorValue": "Error value",
  "input.numberAsText": "Number stored as text",
  "input.text": "Not a number",
  "input.negative": "Negative number",
  "input.notWhole": "Not a whole number",
  "input.scoreRange": "Value outside 0–100",
  "input.zeroDenominator": "Zero denominator",
  "input.subsetLarger": "Part exceeds the whole",
  "input.validationRule": "Rejected by data validation",
  "target.empty": "Target empty",
  "target.zero": "Target zero",
  "target.rangeOrder": "Target range upside down",
  "target.predikatNotAllowed": "Predikat is not a target of this indicator",
  "renstra.period": "Wrong Renstra indicator period",
  "renstra.outsidePeriod": "Target outside the indicator's period",
  "renstra.direction": "End-of-period target against polarity",
};

/** Numbers in English messages use the decimal point and comma grouping ("1,234.5"). */
export function formatNumberEn(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/**
 * The same messages in English (same keys and arguments), for an Excel whose display language
 * is not Indonesian. `what` is built by inputWhat/targetWhat below, with English labels.
 */
export const validationMessagesEn: {
  [K in keyof typeof validationMessages]: (typeof validationMessages)[K];
} = {
  notFound: (what, name) =>
    `${what}: input cell not found because the name ${name} is missing or broken. Generate the IKU sheet again or fix the name in the Name Manager.`,
  empty: (what) => `${what} is not filled in yet; the indicator's result cannot be calculated.`,
  quarterNone: (what) =>
    `${what} is not filled in for any quarter yet; the indicator's result cannot be calculated.`,
  quarterGap: (what, later) =>
    `${what} is empty although ${later} is filled in; an empty quarter is left out of the year. Enter 0 if there was none.`,
  errorValue: (what, value) => `${what} holds the error value ${value}; enter a number.`,
  numberAsText: (what, text, number) =>
    `${what} holds ${text}, which looks like a number stored as text (read as ${number}). Type it again as a number, without quotes or spaces.`,
  text: (what, got) => `${what} must be a number, not ${got}.`,
  negative: (what, value) => `${what} cannot be negative (it holds ${value}).`,
  notWhole: (what, value) => `${what} must be a whole number (a count), not ${value}.`,
  outOfRange: (what, value, min, max) =>
    max === undefined
      ? `${what} must be ${min} or more, not ${value}.`
      : `${what} must be between ${min} and ${max}, not ${value}.`,
  zeroDenominator: (what, naHint) =>
    `${what} is 0: division by zero, the indicator's result cannot be calculated${
      naHint ? " (if nothing happened, enter 0 in the numerator too)" : ""
    }.`,
  subsetLarger: (part, whole, partValue, wholeValue) =>
    `${part} (${partValue}) is larger than ${whole} (${wholeValue}): a part cannot exceed its whole.`,
  validationRule: (what, value, rule) =>
    `${what} holds ${value}, which Excel's data validation would reject (${rule}); it probably came in by copy and paste.`,
  targetEmpty: (what) => `${what} is empty; the achievement cannot be calculated.`,
  targetZero: (what) => `${what} is 0; the achievement cannot be calculated (division by zero).`,
  targetRangeOrder: (what, value) =>
    `${what} holds the range ${value}, whose lower bound is above its upper bound; write the smaller one first, for example 80-85.`,
  targetPredikatNotAllowed: (what, value) =>
    `${what} holds the predikat ${value}; a SAKIP predikat can only be the target of Nilai SAKIP (IKU 1). Enter a number or a range such as 80-85.`,
  ruleWords: (type, min, max) =>
    `${type === "wholeNumber" ? "whole number" : "number"} ${
      max === undefined
        ? `≥ ${formatNumberEn(min)}`
        : `between ${formatNumberEn(min)} and ${formatNumberEn(max)}`
    }${type === "targetRange" ? " or a range such as 80-85" : ""}`,
  inputWhat: (label, order) => `"${label}" (IKU ${order})`,
  quarterWhat: (label, roman, order) => `"${label}" quarter ${roman} (IKU ${order})`,
  tw: (roman) => `quarter ${roman}`,
  targetWhat: (order) => `Target of IKU ${order}`,
  describe: (value) => {
    if (typeof value === "string") return `the text ${quoteValue(value)}`;
    if (typeof value === "boolean") return `the logical value ${value ? "TRUE" : "FALSE"}`;
    return quoteValue(value);
  },
};
