/*
 * The help page: one anchor per indicator (IKU01 …) and per helper (by name), the catalogue's
 * texts (escaped), and example results computed by the core. Also checks the built page.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { CATALOGUE } from "../../src/core/catalogue";
import { LKJIP_AUDIT_EN } from "../../src/core/messages/en-lkjip-audit";
import { LKJIP_AUDIT_ID } from "../../src/core/messages/id-lkjip-audit";
import type { Catalogue } from "../../src/core/catalogue";
import {
  buildHelpHtml,
  escapeHtml,
  exampleFormula,
  formatNumberId,
  formatResult,
  functionSyntax,
  helpAnchor,
  helpUrl,
} from "../../src/core/help";
import { runFunction } from "../../src/core/calculation";
import { genericFunctionName, KINDS } from "../../src/core/rules";

const html = buildHelpHtml();

/** The HTML of the section with this anchor. */
function section(anchor: string, page = html): string {
  const start = page.indexOf(`<section class="function" id="${anchor}">`);
  if (start < 0) throw new Error(`no section #${anchor}`);
  return page.slice(start, page.indexOf("</section>", start));
}

function shownResult(sectionHtml: string): string {
  const match = /<strong data-result>([^<]*)<\/strong>/.exec(sectionHtml);
  if (!match) throw new Error("no example result");
  return match[1];
}

describe.each(CATALOGUE.indicators.map((i) => [i.code, i] as const))("%s", (code, indicator) => {
  const part = section(code);
  test("has its anchor, name, function syntax and formula texts", () => {
    expect(part).toContain(escapeHtml(indicator.name));
    expect(part).toContain(escapeHtml(functionSyntax(indicator.functionName)));
    expect(part).toContain(escapeHtml(indicator.formulaDocument));
    expect(part).toContain(escapeHtml(indicator.formulaReading));
  });
  test("has satuan, penanggung jawab, sumber data, every parameter and every note", () => {
    expect(part).toContain(`<dd>${escapeHtml(indicator.satuan)}</dd>`);
    expect(part).toContain(escapeHtml(indicator.penanggungJawab));
    expect(part).toContain(escapeHtml(indicator.sumberData));
    for (const c of indicator.components) expect(part).toContain(escapeHtml(c.description));
    for (const note of indicator.notes) expect(part).toContain(escapeHtml(note));
  });
  test("says each component's aggregation over the quarters and why", () => {
    for (const c of indicator.components) {
      expect(c.agregasiAlasan).toBeDefined();
      expect(part).toContain(
        `${escapeHtml(c.label)}: <code>${c.agregasi}</code> (${c.agregasi === "posisi" ? "triwulan terakhir" : "jumlah semua triwulan"}`
      );
      expect(part).toContain(escapeHtml(c.agregasiAlasan ?? ""));
    }
  });
  test("the example result is the core's", () => {
    const expected = formatResult(runFunction(indicator.functionName, indicator.example));
    expect(shownResult(part)).toBe(escapeHtml(expected));
    expect(part).toContain(
      escapeHtml(exampleFormula(indicator.functionName, indicator.example, false))
    );
  });
});

describe.each(CATALOGUE.helpers.map((h) => [h.functionName, h] as const))("%s", (name, helper) => {
  const part = section(name);
  // The generic functions' parameters are described from their kind's record
  // (test/core/help-kinds.test.ts); the other helpers' by the catalogue.
  const generic = Object.values(KINDS).some((k) => genericFunctionName(k) === name);
  test("has its anchor, description, syntax and parameters", () => {
    expect(part).toContain(escapeHtml(helper.description));
    expect(part).toContain(escapeHtml(functionSyntax(name)));
    for (const p of helper.params) {
      expect(part).toContain(generic ? `<code>${p.name}</code>` : escapeHtml(p.description));
    }
  });
  test("the example result is the core's", () => {
    expect(shownResult(part)).toBe(escapeHtml(formatResult(runFunction(name, helper.example))));
  });
});

test("known example results, in Indonesian number format", () => {
  expect(shownResult(section("IKU06"))).toBe("75");
  expect(shownResult(section("IKU08"))).toBe("90,0535 (dibulatkan untuk tampilan)");
  expect(shownResult(section("IKU02"))).toBe("9");
  expect(shownResult(section("CAPAIAN"))).toBe("93,75");
  expect(shownResult(section("KATEGORI_CAPAIAN"))).toBe("&quot;Sangat Tinggi&quot;");
  expect(shownResult(section("PREDIKAT_SAKIP"))).toBe("&quot;BB&quot;");
});

