import { LKJIP_AUDIT_EN } from "../../messages/en-lkjip-audit";
import { LKJIP_AUDIT_ID } from "../../messages/id-lkjip-audit";
import { quoteSheetAlways } from "../../formula-parser/address";
import { auditRule } from "../rule";

/**
 * A Pengukuran Kinerja sheet no longer laid out as the add-in would write it for the workbook now
 * (a year sheet added or removed changes table 2's columns and the trend's years; a Renstra
 * added fills table 3; a Katalog edit changes the rows), or whose year sheet is gone. One
 * finding for the sheet, not one per cell: writing the sheet again is the fix, and keeps the
 * typed budget. An error: its numbers may stand in the wrong columns or read the wrong cells.
 */
export const lkjipStale = auditRule({
  id: "lkjip.stale",
  severity: "error",
  label: LKJIP_AUDIT_ID.stale.label,
  labelEn: LKJIP_AUDIT_EN.stale.label,
  messages: { id: LKJIP_AUDIT_ID.stale.messages, en: LKJIP_AUDIT_EN.stale.messages },
  check: {
    lkjipSheet: (s) => {
      const sheet = quoteSheetAlways(s.sheet);
      if (!s.plan) return { say: (m) => m.noYearSheet(sheet, s.tahun) };
      const stale = s.stale;
      if (!stale) return undefined;
      return {
        say: (m) => m.layout(sheet, { tahun: s.tahun, ...stale }),
        current: stale.found,
        expected: stale.expected,
      };
    },
  },
});
