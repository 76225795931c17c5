import { CATALOGUE } from "../../../src/core/catalogue";
import type { Catalogue } from "../../../src/core/catalogue";
import type { GridValue } from "../../../src/core/grid";
import {
  buildRenstraPlan,
  findRenstra,
  isRenstraLink,
  parsePeriode,
  periodeProblem,
  RENSTRA_MARKER,
  RENSTRA_SHEET,
  renstraLinkFormula,
  renstraLinkTarget,
  renstraTargetLinks,
  validateRenstra,
} from "../../../src/core/sakip/renstra";
import type { RenstraPlan } from "../../../src/core/sakip/renstra";
import { buildSheetPlan } from "../../../src/core/sheet/plan";

const plan = buildRenstraPlan({
  periode: { awal: 2025, akhir: 2029 },
  namaPerangkatDaerah: CATALOGUE.agency.nama,
});
const cell = (p: RenstraPlan, name: string) => {
  const c = p.cells.find((x) => x.name === name);
  if (!c) throw new Error(`no cell ${name}`);
  return c;
};
const at = (p: RenstraPlan, address: string) => p.cells.find((c) => c.address === address);
/** The catalogue with IKU03 read as lower-is-better (a negative-polarity indicator). */
const negative: Catalogue = {
  ...CATALOGUE,
  indicators: CATALOGUE.indicators.map((i) =>
    i.code === "IKU03" ? { ...i, polarity: "negatif" } : i
  ),
};

describe("buildRenstraPlan", () => {
  it("has the title, the agency, the period and a row per indicator, grouped by sasaran", () => {
    expect(plan.sheetName).toBe(RENSTRA_SHEET);
    expect(at(plan, "A1")?.value).toBe("TARGET KINERJA RENSTRA");
    expect(at(plan, "A2")?.value).toBe(CATALOGUE.agency.nama);
    expect(at(plan, "A3")?.value).toBe("Periode 2025–2029");
    expect(plan.renstra.indicators.map((i) => i.code)).toHaveLength(18);
    expect(plan.renstra.indicators[0].code).toBe("IKU01");
    // No and Sasaran merged over each group (S1: 1 row, S2: 9, S3: 8).
    const first = plan.table.firstRow;
    expect(plan.merges.map((m) => m.range)).toEqual(
      expect.arrayContaining([`A${first + 1}:A${first + 9}`, `B${first + 10}:B${first + 17}`])
    );
    expect(at(plan, `C${first}`)?.value).toBe("IKU01");
    expect(at(plan, `E${first}`)?.value).toBe(CATALOGUE.indicators[0].satuan);
  });

  it("names every input sheet by sheet, kondisi awal, one target per year, kondisi akhir", () => {
    const ind = plan.renstra.indicators.find((i) => i.code === "IKU06")!;
    expect(ind.targets.map((t) => [t.tahun, t.name])).toEqual([
      [2025, "IKU06_TARGET_2025"],
      [2026, "IKU06_TARGET_2026"],
      [2027, "IKU06_TARGET_2027"],
      [2028, "IKU06_TARGET_2028"],
      [2029, "IKU06_TARGET_2029"],
    ]);
    expect(ind.awal.name).toBe("IKU06_AWAL");
    expect(ind.akhir.name).toBe("IKU06_AKHIR");
    expect(cell(plan, "IKU06_TARGET_2027").role).toBe("target");
    expect(plan.names.find((n) => n.name === RENSTRA_MARKER)?.refersTo).toBe(
      "='Target Renstra'!$A$1"
    );
    expect(plan.names.find((n) => n.name === "IKU06_TARGET_2027")?.refersTo).toBe(
      `='Target Renstra'!$${ind.targets[2].address.replace(/(\d+)$/, "$$$1")}`
    );
    // Every typed cell is an unlocked input; everything else is locked; the sheet is protected.
    for (const c of plan.cells) {
      const typed = c.role === "input" || c.role === "target";
      expect(plan.styles[c.style].locked).toBe(!typed);
      if (typed) expect(c.value ?? c.formula).toBeUndefined();
    }
    expect(plan.protection.protect).toBe(true);
    expect(plan.print).toMatchObject({ orientation: "landscape", paperSize: "F4" });
  });

  it("validates by the rule table: a count's kondisi awal whole, a score 0–100, years in the period", () => {
    const v = (name: string) =>
      plan.validations.find((x) => x.address === cell(plan, name).address)!;
    expect(v("IKU02_AWAL")).toMatchObject({ type: "wholeNumber", min: 0 });
    expect(v("IKU01_AWAL")).toMatchObject({ type: "decimal", operator: "between", max: 100 });
    expect(v("IKU06_AWAL")).toMatchObject({ type: "decimal", min: 0 });
    expect(v("IKU06_MULAI")).toMatchObject({ type: "wholeNumber", min: 2025, max: 2029 });
    expect(v("IKU06_TARGET_2027")).toMatchObject({ type: "targetRange" });
    expect(v("IKU01_TARGET_2027").predikat).toBe(true);
    for (const x of plan.validations) {
      expect(x.inputTitle.length).toBeLessThanOrEqual(32);
      expect(x.inputMessage.length).toBeLessThanOrEqual(255);
    }
  });

  it("marks like the year sheet's: bad targets, a year outside the indicator's period, akhir against polarity", () => {
    const marks = (name: string) =>
      plan.conditionalFormats.filter((c) => c.address === cell(plan, name).address);
    const target = marks("IKU06_TARGET_2027");
    expect(target.map((m) => m.severity)).toEqual(["error", "warning", "warning"]);
    const mulai = cell(plan, "IKU06_MULAI").address;
    expect(target[2].formula).toContain(`IF(ISNUMBER(${mulai}),${mulai},2025)`);
    const awal = cell(plan, "IKU06_AWAL").address;
    const akhir = cell(plan, "IKU06_AKHIR").address;
    expect(marks("IKU06_AKHIR").some((m) => m.formula.includes(`${akhir}<${awal}`))).toBe(true);
    const neg = buildRenstraPlan(
      { periode: { awal: 2025, akhir: 2029 }, namaPerangkatDaerah: "X" },
      negative
    );
    const a3 = neg.cells.find((c) => c.name === "IKU03_AWAL")!.address;
    const k3 = neg.cells.find((c) => c.name === "IKU03_AKHIR")!.address;
    expect(neg.conditionalFormats.some((m) => m.formula.includes(`${k3}>${a3}`))).toBe(true);
  });

  it("takes the agency's period length within limits and refuses others", () => {
    const three = buildRenstraPlan({
      periode: { awal: 2024, akhir: 2026 },
      namaPerangkatDaerah: "X",
    });
    expect(three.renstra.indicators[0].targets).toHaveLength(3);
    expect(at(three, "H5")?.value).toBe("Kondisi Awal (2023)");
    expect(parsePeriode("2025-2029")).toEqual({ ok: true, periode: { awal: 2025, akhir: 2029 } });
    expect(parsePeriode(" 2025 – 2029 ")).toMatchObject({ ok: true });
    expect(parsePeriode("2025 s.d. 2029")).toMatchObject({ ok: true });
    expect(parsePeriode("2029-2025")).toMatchObject({ ok: false });
    expect(parsePeriode("2025-2045")).toMatchObject({ ok: false });
    expect(parsePeriode("lima tahun")).toMatchObject({ ok: false });
    expect(periodeProblem({ awal: 1990, akhir: 1994 }, "en")).toMatch(/between 2000 and 2100/);
    expect(() =>
      buildRenstraPlan({ periode: { awal: 2025, akhir: 2024 }, namaPerangkatDaerah: "X" })
    ).toThrow(RangeError);
  });

  it("is deterministic", () => {
    const again = buildRenstraPlan({
      periode: { awal: 2025, akhir: 2029 },
      namaPerangkatDaerah: CATALOGUE.agency.nama,
    });
    expect(again).toEqual(plan);
  });
});

