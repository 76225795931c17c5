/*
 * The help page's generic functions (one per kind): in both languages, each documents its
 * arguments, result, rules and errors from the kind's and value type's records, and every
 * example and error shown is the core's. A changed rule changes the page.
 */
import { runFunction } from "../../src/core/calculation";
import { CATALOGUE } from "../../src/core/catalogue";
import { CellError } from "../../src/core/errors";
import { buildHelpHtml, escapeHtml, formatResult, functionSyntax } from "../../src/core/help";
import { genericSyntax } from "../../src/core/help-generic";
import { katalogKinds } from "../../src/core/katalog/catalogue";
import { messagesFor } from "../../src/core/messages";
import { functionMessages as M } from "../../src/core/messages/functions";
import {
  genericFunctionName,
  KIND_IDS,
  KINDS,
  RULES,
  VALUE_TYPES,
  valueTypeLabel,
} from "../../src/core/rules";
import type { KindRule, RuleTable } from "../../src/core/rules";

const LANGS = ["id", "en"] as const;
const pages = { id: buildHelpHtml(CATALOGUE, "id"), en: buildHelpHtml(CATALOGUE, "en") };

function section(anchor: string, page: string): string {
  const start = page.indexOf(`<section class="function" id="${anchor}">`);
  if (start < 0) throw new Error(`no section #${anchor}`);
  return page.slice(start, page.indexOf("</section>", start));
}

/** A formatted result as it appears in the page's HTML. */
const shown = (result: ReturnType<typeof runFunction>, lang: "id" | "en") =>
  escapeHtml(formatResult(result, messagesFor(lang).help));

/** The record's example with one argument changed. */
function changed(kind: KindRule, at: number, value: number | string): (number | string)[] {
  const args: (number | string)[] = [...kind.generic.example];
  args[at] = value;
  return args;
}

test("the kinds are the six of the issue, each with its generic function", () => {
  expect(KIND_IDS.map((id) => genericFunctionName(KINDS[id]))).toEqual([
    "PERSENTASE",
    "RASIO",
    "JUMLAH",
    "NILAI",
    "PERTUMBUHAN",
    "PENURUNAN",
  ]);
});

describe.each(LANGS)("the %s page", (lang) => {
  const page = pages[lang];

  test.each(Object.values(KINDS).map((k) => [k.id, k] as const))(
    "documents the generic function of %s from its record",
    (_, kind) => {
      const fn = genericFunctionName(kind);
      const part = section(fn, page);
      // Syntax: the same as the function table's (the catalogue's helper).
      expect(genericSyntax(kind)).toBe(functionSyntax(fn));
      expect(part).toContain(escapeHtml(genericSyntax(kind)));
      for (const role of kind.roles) expect(part).toContain(`<code>${role}</code>`);
      expect(part).toContain(escapeHtml(kind.words[lang].result));
      if (lang === "id") expect(part).toContain(escapeHtml(kind.generic.description));
      const type = VALUE_TYPES[kind.valueType];
      expect(part).toContain(escapeHtml(valueTypeLabel(type, lang)));
      expect(part).toContain(escapeHtml(katalogKinds()[kind.id].needs[lang]));
      expect(part).toContain(`<code>${kind.id}</code>`);
      // The example result is the core's.
      const example = runFunction(fn, kind.generic.example);
      expect(example).not.toBeInstanceOf(CellError);
      expect(part).toContain(`<strong data-result>${shown(example, lang)}</strong>`);
    }
  );

  test.each(Object.values(KINDS).map((k) => [k.id, k] as const))(
    "shows the errors of %s as the core computes them",
    (_, kind) => {
      const fn = genericFunctionName(kind);
      const part = section(fn, page);
      const type = VALUE_TYPES[kind.valueType];
      const expected: (number | string)[][] = [
        changed(kind, 0, ""),
        changed(kind, 0, type.minValue - 1),
      ];
      if (type.integer) expected.push(changed(kind, 0, type.minValue + 0.5));
      if (type.maxValue !== undefined) expected.push(changed(kind, 0, type.maxValue + 1));
      if (kind.divisor) {
        expected.push(changed(kind, kind.divisor.at, 0));
        expect(part).toContain(escapeHtml(M.divByZero(kind.roles[kind.divisor.at])));
      }
      if (kind.subset) {
        const { part: p, whole } = kind.subset;
        expected.push(changed(kind, p, kind.generic.example[whole] + 1));
        expect(part).toContain(escapeHtml(M.subsetLarger(kind.roles[p], kind.roles[whole])));
      }
      if (kind.divisor?.naWhenAlsoZero !== undefined) expect(part).toContain("&quot;n.a.&quot;");
      for (const args of expected) {
        const result = runFunction(fn, args);
        expect(result).toBeInstanceOf(CellError);
        expect(part).toContain(shown(result, lang));
      }
    }
  );

  test("the contents link every generic function and the Katalog section", () => {
    const nav = page.slice(page.indexOf("<nav"), page.indexOf("</nav>"));
    for (const kind of Object.values(KINDS)) {
      expect(nav).toContain(`href="#${genericFunctionName(kind)}"`);
    }
    expect(nav).toContain('href="#katalog"');
  });
});

describe("the general rules follow the value-type records", () => {
  const rule = (page: string) => {
    const start = page.indexOf('<li id="aturan-argumen">');
    return page.slice(start, page.indexOf("</li>", start));
  };

  test("the argument rule names each value type the indicators use, with its bounds", () => {
    const id = rule(pages.id);
    expect(id).toContain(`Argumen fungsi indikator adalah ${valueTypeLabel(VALUE_TYPES.cacah)}`);
    expect(id).toContain(`kecuali ${valueTypeLabel(VALUE_TYPES.skor)} pada IKU 1`);
    expect(rule(pages.en)).toContain(`a ${valueTypeLabel(VALUE_TYPES.skor, "en")} for IKU 1`);
    // The subset rule comes from the kind that has one.
    expect(pages.id).toContain(
      "Untuk jenis <code>persentase</code> (bagian dari keseluruhan), <code>pembilang</code> tidak boleh lebih besar daripada <code>penyebut</code>."
    );
  });

  test("a changed bound in the rule table changes the help", () => {
    const rules: RuleTable = {
      ...RULES,
      valueTypes: { ...RULES.valueTypes, skor: { ...RULES.valueTypes.skor, maxValue: 10 } },
    };
    const page = buildHelpHtml({ ...CATALOGUE, rules });
    expect(rule(page)).toContain("skor (angka 0–10) pada IKU 1");
    expect(rule(pages.id)).toContain("skor (angka 0–100) pada IKU 1");
    expect(page).toContain("nilai di luar 0–10,");
    expect(section("NILAI", page)).toContain("Setiap argumen: skor (angka 0–10).");
    expect(section("NILAI", page)).toContain("<code>=IKU.NILAI(11)</code>");
    expect(buildHelpHtml({ ...CATALOGUE, rules }, "en")).toContain("score (number 0–10) for IKU 1");
  });
});
