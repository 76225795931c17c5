import { CATALOGUE } from "../../../src/core/catalogue";
import type { Catalogue, Indicator } from "../../../src/core/catalogue";

/** The catalogue with every indicator cloned `times` times under new codes (IKU19 …). */
export function largeCatalogue(times: number): Catalogue {
  const indicators: Indicator[] = [];
  for (let k = 0; k < times; k++) {
    for (const ind of CATALOGUE.indicators) {
      const n = k * CATALOGUE.indicators.length + ind.order;
      indicators.push({
        ...ind,
        // IKU100 and above: a test-only catalogue, larger than the real schema allows.
        code: `IKU${String(n).padStart(2, "0")}`,
        order: n,
        functionName:
          k === 0 ? ind.functionName : `${ind.functionName}_${String.fromCharCode(65 + k)}`,
      });
    }
  }
  return { ...CATALOGUE, indicators };
}
