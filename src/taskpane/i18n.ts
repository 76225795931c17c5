import { CATALOGUE, type Catalogue } from "../core/catalogue";
import { languageFor, messagesFor } from "../core/messages";
import type { Lang, PaneStrings } from "../core/messages";

/**
 * The task pane's words: a reader of the one message catalogue (src/core/messages), which also
 * serves the CLI, the report sheet and the help page. Indicator names are read from the
 * catalogue of indicators (see labels.ts). `problem` takes the host's HostProblem: a code added
 * in src/office without words there is a compile error where the pane shows it.
 */

export type { FormErrorKey, Lang, ProblemText } from "../core/messages";
export { languageFor };

export type Strings = PaneStrings;

/** Built once for the add-in's catalogue: the pane renders often and compares by identity. */
const BUILT: Record<Lang, Strings> = {
  id: messagesFor("id").pane,
  en: messagesFor("en").pane,
};

export function stringsFor(lang: Lang, catalogue: Catalogue = CATALOGUE): Strings {
  return catalogue === CATALOGUE ? BUILT[lang] : messagesFor(lang, catalogue).pane;
}
