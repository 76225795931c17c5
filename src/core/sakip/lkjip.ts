import { ATURAN_BAWAAN, NA_PRINTED } from "../aturan";
import type { AturanCapaian } from "../aturan";
import { checkArg, runFunction } from "../calculation";
import type { Result } from "../calculation";
import { CATALOGUE, sasaranOf } from "../catalogue";
import type { Catalogue, Indicator, Sasaran } from "../catalogue";
import { CellError, isCellError } from "../errors";
import { parseNameReference, sameSheet } from "../formula-parser/name-reference";
import type { GridValue } from "../grid";
import { lkjipText as T } from "../messages/lkjip-sheet";
import { dataValidation, ERROR_EXPR, excelViolation, rulesOf } from "../rules";
import type { ValueTypeRule } from "../rules";
import { gridArgument } from "../sheet/evaluate";
import {
  capaianFormula,
  capaianName,
  guard,
  hasilName,
  kategoriFormula,
  kategoriName,
  targetName,
} from "../sheet/formula-text";
import { decimalFormat, resultFormat, STYLES, textAsDash } from "../sheet/plan";
import {
  cellAddress,
  columnLetter,
  INPUT_FORMAT,
  parseAddress,
  planBuilder,
  sheetAbsolute,
  sheetOrder,
  textCell,
} from "../sheet/plan-builder";
import type { CellStyle, PlanCell, PlanRef, SheetPlan, WritableSheet } from "../sheet/types";

/**
 * The "Pengukuran Kinerja <tahun>" sheet (LKjIP chapter III, PermenPAN-RB 53/2014) as plain data:
 * four tables for year N and the small tables its charts read, every number by formula from the
 * year sheets ("IKU <tahun>") and the Target Renstra sheet, never a copied value:
 * 1. per sasaran and indicator: target, realisasi, capaian and kategori of year N (the year
 *    sheet's own cells), and the average capaian per sasaran with its kategori;
 * 2. realisasi and capaian of N next to every earlier year sheet of the workbook;
 * 3. realisasi of N against the Renstra's end target (kondisi akhir), with the capaian against
 *    it by the indicator's polarity and the year sheet's capaian rules (capaianFormula);
 * 4. per sasaran the budget typed by staff (pagu, realisasi anggaran: inputs kept on
 *    regenerate), serapan = realisasi ÷ pagu × 100 and efisiensi = capaian − serapan.
 *
 * Cross-sheet references are absolute addresses ('IKU 2027'!$N$14), found through the
 * workbook's defined names (the year sheets' <Kode>_HASIL …, the Renstra's <Kode>_AKHIR …):
 * LibreOffice (7.4) does not compute a sheet-scoped name qualified by its sheet
 * ('IKU 2027'!IKU06_HASIL gives #NAME?), and Excel moves an absolute reference with the cell
 * when staff insert rows, so the address keeps pointing where the name points. The audit
 * compares the sheet with this plan, built from the same names.
 *
 * Every formula cell carries its computation (`LkjipCalc`): the formula text is written from
 * it, and `evaluateLkjip` computes the same cell with the core's functions, so a test can check
 * what Excel or LibreOffice computes against the core without reading formula text.
 */

export const LKJIP_MARKER = "IKU_LKJIP";
/** Prefix of the names of the budget inputs (sheet-scoped on the LKjIP sheet). */
export const BUDGET_PREFIX = "LKJIP_";
/** Prefix of the charts the add-in adds: re-running replaces only these. */
export const CHART_PREFIX = "IKU_LKJIP_";

/** A year sheet of the workbook (hyears' yearSheets finds them). */
export interface YearSheetRef {
  tahun: number;
  sheet: string;
}

/** A defined name as Excel reports it, whatever its scope. */
export interface WorkbookName {
  name: string;
  /** ='IKU 2027'!$N$14 */
  refersTo: string;
}

export interface LkjipSettings {
  tahun: number;
  /** Every year sheet of the workbook (years after N are used by the trend only). */
  yearSheets: readonly YearSheetRef[];
  /** Every defined name of the workbook (sheet-scoped and workbook-wide). */
  names: readonly WorkbookName[];
  /** The Target Renstra sheet's name, when the workbook has one. */
  renstraSheet?: string;
  /** Default `Pengukuran Kinerja <tahun>`. */
  sheetName?: string;
  namaPerangkatDaerah: string;
  aturan?: AturanCapaian;
}

