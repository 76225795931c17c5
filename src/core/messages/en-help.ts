import { LKJIP_HELP_EN } from "./en-lkjip-help";
import { ikuRef, SETTING as S } from "./format";
import { RENSTRA_HELP_EN } from "./en-renstra";
import { TERMS_EN as T, swadayaOf } from "./en";
import type { HelpWords, TextFacts } from "./types";

/** The help page's English words (HTML). */
export function helpEn(f: TextFacts): HelpWords {
  const swadaya = swadayaOf(f);
  const ref = (code: string) => ikuRef(T, f, code);
  return {
    lkjip: LKJIP_HELP_EN,
    pageTitle: (ns, agency) => `${ns} functions – ${agency}`,
    heading: (ns) => `${ns} function help`,
    subtitle: (ns) => `Help for the ${ns} custom functions of Excel`,
    pageInThisLanguage: "This page in English",
    intro: (example) =>
      `Each function computes one key performance indicator (Indikator Kinerja Utama, IKU) or helps to compute one. Type it in a cell, for example <code>${example}</code>.`,
    toc: "Functions",
    sasaranHeading: (no, name) => `Sasaran (goal) ${no}: ${name}`,
    helpersHeading: "Helper functions",
    rulesHeading: "General rules",
    field: {
      sasaran: "Sasaran (goal)",
      formulaDocument: "Formula in the document",
      formulaReading: "Formula used",
      params: "Parameters",
      result: "Result",
      example: "Example",
      satuan: "Unit",
      polarity: "Polarity",
      penanggungJawab: "Responsible",
      sumberData: "Data source",
      agregasi: "The year's realisasi from the quarters (aggregation)",
      notes: "Notes (ambiguities of the document)",
    },
    noNotes: "None.",
    agregasiMeaning: {
      akumulasi: "the sum of every filled quarter",
      posisi: "the latest filled quarter",
    },
    optional: "optional",
    repeating: "can repeat",
    regional: "With Indonesian regional settings:",
    rounded: "rounded for display",
    predikatMeaning: {
      AA: "Outstanding",
      A: "Very satisfactory",
      BB: "Very good",
      B: "Good",
      CC: "Fair (adequate)",
      C: "Poor",
      D: "Very poor",
    },
    errorValuesHeading: `Excel ${T.errorValue}s (#N/A, #VALUE!, #DIV/0!)`,
    errorHead: ["Code", "When", "Example message"],
    errorWhen: {
      DIV0: "The denominator is 0 while the numerator is not, or the target is 0 for a positive polarity (Excel shows no message for this code).",
      VALUE: (ranges) =>
        `An argument is not a number (text, a logical value), negative, not a whole number, a part larger than its whole, a value outside ${ranges}, or an unknown polarity.`,
      NA: "An argument is empty (an empty cell in Excel on the web, or empty text).",
    },
    predikatHeading: "SAKIP predikat (PermenPANRB 88/2021)",
    predikatHead: ["Score", "Predikat", "Meaning"],
    kategoriHeading: "Achievement categories (Permendagri 86/2017)",
    kategoriNote:
      "Permendagri 86/2017 (evaluation of Renja/RKPD) writes whole-number ranges (91–100 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah) that leave gaps (90–91, 75–76, …). The add-in reads them by their upper bounds, like the SAKIP predikat: an achievement above 90 is Sangat Tinggi, above 75 Tinggi, and so on. What is classified is the achievement as printed (rounded to 2 decimals): 90.004 prints as 90.00 → Tinggi; 90.996 prints as 91.00 → Sangat Tinggi. An agency with its own scale (for example Sangat Baik … Sangat Kurang) can change the bounds and category names in the settings; the <code>KATEGORI_CAPAIAN</code> function takes them as its <code>batas</code> and <code>label</code> arguments.",
    kategoriHead: ["Achievement (%)", "Category"],
    achievementHeading: "Achievement rules",
    resultRules: [
      "Percentages are returned as percent numbers, not fractions: 45 of 60 gives 75 (not 0.75). Results are not rounded; the cell format decides what is shown.",
      "Averages and ratios are plain quotients, not multiplied by 100.",
    ],
    valueTypesRule: (main, others) =>
      `Every argument of an indicator function is a ${main}` +
      (others.length
        ? `, except a ${others.map((o) => `${o.label} for ${o.where}`).join("; ")}.`
        : "."),
    subsetRule: (kind, part, whole) =>
      `For the kind ${kind} (a part of a whole), ${part} cannot be larger than ${whole}.`,
    swadayaRule: `${swadaya} (swadaya) can be measured in two ways, chosen by the agency in the settings (CLI: <code>--swadaya</code>): the number of programmes supported by self-help (default, whole numbers, <code>PERSENTASE_SWADAYA</code>) or the self-help value in rupiah against the programmes' value (numbers ≥ 0, decimals allowed, <code>PERSENTASE_SWADAYA_RUPIAH</code>). The sheet, data validation, cell marks and ${T.validate} follow that choice.`,
    blankCells: `<strong>Blank cells.</strong> Formulas you type yourself, e.g. <code>=IKU.PERSENTASE_PPKS_BANSOS(A1,B1)</code>, receive a blank cell differently: <strong>Excel desktop</strong> (Windows, Mac) passes it as <strong>0</strong>, so A1 blank and B1 = 10 gives 0 (not #N/A), A1 and B1 blank give #DIV/0!, and <code>KATEGORI_CAPAIAN</code> of a blank cell is "Sangat Rendah"; <strong>Excel on the web</strong> passes it as empty (null), so the result is #N/A "… belum diisi". The ${T.ikuSheet} made by the add-in wraps every input in <code>IF(ISBLANK(cell),"",cell)</code>, so an indicator not filled in is always #N/A (result, achievement and category) in every Excel and in both formula modes. Do the same in your formulas: <code>=IKU.PERSENTASE_PPKS_BANSOS(IF(ISBLANK(A1),"",A1),IF(ISBLANK(B1),"",B1))</code>.`,
    blankCellsShort:
      "Blank cells: Excel desktop passes an empty cell as 0, Excel on the web as null (#N/A); the generated sheet guards every input so an unfilled indicator is #N/A everywhere.",
    achievementRules: [
      `Predikat target (${ref("IKU01")}): the performance agreement's target for the SAKIP score is often written as a predikat. The target cell of ${ref("IKU01")} accepts AA, A, BB, B, CC, C or D (PermenPANRB 88/2021: &gt; 90 AA, &gt; 80 A, &gt; 70 BB, &gt; 60 B, &gt; 50 CC, &gt; 30 C, otherwise D). The achievement is 100% when the result as printed reaches the lower bound of the target's band (the same predikat or a higher one); below it, result ÷ lower bound of the band × 100. Example with target BB: 72.5 → 100%; 70.00 → 100%; 56 → 80%. A target D is always reached. ${T.validate} refuses a predikat as the target of any other indicator.`,
      `Rounding as printed: the achievement is computed from the result rounded to ${S.desimal} decimals (default; 0–${S.desimalMax} can be set), so it equals the auditor's computation from the LKjIP table.`,
      'Capaian is at least 0: a result below 0 (a growth that shrank, a reduction that turned into a rise) with positive polarity gives capaian 0. Negative polarity: (2 × target − result) / target × 100, at least 0 (a result over twice the target). Target 0 (no tolerance, for example "0 cases"): result 0 → 100, a result above 0 → 0.',
      "Range target: type it in the target cell as text, for example <code>80-85</code> or <code>80.5-85</code>. A result inside the range → 100; below it, computed against the lower bound, above it against the upper bound; for both polarities.",
      `No occurrence (n.a.): when nothing was counted in the year (for example no disaster victims, ${ref("IKU09")}, or no PPKS needing rehabilitation, ${ref("IKU06")}), enter 0 as numerator and denominator. The result, achievement and category become "n.a.", printed "–", are left out of the sasaran's average achievement (AVERAGE skips text), and ${T.validate} does not count it as an ${T.severity.error.one}. A cell not filled in stays #N/A on screen.`,
    ],
    generic: {
      heading: "Generic functions by kind",
      intro: (katalog) =>
        `One function for each kind of indicator, for any indicator of that kind: an indicator of the ${katalog} computes its result with its kind's function. Their rules and error messages are those of the named indicator functions above, which keep working in formulas you type yourself.`,
      role: {
        pembilang: "what is divided (the part, or numerator)",
        penyebut: "what it is divided by (the whole, or denominator)",
        bagian: "one part of the sum",
        nilai: "the score that is checked",
        sekarang: "this period's value",
        pembanding: "the earlier period's value, or the baseline",
      },
      field: { rules: "Rules", errors: "Errors", katalog: "In the Katalog IKU" },
      repeating: "can repeat, or be a range of cells",
      rule: {
        valueType: (label) => `Every argument: a ${label}.`,
        divisor: (arg, error) => `${arg} must be more than 0; 0 gives ${error}.`,
        naWhenAlsoZero: (arg, divisor, na) =>
          `${arg} and ${divisor} both 0 means nothing happened: the result is ${na}.`,
        subset: (part, whole, error) =>
          `${part} cannot be larger than ${whole} (a part larger than its whole: ${error}).`,
        empty: (error) => `An argument not filled in gives ${error}.`,
      },
      katalogKind: (jenis, needs) => `Jenis ${jenis}, with ${needs}.`,
      errorHead: ["Case", "Formula", "Result"],
      errorCase: {
        empty: (arg) => `${arg} empty`,
        text: (arg) => `${arg} is text`,
        belowMin: (arg, min) => `${arg} less than ${min}`,
        notWhole: (arg) => `${arg} not a whole number`,
        aboveMax: (arg, max) => `${arg} more than ${max}`,
        divisorZero: (arg) => `${arg} is 0`,
        bothZero: (a, b) => `${a} and ${b} both 0`,
        subset: (part, whole) => `${part} larger than ${whole}`,
      },
      sampleText: "text",
    },
    renstra: RENSTRA_HELP_EN,
    katalog: {
      heading: "The Katalog IKU sheet",
      intro: (sheet) =>
        `An agency's indicators can be kept in the workbook as a sheet <code>${sheet}</code> that staff fill in in Excel, so the same add-in serves the next Renstra or another agency with no new installation. When the workbook has this sheet, ${T.generate}, ${T.validate} and ${T.audit} use it; otherwise the built-in catalogue is used. The sheet can be created from the IKU pane, or with <code>iku katalog --out katalog.xlsx</code> (holding the built-in catalogue).`,
      headerHeading: "Rows above the table",
      header: (perangkatDaerah, tugas, fungsi) =>
        `Optional. The label in column A, its value in column B: ${perangkatDaerah} (the agency), ${tugas} (its task) and ${fungsi} (its functions). ${fungsi} may take several rows (one item a, b, c… per row; the rows after the first may leave the label empty). They fill the header of the ${T.ikuSheet}.`,
      tableHeading: "The indicator table",
      table: (kode) =>
        `The table starts at the row whose column A reads ${kode}; one row per indicator below it, empty rows are skipped. Columns are found by their header text, in any order, ignoring case and spaces.`,
      columnsHead: ["Column", "Required", "Holds"],
      required: "required",
      optional: "may be empty",
      kindsHeading: "Jenis (kind)",
      kindsHead: ["Jenis", "Result", "Components", "Function"],
      polarityHeading: "Polaritas (polarity)",
      polarity: (positive, negative, rules) =>
        `${positive} (higher is better; also when the cell is empty) or ${negative} (lower is better). The polarity decides how the achievement is computed: see ${rules}.`,
      sasaranHeading: "Sasaran (goal)",
      sasaran:
        "Write the strategic goal's text on each of its indicators. Rows with exactly the same text form one sasaran group, numbered in order of first appearance, as in the document's table.",
      limit: (max) =>
        `A catalogue holds at most ${max} indicators, so that the IKU sheet and its cell names stay a size Excel handles well.`,
      mistakesHeading: "When there are mistakes",
      mistakes: (cell) =>
        `A catalogue with mistakes is never half-used: each mistake is a finding with its cell (for example ${cell}) and a message that explains it, shown in the IKU pane (click to select its cell) and by the <code>iku</code> CLI (exit code 2). Nothing is generated until every mistake is fixed.`,
      mistakeExample: (cell, wrong) =>
        `For example, when cell ${cell} of the example below holds ${wrong}, the finding is:`,
      mistakesListed: "The mistakes checked:",
      exampleHeading: "Example",
      example: (agency) =>
        `A small catalogue of ${agency}: two sasaran, every kind, and one indicator of negative polarity. Column letters and row numbers as in Excel.`,
      exampleRead: (indicators, sasaran) =>
        `The add-in reads it as ${indicators} indicators in ${sasaran} sasaran:`,
      exampleReadHead: ["Kode", "Sasaran", "Function", "Formula used", "Polaritas"],
    },
  };
}
