/*
 * The help page's "Katalog IKU" section, in both languages: every column (with its required
 * flag and help text), the header rows, every kind, the polarities, the limit and every
 * mistake come from src/core/katalog and the rule table; the worked example is a Katalog the
 * reader and the catalogue schema accept, and the mistake shown is the reader's own finding.
 */
import { CATALOGUE } from "../../src/core/catalogue";
import { Catalogue } from "../../src/core/catalogue/schema";
import { buildHelpHtml, escapeHtml, helpAnchor } from "../../src/core/help";
import {
  exampleGrid,
  exampleWithMistake,
  plantedFinding,
  readExample,
} from "../../src/core/help-katalog";
import {
  KATALOG_POLARITIES,
  katalogCatalogue,
  katalogKinds,
  readKatalogSheet,
} from "../../src/core/katalog/catalogue";
import { katalogExample } from "../../src/core/katalog/example";
import {
  KATALOG_COLUMNS,
  KATALOG_HEADER_LABELS,
  KATALOG_MAX_INDICATORS,
  KATALOG_SHEET,
} from "../../src/core/katalog/layout";
import { KATALOG_RULES } from "../../src/core/katalog/rules";
import { messagesFor } from "../../src/core/messages";
import { genericFunctionName, KIND_IDS, KINDS, RULES } from "../../src/core/rules";

const LANGS = ["id", "en"] as const;

function katalogPart(page: string): string {
  const start = page.indexOf('<section id="katalog">');
  if (start < 0) throw new Error("no Katalog section");
  return page.slice(start, page.indexOf("</section>", start));
}

describe("the worked example", () => {
  const example = katalogExample();
  const read = readKatalogSheet(exampleGrid(example.rows));

  test("is a Katalog the reader accepts, with no findings", () => {
    expect(read.ok ? [] : read.findings).toEqual([]);
  });

  test("becomes a catalogue the schema accepts", () => {
    if (!read.ok) throw new Error("the example does not read");
    const catalogue = katalogCatalogue(read.header, read.entries, CATALOGUE);
    const parsed = Catalogue.safeParse(catalogue);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(readExample(CATALOGUE, RULES)).toEqual(catalogue);
  });

  test("is another agency's: two sasaran, every kind, a negatif indicator, the header rows", () => {
    if (!read.ok) throw new Error("the example does not read");
    const catalogue = katalogCatalogue(read.header, read.entries, CATALOGUE);
    expect(catalogue.agency.nama).not.toBe(CATALOGUE.agency.nama);
    expect(catalogue.agency.tugas).not.toBe("");
    expect(catalogue.agency.fungsi.length).toBeGreaterThan(1);
    expect(catalogue.sasaran).toHaveLength(2);
    expect(new Set(catalogue.indicators.map((i) => i.kind))).toEqual(new Set(KIND_IDS));
    expect(catalogue.indicators.some((i) => i.polarity === "negatif")).toBe(true);
    // None is a built-in indicator: each computes with its kind's generic function.
    for (const i of catalogue.indicators)
      expect(i.functionName).toBe(genericFunctionName(KINDS[i.kind]));
  });

  test("the planted mistake is found at its cell", () => {
    const rows = exampleWithMistake();
    // One cell changed: the first indicator's.
    const differs = rows.flatMap((r, i) =>
      r.flatMap((v, c) => (v !== (example.rows[i][c] ?? null) ? [[i, c]] : []))
    );
    expect(differs).toEqual([[example.headerRow + 1, 3]]);
    const bad = readKatalogSheet(exampleGrid(rows));
    expect(bad.ok ? [] : bad.findings.map((f) => [f.cell, f.rule])).toEqual([
      ["D7", "katalog.jenisUnknown"],
    ]);
  });
});

describe.each(LANGS)("the %s page's Katalog section", (lang) => {
  const page = buildHelpHtml(CATALOGUE, lang);
  const part = katalogPart(page);
  const k = messagesFor(lang).help.katalog;

  test("lists every column with its required flag and its help text", () => {
    for (const c of KATALOG_COLUMNS) {
      const flag = c.required ? k.required : k.optional;
      expect(part).toContain(
        `<tr><td><code>${escapeHtml(c.header)}</code></td><td>${flag}</td><td>${escapeHtml(c.help[lang])}</td></tr>`
      );
    }
  });

  test("names the header rows, the table's start, the polarities and the limit", () => {
    for (const label of Object.values(KATALOG_HEADER_LABELS)) {
      expect(part).toContain(`<code>${escapeHtml(label)}</code>`);
    }
    expect(part).toContain(`<code>${KATALOG_COLUMNS[0].header}</code>`);
    for (const p of KATALOG_POLARITIES) expect(part).toContain(`<code>${p}</code>`);
    expect(part).toContain(String(KATALOG_MAX_INDICATORS));
    expect(part).toContain(`${KATALOG_SHEET}!D7`);
  });

  test("has every kind: its formula, result, components and function", () => {
    const kinds = katalogKinds();
    for (const kind of Object.values(KINDS)) {
      const start = part.indexOf(`<tr><td><code>${kind.id}</code></td>`);
      expect(start).toBeGreaterThan(0);
      const tr = part.slice(start, part.indexOf("</tr>", start));
      expect(tr).toContain(escapeHtml(kind.words[lang].label));
      expect(tr).toContain(escapeHtml(kind.words[lang].result));
      expect(tr).toContain(escapeHtml(kinds[kind.id].needs[lang]));
      if (kind.divisor) expect(tr).toContain(`K${kind.divisor.at + 1} &gt; 0`);
      if (kind.subset) expect(tr).toContain(`K${kind.subset.part + 1} ≤ K${kind.subset.whole + 1}`);
      expect(tr).toContain(`href="#${genericFunctionName(kind)}"`);
    }
  });

  test("lists every mistake the reader checks, and shows one as the reader words it", () => {
    for (const rule of Object.values(KATALOG_RULES)) {
      expect(part).toContain(`<li>${escapeHtml(rule[lang].label)}</li>`);
    }
    const bad = readKatalogSheet(exampleGrid(exampleWithMistake()), RULES, lang);
    if (bad.ok) throw new Error("the planted mistake was not found");
    expect(plantedFinding(RULES, lang)).toEqual({
      cell: `${KATALOG_SHEET}!${bad.findings[0].cell}`,
      message: bad.findings[0].message,
    });
    expect(part).toContain(`<code>${KATALOG_SHEET}!${bad.findings[0].cell}</code>`);
    expect(part).toContain(escapeHtml(bad.findings[0].message));
  });

  test("shows every cell of the example and what the add-in reads from it", () => {
    for (const row of katalogExample().rows) {
      for (const cell of row) if (cell) expect(part).toContain(`<td>${escapeHtml(cell)}</td>`);
    }
    const catalogue = readExample(CATALOGUE, RULES);
    for (const ind of catalogue.indicators) {
      expect(part).toContain(`<td><code>${ind.code}</code></td>`);
      expect(part).toContain(escapeHtml(ind.formulaReading));
    }
  });
});

test("a page for a Katalog's catalogue builds, and the generic names keep their anchors", () => {
  const catalogue = readExample(CATALOGUE, RULES);
  expect(helpAnchor("PERSENTASE", catalogue)).toBe("PERSENTASE");
  const page = buildHelpHtml(catalogue);
  for (const ind of catalogue.indicators) expect(page).toContain(`id="${ind.code}"`);
  expect(page.match(/<section class="function" id="PERSENTASE">/g)).toHaveLength(1);
});
