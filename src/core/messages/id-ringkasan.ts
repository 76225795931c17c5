import type { RingkasanMissing } from "../sakip/ringkasan";
import { quoted } from "./format";
import { TERMS_ID as T } from "./id";

/**
 * The words of the pane's Ringkasan tab. They load with the tab, after the pane's first paint
 * (src/taskpane/RingkasanTab.tsx, in the "analysis" chunk), so the first screen does not carry
 * them; the tab's label is in PaneStrings. The English twin (en-ringkasan.ts) follows this shape.
 */
export interface RingkasanWords {
  heading: string;
  intro: string;
  refresh: string;
  reading: string;
  yearLabel: string;
  /** An option of the year chooser: "2026 (lembar “IKU 2026”)". */
  yearOption: (tahun: number, sheet: string) => string;
  /** Under the chooser: where the numbers come from and how many have a capaian. */
  yearSummary: (o: { sheet: string; filled: number; total: number }) => string;
  /** "Sasaran 1" */
  sasaran: (no: number) => string;
  /** A capaian as a percentage with the sheet's decimals, e.g. "95,5%". */
  percent: (value: string) => string;
  /** The decimal mark of the pane's language. */
  decimalMark: string;
  /** The 100 % line's label and the scale under the bars. */
  mark100: string;
  scale: (max: number) => string;
  legendLabel: string;
  /** Why an indicator has no capaian. */
  notFilled: (missing: readonly RingkasanMissing[]) => string;
  na: string;
  error: (error: string) => string;
  notNumber: (value: string) => string;
  noCell: string;
  /** A capaian larger than the scale: the bar is drawn to the end. */
  beyondScale: string;
  negatif: string;
  /** A bar's description (its words are its name): the full name and the cell a click opens. */
  openCell: (o: { name: string; cell: string | undefined }) => string;
  noIkuSheetTitle: string;
  noIkuSheetBody: string;
  goToGenerate: string;
  noneFilledTitle: string;
  noneFilledBody: (sheet: string) => string;
  katalogInvalidTitle: string;
  katalogInvalidBody: (sheet: string, n: number) => string;
  katalogListLabel: string;
}

const MISSING_ID: Record<RingkasanMissing, string> = {
  realisasi: "data realisasi",
  target: "target",
};

export const RINGKASAN_ID: RingkasanWords = {
  heading: "Ringkasan capaian",
  intro: `Capaian tiap indikator per sasaran, seperti yang dihitung di ${T.ikuSheet}, dengan kategorinya. Klik batang untuk membuka selnya di Excel.`,
  refresh: "Muat ulang",
  reading: "Membaca buku kerja…",
  yearLabel: "Tahun",
  yearOption: (tahun, sheet) => `${tahun} (lembar ${quoted(sheet)})`,
  yearSummary: (o) =>
    `Dari lembar ${quoted(o.sheet)}: ${o.filled} dari ${T.indicators(o.total)} sudah memiliki capaian.`,
  sasaran: (no) => `Sasaran ${no}`,
  percent: (value) => `${value}%`,
  decimalMark: ",",
  mark100: "100%",
  scale: (max) => `Skala batang 0–${max}%; garis tegak menandai 100%.`,
  legendLabel: "Kategori capaian",
  notFilled: (missing) =>
    missing.length === 0
      ? "Belum diisi"
      : `Belum diisi: ${missing.map((m) => MISSING_ID[m]).join(" dan ")}`,
  na: "n.a.: tidak ada yang dihitung tahun ini",
  error: (error) => `Rumusnya menghasilkan ${error}`,
  notNumber: (value) =>
    value === "" ? "Sel capaian kosong" : `Sel capaian berisi ${quoted(value)}, bukan angka`,
  noCell: "Sel capaiannya tidak ditemukan (nama selnya hilang)",
  beyondScale: "melewati skala",
  negatif: "makin kecil makin baik",
  openCell: (o) => `${o.name}.${o.cell ? ` Buka sel ${o.cell}.` : ""}`,
  noIkuSheetTitle: `Belum ada ${T.ikuSheet}`,
  noIkuSheetBody: `Ringkasan dibaca dari ${T.ikuSheet}. Buat lembarnya di tab ${T.generate}, isi sel kuningnya, lalu muat ulang.`,
  goToGenerate: `Ke ${T.generate}`,
  noneFilledTitle: "Belum ada capaian",
  noneFilledBody: (sheet) =>
    `Belum ada indikator di lembar ${quoted(sheet)} yang data realisasi dan targetnya lengkap. Klik sebuah indikator untuk membuka sel yang perlu diisi.`,
  katalogInvalidTitle: "Katalog IKU masih salah",
  katalogInvalidBody: (sheet, n) =>
    `Ringkasan memakai daftar indikator di lembar ${quoted(sheet)}, yang masih memuat ${n} ${T.severity.error.many}. Perbaiki terlebih dahulu; klik sebuah kesalahan untuk membuka selnya.`,
  katalogListLabel: "Kesalahan di Katalog IKU",
};
