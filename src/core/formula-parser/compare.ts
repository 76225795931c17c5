import type { AnalysisCache } from "../cache";
import { parseRef, rangeText, splitSheet } from "./address";
import type { ParsedRef } from "./address";
import { parseFormula } from "./parse";
import type { FormulaNode, ParsedFormula } from "./parse";

/**
 * Normalized formulas. Two formulas are the same when their token trees are the same after
 * normalization: function names and references in upper case, no spaces, no $ signs, and every
 * reference replaced by its identity (a defined name of the plan, or sheet!range), so
 * `IKU06_PEMBILANG`, `$J$12`, `J12` and `'IKU 2026'!J12` are one reference when they point at the
 * same cell.
 */

export interface RefIdentity {
  /** "N:IKU06_PEMBILANG" for a plan name (or a cell one points at), else "C:SHEET!J12:J14" / "X:NAME". */
  key: string;
  /** Whether the formula wrote it as a defined name (not as an A1 reference). */
  byName: boolean;
  /** As written in the formula. */
  text: string;
  /** The cells it covers, when known. */
  target?: { sheet: string; ref: ParsedRef };
}

export type RefResolver = (text: string) => RefIdentity;

export interface CanonicalFormula {
  /** Normalized text; equal texts mean equal formulas. */
  text: string;
  /** References in reading order. */
  refs: RefIdentity[];
  /** Numeric constants in reading order. */
  numbers: number[];
  /** Function names in reading order (outermost first at each level). */
  functions: string[];
  /** Error constants (#VALUE!, #N/A …) written in the formula. */
  errors: string[];
  /**
   * Blank guards `IF(ISBLANK(x),"",x)` folded into their reference `x` (see blankGuardRef): the
   * text compares as if the guard were not there, and this counts the guards.
   */
  guards: number;
  broken: boolean;
}

/**
 * The reference a blank guard `IF(ISBLANK(x),"",x)` wraps, or null when `node` is not one. The
 * generated sheet wraps each typed input of a custom-function call in it (sheet/formula-text.ts), so
 * every host hands a blank as empty text; the guard changes nothing else, so comparisons see
 * through it and report a missing guard on its own.
 */
export function blankGuardRef(node: FormulaNode, resolve: RefResolver): FormulaNode | null {
  if (node.type !== "call" || node.name !== "IF" || node.args.length !== 3) return null;
  const [test, then, otherwise] = node.args;
  if (test.length !== 1 || then.length !== 1 || otherwise.length !== 1) return null;
  const [isBlank, empty, ref] = [test[0], then[0], otherwise[0]];
  if (isBlank.type !== "call" || isBlank.name !== "ISBLANK" || isBlank.args.length !== 1)
    return null;
  const tested = isBlank.args[0];
  if (tested.length !== 1 || tested[0].type !== "ref" || ref.type !== "ref") return null;
  if (empty.type !== "text" || empty.value !== "") return null;
  return resolve(tested[0].text).key === resolve(ref.text).key ? ref : null;
}

function canonicalNodes(
  items: readonly FormulaNode[],
  resolve: RefResolver,
  out: CanonicalFormula
): string {
  const parts: string[] = [];
  for (const node of items) {
    switch (node.type) {
      case "call": {
        const guarded = blankGuardRef(node, resolve);
        if (guarded) {
          out.guards++;
          parts.push(canonicalNodes([guarded], resolve, out));
          break;
        }
        out.functions.push(node.name);
        parts.push(
          `${node.name}(${node.args.map((a) => canonicalNodes(a, resolve, out)).join(",")})`
        );
        break;
      }
      case "group":
        parts.push(`(${canonicalNodes(node.items, resolve, out)})`);
        break;
      case "ref": {
        const id = resolve(node.text);
        out.refs.push(id);
        parts.push(`[${id.key}]`);
        break;
      }
      case "number":
        out.numbers.push(node.value);
        parts.push(String(node.value));
        break;
      case "text":
        parts.push(JSON.stringify(node.value));
        break;
      case "logical":
        parts.push(node.value ? "TRUE" : "FALSE");
        break;
      case "error":
        out.errors.push(node.value);
        parts.push(node.value);
        break;
      case "array":
        parts.push(node.text);
        break;
      case "op":
        parts.push(node.value);
        break;
    }
  }
  return parts.join(" ");
}

export function canonicalize(
  formula: string | ParsedFormula,
  resolve: RefResolver,
  cache?: AnalysisCache
): CanonicalFormula {
  const parsed = typeof formula === "string" ? parseFormula(formula, cache) : formula;
  const out: CanonicalFormula = {
    text: "",
    refs: [],
    numbers: [],
    functions: [],
    errors: [],
    guards: 0,
    broken: parsed.broken,
  };
  out.text = canonicalNodes(parsed.items, resolve, out);
  return out;
}

/**
 * A resolver for formulas on `formulaSheet`: A1 references become sheet!range (or the plan
 * name that points at that cell), names become their plan name.
 *
 * - `planNames`: the plan's defined names (upper case);
 * - `nameAtCell`: which plan name points at a cell (key "SHEET!A1", upper case), in this workbook;
 * - `otherName`: where a name outside the plan points (for staff-made names), if anywhere.
 */
export function makeResolver(options: {
  formulaSheet: string;
  planNames: ReadonlySet<string>;
  nameAtCell: ReadonlyMap<string, string>;
  otherName?: (name: string) => { sheet: string; ref: ParsedRef } | undefined;
  sheetName?: (name: string) => string;
}): RefResolver {
  const { formulaSheet, planNames, nameAtCell } = options;
  const sheetName = options.sheetName ?? ((s: string) => s);
  const cellIdentity = (
    text: string,
    sheet: string,
    ref: ParsedRef,
    byName: boolean
  ): RefIdentity => {
    const range = rangeText(ref);
    const target = { sheet, ref };
    const named =
      range.indexOf(":") < 0 ? nameAtCell.get(`${sheet.toUpperCase()}!${range}`) : undefined;
    if (named) return { key: `N:${named}`, byName, text, target };
    return { key: `C:${sheet.toUpperCase()}!${range}`, byName, text, target };
  };
  return (text: string) => {
    const ref = parseRef(text);
    if (ref) return cellIdentity(text, sheetName(ref.sheet ?? formulaSheet), ref, false);
    // A defined name, possibly sheet-qualified for sheet-scoped names ('IKU 2026'!IKU06_HASIL).
    const name = splitSheet(text).local.toUpperCase();
    if (planNames.has(name)) return { key: `N:${name}`, byName: true, text };
    const other = options.otherName?.(name);
    if (other) return cellIdentity(text, sheetName(other.sheet), other.ref, true);
    return { key: `X:${name}`, byName: true, text };
  };
}

/** Counts of each item; used to compare references and numbers as multisets. */
export function multiset<T>(items: readonly T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}

/** Items of `a` not matched in `b` (multiset difference), in `a`'s order. */
export function difference<T>(a: readonly T[], b: readonly T[]): T[] {
  const left = multiset(b);
  const out: T[] = [];
  for (const item of a) {
    const n = left.get(item) ?? 0;
    if (n > 0) left.set(item, n - 1);
    else out.push(item);
  }
  return out;
}
