import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { CATALOGUE } from "../core/catalogue";
import type { Catalogue } from "../core/catalogue";
import { catalogueOfKatalog, katalogSheetName } from "../core/katalog/workbook";
import type { GridValue } from "../core/grid";
import type { SheetPlan, SheetSettings } from "../core/sheet/types";
import type { GenerateArgs } from "./args";
import type { CatalogueSource, CliMessages, Lang } from "./messages";
import { copyKatalogSheet, katalogOfFile, sameCatalogue, usableKatalog } from "./katalog";
import type { ResolvedKatalog } from "./katalog";
import { scopePlanNames, TransplantRefused, transplant, XmlBroken } from "./transplant";
import { WorkbookIndex } from "../core/workbook-index";
import { findIkuSheets, yearSheets } from "../core/find-iku-sheet";
import { evaluatePlan } from "../core/sheet/evaluate";
import { yearValueMoves } from "../core/sheet/upgrade";
import type { YearValueMove } from "../core/sheet/upgrade";
import { buildSheetPlan } from "../core/sheet/plan";
import { findRenstra, isRenstraLink, renstraTargetLinks } from "../core/sakip/renstra";
import { parseNameReference, sameSheet } from "../core/formula-parser/name-reference";
import { addinNames, decideRegeneration, namesSeenOn } from "../core/sheet/regenerate";
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
  workbookSheets,
} from "./xlsx-read";
import { writePlan } from "./xlsx-write";
import { notesOverwritten } from "./update-notes";
import type { UserNote } from "../core/sheet/notes";

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
  /** Typed year values of a one-year sheet moved to TW IV (update only). */
  moved?: YearValueMove[];
  /** Notes removed by --hapus-catatan (update only). */
  removedNotes?: UserNote[];
  /** The catalogue the sheet was made from, and its size. */
  catalogue: CatalogueSource;
  indicators: number;
  /** Notes printed after the result (the Katalog copied, or the target's own one kept). */
  notes: string[];
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

/**
 * Writes `bytes` to `file`: through a symbolic link to its target (the link stays a link),
 * via a temporary file in the target's folder renamed over it, with the target's mode and
 * owner. Where the owner cannot be given to a new file (another user's file), the target is
 * rewritten in place, and restored from its old bytes if that write fails.
 */
