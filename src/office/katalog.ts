import { CATALOGUE } from "../core/catalogue";
import { columnLetter } from "../core/sheet/plan";
import { KATALOG_POLARITIES, katalogKinds } from "../core/katalog/catalogue";
import { KATALOG_COLUMNS, KATALOG_MAX_INDICATORS, KATALOG_SHEET } from "../core/katalog/layout";
import { katalogSheetName } from "../core/katalog/workbook";
import { katalogContent, katalogExampleContent } from "../core/katalog/write";
import type { KatalogContent } from "../core/katalog/write";
import { coreMessagesFor } from "../core/messages/base";
import type { HostResult, KatalogContentChoice, KatalogOutcome } from "./api";
import { classifyOfficeError, runInExcel, suspendUntilNextSync } from "./excel";
import { charactersToPoints } from "./generate";
import { officeLanguage } from "./shell";
import { paneSheets, type SheetMemo } from "./sheet-memo";

/**
 * Creates the "Katalog IKU" sheet staff edit: the built-in catalogue to adapt, or the empty
 * table with one example row. Laid out as a table to edit: bold header row with a fill, the
 * column widths of katalogContent, the header row frozen, text format on the table (a Kode such
 * as "001" stays text), and drop-down lists on Jenis and Polaritas. Two syncs: one read (does a
 * Katalog sheet exist?), one write. An existing Katalog sheet is replaced only when the user
 * agreed (`replace`); otherwise the answer is a katalogExists problem and nothing changes.
 */

const HEADER_FILL = "#D9E1F2";

/** The sheet content of a choice. */
export function contentOf(choice: KatalogContentChoice): KatalogContent {
  return choice === "builtin" ? katalogContent(CATALOGUE) : katalogExampleContent(CATALOGUE);
}

export async function createKatalogInContext(
  context: Excel.RequestContext,
  choice: KatalogContentChoice,
  options: { replace?: boolean } = {},
  memo?: SheetMemo
): Promise<HostResult<KatalogOutcome>> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  memo?.remember(names);
  const existing = katalogSheetName(names);
  if (existing !== undefined && !options.replace) {
    return { ok: false, problem: { code: "katalogExists", sheet: existing } };
  }

  const content = contentOf(choice);
  const columns = KATALOG_COLUMNS.length;
  // The rows the table may grow to: formats and lists reach the Katalog's limit.
  const tableEnd = content.headerRow + 1 + KATALOG_MAX_INDICATORS;
  const words = coreMessagesFor(officeLanguage()).pane.katalogList;

  suspendUntilNextSync(context);
  let sheet: Excel.Worksheet;
  if (existing !== undefined) {
    sheet = sheets.getItem(existing);
    const all = sheet.getRange();
    all.unmerge();
    all.dataValidation.clear();
    all.clear("All");
    sheet.freezePanes.unfreeze();
  } else {
    sheet = sheets.add(KATALOG_SHEET);
  }

  // Text format before the contents, so what staff type there stays as typed.
  const area = sheet.getRangeByIndexes(0, 0, tableEnd, columns);
  area.numberFormat = Array.from({ length: tableEnd }, () => Array<string>(columns).fill("@"));
  const rows = content.rows.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? null));
  // null leaves a cell empty; texts go through values, so nothing becomes a formula.
  sheet.getRangeByIndexes(0, 0, rows.length, columns).values = rows.map((row) =>
    row.map((v) => v ?? "")
  );

  if (content.headerRow > 0) {
    sheet.getRangeByIndexes(0, 0, content.headerRow, 1).format.font.bold = true;
  }
  const header = sheet.getRangeByIndexes(content.headerRow, 0, 1, columns).format;
  header.font.bold = true;
  header.fill.color = HEADER_FILL;
  header.wrapText = true;
  header.verticalAlignment = "Center";
  const body = sheet.getRangeByIndexes(content.headerRow + 1, 0, KATALOG_MAX_INDICATORS, columns);
  body.format.verticalAlignment = "Top";
  body.format.wrapText = true;
  content.widths.forEach((chars, c) => {
    const letter = columnLetter(c + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(chars);
  });

  const lists: { field: string; title: string; allowed: readonly string[] }[] = [
    { field: "jenis", title: words.jenisTitle, allowed: Object.keys(katalogKinds()) },
    { field: "polaritas", title: words.polaritasTitle, allowed: KATALOG_POLARITIES },
  ];
  for (const list of lists) {
    const c = KATALOG_COLUMNS.findIndex((col) => col.field === list.field);
    const dv = sheet.getRangeByIndexes(
      content.headerRow + 1,
      c,
      KATALOG_MAX_INDICATORS,
      1
    ).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule = { list: { inCellDropDown: true, source: list.allowed.join(",") } };
    dv.prompt = { showPrompt: true, title: list.title, message: words.choose(list.allowed) };
    dv.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: list.title,
      message: words.choose(list.allowed),
    };
  }

  sheet.freezePanes.freezeRows(content.headerRow + 1);
  sheet.activate();
  // The first indicator row, where editing starts.
  sheet.getRange(`A${content.headerRow + 2}`).select();
  await context.sync();
  const sheetName = existing ?? KATALOG_SHEET;
  if (existing === undefined) memo?.remember([...names, sheetName]);
  return {
    ok: true,
    value: {
      sheet: sheetName,
      indicators: content.rows.length - content.headerRow - 1,
      replaced: existing !== undefined,
    },
  };
}

/**
 * The host's entry point: its own Excel.run batch. A refusal from Excel (a Katalog sheet protected
 * by staff, cell-edit mode) becomes a problem naming the Katalog sheet.
 */
export async function createKatalog(
  choice: KatalogContentChoice,
  options?: { replace?: boolean }
): Promise<HostResult<KatalogOutcome>> {
  try {
    return await runInExcel((context) =>
      createKatalogInContext(context, choice, options, paneSheets)
    );
  } catch (e) {
    return { ok: false, problem: classifyOfficeError(e, KATALOG_SHEET) };
  }
}
