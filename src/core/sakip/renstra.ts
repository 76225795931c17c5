import { ATURAN_BAWAAN, parseTargetPredikat, parseTargetRange } from "../aturan";
import type { AturanCapaian } from "../aturan";
import { CATALOGUE, sasaranOf } from "../catalogue";
import type { Catalogue, Indicator } from "../catalogue";
import type { Finding, GridValue } from "../grid";
import { quoteSheetAlways } from "../formula-parser/address";
import { parseNameReference, sameSheet } from "../formula-parser/name-reference";
import { renstraSheetText as T, renstraWords } from "../messages/renstra";
import type { RenstraWords } from "../messages/renstra";
import {
  VALIDATION_RULES,
  formatNumber,
  formatNumberEn,
  quoteValue,
  validationMessages,
  validationMessagesEn,
} from "../messages/validation";
import type { ValidationRuleId } from "../messages/validation";
import { dataValidation, excelViolations, rulesOf, violation } from "../rules";
import type { RuleTable, ValueTypeRule } from "../rules";
import { MARK_STYLE, MARK_TAG, planConditionalFormats } from "../sheet/marks";
import { STYLES } from "../sheet/plan";
import {
  columnLetter,
  INPUT_FORMAT,
  planBuilder,
  sheetOrder,
  targetRule,
  textCell,
} from "../sheet/plan-builder";
import type {
  CellStyle,
  ConditionalFormatPlan,
  PlanRef,
  SheetPlan,
  ValidationRule,
} from "../sheet/types";
import { isBlank, isErrorValue } from "../workbook-index";

/**
 * The Target Renstra sheet as plain data (a SheetPlan, so every writer of the IKU sheet writes it
 * too), how a workbook's Renstra is found again by its names, the year sheet's link to it, and
 * Periksa Data over its inputs. Pure.
 *
 * Layout, in the style of a Renstra's "Indikator Kinerja" table: title, agency, "Periode
 * 2025–2029"; a two-row heading (No, Sasaran, Kode, Indikator Kinerja, Satuan, Periode
 * Indikator Mulai/Selesai, Kondisi Awal (the year before the period), Target Kinerja per Tahun
 * with one column per year, Kondisi Akhir); the numbering row; then one row per indicator,
 * grouped by sasaran (No and Sasaran merged over the group). Every number on it is typed by staff:
 * the yellow, unlocked input cells. The sheet is protected like the IKU sheet.
 *
 * Years outside an indicator's own period stay input cells, marked (a warning) when filled and
 * reported by Periksa Data: the indicator's period is itself typed, so a lock would be stale the
 * moment staff change it, while a conditional format follows the typed years as they change.
 */

export const RENSTRA_SHEET = "Target Renstra";
export const RENSTRA_MARKER = "IKU_RENSTRA";

/** The period's limits: a Renstra is usually 5 years; transition periods are shorter. */
export const PERIODE_LIMITS = { minYear: 2000, maxYear: 2100, maxYears: 10 } as const;

export interface Periode {
  awal: number;
  akhir: number;
}

/** The names of the sheet (sheet-scoped: 'Target Renstra'!IKU06_TARGET_2027 from elsewhere). */
export const renstraName = {
  awal: (code: string) => `${code}_AWAL`,
  akhir: (code: string) => `${code}_AKHIR`,
  target: (code: string, tahun: number) => `${code}_TARGET_${tahun}`,
  mulai: (code: string) => `${code}_MULAI`,
  selesai: (code: string) => `${code}_SELESAI`,
};

/** The years of a period, first to last. */
export function periodeYears(p: Periode): number[] {
  return Array.from({ length: p.akhir - p.awal + 1 }, (_, i) => p.awal + i);
}

/** What is wrong with a period, in words; undefined when it is a sane one. */
export function periodeProblem(p: Periode, lang: "id" | "en" = "id"): string | undefined {
  const W = renstraWords(lang).periode;
  const { minYear, maxYear, maxYears } = PERIODE_LIMITS;
  if (![p.awal, p.akhir].every((y) => Number.isInteger(y) && y >= minYear && y <= maxYear))
    return W.years(minYear, maxYear);
  if (p.akhir < p.awal) return W.order(p.awal, p.akhir);
  if (p.akhir - p.awal + 1 > maxYears) return W.length(maxYears);
  return undefined;
}

