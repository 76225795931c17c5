import { difference } from "../../formula-parser/compare";
import { auditRule, list, placeWords, unique } from "../rule";
import type { Place } from "../rule";

/** The keys of `a` at the positions where `a` and `b` differ. */
function ordered(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((k, i) => b[i] !== k);
}

/**
 * A plan formula cell refers to the plan's cells, in another order, with the plan's functions
 * (another function is formula.wrongFunction's finding).
 */
export const formulaSwappedArguments = auditRule({
  id: "formula.swappedArguments",
  severity: "error",
  label: "Argumen tertukar",
  labelEn: "Arguments swapped",
  messages: {
    id: {
      swapped: (where: Place, found: readonly string[], expected: readonly string[]) =>
        `${placeWords.id(where)}: urutan argumen tertukar (${list(found)}); seharusnya ${list(expected)}, misalnya pembilang dan penyebut terbalik.`,
    },
    en: {
      swapped: (where, found, expected) =>
        `${placeWords.en(where)}: the arguments are in the wrong order (${list(found)}); it should be ${list(expected)}, e.g. numerator and denominator swapped.`,
    },
  },
  check: {
    planCell: (s) => {
      if (s.formula === undefined || s.asPlanned) return undefined;
      const actual = s.actual();
      const expected = s.expected();
      if (actual.text === expected.text) return undefined;
      const actualKeys = actual.refs.map((r) => r.key);
      const expectedKeys = expected.refs.map((r) => r.key);
      const sameRefs =
        difference(actualKeys, expectedKeys).length === 0 &&
        difference(expectedKeys, actualKeys).length === 0;
      const sameFunctions =
        difference(actual.functions, expected.functions).length === 0 &&
        difference(expected.functions, actual.functions).length === 0;
      if (!sameRefs || !sameFunctions || actualKeys.join("|") === expectedKeys.join("|"))
        return undefined;
      const names = (keys: string[]) => unique(keys.map((k) => k.slice(2)));
      const found = names(ordered(actualKeys, expectedKeys));
      const wanted = names(ordered(expectedKeys, actualKeys));
      return { say: (m) => m.swapped(s.place, found, wanted) };
    },
  },
});
