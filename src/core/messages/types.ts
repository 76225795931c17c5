import type { PredikatSakip } from "../calculation";
import type { Severity } from "../grid";

/**
 * The shape of the one message catalogue. Each language (id.ts + id-cli.ts + id-help.ts, the
 * same for en) is a function of the facts its sentences state (how many indicators, which one
 * is measured in rupiah …), typed by the interfaces below, so a key missing in one language is
 * a compile error and a count is never typed into a sentence. Readers: the task pane (src/taskpane/i18n.ts), the CLI (src/cli/messages.ts),
 * the report sheet (src/core/report.ts) and the help page (src/core/help.ts).
 */

export type Lang = "id" | "en";

/** What the sentences say about the catalogue of indicators, read from it (base.ts textFacts). */
export interface TextFacts {
  /** Number of indicators. */
  indicators: number;
  /** Order (IKU n) of the indicator an agency may measure in rupiah; undefined when none. */
  swadayaOrder: number | undefined;
  /** Order of each indicator by its code ("IKU09" → 9), for texts that name one by example. */
  orders: Readonly<Record<string, number>>;
}

/** The limits the CLI enforces and states in its help and messages. */
export interface CliLimits {
  fileMb: number;
  zipEntries: number;
  unpackedMb: number;
  partMb: number;
  sheetCells: number;
  memoryMb: number;
  timeoutSeconds: number;
}

export interface SeverityWords {
  /** Heading or filter label: "Kesalahan". */
  title: string;
  /** In running text, one: "kesalahan". */
  one: string;
  /** In running text, several: "kesalahan" (Indonesian does not inflect), "errors". */
  many: string;
}

/** One word per concept, used to build the sentences of every area. */
export interface Terms {
  /** A finding's severity: "Kesalahan"/"Peringatan" (never "galat"). */
  severity: Record<Severity, SeverityWords>;
  /** What Excel's #N/A, #VALUE!, #DIV/0! … are called. */
  errorValue: string;
  /** The three features, as their buttons and tabs name them. */
  generate: string;
  validate: string;
  audit: string;
  /** "lembar IKU" in running text. */
  ikuSheet: string;
  /** "18 indikator", "1 indicator". */
  indicators: (n: number) => string;
  /** A small count in words ("tiga", "three"); digits from 11 on. */
  countWord: (n: number) => string;
  /** "IKU 16": an indicator named by its order. */
  iku: (order: number) => string;
  /** Column heads shared by the CLI's table and the report sheet. */
  column: {
    sheet: string;
    cell: string;
    indicator: string;
    rule: string;
    severity: string;
    message: string;
  };
}

/** Why a task pane action failed, as a code (src/office/api.ts's HostProblemCode). */
export type HostProblemCode =
  | "notInExcel"
  | "cellEditMode"
  | "sheetProtected"
  | "foreignSheet"
  | "otherIkuSheet"
  | "noIkuSheet"
  | "payloadTooLarge"
  | "userNotes"
  | "unknown";

/** The parts of a host problem its words need. */
export interface HostProblemFacts {
  code: HostProblemCode;
  sheet?: string;
  suggestion?: string;
  notes?: { address: string; content: string | number | boolean }[];
}

export interface ProblemText {
  title: string;
  body: string;
}

/**
 * Situations the pane and the CLI both meet, worded once. `sheet` arrives quoted the way the
 * caller quotes (“…” in the pane, "…" in a terminal).
 */
export interface HostWords {
  /** A sheet of that name exists and the add-in did not make it. */
  foreignSheet: (sheet: string) => string;
  /** The workbook's IKU names belong to another sheet. */
  otherIkuSheet: (sheet: string) => string;
  /** The workbook has no IKU sheet made by the add-in. */
  noIkuSheet: string;
  /** Every pane problem: a title and a body. */
  problem: (p: HostProblemFacts) => ProblemText;
  /** "Rincian: …" */
  detail: (d: string) => string;
}

/** The settings check's messages (the pane's form and the CLI's options). */
export type FormErrorKey =
  | "tahunRequired"
  | "tahunInteger"
  | "tahunRange"
  | "namaRequired"
  | "namaTooLong"
  | "namaControlChars"
  | "sheetRequired"
  | "sheetTooLong"
  | "sheetBadChars"
  | "sheetControlChars"
  | "sheetApostrophe"
  | "sheetReserved"
  | "modeInvalid"
  | "desimalInvalid"
  | "batasNotNumbers"
  | "batasOrder"
  | "labelEmpty"
  | "labelCount"
  | "swadayaInvalid";

