import { ATURAN_BAWAAN, isNaText, kategoriBand, roundAsPrinted } from "../aturan";
import type { Catalogue } from "../catalogue";
import { findIkuSheets } from "../find-iku-sheet";
import type { LocatedCell } from "../find-iku-sheet";
import type { Finding, GridValue, WorkbookGrid } from "../grid";
import { workbookCatalogue } from "../katalog/workbook";
import type { WorkbookCatalogueOptions } from "../katalog/workbook";
import { CATALOGUE_EN } from "../messages/catalogue-en";
import type { PlanCell, PlanRef, SheetPlan } from "../sheet/types";
import { isBlank, isErrorValue, WorkbookIndex } from "../workbook-index";

/**
 * The pane's "Ringkasan": per year sheet, per sasaran, each indicator's capaian as the sheet
 * computed it (its `<Kode>_CAPAIAN` cell, never recomputed here), the kategori of that capaian
 * under the sheet's own rules (its bands, read back from its formulas by findIkuSheets), or why it
 * has none, and the cell that takes the user where to look or type. Plain data: the Office action
 * builds it from the grid it read, the pane draws it.
 */

/**
 * A year sheet as the Ringkasan needs it: an IkuSheet of findIkuSheets fits. Taken as a
 * parameter, so whoever finds the year sheets of a workbook (one today, several per workbook
 * later) decides which sheets there are.
 */
export interface RingkasanYearSheet {
  sheet: string;
  plan: SheetPlan;
  /** Where a plan cell is now (by its defined name), or undefined when its name is missing. */
  locate(cell: PlanCell): LocatedCell | undefined;
}

/** Finds the year sheets of a workbook read with a catalogue (findIkuSheets by default). */
export type YearSheetFinder = (
  index: WorkbookIndex,
  catalogue: Catalogue
) => readonly RingkasanYearSheet[];

/** The kategori of a capaian: its label under the sheet's rules and its band (0: the highest). */
export interface RingkasanKategori {
  label: string;
  band: number;
  /** How many bands the rules have (the pane spreads its colours over them). */
  bands: number;
}

/** What is missing for a capaian: the realisasi (an input of its formula), the target, or both. */
export type RingkasanMissing = "realisasi" | "target";

/** An indicator's capaian, or why it has none. */
export type RingkasanCapaian =
  | { status: "ok"; value: number; kategori: RingkasanKategori }
  /** The year had nothing to count ("n.a.", e.g. no disaster victims). */
  | { status: "na" }
  /** Not filled yet: what is missing. */
  | { status: "notFilled"; missing: RingkasanMissing[] }
  /** The formula gives an Excel error value (#VALUE!, #DIV/0!, #NAME? …), as Excel shows it. */
  | { status: "error"; error: string }
  /** The cell holds no number although realisasi and target are there (overwritten, or not computed). */
  | { status: "notNumber"; value: string }
  /** The indicator's capaian cell is gone (its defined name is missing or broken). */
  | { status: "noCell" };

export interface RingkasanIndicator {
  code: string;
  /** The catalogue's name (Indonesian). */
  name: string;
  /** The name cut to a bar's label (SHORT_NAME_MAX), at a word, with "…". */
  shortName: string;
  /** English names, for the built-in catalogue's indicators only (a Katalog's are its own). */
  nameEn?: string;
  shortNameEn?: string;
  satuan: string;
  polarity: "positif" | "negatif";
  capaian: RingkasanCapaian;
  /**
   * The cell to select: the capaian cell; when not filled, the first empty input (or the target)
   * so staff can type at once. Undefined when the sheet lost the indicator's names.
   */
  cell?: LocatedCell;
}

export interface RingkasanSasaran {
  code: string;
  no: number;
  /** Indonesian (the catalogue's words). */
  name: string;
  indicators: RingkasanIndicator[];
}

export interface RingkasanYear {
  tahun: number;
  sheet: string;
  sasaran: RingkasanSasaran[];
  /** The bars' scale in percent (their full width): at least SCALE_MIN, so 100 % sits inside. */
  scaleMax: number;
  /** The kategori labels of the sheet's rules, highest first (a legend). */
  kategoriLabels: readonly string[];
  /** The decimals the sheet prints capaian with (its rules). */
  desimal: number;
  /** Counts of indicators with a capaian, and in all. */
  filled: number;
  total: number;
}

