import { NA_TEXT } from "./aturan";
import { runDef, type FunctionDef, type Result } from "./calculation";
import { CellError, EXCEL_ERROR_TEXT } from "./errors";
import { katalogKinds } from "./katalog/catalogue";
import type { Lang, Messages } from "./messages/types";
import { FUNCTION_NAMESPACE } from "./namespace";
import { genericFunctionName, valueTypeLabel } from "./rules";
import type { ComponentRoleId, KindRule, RuleTable } from "./rules";
import {
  code,
  dl,
  escapeHtml,
  exampleBlock,
  exampleFormula,
  formatNumberId,
  formatResult,
  table,
  type ExampleArg,
} from "./help-html";

/*
 * The help page's section on the generic functions (=IKU.PERSENTASE … one per kind): every
 * fact comes from the kind's record and its value type's record (src/core/rules), and every
 * example and error shown is computed by the core on the record's example arguments.
 */

/** A kind's arguments by name: its roles (a repeating kind has one). */
function argNames(kind: KindRule): readonly ComponentRoleId[] {
  return kind.repeating ? kind.roles.slice(0, 1) : kind.roles;
}

/** =IKU.JUMLAH(bagian, [bagian], …) */
export function genericSyntax(kind: KindRule): string {
  const args = argNames(kind).map((r) => (kind.repeating ? `${r}, [${r}], …` : r));
  return `=${FUNCTION_NAMESPACE}.${genericFunctionName(kind)}(${args.join(", ")})`;
}

/** The kind's formula in words, its K1, K2 named by their roles when each has its own. */
export function kindFormula(kind: KindRule, lang: Lang): string {
  const label = kind.words[lang].label;
  if (kind.repeating) return label;
  return kind.roles.reduce((text, role, i) => text.split(`K${i + 1}`).join(role), label);
}

/** The rules of a kind, one list item each, in the page's words. */
export function kindRules(kind: KindRule, rules: RuleTable, m: Messages): string[] {
  const w = m.help.generic.rule;
  const type = rules.valueTypes[kind.valueType];
  const out = [w.valueType(escapeHtml(valueTypeLabel(type, m.lang)))];
  const d = kind.divisor;
  if (d) {
    out.push(w.divisor(code(kind.roles[d.at]), EXCEL_ERROR_TEXT.DIV0));
    if (d.naWhenAlsoZero !== undefined) {
      const role = kind.roles[d.naWhenAlsoZero];
      out.push(w.naWhenAlsoZero(code(role), code(kind.roles[d.at]), code(`"${NA_TEXT}"`)));
    }
  }
  const s = kind.subset;
  if (s)
    out.push(w.subset(code(kind.roles[s.part]), code(kind.roles[s.whole]), EXCEL_ERROR_TEXT.VALUE));
  out.push(w.empty(EXCEL_ERROR_TEXT.NA));
  return out;
}

interface ErrorCase {
  /** The case in words (HTML: the arguments' names in <code>). */
  when: string;
  args: ExampleArg[];
}

/**
 * The mistakes worth showing for a kind, each the record's example with one argument changed:
 * empty, text, each bound of the value type, the divisor's 0 and the subset's part too large.
 */
function errorCases(kind: KindRule, rules: RuleTable, m: Messages): ErrorCase[] {
  const w = m.help.generic;
  const type = rules.valueTypes[kind.valueType];
  const base = kind.generic.example;
  const role = (i: number) => code(kind.roles[i]);
  const first = role(0);
  const n = (v: number) => (m.lang === "id" ? formatNumberId(v) : String(v));
  const changed = (at: number, value: ExampleArg, also?: [number, ExampleArg]): ExampleArg[] => {
    const args: ExampleArg[] = [...base];
    args[at] = value;
    if (also) args[also[0]] = also[1];
    return args;
  };
  const cases: ErrorCase[] = [
    { when: w.errorCase.empty(first), args: changed(0, "") },
    { when: w.errorCase.text(first), args: changed(0, w.sampleText) },
    { when: w.errorCase.belowMin(first, n(type.minValue)), args: changed(0, type.minValue - 1) },
  ];
  if (type.integer) {
    cases.push({ when: w.errorCase.notWhole(first), args: changed(0, type.minValue + 0.5) });
  }
  if (type.maxValue !== undefined) {
    const max = type.maxValue;
    cases.push({ when: w.errorCase.aboveMax(first, n(max)), args: changed(0, max + 1) });
  }
  const d = kind.divisor;
  if (d) {
    cases.push({ when: w.errorCase.divisorZero(role(d.at)), args: changed(d.at, 0) });
    if (d.naWhenAlsoZero !== undefined) {
      const other = role(d.naWhenAlsoZero);
      cases.push({
        when: w.errorCase.bothZero(other, role(d.at)),
        args: changed(d.at, 0, [d.naWhenAlsoZero, 0]),
      });
    }
  }
  const s = kind.subset;
  if (s) {
    cases.push({
      when: w.errorCase.subset(role(s.part), role(s.whole)),
      args: changed(s.part, base[s.whole] + 1),
    });
  }
  return cases;
}

