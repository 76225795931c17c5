import type { RingkasanMissing } from "../sakip/ringkasan";
import { TERMS_EN as T } from "./en";
import { quoted } from "./format";
import type { RingkasanWords } from "./id-ringkasan";

const MISSING_EN: Record<RingkasanMissing, string> = {
  realisasi: "realisation data",
  target: "target",
};

/** The Ringkasan tab in English (id-ringkasan.ts holds the shape and the Indonesian). */
export const RINGKASAN_EN: RingkasanWords = {
  heading: "Achievement summary",
  intro: `Each indicator's capaian (achievement) per sasaran (objective), as the ${T.ikuSheet} computes it, with its category. Click a bar to open its cell in Excel.`,
  refresh: "Refresh",
  reading: "Reading the workbook…",
  yearLabel: "Year",
  yearOption: (tahun, sheet) => `${tahun} (sheet ${quoted(sheet)})`,
  yearSummary: (o) =>
    `From sheet ${quoted(o.sheet)}: ${o.filled} of ${T.indicators(o.total)} have a capaian.`,
  sasaran: (no) => `Sasaran ${no}`,
  percent: (value) => `${value}%`,
  decimalMark: ".",
  mark100: "100%",
  scale: (max) => `Bar scale 0–${max}%; the vertical line marks 100%.`,
  legendLabel: "Capaian categories",
  notFilled: (missing) =>
    missing.length === 0
      ? "Not filled in yet"
      : `Not filled in yet: ${missing.map((m) => MISSING_EN[m]).join(" and ")}`,
  na: "n.a.: nothing to count this year",
  error: (error) => `Its formula gives ${error}`,
  notNumber: (value) =>
    value === ""
      ? "The capaian cell is empty"
      : `The capaian cell holds ${quoted(value)}, not a number`,
  noCell: "Its capaian cell was not found (the cell's name is gone)",
  beyondScale: "beyond the scale",
  negatif: "lower is better",
  openCell: (o) => `${o.name}.${o.cell ? ` Open cell ${o.cell}.` : ""}`,
  noIkuSheetTitle: `No ${T.ikuSheet} yet`,
  noIkuSheetBody: `The summary is read from the ${T.ikuSheet}. Create it on the ${T.generate} tab, fill in its yellow cells, then refresh.`,
  goToGenerate: `Go to ${T.generate}`,
  noneFilledTitle: "No capaian yet",
  noneFilledBody: (sheet) =>
    `No indicator on sheet ${quoted(sheet)} has both its realisation data and its target yet. Click an indicator to open the cell to fill in.`,
  katalogInvalidTitle: "The Katalog IKU has mistakes",
  katalogInvalidBody: (sheet, n) =>
    `The summary uses the list of indicators on sheet ${quoted(sheet)}, which still has ${n} ${n === 1 ? T.severity.error.one : T.severity.error.many}. Fix them first; click a mistake to open its cell.`,
  katalogListLabel: "Mistakes in the Katalog IKU",
};
