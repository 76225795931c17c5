import { mentionsIku } from "../../../src/core/audit/audit";

/** The pre-filter's reference: what the upper-cased text shows. */
const reference = (formula: string, sheetText: string) => {
  const upper = formula.toUpperCase();
  return upper.includes("IKU") || upper.includes(sheetText);
};

describe("mentionsIku (the audit's pre-filter)", () => {
  const cases = [
    "=IKU.PERSENTASE(C6,B6)",
    "=iku.rasio(A1,B1)",
    "=SUM(F6:I6)",
    '=IF(IKU06_HASIL>=IKU06_TARGET,"Tercapai","Belum")',
    "=KALI(A1)+IKU01_NILAI",
    "=K1+IK+KU",
    "=ıku.rasio(A1,B1)", // dotless i upper-cases to I
    "=ﬁku(A1)", // the ligature upper-cases to FI
    "='iku 2026'!A1",
    "='Kinerja'!A1",
    "=KINERJA!A1*2",
    "=A1*k",
    "=K",
  ];
  test.each(cases)("%s: as the upper-cased text shows", (formula) => {
    for (const sheetText of ["IKU 2026", "KINERJA", "TARGET 2026"]) {
      expect(mentionsIku(formula, sheetText, sheetText.includes("K"))).toBe(
        reference(formula, sheetText)
      );
    }
  });
});
