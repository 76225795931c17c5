/**
 * What an input value may be: one record per value type, in the spirit of HyperFormula's
 * argument metadata ({ minValue, maxValue, integer }). Every consumer derives from a record
 * through src/core/rules/runner.ts: the custom functions' argument check and fast path, the
 * plain-Excel guard, Excel's data validation and its messages, the conditional-format mark and
 * Periksa Data's finding. Changing a value rule is editing its record here.
 */

export const VALUE_TYPE_IDS = ["cacah", "skor", "rupiah", "besaran"] as const;
export type ValueTypeId = (typeof VALUE_TYPE_IDS)[number];

/** The words of a value type in one language. */
export interface ValueTypeWords {
  /**
   * Name of the type with its bounds (help page, Katalog documentation); like the messages, it
   * reads the bounds from the record (through valueTypeLabel in runner.ts).
   */
  label: (type: ValueTypeRule, n: (value: number) => string) => string;
  /** Data-validation input message of a cell labelled `label` (cut to Excel's 255 by the runner). */
  inputMessage: (label: string, type: ValueTypeRule, n: (value: number) => string) => string;
  /** Data-validation error message. */
  errorMessage: (type: ValueTypeRule, n: (value: number) => string) => string;
}

export interface ValueTypeRule {
  id: ValueTypeId;
  /** Smallest value allowed (inclusive). */
  minValue: number;
  /** Largest value allowed (inclusive); none: unbounded. */
  maxValue?: number;
  /** Whole numbers only (a count). */
  integer: boolean;
  /**
   * Words, Indonesian and English. They read the bounds from the record, so a changed bound
   * changes the text with it.
   */
  words: { id: ValueTypeWords; en: ValueTypeWords };
}

export const VALUE_TYPES: Readonly<Record<ValueTypeId, ValueTypeRule>> = {
  // A count of people, facilities, programmes: a whole number ≥ 0.
  cacah: {
    id: "cacah",
    minValue: 0,
    integer: true,
    words: {
      id: {
        label: (t, n) => `cacah (bilangan bulat ≥ ${n(t.minValue)})`,
        inputMessage: (label, t, n) =>
          `${label}. Isi bilangan bulat ${n(t.minValue)} atau lebih (tanpa koma).`,
        errorMessage: (t, n) =>
          `Isian harus bilangan bulat ${n(t.minValue)} atau lebih, tanpa koma dan bukan teks.`,
      },
      en: {
        label: (t, n) => `count (whole number ≥ ${n(t.minValue)})`,
        inputMessage: (label, t, n) =>
          `${label}. Enter a whole number of ${n(t.minValue)} or more (no decimals).`,
        errorMessage: (t, n) =>
          `Enter a whole number of ${n(t.minValue)} or more, without decimals and not text.`,
      },
    },
  },
  // A score such as Nilai SAKIP: any number between 0 and 100.
  skor: {
    id: "skor",
    minValue: 0,
    maxValue: 100,
    integer: false,
    words: {
      id: {
        label: (t, n) => `skor (angka ${n(t.minValue)}–${n(t.maxValue ?? Infinity)})`,
        inputMessage: (label, t, n) =>
          `${label}. Isi angka antara ${n(t.minValue)} dan ${n(t.maxValue ?? Infinity)}.`,
        errorMessage: (t, n) =>
          `Isian harus angka antara ${n(t.minValue)} dan ${n(t.maxValue ?? Infinity)}.`,
      },
      en: {
        label: (t, n) => `score (number ${n(t.minValue)}–${n(t.maxValue ?? Infinity)})`,
        inputMessage: (label, t, n) =>
          `${label}. Enter a number between ${n(t.minValue)} and ${n(t.maxValue ?? Infinity)}.`,
        errorMessage: (t, n) =>
          `Enter a number between ${n(t.minValue)} and ${n(t.maxValue ?? Infinity)}.`,
      },
    },
  },
  // An amount of money (IKU 16 read in rupiah, AturanCapaian.swadaya): ≥ 0, sen allowed.
  rupiah: {
    id: "rupiah",
    minValue: 0,
    integer: false,
    words: {
      id: {
        label: (t, n) => `rupiah (angka ≥ ${n(t.minValue)}, boleh desimal)`,
        inputMessage: (label, t, n) =>
          `${label} (rupiah). Isi angka ${n(t.minValue)} atau lebih; desimal boleh.`,
        errorMessage: (t, n) =>
          `Isian harus nilai rupiah ${n(t.minValue)} atau lebih (angka, boleh desimal), bukan teks.`,
      },
      en: {
        label: (t, n) => `rupiah (number ≥ ${n(t.minValue)}, decimals allowed)`,
        inputMessage: (label, t, n) =>
          `${label} (rupiah). Enter a number of ${n(t.minValue)} or more; decimals allowed.`,
        errorMessage: (t, n) =>
          `Enter an amount in rupiah of ${n(t.minValue)} or more (a number, decimals allowed), not text.`,
      },
    },
  },
  // A measured quantity (tonnes, hectares, a rate) compared between periods: ≥ 0 with decimals.
  besaran: {
    id: "besaran",
    minValue: 0,
    integer: false,
    words: {
      id: {
        label: (t, n) => `besaran (angka ≥ ${n(t.minValue)}, boleh desimal)`,
        inputMessage: (label, t, n) =>
          `${label}. Isi angka ${n(t.minValue)} atau lebih; desimal boleh.`,
        errorMessage: (t, n) =>
          `Isian harus angka ${n(t.minValue)} atau lebih (boleh desimal), bukan teks.`,
      },
      en: {
        label: (t, n) => `quantity (number ≥ ${n(t.minValue)}, decimals allowed)`,
        inputMessage: (label, t, n) =>
          `${label}. Enter a number of ${n(t.minValue)} or more; decimals allowed.`,
        errorMessage: (t, n) =>
          `Enter a number of ${n(t.minValue)} or more (decimals allowed), not text.`,
      },
    },
  },
};
