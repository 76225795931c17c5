import { auditRule, placeWords } from "../rule";
import type { Place } from "../rule";

/** A plan formula cell reads as the plan's but lacks its blank-input guards. */
export const formulaBlankUnguarded = auditRule({
  id: "formula.blankUnguarded",
  severity: "warning",
  label: "Isian kosong tanpa pelindung",
  labelEn: "Blank input not guarded",
  messages: {
    id: {
      blankUnguarded: (where: Place) =>
        `${placeWords.id(where)} memanggil fungsi IKU tanpa pelindung isian kosong IF(ISBLANK(…);"";…) (lembar dari versi add-in lama atau rumus diketik ulang): di Excel desktop sel kosong dihitung sebagai 0 sehingga indikator yang belum diisi tampak 0 / "Sangat Rendah", di Excel untuk web hasilnya #N/A. Buat ulang lembar IKU untuk memulihkan rumus yang diharapkan.`,
    },
    en: {
      blankUnguarded: (where) =>
        `${placeWords.en(where)} calls an IKU function without the blank-input guard IF(ISBLANK(…),"",…) (a sheet from an older add-in version, or a formula typed again): in Excel desktop an empty cell counts as 0, so an indicator not filled in yet shows 0 / "Sangat Rendah"; in Excel on the web the result is #N/A. Generate the IKU sheet again to restore the expected formulas.`,
    },
  },
  check: {
    planCell: (s) => {
      if (s.formula === undefined || s.asPlanned) return undefined;
      const actual = s.actual();
      const expected = s.expected();
      return actual.text === expected.text && actual.guards < expected.guards
        ? { say: (m) => m.blankUnguarded(s.place) }
        : undefined;
    },
  },
});