/** What a formula cell computes; both its formula text and its value come from this. */
export type LkjipCalc =
  /** Another sheet's cell as it is; `blankAsEmpty`: a blank shows blank, not 0 (typed targets). */
  | { op: "ref"; sheet: string; address: string; blankAsEmpty?: boolean }
  /** A cell of this sheet (chart data reading a table). */
  | { op: "local"; address: string }
  /** Capaian of the realisasi cell against the target cell (both on this sheet). */
  | { op: "capaian"; indicator: string; hasil: string; target: string }
  /** Kategori of a capaian cell of this sheet. */
  | { op: "kategori"; capaian: string }
  /** Average of the numbers in a column range of this sheet (#N/A when there is none). */
  | { op: "average"; first: string; last: string }
  | { op: "serapan"; pagu: string; realisasi: string }
  | { op: "efisiensi"; capaian: string; serapan: string }
  /** No data for it (a year without its sheet, in the trend): #N/A, which charts skip. */
  | { op: "na" };

export interface LkjipChartSeries {
  name: string;
  /** A1 range on the LKjIP sheet, without $ (one row or one column). */
  values: string;
  chartType: "ColumnClustered" | "Line" | "LineMarkers";
}

export interface LkjipChart {
  /** The chart's name in Excel: CHART_PREFIX + what it shows. */
  name: string;
  title: string;
  /** Category labels: A1 range on the LKjIP sheet. */
  categories: string;
  series: LkjipChartSeries[];
  /** Cells the chart covers (top-left and bottom-right), next to the tables. */
  from: string;
  to: string;
  /** The indicator of a trend chart. */
  indicator?: string;
}

/** A budget input of table 4. */
export interface BudgetInput extends PlanRef {
  sasaran: string;
  field: "PAGU" | "REALISASI";
}

export type LkjipSheetBody = WritableSheet & Pick<SheetPlan, "range">;

export interface LkjipPlan extends LkjipSheetBody {
  tahun: number;
  marker: PlanRef;
  /** Earlier years (and N) in table 2, ascending. */
  years: number[];
  /** Years of the trend table (the Renstra period, else the year sheets). */
  trendYears: number[];
  renstraSheet: string | undefined;
  /** The computation of every formula cell, by address. */
  calcs: Record<string, LkjipCalc>;
  budget: BudgetInput[];
  /** The capaian chart and one trend chart per indicator. */
  charts: LkjipChart[];
  /** Rows of each table (title row, first and last row) for the pane and the help. */
  tables: { title: number; first: number; last: number }[];
}

export type LkjipBuild =
  { ok: true; plan: LkjipPlan } | { ok: false; problem: "noYearSheet"; tahun: number };

/** The default sheet name. */
export function lkjipSheetName(tahun: number): string {
  return T.sheetName(tahun);
}

/** The cells of `sheet` that the workbook's names point at, by upper-case name. */
export function namedCellsOn(names: readonly WorkbookName[], sheet: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names) {
    const ref = parseNameReference(n.refersTo);
    if (ref && sameSheet(ref.sheet, sheet)) out.set(n.name.toUpperCase(), ref.address);
  }
  return out;
}

const LKJIP_STYLES: Record<string, CellStyle> = {
  ...STYLES,
  tableTitle: { bold: true, locked: true },
  sasaranRow: { bold: true, fill: "#F2F2F2", border: true, wrapText: true, locked: true },
  average: { bold: true, fill: "#E2EFDA", border: true, verticalAlignment: "center", locked: true },
  note: { italic: true, fontColor: "#595959", wrapText: true, locked: true },
};

const WIDTH = { no: 5, label: 48, satuan: 12, number: 14 };

