import type { Catalogue } from "../../src/core/catalogue";
import type { GridValue } from "../../src/core/grid";
import { buildSheetPlan, MARKER_NAME } from "../../src/core/sheet/plan";
import type { SheetPlan, SheetSettings } from "../../src/core/sheet/types";
import { generateIkuSheet } from "../../src/office/generate";
import { caseKatalogCatalogue } from "../cases/generate";
import { createFakeExcel } from "../fake-excel/fake-excel";
import type { FakeExcel } from "../fake-excel/fake-excel";

/**
 * Regenerating after the Katalog IKU was edited keeps every typed value of the indicators that
 * remain: the pane's generate (decideGeneration, core/sheet/regenerate.ts) on the strict fake
 * Excel, from the Dinkes Katalog to its edited versions (test/cases/generate.ts CASE_KATALOGS).
 * Values follow their names (<Kode>_<component>, <Kode>_TARGET), so an indicator's position,
 * its name text or its neighbours do not matter; its Kode does.
 */

const settings = (catalogue: Catalogue): SheetSettings => ({
  tahun: 2026,
  namaPerangkatDaerah: catalogue.agency.nama,
  sheetName: "IKU 2026",
  mode: "excel",
});
const planOf = (katalog: string): SheetPlan => {
  const catalogue = caseKatalogCatalogue(katalog);
  return buildSheetPlan(settings(catalogue), catalogue);
};

/** Every input and target of a plan, each with its own value (text for one, as staff may). */
function typeAll(fake: FakeExcel, plan: SheetPlan): Map<string, GridValue> {
  const typed = new Map<string, GridValue>();
  let n = 1;
  for (const ind of plan.indicators) {
    for (const cell of [...ind.inputs, ind.target]) {
      const value = cell.name === "KES05_TARGET" ? "85-90" : n++ * 7;
      fake.type(cell.name, value);
      typed.set(cell.name, value);
    }
  }
  return typed;
}

async function regenerate(fake: FakeExcel, plan: SheetPlan) {
  const result = await generateIkuSheet(fake.context, plan);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

const blank = (v: GridValue | undefined) => v === null || v === undefined || v === "";
const names = (fake: FakeExcel) => fake.workbook.names.map((n) => n.name.toUpperCase());

describe("regenerating after a Katalog edit keeps the typed values of the indicators that remain", () => {
  let fake: FakeExcel;
  let typed: Map<string, GridValue>;
  beforeEach(async () => {
    fake = createFakeExcel();
    const first = planOf("dinkes");
    await regenerate(fake, first);
    typed = typeAll(fake, first);
    // 5 targets, and each of the 10 components typed in its four quarters.
    expect(typed.size).toBe(5 + 10 * 4);
  });

  /** Values typed on an indicator's cells (its quarter inputs and target). */
  const typedOf = (code: string) =>
    [...typed.keys()].filter((n) => n.startsWith(`${code}_`)).length;
  /** An indicator's inputs and target on the sheet all blank (its names from the plan). */
  const allBlank = (plan: SheetPlan, code: string) => {
    const ind = plan.indicators.find((i) => i.code === code);
    if (!ind) throw new Error(`${code} not in the plan`);
    for (const cell of [...ind.inputs, ind.target]) {
      expect({ name: cell.name, blank: blank(fake.valueOf(cell.name)) }).toEqual({
        name: cell.name,
        blank: true,
      });
    }
  };

  const keptExcept = (codes: string[]) => {
    for (const [name, value] of typed) {
      if (codes.some((c) => name.startsWith(`${c}_`))) continue;
      expect({ name, value: fake.valueOf(name) }).toEqual({ name, value });
    }
  };

  it("an indicator added in the middle: every value moves with its indicator, the new one is empty", async () => {
    const plan = planOf("dinkes+KES06");
    const before = fake.named("KES05_NILAI_TW4").address;
    const outcome = await regenerate(fake, plan);
    expect(outcome).toMatchObject({ created: false, indicators: 6, keptValues: typed.size });
    keptExcept([]);
    // KES06 sits between KES02 and KES05: KES05 moved two rows down, its value with it.
    expect(fake.named("KES05_NILAI_TW4").address).not.toBe(before);
    allBlank(plan, "KES06");
  });

  it("an indicator removed: the others keep theirs, its names leave with it", async () => {
    const outcome = await regenerate(fake, planOf("dinkes-KES03"));
    expect(outcome).toMatchObject({
      created: false,
      indicators: 4,
      keptValues: typed.size - typedOf("KES03"),
    });
    keptExcept(["KES03"]);
    expect(names(fake).filter((n) => n.startsWith("KES03_"))).toEqual([]);
    expect(names(fake)).toContain(MARKER_NAME);
  });

  it("an indicator renamed (its Indikator text), and names, Jenis, labels, sasaran changed: every value kept", async () => {
    const plan = planOf("dinkes~changed");
    const outcome = await regenerate(fake, plan);
    expect(outcome).toMatchObject({ created: false, indicators: 5, keptValues: typed.size });
    keptExcept([]);
    const text = [...fake.sheet("IKU 2026").cells.values()].map((c) => c.value);
    expect(text).toContain("Prevalensi balita gizi buruk");
    expect(text).not.toContain("Persentase balita gizi buruk");
  });

  it("all three edits at once (added, removed, renamed) keep every value of the remaining ones", async () => {
    const catalogue = caseKatalogCatalogue("dinkes+KES06");
    const edited: Catalogue = {
      ...catalogue,
      indicators: catalogue.indicators
        .filter((i) => i.code !== "KES03")
        .map((i) => (i.code === "KES01" ? { ...i, name: "Prevalensi balita gizi buruk" } : i)),
    };
    const outcome = await regenerate(fake, buildSheetPlan(settings(edited), edited));
    expect(outcome).toMatchObject({ indicators: 5, keptValues: typed.size - typedOf("KES03") });
    keptExcept(["KES03"]);
  });

  it("a Kode renamed is another indicator: the old Kode's values and names go, the new Kode starts empty", async () => {
    const plan = planOf("dinkes~kode");
    const outcome = await regenerate(fake, plan);
    expect(outcome).toMatchObject({ indicators: 5, keptValues: typed.size - typedOf("KES04") });
    keptExcept(["KES04"]);
    expect(names(fake).filter((n) => n.startsWith("KES04_"))).toEqual([]);
    allBlank(plan, "KES_FASKES");
  });

  it("a Jenis with other components keeps the values of the components whose names stay", async () => {
    // KES02 pertumbuhan (SEKARANG, PEMBANDING) → persentase (PEMBILANG, PENYEBUT): only its
    // target keeps its name.
    const plan = planOf("dinkes~jenis");
    const outcome = await regenerate(fake, plan);
    // Its two components' quarters go; its target stays.
    expect(outcome).toMatchObject({
      indicators: 5,
      keptValues: typed.size - (typedOf("KES02") - 1),
    });
    keptExcept(["KES02"]);
    expect(fake.valueOf("KES02_TARGET")).toBe(typed.get("KES02_TARGET"));
    // The sheet's KES02 names are exactly the new plan's: none of SEKARANG or PEMBANDING left.
    const kes02 = (list: string[]) => list.filter((n) => n.startsWith("KES02_")).sort();
    expect(kes02(names(fake))).toEqual(kes02(plan.names.map((n) => n.name.toUpperCase())));
    expect(kes02(names(fake)).some((n) => /SEKARANG|PEMBANDING/.test(n))).toBe(false);
    expect(kes02(names(fake))).toContain("KES02_PEMBILANG_TW4");
  });
});
