import { LKJIP_AUDIT_EN } from "../../messages/en-lkjip-audit";
import { LKJIP_AUDIT_ID } from "../../messages/id-lkjip-audit";
import { isBlank, isErrorValue } from "../../workbook-index";
import { auditRule } from "../rule";

/**
 * A budget input of table 4 (pagu, realisasi anggaran: typed by staff, or a formula of theirs)
 * that is not an amount in rupiah: text, a boolean, an error value, or a negative number.
 * Blank is fine (the budget is optional). "Periksa Data" does not read this sheet, so the audit
 * is where it is checked.
 */
export const lkjipBudgetInvalid = auditRule({
  id: "lkjip.budgetInvalid",
  severity: "error",
  label: LKJIP_AUDIT_ID.budgetInvalid.label,
  labelEn: LKJIP_AUDIT_EN.budgetInvalid.label,
  messages: {
    id: LKJIP_AUDIT_ID.budgetInvalid.messages,
    en: LKJIP_AUDIT_EN.budgetInvalid.messages,
  },
  check: {
    lkjipBudget: (s) => {
      const v = s.value;
      if (isBlank(v) || (typeof v === "string" && v.trim() === "")) return undefined;
      if (isErrorValue(v)) return { say: (m) => m.errorValue(s.place, v) };
      if (typeof v === "number") {
        if (v >= 0) return undefined;
        return { say: (m) => m.negative(s.place, String(v)) };
      }
      return { say: (m) => m.notNumber(s.place, v) };
    },
  },
});
