import { ATURAN_BAWAAN, isDefaultAturan } from "./aturan";
import type { AturanCapaian, BacaanSwadaya } from "./aturan";
import type { AnalysisCache } from "./cache";
import { CATALOGUE } from "./catalogue";
import type { Catalogue } from "./catalogue";
import { FUNCTION_PREFIX } from "./namespace";
import { canonicalize, makeResolver } from "./formula-parser/compare";
import type { RefIdentity, RefResolver } from "./formula-parser/compare";
import { cellKey, parseCell, toA1 } from "./formula-parser/address";
import type { CellPos } from "./formula-parser/address";
import { calls, isFormulaText, isIkuFunction, parseFormula } from "./formula-parser/parse";
import type { FormulaNode } from "./formula-parser/parse";
import { excelViolation, rulesOf } from "./rules";
import type { ValueTypeRule } from "./rules";
import type { NameCell, WorkbookIndex } from "./workbook-index";
import { MARKER_NAME, buildSheetPlan } from "./sheet/plan";
import type { FormulaMode, PlanCell, SheetPlan, SheetSettings } from "./sheet/types";

/**
 * Finding the IKU sheet of a workbook and rebuilding its plan, so validation and audit compare
 * the workbook with what the add-in wrote.
 *
 * - The sheet: the one the marker name IKU_LEMBAR refers to; if the marker is gone, the sheet
 *   most of the plan's names (IKU06_PEMBILANG, …) point at.
 * - tahun: the plan writes "Tahun <tahun>" in a title cell. That cell is found by building the
 *   plan for two probe years and taking the cell whose text differs; every run of digits in the
 *   workbook's cell is tried and kept when the rebuilt plan writes exactly that text. Otherwise the
 *   digits of the sheet name ("IKU 2026"), otherwise the current year.
 * - namaPerangkatDaerah: read the same way (probe plans with two names), from the first cell that
 *   holds it; the catalogue's name when that cell is blank.
 * - mode: the plan is built in both formula modes; the one whose formulas match more of the
 *   workbook's named formula cells (after token normalization) wins. On a tie (every formula
 *   overwritten) "iku" is chosen when the sheet calls any IKU. function, else "excel".
 * Cells are located by their defined names, never by position; a plan cell without a name (none
 * of the checked cells) follows the displacement of its indicator's HASIL cell.
 */

export type PlanBuilder = (settings: SheetSettings, catalogue?: Catalogue) => SheetPlan;

export interface LocatedCell {
  /** Sheet as the workbook spells it. */
  sheet: string;
  /** A1 without $. */
  address: string;
}

export interface IkuSheet {
  /** The sheet as the workbook spells it. */
  sheet: string;
  plan: SheetPlan;
  recovered: {
    tahunFrom: "title" | "sheetName" | "default";
    /** How many named formula cells matched the plan, per mode. */
    modeMatches: Record<FormulaMode, number>;
    /** Whether the marker name was found (else the sheet was found by the other names). */
    marker: boolean;
  };
  /** Where a plan cell is now, or undefined when its name is missing or broken. */
  locate(cell: PlanCell): LocatedCell | undefined;
  /** Plan names (upper case) and which plan name points at each cell ("SHEET!A1"). */
  planNames: ReadonlySet<string>;
  nameAtCell: ReadonlyMap<string, string>;
  /** A resolver for references in formulas written on `formulaSheet`. */
  resolver(formulaSheet: string): RefResolver;
}

/** Digit runs of a text, as candidate years (no regular expression needed for this). */
function digitRuns(text: string): number[] {
  const out: number[] = [];
  let run = "";
  for (const ch of text + " ") {
    if (ch >= "0" && ch <= "9") run += ch;
    else {
      if (run.length > 0) out.push(Number(run));
      run = "";
    }
  }
  return out;
}

/** The first plan cell whose constant differs between two plans (the cell a setting writes). */
function differingCell(a: SheetPlan, b: SheetPlan): string | undefined {
  const other = new Map(b.cells.map((c) => [c.address, c.value]));
  return a.cells.find((c) => c.value !== undefined && other.get(c.address) !== c.value)?.address;
}

function shift(address: string, delta: CellPos): string {
  const pos = parseCell(address) ?? { row: 0, col: 0 };
  return toA1({ row: pos.row + delta.row, col: pos.col + delta.col });
}

interface NameContext {
  planNames: ReadonlySet<string>;
  nameAtCell: ReadonlyMap<string, string>;
}