/** What the Ringkasan of a workbook is: its years, or why there is nothing to show. */
export type RingkasanOutcome =
  | { kind: "ok"; catalogue: "builtin" | "katalog"; years: RingkasanYear[] }
  | { kind: "noIkuSheet" }
  /** The workbook's Katalog IKU has mistakes: its findings (cells on the Katalog sheet). */
  | { kind: "katalogInvalid"; sheet: string; findings: Finding[] };

/** A bar's label is at most this many characters (the pane is 320 px wide). */
export const SHORT_NAME_MAX = 56;
/** The scale's least full width (%), so the 100 % mark never sits on the bar's right edge. */
export const SCALE_MIN = 120;
/** The scale's largest full width (%): a larger capaian is drawn to the end, its number says it. */
export const SCALE_MAX = 200;
const SCALE_STEP = 20;

/** A name cut at a word to `max` characters with "…"; a short name stays as it is. */
export function shortName(name: string, max: number = SHORT_NAME_MAX): string {
  const text = name.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // A very long first word is cut where it must be.
  const head = (space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(/–-]+$/, "");
  return `${head}…`;
}

/** The scale of a year's bars: the largest capaian rounded up to SCALE_STEP, within bounds. */
export function scaleFor(capaian: readonly number[]): number {
  const top = capaian.reduce((m, v) => (Number.isFinite(v) && v > m ? v : m), 0);
  const rounded = Math.ceil(top / SCALE_STEP) * SCALE_STEP;
  return Math.min(SCALE_MAX, Math.max(SCALE_MIN, rounded));
}

/** A grid value as text for a message (numbers as JavaScript writes them). */
function asText(value: GridValue): string {
  return value === null ? "" : String(value);
}

/** The plan cell a named reference of the plan stands for (locate needs the PlanCell). */
function planCellOf(plan: SheetPlan, ref: PlanRef): PlanCell {
  return (
    plan.cells.find((c) => c.name === ref.name) ?? {
      address: ref.address,
      role: "label",
      style: "",
      name: ref.name,
    }
  );
}

/** One indicator of one year sheet. */
function indicatorOf(
  index: WorkbookIndex,
  year: RingkasanYearSheet,
  code: string,
  catalogue: Catalogue,
  builtin: boolean
): RingkasanIndicator | undefined {
  const indicator = catalogue.indicators.find((i) => i.code === code);
  const planned = year.plan.indicators.find((i) => i.code === code);
  if (!indicator || !planned) return undefined;
  const aturan = year.plan.settings.aturan ?? ATURAN_BAWAAN;
  const at = (ref: PlanRef) => year.locate(planCellOf(year.plan, ref));
  const valueAt = (cell: LocatedCell | undefined): GridValue =>
    cell ? index.cellAt(cell.sheet, cell.address).value : null;

  const capaianCell = at(planned.capaian);
  const hasilCell = at(planned.hasil);
  const targetCell = at(planned.target);
  const en = builtin ? CATALOGUE_EN[code]?.name : undefined;
  const base = {
    code,
    name: indicator.name,
    shortName: shortName(indicator.name),
    ...(en ? { nameEn: en, shortNameEn: shortName(en) } : {}),
    satuan: indicator.satuan,
    polarity: indicator.polarity,
  };
  if (!capaianCell) {
    return { ...base, capaian: { status: "noCell" }, ...(hasilCell ? { cell: hasilCell } : {}) };
  }
  const value = valueAt(capaianCell);
  if (typeof value === "number" && Number.isFinite(value)) {
    const shown = roundAsPrinted(value, aturan.desimal);
    const band = kategoriBand(shown, aturan.kategoriBatas);
    return {
      ...base,
      capaian: {
        status: "ok",
        value,
        kategori: {
          label: aturan.kategoriLabel[band],
          band,
          bands: aturan.kategoriLabel.length,
        },
      },
      cell: capaianCell,
    };
  }
  if (isNaText(value)) return { ...base, capaian: { status: "na" }, cell: capaianCell };

  // No number: say what is missing first (a blank input gives #N/A by design, not a mistake).
  const hasil = valueAt(hasilCell);
  const realisasiMissing = hasilCell !== undefined && (isBlank(hasil) || hasil === "#N/A");
  const targetMissing = targetCell !== undefined && isBlank(valueAt(targetCell));
  if (realisasiMissing || targetMissing) {
    const missing: RingkasanMissing[] = [];
    if (realisasiMissing) missing.push("realisasi");
    if (targetMissing) missing.push("target");
    // Where to type: the first empty input, else the target.
    const emptyInput = realisasiMissing
      ? planned.inputs.map(at).find((c) => c !== undefined && isBlank(valueAt(c)))
      : undefined;
    const cell = emptyInput ?? (targetMissing ? targetCell : undefined) ?? capaianCell;
    return { ...base, capaian: { status: "notFilled", missing }, cell };
  }
  if (isErrorValue(value)) {
    return { ...base, capaian: { status: "error", error: value.toUpperCase() }, cell: capaianCell };
  }
  return { ...base, capaian: { status: "notNumber", value: asText(value) }, cell: capaianCell };
}

