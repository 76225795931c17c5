import { auditRule, placeWords } from "../rule";
import type { Place } from "../rule";

/**
 * A plan formula cell shows an error value that neither its formula (the rules before this one)
 * nor its inputs ("Periksa Data") explain. Staff formulas' other error values come from their
 * own inputs: not reported.
 */
export const formulaErrorValue = auditRule({
  id: "formula.errorValue",
  severity: "warning",
  label: "Hasil berupa nilai kesalahan",
  labelEn: "Result is an error value",
  messages: {
    id: {
      errorValue: (where: Place, value: string) =>
        `${placeWords.id(where)} menampilkan ${value} padahal data masukannya lengkap dan valid; periksa rumus dan sel yang dirujuknya.`,
    },
    en: {
      errorValue: (where, value) =>
        `${placeWords.en(where)} shows ${value} although its input data are complete and valid; check the formula and the cells it refers to.`,
    },
  },
  check: {
    planCell: (s, earlier) => {
      if (s.formula === undefined || earlier.length > 0) return undefined;
      const cause = s.errorCause();
      return cause?.kind === "errorValue"
        ? { say: (m) => m.errorValue(s.place, cause.value) }
        : undefined;
    },
  },
});
