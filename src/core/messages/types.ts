import type { CoreMessages } from "./id";
import type { CliMessages } from "./id-cli";
import type { HelpWords } from "./id-help";

/**
 * The shape of the one message catalogue, gathered for its readers: the task pane
 * (src/taskpane/i18n.ts), the CLI (src/cli/messages.ts), the report sheet (src/core/report.ts)
 * and the help page (src/core/help.ts). Each area's shape is declared next to its Indonesian
 * words (id.ts, id-cli.ts, id-help.ts), the master language; the English twin (en*.ts) is typed
 * by it, so a message is added in two files and a word missing in English is a compile error.
 * Each language is a function of the facts its sentences state (how many indicators, which one
 * is measured in rupiah …), so a count is never typed into a sentence.
 */
export type {
  SeverityWords,
  Terms,
  HostProblemCode,
  HostProblemFacts,
  ProblemText,
  HostWords,
  FormErrorKey,
  PaneStrings,
  ReportText,
  CoreMessages,
} from "./id";
export type {
  CatalogueSource,
  FileProblemCode,
  KatalogProblem,
  UnsupportedWords,
  CliMessages,
} from "./id-cli";
export type { HelpWords } from "./id-help";
export type { RingkasanWords } from "./id-ringkasan";
import type { RingkasanWords } from "./id-ringkasan";

export type Lang = "id" | "en";

/** What the sentences say about the catalogue of indicators, read from it (base.ts textFacts). */
export interface TextFacts {
  /** Number of indicators. */
  indicators: number;
  /** Order (IKU n) of the indicator an agency may measure in rupiah; undefined when none. */
  swadayaOrder: number | undefined;
  /** Order of each indicator by its code ("IKU09" → 9), for texts that name one by example. */
  orders: Readonly<Record<string, number>>;
}

/** The limits the CLI enforces and states in its help and messages. */
export interface CliLimits {
  fileMb: number;
  zipEntries: number;
  unpackedMb: number;
  partMb: number;
  sheetCells: number;
  memoryMb: number;
  timeoutSeconds: number;
}

/** A whole language: the core words, the CLI's (id-cli.ts) and the help page's (id-help.ts). */
export interface Messages extends CoreMessages {
  /** The CLI's texts state the limits it enforces, which the CLI passes in. */
  cli: (limits: CliLimits) => CliMessages;
  help: HelpWords;
  /** The pane's Ringkasan tab (loaded with the tab). */
  ringkasan: RingkasanWords;
}