/** Reads "2025-2029" (also "2025–2029", "2025 - 2029", "2025 s.d. 2029"). */
export function parsePeriode(
  text: string,
  lang: "id" | "en" = "id"
): { ok: true; periode: Periode } | { ok: false; message: string } {
  const m = /^\s*(\d{4})\s*(?:-|–|—|s\.?\s*d\.?|sampai)\s*(\d{4})\s*$/i.exec(text);
  if (!m) return { ok: false, message: renstraWords(lang).periode.format(text.trim()) };
  const periode = { awal: Number(m[1]), akhir: Number(m[2]) };
  const problem = periodeProblem(periode, lang);
  return problem ? { ok: false, message: problem } : { ok: true, periode };
}

export interface RenstraSettings {
  periode: Periode;
  namaPerangkatDaerah: string;
  /** Default RENSTRA_SHEET. */
  sheetName?: string;
  /** The agency's rules (IKU 16 read in rupiah changes a value type). */
  aturan?: AturanCapaian;
}

/** Where one indicator lives on the Renstra sheet. */
export interface RenstraIndicator {
  code: string;
  order: number;
  row: number;
  mulai: PlanRef;
  selesai: PlanRef;
  awal: PlanRef;
  targets: (PlanRef & { tahun: number })[];
  akhir: PlanRef;
}

/**
 * The Renstra plan: a SheetPlan (its `indicators` are the year table's and stay empty here; the
 * Renstra's own are in `renstra`).
 */
export interface RenstraPlan extends SheetPlan {
  renstra: { periode: Periode; indicators: RenstraIndicator[] };
}

const WIDTH = { no: 5, sasaran: 30, kode: 9, indikator: 40, satuan: 12, year: 9, value: 12 };
const LINE = 15;

const RENSTRA_STYLES: Record<string, CellStyle> = {
  ...STYLES,
  label: { ...STYLES.cellText, verticalAlignment: "center" },
  labelCenter: { ...STYLES.cellCenter, verticalAlignment: "center" },
};

/** Lines a wrapped text needs in a column (as the IKU sheet estimates them). */
function lines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 0.95));
  return Math.max(1, Math.ceil(text.length / perLine));
}

/**
 * The value type of a kondisi awal (a realisasi on the indicator's scale), from the rule table:
 * a score's own type, a count for kinds with whole results, else a magnitude.
 */
export function awalValueType(
  indicator: Indicator,
  rules: RuleTable = rulesOf(CATALOGUE)
): ValueTypeRule {
  const kind = rules.kinds[indicator.kind];
  if (kind.targetOnScale) return rules.valueTypes[indicator.components[0]?.valueType ?? "skor"];
  return rules.valueTypes[kind.wholeResult ? "cacah" : "besaran"];
}

/** A target's data validation (the year sheet's rule) in the Renstra's words. */
function targetValidation(
  indicator: Indicator,
  address: string,
  title: string,
  tahun: number | "akhir"
): ValidationRule {
  const predikat = indicator.targetPredikat === true;
  const V = T.validation;
  return targetRule(indicator, address, {
    inputTitle: title,
    inputMessage: predikat
      ? V.targetPredikatMessage(indicator.name, tahun)
      : V.targetMessage(indicator.name, indicator.satuan, tahun),
    errorTitle: V.errorTitle,
    errorMessage: predikat ? V.targetPredikatError : V.targetError,
  });
}

const tagged = (condition: string) => `=AND(N("${MARK_TAG}")=0,${condition})`;

