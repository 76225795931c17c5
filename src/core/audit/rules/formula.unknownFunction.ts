import { argumentOrder, auditRule } from "../rule";

/** A staff formula calls an IKU. function the add-in does not have. */
export const formulaUnknownFunction = auditRule({
  id: "formula.unknownFunction",
  severity: "error",
  label: "Fungsi IKU tidak dikenal",
  labelEn: "Unknown IKU function",
  messages: {
    id: {
      unknownFunction: (fn: string) =>
        `Fungsi ${fn} tidak ada dalam add-in IKU (salah ketik nama fungsi?).`,
    },
    en: {
      unknownFunction: (fn) =>
        `The function ${fn} is not part of the IKU add-in (a typo in the name?).`,
    },
  },
  check: {
    staffFormula: (s) =>
      s.ikuCalls.flatMap((call, i) =>
        call.def ? [] : [{ say: (m) => m.unknownFunction(call.name), order: argumentOrder(i, -1) }]
      ),
  },
});
