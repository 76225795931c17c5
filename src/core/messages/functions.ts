/**
 * Messages of the calculation core (custom functions and cached results). Indonesian, because
 * Excel shows a custom function's message as it is, whatever the display language.
 * `arg` is the parameter name the user sees in Excel's formula tooltip.
 */
export const functionMessages = {
  empty: (arg: string) => `Argumen '${arg}' belum diisi.`,
  /** A quarter of an akumulasi component holds a text or TRUE/FALSE (src/core/sheet/quarters). */
  quarterNotNumber:
    "Salah satu triwulan berisi teks atau TRUE/FALSE, bukan angka; jumlahnya tidak dapat dihitung.",
  notNumber: (arg: string, got: string) => `Argumen '${arg}' harus berupa angka, bukan ${got}.`,
  negative: (arg: string) => `Argumen '${arg}' tidak boleh negatif.`,
  notWhole: (arg: string) => `Argumen '${arg}' harus bilangan bulat tanpa desimal, misalnya 45.`,
  /** Outside a value type's bounds (src/core/rules/value-types.ts). */
  outOfRange: (arg: string, min: number, max?: number) =>
    max === undefined
      ? `Argumen '${arg}' harus bernilai ${bound(min)} atau lebih.`
      : `Argumen '${arg}' harus bernilai antara ${bound(min)} dan ${bound(max)}.`,
  subsetLarger: (part: string, whole: string) =>
    `'${part}' tidak boleh lebih besar daripada '${whole}' (bagian melebihi keseluruhan).`,
  divByZero: (arg: string) =>
    `Argumen '${arg}' bernilai 0 sehingga pembagian tidak dapat dilakukan.`,
  rangeOrder: (arg: string) =>
    `Rentang '${arg}' tidak valid: batas bawah lebih besar daripada batas atas.`,
  decimals: (arg: string, max: number) =>
    `Argumen '${arg}' harus bilangan bulat dari 0 sampai ${max}.`,
  boundsNotNumbers: (arg: string) => `Argumen '${arg}' harus berisi angka batas kategori.`,
  boundsOrder: (arg: string) =>
    `Argumen '${arg}' harus berurutan dari batas tertinggi ke terendah, tanpa angka ganda.`,
  labelsNotText: (arg: string) => `Argumen '${arg}' harus berisi teks nama kategori.`,
  labelsCount: (arg: string, count: number) =>
    `Argumen '${arg}' harus berisi ${count} nama kategori (satu lebih banyak daripada batasnya).`,
  unknownPolarity: (arg: string, got: string) =>
    `Argumen '${arg}' harus "positif" atau "negatif", bukan "${got}".`,
  tooManyArgs: (fn: string, max: number) => `Fungsi ${fn} menerima paling banyak ${max} argumen.`,
  noArgs: (fn: string) => `Fungsi ${fn} memerlukan paling sedikit satu argumen.`,
  tooLarge: () =>
    "Hasil terlalu besar untuk dihitung (melebihi batas angka Excel); periksa argumennya.",
  unknownFunction: (fn: string) => `Fungsi ${fn} tidak dikenal.`,
  internal: (fn: string) => `Terjadi kesalahan internal pada fungsi ${fn}.`,
} as const;

/** A bound as Indonesian Excel shows it (decimal comma). */
function bound(value: number): string {
  return String(value).replace(".", ",");
}

/** How the type of a wrong value is named in messages. */
export function describeValueType(value: unknown): string {
  if (typeof value === "string")
    return `teks "${value.length > 20 ? value.slice(0, 20) + "…" : value}"`;
  if (typeof value === "boolean") return `nilai logika ${value ? "TRUE" : "FALSE"}`;
  // Only non-finite numbers reach here: NaN is "not a number", not an infinite one.
  if (typeof value === "number")
    return Number.isNaN(value) ? "nilai yang bukan angka (NaN)" : "angka tak hingga";
  if (Array.isArray(value)) return "rentang sel";
  return "nilai yang tidak dikenal";
}
