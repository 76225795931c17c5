/**
 * The message catalogue. One file per language, same shape (types.ts `Messages`):
 * - id.ts, en.ts: terms (one word per concept), host problems, settings, pane, CLI, report
 *   sheet and help page, built from the facts of the catalogue of indicators (counts, orders);
 * - catalogue-en.ts: English names of the indicators (the Indonesian ones are the catalogue);
 * - validation.ts, audit.ts: the findings' rules and messages in both languages;
 * - functions.ts, sheet.ts: Indonesian only, because Excel shows them as written (custom
 *   function errors, the generated sheet and its data-validation prompts).
 * Readers: src/taskpane/i18n.ts, src/cli/messages.ts, src/core/report.ts, src/core/help.ts.
 */
import { CATALOGUE } from "../catalogue";
import type { Catalogue } from "../catalogue";
import { messagesEn } from "./en";
import { messagesId } from "./id";
import type { Lang, Messages, TextFacts } from "./types";

export type {
  CliLimits,
  CliMessages,
  FileProblemCode,
  FormErrorKey,
  HostProblemCode,
  HostProblemFacts,
  HelpWords,
  HostWords,
  Lang,
  Messages,
  PaneStrings,
  ProblemText,
  ReportText,
  SeverityWords,
  Terms,
  TextFacts,
  UnsupportedWords,
} from "./types";

/** What the sentences say about a catalogue of indicators, read from it. */
export function textFacts(catalogue: Catalogue): TextFacts {
  return {
    indicators: catalogue.indicators.length,
    swadayaOrder: catalogue.indicators.find((i) => i.rupiahFunction !== undefined)?.order,
    orders: Object.fromEntries(catalogue.indicators.map((i) => [i.code, i.order])),
  };
}

/**
 * The message catalogue of one language, its counts read from `catalogue`. Built on each call
 * (no module-level cache in src/core): callers that render often keep the result.
 */
export function messagesFor(lang: Lang, catalogue: Catalogue = CATALOGUE): Messages {
  const facts = textFacts(catalogue);
  return lang === "en" ? messagesEn(facts) : messagesId(facts);
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
