import type { Catalogue } from "./catalogue";
import type { ParsedFormula } from "./formula-parser/parse";
import type { SheetPlan, SheetSettings } from "./sheet/types";

/**
 * What analyses run one after the other may share: the plans rebuilt to recognize an IKU sheet
 * (up to six per analysis, the same for the same settings) and parsed formulas by text (the
 * plan's formulas are read in both modes by every analysis). src/core keeps nothing between
 * calls: the caller creates this object, passes it in AnalysisOptions and decides how long it
 * lives (`iku audit` shares one between the two checks of a workbook). Entries are read-only.
 */
export class AnalysisCache {
  private readonly parsedByText = new Map<string, ParsedFormula>();
  private readonly plans = new Map<string, SheetPlan>();
  private planSource: { build: unknown; catalogue: Catalogue } | undefined;

  /** The parsed formula of a text, parsing it with `parse` the first time. */
  parsed(formula: string, parse: (formula: string) => ParsedFormula): ParsedFormula {
    let parsed = this.parsedByText.get(formula);
    if (!parsed) {
      parsed = parse(formula);
      this.parsedByText.set(formula, parsed);
    }
    return parsed;
  }

  /** The plan of the given settings; kept for the last builder and catalogue. */
  plan(
    build: (settings: SheetSettings, catalogue?: Catalogue) => SheetPlan,
    catalogue: Catalogue,
    settings: SheetSettings
  ): SheetPlan {
    // Plans are kept for one builder and catalogue at a time: a file read with its own Katalog
    // starts afresh, and the files after it that share that Katalog reuse its plans.
    if (this.planSource?.build !== build || this.planSource.catalogue !== catalogue) {
      this.planSource = { build, catalogue };
      this.plans.clear();
    }
    const key = JSON.stringify([
      settings.tahun,
      settings.namaPerangkatDaerah,
      settings.sheetName,
      settings.mode,
      settings.aturan ?? null,
    ]);
    let plan = this.plans.get(key);
    if (!plan) {
      plan = build(settings, catalogue);
      this.plans.set(key, plan);
    }
    return plan;
  }
}