/** Builds the LKjIP sheet's plan. Pure: the same settings and names give the same plan. */
export function buildLkjipPlan(
  settings: LkjipSettings,
  catalogue: Catalogue = CATALOGUE
): LkjipBuild {
  const { tahun } = settings;
  const aturan = settings.aturan ?? ATURAN_BAWAAN;
  const sheetName = settings.sheetName ?? lkjipSheetName(tahun);
  const yearSheets = [...settings.yearSheets].sort((a, b) => a.tahun - b.tahun);
  const current = yearSheets.find((y) => y.tahun === tahun);
  if (!current) return { ok: false, problem: "noYearSheet", tahun };
  const cellsOf = new Map(yearSheets.map((y) => [y.tahun, namedCellsOn(settings.names, y.sheet)]));
  const renstraSheet = settings.renstraSheet;
  const renstraCells = renstraSheet ? namedCellsOn(settings.names, renstraSheet) : undefined;
  const years = yearSheets.filter((y) => y.tahun <= tahun).map((y) => y.tahun);
  const trendYears = trendYearsOf(yearSheets, renstraCells);

  // In the year sheet's order: by sasaran, then by their order.
  const indicators = sheetOrder(catalogue);
  const groups: { sasaran: Sasaran; indicators: Indicator[] }[] = [];
  for (const ind of indicators) {
    const s = sasaranOf(ind, catalogue);
    const last = groups[groups.length - 1];
    if (last && last.sasaran.code === s.code) last.indicators.push(ind);
    else groups.push({ sasaran: s, indicators: [ind] });
  }

  const builder = planBuilder(sheetName);
  const { put, block, name, merges, rowHeights, validations, names } = builder;
  const calcs: Record<string, LkjipCalc> = {};
  const budget: BudgetInput[] = [];
  const tables: LkjipPlan["tables"] = [];

  const text = (column: number, row: number, value: string | number, style = "cellText") =>
    put(column, row, textCell(value, "text", style));
  const formula = (
    column: number,
    row: number,
    calc: LkjipCalc,
    numberFormat: string,
    role: PlanCell["role"] = "result",
    style = "formula",
    indicator?: string
  ): string => {
    const address = cellAddress(column, row);
    calcs[address] = calc;
    return put(column, row, {
      role,
      formula: formulaOf(calc, catalogue, aturan),
      numberFormat,
      style,
      ...(indicator ? { indicator } : {}),
    });
  };
  const missing = (column: number, row: number, indicator: string) =>
    put(column, row, { role: "text", value: T.missing, style: "cellCenter", indicator });
  const capaianFormat = textAsDash(decimalFormat(aturan.desimal));
  const ref = (tahunOf: number, name: string): { sheet: string; address: string } | undefined => {
    const address = cellsOf.get(tahunOf)?.get(name.toUpperCase());
    const sheet = yearSheets.find((y) => y.tahun === tahunOf)?.sheet;
    return address && sheet ? { sheet, address } : undefined;
  };
  const header = (row: number, labels: string[]) =>
    labels.forEach((l, i) => text(i + 1, row, l, "header"));
  const sasaranRow = (row: number, s: Sasaran, width: number) => {
    text(1, row, s.no, "sasaranRow");
    block(2, row, width, row, { role: "label", value: s.name, style: "sasaranRow" });
  };

  block(1, 1, 7, 1, { role: "title", value: T.title(tahun), style: "title" });
  block(1, 2, 7, 2, { role: "title", value: settings.namaPerangkatDaerah, style: "subtitle" });
  block(1, 3, 7, 3, { role: "text", value: T.subtitle, style: "note" });
  let row = 5;

  // Table 1: target, realisasi, capaian, kategori of N; average capaian per sasaran.
  const averageAt = new Map<string, string>();
  const capaianAt = new Map<string, string>();
  {
    const title = row;
    text(1, row++, T.table1(tahun), "tableTitle");
    header(row++, [
      T.no,
      T.sasaranIndikator,
      T.satuan,
      T.target,
      T.realisasi,
      T.capaian,
      T.kategori,
    ]);
    const first = row;
    for (const g of groups) {
      sasaranRow(row++, g.sasaran, 7);
      const firstInd = row;
      for (const ind of g.indicators) {
        text(1, row, ind.order, "cellCenter");
        text(2, row, `${ind.code} ${ind.name}`);
        text(3, row, ind.satuan, "satuan");
        const format = resultFormat(ind, aturan, rulesOf(catalogue));
        const target = ref(tahun, targetName(ind));
        const hasil = ref(tahun, hasilName(ind));
        const capaian = ref(tahun, capaianName(ind));
        const kategori = ref(tahun, kategoriName(ind));
        if (target) formula(4, row, { op: "ref", ...target, blankAsEmpty: true }, format);
        else missing(4, row, ind.code);
        if (hasil) formula(5, row, { op: "ref", ...hasil }, format, "result", "formula", ind.code);
        else missing(5, row, ind.code);
        if (capaian) {
          const a = formula(6, row, { op: "ref", ...capaian }, capaianFormat, "capaian");
          capaianAt.set(ind.code, a);
        } else missing(6, row, ind.code);
        if (kategori)
          formula(7, row, { op: "ref", ...kategori }, "General", "kategori", "kategori");
        else missing(7, row, ind.code);
        row++;
      }
      block(1, row, 5, row, { role: "label", value: T.average(g.sasaran.code), style: "average" });
      const avg = formula(
        6,
        row,
        { op: "average", first: cellAddress(6, firstInd), last: cellAddress(6, row - 1) },
        capaianFormat,
        "capaian",
        "average"
      );
      averageAt.set(g.sasaran.code, avg);
      formula(7, row, { op: "kategori", capaian: avg }, "General", "kategori", "average");
      row++;
    }
    tables.push({ title, first, last: row - 1 });
  }
  row++;

  // Table 2: realisasi and capaian of N and of the earlier years.
  {
    const title = row;
    const width = 3 + 2 * years.length;
    text(1, row++, T.table2(tahun), "tableTitle");
    header(row++, [
      T.no,
      T.sasaranIndikator,
      T.satuan,
      ...years.flatMap((y) => [T.realisasiTahun(y), T.capaianTahun(y)]),
    ]);
    const first = row;
    for (const g of groups) {
      sasaranRow(row++, g.sasaran, width);
      for (const ind of g.indicators) {
        text(1, row, ind.order, "cellCenter");
        text(2, row, `${ind.code} ${ind.name}`);
        text(3, row, ind.satuan, "satuan");
        const format = resultFormat(ind, aturan, rulesOf(catalogue));
        years.forEach((y, k) => {
          const hasil = ref(y, hasilName(ind));
          const capaian = ref(y, capaianName(ind));
          if (hasil) formula(4 + 2 * k, row, { op: "ref", ...hasil }, format);
          else missing(4 + 2 * k, row, ind.code);
          if (capaian) formula(5 + 2 * k, row, { op: "ref", ...capaian }, capaianFormat, "capaian");
          else missing(5 + 2 * k, row, ind.code);
        });
        row++;
      }
    }
    tables.push({ title, first, last: row - 1 });
  }
  row++;

  // Table 3: realisasi of N against the Renstra's end target.
  {
    const title = row;
    text(1, row++, T.table3(tahun), "tableTitle");
    header(row++, [
      T.no,
      T.sasaranIndikator,
      T.satuan,
      T.targetAkhir,
      T.realisasiSampai(tahun),
      T.capaianAkhir,
    ]);
    const first = row;
    if (!renstraSheet || !renstraCells) {
      block(1, row, 6, row, { role: "text", value: T.noRenstra, style: "note" });
      rowHeights[row] = 30;
      row++;
    } else {
      for (const g of groups) {
        sasaranRow(row++, g.sasaran, 6);
        for (const ind of g.indicators) {
          text(1, row, ind.order, "cellCenter");
          text(2, row, `${ind.code} ${ind.name}`);
          text(3, row, ind.satuan, "satuan");
          const format = resultFormat(ind, aturan, rulesOf(catalogue));
          const akhir = renstraCells.get(`${ind.code}_AKHIR`.toUpperCase());
          const hasil = ref(tahun, hasilName(ind));
          const t = akhir
            ? formula(
                4,
                row,
                { op: "ref", sheet: renstraSheet, address: akhir, blankAsEmpty: true },
                format
              )
            : undefined;
          if (!t) missing(4, row, ind.code);
          const h = hasil ? formula(5, row, { op: "ref", ...hasil }, format) : undefined;
          if (!h) missing(5, row, ind.code);
          if (t && h)
            formula(
              6,
              row,
              { op: "capaian", indicator: ind.code, hasil: h, target: t },
              capaianFormat,
              "capaian"
            );
          else missing(6, row, ind.code);
          row++;
        }
      }
    }
    tables.push({ title, first, last: row - 1 });
  }
  row++;

  // Table 4: budget per sasaran, serapan and efisiensi.
  {
    const title = row;
    text(1, row++, T.table4(tahun), "tableTitle");
    header(row++, [
      T.no,
      T.sasaran,
      T.pagu,
      T.realisasiAnggaran,
      T.serapan,
      T.capaianKinerja,
      T.efisiensi,
    ]);
    const first = row;
    const rupiah = rulesOf(catalogue).valueTypes.rupiah;
    for (const g of groups) {
      const s = g.sasaran;
      text(1, row, s.no, "cellCenter");
      text(2, row, s.name);
      const pagu = budgetInput(3, row, s, "PAGU", T.pagu, rupiah);
      const realisasi = budgetInput(4, row, s, "REALISASI", T.realisasiAnggaran, rupiah);
      const serapan = formula(5, row, { op: "serapan", pagu, realisasi }, capaianFormat);
      const avg = averageAt.get(s.code) as string;
      const capaian = formula(6, row, { op: "local", address: avg }, capaianFormat, "capaian");
      formula(7, row, { op: "efisiensi", capaian, serapan }, capaianFormat);
      row++;
    }
    tables.push({ title, first, last: row - 1 });
  }
  row++;

  function budgetInput(
    column: number,
    r: number,
    s: Sasaran,
    field: BudgetInput["field"],
    label: string,
    type: ValueTypeRule
  ): string {
    const n = `${BUDGET_PREFIX}${s.code}_${field}`;
    const address = put(column, r, {
      role: "input",
      style: "input",
      numberFormat: INPUT_FORMAT,
      name: n,
    });
    name(n, address);
    budget.push({ name: n, address, sasaran: s.code, field });
    const rule = dataValidation(type, `${label} ${s.code}`);
    validations.push({
      address,
      inputTitle: T.budgetTitle(s.code),
      errorTitle: T.errorTitle,
      ...rule,
    });
    return address;
  }

  // Chart data: capaian of N per indicator with the 100% line, and the trend per indicator.
  const charts: LkjipChart[] = [];
  text(1, row++, T.chartData, "tableTitle");
  {
    header(row++, [T.no, T.kode, T.capaian, T.garis100]);
    const first = row;
    indicators.forEach((ind, k) => {
      text(1, row, k + 1, "cellCenter");
      text(2, row, ind.code);
      const at = capaianAt.get(ind.code);
      if (at) formula(3, row, { op: "local", address: at }, capaianFormat, "capaian");
      else formula(3, row, { op: "na" }, capaianFormat, "capaian");
      put(4, row, { role: "text", value: 100, style: "cellCenter", numberFormat: "0" });
      row++;
    });
    const last = row - 1;
    charts.push({
      name: `${CHART_PREFIX}CAPAIAN`,
      title: T.chartCapaian(tahun),
      categories: `B${first}:B${last}`,
      series: [
        { name: T.capaian, values: `C${first}:C${last}`, chartType: "ColumnClustered" },
        { name: T.garis100, values: `D${first}:D${last}`, chartType: "Line" },
      ],
      from: "",
      to: "",
    });
  }
  row++;
  {
    const yearsRow = row;
    text(2, row, T.tahun, "header");
    trendYears.forEach((y, k) =>
      put(3 + k, row, { role: "text", value: y, style: "header", numberFormat: "0" })
    );
    row++;
    const lastYearColumn = columnLetter(2 + Math.max(1, trendYears.length));
    for (const ind of indicators) {
      const format = resultFormat(ind, aturan, rulesOf(catalogue));
      const targetRow = row;
      text(2, row, `${ind.code} ${T.seriesTarget}`);
      trendYears.forEach((y, k) => {
        const renstra = renstraCells?.get(`${ind.code}_TARGET_${y}`.toUpperCase());
        const own = ref(y, targetName(ind));
        const calc: LkjipCalc =
          renstraSheet && renstra
            ? { op: "ref", sheet: renstraSheet, address: renstra, blankAsEmpty: true }
            : own
              ? { op: "ref", ...own, blankAsEmpty: true }
              : { op: "na" };
        formula(3 + k, row, calc, format);
      });
      row++;
      text(2, row, `${ind.code} ${T.seriesRealisasi}`);
      trendYears.forEach((y, k) => {
        const hasil = ref(y, hasilName(ind));
        formula(3 + k, row, hasil ? { op: "ref", ...hasil } : { op: "na" }, format);
      });
      charts.push({
        name: `${CHART_PREFIX}TREN_${ind.code}`,
        title: T.chartTrend(ind.code, ind.name),
        categories: `C${yearsRow}:${lastYearColumn}${yearsRow}`,
        series: [
          {
            name: T.seriesTarget,
            values: `C${targetRow}:${lastYearColumn}${targetRow}`,
            chartType: "LineMarkers",
          },
          {
            name: T.seriesRealisasi,
            values: `C${row}:${lastYearColumn}${row}`,
            chartType: "ColumnClustered",
          },
        ],
        indicator: ind.code,
        from: "",
        to: "",
      });
      row++;
    }
  }
  const lastRow = row - 1;

  // The tables are at least 7 columns wide (the title rows' merge).
  const lastColumn = Math.max(7, builder.lastColumn());
  // Charts stand right of the tables, one below the other (15 rows each).
  const chartColumn = lastColumn + 2;
  charts.forEach((c, k) => {
    c.from = cellAddress(chartColumn, 5 + k * 16);
    c.to = cellAddress(chartColumn + 7, 5 + k * 16 + 14);
  });

  name(LKJIP_MARKER, "A1");

  const columnWidths: Record<string, number> = { A: WIDTH.no, B: WIDTH.label, C: WIDTH.satuan };
  for (let c = 4; c <= lastColumn; c++) columnWidths[columnLetter(c)] = WIDTH.number;
  const sorted = builder.sortedCells();
  return {
    ok: true,
    plan: {
      tahun,
      sheetName,
      cells: sorted,
      styles: { ...LKJIP_STYLES },
      merges,
      columnWidths,
      rowHeights,
      validations,
      conditionalFormats: [],
      names,
      // No and Indikator stay visible while scrolling through the years of table 2.
      freeze: { rows: 0, columns: 2 },
      print: {
        orientation: "landscape",
        fitToPagesWide: 1,
        titleRows: "",
        paperSize: "F4",
        // An unfilled indicator's #N/A prints as "–", as on the year sheet.
        errors: "dash",
      },
      protection: { protect: true },
      range: `A1:${columnLetter(lastColumn)}${lastRow}`,
      marker: { name: LKJIP_MARKER, address: "A1" },
      years,
      trendYears,
      renstraSheet,
      calcs,
      budget,
      charts,
      tables,
    },
  };
}

