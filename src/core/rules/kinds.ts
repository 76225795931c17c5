import type { ValueTypeId } from "./value-types";

/**
 * What an indicator computes from its components (K1, K2, K3): one record per kind. A record
 * is data (how many components, their roles and value type, the rules between them) and two
 * small pure functions (the value, and the same value as an Excel expression). The checks, the
 * error values and the guards around them are derived by src/core/rules/runner.ts, for the
 * custom functions, the plain-Excel formula, the marks and Periksa Data alike. Adding a kind
 * is adding its record here (and its words on the help page come with it).
 */

export const KIND_IDS = [
  "persentase",
  "rasio",
  "jumlah",
  "nilai",
  "pertumbuhan",
  "penurunan",
] as const;
export type KindId = (typeof KIND_IDS)[number];

/** What a component stands for in its kind's computation. */
export const COMPONENT_ROLES = [
  "pembilang",
  "penyebut",
  "bagian",
  "nilai",
  "sekarang",
  "pembanding",
] as const;
export type ComponentRoleId = (typeof COMPONENT_ROLES)[number];

export interface KindRule {
  id: KindId;
  /**
   * The components' roles in order. A repeating kind (jumlah) has one role that every
   * component takes, from `count.min` to `count.max` components.
   */
  roles: readonly ComponentRoleId[];
  repeating: boolean;
  count: { min: number; max: number };
  /** The components' value type (a catalogue may read one as rupiah: AturanCapaian.swadaya). */
  valueType: ValueTypeId;
  /**
   * The component that divides (K2 > 0): 0 there is #DIV/0! (a finding and a mark), except
   * that with `naWhenAlsoZero` also 0 the period had nothing to count ("tidak ada kejadian")
   * and the result is "n.a.".
   */
  divisor?: { at: number; naWhenAlsoZero?: number };
  /** A subset: the part may not exceed its whole (K1 ≤ K2). */
  subset?: { part: number; whole: number };
  /** The target is on the components' scale (a score target above the score's maximum is wrong). */
  targetOnScale: boolean;
  /** The result is a whole number when the components are (printed without decimals). */
  wholeResult: boolean;
  /** Multiplied by 100 (the document's "× 100%" column). */
  timesHundred: boolean;
  /** The result on components that passed every rule, in component order. */
  value: (...k: number[]) => number;
  /** The same value from the components' cell references, same operations in the same order. */
  excel: (...refs: string[]) => string;
  /** What the result is, in words (help page, the functions' @returns). */
  words: { id: { label: string; result: string }; en: { label: string; result: string } };
  /**
   * The kind's generic function (IKU.PERSENTASE …, named by the kind, its parameters by the
   * roles): its Indonesian description, one description per parameter, its result in words and
   * the help page's example arguments.
   */
  generic: { description: string; params: readonly string[]; result: string; example: number[] };
}

