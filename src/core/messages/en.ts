import {
  countIn,
  groupDigits,
  ikuRef,
  notesList,
  platformName,
  quoted,
  SETTING as S,
  severityCount,
} from "./format";
import { TERMS_ID } from "./id";
import type {
  CliLimits,
  CliMessages,
  FileProblemCode,
  FormErrorKey,
  HelpWords,
  HostWords,
  Messages,
  PaneStrings,
  ReportText,
  Terms,
  TextFacts,
} from "./types";

/**
 * The English catalogue, for an Excel whose display language is not Indonesian and a CLI whose
 * locale is English. Same shape as id.ts (both are `Messages`). The features keep their
 * Indonesian names where the English text points the reader to them (TERMS_ID).
 */

export const TERMS_EN: Terms = {
  severity: {
    error: { title: "Error", one: "error", many: "errors" },
    warning: { title: "Warning", one: "warning", many: "warnings" },
  },
  errorValue: "error value",
  generate: "Generate sheet",
  validate: "Check data",
  audit: "Formula audit",
  ikuSheet: "IKU sheet",
  indicators: (n) => `${n} ${n === 1 ? "indicator" : "indicators"}`,
  countWord: (n) =>
    countIn(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], n),
  iku: (order) => `IKU ${order}`,
  column: {
    sheet: "Sheet",
    cell: "Cell",
    indicator: "Indicator",
    rule: "Rule",
    severity: "Severity",
    message: "Message",
  },
};

const T = TERMS_EN;

