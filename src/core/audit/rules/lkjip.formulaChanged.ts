import { LKJIP_AUDIT_EN } from "../../messages/en-lkjip-audit";
import { LKJIP_AUDIT_ID } from "../../messages/id-lkjip-audit";
import { auditRule } from "../rule";

/**
 * A formula of the Pengukuran Kinerja sheet differs from the one the add-in writes for the
 * workbook now, compared normalized (compare.ts: case, spaces, $ signs and how a reference is
 * written do not matter; the cell it points at does, and so does a removed blank guard). The
 * expected formula is in the message and in the finding's `expected`.
 */
export const lkjipFormulaChanged = auditRule({
  id: "lkjip.formulaChanged",
  severity: "error",
  label: LKJIP_AUDIT_ID.formulaChanged.label,
  labelEn: LKJIP_AUDIT_EN.formulaChanged.label,
  messages: {
    id: LKJIP_AUDIT_ID.formulaChanged.messages,
    en: LKJIP_AUDIT_EN.formulaChanged.messages,
  },
  check: {
    lkjipCell: (s) => {
      if (s.formula === undefined) return undefined;
      const actual = s.actual();
      const expected = s.expected();
      if (!actual.broken && actual.text === expected.text && actual.guards === expected.guards)
        return undefined;
      return { say: (m) => m.changed(s.place, s.expectedText) };
    },
  },
});
