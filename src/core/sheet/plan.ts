import { ATURAN_BAWAAN, NA_PRINTED } from "../aturan";
import type { AturanCapaian } from "../aturan";
import { CATALOGUE, sasaranOf } from "../catalogue";
import type { Catalogue, Component, Indicator } from "../catalogue";
import { sheetText, validationText } from "../messages/sheet";
import { dataValidation, inputValueType, RULES, rulesOf } from "../rules";
import type { RuleTable } from "../rules";
import {
  capaianFormula,
  capaianName,
  hasilFormula,
  hasilName,
  kategoriFormula,
  kategoriName,
  targetName,
} from "./formula-text";
import { planConditionalFormats } from "./marks";
import {
  columnLetter,
  INPUT_FORMAT,
  planBuilder,
  sheetOrder,
  targetRule,
  textCell,
} from "./plan-builder";
import {
  aggregateFormula,
  capaianQuarterName,
  hasilQuarterName,
  quarterName,
  ROMAN,
  toDateName,
  TRIWULAN,
} from "./quarters";
import type { Triwulan } from "./quarters";
import { linkedTarget } from "./target-link";
import type {
  CellStyle,
  PlanCell,
  PlanComponent,
  PlanIndicator,
  PlanRef,
  SheetPlan,
  SheetSettings,
  ValidationRule,
} from "./types";

/**
 * The IKU sheet as plain data, built from the catalogue and the settings.
 *
 * Layout (top to bottom), as in the agency's IKU document:
 * - rows 1–3: title, agency name, "Tahun <tahun>";
 * - the header block: 1. Nama Perangkat Daerah, 2. Tugas, 3. Fungsi a–g (one row each),
 *   4. Indikator Kinerja Utama;
 * - the table: a heading row, the numbering row (1) … (7), then FIVE rows per indicator: its
 *   label line and one row per triwulan (TW I … TW IV).
 *
 * Columns A–G are the document's seven columns (No and Sasaran merged over their indicators,
 * the other five merged over the indicator's rows). Beside them the working columns: Triwulan
 * (TW I … TW IV), then per component ("Komponen 1" … "Komponen n", n = the most components any
 * indicator has, 3 for IKU02) two columns: the quarter as staff type it, and the component up
 * to that quarter (formula: the sum of the quarters for akumulasi, the latest filled quarter
 * for posisi; up to TW IV it is the year's component, IKU06_PEMBILANG); then Realisasi and
 * Capaian up to each quarter; then the year's Hasil, Satuan, Target, Capaian, Kategori merged
 * over the indicator's rows, as today's one-row table and the LKjIP print them.
 *
 * Rows, not columns, for the quarters: four quarters × n components side by side would double
 * the sheet's width and no longer print on one F4 page across; as rows the sheet reads like the
 * agency's monitoring form (one line per triwulan), prints with the table's heading repeated,
 * and each quarter's inputs and results stay on one line. The label line holds the catalogue's
 * label of each component above its columns, so staff see what to type without opening
 * anything. Components an indicator does not use are grey and not inputs.
 *
 * Every input, target and formula cell has a name (IKU06_PEMBILANG_TW3, IKU06_HASIL…) and
 * formulas refer to names only; IKU_LEMBAR refers to A1 and marks the sheet as the add-in's.
 */

/** The marker name: a sheet is "made by the add-in" iff IKU_LEMBAR refers to a cell on it. */
export const MARKER_NAME = "IKU_LEMBAR";

/** Number of document columns (A–G). */
const DOC_COLUMNS = 7;

const WIDTH = {
  no: 5,
  sasaran: 30,
  indikator: 40,
  penjelasan: 45,
  kali: 9,
  pj: 20,
  sumber: 10,
  triwulan: 8,
  quarter: 13,
  toDate: 12,
  hasilToDate: 11,
  capaianToDate: 11,
  hasil: 11,
  satuan: 13,
  target: 11,
  capaian: 11,
  kategori: 15,
} as const;

