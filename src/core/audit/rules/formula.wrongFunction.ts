import { difference } from "../../formula-parser/compare";
import { isIkuFunction } from "../../formula-parser/parse";
import { auditRule, list, placeWords, unique } from "../rule";
import type { Place } from "../rule";

/** A plan formula cell calls other functions than the plan's. */
export const formulaWrongFunction = auditRule({
  id: "formula.wrongFunction",
  severity: "error",
  label: "Fungsi salah",
  labelEn: "Wrong function",
  messages: {
    id: {
      wrongFunction: (where: Place, found: readonly string[], expected: readonly string[]) =>
        `${placeWords.id(where)} memanggil ${found.length ? list(found) : "tidak ada fungsi"}${
          expected.length
            ? `, seharusnya ${list(expected)}`
            : ", padahal rancangan tidak memakai fungsi itu"
        }.`,
    },
    en: {
      wrongFunction: (where, found, expected) =>
        `${placeWords.en(where)} calls ${found.length ? list(found) : "no function"}${
          expected.length ? `; it should call ${list(expected)}` : ", which the design does not use"
        }.`,
    },
  },
  check: {
    planCell: (s) => {
      if (s.formula === undefined || s.asPlanned) return undefined;
      const actual = s.actual();
      const expected = s.expected();
      if (actual.text === expected.text) return undefined;
      const extra = difference(actual.functions, expected.functions);
      const missing = difference(expected.functions, actual.functions);
      if (extra.length === 0 && missing.length === 0) return undefined;
      // The IKU. functions when the plan calls one, else the functions that differ.
      const ikuExpected = expected.functions.filter(isIkuFunction);
      const ikuFound = actual.functions.filter(isIkuFunction);
      const shownExpected = unique(ikuExpected.length > 0 ? ikuExpected : missing);
      const shownFound = unique(ikuExpected.length > 0 && ikuFound.length > 0 ? ikuFound : extra);
      return { say: (m) => m.wrongFunction(s.place, shownFound, shownExpected) };
    },
  },
});
