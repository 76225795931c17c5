import { CATALOGUE, functionParams } from "./catalogue";
import type { Catalogue, HelperFunction, Indicator } from "./catalogue";
import { KINDS, genericFunctionName, rulesOf, valueTypeLabel } from "./rules";
import type { RuleTable } from "./rules";
import { EXCEL_ERROR_TEXT } from "./errors";
import {
  buildFunctionTable,
  KATEGORI_BOUNDS,
  PREDIKAT_BOUNDS,
  runDef,
  runFunction,
  type FunctionDef,
  type Result,
} from "./calculation";
import { genericSection } from "./help-generic";
import {
  dl,
  escapeHtml,
  exampleBlock as exampleHtml,
  formatResult as formatResultIn,
  row,
  type ExampleArg,
} from "./help-html";
import { katalogSection } from "./help-katalog";
import { lkjipSection } from "./help-lkjip";
import { RENSTRA_ANCHOR, renstraSection } from "./help-renstra";
import { messagesFor } from "./messages";
import { functionMessages as M } from "./messages/functions";
import type { HelpWords, Lang, Messages } from "./messages/types";
import { FUNCTION_NAMESPACE } from "./namespace";

export { escapeHtml, exampleFormula, formatNumberId } from "./help-html";

/*
 * The help page of the custom functions (dist/help.html, the target of every function's
 * @helpurl), built from the catalogue: nothing here repeats an indicator's text, its words come
 * from the message catalogue (src/core/messages, `help`), and every example result is computed
 * by the core. Pure: returns an HTML string.
 */

export const HELP_PAGE = "help.html";
/** The same page in English, next to it (both link each other). */
export const HELP_PAGE_EN = "help-en.html";

/** The file of the help page in a language. */
export function helpPageFile(lang: Lang): string {
  return lang === "en" ? HELP_PAGE_EN : HELP_PAGE;
}
/** Where the add-in is served in development; production builds replace it (ADDIN_BASE_URL). */
export const DEV_BASE_URL = "https://localhost:3000";

/** Anchor of a function on the help page: the indicator code, or the helper's name. */
export function helpAnchor(functionName: string, catalogue: Catalogue = CATALOGUE): string {
  // A helper first: Katalog indicators share their kind's generic function (IKU.PERSENTASE).
  if (catalogue.helpers.some((h) => h.functionName === functionName)) return functionName;
  const indicator = catalogue.indicators.find((i) => i.functionName === functionName);
  if (indicator) return indicator.code;
  throw new Error(`${functionName} is not a function of the catalogue`);
}

export function helpUrl(
  functionName: string,
  baseUrl: string = DEV_BASE_URL,
  catalogue: Catalogue = CATALOGUE
): string {
  return `${baseUrl.replace(/\/+$/, "")}/${HELP_PAGE}#${helpAnchor(functionName, catalogue)}`;
}

/** What an indicator function returns, in words (help page and the @returns tag): its kind's. */
export function resultDescription(indicator: Indicator, lang: Lang = "id"): string {
  return KINDS[indicator.kind].words[lang].result;
}

interface ParamView {
  name: string;
  description: string;
  optional: boolean;
  repeating: boolean;
  matrix?: boolean;
}

/** The parameters of any function of the catalogue, in argument order. */
export function paramsOf(functionName: string, catalogue: Catalogue = CATALOGUE): ParamView[] {
  const indicator = catalogue.indicators.find((i) => i.functionName === functionName);
  if (indicator) return functionParams(indicator).map((p) => ({ ...p, optional: false }));
  const helper = catalogue.helpers.find((h) => h.functionName === functionName);
  if (!helper) throw new Error(`${functionName} is not a function of the catalogue`);
  return helper.params.map((p) => ({ ...p, repeating: p.repeating === true }));
}

/** e.g. =IKU.CAPAIAN(realisasi, target, [polaritas]) */
export function functionSyntax(functionName: string, catalogue: Catalogue = CATALOGUE): string {
  const args = paramsOf(functionName, catalogue).map((p) => {
    if (p.repeating) return `${p.name}, [${p.name}], …`;
    return p.optional ? `[${p.name}]` : p.name;
  });
  return `=${FUNCTION_NAMESPACE}.${functionName}(${args.join(", ")})`;
}

/** The example's result, computed by the core. */
export function exampleResult(functionName: string, args: readonly ExampleArg[]): Result {
  return runFunction(functionName, args);
}

export function formatResult(result: Result, words: HelpWords = messagesFor("id").help): string {
  return formatResultIn(result, words);
}

/** An example and its result, computed by the core with the page's function table. */
function exampleBlock(
  functionName: string,
  args: readonly ExampleArg[],
  w: HelpWords,
  functions: ReadonlyMap<string, FunctionDef>
): string {
  const def = functions.get(functionName);
  const result = def ? runDef(def, args) : exampleResult(functionName, args);
  return exampleHtml(functionName, args, result, w);
}

