import { ATURAN_BAWAAN } from "../../src/core/aturan";
import { analyzeFormulas } from "../../src/core/audit";
import { CATALOGUE } from "../../src/core/catalogue";
import { WorkbookIndex } from "../../src/core/workbook-index";
import { findIkuSheets, recoverAturan } from "../../src/core/find-iku-sheet";
import { buildCaseGrid } from "../cases/generate";
import { messagesFor } from "../../src/core/messages";
import { checkSettings } from "../../src/core/settings";
import type { SettingsForm } from "../../src/core/settings";
import { buildSheetPlan } from "../../src/core/sheet/plan";

/** The agency's capaian rules in the settings: validated with zod, flowing to the sheet. */

const BASE: SettingsForm = {
  tahun: "2026",
  namaPerangkatDaerah: "Dinas Sosial",
  sheetName: "IKU 2026",
  mode: "iku",
};

describe("settings: the agency's capaian rules", () => {
  test("blank rule fields take the defaults (Permendagri 86/2017, 2 decimals)", () => {
    const check = checkSettings({ ...BASE, desimal: " ", kategoriBatas: "", kategoriLabel: "" });
    // The default rules stay implicit: the plan applies ATURAN_BAWAAN.
    expect(check.ok && check.settings.aturan).toBeUndefined();
    const plain = checkSettings(BASE);
    expect(plain.ok && plain.settings.aturan).toBeUndefined();
    expect(ATURAN_BAWAAN.kategoriBatas).toEqual([90, 75, 65, 50]);
  });

  test("an agency's own bands and labels, with a decimal comma", () => {
    const check = checkSettings({
      ...BASE,
      desimal: "1",
      kategoriBatas: "100; 80,5; 60",
      kategoriLabel: "Sangat Baik; Baik; Cukup; Kurang",
    });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.settings.aturan).toEqual({
      desimal: 1,
      kategoriBatas: [100, 80.5, 60],
      kategoriLabel: ["Sangat Baik", "Baik", "Cukup", "Kurang"],
      swadaya: "program",
    });
    // The rules flow to the sheet: the custom functions get them as optional arguments.
    const plan = buildSheetPlan(check.settings);
    const formula = (name: string) => plan.cells.find((c) => c.name === name)?.formula;
    expect(formula("IKU06_CAPAIAN")).toBe(
      '=IKU.CAPAIAN(IKU06_HASIL,IF(ISBLANK(IKU06_TARGET),"",IKU06_TARGET),"positif",1)'
    );
    expect(formula("IKU06_KATEGORI")).toBe(
      '=IKU.KATEGORI_CAPAIAN(IKU06_CAPAIAN,{100,80.5,60},{"Sangat Baik","Baik","Cukup","Kurang"},1)'
    );
    const excel = buildSheetPlan({ ...check.settings, mode: "excel" });
    const kategori = excel.cells.find((c) => c.name === "IKU06_KATEGORI")?.formula ?? "";
    expect(kategori).toContain('IF(ROUND(IKU06_CAPAIAN,1)>80.5,"Baik"');
    expect(excel.cells.find((c) => c.name === "IKU06_CAPAIAN")?.numberFormat).toBe(
      '0.0;-0.0;0.0;"–"'
    );
  });

  test("the default rules keep the short formulas", () => {
    const check = checkSettings(BASE);
    if (!check.ok) throw new Error("expected valid settings");
    const plan = buildSheetPlan(check.settings);
    expect(plan.cells.find((c) => c.name === "IKU06_KATEGORI")?.formula).toBe(
      "=IKU.KATEGORI_CAPAIAN(IKU06_CAPAIAN)"
    );
  });

  test.each([
    [{ desimal: "5" }, "desimal", "desimalInvalid"],
    [{ desimal: "1,5" }, "desimal", "desimalInvalid"],
    [{ kategoriBatas: "90; x; 50" }, "kategoriBatas", "batasNotNumbers"],
    [{ kategoriBatas: "50; 75; 90" }, "kategoriBatas", "batasOrder"],
    [{ kategoriBatas: "90; 90; 50" }, "kategoriBatas", "batasOrder"],
    [{ kategoriLabel: "A; ; C; D; E" }, "kategoriLabel", "labelEmpty"],
    [{ kategoriLabel: "A; B; C" }, "kategoriLabel", "labelCount"],
    [{ kategoriBatas: "90; 50" }, "kategoriLabel", "labelCount"],
  ] as const)("%p → %s: %s", (fields, field, key) => {
    const check = checkSettings({ ...BASE, ...fields });
    expect(check.ok).toBe(false);
    expect(check.errors[field]).toContain(key);
    // Every key has an Indonesian and an English message.
    expect(messagesFor("id").settings[key].length).toBeGreaterThan(10);
    expect(messagesFor("en").settings[key].length).toBeGreaterThan(10);
  });
});

describe("the audit reads an agency's rules back from the sheet", () => {
  const aturan = {
    desimal: 1,
    kategoriBatas: [100, 80.5, 60],
    kategoriLabel: ["Sangat Baik", "Baik", 'Cukup "C"', "Kurang"],
    swadaya: "program" as const,
  };
  test.each(["iku", "excel"] as const)("%s mode: no formula finding, the plan's rules", (mode) => {
    const grid = buildCaseGrid({ description: "", mode, inputs: "examples", aturan });
    const audit = analyzeFormulas(grid);
    expect(audit.findings).toEqual([]);
    expect(findIkuSheets(new WorkbookIndex(grid))[0].plan.settings.aturan).toEqual(aturan);
    expect(recoverAturan(new WorkbookIndex(grid), CATALOGUE)).toEqual(aturan);
  });
  test.each(["iku", "excel"] as const)(
    "%s mode: the swadaya reading (rupiah) is read back from IKU 16's hasil",
    (mode) => {
      const rupiah = { ...ATURAN_BAWAAN, swadaya: "rupiah" as const };
      const grid = buildCaseGrid({ description: "", mode, inputs: "examples", aturan: rupiah });
      expect(analyzeFormulas(grid).findings).toEqual([]);
      expect(recoverAturan(new WorkbookIndex(grid), CATALOGUE)).toEqual(rupiah);
      expect(findIkuSheets(new WorkbookIndex(grid))[0].plan.settings.aturan).toEqual(rupiah);
    }
  );
  test("--swadaya / the form's swadaya field: program (default) or rupiah, else a message", () => {
    const form = { tahun: "2026", namaPerangkatDaerah: "Dinas", sheetName: "IKU 2026" };
    const rupiah = checkSettings({ ...form, mode: "excel", swadaya: "rupiah" });
    expect(rupiah.ok && rupiah.settings.aturan?.swadaya).toBe("rupiah");
    const program = checkSettings({ ...form, mode: "excel", swadaya: "program" });
    expect(program.ok && program.settings.aturan).toBeUndefined();
    const bad = checkSettings({ ...form, mode: "excel", swadaya: "uang" as never });
    expect(bad.errors.swadaya).toEqual(["swadayaInvalid"]);
  });
  test("default rules stay implicit", () => {
    const grid = buildCaseGrid({ description: "", mode: "excel", inputs: "examples" });
    expect(recoverAturan(new WorkbookIndex(grid), CATALOGUE)).toBeUndefined();
    const decimalsOnly = buildCaseGrid({
      description: "",
      mode: "iku",
      inputs: "examples",
      aturan: { ...ATURAN_BAWAAN, desimal: 3 },
    });
    expect(analyzeFormulas(decimalsOnly).findings).toEqual([]);
  });
});