export const KINDS: Readonly<Record<KindId, KindRule>> = {
  // A subset divided by its whole × 100; 0 of 0 is the year with nothing to count.
  persentase: {
    id: "persentase",
    roles: ["pembilang", "penyebut"],
    repeating: false,
    count: { min: 2, max: 2 },
    valueType: "cacah",
    divisor: { at: 1, naWhenAlsoZero: 0 },
    subset: { part: 0, whole: 1 },
    targetOnScale: false,
    wholeResult: false,
    timesHundred: true,
    value: (a, b) => (a / b) * 100,
    excel: (a, b) => `${a}/${b}*100`,
    words: {
      id: {
        label: "K1 / K2 × 100",
        result: "Persen (angka persen, bukan pecahan: 75 berarti 75%).",
      },
      en: {
        label: "K1 / K2 × 100",
        result: "Percent (a percentage, not a fraction: 75 means 75%).",
      },
    },
    generic: {
      description:
        "Persentase bagian dari keseluruhan: pembilang / penyebut × 100 (pembilang ≤ penyebut).",
      params: ["Jumlah bagian (bilangan bulat ≥ 0).", "Jumlah keseluruhan (bilangan bulat > 0)."],
      result: "persen (75 berarti 75%)",
      example: [45, 60],
    },
  },
  // An average or ratio: a plain quotient (the numerator may exceed the denominator).
  rasio: {
    id: "rasio",
    roles: ["pembilang", "penyebut"],
    repeating: false,
    count: { min: 2, max: 2 },
    valueType: "cacah",
    divisor: { at: 1 },
    targetOnScale: false,
    wholeResult: false,
    timesHundred: false,
    value: (a, b) => a / b,
    excel: (a, b) => `${a}/${b}`,
    words: {
      id: { label: "K1 / K2", result: "Hasil bagi biasa (rata-rata), tanpa dikali 100." },
      en: { label: "K1 / K2", result: "A plain quotient (an average), not multiplied by 100." },
    },
    generic: {
      description: "Rasio atau rata-rata: pembilang / penyebut, tanpa dikali 100.",
      params: ["Pembilang (bilangan bulat ≥ 0).", "Penyebut (bilangan bulat > 0)."],
      result: "hasil bagi biasa",
      example: [45, 15],
    },
  },
  // A count: the sum of its parts.
  jumlah: {
    id: "jumlah",
    roles: ["bagian"],
    repeating: true,
    count: { min: 1, max: 3 },
    valueType: "cacah",
    targetOnScale: false,
    wholeResult: true,
    timesHundred: false,
    value: (...k) => k.reduce((total, v) => total + v, 0),
    excel: (...refs) => refs.join("+"),
    words: {
      id: { label: "K1 + K2 + K3", result: "Jumlah seluruh argumen." },
      en: { label: "K1 + K2 + K3", result: "The sum of all arguments." },
    },
    generic: {
      description: "Jumlah bagian-bagian: bagian + bagian + … (tiap bagian bilangan bulat ≥ 0).",
      params: ["Jumlah satu bagian (bilangan bulat ≥ 0); bisa diulang atau berupa rentang sel."],
      result: "Jumlah seluruh argumen.",
      example: [4, 2, 3],
    },
  },
  // A score taken as it is (Nilai SAKIP).
  nilai: {
    id: "nilai",
    roles: ["nilai"],
    repeating: false,
    count: { min: 1, max: 1 },
    valueType: "skor",
    targetOnScale: true,
    wholeResult: false,
    timesHundred: false,
    value: (a) => a,
    excel: (a) => a,
    words: {
      id: { label: "K1", result: "Nilai yang diperiksa (0–100)." },
      en: { label: "K1", result: "The checked value (0–100)." },
    },
    generic: {
      description: "Nilai (skor) apa adanya, setelah diperiksa bahwa nilainya antara 0 dan 100.",
      params: ["Nilai antara 0 dan 100."],
      result: "Nilai yang diperiksa (0–100).",
      example: [78.5],
    },
  },
  // Growth against an earlier period, in percent; negative when the value fell.
  pertumbuhan: {
    id: "pertumbuhan",
    roles: ["sekarang", "pembanding"],
    repeating: false,
    count: { min: 2, max: 2 },
    valueType: "besaran",
    divisor: { at: 1 },
    targetOnScale: false,
    wholeResult: false,
    timesHundred: true,
    value: (a, b) => ((a - b) / b) * 100,
    excel: (a, b) => `(${a}-${b})/${b}*100`,
    words: {
      id: {
        label: "(K1 − K2) / K2 × 100",
        result: "Persen pertumbuhan terhadap periode pembanding (negatif bila turun).",
      },
      en: {
        label: "(K1 − K2) / K2 × 100",
        result: "Percent growth against the earlier period (negative when it fell).",
      },
    },
    generic: {
      description:
        "Persen pertumbuhan terhadap periode pembanding: (sekarang − pembanding) / pembanding × 100; negatif bila turun.",
      params: [
        "Nilai periode ini (angka ≥ 0, boleh desimal).",
        "Nilai periode pembanding, misalnya tahun lalu (angka > 0, boleh desimal).",
      ],
      result: "Persen pertumbuhan terhadap periode pembanding (negatif bila turun).",
      example: [120, 100],
    },
  },
  // Reduction against a baseline, in percent; negative when the value rose.
  penurunan: {
    id: "penurunan",
    roles: ["sekarang", "pembanding"],
    repeating: false,
    count: { min: 2, max: 2 },
    valueType: "besaran",
    divisor: { at: 1 },
    targetOnScale: false,
    wholeResult: false,
    timesHundred: true,
    value: (a, b) => ((b - a) / b) * 100,
    excel: (a, b) => `(${b}-${a})/${b}*100`,
    words: {
      id: {
        label: "(K2 − K1) / K2 × 100",
        result: "Persen penurunan terhadap nilai awal (negatif bila naik).",
      },
      en: {
        label: "(K2 − K1) / K2 × 100",
        result: "Percent reduction against the baseline (negative when it rose).",
      },
    },
    generic: {
      description:
        "Persen penurunan terhadap nilai awal: (pembanding − sekarang) / pembanding × 100; negatif bila naik.",
      params: [
        "Nilai periode ini (angka ≥ 0, boleh desimal).",
        "Nilai awal (baseline) sebagai pembanding (angka > 0, boleh desimal).",
      ],
      result: "Persen penurunan terhadap nilai awal (negatif bila naik).",
      example: [80, 100],
    },
  },
};

/** The name of a kind's generic function in the IKU namespace (=IKU.PERSENTASE(…)). */
export function genericFunctionName(kind: Pick<KindRule, "id">): string {
  return kind.id.toUpperCase();
}
