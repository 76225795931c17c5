import type { AuditRule } from "../rule";
import { formulaA1Reference } from "./formula.a1Reference";
import { formulaAddinNotLoaded } from "./formula.addinNotLoaded";
import { formulaArgCount } from "./formula.argCount";
import { formulaBlankUnguarded } from "./formula.blankUnguarded";
import { formulaCleared } from "./formula.cleared";
import { formulaErrorValue } from "./formula.errorValue";
import { formulaHardcodedNumber } from "./formula.hardcodedNumber";
import { formulaMixedConstant } from "./formula.mixedConstant";
import { formulaModified } from "./formula.modified";
import { formulaOverwritten } from "./formula.overwritten";
import { formulaRefEmpty } from "./formula.refEmpty";
import { formulaRefText } from "./formula.refText";
import { formulaSwappedArguments } from "./formula.swappedArguments";
import { formulaUnknownFunction } from "./formula.unknownFunction";
import { formulaUnknownName } from "./formula.unknownName";
import { formulaWrongFunction } from "./formula.wrongFunction";
import { formulaWrongReference } from "./formula.wrongReference";
import { lkjipBudgetInvalid } from "./lkjip.budgetInvalid";
import { lkjipCopiedValue } from "./lkjip.copiedValue";
import { lkjipFormulaChanged } from "./lkjip.formulaChanged";
import { lkjipStale } from "./lkjip.stale";
import { nameBroken } from "./name.broken";
import { nameMissing } from "./name.missing";
import { nameMoved } from "./name.moved";
import { sheetKatalogChanged } from "./sheet.katalogChanged";
import { targetRenstraDiffers } from "./target.renstraDiffers";

/**
 * The rules of "Audit Rumus", one file each. The order is the order a subject's findings come
 * in (a rule may read which rules before it reported: formula.modified and formula.errorValue
 * speak only when none did) and the order of the report's summary per rule. Adding a rule: a
 * file here, its line in this list, and a golden case.
 */
export const AUDIT_RULE_LIST = [
  formulaOverwritten,
  formulaCleared,
  formulaWrongFunction,
  formulaSwappedArguments,
  formulaWrongReference,
  formulaBlankUnguarded,
  formulaA1Reference,
  formulaHardcodedNumber,
  formulaModified,
  formulaUnknownFunction,
  formulaArgCount,
  formulaRefEmpty,
  formulaRefText,
  formulaMixedConstant,
  formulaAddinNotLoaded,
  formulaUnknownName,
  formulaErrorValue,
  nameMissing,
  nameBroken,
  nameMoved,
  sheetKatalogChanged,
  targetRenstraDiffers,
  lkjipStale,
  lkjipCopiedValue,
  lkjipFormulaChanged,
  lkjipBudgetInvalid,
] as const;

export type AuditRuleId = (typeof AUDIT_RULE_LIST)[number]["id"];

/** Every audit rule id, in the list's order. */
export const AUDIT_RULE_IDS: readonly AuditRuleId[] = AUDIT_RULE_LIST.map((r) => r.id);

/** The audit rules by id. */
export const AUDIT_RULES: Readonly<Record<AuditRuleId, AuditRule>> = Object.fromEntries(
  AUDIT_RULE_LIST.map((r): [string, AuditRule] => [r.id, r])
) as Record<string, AuditRule> as Record<AuditRuleId, AuditRule>;
