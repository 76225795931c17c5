import type { Finding } from "../core/grid";
import type { RingkasanOutcome } from "../core/sakip/ringkasan";
import type { RenstraOutcome, RenstraRequest } from "./renstra";
import type { SheetSettings } from "../core/sheet/types";
import type { CatalogueUsed } from "../core/validate";

/**
 * The task pane's only way to reach Excel. Components receive a HostApi as a prop, so the UI
 * is tested with a fake and runs in a plain browser with `unavailableHost`.
 */

/** Where the pane runs. */
export interface HostInfo {
  inExcel: boolean;
  /** e.g. "Excel" */
  host: string | null;
  /** e.g. "PC", "Mac", "OfficeOnline" */
  platform: string | null;
  /** Excel's display language, e.g. "id-ID", "en-US". */
  displayLanguage: string;
  /** Whether the custom functions can run here (CustomFunctionsRuntime 1.1). */
  customFunctions: boolean;
  /**
   * Whether Ctrl+Z undoes what the add-in writes (ExcelApi 1.20); older Excel clears the undo
   * stack instead. Absent when unknown.
   */
  undo?: boolean;
}

/** How the help page was opened: Office's browser window, an Office dialog, a browser tab. */
export type HelpOpening = "browser" | "dialog" | "window" | "none";

/** Why an action failed, as a code the UI turns into words in the user's language. */
export type HostProblemCode =
  | "notInExcel"
  | "cellEditMode" // Excel is in cell-edit mode (InvalidOperationInCellEditMode)
  | "sheetProtected" // the target sheet is protected by the user
  | "foreignSheet" // a sheet of that name exists and was not made by the add-in
  | "otherIkuSheet" // another sheet of the workbook already holds that tahun
  | "noIkuSheet" // validation/audit found no sheet made by the add-in
  | "payloadTooLarge"
  | "userNotes" // a regenerate would remove notes typed inside the table: asks first
  | "katalogInvalid" // the workbook's Katalog IKU sheet has mistakes: nothing is generated
  | "katalogExists" // a Katalog IKU sheet exists: it is replaced only when the user agrees
  | "noYearSheet" // the LKjIP's year has no IKU sheet in the workbook (sheet: the expected one)
  | "noLkjipSheet" // charts asked for before the Pengukuran Kinerja sheet exists
  | "unknown";

export interface HostProblem {
  code: HostProblemCode;
  /** Sheet involved, if any. */
  sheet?: string;
  /** For otherIkuSheet: the tahun the other sheet holds. */
  tahun?: number;
  /** A free sheet name to offer instead (for foreignSheet). */
  suggestion?: string;
  /** Technical detail (Excel's error code and message), for the "details" line. */
  detail?: string;
  /** For userNotes: the cells typed by staff that the regenerate would remove. */
  notes?: { address: string; content: string | number | boolean }[];
  /**
   * For a regenerate that failed midway: whether the sheet was put back as it was (true), or
   * putting it back failed too (false) and the sheet needs checking.
   */
  restored?: boolean;
  /** For katalogInvalid: the Katalog's mistakes, each with its cell on the Katalog sheet. */
  findings?: Finding[];
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; problem: HostProblem };

export interface GenerateOutcome {
  sheet: string;
  created: boolean; // false: an existing add-in sheet was updated
  indicators: number;
  /** Input/target values carried over from the previous sheet. */
  keptValues: number;
  /** Of those, typed year values of a one-year sheet moved to their TW IV inputs. */
  movedToTw4?: number;
  /** Used range of the generated table, e.g. "A1:T40". */
  range: string;
  /**
   * Whether Excel accepted the print setup (landscape, F4, fit to one page wide, title rows).
   * When it did not (a printer driver without the paper size …) the sheet is complete and
   * protected, and the pane says that the print setup is missing.
   */
  printSetup?: { applied: true } | { applied: false; detail: string };
  /** The catalogue the sheet was made from: the workbook's Katalog IKU sheet or the built-in one. */
  catalogue?: CatalogueUsed;
  /** The first input cell of the sheet (where staff start typing), e.g. "H12". */
  firstInput?: string;
}

/** What a new Katalog IKU sheet is filled with. */
export type KatalogContentChoice =
  /** The built-in DSPM catalogue, to edit. */
  | "builtin"
  /** The header rows and the table's header with one example row, for another agency. */
  | "example";

export interface KatalogOutcome {
  sheet: string;
  /** Indicator rows written. */
  indicators: number;
  /** An existing Katalog sheet was replaced (the user agreed). */
  replaced: boolean;
}