/** Plan names and the cells they point at in this workbook. */
function nameContext(index: WorkbookIndex, plan: SheetPlan): NameContext {
  const planNames = new Set(plan.names.map((n) => n.name.toUpperCase()));
  const nameAtCell = new Map<string, string>();
  for (const n of plan.names) {
    const at = index.nameCell(n.name, plan.sheetName);
    if (at) nameAtCell.set(cellKey(at.sheet, at.address), n.name.toUpperCase());
  }
  return { planNames, nameAtCell };
}

/**
 * A resolver per formula sheet for one plan in one workbook (the same object for the same sheet),
 * each remembering what it resolved: the audit resolves a staff formula's references several
 * times (IKU results, arguments, constants, the canonical form). Identities are shared: read-only.
 */
function resolverFor(
  index: WorkbookIndex,
  planNames: ReadonlySet<string>,
  nameAtCell: ReadonlyMap<string, string>
) {
  const bySheet = new Map<string, RefResolver>();
  const sheetNames = new Map<string, string>();
  for (const [upper, sheet] of index.sheets) sheetNames.set(upper, sheet.grid.name);
  return (formulaSheet: string): RefResolver => {
    let memo = bySheet.get(formulaSheet);
    if (memo) return memo;
    const resolve = makeResolver({
      formulaSheet,
      planNames,
      nameAtCell,
      // As Excel resolves a name in a formula on that sheet: its own names, then the workbook's.
      otherName: (name) => {
        const ref = index.name(name, formulaSheet)?.ref;
        return ref ? { sheet: ref.sheet, ref } : undefined;
      },
      sheetName: (s) => sheetNames.get(s.toUpperCase()) ?? s,
    });
    const seen = new Map<string, RefIdentity>();
    memo = (text: string) => {
      let id = seen.get(text);
      if (!id) {
        id = resolve(text);
        seen.set(text, id);
      }
      return id;
    };
    bySheet.set(formulaSheet, memo);
    return memo;
  };
}

/**
 * The first function a formula calls, in reading order, other than IF and ISBLANK (undefined
 * when none). The canonical form folds blank guards IF(ISBLANK(x),"",x) away and keeps every
 * other call in this order, so two formulas whose first such call differs cannot have the same
 * canonical form. Reads only as far as that call. The name is upper case (parse.ts).
 */
function firstCall(items: readonly FormulaNode[]): string | undefined {
  for (const node of items) {
    let found: string | undefined;
    if (node.type === "call") {
      if (node.name !== "IF" && node.name !== "ISBLANK") return node.name;
      for (const arg of node.args) if ((found = firstCall(arg)) !== undefined) return found;
    } else if (node.type === "group" && (found = firstCall(node.items)) !== undefined) {
      return found;
    }
  }
  return undefined;
}

/**
 * False when two formulas cannot have the same canonical form: the shorter is parsed and its
 * first call (firstCall) looked for in the longer one's text. A call is written as its name and
 * "(" (Excel allows nothing between them, and a hidden prefix such as _xlfn. only comes before),
 * so a formula whose text lacks it does not make that call. The other mode's formulas (an IKU.
 * function against a chain of IFs) are told apart without reading the long one, which is most
 * of the cost of recognizing a sheet. True: they may be the same (compare canonical forms).
 */
function mayBeSame(a: string, b: string, cache?: AnalysisCache): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const call = firstCall(parseFormula(shorter, cache).items);
  return call === undefined || longer.toUpperCase().includes(`${call}(`);
}

/** How many of the plan's named formula cells hold exactly the plan's formula. */
export function matchingFormulas(
  index: WorkbookIndex,
  plan: SheetPlan,
  cache?: AnalysisCache
): number {
  const { planNames, nameAtCell } = nameContext(index, plan);
  const resolver = resolverFor(index, planNames, nameAtCell);
  let matches = 0;
  for (const cell of plan.cells) {
    if (!cell.formula || !cell.name) continue;
    const at = index.nameCell(cell.name, plan.sheetName);
    if (!at) continue;
    const content = index.cellAt(at.sheet, at.address).formula;
    if (!isFormulaText(content)) continue;
    // The same text read with the same resolver has the same canonical form: the common case
    // (an untouched formula) needs no tokenizing.
    if (content === cell.formula && at.sheet === plan.sheetName) {
      matches++;
      continue;
    }
    if (!mayBeSame(cell.formula, content, cache)) continue;
    const expected = canonicalize(cell.formula, resolver(plan.sheetName), cache).text;
    if (canonicalize(content, resolver(at.sheet), cache).text === expected) matches++;
  }
  return matches;
}