function paramsBlock(functionName: string, catalogue: Catalogue, w: HelpWords): string {
  const items = paramsOf(functionName, catalogue).map((p) => {
    const flags = [p.optional ? w.optional : "", p.repeating ? w.repeating : ""]
      .filter(Boolean)
      .join(", ");
    const suffix = flags ? ` <em>(${flags})</em>` : "";
    return `<li><code>${escapeHtml(p.name)}</code>${suffix}: ${escapeHtml(p.description)}</li>`;
  });
  return `<ul class="params">${items.join("")}</ul>`;
}

/** Each component's aggregation over the quarters, with what it means and why it was chosen. */
function agregasiBlock(indicator: Indicator, w: HelpWords): string {
  const items = indicator.components.map((c) => {
    const why = c.agregasiAlasan ? ` ${escapeHtml(c.agregasiAlasan)}` : "";
    return `<li>${escapeHtml(c.label)}: <code>${c.agregasi}</code> (${w.agregasiMeaning[c.agregasi]}).${why}</li>`;
  });
  return `<ul class="params">${items.join("")}</ul>`;
}

function indicatorSection(
  indicator: Indicator,
  catalogue: Catalogue,
  m: Messages,
  functions: ReadonlyMap<string, FunctionDef>
): string {
  const w = m.help;
  const sasaran = catalogue.sasaran.find((s) => s.code === indicator.sasaran);
  const fn = indicator.functionName;
  const notes = indicator.notes.length
    ? `<ul class="notes">${indicator.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>`
    : w.noNotes;
  return [
    `<section class="function" id="${escapeHtml(indicator.code)}">`,
    `<h3>${m.terms.iku(indicator.order)} · ${escapeHtml(indicator.name)}</h3>`,
    `<p>${escapeHtml(indicator.functionDescription)}</p>`,
    `<p class="syntax"><code>${escapeHtml(functionSyntax(fn, catalogue))}</code></p>`,
    dl([
      [w.field.sasaran, escapeHtml(sasaran ? `${sasaran.no}. ${sasaran.name}` : indicator.sasaran)],
      [w.field.formulaDocument, escapeHtml(indicator.formulaDocument)],
      [w.field.formulaReading, escapeHtml(indicator.formulaReading)],
      [w.field.params, paramsBlock(fn, catalogue, w)],
      [w.field.result, escapeHtml(resultDescription(indicator, m.lang))],
      [w.field.example, exampleBlock(fn, indicator.example, w, functions)],
      [w.field.satuan, escapeHtml(indicator.satuan)],
      [w.field.polarity, escapeHtml(indicator.polarity)],
      [w.field.penanggungJawab, escapeHtml(indicator.penanggungJawab)],
      [w.field.sumberData, escapeHtml(indicator.sumberData)],
      [w.field.agregasi, agregasiBlock(indicator, w)],
      [w.field.notes, notes],
    ]),
    `</section>`,
  ].join("\n");
}

function helperSection(
  helper: HelperFunction,
  catalogue: Catalogue,
  w: HelpWords,
  functions: ReadonlyMap<string, FunctionDef>
): string {
  const fn = helper.functionName;
  return [
    `<section class="function" id="${escapeHtml(fn)}">`,
    `<h3>${escapeHtml(fn)}</h3>`,
    `<p>${escapeHtml(helper.description)}</p>`,
    `<p class="syntax"><code>${escapeHtml(functionSyntax(fn, catalogue))}</code></p>`,
    dl([
      [w.field.params, paramsBlock(fn, catalogue, w)],
      [w.field.result, escapeHtml(helper.result)],
      [w.field.example, exampleBlock(fn, helper.example, w, functions)],
    ]),
    `</section>`,
  ].join("\n");
}

function predikatTable(w: HelpWords): string {
  const rows = PREDIKAT_BOUNDS.map(([bound, label], i) => {
    const upper = i === 0 ? 100 : PREDIKAT_BOUNDS[i - 1][0];
    return row([`&gt; ${bound} – ${upper}`, label, escapeHtml(w.predikatMeaning[label])]);
  });
  const lowest = PREDIKAT_BOUNDS[PREDIKAT_BOUNDS.length - 1][0];
  rows.push(row([`0 – ${lowest}`, "D", escapeHtml(w.predikatMeaning.D)]));
  return `<table><thead>${row(w.predikatHead, true)}</thead><tbody>${rows.join("")}</tbody></table>`;
}

