import {
  countIn,
  groupDigits,
  notesList,
  platformName,
  quoted,
  SETTING as S,
  severityCount,
} from "./format";
import type {
  CoreMessages,
  FormErrorKey,
  HostWords,
  PaneStrings,
  ReportText,
  Terms,
  TextFacts,
} from "./types";
import { BACKUP_SHEET } from "../namespace";

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
  const otherIkuSheet = (sheet: string, tahun?: number) =>
    `${tahun === undefined ? "That year" : `The year ${tahun}`} already has an ${T.ikuSheet} in this workbook: sheet ${sheet}. One year has one sheet.`;
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
            body: `${otherIkuSheet(sheet, p.tahun)} Update that sheet (use its name in the form), choose another year, or delete that sheet first.`,
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
        case "katalogInvalid":
          return {
            title: "The Katalog IKU needs fixing",
            body: `Sheet ${sheet} has mistakes, so nothing was generated. Fix the cells listed below (click one to go there), then try again.`,
          };
        case "katalogExists":
          return {
            title: "A Katalog IKU already exists",
            body: `Sheet ${sheet} already exists and was not changed.`,
          };
        case "noYearSheet":
          return {
            title: "No sheet for that year",
            body: `This workbook has no sheet ${sheet} yet. Generate that year's IKU sheet first in the ${T.generate} tab.`,
          };
        case "noLkjipSheet":
          return {
            title: "No Pengukuran Kinerja tables yet",
            body: `Sheet ${sheet} does not exist yet. Create the Pengukuran Kinerja tables first, then add the charts.`,
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
    tabRingkasan: "Summary",
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
        : `Sheet ${quoted(o.sheet)} updated: ${T.indicators(o.indicators)} in ${o.range}; ${o.keptValues} input and target values kept.${
            o.movedToTw4
              ? ` The old sheet had no quarters: ${o.movedToTw4} year values moved to their component's TW IV input, so the year's realisasi and capaian stay the same.`
              : ""
          }`,
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
      `Sheet ${quoted(sheet)} was put back as it was (contents, formats, merged cells, validation, column widths, row heights, names and protection).`,
    restoreFailed: (sheet) =>
      `Sheet ${quoted(sheet)} could not be put back as it was: part of it may have changed. Check that sheet (or close without saving) before going on. Its copy from before the change is in the hidden sheet ${BACKUP_SHEET} (right-click a sheet tab › Unhide).`,
    madeFrom: (c) =>
      c.source === "katalog"
        ? `Made from ${c.sheet ?? "Katalog IKU"} (${T.indicators(c.indicators ?? 0)}).`
        : `Made from the built-in DSPM catalogue (${T.indicators(c.indicators ?? 0)}).`,
    checkedWith: (c) =>
      c.source === "katalog"
        ? `Catalogue: ${c.sheet ?? "Katalog IKU"}${c.indicators === undefined ? "" : ` (${T.indicators(c.indicators)})`}.`
        : `Catalogue: built-in DSPM (${T.indicators(c.indicators ?? 0)}).`,
    katalogListLabel: "Mistakes in the Katalog IKU",
    katalogHeading: "Katalog IKU",
    katalogIntro:
      "The list of indicators can live in the workbook as a “Katalog IKU” sheet that staff edit. When there is one, Generate, Check Data and Formula Audit use it instead of the built-in DSPM catalogue.",
    katalogBuiltin: "Create Katalog IKU from the built-in catalogue",
    katalogExample: "Create an empty Katalog IKU (with one example)",
    creatingKatalog: "Creating the Katalog IKU…",
    katalogCreated: (o) =>
      `Sheet ${quoted(o.sheet)} ${o.replaced ? "replaced" : "created"} with ${o.indicators === 1 ? "one example row" : T.indicators(o.indicators)}. Edit its rows, then ${T.generate} again.`,
    katalogExistsTitle: "A Katalog IKU already exists",
    katalogExistsBody: (sheet) =>
      `Sheet ${quoted(sheet)} already exists. Replacing it removes everything in it (staff's edits too) and writes a new catalogue. Keep it if unsure.`,
    katalogKeep: "Keep it and open the sheet",
    katalogReplace: "Replace its contents",
    katalogList: {
      jenisTitle: "Jenis",
      polaritasTitle: "Polaritas",
      choose: (allowed) => `Choose one of: ${allowed.join(", ")}.`,
    },

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

/** "IKU 16": the indicator an agency may measure in rupiah, named by its order. */
export function swadayaOf(f: TextFacts): string {
  return f.swadayaOrder === undefined ? "the swadaya IKU" : T.iku(f.swadayaOrder);
}

/** The English words every reader needs (the CLI's and the help page's are in en-cli.ts, en-help.ts). */
export function coreEn(f: TextFacts): CoreMessages {
  const swadaya = swadayaOf(f);
  const h = host();
  const formErrors = settings(swadaya);
  return {
    lang: "en",
    terms: T,
    host: h,
    settings: formErrors,
    pane: pane(f, swadaya, h, formErrors),
    report: REPORT_EN,
  };
}
