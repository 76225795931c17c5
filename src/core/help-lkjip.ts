import type { Catalogue } from "./catalogue";
import { code, escapeHtml, table } from "./help-html";
import type { LkjipHelpWords } from "./messages/id-lkjip-help";
import { buildLkjipPlan, lkjipSheetName } from "./sakip/lkjip";
import type { LkjipCalc, LkjipPlan, WorkbookName } from "./sakip/lkjip";
import { absoluteReference, buildSheetPlan, cellAddress } from "./sheet/plan";

/*
 * The help page's section on the SAKIP year (Renstra → PK → triwulan → LKjIP) and the
 * "Pengukuran Kinerja <tahun>" sheet. Its example formulas are the sheet's own: a plan built by
 * src/core/sakip/lkjip.ts for an example workbook (year sheets 2025–2027 made by the sheet
 * builder, a Target Renstra sheet 2025–2029), so the page shows what the add-in writes.
 */

const EXAMPLE_YEAR = 2027;
const EXAMPLE_YEARS = [2025, 2026, 2027];
const RENSTRA = "Target Renstra";
const PERIOD = [2025, 2026, 2027, 2028, 2029];

/** The example workbook's names: the year sheets' (from their plans) and a Renstra's. */
function exampleNames(catalogue: Catalogue): WorkbookName[] {
  const names: WorkbookName[] = [];
  for (const tahun of EXAMPLE_YEARS) {
    const plan = buildSheetPlan(
      {
        tahun,
        namaPerangkatDaerah: catalogue.agency.nama,
        sheetName: `IKU ${tahun}`,
        mode: "excel",
      },
      catalogue
    );
    for (const n of plan.names) names.push({ name: n.name, refersTo: n.refersTo });
  }
  catalogue.indicators.forEach((ind, k) => {
    const keys = ["AWAL", ...PERIOD.map((y) => `TARGET_${y}`), "AKHIR"];
    keys.forEach((key, c) =>
      names.push({
        name: `${ind.code}_${key}`,
        refersTo: absoluteReference(RENSTRA, cellAddress(c + 3, k + 5)),
      })
    );
  });
  return names;
}

/** The example plan (Pengukuran Kinerja 2027). */
export function examplePlan(catalogue: Catalogue): LkjipPlan {
  const built = buildLkjipPlan(
    {
      tahun: EXAMPLE_YEAR,
      yearSheets: EXAMPLE_YEARS.map((tahun) => ({ tahun, sheet: `IKU ${tahun}` })),
      names: exampleNames(catalogue),
      renstraSheet: RENSTRA,
      namaPerangkatDaerah: catalogue.agency.nama,
    },
    catalogue
  );
  // A build-time check: the example workbook has the report year's sheet.
  if (!built.ok) throw new Error("The help page's LKjIP example has no year sheet");
  return built.plan;
}

/** The formula of the first cell of `table` (0-based) whose computation `pick` accepts. */
function formulaIn(
  plan: LkjipPlan,
  tableIndex: number,
  pick: (calc: LkjipCalc, address: string) => boolean
): string {
  const t = plan.tables[tableIndex];
  const cell = plan.cells.find((c) => {
    const row = Number(/\d+$/.exec(c.address)?.[0]);
    const calc = plan.calcs[c.address];
    return row >= t.first && row <= t.last && calc !== undefined && pick(calc, c.address);
  });
  return cell?.formula ?? "";
}

/** The section (HTML). */
export function lkjipSection(catalogue: Catalogue, w: LkjipHelpWords, heading: string): string {
  const plan = examplePlan(catalogue);
  const ind = catalogue.indicators.find((i) => i.components.length > 1) ?? catalogue.indicators[0];
  const isRef = (calc: LkjipCalc, sheet: string, address: string | undefined) =>
    calc.op === "ref" && calc.sheet === sheet && calc.address === address;
  const yearNames = new Map(
    exampleNames(catalogue).map((n) => [n.name, /!\$?([A-Z]+)\$?(\d+)$/.exec(n.refersTo)])
  );
  const at = (name: string) => {
    const m = yearNames.get(name);
    return m ? `${m[1]}${m[2]}` : undefined;
  };
  // Year sheets share one layout, so a name's address is the same on each of them.
  const examples: string[][] = [
    [
      formulaIn(plan, 0, (c) => isRef(c, `IKU ${EXAMPLE_YEAR}`, at(`${ind.code}_CAPAIAN`))),
      formulaIn(plan, 0, (c) => c.op === "average"),
    ],
    [formulaIn(plan, 1, (c) => isRef(c, `IKU ${EXAMPLE_YEAR - 1}`, at(`${ind.code}_HASIL`)))],
    [formulaIn(plan, 2, (c) => c.op === "ref" && c.sheet === RENSTRA)],
    [
      formulaIn(plan, 3, (c) => c.op === "serapan"),
      formulaIn(plan, 3, (c) => c.op === "efisiensi"),
    ],
  ];
  const rows = w.tables.map((t, i) => [
    escapeHtml(t.title),
    t.reading,
    examples[i]
      .filter((f) => f !== "")
      .map(code)
      .join("<br>"),
  ]);
  return [
    `<section id="lkjip"><h2>${heading}</h2>`,
    `<h3>${w.cycleHeading}</h3>`,
    `<ol>${w.cycle.map((s) => `<li><strong>${escapeHtml(s.title)}</strong>: ${s.body}</li>`).join("")}</ol>`,
    `<h3>${w.sheetHeading}</h3>`,
    `<p>${w.sheetIntro(code(lkjipSheetName(EXAMPLE_YEAR)))}</p>`,
    `<p>${w.addresses}</p>`,
    `<p>${w.exampleOf(escapeHtml(ind.code), EXAMPLE_YEAR)}:</p>`,
    table(w.tableHeads, rows),
    `<h3>${w.chartsHeading}</h3>`,
    `<p>${w.charts}</p>`,
    `<p>${w.cli}</p>`,
    `<p>${w.audit}</p>`,
    `</section>`,
  ].join("\n");
}
