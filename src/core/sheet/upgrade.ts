import { parseNameReference, sameSheet } from "../formula-parser/name-reference";
import type { SheetPlan } from "./types";

/**
 * The upgrade of a one-year IKU sheet (made before realisasi per triwulan) to the quarters: its
 * components were typed inputs named like today's year components (IKU06_PEMBILANG), which are
 * now formulas over the quarters. On regenerate each typed year value moves to that component's
 * TW IV input (IKU06_PEMBILANG_TW4): a year value is the value at the end of the year, and for
 * both aggregations the year is then that value (akumulasi: the only filled quarter's sum;
 * posisi: the latest filled quarter), so every result stays what it was. Pure; the writers
 * (src/office/generate.ts, src/cli/generate.ts) read the values and say what moved.
 */

export interface YearValueMove {
  indicator: string;
  /** The old sheet's input name (the year's component), as the plan spells it. */
  from: string;
  /** The TW IV input it moves to. */
  to: string;
  /** The TW IV input's address in the plan. */
  address: string;
}

/**
 * The year values of the sheet `sheet` that move to TW IV: for each of the plan's components
 * whose year name refers to `sheet` while its TW IV name does not (the sheet predates the
 * quarters). A sheet with quarters gives none: its year names are formulas, never moved.
 */
export function yearValueMoves(
  plan: SheetPlan,
  names: readonly { name: string; refersTo: string }[],
  sheet: string
): YearValueMove[] {
  const onSheet = new Set<string>();
  for (const n of names) {
    const ref = parseNameReference(n.refersTo);
    if (ref && sameSheet(ref.sheet, sheet)) onSheet.add(n.name.toUpperCase());
  }
  const moves: YearValueMove[] = [];
  for (const ind of plan.indicators) {
    for (const component of ind.components) {
      const year = component.toDate[3].name;
      const tw4 = ind.inputs.find((i) => i.key === component.key && i.triwulan === 4);
      if (!tw4 || !onSheet.has(year.toUpperCase()) || onSheet.has(tw4.name.toUpperCase())) continue;
      moves.push({ indicator: ind.code, from: year, to: tw4.name, address: tw4.address });
    }
  }
  return moves;
}
