import type { AnalysisCache } from "../cache";
import { CATALOGUE } from "../catalogue";
import type { Catalogue } from "../catalogue";
import { FUNCTIONS, buildFunctionTable } from "../calculation";
import type { Finding } from "../grid";
import { parseCell } from "../formula-parser/address";
import { isFormulaText } from "../formula-parser/parse";
import type { WorkbookIndex } from "../workbook-index";
import type { IkuSheet } from "../find-iku-sheet";
import type { AuditLang, AuditRule } from "./rule";
import { ruleRunner } from "./run";
import { AUDIT_RULE_LIST } from "./rules";
import { sheetKatalogChanged } from "./rules/sheet.katalogChanged";
import { katalogChanges } from "./katalog-changes";
import type { KatalogChanges } from "./katalog-changes";
import type { AuditContext } from "./subjects";
import { mentionsIku, namesSubject, planCellSubject, staffFormulaSubject } from "./subjects";
import { findRenstra, isRenstraLink } from "../sakip/renstra";
import { targetSubject } from "./renstra-subject";

/**
 * "Audit Rumus" on one IKU sheet: runs the rules of ./rules on the subjects of ./subjects, in a
 * fixed order: the plan's defined names, then the plan's formula cells, then every other formula
 * of every sheet that uses an IKU function or result (staff formulas). On each subject the rules
 * run in the order of their list; a finding's place, indicator and formulas default to the
 * subject's, and its message is worded in the analysis's language.
 *
 * Decisions (see each rule's file for its own):
 * - Formulas are compared as normalized token trees (compare.ts): case, spaces, $ signs and the
 *   way a reference is written do not matter; what a reference points at does.
 * - A plan formula cell can get several findings at once when several things are wrong (e.g.
 *   wrong function and a hard-coded number).
 * - Error values in result cells whose inputs have a validation finding are left to "Periksa
 *   Data", which reports their cause.
 */

export interface AuditOptions {
  index: WorkbookIndex;
  iku: IkuSheet;
  catalogue: Catalogue;
  /** Indicators whose inputs or target have a validation finding (validated on first call). */
  inputProblems: () => ReadonlySet<string>;
  /** Parsed formulas shared with other analyses (the caller's). */
  cache?: AnalysisCache;
  /** Language of the findings' messages (Indonesian by default). */
  lang?: AuditLang;
  /** The rules to run (default: all of them). */
  rules?: readonly AuditRule[];
  /** The workbook's Katalog IKU sheet, when the catalogue was read from one. */
  katalogSheet?: string;
  /**
   * Formula cells another sheet of the add-in owns and audits itself (the Pengukuran Kinerja
   * sheet's, lkjip.ts): not staff formulas. Row and column 0-based.
   */
  checkedElsewhere?: (sheet: string, row: number, col: number) => boolean;
}

/** Row and column as one number, for sets of cell positions (Excel: at most 16,384 columns). */
const positionKey = (row: number, col: number) => row * 16384 + col;