/** The Renstra's years (from its <Kode>_TARGET_<tahun> names), else the year sheets' years. */
function trendYearsOf(
  yearSheets: readonly YearSheetRef[],
  renstraCells: Map<string, string> | undefined
): number[] {
  const fromRenstra = new Set<number>();
  for (const name of renstraCells?.keys() ?? []) {
    const m = /_TARGET_(\d{4})$/.exec(name);
    if (m) fromRenstra.add(Number(m[1]));
  }
  const years = fromRenstra.size > 0 ? [...fromRenstra] : yearSheets.map((y) => y.tahun);
  return [...new Set(years)].sort((a, b) => a - b);
}

function indicatorOf(code: string, catalogue: Catalogue): Indicator {
  const found = catalogue.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`Indicator ${code} is not in the catalogue`);
  return found;
}

/** The plain-Excel formula of a computation (English syntax, "," separators). */
export function formulaOf(
  calc: LkjipCalc,
  catalogue: Catalogue = CATALOGUE,
  aturan: AturanCapaian = ATURAN_BAWAAN
): string {
  switch (calc.op) {
    case "ref": {
      const r = sheetAbsolute(calc.sheet, calc.address);
      return calc.blankAsEmpty ? `=IF(ISBLANK(${r}),"",${r})` : `=${r}`;
    }
    case "local":
      return `=${calc.address}`;
    case "capaian":
      return capaianFormula(indicatorOf(calc.indicator, catalogue), "excel", aturan, {
        hasil: calc.hasil,
        target: calc.target,
      });
    case "kategori":
      // kategoriFormula reads only the cell given: any indicator stands for the catalogue's.
      return kategoriFormula(catalogue.indicators[0], "excel", aturan, calc.capaian);
    case "average": {
      const range = `${calc.first}:${calc.last}`;
      // SUMIF with "<9.99E+307" adds the numbers and skips errors and texts (AGGREGATE would
      // need Excel 2010's _xlfn. prefix in a file); COUNT counts the same numbers.
      return `=IF(COUNT(${range})=0,${ERROR_EXPR.NA},SUMIF(${range},"<9.99E+307")/COUNT(${range}))`;
    }
    case "serapan": {
      const rupiah = rulesOf(catalogue).valueTypes.rupiah;
      const p = calc.pagu;
      const r = calc.realisasi;
      const value = `IF(${p}=0,${ERROR_EXPR.DIV0},${r}/${p}*100)`;
      return `=${guard(p, excelViolation(rupiah, p), guard(r, excelViolation(rupiah, r), value))}`;
    }
    case "efisiensi":
      return `=${calc.capaian}-${calc.serapan}`;
    case "na":
      return `=${ERROR_EXPR.NA}`;
  }
}

