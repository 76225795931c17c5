import { analyzeFormulas } from "../../../src/core/audit";
import { katalogChanges } from "../../../src/core/audit/katalog-changes";
import { findIkuSheets } from "../../../src/core/find-iku-sheet";
import { workbookCatalogue } from "../../../src/core/katalog/workbook";
import { WorkbookIndex } from "../../../src/core/workbook-index";
import { buildSheetPlan } from "../../../src/core/sheet/plan";
import { loadCase } from "../../cases/generate";

/**
 * The audit rule sheet.katalogChanged beyond its golden cases (test/cases/katalog-changed-*):
 * what it leaves out of the other rules' findings, against the same workbook audited with the
 * same catalogue given as options (no Katalog sheet to compare with: the other rules speak).
 */

function audit(name: string) {
  const { grid, options } = loadCase(name);
  const read = workbookCatalogue(grid);
  if (!read.ok || read.source !== "katalog") throw new Error("no usable Katalog");
  const withKatalog = analyzeFormulas(grid, options).findings;
  const withoutKatalog = analyzeFormulas(grid, { ...options, catalogue: read.catalogue }).findings;
  const index = new WorkbookIndex(grid);
  const [iku] = findIkuSheets(index, read.catalogue, options.build, options.now);
  const changes = katalogChanges({ index, iku, catalogue: read.catalogue }, read.sheet);
  const rules = (fs: typeof withKatalog) => fs.map((f) => `${f.rule} ${f.indicator ?? ""}`);
  return {
    withKatalog: rules(withKatalog),
    withoutKatalog: rules(withoutKatalog),
    changes,
    catalogue: read.catalogue,
  };
}

describe("the Katalog no longer matches the IKU sheet", () => {
  it("an added indicator: one finding instead of one per missing name", () => {
    const { withKatalog, withoutKatalog, changes, catalogue } = audit("katalog-changed-added");
    expect(changes.added.map((a) => [a.indicator.code, a.cell])).toEqual([["KES06", "A5"]]);
    expect(withKatalog).toEqual(["sheet.katalogChanged KES06"]);
    // Each of its names (quarter inputs, values to date, results per quarter and the year's,
    // target), missing, when nothing explains them.
    const plan = buildSheetPlan(
      { tahun: 2026, namaPerangkatDaerah: "Dinkes", sheetName: "IKU 2026", mode: "excel" },
      catalogue
    );
    const names = plan.names.filter((n) => n.name.startsWith("KES06_"));
    expect(names.length).toBeGreaterThan(6);
    expect(withoutKatalog.filter((r) => r === "name.missing KES06")).toHaveLength(names.length);
  });

  it("a Jenis changed: its result formula is not reported as the wrong function", () => {
    const { withKatalog, withoutKatalog } = audit("katalog-changed-fields");
    expect(withoutKatalog).toContain("formula.wrongFunction KES02");
    expect(withKatalog).not.toContain("formula.wrongFunction KES02");
    expect(withKatalog).toContain("sheet.katalogChanged KES02");
    // A staff formula elsewhere keeps its finding: regenerating does not rewrite it.
    expect(withKatalog).toContain("formula.refEmpty ");
  });

  it("the widest indicator removed: result columns moved everywhere, no name.moved flood", () => {
    const { withKatalog, withoutKatalog, changes } = audit("katalog-changed-columns");
    expect(changes.columnsMoved).toBe(true);
    expect(withoutKatalog.filter((r) => r.startsWith("name.moved")).length).toBeGreaterThan(3);
    expect(withKatalog).toEqual(["formula.overwritten KES01", "sheet.katalogChanged KES04"]);
  });

  it("a Kode renamed is a removal and an addition; the clean sheet has no change", () => {
    expect(audit("katalog-changed-kode").withKatalog).toEqual([
      "sheet.katalogChanged KES_FASKES",
      "sheet.katalogChanged KES04",
    ]);
    const clean = audit("katalog-dinkes-clean-excel").changes;
    expect(clean).toEqual({ added: [], removed: [], changed: [], columnsMoved: false });
  });
});
