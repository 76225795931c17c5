import { analyzeFormulas, AUDIT_RULE_LIST } from "../../src/core/audit";
import type { Finding } from "../../src/core/grid";
import type { AuditRule, Place } from "../../src/core/audit/rule";
import { placeWords } from "../../src/core/audit/rule";
import type { LkjipPlace } from "../../src/core/messages/id-lkjip-audit";
import { formulaArgCount } from "../../src/core/audit/rules/formula.argCount";
import { formulaBlankUnguarded } from "../../src/core/audit/rules/formula.blankUnguarded";
import { formulaRefEmpty } from "../../src/core/audit/rules/formula.refEmpty";
import { buildAuditReport } from "../../src/core/report";
import { caseNames, loadCase } from "../cases/generate";

/** "Audit Rumus" in English: every message translated, and the audit uses them when asked. */

type Rule = (typeof AUDIT_RULE_LIST)[number];
type MessagesOf<R> = R extends AuditRule<string, infer M> ? M : never;
type ArgsOf<F> = F extends (...args: infer A) => string ? A : never;
/** Arguments for every message of every rule (the type makes a missing one a compile error). */
type Samples = {
  [R in Rule as R["id"]]: { [K in keyof MessagesOf<R>]: ArgsOf<MessagesOf<R>[K]> };
};

const X: Place = { role: "capaian", order: 6 };
const L: LkjipPlace = {
  sheet: "'Pengukuran Kinerja 2027'",
  address: "E8",
  table: 1,
  column: "Realisasi",
  row: "IKU06",
};
const SAMPLES: Samples = {
  "formula.overwritten": { overwritten: [X, '"75"'] },
  "formula.cleared": { cleared: [X] },
  "formula.wrongFunction": { wrongFunction: [X, ["IKU.A"], ["IKU.B"]] },
  "formula.swappedArguments": {
    swapped: [X, ["IKU06_PENYEBUT", "IKU06_PEMBILANG"], ["IKU06_PEMBILANG", "IKU06_PENYEBUT"]],
  },
  "formula.wrongReference": { wrongReference: [X, ["IKU07_PEMBILANG"], ["IKU06_PEMBILANG"]] },
  "formula.blankUnguarded": { blankUnguarded: [X] },
  "formula.a1Reference": { a1Reference: [X, ["E20"]] },
  "formula.hardcodedNumber": { hardcodedNumber: [X, [1.1]] },
  "formula.modified": { modified: [X] },
  "formula.unknownFunction": { unknownFunction: ["IKU.TIDAK_ADA"] },
  "formula.argCount": { argCount: ["IKU.CAPAIAN", 2, 2, 1] },
  "formula.refEmpty": { refEmpty: ["IKU.CAPAIAN", "realisasi", ["B4"]] },
  "formula.refText": { refText: ["IKU.CAPAIAN", "realisasi", ["B4"]] },
  "formula.mixedConstant": { mixedConstant: [[1.1]] },
  "formula.addinNotLoaded": { addinNotLoaded: [{ sheet: "Rekap", address: "C4" }] },
  "formula.unknownName": { unknownName: [X, ["IKU99_HASIL"]] },
  "formula.errorValue": { errorValue: [X, "#DIV/0!"] },
  "name.missing": {
    nameMissing: ["IKU06_HASIL", "IKU 2026"],
    markerMissing: ["IKU_LEMBAR"],
  },
  "name.broken": { nameBroken: ["IKU06_HASIL", "#REF!"] },
  "name.moved": {
    nameOtherSheet: ["IKU06_HASIL", "Rekap!C4", "IKU 2026"],
    nameMoved: ["IKU06_HASIL", "M21", "M20"],
  },
  "sheet.katalogChanged": {
    added: ["KES06", "Persentase ibu hamil K4", "Katalog IKU", "IKU 2026"],
    removed: ["KES03", "Penurunan kasus DBD", "Katalog IKU", "IKU 2026"],
    changed: [
      "KES02",
      [
        { field: "jenis", sheet: "pertumbuhan", katalog: "penurunan" },
        { field: "components", sheet: ["a", "b"], katalog: ["c", "d"], renamed: true },
      ],
      "Katalog IKU",
      "IKU 2026",
    ],
  },
  "target.renstraDiffers": { differs: [6, '"85"', 2027, '"80"', "Target Renstra!K13"] },
  "lkjip.stale": {
    layout: [
      "'Pengukuran Kinerja 2027'",
      { tahun: 2027, address: "D20", found: "Realisasi 2026", expected: "Realisasi 2025" },
    ],
    noYearSheet: ["'Pengukuran Kinerja 2027'", 2027],
  },
  "lkjip.copiedValue": { copied: [L, '"75"'], cleared: [L] },
  "lkjip.formulaChanged": { changed: [L, "='IKU 2027'!$N$14"] },
  "lkjip.budgetInvalid": {
    notNumber: [L, "Rp 1.500.000"],
    negative: [L, "-5"],
    errorValue: [L, "#VALUE!"],
  },
};

/** Words that only an Indonesian sentence has. */
const INDONESIAN =
  /\b(yang|tidak|rumus|seharusnya|bukan|dari|merujuk|berisi|menampilkan|nama|sel)\b/i;

