import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { CATALOGUE } from "../core/catalogue";
import type { GridValue } from "../core/grid";
import type { SheetPlan, SheetSettings } from "../core/sheet/types";
import type { GenerateArgs } from "./args";
import type { CliMessages, Lang } from "./messages";
import { isPlainReference, unsupportedFeatures } from "./package-check";
import { WorkbookIndex } from "../core/formula/workbook";
import { findIkuSheets } from "../core/validate/sheets";
import { evaluatePlan } from "../core/sheet/evaluate";
import { buildSheetPlan, MARKER_NAME } from "../core/sheet/plan";
// The default sheet name is the task pane's, so both make the same sheet.
import { defaultSheetName } from "../core/settings";
import {
  FileProblem,
  gridNames,
  gridValueOf,
  loadExcelJs,
  openPackage,
  readXlsxBytes,
  sheetGrid,
} from "./xlsx-read";
import type { RawDefinedName } from "./xlsx-read";
import { writePlan } from "./xlsx-write";

/**
 * `iku generate`: a new workbook (--out) or the IKU sheet regenerated inside an existing one
 * (--update). Files are written to a temporary file next to the target and renamed, so a
 * failure never leaves a half-written workbook.
 */

export class GenerateRefused extends Error {}

export interface GenerateOutcome {
  file: string;
  sheet: string;
  created: boolean;
  kept: number;
}