/** Points per text line at 11 pt and at 9 pt (component labels). */
const LINE = 15;
const SMALL_LINE = 12;

const INPUT_FILL = "#FFF2CC";
const FORMULA_FILL = "#E2EFDA";
const HEADER_FILL = "#D9E1F2";

export const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 14, horizontalAlignment: "center", locked: true },
  subtitle: { bold: true, fontSize: 12, horizontalAlignment: "center", locked: true },
  blockNo: { horizontalAlignment: "right", verticalAlignment: "top", locked: true },
  blockLabel: { bold: true, verticalAlignment: "top", locked: true },
  blockText: { verticalAlignment: "top", locked: true },
  header: {
    bold: true,
    fill: HEADER_FILL,
    horizontalAlignment: "center",
    verticalAlignment: "center",
    wrapText: true,
    border: true,
    locked: true,
  },
  numbering: {
    italic: true,
    fontSize: 9,
    fill: HEADER_FILL,
    horizontalAlignment: "center",
    verticalAlignment: "center",
    border: true,
    locked: true,
  },
  cellText: { verticalAlignment: "top", wrapText: true, border: true, locked: true },
  cellCenter: {
    horizontalAlignment: "center",
    verticalAlignment: "top",
    wrapText: true,
    border: true,
    locked: true,
  },
  componentLabel: {
    italic: true,
    fontSize: 9,
    fontColor: "#595959",
    fill: "#F2F2F2",
    verticalAlignment: "top",
    wrapText: true,
    border: true,
    locked: true,
  },
  unused: { fill: "#BFBFBF", border: true, locked: true },
  triwulan: {
    bold: true,
    horizontalAlignment: "center",
    verticalAlignment: "center",
    border: true,
    locked: true,
  },
  // The one input style: light yellow, blue font, thin border, unlocked.
  input: {
    fill: INPUT_FILL,
    fontColor: "#0000FF",
    verticalAlignment: "center",
    border: true,
    locked: false,
  },
  formula: { fill: FORMULA_FILL, verticalAlignment: "center", border: true, locked: true },
  kategori: {
    fill: FORMULA_FILL,
    horizontalAlignment: "center",
    verticalAlignment: "center",
    wrapText: true,
    border: true,
    locked: true,
  },
  satuan: {
    horizontalAlignment: "center",
    verticalAlignment: "center",
    wrapText: true,
    border: true,
    locked: true,
  },
};

// Defined with the plan builder; re-exported for the code that imports them from the year sheet.
export {
  absoluteReference,
  cellAddress,
  columnLetter,
  columnNumber,
  parseAddress,
  quoteSheetName,
} from "./plan-builder";

/** Lines a wrapped text needs in a column of `width` characters (a deliberate overestimate). */
function lines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 0.95));
  return text
    .split("\n")
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** The number format of an indicator's hasil and target, by its kind (its satuan). */
export function resultFormat(
  indicator: Indicator,
  aturan: AturanCapaian = ATURAN_BAWAAN,
  rules: RuleTable = RULES
): string {
  // Counts are whole numbers; percentages (the function returns 75 for 75 %), the SAKIP score
  // and averages show the agency's decimals (2: as LKjIP tables print them). The % sign is in
  // the Satuan column, not in the format. The text section prints "n.a." (tidak ada kejadian)
  // as "–", as LKjIP tables show it.
  const number = rules.kinds[indicator.kind].wholeResult ? "0" : decimalFormat(aturan.desimal);
  return textAsDash(number);
}

/** "0.00" for 2 decimals, "0" for none. */
export function decimalFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** A number format whose text section shows any text as the printed n.a. sign. */
export function textAsDash(number: string): string {
  return `${number};-${number};${number};"${NA_PRINTED}"`;
}

