import { CATALOGUE } from "../../../src/core/catalogue";
import type { Catalogue } from "../../../src/core/catalogue";
import {
  parseNameRange,
  parseNameReference,
  sameSheet,
} from "../../../src/core/formula-parser/name-reference";
import { buildSheetPlan, MARKER_NAME } from "../../../src/core/sheet/plan";
import {
  addinNames,
  componentKeys,
  decideRegeneration,
  previousTables,
  suggestSheetName,
  tableNames,
} from "../../../src/core/sheet/regenerate";
import type { SheetSettings } from "../../../src/core/sheet/types";
import { largeCatalogue } from "./fixtures";

const SETTINGS: SheetSettings = {
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: "IKU 2026",
  mode: "iku",
};

describe("how a defined name's reference reads", () => {
  test("one cell, quoted or not, with or without = and $", () => {
    expect(parseNameReference("='IKU 2026'!$H$19")).toEqual({ sheet: "IKU 2026", address: "H19" });
    expect(parseNameReference("Sheet1!A1")).toEqual({ sheet: "Sheet1", address: "A1" });
    expect(parseNameReference("='Dinas''s'!$b$2")).toEqual({ sheet: "Dinas's", address: "B2" });
  });

  test("a range has a sheet but no single cell", () => {
    expect(parseNameReference("=Data!$A$1:$B$2")).toBeNull();
    expect(parseNameRange("=Data!$A$1:$B$2")).toEqual({
      sheet: "Data",
      start: { row: 0, col: 0 },
      end: { row: 1, col: 1 },
    });
  });

  test.each([
    "=#REF!$H$19",
    "=#REF!",
    "=42",
    "=Data!$A$1+1",
    "='a'!A1,'b'!B1",
    "=$A$1",
    "=SUM(Data!A1:A2)",
  ])("%s points at no cell", (formula) => {
    expect(parseNameRange(formula)).toBeUndefined();
    expect(parseNameReference(formula)).toBeNull();
  });

  test("non-text is no reference", () => {
    expect(parseNameReference(42)).toBeNull();
  });

  test("sheet names compare without case", () => {
    expect(sameSheet("iku 2026", "IKU 2026")).toBe(true);
    expect(sameSheet("IKU 2026", "IKU 2027")).toBe(false);
  });
});

describe("which names are the add-in's", () => {
  test.each([
    ["the catalogue", CATALOGUE],
    ["a large catalogue", largeCatalogue(3)],
  ] as [string, Catalogue][])("exactly the names the plan of %s writes", (_label, catalogue) => {
    const plan = buildSheetPlan(SETTINGS, catalogue);
    expect([...tableNames(catalogue)].sort()).toEqual(
      plan.names.map((n) => n.name.toUpperCase()).sort()
    );
  });

  test("a plan of a smaller catalogue still owns the names the full table wrote", () => {
    const smaller = { ...CATALOGUE, indicators: CATALOGUE.indicators.slice(1) };
    const ours = addinNames(buildSheetPlan(SETTINGS, smaller), CATALOGUE);
    const first = CATALOGUE.indicators[0].code;
    expect(ours.has(`${first}_HASIL`)).toBe(true);
    expect(ours.has(MARKER_NAME)).toBe(true);
    expect(ours.has("IKU06_CATATAN")).toBe(false);
  });
});

