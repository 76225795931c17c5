import { CATALOGUE, findIndicator } from "../core/catalogue";
import { KATALOG_RULES } from "../core/katalog/rules";
import type { KatalogRuleId } from "../core/katalog/rules";
import { CATALOGUE_EN } from "../core/messages/catalogue-en";
import { ALL_RULES, ruleLabel as coreRuleLabel } from "../core/report";
import type { Lang } from "./i18n";

/** A text in the pane's language, or the Indonesian original marked with `lang="id"`. */
export interface LocalText {
  text: string;
  /** Set when the text is not in the pane's language. */
  lang?: "id";
}

/** An indicator's name in the pane's language ("IKU06" when the code is unknown). */
export function indicatorName(code: string, lang: Lang): LocalText {
  if (lang === "en") {
    const en = CATALOGUE_EN[code]?.name;
    if (en) return { text: en };
  }
  const ind = findIndicator(code, CATALOGUE);
  if (!ind) return { text: code };
  return lang === "id" ? { text: ind.name } : { text: ind.name, lang: "id" };
}

/** A rule's short label in the pane's language (the id itself when unknown). */
export function ruleLabel(rule: string, lang: Lang): LocalText {
  if (rule in KATALOG_RULES) return { text: KATALOG_RULES[rule as KatalogRuleId][lang].label };
  if (!(rule in ALL_RULES)) return { text: rule };
  return { text: coreRuleLabel(rule, lang) };
}
