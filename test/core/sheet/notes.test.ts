import { CATALOGUE } from "../../../src/core/catalogue";
import { findUserNotes, previousLayout } from "../../../src/core/sheet/notes";
import { buildSheetPlan, parseAddress } from "../../../src/core/sheet/plan";
import type { SheetPlan } from "../../../src/core/sheet/types";

const plan = buildSheetPlan({
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: "IKU 2026",
  mode: "iku",
});

/** The sheet as the add-in wrote it (constants and formulas), as range.formulas reads it. */
function written(p: SheetPlan): unknown[][] {
  const end = parseAddress(p.range.split(":")[1]);
  const grid: unknown[][] = Array.from({ length: end.row + 5 }, () =>
    Array<unknown>(end.column + 2).fill("")
  );
  for (const c of p.cells) {
    const { row, column } = parseAddress(c.address);
    grid[row - 1][column - 1] = c.formula ?? c.value ?? "";
  }
  return grid;
}

describe("findUserNotes", () => {
  const names = plan.names.map((n) => ({ name: n.name, address: n.address }));
  const owned = new Set(
    plan.indicators.flatMap((i) => [...i.inputs, i.target].map((c) => c.address))
  );

  test("the add-in's own sheet has none", () => {
    const previous = previousLayout(plan, CATALOGUE, names);
    expect(
      findUserNotes(plan, previous, { topLeft: "A1", formulas: written(plan) }, plan.range, owned)
    ).toEqual([]);
  });

  test("finds text and numbers typed into labels, results and blanks, not inputs or outside", () => {
    const grid = written(plan);
    const input = plan.indicators[0].inputs[0].address;
    const result = plan.cells.find((c) => c.role === "result")!.address;
    const label = plan.cells.find((c) => c.role === "label" && c.value !== undefined)!.address;
    const end = parseAddress(plan.range.split(":")[1]);
    const set = (address: string, v: unknown) => {
      const { row, column } = parseAddress(address);
      grid[row - 1][column - 1] = v;
    };
    set(input, 12);
    set(result, 3);
    set(label, "lihat lampiran");
    set(`A${end.row + 2}`, "di luar tabel");
    const notes = findUserNotes(
      plan,
      previousLayout(plan, CATALOGUE, names),
      { topLeft: "A1", formulas: grid },
      plan.range,
      owned
    );
    expect(new Set(notes)).toEqual(
      new Set([
        { address: result, content: 3 },
        { address: label, content: "lihat lampiran" },
      ])
    );
  });
});