const CREATOR = "iku (DSPM Kota Bontang)";

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes the workbook to `file` through a temporary file in the same folder. */
export async function saveAtomically(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`
  );
  try {
    await workbook.xlsx.writeFile(tmp);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Saves, turning a file-system failure (read-only folder, file open elsewhere) into a message. */
async function save(workbook: ExcelJS.Workbook, file: string, m: CliMessages): Promise<void> {
  try {
    await saveAtomically(workbook, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GenerateRefused(
      m.writeFailed(file, code ?? (e instanceof Error ? e.message : String(e)))
    );
  }
}

/**
 * The settings of the sheet to write: what the user gave, else the old sheet's own settings
 * (an update keeps its year, agency name, sheet name and formula mode), else the defaults.
 */
function settingsFrom(args: GenerateArgs, old?: SheetSettings): SheetSettings {
  const tahun = args.tahun ?? old?.tahun ?? new Date().getFullYear();
  const keepName = old !== undefined && (args.tahun === undefined || args.tahun === old.tahun);
  return {
    tahun,
    namaPerangkatDaerah: args.nama ?? old?.namaPerangkatDaerah ?? CATALOGUE.agency.nama,
    sheetName: args.sheet ?? (keepName ? old.sheetName : defaultSheetName(String(tahun))),
    mode: args.mode ?? old?.mode ?? "excel",
    aturan: args.aturan ?? old?.aturan,
  };
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.created = new Date();
  // Excel recalculates on open, so any cached value older than the inputs is refreshed.
  wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}

export async function generateNew(
  args: GenerateArgs & { out: string },
  m: CliMessages
): Promise<GenerateOutcome> {
  const file = args.out;
  const dir = path.dirname(path.resolve(file));
  if (!(await exists(dir))) throw new GenerateRefused(m.outDirMissing(dir));
  if ((await exists(file)) && !args.force) throw new GenerateRefused(m.outExists(file));
  const settings = settingsFrom(args);
  const plan = buildSheetPlan(settings);
  const wb = newWorkbook();
  const ws = wb.addWorksheet(plan.sheetName);
  await writePlan(wb, ws, plan, { cached: evaluatePlan(plan, {}) });
  await save(wb, file, m);
  return { file, sheet: plan.sheetName, created: true, kept: 0 };
}

/** The sheet and cell a plain reference names: 'IKU 2026'!$J$12 → ["IKU 2026", "J12"]. */
export function splitReference(text: string): { sheet: string; address: string } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!\s]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: `${m[3]}${m[4]}` };
}

function sameSheet(a: string, b: string): boolean {
  // Excel compares sheet names case-insensitively.
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** The settings the old IKU sheet was made with, recovered by the core from its content. */
function oldSettings(
  wb: ExcelJS.Workbook,
  names: RawDefinedName[],
  sheet: string,
  file: string
): SheetSettings | undefined {
  const grid = {
    workbook: file,
    sheets: wb.worksheets.map((w) => sheetGrid(w, file)),
    names: gridNames(names),
  };
  const found = findIkuSheets(new WorkbookIndex(grid)).find((s) => sameSheet(s.sheet, sheet));
  return found ? { ...found.plan.settings, sheetName: sheet } : undefined;
}

/** Whether a workbook name is one the add-in writes (the plan's names and the marker). */
function isAddinName(name: string, plan: SheetPlan): boolean {
  return name === MARKER_NAME || plan.names.some((n) => n.name === name);
}

/** A name an older layout of the add-in wrote on the old IKU sheet (IKU19_X), now stale. */
function isStaleAddinName(
  name: string,
  firstRange: string | undefined,
  oldSheet: string | undefined
): boolean {
  const ref = firstRange ? splitReference(firstRange) : undefined;
  return (
    oldSheet !== undefined &&
    /^IKU\d{2}_[A-Z0-9_]+$/.test(name) &&
    ref !== undefined &&
    sameSheet(ref.sheet, oldSheet)
  );
}

/** A typed cell value worth keeping (formulas included, blanks not). */
function keepable(value: ExcelJS.CellValue): value is Exclude<ExcelJS.CellValue, null | undefined> {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value !== "";
  return true;
}

/** A cell's content to copy elsewhere: a shared formula becomes its own formula. */
function typedValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  }
  return cell.value;
}

export async function generateUpdate(
  args: GenerateArgs & { update: string },
  m: CliMessages,
  lang: Lang
): Promise<GenerateOutcome> {
  const file = args.update;
  const bytes = await readXlsxBytes(file);
  const pkg = await openPackage(bytes, file);
  const wb = await loadExcelJs(bytes, file);

  const workbookNames = pkg.names.filter((n) => n.localSheetId === undefined);
  const markerName = workbookNames.find((n) => n.name === MARKER_NAME);
  const markerSheet = markerName ? splitReference(markerName.text)?.sheet : undefined;
  const oldWs = markerSheet ? wb.worksheets.find((w) => sameSheet(w.name, markerSheet)) : undefined;

  const settings = settingsFrom(
    args,
    oldWs ? oldSettings(wb, pkg.names, oldWs.name, file) : undefined
  );
  const plan = buildSheetPlan(settings);
  const requested = plan.sheetName;

  // A sheet of that name not marked as ours: never touched.
  const sameName = wb.worksheets.find((w) => sameSheet(w.name, requested));
  if (sameName && sameName !== oldWs) throw new GenerateRefused(m.foreignSheet(sameName.name));
  // The add-in's names are workbook-scoped: one IKU sheet per workbook.
  if (oldWs && !sameSheet(oldWs.name, requested))
    throw new GenerateRefused(m.otherIkuSheet(oldWs.name, requested));
  if (!oldWs) {
    for (const n of workbookNames) {
      const ref = splitReference(n.text);
      if (isAddinName(n.name, plan) && ref && !sameSheet(ref.sheet, requested)) {
        throw new GenerateRefused(m.otherIkuSheet(ref.sheet, requested));
      }
    }
  }

  const features = await unsupportedFeatures(
    pkg,
    oldWs?.name,
    (n: RawDefinedName) => isAddinName(n.name, plan),
    lang
  );
  if (features.length > 0) throw new GenerateRefused(m.unsupportedContent(file, features));

  // Typed inputs and targets, found through the add-in's names on the old sheet.
  const byName = new Map(workbookNames.map((n) => [n.name, n]));
  const kept = new Map<string, Exclude<ExcelJS.CellValue, null | undefined>>();
  const inputs: Record<string, GridValue> = {};
  const consumed = new Set<string>();
  if (oldWs) {
    for (const cell of plan.cells) {
      if ((cell.role !== "input" && cell.role !== "target") || !cell.name) continue;
      const raw = byName.get(cell.name);
      let ref = raw && isPlainReference(raw.text) ? splitReference(raw.text) : undefined;
      // A name deleted or broken by hand: the value is taken from the plan's own address when
      // that cell is an unlocked input cell there too (labels and formulas are locked).
      if (!ref && oldWs.getCell(cell.address).protection?.locked === false) {
        ref = { sheet: oldWs.name, address: cell.address };
      }
      if (!ref || !sameSheet(ref.sheet, oldWs.name)) continue;
      const value = typedValue(oldWs.getCell(ref.address));
      consumed.add(ref.address);
      if (!keepable(value)) continue;
      kept.set(cell.address, value);
      inputs[cell.name] = gridValueOf(value);
    }
  }

  // Cells the user added outside the plan's cells stay where they were.
  const planAddresses = new Set(plan.cells.map((c) => c.address));
  const carried: { address: string; value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[] =
    [];
  if (oldWs) {
    oldWs.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge || planAddresses.has(cell.address)) return;
        if (consumed.has(cell.address) || !keepable(cell.value)) return;
        carried.push({ address: cell.address, value: typedValue(cell), style: { ...cell.style } });
      });
    });
  }

  let orderNo: number | undefined;
  if (oldWs) {
    orderNo = (oldWs as unknown as { orderNo: number }).orderNo;
    wb.removeWorksheet(oldWs.id);
  }
  // Drop the add-in's names (the checks above made sure none belongs to another sheet) and the
  // stale ones of an older layout on the old sheet; the user's own names stay.
  const oldName = oldWs?.name;
  wb.definedNames.model = wb.definedNames.model.filter(
    (n) => !isAddinName(n.name, plan) && !isStaleAddinName(n.name, n.ranges[0], oldName)
  );
  const ws = wb.addWorksheet(requested);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;

  await writePlan(wb, ws, plan, { cached: evaluatePlan(plan, inputs), kept });
  for (const c of carried) {
    if (ws.getCell(c.address).isMerged) continue;
    const target = ws.getCell(c.address);
    target.value = c.value;
    target.style = c.style;
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  await save(wb, file, m);
  return { file, sheet: requested, created: !oldWs, kept: kept.size };
}

/** Runs the command; returns the message to print. Throws GenerateRefused / FileProblem. */
export async function runGenerate(args: GenerateArgs, m: CliMessages, lang: Lang): Promise<string> {
  if (args.update !== undefined) {
    const o = await generateUpdate({ ...args, update: args.update }, m, lang);
    return m.updated(o.file, o.sheet, o.kept);
  }
  if (args.out === undefined) throw new GenerateRefused(m.missingOutOrUpdate);
  const o = await generateNew({ ...args, out: args.out }, m);
  return m.generated(o.file, o.sheet, CATALOGUE.indicators.length, args.mode ?? "excel");
}

export { FileProblem };
