import { RENSTRA_PANE_EN, RENSTRA_WORDS_EN } from "./en-renstra";
import { RENSTRA_PANE_ID, RENSTRA_WORDS_ID } from "./id-renstra";
import { fit } from "./sheet";

/**
 * Texts of the generated Target Renstra sheet (Indonesian: they are written into the workbook,
 * as the IKU sheet's in sheet.ts), and the words of its checks in both languages (Periksa Data,
 * the period field of the pane and the CLI). Excel's 32/255 limits on validation texts are kept
 * by `fit`.
 */
export const renstraSheetText = {
  title: "TARGET KINERJA RENSTRA",
  periode: (awal: number, akhir: number) => `Periode ${awal}–${akhir}`,
  columns: {
    no: "No",
    sasaran: "Sasaran",
    kode: "Kode",
    indikator: "Indikator Kinerja",
    satuan: "Satuan",
    periodeIndikator: "Periode Indikator",
    mulai: "Mulai",
    selesai: "Selesai",
    kondisiAwal: (tahun: number) => `Kondisi Awal (${tahun})`,
    target: "Target Kinerja per Tahun",
    kondisiAkhir: (tahun: number) => `Kondisi Akhir (${tahun})`,
  },
  isian: "(diisi)",
  validation: {
    errorTitle: "Isian tidak valid",
    yearTitle: (code: string, which: "Mulai" | "Selesai") => fit(`${code} · ${which}`, 32),
    yearMessage: (awal: number, akhir: number) =>
      `Tahun ${awal}–${akhir}. Kosongkan bila indikator berlaku sepanjang periode Renstra.`,
    yearError: (awal: number, akhir: number) =>
      `Isi tahun (bilangan bulat) antara ${awal} dan ${akhir}.`,
    awalTitle: (code: string) => fit(`${code} · Kondisi Awal`, 32),
    targetTitle: (code: string, tahun: number) => fit(`${code} · Target ${tahun}`, 32),
    akhirTitle: (code: string) => fit(`${code} · Kondisi Akhir`, 32),
    targetMessage: (name: string, satuan: string, tahun: number | "akhir") =>
      fit(
        `${tahun === "akhir" ? "Target akhir periode" : `Target ${tahun}`} "${name}" dalam satuan ${satuan}. Isi angka 0 atau lebih, atau rentang seperti 80-85.`,
        255
      ),
    targetPredikatMessage: (name: string, tahun: number | "akhir") =>
      fit(
        `${tahun === "akhir" ? "Target akhir periode" : `Target ${tahun}`} "${name}": angka 0–100, rentang, atau predikat SAKIP (AA, A, BB, B, CC, C, D).`,
        255
      ),
    targetError: "Target harus angka 0 atau lebih, atau rentang seperti 80-85, bukan teks lain.",
    targetPredikatError:
      "Target harus angka 0 atau lebih, rentang seperti 80-85, atau predikat SAKIP (AA, A, BB, B, CC, C, D).",
  },
} as const;

/** The words of the Renstra checks in one language (Periksa Data, the period field). */
export interface RenstraWords {
  /** How a Renstra cell is named in a finding: "Target 2027 IKU 6 (Target Renstra)". */
  what: {
    awal: (order: number) => string;
    akhir: (order: number) => string;
    target: (order: number, tahun: number) => string;
    mulai: (order: number) => string;
    selesai: (order: number) => string;
  };
  /** An indicator's own period year outside the sheet's period, or not a whole year. */
  yearOutside: (what: string, value: string, awal: number, akhir: number) => string;
  /** The indicator's period ends before it starts. */
  yearOrder: (mulai: number, selesai: number, order: number) => string;
  /** A target typed for a year outside the indicator's own period. */
  outsidePeriod: (what: string, mulai: number, selesai: number) => string;
  /** Kondisi akhir against kondisi awal, by the indicator's polarity. */
  direction: (
    order: number,
    awal: string,
    akhir: string,
    polarity: "positif" | "negatif"
  ) => string;
  /** The period typed in the pane or on the command line. */
  periode: {
    format: (text: string) => string;
    order: (awal: number, akhir: number) => string;
    years: (min: number, max: number) => string;
    length: (max: number) => string;
  };
}

/** What `iku renstra` prints. */
export interface RenstraCliWords {
  help: string;
  missingFile: string;
  needPeriode: string;
  /** A sheet of that name exists and the add-in did not make it. */
  foreign: (sheet: string) => string;
  /** The workbook has a Renstra sheet already: replacing it needs --update. */
  exists: (file: string, sheet: string) => string;
  /** --update on a workbook without a Renstra sheet. */
  missing: (file: string) => string;
  /** Typed values the new sheet has no place for (a year left out of the new period). */
  lost: (file: string, cells: readonly string[]) => string;
  written: (
    file: string,
    sheet: string,
    periode: string,
    indicators: number,
    kept: number,
    created: boolean
  ) => string;
  /** After an update whose cells moved: the year sheets' Target links need a regenerate. */
  relink: (years: readonly number[]) => string;
}

/** The pane's Target Renstra section (loaded after the first paint, with its own words). */
export interface RenstraPaneWords {
  heading: string;
  intro: string;
  periodeLabel: string;
  periodeHint: string;
  create: string;
  busy: string;
  written: (o: { sheet: string; created: boolean; periode: string; kept: number }) => string;
  relink: (years: readonly number[]) => string;
  removeAndWrite: string;
}

/** The help page's section on the Target Renstra sheet (HTML; names and formulas in <code>). */
export interface RenstraHelpWords {
  heading: string;
  intro: (sheet: string, periodeMax: number) => string;
  columnsHead: [string, string, string];
  columns: { what: string; name: string; rule: string }[];
  link: (formula: string, name: string) => string;
  pk: string;
  checks: string[];
  howTo: (cli: string) => string;
}

export const renstraWords = (lang: "id" | "en"): RenstraWords =>
  lang === "en" ? RENSTRA_WORDS_EN : RENSTRA_WORDS_ID;

export const renstraPaneWords = (lang: "id" | "en"): RenstraPaneWords =>
  lang === "en" ? RENSTRA_PANE_EN : RENSTRA_PANE_ID;
