import type { Severity } from "../grid";

/**
 * The one place of the words for a finding's severity (pane, report sheet, CLI) and for Excel's
 * error values. One term per concept: a finding is a "kesalahan" or a "peringatan"; a cell
 * holding #N/A, #VALUE! … holds a "nilai kesalahan". ("Galat" is not used: it is the numerical
 * analyst's word for an approximation error.)
 */

export type SeverityLang = "id" | "en";

export interface SeverityWords {
  /** Heading or filter label: "Kesalahan". */
  title: string;
  /** In running text, one: "kesalahan". */
  one: string;
  /** In running text, several: "kesalahan" (Indonesian does not inflect), "errors". */
  many: string;
}

export const SEVERITY_WORDS: Record<SeverityLang, Record<Severity, SeverityWords>> = {
  id: {
    error: { title: "Kesalahan", one: "kesalahan", many: "kesalahan" },
    warning: { title: "Peringatan", one: "peringatan", many: "peringatan" },
  },
  en: {
    error: { title: "Error", one: "error", many: "errors" },
    warning: { title: "Warning", one: "warning", many: "warnings" },
  },
};

/** "3 kesalahan", "1 error", "2 warnings". */
export function severityCount(lang: SeverityLang, severity: Severity, n: number): string {
  const w = SEVERITY_WORDS[lang][severity];
  return `${n} ${n === 1 ? w.one : w.many}`;
}

/** What Excel's #N/A, #VALUE!, #DIV/0! … are called. */
export const ERROR_VALUE_WORD: Record<SeverityLang, string> = {
  id: "nilai kesalahan",
  en: "error value",
};
