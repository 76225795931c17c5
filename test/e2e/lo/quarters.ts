import type { Agregasi } from "../../../src/core/catalogue";
import type { GridValue } from "../../../src/core/grid";
import type { PlanIndicator, PlanRef } from "../../../src/core/sheet/types";

/**
 * A case's year value of a component spread over the quarters, so that LibreOffice computes
 * every aggregation path: akumulasi numbers split over TW I, TW III and TW IV with TW II left
 * blank (the sum is the year value); posisi numbers in TW I (another value) and TW II (the year
 * value, the latest filled); anything else (text, TRUE, blank) typed in TW IV alone.
 */
export function quarterValue(year: GridValue, agregasi: Agregasi, triwulan: number): GridValue {
  if (typeof year !== "number") return triwulan === 4 ? year : null;
  if (agregasi === "akumulasi") {
    const part = Math.floor(year / 3);
    return triwulan === 2 ? null : triwulan === 4 ? year - 2 * part : part;
  }
  return triwulan === 1 ? year + 7 : triwulan === 2 ? year : null;
}

/** Every formula cell of an indicator's block: up to each quarter, the quarters', the year's. */
export function blockFormulaRefs(ind: PlanIndicator): PlanRef[] {
  return [
    ...ind.components.flatMap((c) => c.toDate),
    ...ind.quarters.flatMap((q) => [q.hasil, q.capaian]),
    ind.hasil,
    ind.capaian,
    ind.kategori,
  ];
}