/**
 * The agency's capaian rules a sheet was generated with, read back from its first kategori and
 * capaian formulas (both modes write them there: the custom functions' optional arguments, or
 * the plain-Excel chain of ROUND(…,d)>bound,"label"). Undefined: the default rules (or formulas
 * too damaged to tell, which the audit then reports against the default plan).
 */
export function recoverAturan(
  index: WorkbookIndex,
  catalogue: Catalogue,
  sheet?: string
): AturanCapaian | undefined {
  const first = catalogue.indicators[0];
  if (!first) return undefined;
  const formulaOf = (name: string): string => {
    const at = index.nameCell(name, sheet);
    const f = at ? index.cellAt(at.sheet, at.address).formula : undefined;
    return typeof f === "string" ? f : "";
  };
  const kategori = formulaOf(`${first.code}_KATEGORI`);
  const capaian = formulaOf(`${first.code}_CAPAIAN`);
  const text = (s: string) => s.replace(/""/g, '"');
  let desimal: number | undefined;
  let batas: number[] | undefined;
  let label: string[] | undefined;
  const iku = /KATEGORI_CAPAIAN\([A-Z0-9_]+,\{([^}]*)\},\{((?:[^}"]|"(?:[^"]|"")*")*)\}/i.exec(
    kategori
  );
  if (iku) {
    batas = iku[1].split(",").map(Number);
    label = [...iku[2].matchAll(/"((?:[^"]|"")*)"/g)].map((m) => text(m[1]));
  } else {
    const steps = [...kategori.matchAll(/ROUND\([A-Z0-9_]+,(\d)\)>(-?[\d.]+),"((?:[^"]|"")*)"/gi)];
    const last = /,"((?:[^"]|"")*)"\)*,IF\(AND\(ISTEXT/i.exec(kategori);
    if (steps.length > 0 && last) {
      desimal = Number(steps[0][1]);
      batas = steps.map((m) => Number(m[2]));
      label = [...steps.map((m) => text(m[3])), text(last[1])];
    }
  }
  const ikuDecimals = /CAPAIAN\(.*"(?:positif|negatif)",(\d)\)/i.exec(capaian);
  if (ikuDecimals) desimal = Number(ikuDecimals[1]);
  const aturan: AturanCapaian = {
    ...ATURAN_BAWAAN,
    swadaya: recoverSwadaya(formulaOf, catalogue),
    ...(desimal !== undefined ? { desimal } : {}),
    ...(batas && label && label.length === batas.length + 1 && batas.every(Number.isFinite)
      ? { kategoriBatas: batas, kategoriLabel: label }
      : {}),
  };
  return isDefaultAturan(aturan) && aturan.swadaya === ATURAN_BAWAAN.swadaya ? undefined : aturan;
}

/**
 * The swadaya reading of a sheet, from the hasil formula of the indicator that has a rupiah
 * reading: its rupiah function (custom functions), or (plain Excel) its first input guarded by
 * the rupiah value type's check rather than the count's (both from src/core/rules).
 */
function recoverSwadaya(formulaOf: (name: string) => string, catalogue: Catalogue): BacaanSwadaya {
  const indicator = catalogue.indicators.find((i) => i.rupiahFunction !== undefined);
  if (!indicator?.rupiahFunction) return ATURAN_BAWAAN.swadaya;
  const hasil = formulaOf(`${indicator.code}_HASIL`).toUpperCase().replace(/\s+/g, "");
  if (hasil.includes(`.${indicator.rupiahFunction}(`)) return "rupiah";
  if (hasil === "" || hasil.includes(FUNCTION_PREFIX)) return ATURAN_BAWAAN.swadaya;
  const { valueTypes } = rulesOf(catalogue);
  const ref = `${indicator.code}_${indicator.components[0].key}`;
  const check = (type: ValueTypeRule) => `IF(${excelViolation(type, ref)},`.toUpperCase();
  const [count, rupiah] = [check(valueTypes.cacah), check(valueTypes.rupiah)];
  return count !== rupiah && hasil.includes(rupiah) && !hasil.includes(count)
    ? "rupiah"
    : ATURAN_BAWAAN.swadaya;
}

/** A year's IKU sheet of a workbook. */
export interface YearSheet {
  tahun: number;
  /** The sheet as the workbook spells it. */
  sheet: string;
}

/** What finding the year sheets shares between them: the plan builder and the probe plan. */
interface Finder {
  index: WorkbookIndex;
  catalogue: Catalogue;
  build: (settings: SheetSettings) => SheetPlan;
  probeSettings: (over: Partial<SheetSettings>) => SheetSettings;
  probe: SheetPlan;
  now: Date;
}