/** A value another sheet holds (a grid value, or a core result with its error). */
export type LookupValue = GridValue | Result | undefined;

/**
 * The value of every formula cell of the plan, computed with the core (the CAPAIAN and
 * KATEGORI_CAPAIAN functions the year sheet uses, the rupiah value type's checks), from the
 * values `lookup` gives for the cells the plan reads: other sheets' cells and this sheet's
 * budget inputs. Blank cells are undefined or null.
 */
export function evaluateLkjip(
  plan: LkjipPlan,
  lookup: (sheet: string, address: string) => LookupValue,
  catalogue: Catalogue = CATALOGUE,
  aturan: AturanCapaian = ATURAN_BAWAAN
): Map<string, Result> {
  const out = new Map<string, Result>();
  const own = (address: string): unknown => {
    const calc = plan.calcs[address];
    if (calc) return valueAt(address);
    return asArgument(lookup(plan.sheetName, address));
  };
  const valueAt = (address: string): Result => {
    const known = out.get(address);
    if (known !== undefined) return known;
    const value = compute(plan.calcs[address]);
    out.set(address, value);
    return value;
  };
  const compute = (calc: LkjipCalc): Result => {
    switch (calc.op) {
      case "ref": {
        const v = asArgument(lookup(calc.sheet, calc.address));
        // A reference to a blank cell is 0 in Excel; a typed target's blank stays blank.
        if (v === null || v === undefined) return calc.blankAsEmpty ? "" : 0;
        return v as Result;
      }
      case "local": {
        const v = own(calc.address);
        return v === null || v === undefined ? 0 : (v as Result);
      }
      case "capaian": {
        const ind = indicatorOf(calc.indicator, catalogue);
        return runFunction("CAPAIAN", [
          own(calc.hasil),
          own(calc.target),
          ind.polarity,
          aturan.desimal,
        ]);
      }
      case "kategori":
        return runFunction("KATEGORI_CAPAIAN", [
          own(calc.capaian),
          aturan.kategoriBatas,
          aturan.kategoriLabel,
          aturan.desimal,
        ]);
      case "average": {
        const from = parseAddress(calc.first);
        const to = parseAddress(calc.last);
        const numbers: number[] = [];
        for (let r = from.row; r <= to.row; r++) {
          const v = own(cellAddress(from.column, r));
          if (typeof v === "number") numbers.push(v);
        }
        if (numbers.length === 0) return new CellError("NA", T.missing);
        return numbers.reduce((a, b) => a + b, 0) / numbers.length;
      }
      case "serapan": {
        const rupiah = rulesOf(catalogue).valueTypes.rupiah;
        const pagu = checkArg(own(calc.pagu), { name: T.pagu, check: "value", valueType: rupiah });
        if (isCellError(pagu)) return pagu;
        const realisasi = checkArg(own(calc.realisasi), {
          name: T.realisasiAnggaran,
          check: "value",
          valueType: rupiah,
        });
        if (isCellError(realisasi)) return realisasi;
        if (pagu === 0) return new CellError("DIV0", T.paguZero);
        return ((realisasi as number) / (pagu as number)) * 100;
      }
      case "efisiensi": {
        const c = own(calc.capaian);
        const s = own(calc.serapan);
        if (isCellError(c)) return c;
        if (isCellError(s)) return s;
        return (c as number) - (s as number);
      }
      case "na":
        return new CellError("NA", T.missing);
    }
  };
  for (const address of Object.keys(plan.calcs)) valueAt(address);
  return out;
}

