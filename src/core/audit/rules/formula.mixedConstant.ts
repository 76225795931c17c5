import type { RefResolver } from "../../formula-parser/compare";
import type { FormulaNode } from "../../formula-parser/parse";
import { formatNumber, formatNumberEn } from "../../messages/validation";
import { auditRule, list, unique } from "../rule";
import { anyCarriesIku } from "../subjects";

const ARITHMETIC: readonly string[] = ["+", "-", "*", "/", "^"];

/** Numbers combined by arithmetic with an IKU call or result, at any nesting level. */
function mixedConstants(
  seq: readonly FormulaNode[],
  resolve: RefResolver,
  resultNames: ReadonlySet<string>,
  out: number[] = []
): number[] {
  // Arithmetic first: without it the (costlier) IKU test cannot matter.
  const hasArithmetic = seq.some((n) => n.type === "op" && ARITHMETIC.includes(n.value));
  if (hasArithmetic && anyCarriesIku(seq, resolve, resultNames)) {
    for (const n of seq) if (n.type === "number") out.push(n.value);
  }
  for (const n of seq) {
    if (n.type === "call") for (const arg of n.args) mixedConstants(arg, resolve, resultNames, out);
    else if (n.type === "group") mixedConstants(n.items, resolve, resultNames, out);
  }
  return out;
}

/** A staff formula combines an IKU result with fixed numbers by arithmetic. */
export const formulaMixedConstant = auditRule({
  id: "formula.mixedConstant",
  severity: "warning",
  label: "Hasil IKU dicampur konstanta",
  labelEn: "IKU result mixed with a constant",
  messages: {
    id: {
      mixedConstant: (numbers: readonly number[]) =>
        `Rumus ini mencampur hasil IKU dengan angka tetap ${list(unique(numbers.map(formatNumber)))}; hasil IKU sebaiknya dipakai apa adanya.`,
    },
    en: {
      mixedConstant: (numbers) =>
        `This formula mixes an IKU result with the fixed number ${list(unique(numbers.map(formatNumberEn)))}; an IKU result is best used as it is.`,
    },
  },
  check: {
    staffFormula: (s) => {
      const numbers = mixedConstants(s.parsed.items, s.resolve, s.ctx.resultNames);
      return numbers.length > 0 ? { say: (m) => m.mixedConstant(numbers) } : undefined;
    },
  },
});
