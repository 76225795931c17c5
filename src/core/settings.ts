import { z } from "zod/mini";
import type { FormErrorKey } from "./messages/settings";
import type { FormulaMode, SheetSettings } from "./sheet/types";

/*
 * The generate form as typed (all text), validated with zod/mini. Messages are i18n keys so the
 * schema does not depend on the pane's language.
 */

export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;
export const NAMA_MAX = 150;
/** Excel's limit for worksheet names. */
export const SHEET_NAME_MAX = 31;

function err(key: FormErrorKey): { error: FormErrorKey } {
  return { error: key };
}

const Tahun = z.string().check(
  z.refine((s) => s.trim() !== "", err("tahunRequired")),
  z.refine((s) => s.trim() === "" || /^\d+$/.test(s.trim()), err("tahunInteger")),
  z.refine((s) => {
    const t = s.trim();
    if (!/^\d+$/.test(t)) return true; // reported by the integer rule
    const n = Number(t);
    return n >= TAHUN_MIN && n <= TAHUN_MAX;
  }, err("tahunRange"))
);

const Nama = z.string().check(
  z.refine((s) => s.trim() !== "", err("namaRequired")),
  z.refine((s) => s.trim().length <= NAMA_MAX, err("namaTooLong"))
);

/** Excel's worksheet-name rules, every one reported (not only the first). */
const SheetName = z.string().check(
  z.refine((s) => s.trim() !== "", err("sheetRequired")),
  z.refine((s) => s.length <= SHEET_NAME_MAX, err("sheetTooLong")),
  z.refine((s) => !/[:\\/?*[\]]/.test(s), err("sheetBadChars")),
  z.refine((s) => !s.startsWith("'") && !s.endsWith("'"), err("sheetApostrophe")),
  z.refine((s) => s.trim().toLowerCase() !== "history", err("sheetReserved"))
);

export const SettingsForm = z.object({
  tahun: Tahun,
  namaPerangkatDaerah: Nama,
  sheetName: SheetName,
  mode: z.enum(["iku", "excel"], err("modeInvalid")),
});
export type SettingsForm = z.infer<typeof SettingsForm>;

export type SettingsField = keyof SettingsForm;
export type FieldErrors = Partial<Record<SettingsField, FormErrorKey[]>>;

export type SettingsCheck =
  { ok: true; settings: SheetSettings; errors: FieldErrors } | { ok: false; errors: FieldErrors };

const FIELDS: readonly SettingsField[] = ["tahun", "namaPerangkatDaerah", "sheetName", "mode"];

function isFormErrorKey(message: string): message is FormErrorKey {
  return /^(tahun|nama|sheet|mode)[A-Z]/.test(message);
}

/** Validates the form and, when valid, returns the settings the host needs. */
export function checkSettings(form: SettingsForm): SettingsCheck {
  const parsed = SettingsForm.safeParse(form);
  if (parsed.success) {
    const data = parsed.data;
    return {
      ok: true,
      errors: {},
      settings: {
        tahun: Number(data.tahun.trim()),
        namaPerangkatDaerah: data.namaPerangkatDaerah.trim(),
        sheetName: data.sheetName,
        mode: data.mode as FormulaMode,
      },
    };
  }
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || !(FIELDS as readonly string[]).includes(field)) continue;
    const key: FormErrorKey = isFormErrorKey(issue.message) ? issue.message : "modeInvalid";
    const list = (errors[field as SettingsField] ??= []);
    if (!list.includes(key)) list.push(key);
  }
  return { ok: false, errors };
}

/** "IKU <tahun>", the default sheet name; the raw text when the year is not a number yet. */
export function defaultSheetName(tahun: string): string {
  return `IKU ${tahun.trim()}`.slice(0, SHEET_NAME_MAX).trimEnd();
}
