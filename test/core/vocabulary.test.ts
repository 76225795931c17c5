import { CATALOGUE } from "../../src/core/catalogue";
import { buildHelpHtml } from "../../src/core/help";
import { AUDIT_RULE_LIST } from "../../src/core/audit";
import { functionMessages } from "../../src/core/messages/functions";
import { messagesFor } from "../../src/core/messages";
import { sheetText, validationText } from "../../src/core/messages/sheet";
import { VALIDATION_RULES, validationMessages } from "../../src/core/messages/validation";
import { buildAuditReport, formatTimestamp, REPORT_TEXT } from "../../src/core/report";
import { messages as cliMessages } from "../../src/cli/messages";
import { CLI_LIMITS } from "../../src/cli/limits";
import { KATALOG_RULES } from "../../src/core/katalog/rules";
import { stringsFor } from "../../src/taskpane/i18n";

/**
 * One term per concept in every user-facing text table, in both languages: a finding's
 * severity is "kesalahan"/"peringatan" (never "galat"), and the pane, the report sheet and the
 * CLI take the severity words from the catalogue's terms (src/core/messages).
 */

/** Every text a table can produce: strings, and functions called with placeholder arguments. */
function texts(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") {
    if (typeof value !== "function") return [];
    const fn = value as (...args: unknown[]) => unknown;
    const out: string[] = [];
    for (const arg of ["X", 2, ["A", "B"], "error", "warning"]) {
      try {
        out.push(...texts(fn(...Array<unknown>(Math.max(fn.length, 1)).fill(arg)), seen));
      } catch {
        // a placeholder of the wrong type: another one fits
      }
    }
    return out;
  }
  if (seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => texts(v, seen));
}

const TABLES: Record<string, unknown> = {
  functionMessages,
  validationMessages,
  VALIDATION_RULES,
  auditRules: AUDIT_RULE_LIST.map((r) => ({ label: r.label, messages: r.messages.id })),
  catalogueId: messagesFor("id"),
  catalogueEn: messagesFor("en"),
  cliCatalogueId: messagesFor("id").cli(CLI_LIMITS),
  cliCatalogueEn: messagesFor("en").cli(CLI_LIMITS),
  sheetText,
  validationText,
  REPORT_TEXT,
  paneId: stringsFor("id"),
  paneEn: stringsFor("en"),
  cliId: cliMessages("id"),
  cliEn: cliMessages("en"),
  catalogue: CATALOGUE,
  katalogRules: KATALOG_RULES,
  help: buildHelpHtml(),
};

describe("vocabulary", () => {
  test.each(Object.keys(TABLES))('%s never uses "galat"', (name) => {
    const all = texts(TABLES[name]);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((t) => /galat/i.test(t))).toEqual([]);
  });

  test("severity words come from one place", () => {
    for (const lang of ["id", "en"] as const) {
      const words = messagesFor(lang).terms.severity;
      const pane = stringsFor(lang);
      const cli = cliMessages(lang);
      for (const s of ["error", "warning"] as const) {
        expect(pane.severity[s]).toBe(words[s].title);
        expect(cli.severity(s)).toBe(words[s].one);
        expect(pane.severityCount(s, 2)).toBe(`2 ${words[s].many}`);
      }
    }
    expect(REPORT_TEXT.severity).toEqual({
      error: messagesFor("id").terms.severity.error.title,
      warning: messagesFor("id").terms.severity.warning.title,
    });
    expect(cliMessages("id").fileSummary(3, 1)).toBe("3 kesalahan, 1 peringatan.");
    expect(stringsFor("id").checkSummary(3, 1, [], "10.00")).toContain("3 kesalahan, 1 peringatan");
  });

  test('Excel\'s error values are "nilai kesalahan"', () => {
    expect(messagesFor("id").terms.errorValue).toBe("nilai kesalahan");
    expect(messagesFor("id").terms.severity.error.title).toBe("Kesalahan");
    expect(VALIDATION_RULES["input.errorValue"].label).toBe("Nilai kesalahan");
    expect(validationMessages.errorValue("Target IKU 3", "#N/A")).toContain("nilai kesalahan #N/A");
  });

  test("the sheet's columns read Target | Realisasi | Capaian, with one multiplication sign", () => {
    expect(sheetText.hasil).toBe("Realisasi");
    expect(sheetText.documentColumns).toContain(sheetText.timesHundred);
  });

  test("EYD: the listed phrases are gone from every table", () => {
    const all = Object.values(TABLES).flatMap((t) => texts(t));
    for (const phrase of [
      /lebih besar dari\b/,
      /pembagian dengan nol/,
      /jumlah\/cacah/,
      /nilai ketikan/,
      /sesuai rencana/,
      /\bpunya\b/,
      /\bdulu\b/,
      /ke admin/,
      /usulan kami/,
      /CustomFunctionsRuntime/,
    ])
      expect({ phrase: String(phrase), found: all.filter((t) => phrase.test(t)) }).toEqual({
        phrase: String(phrase),
        found: [],
      });
  });

  test("the report's time is local, with its zone (WITA in Bontang)", () => {
    expect(formatTimestamp("2026-11-27T23:05:10Z", 480)).toBe("28-11-2026 07:05:10 WITA");
    expect(formatTimestamp("2026-11-27T23:05:10Z", 420)).toBe("28-11-2026 06:05:10 WIB");
    expect(formatTimestamp("2026-11-27T23:05:10Z", 540)).toBe("28-11-2026 08:05:10 WIT");
    expect(formatTimestamp("2026-11-27T23:05:10Z", 0)).toBe("27-11-2026 23:05:10 UTC");
    expect(formatTimestamp("2026-11-27T23:05:10Z", 330)).toBe("28-11-2026 04:35:10 UTC+05:30");
    const report = buildAuditReport({
      findings: [],
      checkedAt: "2026-11-27T23:05:10Z",
      workbook: "x.xlsx",
      sheets: [],
      utcOffsetMinutes: 480,
    });
    expect(report.rows.flatMap((r) => r.values)).toContain("28-11-2026 07:05:10 WITA");
  });
});