/** A looked-up value as a function argument: error texts become CellErrors. */
function asArgument(value: LookupValue): unknown {
  if (value === undefined || value === null) return value;
  if (isCellError(value)) return value;
  return gridArgument(value);
}

/** The printed form of a value in the tables: an error prints as "–" (print errors: dash). */
export function printed(value: Result): string | number {
  return isCellError(value) ? NA_PRINTED : value;
}

/** The trend charts to add: every indicator's, or the chosen one's. */
export function chartsToAdd(plan: LkjipPlan, indicator?: string): LkjipChart[] {
  return plan.charts.filter(
    (c) => c.indicator === undefined || indicator === undefined || c.indicator === indicator
  );
}

/** The marker of the year sheets and of the Target Renstra sheet (DESIGN15). */
const YEAR_MARKER = "IKU_LEMBAR";
const RENSTRA_MARKER = "IKU_RENSTRA";
const RENSTRA_SHEET = "Target Renstra";

/**
 * The year sheets of a workbook, until the shared finder (hyears' yearSheets) reads them: every
 * sheet an IKU_LEMBAR name points at (sheet-scoped or workbook-wide), its year read from its
 * title line "Tahun <tahun>" (`titleOf` gives the sheet's third row text), else from the four
 * digits of its name. Two sheets for one year: the first, in sheet order.
 */