/** Audits the IKU sheet's names and formulas, and every sheet's formulas that use IKU. */
export function auditIkuSheet(options: AuditOptions): Finding[] {
  const { index, iku, catalogue } = options;
  const lang = options.lang ?? "id";
  const resultNames = new Set<string>();
  for (const { name, role } of iku.plan.cells) {
    if (name && (role === "result" || role === "capaian" || role === "kategori")) {
      resultNames.add(`N:${name.toUpperCase()}`);
    }
  }
  const { katalogSheet } = options;
  let changes: KatalogChanges | undefined | null = null;
  const ctx: AuditContext = {
    index,
    iku,
    catalogue,
    functions: catalogue === CATALOGUE ? FUNCTIONS : buildFunctionTable(catalogue),
    resultNames,
    inputProblems: options.inputProblems,
    cache: options.cache,
    katalogSheet,
    katalogChanges: () => {
      if (changes === null)
        changes = katalogSheet === undefined ? undefined : katalogChanges(ctx, katalogSheet);
      return changes;
    },
  };

  const rules = options.rules ?? AUDIT_RULE_LIST;
  const findings: Finding[] = [];
  const run = ruleRunner(rules, lang, findings);

  run("names", namesSubject(ctx), { sheet: iku.sheet, cell: "" });

  // The plan's formula cells, and where they are (by sheet, upper case) for the walk below.
  const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const planFormulaCells = new Map<string, Set<number>>();
  for (const cell of iku.plan.cells) {
    if (!cell.formula) continue;
    const at = iku.locate(cell);
    const pos = at && parseCell(at.address);
    if (at && pos) {
      const sheetKey = at.sheet.toUpperCase();
      let cells = planFormulaCells.get(sheetKey);
      if (!cells) planFormulaCells.set(sheetKey, (cells = new Set()));
      cells.add(positionKey(pos.row, pos.col));
    }
    const indicator = cell.indicator ? indicators.get(cell.indicator) : undefined;
    const subject = indicator && planCellSubject(ctx, cell, indicator);
    if (subject) {
      run("planCell", subject, {
        sheet: subject.sheet,
        cell: subject.address,
        indicator: indicator.code,
        current: subject.formula,
        expected: subject.expectedText,
      });
    }
  }

  // The year's Target cells against the workbook's Target Renstra, when it covers the year.
  const renstra = findRenstra(
    index.grid.names,
    index.grid.sheets.map((s) => s.name)
  );
  if (renstra) {
    for (const ind of iku.plan.indicators) {
      const indicator = indicators.get(ind.code);
      const cell = iku.plan.cells.find((c) => c.address === ind.target.address);
      const at = cell && iku.locate(cell);
      if (!indicator || !at) continue;
      const subject = targetSubject(index, renstra, indicator, iku.plan.settings.tahun, at);
      if (subject)
        run("target", subject, { sheet: at.sheet, cell: at.address, indicator: ind.code });
    }
  }

  // Every other formula of every sheet that mentions IKU or the IKU sheet.
  const ikuSheetText = iku.sheet.toUpperCase();
  for (const sheet of index.sheets.values()) {
    const name = sheet.grid.name;
    const upperName = name.toUpperCase();
    const resolve = iku.resolver(name);
    const all = upperName === ikuSheetText;
    const planCells = planFormulaCells.get(upperName);
    const { values, formulas } = sheet.grid;
    for (let r = 0; r < values.length; r++) {
      const formulaRow = formulas[r];
      if (!formulaRow) continue;
      for (let c = 0; c < formulaRow.length && c < values[r].length; c++) {
        const f = formulaRow[c];
        if (!isFormulaText(f) || !(all || mentionsIku(f, ikuSheetText))) continue;
        // The Target's link to the Renstra is the add-in's (checked above), not a staff formula.
        if (all && isRenstraLink(f)) continue;
        const pos = { row: sheet.origin.row + r, col: sheet.origin.col + c };
        if (planCells?.has(positionKey(pos.row, pos.col))) continue;
        if (options.checkedElsewhere?.(name, pos.row, pos.col)) continue;
        const subject = staffFormulaSubject(ctx, name, resolve, pos, f, values[r][c]);
        if (subject) {
          run("staffFormula", subject, {
            sheet: name,
            cell: subject.address,
            current: f,
          });
        }
      }
    }
  }
  return withoutExplained(findings, ctx.katalogChanges());
}

/**
 * The findings a Katalog change explains left out (see rules/sheet.katalogChanged.ts): those of
 * other rules on an indicator added or changed since the sheet was generated, and name.moved
 * when the change moved every indicator's result columns. Regenerating rewrites those cells.
 */
function withoutExplained(findings: Finding[], changes: KatalogChanges | undefined): Finding[] {
  if (!changes) return findings;
  const explained = new Set([
    ...changes.added.map((a) => a.indicator.code),
    ...changes.changed.map((c) => c.indicator.code),
  ]);
  if (explained.size === 0 && !changes.columnsMoved) return findings;
  return findings.filter(
    (f) =>
      f.rule === sheetKatalogChanged.id ||
      !(
        (f.indicator !== undefined && explained.has(f.indicator)) ||
        (changes.columnsMoved && f.rule === "name.moved")
      )
  );
}
