import { analyzeFormulas } from "../../src/core/audit";
import { CATALOGUE } from "../../src/core/catalogue";
import { parseCell } from "../../src/core/formula-parser/address";
import type { Finding, GridValue, WorkbookGrid } from "../../src/core/grid";
import { LKJIP_AUDIT_EN } from "../../src/core/messages/en-lkjip-audit";
import { LKJIP_AUDIT_ID } from "../../src/core/messages/id-lkjip-audit";
import { lkjipText } from "../../src/core/messages/lkjip-sheet";
import type { LkjipPlan } from "../../src/core/sakip/lkjip";
import { buildCase, caseLkjip } from "../cases/generate";
import type { CaseSpec } from "../cases/generate";

/**
 * "Audit Rumus" on the Pengukuran Kinerja sheet (src/core/audit/lkjip.ts): the sheet as the
 * writers make it for the workbook is clean; each kind of tampering gives its finding on its
 * cell; a workbook changed since the sheet was written gives one stale finding.
 */

const SHEET = lkjipText.sheetName(2027);
const RENSTRA: CaseSpec["renstra"] = { periode: [2025, 2029], values: {}, link: true };

function workbook(spec: Partial<CaseSpec> = {}): { grid: WorkbookGrid; plan: LkjipPlan } {
  const built = buildCase({
    description: "",
    mode: "excel",
    tahun: 2027,
    inputs: "examples",
    ...spec,
  });
  const { plan } = caseLkjip(built.grid, 2027, "IKU 2027", CATALOGUE);
  return { grid: built.grid, plan };
}

function set(grid: WorkbookGrid, address: string, content: GridValue, value = content) {
  const sheet = grid.sheets.find((s) => s.name === SHEET)!;
  const pos = parseCell(address)!;
  sheet.formulas[pos.row][pos.col] = content;
  sheet.values[pos.row][pos.col] = value;
}

const onLkjip = (grid: WorkbookGrid, lang: "id" | "en" = "id"): Finding[] =>
  analyzeFormulas(grid, { catalogue: CATALOGUE, lang }).findings.filter(
    (f) => f.sheet === SHEET || f.rule.startsWith("lkjip.")
  );

/** A formula cell of table `k` (0-based) reading another sheet, and one computing (capaian…). */
function cellsOf(plan: LkjipPlan, k: number) {
  const { first, last } = plan.tables[k];
  const inTable = plan.cells.filter((c) => {
    const row = Number(/\d+$/.exec(c.address)![0]);
    return c.formula !== undefined && row >= first && row <= last;
  });
  return {
    ref: inTable.find((c) => plan.calcs[c.address].op === "ref")!,
    computed: inTable.find((c) => plan.calcs[c.address].op !== "ref")!,
  };
}