/** Builds the Target Renstra plan. Pure and deterministic. */
export function buildRenstraPlan(
  settings: RenstraSettings,
  catalogue: Catalogue = CATALOGUE
): RenstraPlan {
  const problem = periodeProblem(settings.periode);
  if (problem) throw new RangeError(problem);
  const periode = { ...settings.periode };
  const years = periodeYears(periode);
  const sheetName = settings.sheetName ?? RENSTRA_SHEET;
  const aturan = settings.aturan ?? ATURAN_BAWAAN;
  const rules = rulesOf(catalogue);
  const col = {
    no: 1,
    sasaran: 2,
    kode: 3,
    indikator: 4,
    satuan: 5,
    mulai: 6,
    selesai: 7,
    awal: 8,
    year: (i: number) => 9 + i,
    akhir: 9 + years.length,
  };
  const lastColumn = col.akhir;

  const builder = planBuilder(sheetName);
  const { put, block, name, merges, rowHeights, validations, names } = builder;
  const extraMarks: ConditionalFormatPlan[] = [];
  const indicators: RenstraIndicator[] = [];
  const mark = (address: string, indicator: string, severity: "error" | "warning", c: string) =>
    extraMarks.push({ address, indicator, severity, formula: tagged(c), ...MARK_STYLE[severity] });

  block(1, 1, lastColumn, 1, textCell(T.title, "title", "title"));
  block(1, 2, lastColumn, 2, textCell(settings.namaPerangkatDaerah, "title", "subtitle"));
  block(1, 3, lastColumn, 3, textCell(T.periode(periode.awal, periode.akhir), "title", "subtitle"));

  // Heading: two rows, the document's groups merged over their columns.
  const h1 = 5;
  const h2 = 6;
  const numberingRow = 7;
  const C = T.columns;
  const header = (value: string) => textCell(value, "header", "header");
  block(col.no, h1, col.no, h2, header(C.no));
  block(col.sasaran, h1, col.sasaran, h2, header(C.sasaran));
  block(col.kode, h1, col.kode, h2, header(C.kode));
  block(col.indikator, h1, col.indikator, h2, header(C.indikator));
  block(col.satuan, h1, col.satuan, h2, header(C.satuan));
  block(col.mulai, h1, col.selesai, h1, header(C.periodeIndikator));
  put(col.mulai, h2, header(C.mulai));
  put(col.selesai, h2, header(C.selesai));
  block(col.awal, h1, col.awal, h2, header(C.kondisiAwal(periode.awal - 1)));
  block(col.year(0), h1, col.year(years.length - 1), h1, header(C.target));
  years.forEach((y, i) =>
    put(col.year(i), h2, { role: "header", value: y, numberFormat: "0", style: "header" })
  );
  block(col.akhir, h1, col.akhir, h2, header(C.kondisiAkhir(periode.akhir)));
  for (let c = 1; c <= lastColumn; c++)
    put(c, numberingRow, textCell(`(${c})`, "header", "numbering"));
  rowHeights[h1] = 2 * LINE + 4;
  rowHeights[h2] = 2 * LINE + 4;

  const columnWidths: Record<string, number> = {
    [columnLetter(col.no)]: WIDTH.no,
    [columnLetter(col.sasaran)]: WIDTH.sasaran,
    [columnLetter(col.kode)]: WIDTH.kode,
    [columnLetter(col.indikator)]: WIDTH.indikator,
    [columnLetter(col.satuan)]: WIDTH.satuan,
    [columnLetter(col.mulai)]: WIDTH.year,
    [columnLetter(col.selesai)]: WIDTH.year,
    [columnLetter(col.awal)]: WIDTH.value,
    [columnLetter(col.akhir)]: WIDTH.value,
  };
  years.forEach((_, i) => (columnWidths[columnLetter(col.year(i))] = WIDTH.value));

  const ordered = sheetOrder(catalogue);
  const firstRow = numberingRow + 1;
  let row = firstRow;
  let groupStart = row;
  const input = (code: string, component: string, role: "input" | "target") => ({
    role,
    style: "input",
    numberFormat: INPUT_FORMAT,
    indicator: code,
    component,
  });
  for (let i = 0; i < ordered.length; i++) {
    const ind = ordered[i];
    const code = ind.code;
    put(col.kode, row, { ...textCell(code, "text", "labelCenter"), indicator: code });
    put(col.indikator, row, { ...textCell(ind.name, "text", "label"), indicator: code });
    put(col.satuan, row, { ...textCell(ind.satuan, "text", "labelCenter"), indicator: code });
    rowHeights[row] = Math.max(20, lines(ind.name, WIDTH.indikator) * LINE + 4);

    const V = T.validation;
    const at = (c: number, key: string, role: "input" | "target", n: string) => {
      const address = put(c, row, { ...input(code, key, role), name: n });
      name(n, address);
      return { name: n, address };
    };
    const mulai = at(col.mulai, "MULAI", "input", renstraName.mulai(code));
    const selesai = at(col.selesai, "SELESAI", "input", renstraName.selesai(code));
    for (const [ref, which] of [
      [mulai, "Mulai"],
      [selesai, "Selesai"],
    ] as const) {
      validations.push({
        address: ref.address,
        type: "wholeNumber",
        operator: "between",
        min: periode.awal,
        max: periode.akhir,
        inputTitle: V.yearTitle(code, which),
        inputMessage: V.yearMessage(periode.awal, periode.akhir),
        errorTitle: V.errorTitle,
        errorMessage: V.yearError(periode.awal, periode.akhir),
      });
      const x = ref.address;
      mark(
        x,
        code,
        "error",
        `IF(ISNUMBER(${x}),OR(${x}<${periode.awal},${x}>${periode.akhir},${x}<>INT(${x})),NOT(ISBLANK(${x})))`
      );
    }
    // The period ends before it starts: marked on the last year.
    mark(
      selesai.address,
      code,
      "error",
      `IF(AND(ISNUMBER(${mulai.address}),ISNUMBER(${selesai.address})),${selesai.address}<${mulai.address},FALSE)`
    );

    const awal = at(col.awal, "AWAL", "input", renstraName.awal(code));
    const awalType = awalValueType(ind, rules);
    validations.push({
      address: awal.address,
      inputTitle: V.awalTitle(code),
      errorTitle: V.errorTitle,
      ...dataValidation(awalType, C.kondisiAwal(periode.awal - 1)),
    });
    const bad = excelViolations(awalType, awal.address);
    mark(
      awal.address,
      code,
      "error",
      `IF(ISNUMBER(${awal.address}),${bad.length === 1 ? bad[0] : `OR(${bad.join(",")})`},NOT(ISBLANK(${awal.address})))`
    );

    const targets: RenstraIndicator["targets"] = [];
    years.forEach((tahun, k) => {
      const ref = at(col.year(k), `TARGET_${tahun}`, "target", renstraName.target(code, tahun));
      validations.push(targetValidation(ind, ref.address, V.targetTitle(code, tahun), tahun));
      targets.push({ ...ref, tahun });
      // Filled outside the indicator's own period (blank years: the sheet's).
      const x = ref.address;
      const from = `IF(ISNUMBER(${mulai.address}),${mulai.address},${periode.awal})`;
      const to = `IF(ISNUMBER(${selesai.address}),${selesai.address},${periode.akhir})`;
      mark(x, code, "warning", `AND(NOT(ISBLANK(${x})),OR(${tahun}<${from},${tahun}>${to}))`);
    });
    const akhir = at(col.akhir, "AKHIR", "target", renstraName.akhir(code));
    validations.push(targetValidation(ind, akhir.address, V.akhirTitle(code), "akhir"));
    // Kondisi akhir against kondisi awal, by polarity: a warning (a Renstra may plan a decline).
    const worse = ind.polarity === "negatif" ? ">" : "<";
    mark(
      akhir.address,
      code,
      "warning",
      `IF(AND(ISNUMBER(${akhir.address}),ISNUMBER(${awal.address})),${akhir.address}${worse}${awal.address},FALSE)`
    );

    indicators.push({ code, order: ind.order, row, mulai, selesai, awal, targets, akhir });
    row++;

    const sasaran = sasaranOf(ind, catalogue);
    const next = ordered[i + 1];
    if (!next || next.sasaran !== ind.sasaran) {
      const groupEnd = row - 1;
      block(col.no, groupStart, col.no, groupEnd, {
        role: "text",
        value: sasaran.no,
        numberFormat: "0",
        style: "labelCenter",
      });
      block(
        col.sasaran,
        groupStart,
        col.sasaran,
        groupEnd,
        textCell(sasaran.name, "text", "label")
      );
      builder.fitRows(groupStart, groupEnd, lines(sasaran.name, WIDTH.sasaran) * LINE + 4);
      groupStart = row;
    }
  }
  const lastRow = Math.max(row - 1, numberingRow);
  name(RENSTRA_MARKER, "A1");

  const sorted = builder.sortedCells();
  // The year sheet's target marks (negative, bad text, 0 for a positive polarity) on every target
  // and kondisi akhir, then the Renstra's own.
  const conditionalFormats = [
    ...planConditionalFormats(sorted, validations, { aturan }, catalogue),
    ...extraMarks,
  ];

  return {
    settings: {
      tahun: periode.awal,
      namaPerangkatDaerah: settings.namaPerangkatDaerah,
      sheetName,
      mode: "excel",
      aturan: settings.aturan,
    },
    sheetName,
    cells: sorted,
    styles: { ...RENSTRA_STYLES },
    merges,
    columnWidths,
    rowHeights,
    validations,
    conditionalFormats,
    names,
    freeze: { rows: numberingRow, columns: col.indikator },
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      titleRows: `$${h1}:$${numberingRow}`,
      paperSize: "F4",
      errors: "displayed",
    },
    protection: { protect: true },
    range: `A1:${columnLetter(lastColumn)}${lastRow}`,
    indicators: [],
    table: { headerRow: h1, numberingRow, firstRow, lastRow },
    marker: { name: RENSTRA_MARKER, address: "A1" },
    renstra: { periode, indicators },
  };
}

