import { CATALOGUE } from "../../../src/core/catalogue";
import { runFunction } from "../../../src/core/calculation";
import { evaluatePlan } from "../../../src/core/sheet/evaluate";
import { absoluteReference, buildSheetPlan, MARKER_NAME } from "../../../src/core/sheet/plan";
import { yearValueMoves } from "../../../src/core/sheet/upgrade";
import type { SheetPlan } from "../../../src/core/sheet/types";
import { decideGeneration } from "../../../src/office/generate";
import type { WorkbookSnapshot } from "../../../src/office/generate";

const SHEET = "IKU 2026";
const plan: SheetPlan = buildSheetPlan({
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: SHEET,
  mode: "excel",
});

/**
 * The names of a one-year sheet as the version before the quarters made it: per indicator two
 * rows (labels, then inputs), the components' inputs in H, I, J named like today's year
 * components, then HASIL, TARGET, CAPAIAN, KATEGORI in K, M, N, O; IKU_LEMBAR on A1. Built here
 * because the old plan builder no longer exists; only its names matter to the upgrade.
 */
function legacyNames(): { name: string; refersTo: string; address: string }[] {
  const out = [{ name: MARKER_NAME, address: "A1" }];
  CATALOGUE.indicators.forEach((ind, i) => {
    const row = 17 + 2 * i;
    ind.components.forEach((c, k) =>
      out.push({ name: `${ind.code}_${c.key}`, address: `${"HIJ"[k]}${row}` })
    );
    for (const [key, col] of [
      ["HASIL", "K"],
      ["TARGET", "M"],
      ["CAPAIAN", "N"],
      ["KATEGORI", "O"],
    ])
      out.push({ name: `${ind.code}_${key}`, address: `${col}${row - 1}` });
  });
  return out.map((n) => ({ ...n, refersTo: absoluteReference(SHEET, n.address) }));
}

describe("upgrade of a one-year sheet to the quarters", () => {
  const names = legacyNames();

  it("moves each year component's typed value to its TW IV input; a sheet with quarters moves none", () => {
    const moves = yearValueMoves(plan, names, SHEET);
    const components = CATALOGUE.indicators.reduce((n, i) => n + i.components.length, 0);
    expect(moves).toHaveLength(components);
    expect(moves.find((m) => m.from === "IKU06_PEMBILANG")).toEqual({
      indicator: "IKU06",
      from: "IKU06_PEMBILANG",
      to: "IKU06_PEMBILANG_TW4",
      address: plan.names.find((n) => n.name === "IKU06_PEMBILANG_TW4")!.address,
    });
    expect(yearValueMoves(plan, plan.names, SHEET)).toEqual([]);
    // Names on another sheet are not this sheet's.
    expect(yearValueMoves(plan, names, "Lain")).toEqual([]);
  });

  it("keeps every typed value on regenerate, each year value in TW IV, and says how many moved", () => {
    // IKU03 (akumulasi, posisi), IKU06 (akumulasi), IKU14 (posisi) and IKU01 typed; targets too.
    const typed: Record<string, number> = {
      IKU03_PEMBILANG: 45,
      IKU03_PENYEBUT: 60,
      IKU06_PEMBILANG: 30,
      IKU06_PENYEBUT: 40,
      IKU14_PEMBILANG: 13,
      IKU14_PENYEBUT: 15,
      IKU01_NILAI: 78.5,
      IKU03_TARGET: 80,
      IKU06_TARGET: 80,
      IKU14_TARGET: 80,
      IKU01_TARGET: 75,
    };
    const snap: WorkbookSnapshot = {
      sheets: [{ name: SHEET, protected: true }],
      names: names.map((n) => ({ name: n.name, formula: n.refersTo })),
      values: Object.fromEntries(
        Object.entries(typed).map(([k, v]) => [k, { value: v, type: "Double" }])
      ),
    };
    const decision = decideGeneration(plan, snap);
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.existing).toBe(SHEET);
    const yearNames = Object.keys(typed).filter((k) => !k.endsWith("_TARGET"));
    expect(decision.moved.map((m) => m.from).sort()).toEqual(yearNames.sort());
    // Every typed value is kept: the year values at their TW IV inputs, the targets in place.
    expect(decision.kept.size).toBe(Object.keys(typed).length);
    const inputs: Record<string, number> = {};
    for (const [name, value] of Object.entries(typed)) {
      const to = name.endsWith("_TARGET") ? name : `${name}_TW4`;
      const address = plan.names.find((n) => n.name === to)!.address;
      expect(decision.kept.get(address)).toBe(value);
      inputs[to] = value;
    }
    // The year's results are those of the one-year sheet, for both aggregations.
    const values = evaluatePlan(plan, inputs);
    const at = (name: string) => values.get(plan.names.find((n) => n.name === name)!.address);
    for (const ind of CATALOGUE.indicators.filter((i) => `${i.code}_TARGET` in typed)) {
      const old = runFunction(
        ind.functionName,
        ind.components.map((c) => typed[`${ind.code}_${c.key}`])
      );
      expect([ind.code, at(`${ind.code}_HASIL`)]).toEqual([ind.code, old]);
      expect(at(`${ind.code}_HASIL_TW4`)).toEqual(old);
    }
  });
});
