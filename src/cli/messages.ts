import { localeLang, messagesFor } from "../core/messages";
import type { CliMessages, Lang } from "../core/messages";
import { CLI_LIMITS } from "./limits";

/**
 * Everything the `iku` command prints: a reader of the one message catalogue
 * (src/core/messages), in Indonesian (the default for the agency) or English when the locale
 * says so (LC_ALL, LC_MESSAGES or LANG starting with "en"), with the CLI's limits stated.
 */

export type { CatalogueSource, CliMessages, FileProblemCode, Lang } from "../core/messages";

export function detectLang(env: NodeJS.ProcessEnv): Lang {
  return localeLang(env);
}

export function messages(lang: Lang): CliMessages {
  return messagesFor(lang).cli(CLI_LIMITS);
}