function finder(
  index: WorkbookIndex,
  catalogue: Catalogue,
  rawBuild: PlanBuilder,
  now: Date,
  cache?: AnalysisCache
): Finder {
  const build = (settings: SheetSettings) =>
    cache ? cache.plan(rawBuild, catalogue, settings) : rawBuild(settings, catalogue);
  const probeSettings = (over: Partial<SheetSettings>): SheetSettings => ({
    tahun: 2000,
    namaPerangkatDaerah: catalogue.agency.nama,
    sheetName: "IKU",
    mode: "iku",
    ...over,
  });
  return { index, catalogue, build, probeSettings, probe: build(probeSettings({})), now };
}

/**
 * The add-in's sheets of a workbook, in workbook order: every sheet whose own (sheet-scoped)
 * marker IKU_LEMBAR refers to it, or, with no marker left, whose own names include the plan's;
 * and the sheet the workbook-scoped marker refers to (a one-year workbook made before names were
 * sheet-scoped). With none of these, the one sheet most of the plan's workbook names point at.
 */
function candidateSheets(f: Finder): string[] {
  const { index, probe } = f;
  const found = new Set<string>();
  for (const sheet of index.grid.sheets) {
    const own = index.scopedNames(sheet.name);
    if (own.size === 0) continue;
    const onSheet = (name: string) => {
      const ref = own.get(name)?.ref;
      return ref !== undefined && index.sheetName(ref.sheet) === sheet.name;
    };
    if (onSheet(MARKER_NAME) || probe.names.some((n) => onSheet(n.name.toUpperCase())))
      found.add(sheet.name);
  }
  const legacy = index.nameCell(MARKER_NAME);
  if (legacy && index.sheet(legacy.sheet)) found.add(index.sheetName(legacy.sheet) as string);
  if (found.size === 0) {
    const votes = new Map<string, number>();
    for (const n of probe.names) {
      const at = index.nameCell(n.name);
      if (at && index.sheet(at.sheet)) votes.set(at.sheet, (votes.get(at.sheet) ?? 0) + 1);
    }
    let best = 0;
    let sheetName: string | undefined;
    for (const [s, v] of votes) {
      if (v > best) {
        best = v;
        sheetName = s;
      }
    }
    if (sheetName !== undefined) found.add(index.sheetName(sheetName) ?? sheetName);
  }
  return index.grid.sheets.map((s) => s.name).filter((name) => found.has(name));
}

/** Where a year sheet's marker is and how far it moved from the plan's A1. */
function markerOf(f: Finder, sheet: string): { at?: NameCell; delta: CellPos } {
  const at = f.index.nameCell(MARKER_NAME, sheet);
  const markerPlan = f.probe.names.find((n) => n.name === MARKER_NAME);
  const delta: CellPos =
    at && markerPlan && at.sheet === sheet
      ? {
          row: at.pos.row - (parseCell(markerPlan.address)?.row ?? 0),
          col: at.pos.col - (parseCell(markerPlan.address)?.col ?? 0),
        }
      : { row: 0, col: 0 };
  return { at, delta };
}

/** The text of a plan cell on a year sheet (shifted as its marker moved). */
function textOn(f: Finder, sheet: string, delta: CellPos, planAddress: string | undefined): string {
  if (!planAddress) return "";
  const v = f.index.cellAt(sheet, shift(planAddress, delta)).value;
  return v === null || v === undefined ? "" : String(v);
}

/** A year sheet's tahun: from its title cell, else the digits of its name, else the year now. */
function recoverTahun(
  f: Finder,
  sheet: string,
  delta: CellPos
): { tahun: number; from: IkuSheet["recovered"]["tahunFrom"] } {
  const tahunCell = differingCell(f.probe, f.build(f.probeSettings({ tahun: 2001 })));
  const tahunText = textOn(f, sheet, delta, tahunCell);
  for (const y of digitRuns(tahunText)) {
    const candidate = f.build(f.probeSettings({ tahun: y }));
    if (candidate.cells.find((c) => c.address === tahunCell)?.value === tahunText.trim())
      return { tahun: y, from: "title" };
  }
  const fromName = digitRuns(sheet).find((y) => y >= 1900 && y <= 2999);
  return fromName !== undefined
    ? { tahun: fromName, from: "sheetName" }
    : { tahun: f.now.getUTCFullYear(), from: "default" };
}

