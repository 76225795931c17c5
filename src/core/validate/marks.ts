import { CATALOGUE } from "../catalogue";
import type { Catalogue } from "../catalogue";
import type { Severity } from "../grid";
import { calls, parseFormula } from "../formula-parser/parse";
import { buildMarkRules, MARK_STYLE, MARK_TAG } from "../sheet/marks";
import type { IkuSheet } from "../find-iku-sheet";

/**
 * The in-sheet marks of "Periksa Data" at the cells' current places in a workbook (found by their
 * names). The formulas come from src/core/sheet/marks.ts, the one source the sheet plan's
 * conditional formats are built from too; here they are rebuilt for a sheet whose rows may have
 * moved, so the check that a mark flags exactly the cells validation reports holds in both.
 */

export { MARK_STYLE, MARK_TAG };

export interface MarkRule {
  sheet: string;
  /** A1 of the cell (the range the format applies to). */
  address: string;
  severity: Severity;
  /** Custom conditional-format formula, English syntax, relative to `address`. */
  formula: string;
  /** Fill and font of the mark. */
  fill: string;
  fontColor: string;
}

/** The marks of one IKU sheet, at the cells' current places (found by their names). */
export function buildMarks(iku: IkuSheet, catalogue: Catalogue = CATALOGUE): MarkRule[] {
  return buildMarkRules(iku.plan, (cell) => iku.locate(cell), catalogue).map((m) => ({
    sheet: m.at.sheet,
    address: m.at.address,
    severity: m.severity,
    formula: m.formula,
    fill: m.fill,
    fontColor: m.fontColor,
  }));
}

/** Whether a conditional-format formula is one of the add-in's marks (read by tokens). */
export function isMarkFormula(formula: unknown): boolean {
  if (typeof formula !== "string") return false;
  const text = formula.startsWith("=") ? formula : `=${formula}`;
  return calls(parseFormula(text).items).some(
    (c) =>
      c.name === "N" &&
      c.args.length === 1 &&
      c.args[0].length === 1 &&
      c.args[0][0].type === "text" &&
      c.args[0][0].value === MARK_TAG
  );
}
