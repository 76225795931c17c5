import { auditRule, list, placeWords } from "../rule";
import type { Place } from "../rule";
import type { ErrorCause } from "../subjects";

const unknownNames = (cause: ErrorCause | undefined) =>
  cause?.kind === "unknownName" ? cause.names : undefined;

/** A formula shows #NAME? because it uses names the workbook does not have. */
export const formulaUnknownName = auditRule({
  id: "formula.unknownName",
  severity: "error",
  label: "Nama tidak dikenal",
  labelEn: "Unknown name",
  messages: {
    id: {
      unknownName: (where: Place, names: readonly string[]) =>
        `${placeWords.id(where)} menampilkan #NAME?: rumus memakai nama ${list(names)} yang tidak ada di buku kerja ini.`,
    },
    en: {
      unknownName: (where, names) =>
        `${placeWords.en(where)} shows #NAME?: the formula uses the name ${list(names)}, which does not exist in this workbook.`,
    },
  },
  check: {
    planCell: (s) => {
      const names = s.formula !== undefined ? unknownNames(s.errorCause()) : undefined;
      return names ? { say: (m) => m.unknownName(s.place, names) } : undefined;
    },
    staffFormula: (s) => {
      const names = unknownNames(s.errorCause());
      return names ? { say: (m) => m.unknownName(s.place, names) } : undefined;
    },
  },
});
