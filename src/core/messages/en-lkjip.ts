import type { LkjipWords } from "./id-lkjip";

const list = (years: number[]) => years.join(", ");

/** The LKjIP commands' words in English (the shape is id-lkjip.ts's). */
export const LKJIP_EN: LkjipWords = {
  help: `iku lkjip: writes the "Pengukuran Kinerja <year>" sheet (LKjIP chapter III) into an existing workbook.

Usage:
  iku lkjip FILE.xlsx --tahun YYYY

Four tables, all formulas that read the yearly IKU sheets and the Target Renstra sheet (never
copied numbers): (1) target, realisasi, capaian, kategori per sasaran and indicator, with the
average capaian per sasaran; (2) that year's realisasi and capaian next to the earlier years;
(3) realisasi up to that year against the Renstra's end target; (4) budget per sasaran (pagu and
realisasi anggaran typed by staff, kept on regenerate), absorption and efficiency.
Other sheets are not changed. This command cannot write charts: add them from the add-in's pane
in Excel ("Tambah grafik" button).

Exit codes: 0 success; 2 wrong options, unusable file or refused.
`,
  usageLine:
    "  iku lkjip FILE.xlsx --tahun YYYY         writes the Pengukuran Kinerja sheet (LKjIP ch. III)",
  missingFile: "Give one .xlsx file that holds the yearly IKU sheets.",
  missingTahun: "Give the report year with --tahun YYYY.",
  badTahun: (t) => `--tahun: "${t}" is not a year (four digits, e.g. 2027).`,
  tooManyFiles: "Give exactly one .xlsx file.",
  noYearSheet: (file, tahun, found) =>
    `${file} has no IKU sheet for ${tahun}` +
    (found.length > 0 ? ` (it has: ${list(found)}).` : ".") +
    ` Make that year's sheet first with iku generate --tahun ${tahun}.`,
  foreignSheet: (s) =>
    `A sheet "${s}" exists and was not made by the add-in; it is left untouched. Rename it in Excel and try again.`,
  typedCells: (file, s, cells) =>
    `${file} was not changed: sheet "${s}" has values typed by staff where the new sheet writes (${cells.join(", ")}). ` +
    `Move them outside the tables and try again.`,
  written: (o) =>
    `${o.created ? "Created" : "Regenerated"}: sheet "${o.sheet}" in ${o.file} (years ${list(o.years)}` +
    `${o.renstra ? ", with the Renstra end targets" : ", without a Target Renstra sheet"}` +
    `${o.kept > 0 ? `; ${o.kept} budget values kept` : ""}).`,
  noCharts:
    'Note: iku cannot write charts (exceljs does not write Excel charts). Open the file in Excel and use the "Tambah grafik" button in the add-in\'s pane.',
  heading: "Performance measurement (LKjIP)",
  intro:
    "LKjIP chapter III tables from each year's IKU sheet and the Target Renstra, all by formula; Excel charts beside them.",
  tahunLabel: "Report year",
  tahunHint: "A year whose IKU sheet is already in the workbook.",
  tahunInvalid: "Enter a four-digit year between 2000 and 2100.",
  create: "Create the Pengukuran Kinerja tables",
  creating: "Creating the Pengukuran Kinerja tables…",
  charts: "Add charts",
  chartsAdding: "Adding charts…",
  chartIndicator: "Trend chart for",
  chartAll: "All indicators",
  created: (o) =>
    `Sheet "${o.sheet}" created (years ${list(o.years)}${o.renstra ? "" : "; no Target Renstra yet"}` +
    `${o.kept > 0 ? `; ${o.kept} budget values kept` : ""}).`,
  chartsAdded: (o) =>
    `${o.count} charts added` +
    (o.replaced > 0 ? ` (${o.replaced} earlier add-in charts replaced).` : "."),
  noLkjipSheet: (s) =>
    `Sheet "${s}" does not exist yet: create the Pengukuran Kinerja tables first.`,
};
