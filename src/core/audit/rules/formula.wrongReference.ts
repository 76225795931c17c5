import { difference } from "../../formula-parser/compare";
import type { RefIdentity } from "../../formula-parser/compare";
import { auditRule, list, placeWords, unique } from "../rule";
import type { Place } from "../rule";

/** How a reference is named in messages: its name, or sheet!A1 as written. */
function refWords(id: RefIdentity): string {
  if (id.key.startsWith("N:") || id.key.startsWith("X:")) return id.key.slice(2);
  return id.text.split("$").join("");
}

/** A plan formula cell refers to other cells than the plan's. */
export const formulaWrongReference = auditRule({
  id: "formula.wrongReference",
  severity: "error",
  label: "Rujukan sel salah",
  labelEn: "Wrong cell reference",
  messages: {
    id: {
      wrongReference: (where: Place, extra: readonly string[], missing: readonly string[]) =>
        `${placeWords.id(where)} merujuk ${extra.length ? list(extra) : "sel lain"}${
          missing.length ? ` alih-alih ${list(missing)}` : ""
        }: bukan sel masukan indikator ini.`,
    },
    en: {
      wrongReference: (where, extra, missing) =>
        `${placeWords.en(where)} refers to ${extra.length ? list(extra) : "another cell"}${
          missing.length ? ` instead of ${list(missing)}` : ""
        }: not an input cell of this indicator.`,
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
      const extra = difference(actualKeys, expectedKeys);
      const missing = difference(expectedKeys, actualKeys);
      if (extra.length === 0 && missing.length === 0) return undefined;
      const extraWords = unique(
        extra.map((k) => refWords(actual.refs.find((r) => r.key === k) as RefIdentity))
      );
      const missingWords = unique(missing.map((k) => k.slice(2)));
      return { say: (m) => m.wrongReference(s.place, extraWords, missingWords) };
    },
  },
});
