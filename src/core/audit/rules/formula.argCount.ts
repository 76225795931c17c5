import type { FunctionDef } from "../../calculation";
import { argumentOrder, auditRule } from "../rule";

/** The arity of a function of the IKU namespace, from the function table (catalogue). */
function arity(def: FunctionDef): { min: number; max: number | null } {
  if (def.repeating) return { min: 1, max: null };
  return { min: def.args.filter((a) => !a.optional).length, max: def.args.length };
}

const arityWords = {
  id: (min: number, max: number | null) =>
    max === null ? `paling sedikit ${min}` : min === max ? `${min}` : `${min}–${max}`,
  en: (min: number, max: number | null) =>
    max === null ? `at least ${min}` : min === max ? `${min}` : `${min}–${max}`,
};

/** A staff formula calls an IKU. function with too few or too many arguments. */
export const formulaArgCount = auditRule({
  id: "formula.argCount",
  severity: "error",
  label: "Jumlah argumen salah",
  labelEn: "Wrong number of arguments",
  messages: {
    id: {
      argCount: (fn: string, min: number, max: number | null, got: number) =>
        `Fungsi ${fn} menerima ${arityWords.id(min, max)} argumen, tetapi diberi ${got}.`,
    },
    en: {
      argCount: (fn, min, max, got) => {
        const expected = arityWords.en(min, max);
        return `The function ${fn} takes ${expected} argument${expected === "1" ? "" : "s"}, but was given ${got}.`;
      },
    },
  },
  check: {
    staffFormula: (s) =>
      s.ikuCalls.flatMap((call, i) => {
        if (!call.def) return [];
        const { min, max } = arity(call.def);
        const got = call.args.length;
        if (got >= min && (max === null || got <= max)) return [];
        return [{ say: (m) => m.argCount(call.name, min, max, got), order: argumentOrder(i, -1) }];
      }),
  },
});
