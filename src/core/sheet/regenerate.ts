import { CATALOGUE } from "../catalogue";
import type { Catalogue } from "../catalogue";
import { parseNameReference, sameSheet } from "../formula-parser/name-reference";
import type { NameReference } from "../formula-parser/name-reference";
import { RULES } from "../rules";
import type { RuleTable } from "../rules";
import { inputName, RESULT_KEYS } from "./formula-text";
import { MARKER_NAME } from "./plan";
import { QUARTER_SUFFIXES, quarterResultNames } from "./quarters";
import type { SheetPlan } from "./types";

/**
 * "Write the IKU sheet here, or refuse": the one decision the task pane (office/generate.ts) and
 * the CLI (`iku generate --update`, cli/generate.ts) both take before writing, from what they
 * read of the workbook. Pure.
 */

/**
 * The workbook names of the add-in's table for a catalogue, upper case: the marker IKU_LEMBAR
 * and, per indicator, one name per component and the HASIL, TARGET, CAPAIAN and KATEGORI names
 * (exactly the names buildSheetPlan gives; a test keeps the two in step).
 */
export function tableNames(catalogue: Catalogue): Set<string> {
  const names = new Set<string>([MARKER_NAME]);
  for (const indicator of catalogue.indicators) {
    for (const component of indicator.components) {
      const year = inputName(indicator, component.key).toUpperCase();
      names.add(year);
      for (const suffix of QUARTER_SUFFIXES) names.add(year + suffix);
    }
    for (const key of Object.values(RESULT_KEYS))
      names.add(inputName(indicator, key).toUpperCase());
    for (const n of quarterResultNames(indicator.code.toUpperCase())) names.add(n);
  }
  return names;
}

/**
 * Every component key an indicator's input names can end with (upper case): each kind's roles
 * (K1 … for a repeating kind such as jumlah) and the built-in indicators' own keys. A finite,
 * exact list, so that the names of a table a previous catalogue made are known without a
 * pattern.
 */
export function componentKeys(
  rules: RuleTable = RULES,
  builtIn: Catalogue = CATALOGUE
): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const kind of Object.values(rules.kinds)) {
    if (kind.repeating) for (let k = 1; k <= kind.count.max; k++) keys.add(`K${k}`);
    else for (const role of kind.roles) keys.add(role.toUpperCase());
  }
  for (const indicator of builtIn.indicators)
    for (const component of indicator.components) keys.add(component.key.toUpperCase());
  return keys;
}

/** One indicator's table as a previous catalogue left it on a sheet, found by its names. */
export interface PreviousTable {
  /** The indicator's code as its names spell it (upper case). */
  code: string;
  /** Its names (upper case) and the cell each refers to. */
  names: Map<string, NameReference>;
  /** The cell of its HASIL name. */
  hasil: NameReference;
}

/**
 * The indicator tables on `sheet` as whatever catalogue generated it left them, by code (upper
 * case): a code X counts when X_HASIL, X_TARGET, X_CAPAIAN and X_KATEGORI (the four names every
 * indicator gets) all refer to one cell of `sheet`; its names are those four, X_<key> for
 * every known component key (componentKeys) and its quarter names (X_<key>_TW1, X_<key>_SD_TW1,
 * X_HASIL_TW1, …) that refer to `sheet`. So a Katalog edited since the
 * sheet was generated (an indicator removed, a Kode renamed, a Jenis with other components) still
 * finds the old table's names, and a name staff made (IKU06_CATATAN) is never one of them.
 */
export function previousTables(
  names: WorkbookNames["names"],
  sheet: string,
  keys: ReadonlySet<string> = componentKeys()
): Map<string, PreviousTable> {
  const onSheet = new Map<string, NameReference>();
  for (const n of names) {
    const ref = parseNameReference(n.refersTo);
    if (ref && sameSheet(ref.sheet, sheet)) onSheet.set(n.name.toUpperCase(), ref);
  }
  const tables = new Map<string, PreviousTable>();
  const suffix = `_${RESULT_KEYS.hasil}`;
  for (const [name, hasil] of onSheet) {
    if (!name.endsWith(suffix)) continue;
    const code = name.slice(0, -suffix.length);
    const results = Object.values(RESULT_KEYS).map((key) => `${code}_${key}`);
    if (code === "" || !results.every((r) => onSheet.has(r))) continue;
    const own = new Map<string, NameReference>();
    for (const r of results) own.set(r, onSheet.get(r) as NameReference);
    const candidates = [
      ...quarterResultNames(code),
      ...[...keys].flatMap((key) => [
        `${code}_${key}`,
        ...QUARTER_SUFFIXES.map((s) => `${code}_${key}${s}`),
      ]),
    ];
    for (const n of candidates) {
      const ref = onSheet.get(n);
      if (ref) own.set(n, ref);
    }
    tables.set(code, { code, names: own, hasil });
  }
  return tables;
}