/* ------------------------------------------------------ the Renstra of a workbook */

/** The Renstra sheet of a workbook, found by its names. */
export interface FoundRenstra {
  /** The sheet as the workbook spells it. */
  sheet: string;
  periode: Periode;
  /** Name (upper case) → address without $ on the sheet. */
  addresses: Map<string, string>;
  /** Indicator codes (upper case) → the years with a target name. */
  codes: Map<string, number[]>;
}

const TARGET_NAME = /^(.+)_TARGET_(\d{4})$/;

/**
 * The workbook's Renstra: the sheet IKU_RENSTRA refers to, with every name of the add-in that
 * refers to it (sheet-scoped or, from older writers, workbook-wide: a name is found by where it
 * points). Undefined when there is none or its sheet is gone.
 */
export function findRenstra(
  names: readonly { name: string; refersTo: string }[],
  sheets: readonly string[]
): FoundRenstra | undefined {
  const marker = names.find((n) => n.name.toUpperCase() === RENSTRA_MARKER);
  const ref = marker ? parseNameReference(marker.refersTo) : null;
  const sheet = ref ? sheets.find((s) => sameSheet(s, ref.sheet)) : undefined;
  if (sheet === undefined) return undefined;
  const addresses = new Map<string, string>();
  const codes = new Map<string, number[]>();
  for (const n of names) {
    const r = parseNameReference(n.refersTo);
    if (!r || !sameSheet(r.sheet, sheet)) continue;
    const upper = n.name.toUpperCase();
    addresses.set(upper, r.address);
    const m = TARGET_NAME.exec(upper);
    if (m)
      codes.set(
        m[1],
        [...(codes.get(m[1]) ?? []), Number(m[2])].sort((a, b) => a - b)
      );
  }
  const all = [...codes.values()].flat();
  if (all.length === 0) return undefined;
  return {
    sheet,
    periode: { awal: Math.min(...all), akhir: Math.max(...all) },
    addresses,
    codes,
  };
}