export interface PaneStrings {
  lang: Lang;
  locale: string;
  title: string;
  tabsLabel: string;
  tabGenerate: string;
  tabValidate: string;
  tabAudit: string;
  /** A tab's panel while its code loads (it loads after the first screen is drawn). */
  tabLoading: string;
  tabLoadFailed: ProblemText;
  tabLoadRetry: string;
  runsIn: (host: string, platform: string | null) => string;
  notRunningInExcel: string;
  version: (v: string) => string;
  outsideTitle: string;
  outsideBody: string;
  /** Accessible name of the pane's one status line. */
  statusLabel: string;
  help: string;
  /** Accessible name of the help link: it opens outside the pane. */
  helpLong: string;
  footerLabel: string;
  placematTitle: string;
  placematSteps: [string, string, string];
  placematDismiss: string;
  /** The help page could not be opened (see HelpNotice). */
  helpNotice: { title: string; body: string; link: string; close: string };

  generateHeading: string;
  generateIntro: string;
  tahunLabel: string;
  namaLabel: string;
  sheetNameLabel: string;
  sheetNameHint: string;
  modeLabel: string;
  aturanTitle: string;
  desimalLabel: string;
  kategoriBatasLabel: string;
  kategoriBatasHint: string;
  kategoriLabelLabel: string;
  kategoriLabelHint: string;
  swadayaLabel: string;
  swadayaProgram: string;
  swadayaRupiah: string;
  modeIku: string;
  modeIkuHint: string;
  modeExcel: string;
  modeExcelHint: string;
  noCustomFunctions: string;
  generateButton: string;
  generating: string;
  formErrors: Record<FormErrorKey, string>;
  successTitle: string;
  generated: (o: {
    sheet: string;
    created: boolean;
    indicators: number;
    keptValues: number;
    range: string;
  }) => string;
  /** The sheet is complete but Excel refused its print setup. */
  printSetupTitle: string;
  printSetupFailed: string;
  useSuggestion: (name: string) => string;
  nextStepTitle: string;
  nextStep: string;
  goToSheet: string;
  goToValidate: string;
  undoNote: (undo: boolean | undefined) => string;
  /** The confirm action of a userNotes problem. */
  removeNotes: string;
  /** After a regenerate that failed midway: the sheet was put back, or putting it back failed. */
  restored: (sheet: string) => string;
  restoreFailed: (sheet: string) => string;

  validateHeading: string;
  validateIntro: string;
  validateButton: string;
  validating: string;
  /** A large workbook read in batches: cells read so far. */
  readProgress: (p: { done: number; total: number }) => string;
  autoCheck: string;
  autoCheckHint: string;
  noProblemsTitle: string;
  noProblemsBody: (sheets: string[]) => string;
  checkSummary: (errors: number, warnings: number, sheets: string[], time: string) => string;
  otherGroup: string;
  severity: Record<Severity, string>;
  severityCount: (severity: Severity, n: number) => string;
  validateListLabel: string;
  autoCheckChanged: (fixed: number, added: number, errors: number, warnings: number) => string;
  /** Announced when a check finishes with the same findings as before. */
  unchanged: string;

  shown: (n: number, total: number) => string;
  expandAll: string;
  collapseAll: string;
  previous: string;
  next: string;
  position: (i: number, n: number) => string;
  sheetCaption: (sheet: string) => string;
  listKeysHint: string;

  auditHeading: string;
  auditIntro: string;
  auditButton: string;
  auditing: string;
  filterLabel: string;
  filterOption: (severity: Severity, n: number) => string;
  auditNoFindings: string;
  auditFilteredEmpty: string;
  /** Accessible name of the findings list. */
  auditListLabel: string;
  currentFormula: string;
  expectedFormula: string;
  writeReport: string;
  writingReport: string;
  reportWritten: (o: { sheet: string; rows: number }) => string;

  problem: (p: HostProblemFacts) => ProblemText;
  detail: (d: string) => string;
}

/** Why a file cannot be used by the CLI; each code has a message in both languages. */
export type FileProblemCode =
  | "missing"
  | "unreadable"
  | "notAFile"
  | "tooLarge"
  | "unpackedTooLarge"
  | "encrypted"
  | "notXlsx"
  | "corrupt"
  | "missingSheetPart"
  | "tooManyCells"
  | "outOfMemory"
  | "timedOut";

/** What `iku generate --update` cannot keep of an existing workbook (see cli/transplant.ts). */
export interface UnsupportedWords {
  across: (what: string, ref: string) => string;
  merge: string;
  validation: string;
  format: string;
  hidden: (address: string) => string;
  shared: (address: string) => string;
  table: string;
  element: (name: string) => string;
  structure: string;
  strict: string;
}