/** An input's data validation: its value type's rule and words (src/core/rules). */
function validationFor(
  indicator: Indicator,
  component: Component,
  position: number,
  q: Triwulan,
  address: string,
  aturan: AturanCapaian,
  rules: RuleTable
): ValidationRule {
  const label = validationText.quarterLabel(
    component.label,
    ROMAN[q],
    component.agregasi === "akumulasi"
  );
  const rule = dataValidation(inputValueType(indicator, component, aturan, rules), label);
  return {
    address,
    inputTitle: validationText.inputTitle(indicator.code, position, ROMAN[q]),
    errorTitle: validationText.errorTitle,
    ...rule,
  };
}

function targetValidation(indicator: Indicator, address: string): ValidationRule {
  const predikat = indicator.targetPredikat === true;
  return targetRule(indicator, address, {
    inputTitle: validationText.targetTitle(indicator.code),
    inputMessage: predikat
      ? validationText.targetPredikatMessage(indicator.name, indicator.satuan)
      : validationText.targetMessage(indicator.name, indicator.satuan),
    errorTitle: validationText.errorTitle,
    errorMessage: predikat ? validationText.targetPredikatError : validationText.targetError,
  });
}

/** Builds the sheet plan. Pure and deterministic: the same input gives the same plan. */
export function buildSheetPlan(
  settings: SheetSettings,
  catalogue: Catalogue = CATALOGUE
): SheetPlan {
  const sheetName = settings.sheetName;
  const aturan = settings.aturan ?? ATURAN_BAWAAN;
  const rules = rulesOf(catalogue);
  const componentColumns = Math.max(1, ...catalogue.indicators.map((i) => i.components.length));
  const col = {
    no: 1,
    sasaran: 2,
    indikator: 3,
    penjelasan: 4,
    kali: 5,
    pj: 6,
    sumber: 7,
    triwulan: DOC_COLUMNS + 1,
    quarter: (k: number) => DOC_COLUMNS + 2 + 2 * k,
    toDate: (k: number) => DOC_COLUMNS + 3 + 2 * k,
    hasilToDate: DOC_COLUMNS + 2 * componentColumns + 2,
    capaianToDate: DOC_COLUMNS + 2 * componentColumns + 3,
    hasil: DOC_COLUMNS + 2 * componentColumns + 4,
    satuan: DOC_COLUMNS + 2 * componentColumns + 5,
    target: DOC_COLUMNS + 2 * componentColumns + 6,
    capaian: DOC_COLUMNS + 2 * componentColumns + 7,
    kategori: DOC_COLUMNS + 2 * componentColumns + 8,
  };
  const lastColumn = col.kategori;
  const last = columnLetter(lastColumn);

  const builder = planBuilder(sheetName);
  const { put, block, name, merges, rowHeights, validations, names } = builder;
  const indicators: PlanIndicator[] = [];

  // Title rows.
  block(1, 1, lastColumn, 1, textCell(sheetText.title, "title", "title"));
  block(1, 2, lastColumn, 2, textCell(settings.namaPerangkatDaerah, "title", "subtitle"));
  block(1, 3, lastColumn, 3, textCell(sheetText.tahun(settings.tahun), "title", "subtitle"));

  // Header block of the document.
  let row = 5;
  const headerLine = (no: string, label: string, value: string | null): void => {
    if (no) put(col.no, row, textCell(no, "label", "blockNo"));
    if (label) put(col.sasaran, row, textCell(label, "label", "blockLabel"));
    if (value !== null)
      block(col.indikator, row, col.sumber, row, textCell(value, "text", "blockText"));
    row++;
  };
  headerLine("1.", sheetText.header.namaPerangkatDaerah, settings.namaPerangkatDaerah);
  headerLine("2.", sheetText.header.tugas, catalogue.agency.tugas);
  catalogue.agency.fungsi.forEach((f, i) =>
    headerLine(
      i === 0 ? "3." : "",
      i === 0 ? sheetText.header.fungsi : "",
      `${f.letter}. ${f.text}`
    )
  );
  headerLine("4.", sheetText.header.iku, null);
  row++;

  // Table heading and numbering row.
  const headerRow = row;
  const numberingRow = row + 1;
  const docWidths = [
    WIDTH.no,
    WIDTH.sasaran,
    WIDTH.indikator,
    WIDTH.penjelasan,
    WIDTH.kali,
    WIDTH.pj,
    WIDTH.sumber,
  ];
  const headings: [column: number, heading: string, width: number][] =
    sheetText.documentColumns.map((h, i) => [i + 1, h, docWidths[i]]);
  headings.push([col.triwulan, sheetText.triwulan, WIDTH.triwulan]);
  for (let k = 0; k < componentColumns; k++) {
    const heading = sheetText.component(k + 1);
    headings.push(
      [col.quarter(k), `${heading}: ${sheetText.quarterInput}`, WIDTH.quarter],
      [col.toDate(k), `${heading}: ${sheetText.toDate}`, WIDTH.toDate]
    );
  }
  headings.push(
    [col.hasilToDate, sheetText.hasilToDate, WIDTH.hasilToDate],
    [col.capaianToDate, sheetText.capaianToDate, WIDTH.capaianToDate],
    [col.hasil, sheetText.hasil, WIDTH.hasil],
    [col.satuan, sheetText.satuan, WIDTH.satuan],
    [col.target, sheetText.target, WIDTH.target],
    [col.capaian, sheetText.capaian, WIDTH.capaian],
    [col.kategori, sheetText.kategori, WIDTH.kategori]
  );
  const columnWidths: Record<string, number> = {};
  let headerLines = 1;
  for (const [c, heading, width] of headings) {
    put(c, headerRow, textCell(heading, "header", "header"));
    columnWidths[columnLetter(c)] = width;
    headerLines = Math.max(headerLines, lines(heading, width));
  }
  rowHeights[headerRow] = headerLines * LINE + 4;
  for (let c = 1; c <= DOC_COLUMNS; c++)
    put(c, numberingRow, textCell(`(${c})`, "header", "numbering"));
  for (let c = col.triwulan; c <= lastColumn; c++) {
    const isInput =
      c === col.target ||
      (c >= col.quarter(0) && c < col.hasilToDate && (c - col.quarter(0)) % 2 === 0);
    const label =
      c === col.satuan || c === col.triwulan ? "" : isInput ? sheetText.isian : sheetText.rumus;
    put(c, numberingRow, textCell(label, "header", "numbering"));
  }

  // The indicators, five rows each (label line, TW I … TW IV), grouped by sasaran.
  const ordered = sheetOrder(catalogue);
  row = numberingRow + 1;
  const firstRow = row;
  let groupStart = row;
  for (let i = 0; i < ordered.length; i++) {
    const ind = ordered[i];
    const sasaran = sasaranOf(ind, catalogue);
    const labelRow = row;
    const lastRow = row + TRIWULAN.length;
    const quarterRow = (q: Triwulan) => labelRow + q;
    const mode = settings.mode;

    const docBlock = (c: number, cell: Omit<PlanCell, "address">) =>
      block(c, labelRow, c, lastRow, cell);
    docBlock(col.indikator, textCell(ind.name, "text", "cellText"));
    docBlock(col.penjelasan, textCell(ind.formulaReading, "text", "cellText"));
    docBlock(
      col.kali,
      ind.timesHundred
        ? textCell(sheetText.timesHundred, "text", "cellCenter")
        : { role: "text", style: "cellCenter" }
    );
    docBlock(col.pj, textCell(ind.penanggungJawab, "text", "cellText"));
    docBlock(col.sumber, textCell(ind.sumberData, "text", "cellCenter"));

    // The quarter column, and the label line above the quarter results.
    put(col.triwulan, labelRow, { role: "label", style: "componentLabel" });
    for (const q of TRIWULAN)
      put(col.triwulan, quarterRow(q), textCell(sheetText.tw(ROMAN[q]), "label", "triwulan"));
    put(col.hasilToDate, labelRow, { role: "label", style: "componentLabel" });
    put(col.capaianToDate, labelRow, { role: "label", style: "componentLabel" });

    const inputs: PlanIndicator["inputs"] = [];
    const components: PlanComponent[] = [];
    let labelLines = 1;
    for (let k = 0; k < componentColumns; k++) {
      const component = ind.components[k];
      if (!component) {
        block(col.quarter(k), labelRow, col.toDate(k), lastRow, {
          role: "label",
          style: "unused",
        });
        continue;
      }
      block(col.quarter(k), labelRow, col.toDate(k), labelRow, {
        ...textCell(component.label, "label", "componentLabel"),
        indicator: ind.code,
      });
      const labelWidth = WIDTH.quarter + WIDTH.toDate;
      labelLines = Math.max(labelLines, lines(component.label, labelWidth / 0.8));
      const valueType = inputValueType(ind, component, aturan, rules).id;
      const quarterNames: string[] = [];
      const toDate: PlanRef[] = [];
      for (const q of TRIWULAN) {
        const n = quarterName(ind, component.key, q);
        quarterNames.push(n);
        const address = put(col.quarter(k), quarterRow(q), {
          role: "input",
          style: "input",
          numberFormat: INPUT_FORMAT,
          indicator: ind.code,
          name: n,
          component: component.key,
          triwulan: q,
        });
        name(n, address);
        validations.push(validationFor(ind, component, k + 1, q, address, aturan, rules));
        inputs.push({
          key: component.key,
          name: n,
          address,
          label: component.label,
          valueType,
          triwulan: q,
        });
        // The component up to this quarter: by its aggregation, over the names of TW I … q.
        const sd = toDateName(ind, component.key, q);
        const sdAddress = put(col.toDate(k), quarterRow(q), {
          role: "aggregate",
          formula: `=${aggregateFormula(quarterNames, component.agregasi)}`,
          numberFormat: INPUT_FORMAT,
          style: "formula",
          indicator: ind.code,
          name: sd,
          component: component.key,
          triwulan: q,
        });
        name(sd, sdAddress);
        toDate.push({ name: sd, address: sdAddress });
      }
      components.push({
        key: component.key,
        agregasi: component.agregasi,
        toDate: toDate as PlanComponent["toDate"],
      });
    }
    // Inputs in sheet order: TW I's components, then TW II's, …
    inputs.sort((a, b) => a.triwulan - b.triwulan);

    // Realisasi and capaian up to each quarter, from the components up to it.
    const quarters: PlanIndicator["quarters"] = [];
    for (const q of TRIWULAN) {
      const refs = components.map((c) => c.toDate[q - 1].name);
      const hasilQ = hasilQuarterName(ind, q);
      const capaianQ = capaianQuarterName(ind, q);
      const hAddress = put(col.hasilToDate, quarterRow(q), {
        role: "result",
        formula: hasilFormula(ind, mode, aturan, rules, refs),
        numberFormat: resultFormat(ind, aturan, rules),
        style: "formula",
        indicator: ind.code,
        name: hasilQ,
        triwulan: q,
      });
      const cAddress = put(col.capaianToDate, quarterRow(q), {
        role: "capaian",
        formula: capaianFormula(ind, mode, aturan, { hasil: hasilQ, target: targetName(ind) }),
        numberFormat: textAsDash(decimalFormat(aturan.desimal)),
        style: "formula",
        indicator: ind.code,
        name: capaianQ,
        triwulan: q,
      });
      name(hasilQ, hAddress);
      name(capaianQ, cAddress);
      quarters.push({
        hasil: { name: hasilQ, address: hAddress },
        capaian: { name: capaianQ, address: cAddress },
      });
    }

    const hasil = block(col.hasil, labelRow, col.hasil, lastRow, {
      role: "result",
      formula: hasilFormula(ind, mode, aturan, rules),
      numberFormat: resultFormat(ind, aturan, rules),
      style: "formula",
      indicator: ind.code,
      name: hasilName(ind),
    });
    block(col.satuan, labelRow, col.satuan, lastRow, {
      ...textCell(ind.satuan, "text", "satuan"),
      indicator: ind.code,
    });
    const target = block(col.target, labelRow, col.target, lastRow, {
      role: "target",
      numberFormat: INPUT_FORMAT,
      style: "input",
      indicator: ind.code,
      name: targetName(ind),
      component: "TARGET",
      ...linkedTarget(settings, ind.code),
    });
    const capaian = block(col.capaian, labelRow, col.capaian, lastRow, {
      role: "capaian",
      formula: capaianFormula(ind, mode, aturan),
      numberFormat: textAsDash(decimalFormat(aturan.desimal)),
      style: "formula",
      indicator: ind.code,
      name: capaianName(ind),
    });
    const kategori = block(col.kategori, labelRow, col.kategori, lastRow, {
      role: "kategori",
      formula: kategoriFormula(ind, mode, aturan),
      numberFormat: "General",
      style: "kategori",
      indicator: ind.code,
      name: kategoriName(ind),
    });
    name(hasilName(ind), hasil);
    name(targetName(ind), target);
    name(capaianName(ind), capaian);
    name(kategoriName(ind), kategori);
    validations.push(targetValidation(ind, target));

    // Row heights: the label line fits the longest component label (9 pt); the quarter rows
    // one line each, the last one taller when the document columns need more.
    const docLines = Math.max(
      lines(ind.name, WIDTH.indikator),
      lines(ind.formulaReading, WIDTH.penjelasan),
      lines(ind.penanggungJawab, WIDTH.pj),
      lines(ind.sumberData, WIDTH.sumber)
    );
    const labelHeight = Math.max(LINE, labelLines * SMALL_LINE + 3);
    const quarterHeight = 18;
    rowHeights[labelRow] = labelHeight;
    for (const q of TRIWULAN) rowHeights[quarterRow(q)] = quarterHeight;
    builder.fitRows(labelRow, lastRow, docLines * LINE + 4);

    indicators.push({
      code: ind.code,
      rows: [labelRow, lastRow],
      inputs,
      components,
      quarters,
      hasil: { name: hasilName(ind), address: hasil },
      target: { name: targetName(ind), address: target },
      capaian: { name: capaianName(ind), address: capaian },
      kategori: { name: kategoriName(ind), address: kategori },
    });
    row = lastRow + 1;

    // Close the sasaran group: No and Sasaran merged over its indicators' rows.
    const next = ordered[i + 1];
    if (!next || next.sasaran !== ind.sasaran) {
      const groupEnd = row - 1;
      block(col.no, groupStart, col.no, groupEnd, {
        role: "text",
        value: sasaran.no,
        numberFormat: "0",
        style: "cellCenter",
      });
      block(
        col.sasaran,
        groupStart,
        col.sasaran,
        groupEnd,
        textCell(sasaran.name, "text", "cellText")
      );
      builder.fitRows(groupStart, groupEnd, lines(sasaran.name, WIDTH.sasaran) * LINE + 4);
      groupStart = row;
    }
  }
  const tableLastRow = row - 1;

  name(MARKER_NAME, "A1");

  const sorted = builder.sortedCells();
  const conditionalFormats = planConditionalFormats(sorted, validations, settings, catalogue);

  return {
    settings: { ...settings },
    sheetName,
    cells: sorted,
    styles: { ...STYLES },
    merges,
    columnWidths,
    rowHeights,
    validations,
    conditionalFormats,
    names,
    // The table's heading rows stay visible while scrolling through the indicators.
    freeze: { rows: numberingRow, columns: 0 },
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      titleRows: `$${headerRow}:$${numberingRow}`,
      // F4 (folio, 215 × 330 mm) is the usual paper of Indonesian government offices.
      paperSize: "F4",
      // An indicator not yet filled shows #N/A on screen; the printed LKjIP table shows "–".
      errors: "dash",
    },
    protection: { protect: true },
    range: `A1:${last}${tableLastRow}`,
    indicators,
    table: { headerRow, numberingRow, firstRow, lastRow: tableLastRow },
    marker: { name: MARKER_NAME, address: "A1" },
  };
}