test("syntax shows optional and repeating parameters", () => {
  expect(functionSyntax("CAPAIAN")).toBe("=IKU.CAPAIAN(realisasi, target, [polaritas], [desimal])");
  expect(functionSyntax("JUMLAH_SARANA_SOSIAL")).toBe(
    "=IKU.JUMLAH_SARANA_SOSIAL(jumlah, [jumlah], …)"
  );
  expect(exampleFormula("CAPAIAN", [75.5, 80, "positif"], true)).toBe(
    '=IKU.CAPAIAN(75,5; 80; "positif")'
  );
});

test("the rules: SAKIP and kategori tables, error codes", () => {
  expect(html).toContain('id="predikat-sakip"');
  expect(html).toContain("<td>&gt; 90 – 100</td><td>AA</td>");
  expect(html).toContain("<td>0 – 30</td><td>D</td>");
  // Permendagri 86/2017, read by its upper bounds on the capaian as printed.
  expect(html).toContain("<td>&gt; 90</td><td>Sangat Tinggi</td>");
  expect(html).toContain("<td>&gt; 75 – 90</td><td>Tinggi</td>");
  expect(html).toContain("<td>≤ 50</td><td>Sangat Rendah</td>");
  expect(html).toContain("Permendagri 86/2017");
  expect(html).toContain("90,996 tercetak 91,00 → Sangat Tinggi");
  for (const code of ["#DIV/0!", "#VALUE!", "#N/A"]) expect(html).toContain(code);
  expect(html).toContain("bukan pecahan");
});

test("numbers are shown with thousands dots and a decimal comma", () => {
  expect(formatNumberId(1234567.891)).toBe("1.234.567,891");
  expect(formatNumberId(-0.5)).toBe("-0,5");
  expect(formatNumberId(100)).toBe("100");
});

test("catalogue text is escaped", () => {
  const hostile: Catalogue = {
    ...CATALOGUE,
    indicators: [{ ...CATALOGUE.indicators[0], name: '<script>alert("x")</script> & co' }],
  };
  const page = buildHelpHtml(hostile);
  expect(page).not.toContain("<script>");
  expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
});

test("help URLs point at the anchors", () => {
  expect(helpAnchor("PERSENTASE_PPKS_REHAB")).toBe("IKU06");
  expect(helpAnchor("RASIO")).toBe("RASIO");
  expect(helpUrl("PERSENTASE_PPKS_REHAB", "https://iku.example.go.id/addin/")).toBe(
    "https://iku.example.go.id/addin/help.html#IKU06"
  );
  expect(() => helpAnchor("NOPE")).toThrow();
});

test.each([
  ["help.html", "id", "help-en.html"],
  ["help-en.html", "en", "help.html"],
])(
  "the built dist/%s has every anchor and links the other language (needs `npm run build`)",
  (name, lang, other) => {
    const file = join(__dirname, "../../dist", name);
    if (!existsSync(file)) throw new Error(`dist/${name} is missing: run \`npm run build\` first.`);
    const built = readFileSync(file, "utf8");
    expect(built).toMatch(new RegExp(`<html lang="?${lang}"?>`));
    expect(built).toContain("Content-Security-Policy");
    expect(built).toMatch(new RegExp(`<a href="?${other.replace(".", "\\.")}"?`));
    const anchors = [
      ...CATALOGUE.indicators.map((i) => i.code),
      ...CATALOGUE.helpers.map((h) => h.functionName),
      "katalog",
    ];
    for (const anchor of anchors) expect(built).toMatch(new RegExp(`id="?${anchor}"?[ >]`));
  }
);

describe("blank cells", () => {
  it("says what a staff-typed call does with a blank on desktop (0) and on the web (#N/A)", () => {
    const start = html.indexOf('<li id="sel-kosong">');
    expect(start).toBeGreaterThan(0);
    const item = html.slice(start, html.indexOf("</li>", start));
    expect(item).toMatch(/Excel desktop.*sebagai <strong>0<\/strong>/);
    expect(item).toMatch(/Excel untuk web.*null.*#N\/A/);
    // The guard the generated sheet uses, so a reader can copy it.
    expect(item).toContain('IF(ISBLANK(A1);"";A1)');
  });
});

describe("the LKjIP section", () => {
  test("says what Audit Rumus checks on the Pengukuran Kinerja sheet, in each language", () => {
    for (const [lang, words] of [
      ["id", LKJIP_AUDIT_ID],
      ["en", LKJIP_AUDIT_EN],
    ] as const) {
      const page = buildHelpHtml(CATALOGUE, lang);
      const start = page.indexOf('<section id="lkjip">');
      const part = page.slice(start, page.indexOf("</section>", start));
      expect(start).toBeGreaterThan(0);
      expect(part).toContain(words.help);
    }
  });
});
