/**
 * Messages of the settings check (tahun, nama perangkat daerah, sheet name, formula mode), shared
 * by the task pane's form and the CLI's options. The schema reports keys; each UI picks a language.
 */

export type FormErrorKey =
  | "tahunRequired"
  | "tahunInteger"
  | "tahunRange"
  | "namaRequired"
  | "namaTooLong"
  | "sheetRequired"
  | "sheetTooLong"
  | "sheetBadChars"
  | "sheetApostrophe"
  | "sheetReserved"
  | "modeInvalid";

export const settingsMessages: Record<"id" | "en", Record<FormErrorKey, string>> = {
  id: {
    tahunRequired: "Isi tahun pelaporan.",
    tahunInteger: "Tahun harus berupa bilangan bulat, misalnya 2026.",
    tahunRange: "Tahun harus antara 2000 dan 2100.",
    namaRequired: "Isi nama perangkat daerah.",
    namaTooLong: "Nama perangkat daerah paling banyak 150 karakter.",
    sheetRequired: "Isi nama lembar.",
    sheetTooLong: "Nama lembar paling banyak 31 karakter (aturan Excel).",
    sheetBadChars: "Nama lembar tidak boleh memuat : \\ / ? * [ atau ].",
    sheetApostrophe: "Nama lembar tidak boleh diawali atau diakhiri tanda petik (').",
    sheetReserved: "“History” adalah nama yang dicadangkan Excel.",
    modeInvalid: "Pilih jenis rumus.",
  },
  en: {
    tahunRequired: "Enter the reporting year.",
    tahunInteger: "The year must be a whole number, for example 2026.",
    tahunRange: "The year must be between 2000 and 2100.",
    namaRequired: "Enter the agency name.",
    namaTooLong: "The agency name can have at most 150 characters.",
    sheetRequired: "Enter a sheet name.",
    sheetTooLong: "A sheet name can have at most 31 characters (Excel's rule).",
    sheetBadChars: "A sheet name cannot contain : \\ / ? * [ or ].",
    sheetApostrophe: "A sheet name cannot start or end with an apostrophe (').",
    sheetReserved: "“History” is a name reserved by Excel.",
    modeInvalid: "Choose a formula type.",
  },
};
