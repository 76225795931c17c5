import type { AnalysisCache } from "../cache";
import { tokenize } from "excel-formula-tokenizer";
import type { Token } from "excel-formula-tokenizer";
import { FUNCTION_PREFIX } from "../namespace";

/**
 * Formulas are read through excel-formula-tokenizer (never with regular expressions on the
 * formula text) and folded into a small tree: function calls with their arguments, groups in
 * parentheses, and leaves (references, numbers, text, logicals, errors, operators). Operator
 * precedence is not needed by the audit, so an expression stays a flat list of nodes.
 */

export type FormulaNode =
  | {
      type: "call";
      /** Upper case, Excel's hidden prefixes removed. */ name: string;
      args: FormulaNode[][];
    }
  | { type: "group"; items: FormulaNode[] }
  | { type: "array"; text: string }
  | { type: "ref"; /** As written (sheet, $ and case kept). */ text: string }
  | { type: "number"; value: number; text: string }
  | { type: "text"; value: string }
  | { type: "logical"; value: boolean }
  | { type: "error"; value: string }
  | { type: "op"; value: string };

export interface ParsedFormula {
  /** The expression of the formula (without the leading "="). */
  items: FormulaNode[];
  /** True when the tokenizer met something it could not place (unbalanced parentheses, …). */
  broken: boolean;
}

/** Prefixes Excel adds to function names in stored formulas (future functions, unknown UDFs). */
const HIDDEN_PREFIXES = ["_XLFN._XLWS.", "_XLFN.", "_XLUDF.", "_XLDUDF_"];

export function normalizeFunctionName(raw: string): string {
  let name = raw.toUpperCase();
  for (const prefix of HIDDEN_PREFIXES) {
    if (name.startsWith(prefix)) name = name.slice(prefix.length);
  }
  return name;
}

/** Whether a cell's content (from range.formulas) is a formula. */
export function isFormulaText(content: unknown): content is string {
  // charCodeAt: this runs for every cell of a workbook in the audit's walk. 61 is "=".
  return typeof content === "string" && content.length > 1 && content.charCodeAt(0) === 61;
}

export function tokenizeFormula(formula: string): Token[] {
  return tokenize(formula);
}

/**
 * Parses a formula ("=…"). Never throws: a formula it cannot read is returned as broken. With a
 * cache (the caller's), each text is read once.
 */
export function parseFormula(formula: string, cache?: AnalysisCache): ParsedFormula {
  return cache ? cache.parsed(formula, parseText) : parseText(formula);
}

function parseText(formula: string): ParsedFormula {
  let tokens: Token[];
  try {
    tokens = tokenizeFormula(formula);
  } catch {
    return { items: [], broken: true };
  }
  let pos = 0;
  let broken = false;

  // Reads nodes until the closing token of the current call/group (or the end).
  const readSequence = (inCall: boolean): FormulaNode[][] => {
    const args: FormulaNode[][] = [[]];
    while (pos < tokens.length) {
      const t = tokens[pos];
      if ((t.type === "function" || t.type === "subexpression") && t.subtype === "stop") {
        pos++;
        return args;
      }
      if (t.type === "argument") {
        pos++;
        if (inCall) args.push([]);
        else args[args.length - 1].push({ type: "op", value: "," });
        continue;
      }
      args[args.length - 1].push(readNode());
    }
    // Ran out of tokens inside a call or group: Excel would not accept this formula.
    if (inCall) broken = true;
    return args;
  };

  const readArray = (): FormulaNode => {
    // Array constants {1,2;3,4}: kept as their canonical text, enough to compare them.
    const parts: string[] = [];
    let depth = 0;
    while (pos < tokens.length) {
      const t = tokens[pos++];
      if (t.type === "function" && t.subtype === "start") depth++;
      else if (t.type === "function" && t.subtype === "stop") {
        depth--;
        if (depth === 0) break;
      } else parts.push(t.value.toUpperCase());
    }
    return { type: "array", text: `{${parts.join(",")}}` };
  };

  const readNode = (): FormulaNode => {
    const t = tokens[pos];
    if (t.type === "function" && t.subtype === "start") {
      if (t.value === "ARRAY") return readArray();
      pos++;
      const args = readSequence(true);
      // "F()" has one empty argument list: no arguments.
      const clean = args.length === 1 && args[0].length === 0 ? [] : args;
      return { type: "call", name: normalizeFunctionName(t.value), args: clean };
    }
    if (t.type === "subexpression" && t.subtype === "start") {
      pos++;
      const seq = readSequence(false);
      return { type: "group", items: seq[0] };
    }
    pos++;
    if (t.type === "operand") {
      switch (t.subtype) {
        case "number":
          return { type: "number", value: Number(t.value), text: t.value };
        case "text":
          return { type: "text", value: t.value };
        case "logical":
          return { type: "logical", value: t.value.toUpperCase() === "TRUE" };
        case "error":
          return { type: "error", value: t.value.toUpperCase() };
        default:
          return { type: "ref", text: t.value };
      }
    }
    if (t.type === "unknown") broken = true;
    return { type: "op", value: t.value };
  };

  const items: FormulaNode[] = [];
  while (pos < tokens.length) {
    const t = tokens[pos];
    if ((t.type === "function" || t.type === "subexpression") && t.subtype === "stop") {
      // A stray ")" with nothing open.
      broken = true;
      pos++;
      continue;
    }
    items.push(readNode());
  }
  return { items, broken };
}

/** Visits every node depth-first (calls before their arguments). */
export function walk(items: readonly FormulaNode[], visit: (node: FormulaNode) => void): void {
  for (const node of items) {
    visit(node);
    if (node.type === "call") node.args.forEach((arg) => walk(arg, visit));
    else if (node.type === "group") walk(node.items, visit);
  }
}

/** Every call in the formula, outermost first. */
export function calls(items: readonly FormulaNode[]): Extract<FormulaNode, { type: "call" }>[] {
  const out: Extract<FormulaNode, { type: "call" }>[] = [];
  collectCalls(items, out);
  return out;
}

/** walk's order without a visitor closure: the audit collects calls of every staff formula. */
function collectCalls(
  items: readonly FormulaNode[],
  out: Extract<FormulaNode, { type: "call" }>[]
): void {
  for (const node of items) {
    if (node.type === "call") {
      out.push(node);
      for (const arg of node.args) collectCalls(arg, out);
    } else if (node.type === "group") collectCalls(node.items, out);
  }
}

/** Whether a called function is one of the add-in's (IKU.CAPAIAN). */
export function isIkuFunction(name: string): boolean {
  return name.startsWith(FUNCTION_PREFIX);
}
