import * as fs from "fs";
import * as path from "path";
import { analyzeFormulas } from "../../src/core/audit";
import type { Finding } from "../../src/core/grid";
import { auditMessages, auditMessagesEn, auditMessagesOf } from "../../src/core/messages/audit";
import { buildAuditReport } from "../../src/core/report";
import { caseBuilder, fromSparse } from "../cases/generate";
import type { CaseSpec, SparseGrid } from "../cases/generate";

/** "Audit Rumus" in English: every message translated, and the audit uses them when asked. */

type Samples = { [K in keyof typeof auditMessages]: Parameters<(typeof auditMessages)[K]> };

/** Arguments for every message (the type makes a missing one a compile error). */
const SAMPLES: Samples = {
  where: ["capaian", 6],
  staffWhere: ["Rekap", "C4"],
  overwritten: ["X", '"75"'],
  cleared: ["X"],
  wrongFunction: ["X", ["IKU.A"], ["IKU.B"]],
  swapped: ["X", ["IKU06_PENYEBUT", "IKU06_PEMBILANG"], ["IKU06_PEMBILANG", "IKU06_PENYEBUT"]],
  wrongReference: ["X", ["IKU07_PEMBILANG"], ["IKU06_PEMBILANG"]],
  a1Reference: ["X", ["E20"]],
  blankUnguarded: ["X"],
  hardcodedNumber: ["X", ["1.1"]],
  modified: ["X"],
  addinNotLoaded: ["X"],
  unknownName: ["X", ["IKU99_HASIL"]],
  errorValue: ["X", "#DIV/0!"],
  unknownFunction: ["IKU.TIDAK_ADA"],
  argCount: ["IKU.CAPAIAN", "2", 1],
  arityWords: [1, null],
  refEmpty: ["IKU.CAPAIAN", "realisasi", ["B4"]],
  refText: ["IKU.CAPAIAN", "realisasi", ["B4"]],
  mixedConstant: [["1.1"]],
  nameMissing: ["IKU06_HASIL", "IKU 2026"],
  markerMissing: ["IKU_SHEET"],
  nameBroken: ["IKU06_HASIL", "#REF!"],
  nameOtherSheet: ["IKU06_HASIL", "Rekap!C4", "IKU 2026"],
  nameMoved: ["IKU06_HASIL", "M21", "M20"],
};

/** Words that only an Indonesian sentence has. */
const INDONESIAN =
  /\b(yang|tidak|rumus|seharusnya|bukan|dari|merujuk|berisi|menampilkan|nama|sel)\b/i;

function call<K extends keyof typeof auditMessages>(
  set: typeof auditMessages,
  key: K
): string | undefined {
  const fn = set[key] as unknown as ((...args: unknown[]) => string) | undefined;
  return fn?.(...(SAMPLES[key] as unknown[]));
}

describe("English audit messages", () => {
  test("every Indonesian audit message has an English one, in English", () => {
    const keys = Object.keys(auditMessages) as (keyof typeof auditMessages)[];
    expect(Object.keys(auditMessagesEn).sort()).toEqual([...keys].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const id = call(auditMessages, key);
      const en = call(auditMessagesEn, key);
      expect({ key, en: typeof en }).toEqual({ key, en: "string" });
      // arityWords of a fixed count is a bare number in both languages.
      if (key !== "arityWords") expect({ key, same: en === id }).toEqual({ key, same: false });
      expect({ key, indonesian: INDONESIAN.test(en ?? "") }).toEqual({ key, indonesian: false });
    }
    expect(auditMessagesOf("en")).toBe(auditMessagesEn);
    expect(auditMessagesOf("id")).toBe(auditMessages);
    expect(auditMessagesOf()).toBe(auditMessages);
  });

  test("formulas in English messages use Excel's English argument separator", () => {
    expect(auditMessagesEn.blankUnguarded("X")).toContain('IF(ISBLANK(…),"",…)');
    expect(auditMessagesEn.refEmpty("F", "p", ["A1"])).toContain('IF(ISBLANK(A1),"",A1)');
    expect(auditMessagesEn.arityWords(2, 3)).toBe("2–3");
    expect(auditMessagesEn.arityWords(2, null)).toBe("at least 2");
  });
});

const CASES_DIR = path.join(__dirname, "..", "cases");
const NOW = new Date("2026-11-27T00:00:00Z");

function readCase(name: string) {
  const dir = path.join(CASES_DIR, name);
  const spec = JSON.parse(fs.readFileSync(path.join(dir, "case.json"), "utf8")) as CaseSpec;
  const grid = fromSparse(
    JSON.parse(fs.readFileSync(path.join(dir, "grid.json"), "utf8")) as SparseGrid
  );
  const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as {
    audit: Finding[];
  };
  return { grid, options: { build: caseBuilder(spec), now: NOW }, expected };
}

const shape = (fs: readonly Finding[]) =>
  fs.map((f) => [f.sheet, f.cell, f.rule, f.severity, f.indicator, f.current, f.expected]);

describe("Audit Rumus in English", () => {
  test("three-mistakes: the same findings as the golden case, with English messages", () => {
    const { grid, options, expected } = readCase("three-mistakes");
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
    const names = fs
      .readdirSync(CASES_DIR)
      .filter((n) => fs.existsSync(path.join(CASES_DIR, n, "case.json")));
    let total = 0;
    for (const name of names) {
      const { grid, options, expected } = readCase(name);
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