export interface CliMessages {
  helpMain: string;
  helpGenerate: string;
  helpAudit: string;
  unknownCommand: (cmd: string) => string;
  noCommand: string;
  seeHelp: (cmd?: string) => string;
  unknownOption: (opt: string) => string;
  missingValue: (opt: string) => string;
  unexpectedArg: (arg: string) => string;
  missingOutOrUpdate: string;
  bothOutAndUpdate: string;
  notXlsxName: (file: string) => string;
  badMode: (text: string) => string;
  outExists: (file: string) => string;
  outDirMissing: (dir: string) => string;
  generated: (file: string, sheet: string, indicators: number, mode: string) => string;
  updated: (file: string, sheet: string, kept: number) => string;
  foreignSheet: (sheet: string) => string;
  otherIkuSheet: (marker: string, requested: string) => string;
  unsupportedContent: (file: string, features: string[]) => string;
  unsupported: UnsupportedWords;
  writeFailed: (file: string, detail: string) => string;
  noFiles: string;
  fileProblem: (code: FileProblemCode, file: string, detail?: string) => string;
  progress: (i: number, n: number, file: string) => string;
  fileHeader: (file: string) => string;
  noFindings: string;
  tableHeads: [string, string, string, string, string, string];
  severity: (s: Severity) => string;
  fileSummary: (errors: number, warnings: number) => string;
  total: (files: number, errors: number, warnings: number, unusable: number) => string;
  unusable: (message: string) => string;
  noIkuSheet: string;
  noIkuSheetFiles: (files: string[]) => string;
  pipeClosed: string;
  notChanged: string;
  updateOutOfMemory: (file: string, mb: number) => string;
  internalError: (detail: string) => string;
  formErrors: Record<FormErrorKey, string>;
}

/** The "Audit IKU" report sheet's texts. */
export interface ReportText {
  title: string;
  timestamp: string;
  workbook: string;
  sheets: string;
  summary: string;
  total: string;
  bySeverity: string;
  byRule: string;
  details: string;
  none: string;
  severity: Record<Severity, string>;
  columns: readonly string[];
}

/**
 * The help page of the custom functions (src/core/help.ts). These texts are HTML written here
 * (the catalogue's data is escaped by help.ts before it goes into them).
 */
export interface HelpWords {
  /** The page's <title>. */
  pageTitle: (namespace: string, agency: string) => string;
  heading: (namespace: string) => string;
  /** The line under the heading: what the page is, in this language. */
  subtitle: (namespace: string) => string;
  /** The introduction, with an example formula (HTML). */
  intro: (exampleHtml: string) => string;
  toc: string;
  sasaranHeading: (no: number, name: string) => string;
  helpersHeading: string;
  rulesHeading: string;
  field: {
    sasaran: string;
    formulaDocument: string;
    formulaReading: string;
    params: string;
    result: string;
    example: string;
    satuan: string;
    polarity: string;
    penanggungJawab: string;
    sumberData: string;
    notes: string;
  };
  noNotes: string;
  optional: string;
  repeating: string;
  /** Before the example typed with Indonesian regional settings. */
  regional: string;
  /** After a result shown rounded. */
  rounded: string;
  predikatMeaning: Record<PredikatSakip, string>;
  /** The table of Excel's error values the functions return. */
  errorValuesHeading: string;
  errorHead: [string, string, string];
  errorWhen: { DIV0: string; VALUE: string; NA: string };
  predikatHeading: string;
  predikatHead: [string, string, string];
  kategoriHeading: string;
  kategoriNote: string;
  kategoriHead: [string, string];
  achievementHeading: string;
  /** The general rules, one list item each (HTML). */
  generalRules: string[];
  /** Blank cells: the long rule, and its short form in the other language's gloss. */
  blankCells: string;
  blankCellsShort: string;
  /** The achievement rules, one list item each (HTML). */
  achievementRules: string[];
}

/** The words every reader needs: the task pane loads only these (id.ts, en.ts). */
export interface CoreMessages {
  lang: Lang;
  terms: Terms;
  host: HostWords;
  settings: Record<FormErrorKey, string>;
  pane: PaneStrings;
  report: ReportText;
}

/** A whole language: the core words, the CLI's (id-cli.ts) and the help page's (id-help.ts). */
export interface Messages extends CoreMessages {
  /** The CLI's texts state the limits it enforces, which the CLI passes in. */
  cli: (limits: CliLimits) => CliMessages;
  help: HelpWords;
}