/**
 * The year sheet's Target formula for a Renstra cell: the cell by its absolute address (LibreOffice
 * does not resolve another sheet's sheet-scoped name), blank kept blank (a plain reference to a
 * blank cell would show 0, which capaian would read as a target of 0).
 */
export function renstraLinkFormula(sheet: string, address: string): string {
  const ref = `${quoteSheetAlways(sheet)}!$${address.replace(/(\d+)$/, "$$$1")}`;
  return `=IF(ISBLANK(${ref}),"",${ref})`;
}

/** The Renstra cell a year sheet's Target formula links to, when it is such a link. */
export function renstraLinkTarget(
  formula: unknown
): { sheet: string; address: string } | undefined {
  if (typeof formula !== "string") return undefined;
  const m =
    /^=IF\(ISBLANK\(('(?:[^']|'')+'|[^'!(),]+)!\$?([A-Z]{1,3})\$?(\d+)\),"",\1!\$?\2\$?\3\)$/i.exec(
      formula.trim()
    );
  if (!m) return undefined;
  const sheet = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
  return { sheet, address: `${m[2].toUpperCase()}${m[3]}` };
}

/** Whether a year sheet's target cell holds the add-in's link (not a typed PK target). */
export function isRenstraLink(formula: unknown): boolean {
  return renstraLinkTarget(formula) !== undefined;
}

