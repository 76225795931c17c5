import { auditRule, list, placeWords, unique } from "../rule";
import type { Place } from "../rule";

/** A plan formula cell reads as the plan's, with A1 addresses where the plan writes names. */
export const formulaA1Reference = auditRule({
  id: "formula.a1Reference",
  severity: "warning",
  label: "Rujukan A1, bukan nama",
  labelEn: "A1 reference, not a name",
  messages: {
    id: {
      a1Reference: (where: Place, refs: readonly string[]) =>
        `${placeWords.id(where)} merujuk sel yang benar dengan alamat A1 (${list(refs)}), bukan dengan nama IKU; hasilnya benar, tetapi rumus tidak lagi sama dengan rancangan dan mudah rusak bila disalin.`,
    },
    en: {
      a1Reference: (where, refs) =>
        `${placeWords.en(where)} refers to the right cells by A1 address (${list(refs)}), not by IKU name; the result is right, but the formula no longer matches the design and breaks easily when copied.`,
    },
  },
  check: {
    planCell: (s) => {
      if (s.formula === undefined || s.asPlanned) return undefined;
      const actual = s.actual();
      const expected = s.expected();
      if (actual.text !== expected.text) return undefined;
      const a1 = actual.refs.filter((r, i) => !r.byName && expected.refs[i]?.byName);
      if (a1.length === 0) return undefined;
      const refs = unique(a1.map((r) => r.text.split("$").join("")));
      return { say: (m) => m.a1Reference(s.place, refs) };
    },
  },
});
