import type { Finding } from "../grid";
import type { AuditLang, AuditRule, CheckResult, Hit, MessageSet, Scope, Subjects } from "./rule";

/**
 * The runner of the audit's rules on one subject, shared by the year sheets' audit (audit.ts)
 * and the Pengukuran Kinerja sheet's (lkjip.ts): every rule's check of the subject's scope, in
 * the list's order; each hit worded in the analysis's language and placed where the subject is
 * unless the hit says otherwise.
 */

/** A check of a scope, as the runner calls it. */
type Check<S extends Scope> = (
  subject: Subjects[S],
  earlier: readonly string[]
) => CheckResult<MessageSet>;

const isHitList = (r: CheckResult<MessageSet>): r is readonly Hit<MessageSet>[] => Array.isArray(r);

/** Where a subject's findings go unless a hit says otherwise. */
export interface Defaults {
  sheet: string;
  cell: string;
  indicator?: string;
  current?: string;
  expected?: string;
}

/** Runs the rules of a scope on one subject, adding their findings to `findings`. */
export type RunRules = <S extends Scope>(
  scope: S,
  subject: Subjects[S],
  defaults: Defaults
) => void;

export function ruleRunner(
  rules: readonly AuditRule[],
  lang: AuditLang,
  findings: Finding[]
): RunRules {
  return <S extends Scope>(scope: S, subject: Subjects[S], defaults: Defaults) => {
    const earlier: string[] = [];
    const hits: { rule: AuditRule; hit: Hit<MessageSet> }[] = [];
    for (const rule of rules) {
      const check = rule.check[scope] as Check<S> | undefined;
      const result = check?.(subject, earlier);
      if (!result) continue;
      const found: readonly Hit<MessageSet>[] = isHitList(result) ? result : [result];
      if (found.length === 0) continue;
      earlier.push(rule.id);
      for (const hit of found) hits.push({ rule, hit });
    }
    if (hits.some((h) => h.hit.order !== undefined)) {
      const last = Number.MAX_SAFE_INTEGER;
      hits.sort((a, b) => (a.hit.order ?? last) - (b.hit.order ?? last));
    }
    for (const { rule, hit } of hits) {
      const f: Finding = {
        sheet: hit.sheet ?? defaults.sheet,
        cell: hit.cell ?? defaults.cell,
        rule: rule.id as Finding["rule"],
        severity: rule.severity,
        message: hit.say(rule.messages[lang]),
      };
      const indicator = hit.indicator ?? defaults.indicator;
      const current = hit.current ?? defaults.current;
      const expected = hit.expected ?? defaults.expected;
      if (indicator) f.indicator = indicator;
      if (current !== undefined) f.current = current;
      if (expected !== undefined) f.expected = expected;
      if (lang === "en") f.messageLang = "en";
      findings.push(f);
    }
  };
}