/**
 * The Target formulas of the year sheet for `tahun`, by indicator code (upper case): one per
 * indicator the Renstra has a target name for in that year. Empty when the Renstra does not cover
 * the year.
 */
export function renstraTargetLinks(
  found: FoundRenstra | undefined,
  tahun: number
): Record<string, string> {
  const links: Record<string, string> = {};
  if (!found) return links;
  for (const code of found.codes.keys()) {
    const address = found.addresses.get(renstraName.target(code, tahun));
    if (address) links[code] = renstraLinkFormula(found.sheet, address);
  }
  return links;
}

/* ------------------------------------------------------------ Periksa Data */

/**
 * Periksa Data over the Renstra's inputs, each finding with its cell: the value type of kondisi
 * awal and the target rules of the year sheet (errors), the indicator's own period (errors), a
 * target typed outside that period (warning) and kondisi akhir against kondisi awal by polarity
 * (warning: a Renstra may plan a decline on purpose). Blank cells are not findings: a Renstra is
 * filled over time, and the year sheet says when a target it needs is empty.
 */
export function validateRenstra(
  found: FoundRenstra,
  valueAt: (address: string) => GridValue | undefined,
  catalogue: Catalogue = CATALOGUE,
  lang: "id" | "en" = "id"
): Finding[] {
  const en = lang === "en";
  const M = en ? validationMessagesEn : validationMessages;
  const W: RenstraWords = renstraWords(lang);
  const num = en ? formatNumberEn : formatNumber;
  const rules = rulesOf(catalogue);
  const findings: Finding[] = [];
  const { awal: P0, akhir: P1 } = found.periode;
  const add = (
    rule: ValidationRuleId,
    address: string,
    code: string,
    message: string,
    value?: GridValue
  ) => {
    const f: Finding = {
      sheet: found.sheet,
      cell: address,
      indicator: code,
      rule,
      severity: VALIDATION_RULES[rule].severity,
      message,
    };
    if (value !== undefined && !isBlank(value)) f.current = String(value);
    if (en) f.messageLang = "en";
    findings.push(f);
  };
  type Read = { value?: GridValue; number?: number };
  /** A cell's number, or a finding for what it holds instead; undefined for blank or bad. */
  const numberAt = (
    address: string,
    code: string,
    what: string,
    type: "awal" | "target" | "year",
    indicator: Indicator
  ): Read => {
    const value = valueAt(address);
    if (isBlank(value) || (typeof value === "string" && value.trim() === "")) return { value };
    const put = (rule: ValidationRuleId, message: string) =>
      add(rule, address, code, message, value);
    if (isErrorValue(value)) {
      put("input.errorValue", M.errorValue(what, value));
      return { value };
    }
    if (type === "target" && typeof value === "string") {
      const range = parseTargetRange(value);
      if (range && range.bawah > range.atas)
        put("target.rangeOrder", M.targetRangeOrder(what, quoteValue(value)));
      else if (!range && parseTargetPredikat(value)) {
        if (!indicator.targetPredikat)
          put("target.predikatNotAllowed", M.targetPredikatNotAllowed(what, quoteValue(value)));
      } else if (!range) put("input.text", M.text(what, M.describe(value)));
      return { value };
    }
    if (typeof value !== "number") {
      put("input.text", M.text(what, M.describe(value)));
      return { value };
    }
    if (type === "year") {
      if (!Number.isInteger(value) || value < P0 || value > P1) {
        const shown = Number.isInteger(value) ? String(value) : num(value);
        put("renstra.period", W.yearOutside(what, shown, P0, P1));
        return { value };
      }
      return { value, number: value };
    }
    const valueType = awalValueType(indicator, rules);
    const found =
      type === "awal"
        ? violation(valueType, value)
        : value < 0
          ? "negative"
          : rules.kinds[indicator.kind].targetOnScale &&
              valueType.maxValue !== undefined &&
              value > valueType.maxValue
            ? "outOfRange"
            : null;
    if (found === "negative") put("input.negative", M.negative(what, num(value)));
    else if (found === "notWhole") put("input.notWhole", M.notWhole(what, num(value)));
    else if (found === "outOfRange")
      put(
        "input.scoreRange",
        M.outOfRange(
          what,
          num(value),
          num(valueType.minValue),
          valueType.maxValue === undefined ? undefined : num(valueType.maxValue)
        )
      );
    else return { value, number: value };
    return { value };
  };

  for (const indicator of sheetOrder(catalogue)) {
    const code = indicator.code.toUpperCase();
    const years = found.codes.get(code);
    if (!years) continue;
    const o = indicator.order;
    const cell = (name: string) => found.addresses.get(name);
    const mulaiAt = cell(renstraName.mulai(code));
    const selesaiAt = cell(renstraName.selesai(code));
    const mulai = mulaiAt
      ? numberAt(mulaiAt, code, W.what.mulai(o), "year", indicator)
      : ({} as Read);
    const selesai = selesaiAt
      ? numberAt(selesaiAt, code, W.what.selesai(o), "year", indicator)
      : ({} as Read);
    const from = mulai.number ?? P0;
    const to = selesai.number ?? P1;
    if (selesaiAt && mulai.number !== undefined && selesai.number !== undefined && to < from)
      add("renstra.period", selesaiAt, code, W.yearOrder(from, to, o), selesai.value);
    const awalAt = cell(renstraName.awal(code));
    const awal = awalAt ? numberAt(awalAt, code, W.what.awal(o), "awal", indicator) : ({} as Read);
    for (const tahun of years) {
      const at = cell(renstraName.target(code, tahun));
      if (!at) continue;
      const what = W.what.target(o, tahun);
      const t = numberAt(at, code, what, "target", indicator);
      if (!isBlank(t.value) && (tahun < from || tahun > to) && to >= from)
        add("renstra.outsidePeriod", at, code, W.outsidePeriod(what, from, to), t.value);
    }
    const akhirAt = cell(renstraName.akhir(code));
    const akhir = akhirAt
      ? numberAt(akhirAt, code, W.what.akhir(o), "target", indicator)
      : ({} as Read);
    if (akhirAt && awal.number !== undefined && akhir.number !== undefined) {
      const worse =
        indicator.polarity === "negatif" ? akhir.number > awal.number : akhir.number < awal.number;
      if (worse)
        add(
          "renstra.direction",
          akhirAt,
          code,
          W.direction(o, num(awal.number), num(akhir.number), indicator.polarity),
          akhir.value
        );
    }
  }
  return findings;
}

/** The values typed on a Renstra sheet, by name (upper case), to keep across a regenerate. */
export function renstraInputNames(plan: RenstraPlan): string[] {
  return plan.cells
    .filter((c) => (c.role === "input" || c.role === "target") && c.name)
    .map((c) => (c.name as string).toUpperCase());
}
