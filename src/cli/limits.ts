import type { CliLimits } from "../core/messages";
import { MAX_PART_MB, MAX_UNCOMPRESSED_MB, MAX_ZIP_ENTRIES } from "./zip-guard";

/** The limits the CLI enforces, in one place, so its help and messages state them as they are. */

/** Largest workbook the CLI reads, in megabytes. */
export const MAX_FILE_MB = 50;
/** Same limit as a range read in Excel on the web: larger sheets are refused, not half-read. */
export const MAX_SHEET_CELLS = 5_000_000;
/** Default memory cap (V8 heap) of one file's audit; IKU_AUDIT_MEMORY_MB overrides it. */
export const DEFAULT_MEMORY_MB = 2048;
/** Default time limit of one file's audit; IKU_AUDIT_TIMEOUT overrides it (seconds). */
export const DEFAULT_TIMEOUT_SECONDS = 600;

export const CLI_LIMITS: CliLimits = {
  fileMb: MAX_FILE_MB,
  zipEntries: MAX_ZIP_ENTRIES,
  unpackedMb: MAX_UNCOMPRESSED_MB,
  partMb: MAX_PART_MB,
  sheetCells: MAX_SHEET_CELLS,
  memoryMb: DEFAULT_MEMORY_MB,
  timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
};
