/*
 * The generate form's limits and default sheet name, apart from the settings schema
 * (settings.ts): the pane's form and its messages need them for the first paint, and the zod
 * schema loads only after that paint.
 */

export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;
export const NAMA_MAX = 150;
export const LIST_SEPARATOR = ";";

/** Excel's limit for worksheet names. */
export const SHEET_NAME_MAX = 31;

/** "IKU <tahun>", the default sheet name; the raw text when the year is not a number yet. */
export function defaultSheetName(tahun: string): string {
  return `IKU ${tahun.trim()}`.slice(0, SHEET_NAME_MAX).trimEnd();
}