/** The names of a plan as a workbook reports them (sheet-scoped or not: by where they point). */
const workbookNames = (p: RenstraPlan) =>
  p.names.map((n) => ({ name: n.name, refersTo: n.refersTo }));

describe("the Renstra of a workbook and the year sheet's link", () => {
  const found = findRenstra(workbookNames(plan), ["IKU 2027", "Target Renstra"])!;

  it("finds the sheet, its period and its names", () => {
    expect(found.sheet).toBe("Target Renstra");
    expect(found.periode).toEqual({ awal: 2025, akhir: 2029 });
    expect(found.codes.get("IKU06")).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(findRenstra(workbookNames(plan), ["IKU 2027"])).toBeUndefined();
    expect(findRenstra([], ["Target Renstra"])).toBeUndefined();
  });

  it("links the year's Target to the Renstra cell by address, blank kept blank", () => {
    const links = renstraTargetLinks(found, 2027);
    const address = cell(plan, "IKU06_TARGET_2027").address;
    const abs = address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    expect(links.IKU06).toBe(`=IF(ISBLANK('Target Renstra'!${abs}),"",'Target Renstra'!${abs})`);
    expect(Object.keys(links)).toHaveLength(18);
    expect(renstraTargetLinks(found, 2031)).toEqual({});
    expect(renstraLinkTarget(links.IKU06)).toEqual({ sheet: "Target Renstra", address });
    expect(isRenstraLink(links.IKU06)).toBe(true);
    expect(isRenstraLink("=85")).toBe(false);
    expect(isRenstraLink(85)).toBe(false);
    expect(renstraLinkTarget(renstraLinkFormula("It's", "B7"))).toEqual({
      sheet: "It's",
      address: "B7",
    });
  });

  it("puts the link into the year sheet's Target cell, in both formula modes, and nothing else changes", () => {
    for (const mode of ["iku", "excel"] as const) {
      const settings = { tahun: 2027, namaPerangkatDaerah: "X", sheetName: "IKU 2027", mode };
      const plain = buildSheetPlan(settings);
      const linked = buildSheetPlan({ ...settings, targetLinks: renstraTargetLinks(found, 2027) });
      const target = linked.indicators.find((i) => i.code === "IKU06")!.target;
      const c = linked.cells.find((x) => x.address === target.address)!;
      expect(c.formula).toBe(renstraTargetLinks(found, 2027).IKU06);
      expect(c.role).toBe("target");
      expect(linked.styles[c.style].locked).toBe(false);
      const strip = (p: typeof plain) =>
        p.cells.map((x) => ({ ...x, formula: x.role === "target" ? undefined : x.formula }));
      expect(strip(linked)).toEqual(strip(plain));
    }
  });
});

