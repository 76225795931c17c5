import { auditRule, placeWords } from "../rule";
import type { Place } from "../rule";

/** A plan formula cell differs from the plan in a way no rule before this one explains. */
export const formulaModified = auditRule({
  id: "formula.modified",
  severity: "error",
  label: "Rumus diubah",
  labelEn: "Formula changed",
  messages: {
    id: {
      modified: (where: Place) =>
        `${placeWords.id(where)}: rumus berbeda dari rancangan add-in (operator, teks atau susunannya diubah). Periksa dan kembalikan rumus yang diharapkan.`,
    },
    en: {
      modified: (where) =>
        `${placeWords.en(where)}: the formula differs from the add-in's design (an operator, text or its structure was changed). Check it and put back the expected formula.`,
    },
  },
  check: {
    planCell: (s, earlier) =>
      s.formula !== undefined &&
      !s.asPlanned &&
      earlier.length === 0 &&
      s.actual().text !== s.expected().text
        ? { say: (m) => m.modified(s.place) }
        : undefined,
  },
});