export async function writeFileThrough(file: string, bytes: Buffer, m: CliMessages): Promise<void> {
  let target = file;
  let stat: import("node:fs").Stats | undefined;
  try {
    target = await fs.realpath(file);
    stat = await fs.stat(target);
  } catch {
    // A new file: written where it is named.
  }
  if (stat?.isDirectory()) throw new GenerateRefused(m.writeFailed(file, "EISDIR"));
  // A device or pipe is never replaced by a file (as root, a rename would replace /dev/…).
  if (stat && !stat.isFile()) throw new GenerateRefused(m.writeFailed(file, "ENOTREG"));
  const tmp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`
  );
  const fail = (e: unknown): never => {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GenerateRefused(
      m.writeFailed(file, code ?? (e instanceof Error ? e.message : String(e)))
    );
  };
  try {
    await fs.writeFile(tmp, bytes, { mode: stat ? stat.mode & 0o7777 : 0o666 });
    if (stat) {
      await fs.chmod(tmp, stat.mode & 0o7777);
      try {
        await fs.chown(tmp, stat.uid, stat.gid);
      } catch {
        // Not ours to give away: rewrite the file itself, which keeps its owner and mode.
        await fs.rm(tmp, { force: true });
        const before = await fs.readFile(target);
        try {
          await fs.writeFile(target, bytes);
        } catch (e) {
          await fs.writeFile(target, before).catch(() => undefined);
          throw e;
        }
        return;
      }
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof GenerateRefused) throw e;
    fail(e);
  }
}

/** Saves a new workbook (--out), turning a file-system failure into a message. */
export async function save(
  workbook: ExcelJS.Workbook,
  file: string,
  m: CliMessages,
  finish?: (bytes: Buffer) => Promise<Buffer>
): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    if (finish) bytes = await finish(bytes);
  } catch (e) {
    throw new GenerateRefused(m.writeFailed(file, e instanceof Error ? e.message : String(e)));
  }
  await writeFileThrough(file, bytes, m);
}

/**
 * The settings of the sheet to write: what the user gave, else the old sheet's own settings
 * (an update keeps its year, agency name, sheet name and formula mode), else the defaults.
 */
function settingsFrom(
  args: GenerateArgs,
  old?: SheetSettings,
  catalogue: Catalogue = CATALOGUE
): SheetSettings {
  const tahun = args.tahun ?? old?.tahun ?? new Date().getFullYear();
  const keepName = old !== undefined && (args.tahun === undefined || args.tahun === old.tahun);
  return {
    tahun,
    // A Katalog without a Perangkat Daerah names no agency: the built-in one, as in the pane.
    namaPerangkatDaerah:
      args.nama ?? old?.namaPerangkatDaerah ?? (catalogue.agency.nama || CATALOGUE.agency.nama),
    sheetName: args.sheet ?? (keepName ? old.sheetName : defaultSheetName(String(tahun))),
    mode: args.mode ?? old?.mode ?? "excel",
    aturan: args.aturan ?? old?.aturan,
  };
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.created = new Date();
  // Excel recalculates on open, so any cached value older than the inputs is refreshed.
  wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}

/** A new file may be written there: its folder exists, and it is not there unless forced. */
export async function checkNewFile(
  file: string,
  force: boolean,
  m: CliMessages,
  existsMessage: string
): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  if (!(await exists(dir))) throw new GenerateRefused(m.outDirMissing(dir));
  const isFolder = await fs.stat(file).then(
    (st) => st.isDirectory(),
    () => false
  );
  if (isFolder) throw new GenerateRefused(m.writeFailed(file, "EISDIR"));
  if ((await exists(file)) && !force) throw new GenerateRefused(existsMessage);
}

export async function generateNew(
  args: GenerateArgs & { out: string },
  m: CliMessages,
  katalog?: ResolvedKatalog
): Promise<GenerateOutcome> {
  const file = args.out;
  await checkNewFile(file, args.force, m, m.outExists(file));
  const catalogue = katalog?.catalogue ?? CATALOGUE;
  const settings = settingsFrom(args, undefined, catalogue);
  const plan = buildSheetPlan(settings, catalogue);
  const wb = newWorkbook();
  const ws = wb.addWorksheet(plan.sheetName);
  await writePlan(wb, ws, plan, { cached: evaluatePlan(plan, {}, catalogue) });
  // The Katalog goes with the sheet made from it, so the file's later checks use it too.
  if (katalog) copyKatalogSheet(wb, katalog);
  // The plan's names are the IKU sheet's own (its first sheet), as the pane writes them.
  await save(wb, file, m, (bytes) => scopePlanNames(bytes, plan, 0));
  return {
    file,
    sheet: plan.sheetName,
    created: true,
    kept: 0,
    catalogue: katalog?.source ?? { source: "builtin" },
    indicators: catalogue.indicators.length,
    notes: katalog ? [m.katalogCopied(katalog.source.sheet)] : [],
  };
}

/**
 * The old IKU sheet as it was made, recovered by the core from its content: its settings, its
 * plan (the table's cells and extent) and the catalogue it was made from. The sheet may predate
 * a Katalog edit or --katalog, so each candidate catalogue is tried (the workbook's own Katalog,
 * the one used now, the built-in one) and the one whose plan matches most named cells wins.
 */
function oldSheet(
  index: WorkbookIndex,
  sheet: string,
  candidates: readonly Catalogue[]
): { settings: SheetSettings; plan: SheetPlan; catalogue: Catalogue } | undefined {
  let best: { settings: SheetSettings; plan: SheetPlan; catalogue: Catalogue } | undefined;
  let bestScore = -1;
  for (const catalogue of new Set(candidates)) {
    const found = findIkuSheets(index, catalogue).find((s) => sameSheet(s.sheet, sheet));
    if (!found) continue;
    const score = Math.max(...Object.values(found.recovered.modeMatches));
    if (score <= bestScore) continue;
    bestScore = score;
    best = { settings: { ...found.plan.settings, sheetName: sheet }, plan: found.plan, catalogue };
  }
  return best;
}

function isFormulaValue(value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue {
  return typeof value === "object" && value !== null && "formula" in value;
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
  lang: Lang,
  katalog?: ResolvedKatalog
): Promise<GenerateOutcome> {
  const file = args.update;
  const bytes = await readXlsxBytes(file);
  const pkg = await openPackage(bytes, file);
  const wb = await loadExcelJs(bytes, file);
  const sheets = workbookSheets(pkg, wb, file);
  const used = updateCatalogue(file, sheets, katalog, m, lang);
  // A workbook whose structure is protected takes no new sheet: the IKU sheet is still
  // regenerated, and the user is told the Katalog was not copied.
  const protection = pkg.workbook.protection;
  if (used.copy && (protection?.lockStructure === "1" || protection?.lockStructure === "true")) {
    used.notes = [m.katalogNotCopied(used.copy.source.sheet)];
    used.copy = undefined;
  }
  const { catalogue } = used;

  // Every name, workbook-scoped and each sheet's own (print areas and titles aside).
  const allNames = gridNames(pkg.names, pkg.sheetNames);
  const index = new WorkbookIndex({
    workbook: file,
    sheets: sheets.map((s) => sheetGrid(s.ws, file, s.name)),
    names: allNames,
  });
  // The year sheets (one per tahun); the one to update: --sheet's, else --tahun's, else the
  // only one (with several, --tahun says which).
  const years = yearSheets(index, catalogue);
  const oldName =
    args.sheet !== undefined
      ? years.find((y) => sameSheet(y.sheet, args.sheet as string))?.sheet
      : args.tahun !== undefined
        ? years.find((y) => y.tahun === args.tahun)?.sheet
        : years.length === 1
          ? years[0].sheet
          : undefined;
  if (args.sheet === undefined && args.tahun === undefined && years.length > 1)
    throw new GenerateRefused(m.severalYears(file, years));
  const old = oldName !== undefined ? sheets.find((s) => s.name === oldName) : undefined;
  const oldWs = old?.ws;

  const previous = old
    ? oldSheet(index, old.name, [...used.candidates, catalogue, CATALOGUE])
    : undefined;
  const settings = settingsFrom(args, previous?.settings, catalogue);
  // The year's Target cells link to the workbook's Target Renstra when it covers the year.
  const renstra = findRenstra(
    pkg.names.map((n) => ({ name: n.name, refersTo: `=${n.text}` })),
    pkg.sheetNames
  );
  const targetLinks = renstraTargetLinks(renstra, settings.tahun);
  const plan = buildSheetPlan({ ...settings, targetLinks }, catalogue);
  const requested = plan.sheetName;

  // The names the add-in owns, as an exact list (the pane's, see addinNames). A user's own name
  // is never removed, whatever it looks like (IKU06_CATATAN stays).
  const workbook = {
    sheets: sheets.map((s) => s.name),
    names: allNames.map((n) => ({ name: n.name, refersTo: n.refersTo.slice(1), sheet: n.sheet })),
  };
  // With the workbook: an old table's names after a Katalog edit are the add-in's too.
  const owned = addinNames(plan, catalogue, workbook);
  // The pane's decision: a sheet of that name not marked as ours is never touched, and one
  // tahun has one sheet (other years' sheets are left as they are).
  const decision = decideRegeneration(requested, workbook, plan.settings.tahun, years);
  if (!decision.ok) {
    const { refusal } = decision;
    throw new GenerateRefused(
      refusal.code === "foreignSheet"
        ? m.foreignSheet(refusal.sheet)
        : m.otherIkuSheet(refusal.sheet, requested, refusal.tahun)
    );
  }

  // Typed inputs and targets, found through the names the old sheet sees (its own, then the
  // workbook's of a one-year workbook made before names were sheet-scoped).
  const seen = old
    ? namesSeenOn(workbook, old.name).map((n) => ({ name: n.name, text: n.refersTo }))
    : [];
  const byName = new Map(seen.map((n) => [n.name, n]));
  const kept = new Map<string, Exclude<ExcelJS.CellValue, null | undefined>>();
  const inputs: Record<string, GridValue> = {};
  const consumed = new Set<string>();
  const oldInputAt = previous
    ? new Map(previous.plan.cells.map((c) => [c.address, c.name]))
    : undefined;
  // A one-year sheet made before the quarters (its year components are inputs): see below.
  const moves =
    old && oldWs
      ? yearValueMoves(
          plan,
          seen.map((n) => ({ name: n.name, refersTo: n.text })),
          old.name
        )
      : [];
  if (old && oldWs) {
    for (const cell of plan.cells) {
      if ((cell.role !== "input" && cell.role !== "target") || !cell.name) continue;
      const raw = byName.get(cell.name);
      let ref = raw ? parseNameReference(raw.text) : null;
      // A name deleted or broken by hand: the value is taken from the plan's own address when
      // that cell is an unlocked input cell there too (labels and formulas are locked), and,
      // when the old plan is known, was this same input (not another indicator's before a
      // Katalog edit moved the rows).
      // Not on a one-year sheet: its cells at the plan's addresses are of another layout.
      if (
        !ref &&
        moves.length === 0 &&
        oldWs.getCell(cell.address).protection?.locked === false &&
        (!oldInputAt || oldInputAt.get(cell.address) === cell.name)
      ) {
        ref = { sheet: old.name, address: cell.address };
      }
      if (!ref || !sameSheet(ref.sheet, old.name)) continue;
      const value = typedValue(oldWs.getCell(ref.address));
      consumed.add(ref.address);
      if (!keepable(value)) continue;
      // The add-in's own Renstra link is not a typed value: the new plan writes it again.
      if (cell.role === "target" && isFormulaValue(value) && isRenstraLink(`=${value.formula}`))
        continue;
      kept.set(cell.address, value);
      inputs[cell.name] = gridValueOf(value);
    }
  }

  // A one-year sheet made before the quarters: each typed year value moves to TW IV.
  const moved: YearValueMove[] = [];
  if (old && oldWs) {
    for (const move of moves) {
      const ref = parseNameReference(byName.get(move.from)?.text ?? "");
      if (!ref || !sameSheet(ref.sheet, old.name) || kept.has(move.address)) continue;
      const value = typedValue(oldWs.getCell(ref.address));
      consumed.add(ref.address);
      if (!keepable(value)) continue;
      kept.set(move.address, value);
      inputs[move.to] = gridValueOf(value);
      moved.push(move);
    }
  }

  // Nothing typed is lost without asking: notes where the new table writes need --hapus-catatan.
  const notes =
    old && oldWs
      ? notesOverwritten(
          plan,
          // The catalogue the old sheet was made from tells its old labels from typed notes.
          previous?.catalogue ?? catalogue,
          { name: old.name, grid: sheetGrid(oldWs, file, old.name) },
          seen,
          owned,
          consumed
        )
      : [];
  if (notes.length > 0 && !args.removeNotes)
    throw new GenerateRefused(m.userNotes(file, old?.name ?? requested, notes));
  // Removed notes are left behind like the moved inputs (not carried, never refused as hidden).
  for (const note of notes) consumed.add(note.address);

  // The new sheet, made by exceljs in a workbook of its own, then moved into the package.
  const fresh = newWorkbook();
  const ws = fresh.addWorksheet(requested);
  await writePlan(fresh, ws, plan, { cached: evaluatePlan(plan, inputs, catalogue), kept });
  // The Katalog of --katalog goes into a workbook that has none (second sheet of `fresh`).
  if (used.copy) copyKatalogSheet(fresh, used.copy);
  const generated = Buffer.from(await fresh.xlsx.writeBuffer());
  let output: Buffer;
  try {
    output = await transplant({
      original: pkg,
      oldSheet: old ? { name: old.name, part: pkg.sheetParts.get(old.name) ?? "" } : undefined,
      oldPlan: previous?.plan,
      generated,
      plan,
      ownedNames: owned,
      consumed,
      lang,
      extraSheets: used.copy ? [used.copy.source.sheet] : [],
    });
  } catch (e) {
    if (e instanceof TransplantRefused)
      throw new GenerateRefused(m.unsupportedContent(file, e.items));
    if (e instanceof XmlBroken) throw new FileProblem("corrupt", file);
    throw e;
  }
  await writeFileThrough(file, output, m);
  return {
    file,
    sheet: requested,
    created: !old,
    kept: kept.size,
    moved,
    removedNotes: notes,
    catalogue: used.source,
    indicators: catalogue.indicators.length,
    notes: used.notes,
  };
}

/**
 * The catalogue an update uses: --katalog's when given (the target's own Katalog is then never
 * overwritten; a note says so when it differs), else the target's own Katalog sheet, else the
 * built-in one. A Katalog with mistakes is refused before anything is written.
 */
function updateCatalogue(
  file: string,
  sheets: { ws: ExcelJS.Worksheet; name: string }[],
  katalog: ResolvedKatalog | undefined,
  m: CliMessages,
  lang: Lang
): {
  catalogue: Catalogue;
  source: CatalogueSource;
  copy?: ResolvedKatalog;
  notes: string[];
  /** Catalogues the old sheet may have been made from, besides the one used now. */
  candidates: Catalogue[];
} {
  const ownName = katalogSheetName(sheets.map((s) => s.name));
  const ownSheet = sheets.find((s) => s.name === ownName);
  const own = ownSheet && {
    sheet: ownSheet.name,
    read: catalogueOfKatalog(sheetGrid(ownSheet.ws, file, ownSheet.name), { lang }),
  };
  const candidates = own?.read.ok ? [own.read.catalogue] : [];
  if (katalog) {
    if (!own) {
      return {
        catalogue: katalog.catalogue,
        source: katalog.source,
        copy: katalog,
        notes: [m.katalogCopied(katalog.source.sheet)],
        candidates,
      };
    }
    const same = own.read.ok && sameCatalogue(own.read.catalogue, katalog.catalogue);
    const from = katalog.source.file ?? "";
    return {
      catalogue: katalog.catalogue,
      source: katalog.source,
      notes: same ? [] : [m.katalogKept(file, own.sheet, from)],
      candidates,
    };
  }
  if (!own) return { catalogue: CATALOGUE, source: { source: "builtin" }, notes: [], candidates };
  return {
    catalogue: usableKatalog(own.read, file, m),
    source: { source: "katalog", sheet: own.sheet },
    notes: [],
    candidates,
  };
}

/** Runs the command; returns the message to print. Throws GenerateRefused / FileProblem. */
export async function runGenerate(args: GenerateArgs, m: CliMessages, lang: Lang): Promise<string> {
  // --katalog is read (and refused when it has mistakes) before the target is touched.
  const katalog =
    args.katalog === undefined ? undefined : await katalogOfFile(args.katalog, m, lang);
  if (args.update !== undefined) {
    const o = await generateUpdate({ ...args, update: args.update }, m, lang, katalog);
    const removed = o.removedNotes ?? [];
    return [
      m.updated(o.file, o.sheet, o.kept, o.indicators, o.catalogue),
      ...(o.moved && o.moved.length > 0
        ? [m.yearValuesMoved(o.moved.length, [...new Set(o.moved.map((x) => x.indicator))])]
        : []),
      ...(removed.length > 0 ? [m.notesRemoved(removed)] : []),
      ...o.notes,
    ].join("\n");
  }
  if (args.out === undefined) throw new GenerateRefused(m.missingOutOrUpdate);
  const o = await generateNew({ ...args, out: args.out }, m, katalog);
  return [
    m.generated(o.file, o.sheet, o.indicators, args.mode ?? "excel", o.catalogue),
    ...o.notes,
  ].join("\n");
}

export { FileProblem };
