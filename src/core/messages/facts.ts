import type { Catalogue } from "../catalogue";
import type { TextFacts } from "./types";

/** What the sentences say about a catalogue of indicators, read from it. */
export function textFacts(catalogue: Catalogue): TextFacts {
  return {
    indicators: catalogue.indicators.length,
    swadayaOrder: catalogue.indicators.find((i) => i.rupiahFunction !== undefined)?.order,
    orders: Object.fromEntries(catalogue.indicators.map((i) => [i.code, i.order])),
  };
}