/** The "Pengukuran Kinerja <tahun>" sheet written (src/office/lkjip.ts). */
export interface LkjipOutcome {
  sheet: string;
  created: boolean;
  /** The years of table 2 (the year sheets up to the report year). */
  years: number[];
  /** Whether table 3 reads a Target Renstra sheet. */
  renstra: boolean;
  /** Budget values kept from the previous sheet. */
  kept: number;
  range: string;
}

export interface LkjipChartsOutcome {
  sheet: string;
  added: number;
  /** The add-in's earlier charts replaced (the user's own are never touched). */
  replaced: number;
}

export interface CheckOutcome {
  sheets: string[];
  /** With a Katalog that has mistakes: its findings only (rules "katalog.*"), and no sheets. */
  findings: Finding[];
  /** The catalogue the check read the IKU sheets with (absent: the built-in one). */
  catalogue?: CatalogueUsed;
  /** When the check ran (ISO). */
  checkedAt: string;
}

export interface ReportOutcome {
  sheet: string;
  rows: number;
}

/** Cells read so far of a large workbook (read in batches under Excel on the web's 5 MB limit). */
export interface ReadProgress {
  done: number;
  total: number;
}

/**
 * What the pane asks of Excel. Every answer is a HostResult: a failure, an exception from Excel
 * included, arrives as a HostProblem (host.ts turns exceptions into problems, in one place).
 */
export interface HostActions {
  /**
   * `options.removeNotes`: the user agreed to remove the notes a userNotes problem listed.
   * `options.agencyFromKatalog`: the agency name is the form's default, not typed by the user: a
   * workbook's Katalog IKU that names its Perangkat Daerah gives the sheet that name instead.
   */
  generate(
    settings: SheetSettings,
    options?: { removeNotes?: boolean; agencyFromKatalog?: boolean }
  ): Promise<HostResult<GenerateOutcome>>;
  /**
   * "Periksa Data": validates inputs and targets. Read-only: the in-sheet marks are conditional
   * formats written with the sheet by generate, so Excel updates them as values change.
   */
  validate(onProgress?: (progress: ReadProgress) => void): Promise<HostResult<CheckOutcome>>;
  /**
   * "Audit Rumus": audits formula cells of the IKU sheet and IKU. formulas elsewhere. A large
   * workbook is read in batches; `onProgress` hears the cells read.
   */
  audit(onProgress?: (progress: ReadProgress) => void): Promise<HostResult<CheckOutcome>>;
  /**
   * Adds a "Katalog IKU" sheet that staff edit, filled as `content` says. An existing Katalog
   * sheet is replaced only with `replace` (else the answer is a katalogExists problem).
   */
  createKatalog(
    content: KatalogContentChoice,
    options?: { replace?: boolean }
  ): Promise<HostResult<KatalogOutcome>>;
  /**
   * The "Ringkasan": every year sheet's capaian per sasaran and indicator, with the cell of each
   * (read-only). A large workbook is read in batches; `onProgress` hears the cells read.
   */
  ringkasan(onProgress?: (progress: ReadProgress) => void): Promise<HostResult<RingkasanOutcome>>;
  /** Writes (or rewrites) the "Pengukuran Kinerja <tahun>" sheet, keeping the typed budget. */
  createLkjip(tahun: number): Promise<HostResult<LkjipOutcome>>;
  /**
   * Adds the LKjIP charts beside the tables (every indicator's trend, or `indicator`'s only),
   * replacing the add-in's earlier charts on that sheet.
   */
  addLkjipCharts(tahun: number, indicator?: string): Promise<HostResult<LkjipChartsOutcome>>;
  /**
   * Adds the "Target Renstra" sheet, or makes it again for `request.periode` keeping every typed
   * value by name; values and notes it has no place for are removed only with `removeNotes`.
   */
  writeRenstra(request: RenstraRequest): Promise<HostResult<RenstraOutcome>>;
  /** Writes (or replaces) the "Audit IKU" report sheet. */
  writeAuditReport(outcome: CheckOutcome): Promise<HostResult<ReportOutcome>>;
  /** Selects a cell in Excel (and activates its sheet). */
  selectCell(sheet: string, cell: string): Promise<HostResult<void>>;
  /**
   * Calls `handler` after changes on IKU sheets (debounced by the caller). Returns a function
   * that removes the subscription.
   */
  onSheetChanged(handler: () => void): Promise<HostResult<() => Promise<void>>>;
}

/** The actions, and what the pane asks of its surroundings (never fails, never throws). */
export interface HostApi extends HostActions {
  info(): HostInfo;
  /**
   * Opens the help page (an absolute URL) outside the pane, synchronously inside the click that
   * asks for it. "none" when no way worked (the pane then leaves the plain link to the browser).
   */
  openHelp(url: string): HelpOpening;
  /** A remembered per-user preference (e.g. the first-run placemat was seen), or null. */
  getPreference(key: string): string | null;
  setPreference(key: string, value: string): void;
}
