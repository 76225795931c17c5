import { AGENCY, SASARAN } from "./agency";
import { HELPERS } from "./helpers";
import { INDICATORS } from "./indicators";
import type { Catalogue, Indicator, Sasaran } from "./schema";

export { AGREGASI } from "./code";
export type {
  Agency,
  Agregasi,
  Catalogue,
  Component,
  ComponentRole,
  HelperFunction,
  HelperParam,
  Indicator,
  IndicatorKind,
  Polarity,
  Sasaran,
  SasaranCode,
  ValueType,
} from "./schema";

/** The single source of truth: every part of the add-in reads this object. */
export const CATALOGUE: Catalogue = {
  agency: AGENCY,
  sasaran: SASARAN,
  indicators: INDICATORS,
  helpers: HELPERS,
};

export function findIndicator(
  code: string,
  catalogue: Catalogue = CATALOGUE
): Indicator | undefined {
  return catalogue.indicators.find((i) => i.code === code);
}

export function sasaranOf(indicator: Indicator, catalogue: Catalogue = CATALOGUE): Sasaran {
  const found = catalogue.sasaran.find((s) => s.code === indicator.sasaran);
  if (!found)
    throw new Error(`Sasaran ${indicator.sasaran} of ${indicator.code} is not in the catalogue`);
  return found;
}

/**
 * The distinct function parameters of an indicator, in argument order. Components of a
 * `jumlah` indicator share one repeating parameter.
 */
export function functionParams(
  indicator: Indicator
): { name: string; description: string; repeating: boolean }[] {
  if (indicator.kind === "jumlah") {
    const first = indicator.components[0];
    return [{ name: first.param, description: first.description, repeating: true }];
  }
  return indicator.components.map((c) => ({
    name: c.param,
    description: c.description,
    repeating: false,
  }));
}
