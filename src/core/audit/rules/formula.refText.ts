import { argumentOrder, auditRule, list } from "../rule";

/** An IKU. call of a staff formula takes a number argument from cells holding text. */
export const formulaRefText = auditRule({
  id: "formula.refText",
  severity: "error",
  label: "Merujuk sel teks",
  labelEn: "Refers to a text cell",
  messages: {
    id: {
      refText: (fn: string, param: string, cells: readonly string[]) =>
        `Argumen '${param}' dari ${fn} merujuk sel berisi teks ${list(cells)}; fungsi IKU memerlukan angka.`,
    },
    en: {
      refText: (fn, param, cells) =>
        `Argument '${param}' of ${fn} refers to the text cell ${list(cells)}; IKU functions need numbers.`,
    },
  },
  check: {
    staffFormula: (s) =>
      s
        .arguments()
        .filter((a) => a.text.length > 0)
        .map((a) => ({
          say: (m) => m.refText(a.callName, a.spec.name, a.text),
          order: argumentOrder(a.call, a.argument),
        })),
  },
});