function kategoriTable(w: HelpWords): string {
  const rows = KATEGORI_BOUNDS.map(([bound, label], i) => {
    const range = i === 0 ? `&gt; ${bound}` : `&gt; ${bound} – ${KATEGORI_BOUNDS[i - 1][0]}`;
    return row([range, escapeHtml(label)]);
  });
  const lowest = KATEGORI_BOUNDS[KATEGORI_BOUNDS.length - 1][0];
  rows.push(row([`≤ ${lowest}`, "Sangat Rendah"]));
  return `<table><thead>${row(w.kategoriHead, true)}</thead><tbody>${rows.join("")}</tbody></table>`;
}

/** A heading in the page's language with its gloss in the other one. */
function glossed(m: Messages, other: Messages, pick: (w: HelpWords) => string): string {
  return `${pick(m.help)} <span lang="${other.lang}">/ ${pick(other.help)}</span>`;
}

/**
 * The rule on the indicator functions' arguments, from the value types their components use:
 * the type most indicators use, then each other one with the indicators that use it.
 */
function valueTypesRule(catalogue: Catalogue, rules: RuleTable, m: Messages): string {
  const users = new Map<string, number[]>();
  for (const indicator of catalogue.indicators) {
    for (const type of new Set(indicator.components.map((c) => c.valueType))) {
      users.set(type, [...(users.get(type) ?? []), indicator.order]);
    }
  }
  const byUse = [...users].sort((a, b) => b[1].length - a[1].length);
  const label = (id: string) =>
    escapeHtml(valueTypeLabel(rules.valueTypes[id as keyof RuleTable["valueTypes"]], m.lang));
  const [main, ...others] = byUse;
  return m.help.valueTypesRule(
    label(main[0]),
    others.map(([id, orders]) => ({
      label: label(id),
      where: orders.map((o) => m.terms.iku(o)).join(", "),
    }))
  );
}

/** The subset rule of every kind that has one, in the kind's role names. */
function subsetRules(rules: RuleTable, m: Messages): string[] {
  return Object.values(rules.kinds).flatMap((kind) =>
    kind.subset
      ? [
          m.help.subsetRule(
            `<code>${kind.id}</code>`,
            `<code>${kind.roles[kind.subset.part]}</code>`,
            `<code>${kind.roles[kind.subset.whole]}</code>`
          ),
        ]
      : []
  );
}

/** The ranges of the bounded value types ("0–100"), for the #VALUE! row. */
function boundedRanges(rules: RuleTable, lang: Lang): string {
  const ranges = Object.values(rules.valueTypes).flatMap((t) =>
    t.maxValue === undefined ? [] : [`${t.minValue}–${t.maxValue}`]
  );
  return [...new Set(ranges)].join(lang === "id" ? " atau " : " or ");
}

function rulesSection(
  catalogue: Catalogue,
  rules: RuleTable,
  m: Messages,
  other: Messages
): string {
  const w = m.help;
  const errors = [
    row(w.errorHead, true),
    row([EXCEL_ERROR_TEXT.DIV0, w.errorWhen.DIV0, "—"]),
    row([
      EXCEL_ERROR_TEXT.VALUE,
      w.errorWhen.VALUE(boundedRanges(rules, m.lang)),
      escapeHtml(M.subsetLarger("pembilang", "penyebut")),
    ]),
    row([EXCEL_ERROR_TEXT.NA, w.errorWhen.NA, escapeHtml(M.empty("penyebut"))]),
  ];
  return [
    `<section id="aturan"><h2>${glossed(m, other, (h) => h.rulesHeading)}</h2>`,
    `<ul>`,
    ...w.resultRules.map((r) => `<li>${r}</li>`),
    `<li id="aturan-argumen">${valueTypesRule(catalogue, rules, m)}</li>`,
    ...subsetRules(rules, m).map((r) => `<li>${r}</li>`),
    `<li>${w.swadayaRule}</li>`,
    `<li id="sel-kosong">${w.blankCells} <span lang="${other.lang}">${other.help.blankCellsShort}</span></li>`,
    `</ul>`,
    `<h3 id="kesalahan">${w.errorValuesHeading}</h3>`,
    `<table>${errors.join("")}</table>`,
    `<h3 id="predikat-sakip">${w.predikatHeading}</h3>`,
    predikatTable(w),
    `<h3 id="kategori-capaian">${w.kategoriHeading}</h3>`,
    `<p>${w.kategoriNote}</p>`,
    kategoriTable(w),
    `<h3 id="aturan-capaian">${w.achievementHeading}</h3>`,
    `<ul>`,
    ...w.achievementRules.map((r) => `<li>${r}</li>`),
    `</ul>`,
    `</section>`,
  ].join("\n");
}

const STYLE = `
body{font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
h1{margin-bottom:0}.subtitle{color:#555;margin-top:.25rem}
code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}
section.function{border-top:1px solid #ddd;padding-top:.5rem;margin-top:1rem}
dl{display:grid;grid-template-columns:14rem 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
dd ul,dd p{margin:0}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
nav ul{columns:2}.scroll{overflow-x:auto}td code{white-space:nowrap}table.sheet{font-size:.85rem}table.sheet th{background:#f3f3f3;text-align:center}
.finding{border-left:3px solid #c50f1f;padding-left:.5rem}
@media (max-width:40rem){dl{grid-template-columns:1fr}nav ul{columns:1}}
`;

