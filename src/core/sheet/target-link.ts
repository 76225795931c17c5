import type { PlanCell, SheetSettings } from "./types";

/**
 * The year sheet's Target cell when the workbook's Target Renstra covers the year: the link
 * formula the caller found (src/core/sakip/renstra.ts renstraTargetLinks) instead of an empty
 * input. The cell stays an unlocked input: a number typed over it (the PK target) is kept by a
 * regenerate like any typed value, and the audit says when it differs from the Renstra.
 */
export function linkedTarget(
  settings: Pick<SheetSettings, "targetLinks">,
  code: string
): Pick<PlanCell, "formula"> {
  const formula = settings.targetLinks?.[code.toUpperCase()];
  return formula === undefined ? {} : { formula };
}
