/**
 * The mistakes a Katalog IKU sheet can hold. Each rule keeps its words (Indonesian and English)
 * next to its id; the reader (read.ts) decides when a rule applies. Every rule is an error: a
 * Katalog with any of them is never used, so nothing is generated from half a catalogue.
 */

export type KatalogRuleId =
  | "katalog.noTable"
  | "katalog.noRows"
  | "katalog.missingColumn"
  | "katalog.duplicateColumn"
  | "katalog.required"
  | "katalog.kodeInvalid"
  | "katalog.kodeDuplicate"
  | "katalog.jenisUnknown"
  | "katalog.componentCount"
  | "katalog.componentGap"
  | "katalog.polaritasUnknown"
  | "katalog.agregasiUnknown"
  | "katalog.agregasiCount"
  | "katalog.tooMany";

/** What a message may say; every field is plain text already quoted where needed. */
export interface KatalogProblemArgs {
  /** The column's header text, e.g. "Jenis". */
  column?: string;
  /** The value found in the cell. */
  value?: string;
  /** Where the first of two duplicates is, e.g. "A7". */
  first?: string;
  /** The accepted words, joined. */
  allowed?: string;
  /** The indicator kind concerned. */
  jenis?: string;
  /** How many components the kind takes, in words. */
  needs?: string;
  limit?: number;
  sheet?: string;
  /** How many words a cell holds, and how many it may hold. */
  count?: number;
  expected?: number;
}

type Message = (a: KatalogProblemArgs) => string;

export interface KatalogRuleWords {
  label: string;
  message: Message;
}

