import type { Catalogue } from "../catalogue";
import { CATALOGUE_FACTS } from "./catalogue-facts";
import { coreEn } from "./en";
import { textFacts } from "./facts";
import { coreId } from "./id";
import type { CoreMessages, Lang } from "./types";

/**
 * The part of the message catalogue that every reader needs, without the CLI's and the help
 * page's texts: the task pane imports this module only, so its bundle carries no CLI help.
 */

export { textFacts };

/**
 * The core words of one language, their counts read from `catalogue` (by default the add-in's
 * own, whose facts come precomputed: the pane reads them without loading the catalogue). Built
 * on each call.
 */
export function coreMessagesFor(lang: Lang, catalogue?: Catalogue): CoreMessages {
  const facts = catalogue ? textFacts(catalogue) : CATALOGUE_FACTS;
  return lang === "en" ? coreEn(facts) : coreId(facts);
}

/** Excel's display language decides: id-* is Indonesian, everything else English. */
export function languageFor(displayLanguage: string | null | undefined): Lang {
  return /^id(?:[-_]|$)/i.test(displayLanguage ?? "") ? "id" : "en";
}

/**
 * The CLI's locale decides: English only when LC_ALL, LC_MESSAGES or LANG (POSIX precedence)
 * starts with "en", so an unset or C locale on a government PC still gets Indonesian.
 */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) ? "en" : "id";
}