function call(messages: object, key: string, args: readonly unknown[]): string | undefined {
  const fn = (messages as Record<string, ((...a: unknown[]) => string) | undefined>)[key];
  return fn?.(...args);
}

describe("English audit messages", () => {
  test("every rule has an English label and English messages, with the Indonesian ones' keys", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(AUDIT_RULE_LIST.map((r) => r.id).sort());
    for (const rule of AUDIT_RULE_LIST) {
      const samples = SAMPLES[rule.id] as Record<string, readonly unknown[]>;
      const keys = Object.keys(rule.messages.id).sort();
      expect({ rule: rule.id, en: Object.keys(rule.messages.en).sort() }).toEqual({
        rule: rule.id,
        en: keys,
      });
      expect({ rule: rule.id, samples: Object.keys(samples).sort() }).toEqual({
        rule: rule.id,
        samples: keys,
      });
      expect({ rule: rule.id, label: rule.labelEn === rule.label }).toEqual({
        rule: rule.id,
        label: false,
      });
      for (const key of keys) {
        const id = call(rule.messages.id, key, samples[key]);
        const en = call(rule.messages.en, key, samples[key]);
        expect({ key, en: typeof en, id: typeof id }).toEqual({ key, en: "string", id: "string" });
        expect({ key, same: en === id }).toEqual({ key, same: false });
        expect({ key, indonesian: INDONESIAN.test(en ?? "") }).toEqual({ key, indonesian: false });
      }
    }
    for (const where of [X, { sheet: "Rekap", address: "C4" }])
      expect(INDONESIAN.test(placeWords.en(where))).toBe(false);
  });

  test("formulas in English messages use Excel's English argument separator", () => {
    expect(formulaBlankUnguarded.messages.en.blankUnguarded(X)).toContain('IF(ISBLANK(…),"",…)');
    expect(formulaRefEmpty.messages.en.refEmpty("F", "p", ["A1"])).toContain(
      'IF(ISBLANK(A1),"",A1)'
    );
    expect(formulaArgCount.messages.en.argCount("F", 2, 3, 1)).toContain("takes 2–3 arguments");
    expect(formulaArgCount.messages.en.argCount("F", 2, null, 1)).toContain("takes at least 2");
    expect(formulaArgCount.messages.en.argCount("F", 1, 1, 2)).toContain("takes 1 argument,");
    expect(formulaArgCount.messages.id.argCount("F", 2, null, 1)).toContain("paling sedikit 2");
  });
});

const shape = (fs: readonly Finding[]) =>
  fs.map((f) => [f.sheet, f.cell, f.rule, f.severity, f.indicator, f.current, f.expected]);

describe("Audit Rumus in English", () => {
  test("three-mistakes: the same findings as the golden case, with English messages", () => {
    const { grid, options, expected } = loadCase("three-mistakes");
    const id = analyzeFormulas(grid, options).findings;
    const en = analyzeFormulas(grid, { ...options, lang: "en" }).findings;
    // The Indonesian audit is still the golden one.
    expect(JSON.parse(JSON.stringify(id))).toEqual(expected.audit);
    expect(shape(en)).toEqual(shape(id));
    expect(en.length).toBeGreaterThan(0);
    expect(id.every((f) => f.messageLang === undefined)).toBe(true);
    expect(en.every((f) => f.messageLang === "en")).toBe(true);
    const byRule = (fs: Finding[], rule: string) => fs.find((f) => f.rule === rule)?.message ?? "";
    expect(byRule(en, "formula.overwritten")).toBe(
      'Result of IKU 6 holds the number "75" typed in directly, not a formula: it no longer follows the input data. Put back the expected formula.'
    );
    expect(byRule(en, "formula.swappedArguments")).toMatch(/^Result of IKU 3: the arguments/);
    // Numbers in each language's format.
    expect(byRule(en, "formula.hardcodedNumber")).toContain("fixed number 1.1,");
    expect(byRule(id, "formula.hardcodedNumber")).toContain("angka tetap 1,1 ");
    for (const f of en)
      expect({ cell: f.cell, id: INDONESIAN.test(f.message) }).toEqual({ cell: f.cell, id: false });
    // The report sheet carries the English messages.
    const report = buildAuditReport(
      { findings: en, checkedAt: "2026-11-27T10:00:00Z", workbook: "b.xlsx", sheets: ["IKU 2026"] },
      "en"
    );
    const texts = report.rows.flatMap((r) => r.values.map(String));
    expect(texts).toEqual(expect.arrayContaining(en.map((f) => f.message)));
  });

  test("every golden case: English messages for every audit finding, same findings", () => {
    const names = caseNames();
    let total = 0;
    for (const name of names) {
      const { grid, options, expected } = loadCase(name);
      const en = analyzeFormulas(grid, { ...options, lang: "en" }).findings;
      expect({ name, shape: shape(en) }).toEqual({ name, shape: shape(expected.audit) });
      for (const f of en) {
        total++;
        expect({ name, cell: f.cell, lang: f.messageLang }).toEqual({
          name,
          cell: f.cell,
          lang: "en",
        });
        expect({ name, message: f.message, id: INDONESIAN.test(f.message) }).toEqual({
          name,
          message: f.message,
          id: false,
        });
      }
    }
    expect(total).toBeGreaterThan(20);
  });
});
