import { LKJIP_AUDIT_EN } from "../../messages/en-lkjip-audit";
import { LKJIP_AUDIT_ID } from "../../messages/id-lkjip-audit";
import { quoteValue } from "../../messages/validation";
import { isBlank } from "../../workbook-index";
import { auditRule } from "../rule";

/**
 * A table cell of the Pengukuran Kinerja sheet that should hold a formula holds a typed or
 * pasted value, or nothing. The LKjIP's rule is "never copied values": a copied number stops
 * following the year sheets and the Renstra, which is where reporting errors come from.
 */
export const lkjipCopiedValue = auditRule({
  id: "lkjip.copiedValue",
  severity: "error",
  label: LKJIP_AUDIT_ID.copiedValue.label,
  labelEn: LKJIP_AUDIT_EN.copiedValue.label,
  messages: { id: LKJIP_AUDIT_ID.copiedValue.messages, en: LKJIP_AUDIT_EN.copiedValue.messages },
  check: {
    lkjipCell: (s) => {
      if (s.formula !== undefined) return undefined;
      if (isBlank(s.content)) return { say: (m) => m.cleared(s.place) };
      const value = quoteValue(s.content);
      return { say: (m) => m.copied(s.place, value) };
    },
  },
});