export function findYearSheets(
  names: readonly WorkbookName[],
  sheets: readonly string[],
  titleOf: (sheet: string) => string
): YearSheetRef[] {
  const out: YearSheetRef[] = [];
  for (const sheet of sheets) {
    const marked = names.some((n) => {
      if (n.name.toUpperCase() !== YEAR_MARKER) return false;
      const ref = parseNameReference(n.refersTo);
      return ref !== null && sameSheet(ref.sheet, sheet);
    });
    if (!marked) continue;
    const year = /\b(\d{4})\b/.exec(titleOf(sheet)) ?? /(\d{4})/.exec(sheet);
    const tahun = year ? Number(year[1]) : NaN;
    if (Number.isInteger(tahun) && !out.some((y) => y.tahun === tahun)) out.push({ tahun, sheet });
  }
  return out.sort((a, b) => a.tahun - b.tahun);
}

/** The Target Renstra sheet: the one IKU_RENSTRA points at, else a sheet of that name. */
export function findRenstraSheet(
  names: readonly WorkbookName[],
  sheets: readonly string[]
): string | undefined {
  for (const n of names) {
    if (n.name.toUpperCase() !== RENSTRA_MARKER) continue;
    const ref = parseNameReference(n.refersTo);
    const sheet = ref && sheets.find((s) => sameSheet(s, ref.sheet));
    if (sheet) return sheet;
  }
  return sheets.find((s) => sameSheet(s, RENSTRA_SHEET));
}

/** Whether `sheet` carries the LKjIP marker (a sheet the add-in made). */
export function isLkjipSheet(names: readonly WorkbookName[], sheet: string): boolean {
  return names.some((n) => {
    if (n.name.toUpperCase() !== LKJIP_MARKER) return false;
    const ref = parseNameReference(n.refersTo);
    return ref !== null && sameSheet(ref.sheet, sheet);
  });
}
