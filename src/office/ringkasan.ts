import { ringkasanOfWorkbook } from "../core/sakip/ringkasan";
import type { RingkasanOutcome } from "../core/sakip/ringkasan";
import type { HostResult } from "./api";
import type { OnProgress } from "./chunked-read";
import { runInExcel } from "./excel";
import { readWorkbookGrid } from "./read-workbook";
import { officeLanguage } from "./shell";
import { paneSheets, type SheetMemo } from "./sheet-memo";

/**
 * The pane's "Ringkasan": the workbook read as "Audit Rumus" reads it (read-workbook.ts: one sync
 * with the pane's sheet memo, batches under Excel on the web's 5 MB limit for a large workbook),
 * then the pure core (src/core/sakip/ringkasan.ts) finds the catalogue in use, the year sheets
 * and every year's capaian at once, so the pane switches years without reading again. Read-only.
 * Excel computes the capaian; nothing here recomputes it.
 */

/** The Ringkasan inside a batch. */
export async function ringkasanInContext(
  context: Excel.RequestContext,
  memo?: SheetMemo,
  onProgress?: OnProgress
): Promise<HostResult<RingkasanOutcome>> {
  const { grid } = await readWorkbookGrid(context, memo, onProgress);
  return { ok: true, value: ringkasanOfWorkbook(grid, { lang: officeLanguage() }) };
}

/** The Ringkasan: its own Excel.run batch (host.ts turns a throw into a problem). */
export const readRingkasan = (onProgress?: OnProgress) =>
  runInExcel((context) => ringkasanInContext(context, paneSheets, onProgress));