describe("Audit Rumus on the Pengukuran Kinerja sheet", () => {
  test("as the writers make it, with or without a Renstra: no finding, and its formulas are not staff formulas", () => {
    for (const spec of [{}, { renstra: RENSTRA }]) {
      const { grid } = workbook(spec);
      const base = buildCase({
        description: "",
        mode: "excel",
        tahun: 2027,
        inputs: "examples",
        ...spec,
      }).grid;
      expect(onLkjip(grid)).toEqual([]);
      // Nothing else changes on the year sheet's audit either.
      expect(analyzeFormulas(grid, { catalogue: CATALOGUE }).findings).toEqual(
        analyzeFormulas(base, { catalogue: CATALOGUE }).findings
      );
    }
  });

  test("a typed or pasted number, and a cleared cell, where a formula belongs: errors on their cells", () => {
    const { grid, plan } = workbook({ renstra: RENSTRA });
    const t1 = cellsOf(plan, 0);
    const t3 = cellsOf(plan, 2);
    set(grid, t1.ref.address, 85);
    set(grid, t3.computed.address, "");
    const found = onLkjip(grid);
    expect(found.map((f) => [f.cell, f.rule, f.severity])).toEqual([
      [t1.ref.address, "lkjip.copiedValue", "error"],
      [t3.computed.address, "lkjip.copiedValue", "error"],
    ]);
    expect(found[0].message).toContain('"85"');
    expect(found[0].message).toContain(`'${SHEET}'!${t1.ref.address} (tabel 1`);
    expect(found[0].expected).toBe(t1.ref.formula);
    expect(found[1].message).toContain("kosong");
    expect(found[1].message).toContain("tabel 3");
  });

  test("a changed formula: an error with the expected formula; the same cells written another way are not", () => {
    const { grid, plan } = workbook();
    const t1 = cellsOf(plan, 0);
    const t4 = cellsOf(plan, 3);
    const ref = t1.ref.formula!;
    // The same cell: no $, lower case, and through the year sheet's name.
    const hasil = plan.cells.find(
      (c) => c.indicator && c.formula && /^='IKU 2027'!\$/.test(c.formula)
    )!;
    const name = `'IKU 2027'!${hasil.indicator}_HASIL`;
    set(grid, hasil.address, `=${name}`);
    set(grid, t1.ref.address, ref.replace(/\$/g, "").toLowerCase());
    expect(onLkjip(grid)).toEqual([]);

    set(grid, t1.ref.address, `${ref}*100`);
    set(grid, t4.computed.address, "=0");
    const found = onLkjip(grid);
    expect(found.map((f) => [f.cell, f.rule])).toEqual([
      [t1.ref.address, "lkjip.formulaChanged"],
      [t4.computed.address, "lkjip.formulaChanged"],
    ]);
    expect(found[0].message).toContain(ref);
    expect(found[0].expected).toBe(ref);
    expect(found[0].current).toBe(`${ref}*100`);
    // Not also a staff formula of the year sheet (formula.mixedConstant for the 100).
    expect(
      analyzeFormulas(grid, { catalogue: CATALOGUE }).findings.map((f) => f.rule)
    ).not.toContain("formula.mixedConstant");
  });

  test("typed budget: text, a negative number, an error value are errors; blank, 0 and a formula's number are not", () => {
    const { grid, plan } = workbook();
    const [pagu1, real1, pagu2, real2, pagu3, real3] = plan.budget.map((b) => b.address);
    set(grid, pagu1, "Rp 1.500.000");
    set(grid, real1, -5);
    set(grid, pagu2, "=1/0", "#DIV/0!");
    set(grid, real2, 0);
    set(grid, pagu3, "=2000000*3", 6000000);
    expect(real3).toBeDefined();
    const found = onLkjip(grid);
    expect(found.map((f) => [f.cell, f.rule])).toEqual([
      [pagu1, "lkjip.budgetInvalid"],
      [real1, "lkjip.budgetInvalid"],
      [pagu2, "lkjip.budgetInvalid"],
    ]);
    expect(found[0].message).toContain("bukan angka rupiah");
    expect(found[0].message).toContain(lkjipText.pagu);
    expect(found[1].message).toContain("negatif");
    expect(found[2].message).toContain("#DIV/0!");
  });

  test("a workbook changed since the sheet was written: one stale finding, nothing else on the sheet", () => {
    // Written with a Renstra that is gone since: table 3 now says there is none.
    const { grid, plan } = workbook({ renstra: RENSTRA });
    const renstra = plan.renstraSheet!;
    grid.sheets = grid.sheets.filter((s) => s.name !== renstra);
    grid.names = grid.names.filter((n) => !n.refersTo.includes(renstra));
    set(grid, cellsOf(plan, 0).ref.address, 85);
    const found = onLkjip(grid);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["lkjip.stale", "error"]]);
    expect(found[0].message).toContain("iku lkjip BERKAS.xlsx --tahun 2027");
    expect(found[0].message).toContain("tulis ulang lembar");

    // Table 2's year columns: the sheet shows a year the workbook no longer has.
    const other = workbook();
    const header = other.plan.cells.find((c) => c.value === lkjipText.realisasiTahun(2027))!;
    set(other.grid, header.address, lkjipText.realisasiTahun(2026));
    const stale = onLkjip(other.grid);
    expect(stale).toHaveLength(1);
    expect(stale[0].cell).toBe(header.address);
    expect(stale[0].current).toBe(lkjipText.realisasiTahun(2026));
    expect(stale[0].expected).toBe(lkjipText.realisasiTahun(2027));
  });

  test("the year sheet made again with another layout (its names moved): stale, not one error per cell", () => {
    const { grid, plan } = workbook();
    // As a regenerated year sheet with one more row above every indicator: each name 1 row down.
    grid.names = grid.names.map((n) =>
      n.refersTo.startsWith("='IKU 2027'!")
        ? { ...n, refersTo: n.refersTo.replace(/\$(\d+)$/, (_m, r: string) => `$${Number(r) + 1}`) }
        : n
    );
    const found = onLkjip(grid);
    expect(found.map((f) => f.rule)).toEqual(["lkjip.stale"]);
    const first = plan.cells.find((c) => plan.calcs[c.address]?.op === "ref")!;
    expect(found[0].cell).toBe(first.address);
    expect(found[0].current).toBe(first.formula);

    // One reference edited by hand to another cell of the year sheet is a changed formula.
    const again = workbook();
    const one = again.plan.cells.find((c) => again.plan.calcs[c.address]?.op === "ref")!;
    set(
      again.grid,
      one.address,
      one.formula!.replace(/\$(\d+)/g, (_m, r: string) => `$${Number(r) + 1}`)
    );
    expect(onLkjip(again.grid).map((f) => [f.cell, f.rule])).toEqual([
      [one.address, "lkjip.formulaChanged"],
    ]);
  });

  test("the year sheet it reads is gone: one stale finding saying so", () => {
    const { grid } = workbook();
    grid.sheets = grid.sheets.filter((s) => s.name !== "IKU 2027");
    const found = analyzeFormulas(grid, { catalogue: CATALOGUE }).findings;
    expect(found.map((f) => [f.sheet, f.cell, f.rule])).toEqual([[SHEET, "A1", "lkjip.stale"]]);
    expect(found[0].message).toBe(LKJIP_AUDIT_ID.stale.messages.noYearSheet(`'${SHEET}'`, 2027));
  });

  test("in English when asked", () => {
    const { grid, plan } = workbook();
    set(grid, cellsOf(plan, 0).ref.address, 85);
    const [f] = onLkjip(grid, "en");
    expect(f.messageLang).toBe("en");
    expect(f.message).toContain("(table 1");
    expect(f.message).toContain("not a formula");
    expect(LKJIP_AUDIT_EN.copiedValue.label).not.toBe(LKJIP_AUDIT_ID.copiedValue.label);
  });
});