/** The function table entry of a kind's generic function (of the catalogue's rules). */
function defOf(kind: KindRule, functions: ReadonlyMap<string, FunctionDef>): FunctionDef {
  const def = functions.get(genericFunctionName(kind));
  if (!def) throw new Error(`${genericFunctionName(kind)} is not in the function table`);
  return def;
}

/** What the core gives for a kind's generic function on these arguments. */
export function genericResult(
  kind: KindRule,
  args: readonly ExampleArg[],
  functions: ReadonlyMap<string, FunctionDef>
): Result {
  return runDef(defOf(kind, functions), args);
}

function errorTable(
  kind: KindRule,
  rules: RuleTable,
  m: Messages,
  functions: ReadonlyMap<string, FunctionDef>
): string {
  const fn = genericFunctionName(kind);
  const rows = errorCases(kind, rules, m).map((c) => {
    const result = genericResult(kind, c.args, functions);
    const shown = formatResult(result, m.help);
    return [
      c.when,
      code(exampleFormula(fn, c.args, m.lang === "id")),
      result instanceof CellError ? escapeHtml(shown) : `<strong>${escapeHtml(shown)}</strong>`,
    ];
  });
  return table(m.help.generic.errorHead, rows);
}

function kindSection(
  kind: KindRule,
  rules: RuleTable,
  m: Messages,
  functions: ReadonlyMap<string, FunctionDef>
): string {
  const g = m.help.generic;
  const fn = genericFunctionName(kind);
  const type = rules.valueTypes[kind.valueType];
  const params = argNames(kind).map((role, i) => {
    const ks = kind.repeating
      ? Array.from({ length: kind.count.max }, (_, k) => `K${k + 1}`).join(", ") + ", …"
      : `K${i + 1}`;
    const extra = kind.repeating ? ` <em>(${g.repeating})</em>` : "";
    const meaning = `${g.role[role]}; ${valueTypeLabel(type, m.lang)}`;
    return `<li><code>${escapeHtml(role)}</code> (${ks})${extra}: ${escapeHtml(meaning)}</li>`;
  });
  const description = m.lang === "id" ? kind.generic.description : kind.words.en.result;
  const needs = katalogKinds(rules)[kind.id].needs[m.lang];
  const example = kind.generic.example;
  return [
    `<section class="function" id="${escapeHtml(fn)}">`,
    `<h3>${FUNCTION_NAMESPACE}.${escapeHtml(fn)}</h3>`,
    `<p>${escapeHtml(description)}</p>`,
    `<p class="syntax">${code(genericSyntax(kind))}</p>`,
    dl([
      [m.help.field.params, `<ul class="params">${params.join("")}</ul>`],
      [
        m.help.field.result,
        `${code(kindFormula(kind, m.lang))}: ${escapeHtml(kind.words[m.lang].result)}`,
      ],
      [
        g.field.rules,
        `<ul>${kindRules(kind, rules, m)
          .map((r) => `<li>${r}</li>`)
          .join("")}</ul>`,
      ],
      [
        m.help.field.example,
        exampleBlock(fn, example, genericResult(kind, example, functions), m.help),
      ],
      [g.field.errors, errorTable(kind, rules, m, functions)],
      [g.field.katalog, g.katalogKind(code(kind.id), escapeHtml(needs))],
    ]),
    `</section>`,
  ].join("\n");
}

/** The section: one part per kind of the rule table, anchored by the function's name. */
export function genericSection(
  rules: RuleTable,
  m: Messages,
  glossHeading: string,
  katalogLink: string,
  functions: ReadonlyMap<string, FunctionDef>
): string {
  return [
    `<h2 id="fungsi-umum">${glossHeading}</h2>`,
    `<p>${m.help.generic.intro(katalogLink)}</p>`,
    ...Object.values(rules.kinds).map((kind) => kindSection(kind, rules, m, functions)),
  ].join("\n");
}
