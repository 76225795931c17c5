import type { Severity } from "../grid";
import type { NamesSubject, PlanCellSubject, StaffFormulaSubject } from "./subjects";
import type { TargetSubject } from "./renstra-subject";
import type { LkjipBudgetSubject, LkjipCellSubject, LkjipSheetSubject } from "./lkjip";

/**
 * The shape of an audit rule (one file per rule in ./rules, listed in ./rules/index.ts), in the
 * spirit of HyperFormula's function plugins: a record with the rule's id, severity, labels and
 * message builders in both languages, and its checks. A check reads one subject the runner
 * (audit.ts) prepares and returns what it found; it never writes words itself: each hit says
 * which of its rule's builders to call, and the runner calls it in the analysis's language.
 */

export type AuditLang = "id" | "en";

/** A rule's message builders; the English set has the same keys and arguments. */
export type MessageSet = Record<string, (...args: never[]) => string>;

/** One finding of a check, before it is worded and placed. */
export interface Hit<M> {
  /** The message, from the rule's builders of the analysis's language. */
  say(messages: M): string;
  /** Where, when not the subject's own cell (name rules). */
  sheet?: string;
  cell?: string;
  indicator?: string;
  current?: string;
  expected?: string;
  /**
   * Reading position in the formula (see argumentOrder), so that one cell's findings read left
   * to right; hits without one follow, in the order of the rule list.
   */
  order?: number;
}

/** What a check returns: nothing, one hit, or several. */
export type CheckResult<M> = Hit<M> | readonly Hit<M>[] | undefined;

/**
 * What the runner visits, in this order: the plan's defined names, the plan's formula cells
 * that differ from the plan or hold an error value, and every other formula that uses an IKU
 * function or result ("staff formulas").
 */
export interface Subjects {
  names: NamesSubject;
  planCell: PlanCellSubject;
  staffFormula: StaffFormulaSubject;
  /** A year sheet's Target cell against the Target Renstra (renstra-subject.ts). */
  target: TargetSubject;
  /** A Pengukuran Kinerja sheet as a whole: is its layout the plan's for the workbook now? */
  lkjipSheet: LkjipSheetSubject;
  /** One of its formula cells that does not hold the plan's formula text (lkjip.ts). */
  lkjipCell: LkjipCellSubject;
  /** One of its typed budget inputs (pagu, realisasi anggaran). */
  lkjipBudget: LkjipBudgetSubject;
}
export type Scope = keyof Subjects;

/**
 * A rule's checks, one per kind of subject it looks at. `earlier` lists the rules that already
 * reported on this subject (a rule that only speaks when nothing else explains the cell reads it).
 */
export type Checks<M> = {
  [S in Scope]?: (subject: Subjects[S], earlier: readonly string[]) => CheckResult<M>;
};

export interface AuditRule<Id extends string = string, M extends MessageSet = MessageSet> {
  /** Stable id (pane, report, CLI JSON, golden tests). */
  id: Id;
  severity: Severity;
  /** Short Indonesian label (report column "Aturan", pane). */
  label: string;
  /** Short English label. */
  labelEn: string;
  messages: { id: M; en: NoInfer<M> };
  check: Checks<M>;
}

/** Declares a rule (keeps its id's literal type, and checks the hits against its builders). */
export function auditRule<const Id extends string, M extends MessageSet>(
  rule: AuditRule<Id, M>
): AuditRule<Id, M> {
  return rule;
}

/** The reading position of a call's argument (argument -1: the call itself). */
export function argumentOrder(call: number, argument: number): number {
  return call * 256 + argument + 1;
}

/** Where a finding of a formula is, as its message names it. */
export type Place =
  { role: "result" | "capaian" | "kategori"; order: number } | { sheet: string; address: string };

/** How messages name a place, e.g. "Realisasi IKU 6" or "Sel Rekap!C4". */
export const placeWords: { readonly [L in AuditLang]: (place: Place) => string } = {
  id: (p) =>
    "role" in p
      ? `${{ result: "Realisasi", capaian: "Capaian", kategori: "Kategori capaian" }[p.role]} IKU ${p.order}`
      : `Sel ${p.sheet}!${p.address}`,
  en: (p) =>
    "role" in p
      ? `${{ result: "Result", capaian: "Achievement", kategori: "Achievement category" }[p.role]} of IKU ${p.order}`
      : `Cell ${p.sheet}!${p.address}`,
};

/** A list in a message. */
export const list = (items: readonly string[]) => items.join(", ");

/** The items once each, in first-met order. */
export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
