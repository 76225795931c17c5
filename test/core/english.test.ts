import { CATALOGUE } from "../../src/core/catalogue";
import type { Finding } from "../../src/core/grid";
import { AUDIT_RULES } from "../../src/core/audit";
import { CATALOGUE_EN } from "../../src/core/messages/catalogue-en";
import { VALIDATION_RULES } from "../../src/core/messages/validation";
import { REPORT_TEXT, REPORT_TEXT_EN, buildAuditReport, ruleLabel } from "../../src/core/report";
import { analyzeInputs } from "../../src/core/validate";
import { buildCaseGrid } from "../cases/generate";

/** The English side of the one message catalogue: complete, and used by the report. */

describe("English texts", () => {
  test("every indicator and input component of the catalogue has an English name", () => {
    for (const ind of CATALOGUE.indicators) {
      const en = CATALOGUE_EN[ind.code];
      expect({ code: ind.code, name: en?.name.length ?? 0 }).not.toEqual({
        code: ind.code,
        name: 0,
      });
      for (const c of ind.components) {
        expect({ code: ind.code, key: c.key, en: Boolean(en?.components[c.key]) }).toEqual({
          code: ind.code,
          key: c.key,
          en: true,
        });
      }
    }
    expect(Object.keys(CATALOGUE_EN).sort()).toEqual(
      CATALOGUE.indicators.map((i) => i.code).sort()
    );
  });

  test("every rule has an English label, different from the Indonesian one", () => {
    for (const id of [...Object.keys(VALIDATION_RULES), ...Object.keys(AUDIT_RULES)]) {
      expect(ruleLabel(id, "en")).not.toBe(ruleLabel(id, "id"));
      expect(ruleLabel(id, "en")).not.toBe(id);
    }
    expect(ruleLabel("no.such.rule", "en")).toBe("no.such.rule");
  });

  test("the report sheet is written in English for an English Excel", () => {
    const findings: Finding[] = [
      {
        sheet: "IKU 2026",
        cell: "M20",
        indicator: "IKU06",
        rule: "formula.overwritten",
        severity: "error",
        message: "…",
      },
    ];
    const input = { findings, checkedAt: "2026-11-27T10:00:00Z", workbook: "b.xlsx", sheets: [] };
    const en = buildAuditReport(input, "en");
    const id = buildAuditReport(input);
    const texts = (r: typeof en) => r.rows.flatMap((row) => row.values.map(String));
    expect(texts(en)).toContain(REPORT_TEXT_EN.title);
    expect(texts(en)).toContain("Formula overwritten by a value");
    expect(texts(en)).toEqual(expect.arrayContaining([...REPORT_TEXT_EN.columns]));
    expect(texts(en)).not.toContain(REPORT_TEXT.title);
    expect(texts(id)).toContain(REPORT_TEXT.title);
    expect(texts(id)).toContain(AUDIT_RULES["formula.overwritten"].label);
  });
});

describe("Periksa Data in English", () => {
  test("the same findings, with English messages, labels and numbers", () => {
    const grid = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      inputOverrides: {
        IKU03_PEMBILANG: "sepuluh",
        IKU03_PENYEBUT: -5,
        IKU12_PEMBILANG: 2.5,
        IKU18_PEMBILANG: 500,
        IKU01_TARGET: 0,
      },
    });
    const id = analyzeInputs(grid).findings;
    const en = analyzeInputs(grid, { lang: "en" }).findings;
    const shape = (fs: Finding[]) => fs.map((f) => [f.sheet, f.cell, f.rule, f.severity]);
    expect(shape(en)).toEqual(shape(id));
    expect(id.every((f) => f.messageLang === undefined)).toBe(true);
    expect(en.every((f) => f.messageLang === "en")).toBe(true);
    const byRule = (rule: string) => en.find((f) => f.rule === rule)?.message ?? "";
    expect(byRule("input.text")).toBe(
      `"${CATALOGUE_EN.IKU03.components.PEMBILANG}" quarter IV (IKU 3) must be a number, not the text "sepuluh".`
    );
    expect(byRule("input.notWhole")).toContain("not 2.5");
    expect(byRule("target.zero")).toMatch(/^Target of IKU 1 is 0/);
    expect(byRule("input.subsetLarger")).toContain("(500)");
    expect(id.find((f) => f.rule === "input.notWhole")?.message).toContain("2,5");
  });
});
