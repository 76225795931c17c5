import type { Catalogue } from "../core/catalogue";
// base, not the whole catalogue: the pane's bundle carries no CLI or help page texts.
import { coreMessagesFor, languageFor } from "../core/messages/base";
import type { Lang, PaneStrings } from "../core/messages/types";

/**
 * The task pane's words: a reader of the one message catalogue (src/core/messages), which also
 * serves the CLI, the report sheet and the help page. Indicator names are read from the
 * catalogue of indicators (see labels.ts). `problem` takes the host's HostProblem: a code added
 * in src/office without words there is a compile error where the pane shows it.
 */

export type { FormErrorKey, Lang, ProblemText } from "../core/messages/types";
export { languageFor };

export type Strings = PaneStrings;

/** Built once for the add-in's catalogue: the pane renders often and compares by identity. */
const BUILT: Record<Lang, Strings> = {
  id: coreMessagesFor("id").pane,
  en: coreMessagesFor("en").pane,
};

/** The words for `catalogue`; without one, for the add-in's own (built once). */
export function stringsFor(lang: Lang, catalogue?: Catalogue): Strings {
  return catalogue ? coreMessagesFor(lang, catalogue).pane : BUILT[lang];
}