/** The Ringkasan of one year sheet, by the catalogue's sasaran and order. */
export function ringkasanYear(
  index: WorkbookIndex,
  year: RingkasanYearSheet,
  catalogue: Catalogue,
  builtin: boolean
): RingkasanYear {
  const aturan = year.plan.settings.aturan ?? ATURAN_BAWAAN;
  const sasaran: RingkasanSasaran[] = [];
  for (const s of catalogue.sasaran) {
    const indicators: RingkasanIndicator[] = [];
    for (const ind of catalogue.indicators) {
      if (ind.sasaran !== s.code) continue;
      const row = indicatorOf(index, year, ind.code, catalogue, builtin);
      if (row) indicators.push(row);
    }
    if (indicators.length > 0) sasaran.push({ code: s.code, no: s.no, name: s.name, indicators });
  }
  const values = sasaran.flatMap((s) =>
    s.indicators.flatMap((i) => (i.capaian.status === "ok" ? [i.capaian.value] : []))
  );
  return {
    tahun: year.plan.settings.tahun,
    sheet: year.sheet,
    sasaran,
    scaleMax: scaleFor(values),
    kategoriLabels: aturan.kategoriLabel,
    desimal: aturan.desimal,
    filled: values.length,
    total: sasaran.reduce((n, s) => n + s.indicators.length, 0),
  };
}

/**
 * The Ringkasan of every given year sheet, latest year first (a second sheet of a year already
 * seen is left out: the workbook refuses two sheets for one year).
 */
export function ringkasanOf(
  index: WorkbookIndex,
  yearSheets: readonly RingkasanYearSheet[],
  catalogue: Catalogue,
  builtin: boolean
): RingkasanYear[] {
  const seen = new Set<number>();
  const years: RingkasanYear[] = [];
  for (const year of yearSheets) {
    const tahun = year.plan.settings.tahun;
    if (seen.has(tahun)) continue;
    seen.add(tahun);
    years.push(ringkasanYear(index, year, catalogue, builtin));
  }
  return years.sort((a, b) => b.tahun - a.tahun);
}

export interface RingkasanOptions extends WorkbookCatalogueOptions {
  /** The year sheets of the workbook (default: findIkuSheets). */
  findYearSheets?: YearSheetFinder;
}

/**
 * The Ringkasan of a workbook read into a grid: its catalogue in use (its Katalog IKU, else the
 * built-in one; a Katalog with mistakes gives its findings), its year sheets, their capaian.
 */
export function ringkasanOfWorkbook(
  grid: WorkbookGrid,
  options: RingkasanOptions = {}
): RingkasanOutcome {
  const used = workbookCatalogue(grid, options);
  if (!used.ok) return { kind: "katalogInvalid", sheet: used.sheet, findings: used.findings };
  const index = new WorkbookIndex(grid);
  const find = options.findYearSheets ?? ((i, c) => findIkuSheets(i, c));
  const sheets = find(index, used.catalogue);
  if (sheets.length === 0) return { kind: "noIkuSheet" };
  return {
    kind: "ok",
    catalogue: used.source,
    years: ringkasanOf(index, sheets, used.catalogue, used.source === "builtin"),
  };
}
