import { z } from "zod/mini";
import { ATURAN_BAWAAN, DESIMAL_MAKS, isDefaultAturan } from "./aturan";
import type { AturanCapaian, BacaanSwadaya } from "./aturan";
import type { FormErrorKey } from "./messages/types";
import { parseNumberText } from "./validate/numbers";
import type { FormulaMode, SheetSettings } from "./sheet/types";
import {
  LIST_SEPARATOR,
  NAMA_MAX,
  SHEET_NAME_MAX,
  TAHUN_MAX,
  TAHUN_MIN,
  defaultSheetName,
} from "./settings-limits";

/*
 * The generate form as typed (all text), validated with zod/mini. Messages are i18n keys so the
 * schema does not depend on the pane's language.
 */

export { LIST_SEPARATOR, NAMA_MAX, SHEET_NAME_MAX, TAHUN_MAX, TAHUN_MIN };

function err(key: FormErrorKey): { error: FormErrorKey } {
  return { error: key };
}

const Tahun = z.string().check(
  z.refine((s) => s.trim() !== "", err("tahunRequired")),
  // A negative whole number (-1) is a year out of range, not "not a whole number".
  z.refine((s) => s.trim() === "" || /^-?\d+$/.test(s.trim()), err("tahunInteger")),
  z.refine((s) => {
    const t = s.trim();
    if (!/^-?\d+$/.test(t)) return true; // reported by the integer rule
    const n = Number(t);
    return n >= TAHUN_MIN && n <= TAHUN_MAX;
  }, err("tahunRange"))
);

const Nama = z.string().check(
  z.refine((s) => s.trim() !== "", err("namaRequired")),
  z.refine((s) => s.trim().length <= NAMA_MAX, err("namaTooLong")),
  z.refine((s) => !CONTROL_CHARS.test(s), err("namaControlChars"))
);

/** C0 and C1 control characters (tab, new line, …): refused, never silently dropped. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/** Excel's worksheet-name rules, every one reported (not only the first). */
const SheetName = z.string().check(
  z.refine((s) => s.trim() !== "", err("sheetRequired")),
  z.refine((s) => s.length <= SHEET_NAME_MAX, err("sheetTooLong")),
  z.refine((s) => !/[:\\/?*[\]]/.test(s), err("sheetBadChars")),
  z.refine((s) => !CONTROL_CHARS.test(s), err("sheetControlChars")),
  z.refine((s) => !s.startsWith("'") && !s.endsWith("'"), err("sheetApostrophe")),
  z.refine((s) => s.trim().toLowerCase() !== "history", err("sheetReserved"))
);

/*
 * The agency's capaian rules (Pengaturan): optional, the defaults are Permendagri 86/2017's
 * bands and 2 decimals. Lists are typed with ";" between items (the decimal comma is taken).
 */

function listItems(s: string): string[] {
  return s.split(LIST_SEPARATOR).map((x) => x.trim());
}

/** The bounds of a typed list, or undefined when an item is not a number. */
export function parseBounds(s: string): number[] | undefined {
  const numbers = listItems(s).map((x) => parseNumberText(x));
  return numbers.every((n): n is number => n !== undefined) ? numbers : undefined;
}

const Desimal = z.optional(
  z.string().check(
    z.refine((s) => {
      const t = s.trim();
      return t === "" || (/^\d+$/.test(t) && Number(t) <= DESIMAL_MAKS);
    }, err("desimalInvalid"))
  )
);

const KategoriBatas = z.optional(
  z.string().check(
    z.refine((s) => s.trim() === "" || parseBounds(s) !== undefined, err("batasNotNumbers")),
    z.refine((s) => {
      const bounds = s.trim() === "" ? undefined : parseBounds(s);
      return !bounds || bounds.every((b, i) => i === 0 || b < bounds[i - 1]);
    }, err("batasOrder"))
  )
);

const KategoriLabel = z.optional(
  z
    .string()
    .check(
      z.refine((s) => s.trim() === "" || listItems(s).every((x) => x !== ""), err("labelEmpty"))
    )
);

export const SettingsForm = z.object({
  tahun: Tahun,
  namaPerangkatDaerah: Nama,
  sheetName: SheetName,
  mode: z.enum(["iku", "excel"], err("modeInvalid")),
  /** Decimals of realisasi and capaian as printed (0–4), default 2. */
  desimal: Desimal,
  /** Kategori bounds, highest first: "90; 75; 65; 50". */
  kategoriBatas: KategoriBatas,
  /** Kategori labels, one more than the bounds: "Sangat Tinggi; Tinggi; …". */
  kategoriLabel: KategoriLabel,
  /** IKU 16 read as programmes counted or rupiah of swadaya. */
  swadaya: z.optional(z.enum(["program", "rupiah"], err("swadayaInvalid"))),
});
export type SettingsForm = z.infer<typeof SettingsForm>;

export type SettingsField = keyof SettingsForm;
export type FieldErrors = Partial<Record<SettingsField, FormErrorKey[]>>;

export type SettingsCheck =
  { ok: true; settings: SheetSettings; errors: FieldErrors } | { ok: false; errors: FieldErrors };

const FIELDS: readonly SettingsField[] = [
  "tahun",
  "namaPerangkatDaerah",
  "sheetName",
  "mode",
  "desimal",
  "kategoriBatas",
  "kategoriLabel",
  "swadaya",
];

function isFormErrorKey(message: string): message is FormErrorKey {
  return /^(tahun|nama|sheet|mode|desimal|batas|label|swadaya)[A-Z]/.test(message);
}

/** The capaian rules of a valid form (blank fields take the defaults). */
export function aturanOf(data: SettingsForm): AturanCapaian {
  const desimal = data.desimal?.trim() ? Number(data.desimal.trim()) : ATURAN_BAWAAN.desimal;
  const batas = data.kategoriBatas?.trim() ? parseBounds(data.kategoriBatas) : undefined;
  const label = data.kategoriLabel?.trim() ? listItems(data.kategoriLabel) : undefined;
  return {
    desimal,
    kategoriBatas: batas ?? ATURAN_BAWAAN.kategoriBatas,
    kategoriLabel: label ?? ATURAN_BAWAAN.kategoriLabel,
    swadaya: (data.swadaya as BacaanSwadaya | undefined) ?? ATURAN_BAWAAN.swadaya,
  };
}

/** Validates the form and, when valid, returns the settings the host needs. */
export function checkSettings(form: SettingsForm): SettingsCheck {
  const parsed = SettingsForm.safeParse(form);
  if (parsed.success) {
    const data = parsed.data;
    const aturan = aturanOf(data);
    // One label more than bounds: checked across the two fields, on the labels.
    if (aturan.kategoriLabel.length !== aturan.kategoriBatas.length + 1) {
      return { ok: false, errors: { kategoriLabel: ["labelCount"] } };
    }
    return {
      ok: true,
      errors: {},
      settings: {
        tahun: Number(data.tahun.trim()),
        namaPerangkatDaerah: data.namaPerangkatDaerah.trim(),
        sheetName: data.sheetName,
        mode: data.mode as FormulaMode,
        // The default rules stay implicit (older settings and hosts compare equal).
        ...(isDefaultAturan(aturan) && aturan.swadaya === ATURAN_BAWAAN.swadaya ? {} : { aturan }),
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

export { defaultSheetName };