describe("regenerate or refuse", () => {
  const names = (entries: Record<string, string>, sheet?: string) =>
    Object.entries(entries).map(([name, refersTo]) => ({
      name,
      refersTo,
      ...(sheet !== undefined ? { sheet } : {}),
    }));

  test("creates the sheet in a workbook without it", () => {
    expect(decideRegeneration("IKU 2026", { sheets: ["Sheet1"], names: [] }, 2026, [])).toEqual({
      ok: true,
      existing: null,
    });
  });

  test("regenerates the sheet its own marker is on, as the workbook spells it", () => {
    const workbook = {
      sheets: ["iku 2026"],
      names: names(
        { IKU_LEMBAR: "='iku 2026'!$A$1", IKU06_HASIL: "='iku 2026'!$J$12" },
        "iku 2026"
      ),
    };
    expect(
      decideRegeneration("IKU 2026", workbook, 2026, [{ tahun: 2026, sheet: "iku 2026" }])
    ).toEqual({ ok: true, existing: "iku 2026" });
  });

  test("regenerates a one-year sheet whose marker is workbook-wide (made before)", () => {
    const workbook = { sheets: ["IKU 2026"], names: names({ IKU_LEMBAR: "='IKU 2026'!$A$1" }) };
    expect(decideRegeneration("IKU 2026", workbook, 2026, [])).toEqual({
      ok: true,
      existing: "IKU 2026",
    });
  });

  test("refuses a sheet of that name without the marker, with a free name", () => {
    const workbook = {
      sheets: ["IKU 2026", "IKU 2026 (2)"],
      names: names({ IKU06_HASIL: "='IKU 2026'!$J$12" }),
    };
    expect(decideRegeneration("IKU 2026", workbook, 2026, [])).toEqual({
      ok: false,
      refusal: { code: "foreignSheet", sheet: "IKU 2026", suggestion: "IKU 2026 (3)" },
    });
  });

  test("another sheet's marker does not make a sheet the add-in's", () => {
    const workbook = {
      sheets: ["IKU 2026", "IKU 2027"],
      names: names({ IKU_LEMBAR: "='IKU 2026'!$A$1" }, "IKU 2026"),
    };
    expect(decideRegeneration("IKU 2027", workbook, 2027, [])).toMatchObject({
      ok: false,
      refusal: { code: "foreignSheet", sheet: "IKU 2027" },
    });
  });

  test("a sheet of another year is no obstacle; a second sheet of the same year is refused", () => {
    const workbook = {
      sheets: ["IKU 2026"],
      names: names({ IKU_LEMBAR: "='IKU 2026'!$A$1" }, "IKU 2026"),
    };
    const years = [{ tahun: 2026, sheet: "IKU 2026" }];
    expect(decideRegeneration("IKU 2027", workbook, 2027, years)).toEqual({
      ok: true,
      existing: null,
    });
    expect(decideRegeneration("Laporan 2026", workbook, 2026, years)).toEqual({
      ok: false,
      refusal: { code: "otherIkuSheet", sheet: "IKU 2026", tahun: 2026 },
    });
  });

  test("a year sheet that is gone counts for nothing", () => {
    const workbook = { sheets: ["Data"], names: names({ IKU_LEMBAR: "=#REF!$A$1" }) };
    expect(
      decideRegeneration("IKU 2026", workbook, 2026, [{ tahun: 2026, sheet: "Dihapus" }])
    ).toEqual({ ok: true, existing: null });
  });

  test("suggests a free name within Excel's 31 characters", () => {
    expect(suggestSheetName("IKU 2026", ["iku 2026"])).toBe("IKU 2026 (2)");
    expect(suggestSheetName("X".repeat(31), ["X".repeat(31)])).toHaveLength(31);
  });
});

describe("the names of a table another catalogue made (after a Katalog edit)", () => {
  const ref = (a1: string) => `='IKU 2026'!$${a1.replace(/(\d+)/, "$$$1")}`;
  const workbook = {
    sheets: ["IKU 2026", "Data"],
    names: [
      { name: MARKER_NAME, refersTo: ref("A1") },
      // KES03: a table whose Kode the new catalogue no longer has.
      { name: "KES03_SEKARANG", refersTo: ref("H17") },
      { name: "KES03_PEMBANDING", refersTo: ref("I17") },
      { name: "KES03_HASIL", refersTo: ref("K16") },
      { name: "KES03_TARGET", refersTo: ref("M16") },
      { name: "KES03_CAPAIAN", refersTo: ref("N16") },
      { name: "KES03_KATEGORI", refersTo: ref("O16") },
      // Staff's own names, whatever they look like.
      { name: "KES03_CATATAN", refersTo: ref("P16") },
      { name: "KES09_HASIL", refersTo: ref("K30") },
      { name: "KES03_NILAI", refersTo: "=Data!$A$1" },
    ],
  };

  test("a code counts when its four result names refer to the sheet; its known component names go with it", () => {
    const tables = previousTables(workbook.names, "iku 2026");
    expect([...tables.keys()]).toEqual(["KES03"]);
    expect([...(tables.get("KES03")?.names.keys() ?? [])].sort()).toEqual([
      "KES03_CAPAIAN",
      "KES03_HASIL",
      "KES03_KATEGORI",
      "KES03_PEMBANDING",
      "KES03_SEKARANG",
      "KES03_TARGET",
    ]);
    expect(componentKeys()).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...componentKeys()]).toEqual(
      expect.arrayContaining(["PEMBILANG", "SEKARANG", "PEMBANDING", "NILAI", "K1", "K3"])
    );
  });

  test("addinNames owns them given the workbook, never a staff name", () => {
    const plan = buildSheetPlan(SETTINGS);
    const without = addinNames(plan, CATALOGUE);
    const withWorkbook = addinNames(plan, CATALOGUE, workbook);
    expect(without.has("KES03_HASIL")).toBe(false);
    for (const n of ["KES03_SEKARANG", "KES03_HASIL", "KES03_KATEGORI"])
      expect(withWorkbook.has(n)).toBe(true);
    for (const n of ["KES03_CATATAN", "KES09_HASIL", "KES03_NILAI"])
      expect(withWorkbook.has(n)).toBe(false);
  });
});
