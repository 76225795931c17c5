import type { Catalogue } from "./catalogue";
import { indexToColumn } from "./formula-parser/address";
import type { GridValue, SheetGrid } from "./grid";
import { code, escapeHtml, table } from "./help-html";
import {
  KATALOG_POLARITIES,
  katalogCatalogue,
  katalogKinds,
  readKatalogSheet,
} from "./katalog/catalogue";
import { KATALOG_EXAMPLE_MISTAKE, katalogExample } from "./katalog/example";
import {
  KATALOG_COLUMNS,
  KATALOG_HEADER_LABELS,
  KATALOG_MAX_INDICATORS,
  KATALOG_SHEET,
} from "./katalog/layout";
import { KATALOG_RULES } from "./katalog/rules";
import type { Messages } from "./messages/types";
import { FUNCTION_NAMESPACE } from "./namespace";
import { genericFunctionName, valueTypeLabel } from "./rules";
import type { KindRule, RuleTable } from "./rules";

/*
 * The help page's section on the "Katalog IKU" sheet: its columns, header rows, kinds, limit and
 * mistakes come from src/core/katalog and the rule table; the worked example is data the reader
 * accepts (katalog/example.ts), read here at build time, and its mistake is the reader's own.
 */

/** The example as the grid Excel would give the reader. */
export function exampleGrid(rows: readonly (readonly (string | null)[])[]): SheetGrid {
  const values: GridValue[][] = rows.map((r) => r.map((v) => v));
  return { name: KATALOG_SHEET, origin: "A1", values, formulas: values };
}

/** The worked example read through the Katalog reader, as the add-in reads a workbook's. */
export function readExample(builtIn: Catalogue, rules: RuleTable): Catalogue {
  const read = readKatalogSheet(exampleGrid(katalogExample().rows), rules);
  // A build-time check: the help page never shows an example the reader refuses.
  if (!read.ok)
    throw new Error(
      `The help page's Katalog example has findings: ${JSON.stringify(read.findings)}`
    );
  return katalogCatalogue(read.header, read.entries, builtIn, rules);
}

/** K2 > 0, K1 ≤ K2: a kind's rules between components, in symbols. */
function componentRules(kind: KindRule): string[] {
  const out: string[] = [];
  if (kind.divisor) out.push(`K${kind.divisor.at + 1} > 0`);
  if (kind.subset) out.push(`K${kind.subset.part + 1} ≤ K${kind.subset.whole + 1}`);
  return out;
}

function kindsTable(rules: RuleTable, m: Messages): string {
  const k = m.help.katalog;
  const kinds = katalogKinds(rules);
  const rows = Object.values(rules.kinds).map((kind) => {
    const fn = genericFunctionName(kind);
    const components = [
      kinds[kind.id].needs[m.lang],
      valueTypeLabel(rules.valueTypes[kind.valueType], m.lang),
      ...componentRules(kind),
    ];
    return [
      code(kind.id),
      `${code(kind.words[m.lang].label)} ${escapeHtml(kind.words[m.lang].result)}`,
      escapeHtml(components.join("; ")),
      `<a href="#${escapeHtml(fn)}">${FUNCTION_NAMESPACE}.${escapeHtml(fn)}</a>`,
    ];
  });
  return table(k.kindsHead, rows);
}

/** The example sheet as Excel shows it: column letters above, row numbers to the left. */
function sheetTable(rows: readonly (readonly (string | null)[])[]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const head = ["", ...Array.from({ length: width }, (_, c) => indexToColumn(c))];
  const body = rows.map((r, i) => [
    `<th>${i + 1}</th>`,
    ...Array.from({ length: width }, (_, c) => `<td>${escapeHtml(r[c] ?? "")}</td>`),
  ]);
  return [
    `<div class="scroll"><table class="sheet">`,
    `<thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead>`,
    `<tbody>${body.map((cells) => `<tr>${cells.join("")}</tr>`).join("")}</tbody>`,
    `</table></div>`,
  ].join("");
}

