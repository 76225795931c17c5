/**
 * The message catalogue. One file per language, same shape (types.ts `Messages`):
 * - id.ts, en.ts: terms (one word per concept), host problems, settings, pane and report
 *   sheet (base.ts reads them for the task pane); id-cli.ts, en-cli.ts: the CLI;
 *   id-help.ts, en-help.ts: the help page; id-ringkasan.ts, en-ringkasan.ts: the pane's
 *   Ringkasan tab (loaded with it). All built from the facts of the catalogue of
 *   indicators (counts, orders), so no count is typed into a sentence;
 * - catalogue-en.ts: English names of the indicators (the Indonesian ones are the catalogue);
 * - validation.ts, audit.ts: the findings' rules and messages in both languages;
 * - functions.ts, sheet.ts: Indonesian only, because Excel shows them as written (custom
 *   function errors, the generated sheet and its data-validation prompts).
 * Readers: src/taskpane/i18n.ts, src/cli/messages.ts, src/core/report.ts, src/core/help.ts.
 */
import { CATALOGUE } from "../catalogue";
import type { Catalogue } from "../catalogue";
import { coreMessagesFor, textFacts } from "./base";
import { cliEn } from "./en-cli";
import { helpEn } from "./en-help";
import { RINGKASAN_EN } from "./en-ringkasan";
import { cliId } from "./id-cli";
import { helpId } from "./id-help";
import { RINGKASAN_ID } from "./id-ringkasan";
import type { Lang, Messages } from "./types";

export { coreMessagesFor, languageFor, localeLang, textFacts } from "./base";
export type {
  CatalogueSource,
  CliLimits,
  CliMessages,
  CoreMessages,
  FileProblemCode,
  FormErrorKey,
  HelpWords,
  HostProblemCode,
  KatalogProblem,
  HostProblemFacts,
  HostWords,
  Lang,
  Messages,
  PaneStrings,
  ProblemText,
  ReportText,
  RingkasanWords,
  SeverityWords,
  Terms,
  TextFacts,
  UnsupportedWords,
} from "./types";

/**
 * The whole message catalogue of one language, its counts read from `catalogue`. Built on each
 * call (no module-level cache in src/core): callers that render often keep the result.
 */
export function messagesFor(lang: Lang, catalogue: Catalogue = CATALOGUE): Messages {
  const facts = textFacts(catalogue);
  const core = coreMessagesFor(lang, catalogue);
  return lang === "en"
    ? {
        ...core,
        cli: (limits) => cliEn(core, facts, limits),
        help: helpEn(facts),
        ringkasan: RINGKASAN_EN,
      }
    : {
        ...core,
        cli: (limits) => cliId(core, facts, limits),
        help: helpId(facts),
        ringkasan: RINGKASAN_ID,
      };
}