/**
 * The year sheets of a workbook (tahun → sheet), in workbook order: what the LKjIP, the Renstra
 * link and the Ringkasan read, and what a generate checks a new year against (two sheets of one
 * tahun are refused). Cheaper than findIkuSheets: no formula mode is recovered. A sheet whose
 * year shows neither in its title nor in its name is left out.
 */
export function yearSheets(
  index: WorkbookIndex,
  catalogue: Catalogue = CATALOGUE,
  build: PlanBuilder = buildSheetPlan,
  now: Date = new Date(),
  cache?: AnalysisCache
): YearSheet[] {
  const f = finder(index, catalogue, build, now, cache);
  const out: YearSheet[] = [];
  for (const sheet of candidateSheets(f)) {
    const { tahun, from } = recoverTahun(f, sheet, markerOf(f, sheet).delta);
    // A sheet whose year shows nowhere (neither its title nor its name) holds no known year.
    if (from !== "default") out.push({ tahun, sheet });
  }
  return out;
}

/** Finds the IKU sheets of a workbook (one per year) and rebuilds their plans. */
export function findIkuSheets(
  index: WorkbookIndex,
  catalogue: Catalogue = CATALOGUE,
  rawBuild: PlanBuilder = buildSheetPlan,
  now: Date = new Date(),
  cache?: AnalysisCache
): IkuSheet[] {
  const f = finder(index, catalogue, rawBuild, now, cache);
  return candidateSheets(f).map((sheet) => ikuSheet(f, sheet, cache));
}

/** One year sheet, its settings recovered and its plan rebuilt (its names in its scope). */
function ikuSheet(f: Finder, sheet: string, cache?: AnalysisCache): IkuSheet {
  const { index, catalogue, build, probe, probeSettings } = f;
  const { at: markerAt, delta: markerDelta } = markerOf(f, sheet);
  const { tahun, from: tahunFrom } = recoverTahun(f, sheet, markerDelta);

  // namaPerangkatDaerah, from the first cell that holds it.
  const namaCell = differingCell(probe, build(probeSettings({ namaPerangkatDaerah: "\u0001" })));
  const namaText = textOn(f, sheet, markerDelta, namaCell).trim();
  const aturan = recoverAturan(index, catalogue, sheet);
  const base: SheetSettings = {
    tahun,
    namaPerangkatDaerah: namaText || catalogue.agency.nama,
    sheetName: sheet,
    mode: "iku",
    ...(aturan ? { aturan } : {}),
  };

  // mode: the one whose formulas match the workbook best.
  const plans: Record<FormulaMode, SheetPlan> = {
    iku: build({ ...base, mode: "iku" }),
    excel: build({ ...base, mode: "excel" }),
  };
  const modeMatches: Record<FormulaMode, number> = {
    iku: matchingFormulas(index, plans.iku, cache),
    excel: matchingFormulas(index, plans.excel, cache),
  };
  let mode: FormulaMode = modeMatches.iku >= modeMatches.excel ? "iku" : "excel";
  if (modeMatches.iku === modeMatches.excel) {
    let usesIku = false;
    const indexed = index.sheet(sheet);
    if (indexed) {
      index.forEachCell(indexed, (_pos, content) => {
        if (!usesIku && isFormulaText(content.formula)) {
          usesIku = calls(parseFormula(content.formula, cache).items).some((c) =>
            isIkuFunction(c.name)
          );
        }
      });
    }
    mode = usesIku ? "iku" : "excel";
  }
  const plan = plans[mode];
  const { planNames, nameAtCell } = nameContext(index, plan);

  // Displacement of each indicator (for plan cells without a name), from its HASIL cell.
  const deltas = new Map<string, CellPos>();
  for (const ind of plan.indicators) {
    const at = index.nameCell(ind.hasil.name, sheet);
    const planPos = parseCell(ind.hasil.address);
    if (at && planPos)
      deltas.set(ind.code, { row: at.pos.row - planPos.row, col: at.pos.col - planPos.col });
  }

  const locate = (cell: PlanCell): LocatedCell | undefined => {
    if (cell.name) {
      const at = index.nameCell(cell.name, sheet);
      return at ? { sheet: at.sheet, address: at.address } : undefined;
    }
    const delta = (cell.indicator && deltas.get(cell.indicator)) || markerDelta;
    return { sheet, address: shift(cell.address, delta) };
  };

  return {
    sheet,
    plan,
    recovered: {
      tahunFrom,
      modeMatches,
      marker: markerAt !== undefined && markerAt.sheet === sheet,
    },
    locate,
    planNames,
    nameAtCell,
    resolver: resolverFor(index, planNames, nameAtCell),
  };
}