/** The example with its first indicator's cell mistyped (KATALOG_EXAMPLE_MISTAKE), as rows. */
export function exampleWithMistake(): (string | null)[][] {
  const example = katalogExample();
  const column = KATALOG_COLUMNS.findIndex((c) => c.field === KATALOG_EXAMPLE_MISTAKE.field);
  const at = example.headerRow + 1;
  return example.rows.map((r, i) =>
    i === at
      ? KATALOG_COLUMNS.map((_, c) =>
          c === column ? KATALOG_EXAMPLE_MISTAKE.value : (r[c] ?? null)
        )
      : r
  );
}

/** The reader's finding on the example with its mistake: "Katalog IKU!D7" and its message. */
export function plantedFinding(
  rules: RuleTable,
  lang: Messages["lang"]
): { cell: string; message: string } {
  const read = readKatalogSheet(exampleGrid(exampleWithMistake()), rules, lang);
  if (read.ok) throw new Error("The help page's planted Katalog mistake was not found");
  const finding = read.findings[0];
  return { cell: `${KATALOG_SHEET}!${finding.cell}`, message: finding.message };
}

export function katalogSection(
  builtIn: Catalogue,
  rules: RuleTable,
  m: Messages,
  glossHeading: string,
  rulesLink: string
): string {
  const k = m.help.katalog;
  const labels = KATALOG_HEADER_LABELS;
  const columns = KATALOG_COLUMNS.map((c) => [
    code(c.header),
    c.required ? k.required : k.optional,
    escapeHtml(c.help[m.lang]),
  ]);
  const example = katalogExample();
  const read = readExample(builtIn, rules);
  const planted = plantedFinding(rules, m.lang);
  const sasaranOf = (code: string) => read.sasaran.find((s) => s.code === code);
  const readRows = read.indicators.map((ind) => {
    const s = sasaranOf(ind.sasaran);
    return [
      code(ind.code),
      escapeHtml(s ? `${s.no}. ${s.name}` : ind.sasaran),
      `<a href="#${escapeHtml(ind.functionName)}">${FUNCTION_NAMESPACE}.${escapeHtml(ind.functionName)}</a>`,
      // The kind's formula with the components' labels (or the Formula column's text).
      escapeHtml(ind.formulaReading),
      code(ind.polarity),
    ];
  });
  return [
    `<section id="katalog">`,
    `<h2>${glossHeading}</h2>`,
    `<p>${k.intro(escapeHtml(KATALOG_SHEET))}</p>`,
    `<h3 id="katalog-kepala">${k.headerHeading}</h3>`,
    `<p>${k.header(code(labels.perangkatDaerah), code(labels.tugas), code(labels.fungsi))}</p>`,
    `<h3 id="katalog-tabel">${k.tableHeading}</h3>`,
    `<p>${k.table(code(KATALOG_COLUMNS[0].header))}</p>`,
    table(k.columnsHead, columns),
    `<p>${k.limit(KATALOG_MAX_INDICATORS)}</p>`,
    `<h3 id="katalog-jenis">${k.kindsHeading}</h3>`,
    kindsTable(rules, m),
    `<h3 id="katalog-polaritas">${k.polarityHeading}</h3>`,
    `<p>${k.polarity(code(KATALOG_POLARITIES[0]), code(KATALOG_POLARITIES[1]), rulesLink)}</p>`,
    `<h3 id="katalog-sasaran">${k.sasaranHeading}</h3>`,
    `<p>${k.sasaran}</p>`,
    `<h3 id="katalog-kesalahan">${k.mistakesHeading}</h3>`,
    `<p>${k.mistakes(code(planted.cell))}</p>`,
    `<p>${k.mistakeExample(code(planted.cell), code(KATALOG_EXAMPLE_MISTAKE.value))}</p>`,
    `<p class="finding">${code(planted.cell)}: ${escapeHtml(planted.message)}</p>`,
    `<p>${k.mistakesListed}</p>`,
    `<ul class="katalog-rules">${Object.values(KATALOG_RULES)
      .map((r) => `<li>${escapeHtml(r[m.lang].label)}</li>`)
      .join("")}</ul>`,
    `<h3 id="katalog-contoh">${k.exampleHeading}</h3>`,
    `<p>${k.example(escapeHtml(read.agency.nama))}</p>`,
    sheetTable(example.rows),
    `<p>${k.exampleRead(read.indicators.length, read.sasaran.length)}</p>`,
    table(k.exampleReadHead, readRows),
    `</section>`,
  ].join("\n");
}
