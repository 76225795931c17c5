/**
 * The capaian rules an agency may set (Pengaturan), as plain data: how many decimals realisasi
 * and capaian are reported with, the kategori bands and their labels, and the reading of IKU 16
 * (swadaya). The calculation core, the plain-Excel formulas of the sheet and the help page read
 * them from here; src/core/settings.ts validates what an agency types.
 */

/** How IKU 16 (swadaya masyarakat) is measured: programmes counted, or rupiah of swadaya. */
export type BacaanSwadaya = "program" | "rupiah";

export interface AturanCapaian {
  /** Decimals of realisasi and capaian as printed in the LKjIP tables (0–4). */
  desimal: number;
  /**
   * Kategori bands read by their upper bounds, highest first: a capaian (rounded to `desimal`)
   * above kategoriBatas[i] and not above kategoriBatas[i − 1] is kategoriLabel[i]; at or below
   * the last bound it is the last label.
   */
  kategoriBatas: readonly number[];
  /** One label more than bounds. */
  kategoriLabel: readonly string[];
  /** IKU 16: count programmes (whole numbers) or sum rupiah (decimals allowed). */
  swadaya: BacaanSwadaya;
}

/**
 * Permendagri 86/2017 (evaluation of Renja/RKPD): 91–100 Sangat Tinggi, 76–90 Tinggi, 66–75
 * Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah. Its whole-number intervals leave gaps (90–91 …), so
 * they are read by their upper bounds: > 90, > 75, > 65, > 50 (as the SAKIP predikat reads its
 * bands), on the capaian as printed.
 */
export const KATEGORI_BATAS_BAWAAN = [90, 75, 65, 50] as const;
export const KATEGORI_LABEL_BAWAAN = [
  "Sangat Tinggi",
  "Tinggi",
  "Sedang",
  "Rendah",
  "Sangat Rendah",
] as const;

export const DESIMAL_BAWAAN = 2;
export const DESIMAL_MAKS = 4;

export const ATURAN_BAWAAN: AturanCapaian = {
  desimal: DESIMAL_BAWAAN,
  kategoriBatas: KATEGORI_BATAS_BAWAAN,
  kategoriLabel: KATEGORI_LABEL_BAWAAN,
  swadaya: "program",
};

/**
 * The text of an indicator whose year had nothing to count ("tidak ada kejadian": no disaster
 * victims, no PPKS needing rehabilitation). It is text, so Excel's AVERAGE leaves it out, and
 * the sheet's number formats print it as "–".
 */
export const NA_TEXT = "n.a.";
/** What a printed table shows for n.a. (the number formats' text section). */
export const NA_PRINTED = "–";

export function isNaText(value: unknown): boolean {
  return typeof value === "string" && value.toLowerCase() === NA_TEXT;
}

/**
 * Rounds half away from zero to `decimals`, computed as HyperFormula's and Excel's ROUND do it
 * (scale, round, scale back), so the sheet and the core agree on the printed value.
 */
export function roundAsPrinted(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return value < 0 ? -Math.round(-value * factor) / factor : Math.round(value * factor) / factor;
}

/**
 * The kategori band of a capaian as printed (already rounded to the rules' decimals): the index
 * of the first bound it exceeds (0: the highest band), else the last band (bounds.length). The
 * one reading of the bands: the label is kategoriLabel[band].
 */
export function kategoriBand(shown: number, bounds: readonly number[]): number {
  for (let i = 0; i < bounds.length; i++) if (shown > bounds[i]) return i;
  return bounds.length;
}

/** Whether two rule sets give the same results (the sheet then writes the short formulas). */
export function isDefaultAturan(aturan: AturanCapaian): boolean {
  return (
    aturan.desimal === DESIMAL_BAWAAN &&
    sameList(aturan.kategoriBatas, KATEGORI_BATAS_BAWAAN) &&
    sameList(aturan.kategoriLabel, KATEGORI_LABEL_BAWAAN)
  );
}

export function sameKategori(aturan: AturanCapaian): boolean {
  return (
    sameList(aturan.kategoriBatas, KATEGORI_BATAS_BAWAAN) &&
    sameList(aturan.kategoriLabel, KATEGORI_LABEL_BAWAAN)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A target range such as "80-85" (percent): the bounds, lower first. */
export interface TargetRange {
  bawah: number;
  atas: number;
}

const RANGE_SIDE = /^\d+([.,]\d+)?$/;

/**
 * One side of a range: digits with at most one decimal mark ("," or "."), no thousands
 * grouping, computed as the sheet's formula computes it (whole part + fraction / 10^digits).
 */
function rangeSide(text: string): number | undefined {
  if (!RANGE_SIDE.test(text)) return undefined;
  const [whole, fraction] = text.replace(",", ".").split(".");
  const value = Number(whole);
  return fraction === undefined ? value : value + Number(fraction) / 10 ** fraction.length;
}

/**
 * Reads a target typed as a range: "80-85", "80 – 85", "80,5-85". An en dash counts as a
 * hyphen; the text is split at its first hyphen and each side trimmed. Undefined when it is not
 * a range of two numbers.
 */
export function parseTargetRange(text: string): TargetRange | undefined {
  const s = text.replace(/–/g, "-");
  const at = s.indexOf("-");
  if (at < 0) return undefined;
  const bawah = rangeSide(s.slice(0, at).trim());
  const atas = rangeSide(s.slice(at + 1).trim());
  if (bawah === undefined || atas === undefined) return undefined;
  return { bawah, atas };
}

/*
 * A predikat SAKIP as the target of IKU 1 (PK targets are often written "BB"). PermenPANRB
 * 88/2021 reads the bands by exclusive lower bounds: > 90 AA, > 80 A, > 70 BB, > 60 B, > 50 CC,
 * > 30 C, else D. Capaian against a predikat: 100 when the realisasi as printed reaches the
 * band's lower bound (its predikat is the target's or better; at the bound itself, realisasi ÷
 * bound is 100 as well, so the rule has no jump), otherwise realisasi ÷ lower bound × 100. The
 * predikat reads higher-is-better, whatever the indicator's polarity.
 */
export const PREDIKAT_TARGET_BATAS: readonly (readonly [string, number])[] = [
  ["AA", 90],
  ["A", 80],
  ["BB", 70],
  ["B", 60],
  ["CC", 50],
  ["C", 30],
  ["D", 0],
];

/** A target given as a predikat: its name and the lower bound of its band. */
export interface TargetPredikat {
  predikat: string;
  batas: number;
}

/**
 * Reads a predikat target: AA, A, BB, B, CC, C or D, any case, spaces around it ignored (as
 * Excel's TRIM and its case-insensitive "=" read it). Undefined for anything else.
 */
export function parseTargetPredikat(text: string): TargetPredikat | undefined {
  const name = text.replace(/^ +| +$/g, "").toUpperCase();
  const found = PREDIKAT_TARGET_BATAS.find(([p]) => p === name);
  return found ? { predikat: found[0], batas: found[1] } : undefined;
}
