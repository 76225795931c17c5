/**
 * Messages of the calculation core (custom functions and cached results). Indonesian, because
 * Excel shows a custom function's message as it is, whatever the display language.
 * `arg` is the parameter name the user sees in Excel's formula tooltip.
 */
export const functionMessages = {
  empty: (arg: string) => `Argumen '${arg}' belum diisi.`,
  notNumber: (arg: string, got: string) => `Argumen '${arg}' harus berupa angka, bukan ${got}.`,
  negative: (arg: string) => `Argumen '${arg}' tidak boleh negatif.`,
  notWhole: (arg: string) => `Argumen '${arg}' harus bilangan bulat (jumlah/cacah).`,
  scoreRange: (arg: string) => `Argumen '${arg}' harus bernilai antara 0 dan 100.`,
  subsetLarger: (part: string, whole: string) =>
    `'${part}' tidak boleh lebih besar dari '${whole}' (bagian melebihi keseluruhan).`,
  divByZero: (arg: string) => `Argumen '${arg}' bernilai 0, pembagian dengan nol.`,
  unknownPolarity: (arg: string, got: string) =>
    `Argumen '${arg}' harus "positif" atau "negatif", bukan "${got}".`,
  tooManyArgs: (fn: string, max: number) => `Fungsi ${fn} menerima paling banyak ${max} argumen.`,
  noArgs: (fn: string) => `Fungsi ${fn} memerlukan paling sedikit satu argumen.`,
  tooLarge: () =>
    "Hasil terlalu besar untuk dihitung (melebihi batas angka Excel); periksa argumennya.",
  unknownFunction: (fn: string) => `Fungsi ${fn} tidak dikenal.`,
  internal: (fn: string) => `Terjadi kesalahan internal pada fungsi ${fn}.`,
} as const;

/** How the type of a wrong value is named in messages. */
export function describeValueType(value: unknown): string {
  if (typeof value === "string")
    return `teks "${value.length > 20 ? value.slice(0, 20) + "…" : value}"`;
  if (typeof value === "boolean") return `nilai logika ${value ? "TRUE" : "FALSE"}`;
  if (typeof value === "number") return "angka tak hingga";
  if (Array.isArray(value)) return "rentang sel";
  return "nilai yang tidak dikenal";
}
