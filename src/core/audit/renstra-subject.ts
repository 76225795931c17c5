import type { Indicator } from "../catalogue";
import type { GridValue } from "../grid";
import { renstraLinkTarget, renstraName } from "../sakip/renstra";
import type { FoundRenstra } from "../sakip/renstra";
import type { WorkbookIndex } from "../workbook-index";

/**
 * What the audit looks at in a year sheet's Target cell when the workbook has a Target Renstra
 * covering its year: the cell (a typed PK target, or the add-in's link formula) and the Renstra's
 * target of that year.
 */
export interface TargetSubject {
  indicator: Indicator;
  tahun: number;
  /** The Target cell on the year sheet. */
  sheet: string;
  address: string;
  /** Its content: the link formula, a typed constant, or blank. */
  content: GridValue;
  value: GridValue;
  /** The Renstra cell the cell's link points at, when it holds a link. */
  linkedTo: { sheet: string; address: string } | undefined;
  /** The Renstra's target of the year: its cell (where its name points now) and value. */
  renstra: { sheet: string; address: string; value: GridValue };
}

/** The subject of one indicator's Target cell, or undefined when the Renstra has no such year. */
export function targetSubject(
  index: WorkbookIndex,
  renstra: FoundRenstra,
  indicator: Indicator,
  tahun: number,
  at: { sheet: string; address: string }
): TargetSubject | undefined {
  const address = renstra.addresses.get(renstraName.target(indicator.code.toUpperCase(), tahun));
  if (address === undefined) return undefined;
  const cell = index.cellAt(at.sheet, at.address);
  return {
    indicator,
    tahun,
    sheet: at.sheet,
    address: at.address,
    content: cell.formula ?? cell.value,
    value: cell.value,
    linkedTo: renstraLinkTarget(cell.formula),
    renstra: {
      sheet: renstra.sheet,
      address,
      value: index.cellAt(renstra.sheet, address).value,
    },
  };
}