function host(): HostWords {
  const foreignSheet = (sheet: string) =>
    `Sheet ${sheet} exists and was not made by the IKU add-in, so it will not be overwritten.`;
  const otherIkuSheet = (sheet: string) =>
    `The workbook's IKU names already belong to sheet ${sheet}.`;
  const noIkuSheet = `No ${T.ikuSheet} made by the add-in was found in this workbook.`;
  return {
    foreignSheet,
    otherIkuSheet,
    noIkuSheet,
    problem: (p) => {
      const sheet = p.sheet ? quoted(p.sheet) : "this sheet";
      switch (p.code) {
        case "notInExcel":
          return {
            title: "Not running in Excel",
            body: "Open this add-in from Excel and try again.",
          };
        case "cellEditMode":
          return {
            title: "Excel is editing a cell",
            body: "Finish editing the cell (press Enter or Esc) and try again.",
          };
        case "sheetProtected":
          return {
            title: "Sheet is protected",
            body: `Sheet ${sheet} is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
          };
        case "foreignSheet":
          return {
            title: "Sheet name already in use",
            body: `${foreignSheet(sheet)}${
              p.suggestion
                ? ` Use another name, for example ${quoted(p.suggestion)}.`
                : " Choose another name."
            }`,
          };
        case "otherIkuSheet":
          return {
            title: `Another ${T.ikuSheet} exists`,
            body: `${otherIkuSheet(sheet)} Update that sheet (use its name in the form) or delete it first.`,
          };
        case "noIkuSheet":
          return {
            title: `No ${T.ikuSheet} yet`,
            body: `${noIkuSheet} Generate one first in the ${T.generate} tab.`,
          };
        case "userNotes":
          return {
            title: "Notes inside the table",
            body: `Sheet ${sheet} has not been changed. Regenerating it would remove what was typed inside the table area: ${notesList(p, "and", "more cells")}. Move those notes outside the table, or continue to remove them.`,
          };
        case "payloadTooLarge":
          return {
            title: "Too much data",
            body: "The request to Excel exceeds its size limit. Reduce the workbook's content or try Excel desktop.",
          };
        case "unknown":
          return {
            title: "Something went wrong",
            body: "Excel refused this request. Try again; if it keeps happening, send the details below to your admin.",
          };
      }
    },
    detail: (d) => `Details: ${d}`,
  };
}

function settings(swadaya: string): Record<FormErrorKey, string> {
  return {
    tahunRequired: "Enter the reporting year.",
    tahunInteger: "The year must be a whole number, for example 2026.",
    tahunRange: `The year must be between ${S.tahunMin} and ${S.tahunMax}.`,
    namaRequired: "Enter the agency name.",
    namaTooLong: `The agency name can have at most ${S.namaMax} characters.`,
    namaControlChars:
      "The agency name cannot contain control characters (tab, new line and the like).",
    sheetRequired: "Enter a sheet name.",
    sheetTooLong: `A sheet name can have at most ${S.sheetNameMax} characters (Excel's rule).`,
    sheetBadChars: "A sheet name cannot contain : \\ / ? * [ or ].",
    sheetControlChars:
      "A sheet name cannot contain control characters (tab, new line and the like); Excel refuses them.",
    sheetApostrophe: "A sheet name cannot start or end with an apostrophe (').",
    sheetReserved: "“History” is a name reserved by Excel.",
    modeInvalid: "Choose a formula type.",
    desimalInvalid: `The number of decimals must be a whole number from 0 to ${S.desimalMax}.`,
    batasNotNumbers: `Category bounds must be numbers separated by semicolons, e.g. ${S.bounds}.`,
    batasOrder: "Category bounds must go from the highest to the lowest, without repeats.",
    labelEmpty: "A category name cannot be empty; separate names with semicolons.",
    labelCount: "There must be one more category name than bounds.",
    swadayaInvalid: `Choose how ${swadaya} is measured: programmes counted or rupiah.`,
  };
}

function pane(
  f: TextFacts,
  swadaya: string,
  h: HostWords,
  formErrors: Record<FormErrorKey, string>
): PaneStrings {
  const steps: PaneStrings["placematSteps"] = [
    `Generate the ${T.ikuSheet} in the ${T.generate} tab.`,
    "Fill in the yellow cells of that sheet: each indicator's inputs and target.",
    `${T.validate} for the inputs, ${T.audit} for the formulas.`,
  ];
  return {
    lang: "en",
    locale: "en-US",
    title: "IKU DSPM Kota Bontang",
    tabsLabel: "Add-in features",
    tabGenerate: T.generate,
    tabValidate: T.validate,
    tabAudit: T.audit,
    tabLoading: "Loading…",
    tabLoadFailed: {
      title: "This part did not load",
      body: "Close and reopen the add-in pane, or try again.",
    },
    tabLoadRetry: "Try again",
    runsIn: (hostName, platform) => {
      if (platform === "OfficeOnline") return `Running in ${hostName} on the web`;
      const where = platformName(platform, "the web");
      return where ? `Running in ${hostName} for ${where}` : `Running in ${hostName}`;
    },
    notRunningInExcel: "Not running in Excel",
    version: (v) => `Version ${v}`,
    outsideTitle: "Open this add-in from Excel",
    outsideBody:
      "This pane works inside Excel (Home tab › Add-ins). A plain browser has no workbook, so every action is disabled.",
    statusLabel: "Add-in status",
    help: "Help",
    helpLong: "Help (opens in a new window)",
    footerLabel: "About the add-in",
    placematTitle: `Get started in ${T.countWord(steps.length)} steps`,
    placematSteps: steps,
    placematDismiss: "Got it",
    helpNotice: {
      title: "The help page could not be opened",
      body: "Excel refused to open the help window. Open the page from this link:",
      link: "IKU function help",
      close: "Dismiss",
    },

    generateHeading: `Generate the ${T.ikuSheet}`,
    generateIntro: `Creates (or updates) the ${T.ikuSheet} with the ${T.indicators(f.indicators)}, input cells, formulas, targets and achievement. Values already typed are kept.`,
    tahunLabel: "Reporting year (tahun pelaporan)",
    namaLabel: "Agency name (nama perangkat daerah)",
    sheetNameLabel: "Sheet name",
    sheetNameHint: "Follows the reporting year until you change it.",
    modeLabel: "Formula type",
    aturanTitle: "Agency's achievement rules (optional)",
    desimalLabel: `Decimals (0–${S.desimalMax}, default ${S.desimal})`,
    kategoriBatasLabel: "Achievement category bounds",
    kategoriBatasHint: `Highest first, separated by semicolons; blank: ${S.bounds} (Permendagri 86/2017).`,
    kategoriLabelLabel: "Category names",
    kategoriLabelHint: "One more than the bounds, separated by semicolons.",
    swadayaLabel: `How ${swadaya} (swadaya) is measured`,
    swadayaProgram: "Programmes counted (whole numbers)",
    swadayaRupiah: "Rupiah (decimals allowed)",
    modeIku: "IKU formulas",
    modeIkuHint: "Uses this add-in's IKU.* functions; formulas are easy to read.",
    modeExcel: "Standard Excel formulas",
    modeExcelHint:
      "Plain Excel formulas with the same results; open without the add-in (Excel 2016–2021).",
    noCustomFunctions:
      "This Excel cannot run custom functions. Standard Excel formulas are therefore selected.",
    generateButton: "Generate IKU sheet",
    generating: `Generating the ${T.ikuSheet}…`,
    formErrors,
    successTitle: "Done",
    generated: (o) =>
      o.created
        ? `Sheet ${quoted(o.sheet)} created: ${T.indicators(o.indicators)} in ${o.range}.`
        : `Sheet ${quoted(o.sheet)} updated: ${T.indicators(o.indicators)} in ${o.range}; ${o.keptValues} input and target values kept.`,
    printSetupTitle: "Print setup not applied",
    printSetupFailed:
      "The sheet is complete and protected, but Excel refused its print setup (landscape, F4 paper, 1 page wide, repeated title rows), for example because the printer offers no F4 paper. Set it in Page Layout before printing.",
    useSuggestion: (name) => `Use the name ${quoted(name)}`,
    nextStepTitle: "Next step",
    nextStep: `Fill in the yellow cells, then ${T.validate}.`,
    goToSheet: "Go to the sheet",
    goToValidate: `Go to ${T.validate}`,
    undoNote: (undo) =>
      undo
        ? "In this Excel, Ctrl+Z can undo what the add-in wrote step by step, but Generate takes many steps and a step Excel cannot undo clears the undo history. Keep a copy of the workbook if you want a way back."
        : "Ctrl+Z does not undo what the add-in writes in this Excel. Values you typed are never overwritten; keep a copy of the workbook if you want a way back.",
    removeNotes: "Continue and remove these notes",
    restored: (sheet) =>
      `Sheet ${quoted(sheet)} was put back as it was (contents, number formats, names and protection).`,
    restoreFailed: (sheet) =>
      `Sheet ${quoted(sheet)} could not be put back as it was: part of it may have changed. Check that sheet (or close without saving) before going on.`,

    validateHeading: "Check the input data",
    validateIntro: `Checks every input and target cell of the ${T.ikuSheet}: empty, text, negative, not a whole number, numerator above denominator, target empty or 0.`,
    validateButton: T.validate,
    validating: "Checking data…",
    readProgress: (p) =>
      `Reading a large workbook: ${groupDigits(p.done, ",")} of ${groupDigits(p.total, ",")} cells…`,
    autoCheck: "Check automatically when data changes",
    autoCheckHint: `The check runs again shortly after you change the ${T.ikuSheet}.`,
    noProblemsTitle: "No problems",
    noProblemsBody: (sheets) =>
      sheets.length > 0
        ? `All inputs and targets in ${sheets.map(quoted).join(", ")} are valid.`
        : "All inputs and targets are valid.",
    checkSummary: (errors, warnings, sheets, time) =>
      `${severityCount(T, "error", errors)}, ${severityCount(T, "warning", warnings)}${sheets.length > 0 ? ` in ${sheets.map(quoted).join(", ")}` : ""} (checked ${time}).`,
    otherGroup: "Not tied to an indicator",
    severity: { error: T.severity.error.title, warning: T.severity.warning.title },
    severityCount: (severity, n) => severityCount(T, severity, n),
    validateListLabel: `${T.validate} findings`,
    autoCheckChanged: (fixed, added, errors, warnings) =>
      `Automatic check: ${fixed} fixed, ${added} new; now ${severityCount(T, "error", errors)}, ${severityCount(T, "warning", warnings)}.`,
    unchanged: "The check found the same as before.",

    shown: (n, total) => `Showing ${n} of ${total} findings`,
    expandAll: "Expand all",
    collapseAll: "Collapse all",
    previous: "Previous",
    next: "Next",
    position: (i, n) => `Problem ${i} of ${n}`,
    sheetCaption: (sheet) => `Sheet ${quoted(sheet)}`,
    listKeysHint: "Up/Down arrows: move between findings · Enter: select its cell in Excel",

    auditHeading: "Audit the formulas",
    auditIntro:
      "Compares the workbook's formulas with the intended ones and checks IKU.* formulas on other sheets. No cell is changed.",
    auditButton: "Audit formulas",
    auditing: "Auditing formulas…",
    filterLabel: `Show ${T.column.severity.toLowerCase()}`,
    filterOption: (severity, n) => `${T.severity[severity].title}s (${n})`,
    auditNoFindings: "No problems: every formula matches the plan.",
    auditFilteredEmpty: `No findings for the selected ${T.column.severity.toLowerCase()}.`,
    auditListLabel: `${T.audit} findings`,
    currentFormula: "Current",
    expectedFormula: "Expected",
    writeReport: "Write audit report",
    writingReport: "Writing the report…",
    reportWritten: (o) =>
      `Audit report written to sheet ${quoted(o.sheet)} (${o.rows} finding ${o.rows === 1 ? "row" : "rows"}).`,

    problem: h.problem,
    detail: h.detail,
  };
}

const FILE_PROBLEM: Record<FileProblemCode, (f: string, d: string, limits: CliLimits) => string> = {
  missing: (f) => `File ${f} not found.`,
  unreadable: (f) =>
    `File ${f} exists but cannot be read (no read permission, or locked). Check its permissions and try again.`,
  unpackedTooLarge: (f, _d, l) =>
    `File ${f} is too large once unpacked: over ${l.unpackedMb} MB of content (or one part over ${l.partMb} MB, or over ${groupDigits(l.zipEntries, ",")} parts). It is not checked.`,
  missingSheetPart: (f, d) =>
    `File ${f} is incomplete: sheet ${d} is listed in the workbook but its content is missing from the file. Open and save it again in Excel.`,
  outOfMemory: (f, d) =>
    `File ${f} is too large to check within the ${d} MB memory limit; the other files are still checked.`,
  timedOut: (f, d) =>
    `Checking ${f} was stopped after the ${d}-second time limit; the other files are still checked.`,
  notAFile: (f) => `${f} is not a file (perhaps a folder).`,
  tooLarge: (f, _d, l) => `File ${f} is larger than the ${l.fileMb} MB limit; it is not checked.`,
  encrypted: (f) =>
    `File ${f} is password-protected (encrypted) or an old .xls file. ` +
    `Open it in Excel, remove the password or save it as .xlsx, then try again.`,
  notXlsx: (f) => `File ${f} is not an Excel .xlsx workbook.`,
  corrupt: (f) => `File ${f} is damaged or incomplete and cannot be read as .xlsx.`,
  tooManyCells: (f, d, l) =>
    `File ${f} is too large: sheet ${d} holds over ${groupDigits(l.sheetCells, ",")} filled cells, too many to check.`,
};

const WRITE_ERROR: Record<string, string> = {
  ENOSPC: "the disk is full; free some space and try again",
  EROFS: "the location is read-only (for example a CD or a locked USB drive)",
  EISDIR: "that name is a folder, not a file",
  EACCES: "no permission to write there",
  EPERM: "no permission to write there",
  EBUSY: "the file is open or locked by another program",
  ENOENT: "the folder does not exist",
  ENOTDIR: "part of the path is not a folder",
  EDQUOT: "your disk quota is used up",
  ENOTREG: "that name is not a regular file (a device or a pipe)",
};

function cli(
  f: TextFacts,
  swadaya: string,
  h: HostWords,
  formErrors: Record<FormErrorKey, string>,
  l: CliLimits
): CliMessages {
  const c = T.column;
  const SV = T.severity;
  return {
    helpMain: `iku: generate and check the ${T.ikuSheet} of DSPM Kota Bontang without Excel.

Usage:
  iku generate --out FILE.xlsx [options]     write a new workbook with the ${T.ikuSheet}
  iku generate --update FILE.xlsx [options]  regenerate the ${T.ikuSheet} in an existing workbook
  iku audit FILE.xlsx [FILE …] [--json]      check the typed data and the formulas
  iku --help | iku COMMAND --help            help
  iku --version                              version of iku

Language: Indonesian; English when LC_ALL/LC_MESSAGES/LANG starts with "en".
`,
    helpGenerate: `iku generate: writes the ${T.ikuSheet} (${T.indicators(f.indicators)}) with the same layout, names,
validations and styles as the add-in. Formula cells carry computed results, so the right numbers
show before any recalculation.

Usage:
  iku generate --out FILE.xlsx [--tahun YYYY] [--rumus excel|iku] [--nama "…"] [--sheet NAME] [--force]
  iku generate --update FILE.xlsx [--tahun YYYY] [--rumus excel|iku] [--nama "…"] [--sheet NAME]

Options:
  --out FILE      new workbook to write (.xlsx). An existing file is not overwritten unless
                  --force is given.
  --update FILE   regenerate the ${T.ikuSheet} inside an existing workbook: every typed input and
                  target is kept (matched by defined name), other sheets are not changed. A
                  sheet of the same name that the add-in did not make is never touched.
  --tahun YYYY    reporting year (default: current year; with --update: the old sheet's year).
  --rumus MODE    "excel" (default): plain Excel formulas, work in every Excel version;
                  "iku": the =IKU.… custom functions (need the add-in).
                  With --update the default is the old sheet's mode.
  --nama "…"      agency name in the title (default from the catalogue; with --update: the
                  name on the old sheet).
  --sheet NAME    sheet name (default "IKU <year>"; with --update: the existing ${T.ikuSheet}).
  --desimal N     decimals of realisasi and capaian as printed (0–${S.desimalMax}, default ${S.desimal}).
  --kategori-batas "${S.bounds}"
                  capaian category bounds, highest first (default Permendagri 86/2017).
  --kategori-label "${S.labels}"
                  category names, one more than the bounds.
  --swadaya HOW   how ${swadaya} is measured: "program" (default, programmes counted, whole
                  numbers) or "rupiah" (swadaya in rupiah, decimals allowed).
  --force         allow overwriting an existing --out file.

Exit codes: 0 done; 2 wrong options, file cannot be used, or refused.
`,
    helpAudit: `iku audit: runs the input validation (${TERMS_ID.validate}) and the formula audit (${TERMS_ID.audit})
on one or many workbooks.

Usage:
  iku audit FILE.xlsx [FILE …] [--json]

Options:
  --json   print one JSON object: {"files":[{"file":…,"findings":[{"sheet","cell",
           "indicator","rule","severity","message"}]}]}; a file that cannot be used gets an
           "error" field.

Files larger than ${l.fileMb} MB, encrypted, damaged or not .xlsx are reported and skipped; the
other files are still checked. Progress goes to stderr when there is more than one file.
Finding messages are in English too.

Each file is checked in a separate process with a memory cap (default ${l.memoryMb} MB, set with
IKU_AUDIT_MEMORY_MB) and a time limit (default ${l.timeoutSeconds} s, IKU_AUDIT_TIMEOUT): a file over either is
reported and the other files are still checked. Each file's result is written when it is done.

Exit codes: 0 no ${SV.error.one} finding; 1 some file has an ${SV.error.one} finding; 3 some workbook has no IKU
sheet (rule workbook.noIkuSheet: nothing was checked); 2 some file cannot be used (or wrong
options); 141 the output was closed before the end (e.g. | head). 2 wins over 3, 3 over 1.
`,
    unknownCommand: (cmd) => `Unknown command: "${cmd}".`,
    noCommand: "No command given.",
    seeHelp: (cmd) => `See: iku ${cmd ? cmd + " " : ""}--help`,
    unknownOption: (o) => `Unknown option: ${o}`,
    missingValue: (o) => `Option ${o} needs a value.`,
    unexpectedArg: (a) => `Unexpected argument: "${a}".`,
    missingOutOrUpdate: "Give --out FILE.xlsx (a new file) or --update FILE.xlsx.",
    bothOutAndUpdate: "--out and --update cannot be used together.",
    notXlsxName: (file) => `File name ${file} must end in .xlsx.`,
    badMode: (t) => `Unknown formula mode "${t}": choose "excel" or "iku".`,
    outExists: (file) =>
      `File ${file} already exists and is not overwritten. Use --force to overwrite it, or --update to regenerate the ${T.ikuSheet} inside it.`,
    outDirMissing: (d) => `Folder ${d} does not exist.`,
    generated: (file, s, n, m) =>
      `Sheet "${s}" (${T.indicators(n)}, ${m} formulas) written to ${file}.`,
    updated: (file, s, k) => `Sheet "${s}" in ${file} regenerated; ${k} inputs/targets kept.`,
    foreignSheet: (s) => `${h.foreignSheet(`"${s}"`)} Choose another name with --sheet.`,
    otherIkuSheet: (m) =>
      `${h.otherIkuSheet(`"${m}"`)} Update that sheet (--sheet "${m}") or make a new workbook.`,
    unsupportedContent: (file, features) =>
      `${file} contains parts that iku generate --update cannot keep: ${features.join("; ")}. ` +
      `The file was not changed. Update the ${T.ikuSheet} with the add-in in Excel, or write a new file with --out.`,
    unsupported: {
      across: (what, ref) => `${what} ${ref} crosses the edge of the IKU table`,
      merge: "merged cells",
      validation: "data validation",
      format: "conditional formatting",
      hidden: (a) =>
        `cell ${a} (typed by hand) would be hidden under a merged cell of the new table`,
      shared: (a) => `cell ${a}: a shared formula whose first cell is in the IKU table`,
      table: `an Excel table on the ${T.ikuSheet}`,
      element: (n) => `unknown part <${n}> of the ${T.ikuSheet}`,
      structure: "the workbook structure is protected (a sheet cannot be added)",
      strict: "the workbook is saved as Strict Open XML",
    },
    writeFailed: (file, d) =>
      `Could not write ${file}: ${WRITE_ERROR[d] ?? d}. The file was not changed.`,
    noFiles: "Give at least one .xlsx file to check.",
    fileProblem: (code, file, d) => FILE_PROBLEM[code](file, d ?? "", l),
    progress: (i, n, file) => `[${i}/${n}] ${file}`,
    fileHeader: (file) => `== ${file} ==`,
    noFindings: "No findings.",
    tableHeads: [c.sheet, c.cell, c.indicator, c.severity, c.rule, c.message],
    severity: (s) => SV[s].one,
    fileSummary: (e, w) => `${severityCount(T, "error", e)}, ${severityCount(T, "warning", w)}.`,
    total: (files, e, w, u) =>
      `Total: ${files} file(s), ${e} ${SV.error.one}(s), ${w} ${SV.warning.one}(s), ${u} file(s) could not be used.`,
    unusable: (m) => `CANNOT BE USED: ${m}`,
    noIkuSheet: `${h.noIkuSheet} Nothing was checked (no IKU_LEMBAR or other IKU names).`,
    noIkuSheetFiles: (files) =>
      `Without an ${T.ikuSheet} (not checked, exit code 3): ${files.length} file(s):\n${files.map((x) => "  " + x).join("\n")}`,
    pipeClosed:
      "iku: the output was closed before the end (e.g. by | head); the audit was stopped.",
    notChanged: "The file was not changed.",
    updateOutOfMemory: (file, mb) =>
      `File ${file} is too large to update within the ${mb} MB memory limit (set IKU_AUDIT_MEMORY_MB). The file was not changed.`,
    internalError: (d) => `Internal error in iku: ${d}`,
    formErrors,
  };
}

export const REPORT_EN: ReportText = {
  title: "IKU Audit Report",
  timestamp: "Checked at",
  workbook: "Workbook",
  sheets: "IKU sheets",
  summary: "Summary",
  total: "Number of findings",
  bySeverity: `By ${T.column.severity.toLowerCase()}`,
  byRule: `By ${T.column.rule.toLowerCase()}`,
  details: "Findings",
  none: "No findings.",
  severity: { error: T.severity.error.title, warning: T.severity.warning.title },
  columns: [
    "No",
    T.column.sheet,
    T.column.cell,
    T.column.indicator,
    T.column.rule,
    T.column.severity,
    T.column.message,
    "Current formula",
    "Expected formula",
  ],
};

function help(f: TextFacts, swadaya: string): HelpWords {
  const ref = (code: string) => ikuRef(T, f, code);
  return {
    pageTitle: (ns, agency) => `${ns} functions – ${agency}`,
    heading: (ns) => `${ns} function help`,
    subtitle: (ns) => `Help for the ${ns} custom functions of Excel`,
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
      notes: "Notes (ambiguities of the document)",
    },
    noNotes: "None.",
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
      VALUE:
        "An argument is not a number (text, a logical value), negative, not a whole number, a part larger than its whole, a value outside 0–100, or an unknown polarity.",
      NA: "An argument is empty (an empty cell in Excel on the web, or empty text).",
    },
    predikatHeading: "SAKIP predikat (PermenPANRB 88/2021)",
    predikatHead: ["Score", "Predikat", "Meaning"],
    kategoriHeading: "Achievement categories (Permendagri 86/2017)",
    kategoriNote:
      "Permendagri 86/2017 (evaluation of Renja/RKPD) writes whole-number ranges (91–100 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah) that leave gaps (90–91, 75–76, …). The add-in reads them by their upper bounds, like the SAKIP predikat: an achievement above 90 is Sangat Tinggi, above 75 Tinggi, and so on. What is classified is the achievement as printed (rounded to 2 decimals): 90.004 prints as 90.00 → Tinggi; 90.996 prints as 91.00 → Sangat Tinggi. An agency with its own scale (for example Sangat Baik … Sangat Kurang) can change the bounds and category names in the settings; the <code>KATEGORI_CAPAIAN</code> function takes them as its <code>batas</code> and <code>label</code> arguments.",
    kategoriHead: ["Achievement (%)", "Category"],
    achievementHeading: "Achievement rules",
    generalRules: [
      "Percentages are returned as percent numbers, not fractions: 45 of 60 gives 75 (not 0.75). Results are not rounded; the cell format decides what is shown.",
      "Averages and ratios are plain quotients, not multiplied by 100.",
      "Every argument of an indicator function is a count: a whole number ≥ 0 (except the SAKIP score: 0–100). For the percentage of a part of a whole, the numerator cannot be larger than the denominator.",
      `${swadaya} (swadaya) can be measured in two ways, chosen by the agency in the settings (CLI: <code>--swadaya</code>): the number of programmes supported by self-help (default, whole numbers, <code>PERSENTASE_SWADAYA</code>) or the self-help value in rupiah against the programmes' value (numbers ≥ 0, decimals allowed, <code>PERSENTASE_SWADAYA_RUPIAH</code>). The sheet, data validation, cell marks and ${T.validate} follow that choice.`,
    ],
    blankCells: `<strong>Blank cells.</strong> Formulas you type yourself, e.g. <code>=IKU.PERSENTASE_PPKS_BANSOS(A1,B1)</code>, receive a blank cell differently: <strong>Excel desktop</strong> (Windows, Mac) passes it as <strong>0</strong>, so A1 blank and B1 = 10 gives 0 (not #N/A), A1 and B1 blank give #DIV/0!, and <code>KATEGORI_CAPAIAN</code> of a blank cell is "Sangat Rendah"; <strong>Excel on the web</strong> passes it as empty (null), so the result is #N/A "… belum diisi". The ${T.ikuSheet} made by the add-in wraps every input in <code>IF(ISBLANK(cell),"",cell)</code>, so an indicator not filled in is always #N/A (result, achievement and category) in every Excel and in both formula modes. Do the same in your formulas: <code>=IKU.PERSENTASE_PPKS_BANSOS(IF(ISBLANK(A1),"",A1),IF(ISBLANK(B1),"",B1))</code>.`,
    blankCellsShort:
      "Blank cells: Excel desktop passes an empty cell as 0, Excel on the web as null (#N/A); the generated sheet guards every input so an unfilled indicator is #N/A everywhere.",
    achievementRules: [
      `Predikat target (${ref("IKU01")}): the performance agreement's target for the SAKIP score is often written as a predikat. The target cell of ${ref("IKU01")} accepts AA, A, BB, B, CC, C or D (PermenPANRB 88/2021: &gt; 90 AA, &gt; 80 A, &gt; 70 BB, &gt; 60 B, &gt; 50 CC, &gt; 30 C, otherwise D). The achievement is 100% when the result as printed reaches the lower bound of the target's band (the same predikat or a higher one); below it, result ÷ lower bound of the band × 100. Example with target BB: 72.5 → 100%; 70.00 → 100%; 56 → 80%. A target D is always reached. ${T.validate} refuses a predikat as the target of any other indicator.`,
      `Rounding as printed: the achievement is computed from the result rounded to ${S.desimal} decimals (default; 0–${S.desimalMax} can be set), so it equals the auditor's computation from the LKjIP table.`,
      'Negative polarity: (2 × target − result) / target × 100, at least 0 (a result over twice the target). Target 0 (no tolerance, for example "0 cases"): result 0 → 100, a result above 0 → 0.',
      "Range target: type it in the target cell as text, for example <code>80-85</code> or <code>80.5-85</code>. A result inside the range → 100; below it, computed against the lower bound, above it against the upper bound; for both polarities.",
      `No occurrence (n.a.): when nothing was counted in the year (for example no disaster victims, ${ref("IKU09")}, or no PPKS needing rehabilitation, ${ref("IKU06")}), enter 0 as numerator and denominator. The result, achievement and category become "n.a.", printed "–", are left out of the sasaran's average achievement (AVERAGE skips text), and ${T.validate} does not count it as an ${T.severity.error.one}. A cell not filled in stays #N/A on screen.`,
    ],
  };
}

/** The English catalogue for a catalogue of indicators described by `f`. */
export function messagesEn(f: TextFacts): Messages {
  const swadaya = f.swadayaOrder === undefined ? "the swadaya IKU" : T.iku(f.swadayaOrder);
  const h = host();
  const formErrors = settings(swadaya);
  return {
    lang: "en",
    terms: T,
    host: h,
    settings: formErrors,
    pane: pane(f, swadaya, h, formErrors),
    cli: (limits) => cli(f, swadaya, h, formErrors, limits),
    report: REPORT_EN,
    help: help(f, swadaya),
  };
}