/** Rule words per language; the keys are the rule ids, so a rule without words is a type error. */
export const KATALOG_RULES: Record<KatalogRuleId, { id: KatalogRuleWords; en: KatalogRuleWords }> =
  {
    "katalog.noTable": {
      id: {
        label: "Tabel katalog tidak ditemukan",
        message: (a) =>
          `Lembar ${a.sheet} tidak memiliki baris judul tabel: tulis "Kode" di kolom A pada baris judul, lalu judul kolom lainnya di sebelahnya.`,
      },
      en: {
        label: "Catalogue table not found",
        message: (a) =>
          `Sheet ${a.sheet} has no table header row: write "Kode" in column A of the header row, and the other column headers next to it.`,
      },
    },
    "katalog.noRows": {
      id: {
        label: "Katalog kosong",
        message: () =>
          "Tabel katalog belum berisi indikator: isi sedikitnya satu baris di bawah baris judul.",
      },
      en: {
        label: "Empty catalogue",
        message: () =>
          "The catalogue table holds no indicator yet: fill in at least one row below the header row.",
      },
    },
    "katalog.missingColumn": {
      id: {
        label: "Kolom wajib tidak ada",
        message: (a) =>
          `Baris judul tidak memiliki kolom "${a.column}", yang wajib ada. Tambahkan kolom dengan judul itu.`,
      },
      en: {
        label: "Required column missing",
        message: (a) =>
          `The header row has no "${a.column}" column, which is required. Add a column with that header.`,
      },
    },
    "katalog.duplicateColumn": {
      id: {
        label: "Kolom ganda",
        message: (a) =>
          `Judul kolom "${a.column}" muncul dua kali (pertama di ${a.first}); hapus atau ganti salah satunya.`,
      },
      en: {
        label: "Duplicate column",
        message: (a) =>
          `The column header "${a.column}" appears twice (first at ${a.first}); remove or rename one of them.`,
      },
    },
    "katalog.required": {
      id: {
        label: "Sel wajib kosong",
        message: (a) => `Kolom "${a.column}" wajib diisi untuk setiap indikator.`,
      },
      en: {
        label: "Required cell empty",
        message: (a) => `The "${a.column}" column must be filled in for every indicator.`,
      },
    },
    "katalog.kodeInvalid": {
      id: {
        label: "Kode tidak sah",
        message: (a) =>
          `Kode ${a.value} tidak dapat menjadi awal nama sel Excel: gunakan huruf, angka dan _ saja, diawali huruf, paling banyak 40 karakter (misalnya IKU06 atau DINKES_01).`,
      },
      en: {
        label: "Invalid code",
        message: (a) =>
          `The code ${a.value} cannot start an Excel cell name: use letters, digits and _ only, starting with a letter, at most 40 characters (for example IKU06 or DINKES_01).`,
      },
    },
    "katalog.kodeDuplicate": {
      id: {
        label: "Kode ganda",
        message: (a) =>
          `Kode ${a.value} sudah dipakai di ${a.first} (huruf besar dan kecil dianggap sama); setiap indikator perlu kode sendiri.`,
      },
      en: {
        label: "Duplicate code",
        message: (a) =>
          `The code ${a.value} is already used at ${a.first} (upper and lower case count as the same); every indicator needs its own code.`,
      },
    },
    "katalog.jenisUnknown": {
      id: {
        label: "Jenis tidak dikenal",
        message: (a) => `Jenis ${a.value} tidak dikenal; pilih salah satu: ${a.allowed}.`,
      },
      en: {
        label: "Unknown kind",
        message: (a) => `The kind ${a.value} is unknown; choose one of: ${a.allowed}.`,
      },
    },
    "katalog.componentCount": {
      id: {
        label: "Jumlah komponen tidak sesuai",
        message: (a) => `Jenis ${a.jenis} memerlukan ${a.needs}.`,
      },
      en: {
        label: "Wrong number of components",
        message: (a) => `The kind ${a.jenis} needs ${a.needs}.`,
      },
    },
    "katalog.componentGap": {
      id: {
        label: "Komponen berlubang",
        message: (a) =>
          `"${a.column}" terisi padahal komponen sebelumnya kosong; isi komponen berurutan mulai dari Komponen 1.`,
      },
      en: {
        label: "Gap in components",
        message: (a) =>
          `"${a.column}" is filled in although an earlier component is empty; fill in components in order from Komponen 1.`,
      },
    },
    "katalog.polaritasUnknown": {
      id: {
        label: "Polaritas tidak dikenal",
        message: (a) =>
          `Polaritas ${a.value} tidak dikenal; pilih ${a.allowed}, atau kosongkan (positif).`,
      },
      en: {
        label: "Unknown polarity",
        message: (a) =>
          `The polarity ${a.value} is unknown; choose ${a.allowed}, or leave it empty (positif).`,
      },
    },
    "katalog.agregasiUnknown": {
      id: {
        label: "Agregasi tidak dikenal",
        message: (a) =>
          `Agregasi ${a.value} tidak dikenal; tulis ${a.allowed} (satu kata untuk semua komponen, atau satu per komponen dipisah koma), atau kosongkan.`,
      },
      en: {
        label: "Unknown aggregation",
        message: (a) =>
          `The aggregation ${a.value} is unknown; write ${a.allowed} (one word for every component, or one per component separated by commas), or leave it empty.`,
      },
    },
    "katalog.agregasiCount": {
      id: {
        label: "Jumlah agregasi tidak sesuai",
        message: (a) =>
          `Kolom Agregasi berisi ${a.count} kata, padahal indikator ini memiliki ${a.expected} komponen: tulis satu kata untuk semua komponen, atau tepat ${a.expected} kata dipisah koma.`,
      },
      en: {
        label: "Wrong number of aggregations",
        message: (a) =>
          `The Agregasi column holds ${a.count} words but this indicator has ${a.expected} components: write one word for every component, or exactly ${a.expected} words separated by commas.`,
      },
    },
    "katalog.tooMany": {
      id: {
        label: "Terlalu banyak indikator",
        message: (a) =>
          `Katalog memuat lebih dari ${a.limit} indikator; mulai baris ini, indikator tidak dapat dipakai. Pisahkan katalog atau kurangi indikatornya.`,
      },
      en: {
        label: "Too many indicators",
        message: (a) =>
          `The catalogue holds more than ${a.limit} indicators; from this row on, indicators cannot be used. Split the catalogue or reduce its indicators.`,
      },
    },
  };

export const KATALOG_RULE_IDS = Object.keys(KATALOG_RULES) as KatalogRuleId[];