/**
 * The names the add-in owns when it writes `plan`, as one exact list (upper case): the plan's
 * own and those of the table `catalogue` makes, i.e. of the sheet as it was last generated (an
 * indicator the new plan no longer has keeps its old names on the sheet until then). Given the
 * workbook, also the names of every indicator table that another catalogue made on the sheet
 * the plan writes, as that sheet sees them (its own names, then the workbook's: previousTables):
 * after a Katalog edit the names of a removed indicator, or of a Kode renamed, go with the old
 * sheet. Never a pattern: a name staff made, however it looks (IKU06_CATATAN), is not the
 * add-in's.
 */
export function addinNames(
  plan: SheetPlan,
  catalogue: Catalogue,
  workbook?: WorkbookNames
): ReadonlySet<string> {
  const names = tableNames(catalogue);
  for (const n of plan.names) names.add(n.name.toUpperCase());
  const target = workbook?.sheets.find((s) => sameSheet(s, plan.sheetName));
  if (workbook && target !== undefined && markedSheet(workbook, target)) {
    const keys = componentKeys(catalogue.rules ?? RULES);
    for (const table of previousTables(namesSeenOn(workbook, target), target, keys).values())
      for (const name of table.names.keys()) names.add(name);
  }
  return names;
}

/**
 * The names a formula on `sheet` sees: the sheet's own (sheet-scoped), then the workbook's that
 * none of them hides.
 */
export function namesSeenOn(workbook: WorkbookNames, sheet: string): WorkbookName[] {
  const own = workbook.names.filter((n) => n.sheet !== undefined && sameSheet(n.sheet, sheet));
  const hidden = new Set(own.map((n) => n.name.toUpperCase()));
  return [
    ...own,
    ...workbook.names.filter((n) => n.sheet === undefined && !hidden.has(n.name.toUpperCase())),
  ];
}

/**
 * Whether the add-in made `sheet`: the marker IKU_LEMBAR it sees (its own, else the workbook's
 * of a one-year workbook made before names were sheet-scoped) refers to it.
 */
export function markedSheet(workbook: WorkbookNames, sheet: string): boolean {
  const marker = namesSeenOn(workbook, sheet).find((n) => n.name.toUpperCase() === MARKER_NAME);
  const ref = marker ? parseNameReference(marker.refersTo) : null;
  return ref !== null && sameSheet(ref.sheet, sheet);
}

/** Excel's limit on sheet names. */
const SHEET_NAME_MAX = 31;

/** A free sheet name close to `base`: "IKU 2026 (2)", "IKU 2026 (3)", … */
export function suggestSheetName(base: string, existing: readonly string[]): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!existing.some((s) => sameSheet(s, candidate))) return candidate;
  }
}

/** A defined name as the decision reads it. */
export interface WorkbookName {
  name: string;
  /** Its formula (='IKU 2026'!$H$19). */
  refersTo: string;
  /** The sheet whose scope holds it; undefined: a workbook-scoped name. */
  sheet?: string;
}

/** What the decision needs to know of the workbook. */
export interface WorkbookNames {
  /** Sheet names, in workbook order. */
  sheets: readonly string[];
  /** Defined names, workbook-scoped and sheet-scoped. */
  names: readonly WorkbookName[];
}

export type RegenerateRefusal =
  /** A sheet of that name exists and the add-in did not make it (IKU_LEMBAR is not on it). */
  | { code: "foreignSheet"; sheet: string; suggestion: string }
  /** The year sheet `sheet` already holds that tahun: one sheet per year. */
  | { code: "otherIkuSheet"; sheet: string; tahun: number };

export type RegenerateDecision =
  /** `existing`: the add-in's sheet to regenerate, as the workbook spells it; null: create it. */
  { ok: true; existing: string | null } | { ok: false; refusal: RegenerateRefusal };

/**
 * Whether the sheet `sheetName` may be written for `tahun`: an existing sheet only when the add-in
 * made it (markedSheet); and never when another of the workbook's year sheets (`years`, from
 * yearSheets in find-iku-sheet.ts) holds the same tahun, since one year has one sheet. A year
 * sheet of another tahun is no obstacle: each sheet's names are its own (sheet-scoped).
 */
export function decideRegeneration(
  sheetName: string,
  workbook: WorkbookNames,
  tahun: number,
  years: readonly { tahun: number; sheet: string }[]
): RegenerateDecision {
  const target = workbook.sheets.find((s) => sameSheet(s, sheetName));
  if (target !== undefined && !markedSheet(workbook, target)) {
    return {
      ok: false,
      refusal: {
        code: "foreignSheet",
        sheet: target,
        suggestion: suggestSheetName(sheetName, workbook.sheets),
      },
    };
  }
  const other = years.find(
    (y) =>
      y.tahun === tahun &&
      !sameSheet(y.sheet, sheetName) &&
      workbook.sheets.some((s) => sameSheet(s, y.sheet))
  );
  if (other) return { ok: false, refusal: { code: "otherIkuSheet", sheet: other.sheet, tahun } };
  return { ok: true, existing: target ?? null };
}
