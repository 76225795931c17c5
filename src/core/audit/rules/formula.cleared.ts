import { isBlank } from "../../workbook-index";
import { auditRule, placeWords } from "../rule";
import type { Place } from "../rule";

/** A plan formula cell is empty. */
export const formulaCleared = auditRule({
  id: "formula.cleared",
  severity: "error",
  label: "Rumus dihapus",
  labelEn: "Formula deleted",
  messages: {
    id: {
      cleared: (where: Place) =>
        `${placeWords.id(where)} kosong: rumusnya terhapus. Kembalikan rumus yang diharapkan.`,
    },
    en: {
      cleared: (where) =>
        `${placeWords.en(where)} is empty: its formula was deleted. Put back the expected formula.`,
    },
  },
  check: {
    planCell: (s) =>
      s.formula === undefined && isBlank(s.content)
        ? { say: (m) => m.cleared(s.place), current: "" }
        : undefined,
  },
});