describe("Periksa Data of the Renstra inputs", () => {
  const found = findRenstra(workbookNames(plan), ["Target Renstra"])!;
  const check = (
    values: Record<string, GridValue>,
    catalogue = CATALOGUE,
    lang: "id" | "en" = "id"
  ) => {
    const byAddress = new Map(
      Object.entries(values).map(([name, v]) => [cell(plan, name).address, v])
    );
    return validateRenstra(found, (a) => byAddress.get(a), catalogue, lang);
  };

  it("reports wrong types and out-of-range values with their cells", () => {
    const findings = check({
      IKU02_AWAL: 2.5,
      IKU01_AWAL: 120,
      IKU06_TARGET_2026: "banyak",
      IKU06_TARGET_2027: -1,
      IKU06_TARGET_2028: "85-80",
      IKU06_TARGET_2029: "BB",
      IKU01_TARGET_2029: "BB",
      IKU07_MULAI: 2031,
      IKU06_AKHIR: "#REF!",
    });
    const by = (name: string) =>
      findings.filter((f) => f.cell === cell(plan, name).address).map((f) => f.rule);
    expect(by("IKU02_AWAL")).toEqual(["input.notWhole"]);
    expect(by("IKU01_AWAL")).toEqual(["input.scoreRange"]);
    expect(by("IKU06_TARGET_2026")).toEqual(["input.text"]);
    expect(by("IKU06_TARGET_2027")).toEqual(["input.negative"]);
    expect(by("IKU06_TARGET_2028")).toEqual(["target.rangeOrder"]);
    expect(by("IKU06_TARGET_2029")).toEqual(["target.predikatNotAllowed"]);
    expect(by("IKU01_TARGET_2029")).toEqual([]);
    expect(by("IKU07_MULAI")).toEqual(["renstra.period"]);
    expect(by("IKU06_AKHIR")).toEqual(["input.errorValue"]);
    for (const f of findings) expect(f.sheet).toBe("Target Renstra");
    expect(findings.find((f) => f.rule === "renstra.period")?.message).toBe(
      "Tahun mulai IKU 7 (Target Renstra) berisi 2031; isi tahun antara 2025 dan 2029, atau kosongkan bila indikator berlaku sepanjang periode."
    );
  });

  it("warns of a target outside the indicator's own period and of a period upside down", () => {
    const f = check({ IKU06_MULAI: 2026, IKU06_TARGET_2025: 70, IKU06_TARGET_2026: 75 });
    expect(f.map((x) => [x.rule, x.severity, x.cell])).toEqual([
      ["renstra.outsidePeriod", "warning", cell(plan, "IKU06_TARGET_2025").address],
    ]);
    const g = check({ IKU06_MULAI: 2028, IKU06_SELESAI: 2026 });
    expect(g.map((x) => x.rule)).toEqual(["renstra.period"]);
  });

  it("warns (never errs) when kondisi akhir goes against the polarity", () => {
    expect(check({ IKU03_AWAL: 60, IKU03_AKHIR: 50 }).map((x) => [x.rule, x.severity])).toEqual([
      ["renstra.direction", "warning"],
    ]);
    expect(check({ IKU03_AWAL: 60, IKU03_AKHIR: 70 })).toEqual([]);
    expect(check({ IKU03_AWAL: 60, IKU03_AKHIR: 70 }, negative).map((x) => x.rule)).toEqual([
      "renstra.direction",
    ]);
    const en = check({ IKU03_AWAL: 60, IKU03_AKHIR: 70 }, negative, "en")[0];
    expect(en.messageLang).toBe("en");
    expect(en.message).toMatch(/lower is better/);
  });

  it("has nothing to say of blank cells", () => {
    expect(check({})).toEqual([]);
  });
});
