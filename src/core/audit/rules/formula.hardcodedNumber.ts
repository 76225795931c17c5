import { difference } from "../../formula-parser/compare";
import { formatNumber, formatNumberEn } from "../../messages/validation";
import { auditRule, list, placeWords, unique } from "../rule";
import type { Place } from "../rule";

/** A plan formula cell holds numbers the plan's formula does not. */
export const formulaHardcodedNumber = auditRule({
  id: "formula.hardcodedNumber",
  severity: "error",
  label: "Angka tetap dalam rumus",
  labelEn: "Fixed number in the formula",
  messages: {
    id: {
      hardcodedNumber: (where: Place, numbers: readonly number[]) =>
        `${placeWords.id(where)} memuat angka tetap ${list(unique(numbers.map(formatNumber)))} yang tidak ada dalam rumus IKU (misalnya dikali 1,1): hasil tidak murni dari data.`,
    },
    en: {
      hardcodedNumber: (where, numbers) =>
        `${placeWords.en(where)} contains the fixed number ${list(unique(numbers.map(formatNumberEn)))}, which is not in the IKU formula (e.g. multiplied by 1.1): the result no longer comes from the data alone.`,
    },
  },
  check: {
    planCell: (s) => {
      if (s.formula === undefined || s.asPlanned) return undefined;
      const actual = s.actual();
      const expected = s.expected();
      if (actual.text === expected.text) return undefined;
      const extra = difference(actual.numbers, expected.numbers);
      return extra.length > 0 ? { say: (m) => m.hardcodedNumber(s.place, extra) } : undefined;
    },
  },
});
