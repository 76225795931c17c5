import { CATALOGUE } from "../../src/core/catalogue";
import type { GridValue } from "../../src/core/grid";
import { buildRenstraPlan, findRenstra } from "../../src/core/sakip/renstra";
import { parseAddress } from "../../src/core/sheet/plan";
import { decideRenstra } from "../../src/office/renstra";

/**
 * What the pane's write of the Target Renstra keeps, asks about and clears, decided from what the
 * read found (the pure half of src/office/renstra.ts).
 */

const plan = (awal: number, akhir: number) =>
  buildRenstraPlan({ periode: { awal, akhir }, namaPerangkatDaerah: CATALOGUE.agency.nama });
const at = (p: ReturnType<typeof plan>, name: string) =>
  p.cells.find((c) => c.name === name)!.address;

/** The old sheet's used range as Excel reads it: the plan's texts and the typed values. */
function area(p: ReturnType<typeof plan>, typed: Record<string, GridValue>) {
  const end = parseAddress(p.range.split(":")[1]);
  const formulas: GridValue[][] = Array.from({ length: end.row }, () =>
    Array<GridValue>(end.column).fill("")
  );
  for (const c of p.cells) {
    const { row, column } = parseAddress(c.address);
    if (c.value !== undefined) formulas[row - 1][column - 1] = c.value;
    if (c.name && typed[c.name] !== undefined) formulas[row - 1][column - 1] = typed[c.name];
  }
  return { topLeft: "A1", formulas };
}

describe("decideRenstra", () => {
  const old = plan(2025, 2029);
  const found = findRenstra(
    old.names.map((n) => ({ name: n.name, refersTo: n.refersTo })),
    ["Target Renstra"]
  )!;

  test("the same period keeps every typed value at its name, asks nothing", () => {
    const typed = { IKU06_TARGET_2027: 75, IKU06_AWAL: 60, IKU01_TARGET_2029: "BB" };
    const d = decideRenstra(old, found, area(old, typed), old);
    expect([...d.kept].sort()).toEqual(
      [
        [at(old, "IKU06_TARGET_2027"), 75],
        [at(old, "IKU06_AWAL"), 60],
        [at(old, "IKU01_TARGET_2029"), "BB"],
      ].sort()
    );
    expect(d.asks).toEqual([]);
    expect(d.relink).toEqual([]);
    expect(d.clear).toBe(old.range);
  });

  test("another period moves values to their names, asks about a year left out, names the years to relink", () => {
    const now = plan(2026, 2030);
    const typed = { IKU06_TARGET_2025: 70, IKU06_TARGET_2027: 75 };
    const d = decideRenstra(now, found, area(old, typed), old);
    expect(d.kept.get(at(now, "IKU06_TARGET_2027"))).toBe(75);
    expect(d.asks).toEqual([{ address: at(old, "IKU06_TARGET_2025"), content: 70 }]);
    expect(d.relink).toEqual([2026, 2027, 2028, 2029]);
  });

  test("a note typed over a label of the table is asked about", () => {
    const a = area(old, {});
    const title = parseAddress(at(old, "IKU06_AWAL"));
    // Over the indicator's name (a label the new table writes).
    a.formulas[title.row - 1][3] = "dicek Bappeda";
    const d = decideRenstra(old, found, a, old);
    expect(d.asks).toEqual([{ address: `D${title.row}`, content: "dicek Bappeda" }]);
  });

  test("a new sheet keeps and asks nothing", () => {
    const d = decideRenstra(old, undefined, null, null);
    expect(d.kept.size).toBe(0);
    expect(d.asks).toEqual([]);
  });
});
