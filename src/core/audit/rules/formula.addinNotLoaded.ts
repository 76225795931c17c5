import { auditRule, placeWords } from "../rule";
import type { Place } from "../rule";

/**
 * A formula calling IKU. functions shows #NAME? and uses no unknown name: Excel does not know
 * the functions. Not said of a staff formula whose IKU function is itself unknown
 * (formula.unknownFunction explains it).
 */
export const formulaAddinNotLoaded = auditRule({
  id: "formula.addinNotLoaded",
  severity: "error",
  label: "Add-in IKU tidak dimuat",
  labelEn: "IKU add-in not loaded",
  messages: {
    id: {
      addinNotLoaded: (where: Place) =>
        `${placeWords.id(where)} menampilkan #NAME?: add-in IKU tidak dimuat / fungsi IKU tidak dikenal di Excel ini. Muat add-in IKU, atau buat ulang lembar dengan mode rumus Excel biasa.`,
    },
    en: {
      addinNotLoaded: (where) =>
        `${placeWords.en(where)} shows #NAME?: the IKU add-in is not loaded / this Excel does not know the IKU functions. Load the IKU add-in, or generate the sheet again in plain Excel formula mode.`,
    },
  },
  check: {
    planCell: (s) =>
      s.formula !== undefined && s.errorCause()?.kind === "addinNotLoaded"
        ? { say: (m) => m.addinNotLoaded(s.place) }
        : undefined,
    staffFormula: (s) =>
      s.errorCause()?.kind === "addinNotLoaded" && s.ikuCalls.every((c) => c.def)
        ? { say: (m) => m.addinNotLoaded(s.place) }
        : undefined,
  },
});
