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
  | "namaControlChars"
  | "sheetRequired"
  | "sheetTooLong"
  | "sheetBadChars"
  | "sheetControlChars"
  | "sheetApostrophe"
  | "sheetReserved"
  | "modeInvalid"
  | "desimalInvalid"
  | "batasNotNumbers"
  | "batasOrder"
  | "labelEmpty"
  | "labelCount"
  | "swadayaInvalid";

export const settingsMessages: Record<"id" | "en", Record<FormErrorKey, string>> = {
  id: {
    tahunRequired: "Isi tahun pelaporan.",
    tahunInteger: "Tahun harus berupa bilangan bulat, misalnya 2026.",
    tahunRange: "Tahun harus antara 2000 dan 2100.",
    namaRequired: "Isi nama perangkat daerah.",
    namaTooLong: "Nama perangkat daerah paling banyak 150 karakter.",
    namaControlChars:
      "Nama perangkat daerah tidak boleh memuat karakter kendali (tab, baris baru, dan sejenisnya).",
    sheetRequired: "Isi nama lembar.",
    sheetTooLong: "Nama lembar paling banyak 31 karakter (aturan Excel).",
    sheetBadChars: "Nama lembar tidak boleh memuat : \\ / ? * [ atau ].",
    sheetControlChars:
      "Nama lembar tidak boleh memuat karakter kendali (tab, baris baru, dan sejenisnya); Excel menolaknya.",
    sheetApostrophe: "Nama lembar tidak boleh diawali atau diakhiri tanda petik (').",
    sheetReserved: "“History” adalah nama yang dicadangkan Excel.",
    modeInvalid: "Pilih jenis rumus.",
    desimalInvalid: "Banyak desimal harus bilangan bulat dari 0 sampai 4.",
    batasNotNumbers:
      "Batas kategori harus angka yang dipisahkan titik koma, misalnya 90; 75; 65; 50.",
    batasOrder:
      "Batas kategori harus berurutan dari yang tertinggi ke yang terendah, tanpa angka ganda.",
    labelEmpty: "Nama kategori tidak boleh kosong; pisahkan dengan titik koma.",
    labelCount: "Jumlah nama kategori harus satu lebih banyak daripada jumlah batasnya.",
    swadayaInvalid: "Pilih cara mengukur IKU 16: jumlah program atau rupiah swadaya.",
  },
  en: {
    tahunRequired: "Enter the reporting year.",
    tahunInteger: "The year must be a whole number, for example 2026.",
    tahunRange: "The year must be between 2000 and 2100.",
    namaRequired: "Enter the agency name.",
    namaTooLong: "The agency name can have at most 150 characters.",
    namaControlChars:
      "The agency name cannot contain control characters (tab, new line and the like).",
    sheetRequired: "Enter a sheet name.",
    sheetTooLong: "A sheet name can have at most 31 characters (Excel's rule).",
    sheetBadChars: "A sheet name cannot contain : \\ / ? * [ or ].",
    sheetControlChars:
      "A sheet name cannot contain control characters (tab, new line and the like); Excel refuses them.",
    sheetApostrophe: "A sheet name cannot start or end with an apostrophe (').",
    sheetReserved: "“History” is a name reserved by Excel.",
    modeInvalid: "Choose a formula type.",
    desimalInvalid: "The number of decimals must be a whole number from 0 to 4.",
    batasNotNumbers:
      "Category bounds must be numbers separated by semicolons, e.g. 90; 75; 65; 50.",
    batasOrder: "Category bounds must go from the highest to the lowest, without repeats.",
    labelEmpty: "A category name cannot be empty; separate names with semicolons.",
    labelCount: "There must be one more category name than bounds.",
    swadayaInvalid: "Choose how IKU 16 is measured: programmes counted or rupiah.",
  },
};
