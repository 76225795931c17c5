import { LKJIP_AUDIT_EN } from "./en-lkjip-audit";
import type { LkjipHelpWords } from "./id-lkjip-help";

/** The help page's words on the SAKIP year and the LKjIP sheet, in English. */
export const LKJIP_HELP_EN: LkjipHelpWords = {
  heading: "The SAKIP cycle and the Pengukuran Kinerja (LKjIP) tables",
  cycleHeading: "One year's cycle in one workbook",
  cycle: [
    {
      title: "Renstra",
      body: "Sheet <code>Target Renstra</code>: per indicator the baseline, a target for each year of the five-year Renstra period and the end-of-period target, typed by staff.",
    },
    {
      title: "Perjanjian Kinerja (PK)",
      body: "The year sheet (<code>IKU 2027</code>) takes its target from the Renstra by formula; when the PK sets another target, staff type the PK figure in the Target cell and the audit reports the difference.",
    },
    {
      title: "Realisasi per quarter",
      body: "Staff fill in each component per quarter (TW I–IV) on the year sheet; the year's value adds up the quarters (akumulasi) or takes the last filled quarter (posisi).",
    },
    {
      title: "LKjIP",
      body: "Sheet <code>Pengukuran Kinerja 2027</code> builds the chapter III tables from the year sheets and the Renstra, all by formula; its charts are added from the pane.",
    },
  ],
  sheetHeading: "The Pengukuran Kinerja sheet",
  sheetIntro: (sheet) =>
    `The pane's <strong>Buat tabel Pengukuran Kinerja</strong> button (or <code>iku lkjip FILE.xlsx --tahun 2027</code>) writes sheet ${sheet}. Every number is a formula that reads the year sheets and the Target Renstra sheet, so a change on a year sheet changes the tables at once. Only the budget (pagu, realisasi anggaran) is typed on this sheet; it is kept when the sheet is made again. An indicator not yet filled shows <code>#N/A</code> and prints as "–".`,
  addresses:
    "Formulas across sheets hold cell addresses (<code>'IKU 2027'!$N$14</code>) found through the cell names (<code>IKU06_HASIL</code> on that sheet): LibreOffice does not compute a sheet's own name written with its sheet name, and Excel moves such an address with its cell when rows are inserted.",
  tableHeads: ["Table", "How it is computed", "Example formula"],
  tables: [
    {
      title: "1. Target, realisasi, capaian, kategori",
      reading:
        "The year's target, realisasi, capaian and kategori are the year sheet's cells (capaian and kategori as computed there). Average capaian per sasaran: the average of the capaian that are numbers; unfilled and n.a. indicators are left out; its kategori uses the same bands.",
    },
    {
      title: "2. Against earlier years",
      reading:
        "Realisasi and capaian of every year sheet in the workbook up to the report year, side by side. An indicator missing from an older year sheet shows –.",
    },
    {
      title: "3. Against the Renstra end target",
      reading:
        "The end target from the Target Renstra sheet and the report year's realisasi; the capaian uses the year sheet's rules (the indicator's polarity, realisasi as printed, range or predikat targets). Without a Target Renstra sheet the table says so in one cell.",
    },
    {
      title: "4. Budget and efficiency",
      reading:
        "Per sasaran: pagu and realisasi anggaran (rupiah, typed by staff). Serapan (%) = realisasi anggaran ÷ pagu × 100 (pagu 0: #DIV/0!). Efficiency = the sasaran's average capaian − serapan; positive means more performance than budget spent.",
    },
  ],
  exampleOf: (c, tahun) => `example for ${c}, year ${tahun}`,
  chartsHeading: "Charts",
  charts:
    "The <strong>Tambah grafik</strong> button adds Excel charts beside the tables: each indicator's capaian in the report year (bars, with the 100% line) and the trend of realisasi against target over the Renstra years, for every indicator or a chosen one. The charts read the small \"Data grafik\" tables under table 4 (formulas too). Pressing the button again replaces the add-in's charts only; charts made by staff are left alone.",
  cli: "The <code>iku lkjip</code> command writes the same tables but cannot write charts (and says so): add the charts from the pane in Excel.",
  audit: LKJIP_AUDIT_EN.help,
};
