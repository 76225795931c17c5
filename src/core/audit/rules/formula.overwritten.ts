import { quoteValue } from "../../messages/validation";
import { isBlank } from "../../workbook-index";
import { auditRule, placeWords } from "../rule";
import type { Place } from "../rule";

/** A plan formula cell holds a typed value instead of its formula. */
export const formulaOverwritten = auditRule({
  id: "formula.overwritten",
  severity: "error",
  label: "Rumus ditimpa nilai",
  labelEn: "Formula overwritten by a value",
  messages: {
    id: {
      overwritten: (where: Place, value: string) =>
        `${placeWords.id(where)} berisi angka yang diketik langsung ${value}, bukan rumus: hasilnya tidak lagi mengikuti data masukan. Kembalikan rumus yang diharapkan.`,
    },
    en: {
      overwritten: (where, value) =>
        `${placeWords.en(where)} holds the number ${value} typed in directly, not a formula: it no longer follows the input data. Put back the expected formula.`,
    },
  },
  check: {
    planCell: (s) => {
      if (s.formula !== undefined || isBlank(s.content)) return undefined;
      const shown = String(s.content);
      return { say: (m) => m.overwritten(s.place, quoteValue(shown)), current: shown };
    },
  },
});