/** The whole help page, in Indonesian (with English glosses) or in English. */
export function buildHelpHtml(catalogue: Catalogue = CATALOGUE, lang: Lang = "id"): string {
  const m = messagesFor(lang, catalogue);
  const other = messagesFor(lang === "id" ? "en" : "id", catalogue);
  const w = m.help;
  const ns = FUNCTION_NAMESPACE;
  const rules = rulesOf(catalogue);
  // The functions the page's examples run on: this catalogue's, with its rules.
  const functions = buildFunctionTable(catalogue);
  const generic = new Set(Object.values(rules.kinds).map((k) => genericFunctionName(k)));
  const helpers = catalogue.helpers.filter((h) => !generic.has(h.functionName));
  const link = (anchor: string, text: string) => `<a href="#${anchor}">${text}</a>`;
  const toc = [
    ...catalogue.indicators.map(
      (i) =>
        `<li><a href="#${escapeHtml(i.code)}">${FUNCTION_NAMESPACE}.${escapeHtml(i.functionName)}</a> (${m.terms.iku(i.order)})</li>`
    ),
    ...[...generic, ...helpers.map((h) => h.functionName)].map(
      (fn) => `<li>${link(escapeHtml(fn), `${FUNCTION_NAMESPACE}.${escapeHtml(fn)}`)}</li>`
    ),
    `<li>${link("katalog", w.katalog.heading)}</li>`,
    `<li>${link("lkjip", w.lkjip.heading)}</li>`,
    `<li>${link(RENSTRA_ANCHOR, w.renstra.heading)}</li>`,
    `<li>${link("aturan", w.rulesHeading)}</li>`,
  ];
  const bySasaran = catalogue.sasaran.map((s) => {
    const sections = catalogue.indicators
      .filter((i) => i.sasaran === s.code)
      .map((i) => indicatorSection(i, catalogue, m, functions));
    return [
      `<h2 id="${escapeHtml(s.code)}">${w.sasaranHeading(s.no, escapeHtml(s.name))}</h2>`,
      ...sections,
    ].join("\n");
  });
  return [
    `<!DOCTYPE html>`,
    `<html lang="${lang}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${w.pageTitle(ns, escapeHtml(catalogue.agency.nama))}</title>`,
    `<style>${STYLE}</style>`,
    `</head>`,
    `<body>`,
    `<header>`,
    `<h1>${w.heading(ns)}</h1>`,
    `<p class="subtitle" lang="${other.lang}">${other.help.subtitle(ns)}</p>`,
    `<p class="lang"><a href="${helpPageFile(other.lang)}" hreflang="${other.lang}" lang="${other.lang}">${other.help.pageInThisLanguage}</a></p>`,
    `<p><strong>${escapeHtml(catalogue.agency.nama)}</strong>. ${escapeHtml(catalogue.agency.tugas)}.</p>`,
    ...(catalogue.agency.notes ?? []).map((n) => `<p class="note">${escapeHtml(n)}</p>`),
    `<p>${w.intro(escapeHtml(functionSyntax(catalogue.indicators[0].functionName, catalogue)))}</p>`,
    `</header>`,
    `<nav aria-label="${w.toc}"><h2>${w.toc}</h2><ul>${toc.join("")}</ul></nav>`,
    `<main>`,
    ...bySasaran,
    genericSection(
      rules,
      m,
      glossed(m, other, (h) => h.generic.heading),
      link("katalog", w.katalog.heading),
      functions
    ),
    `<h2 id="fungsi-bantu">${glossed(m, other, (h) => h.helpersHeading)}</h2>`,
    ...helpers.map((h) => helperSection(h, catalogue, w, functions)),
    katalogSection(
      catalogue,
      rules,
      m,
      glossed(m, other, (h) => h.katalog.heading),
      link("aturan-capaian", w.achievementHeading)
    ),
    lkjipSection(
      catalogue,
      w.lkjip,
      glossed(m, other, (h) => h.lkjip.heading)
    ),
    renstraSection(
      m,
      glossed(m, other, (h) => h.renstra.heading)
    ),
    rulesSection(catalogue, rules, m, other),
    `</main>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}

/**
 * Entry point for html-webpack-plugin, which renders the page at build time: in Indonesian, or
 * in English when the plugin's templateParameters say `helpLang: "en"` (help-en.html).
 */
export default function renderHelpPage(params?: { helpLang?: string }): string {
  return buildHelpHtml(CATALOGUE, params?.helpLang === "en" ? "en" : "id");
}
