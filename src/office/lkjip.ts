import { CATALOGUE } from "../core/catalogue";
import type { Catalogue } from "../core/catalogue";
import { katalogSheetName } from "../core/katalog/workbook";
import { sameSheet } from "../core/formula-parser/name-reference";
import {
  BUDGET_PREFIX,
  buildLkjipPlan,
  CHART_PREFIX,
  chartsToAdd,
  findRenstraSheet,
  findYearSheets,
  isLkjipSheet,
  LKJIP_MARKER,
  lkjipSheetName,
  namedCellsOn,
} from "../core/sakip/lkjip";
import type { LkjipChart, LkjipPlan, WorkbookName } from "../core/sakip/lkjip";
import { parseAddress } from "../core/sheet/plan";
import type { HostResult, LkjipChartsOutcome, LkjipOutcome } from "./api";
import { classifyOfficeError, runInExcel, suspendUntilNextSync } from "./excel";
import {
  applyStyle,
  catalogueOfRead,
  planArrays,
  queueLayout,
  queuePrintSetup,
  styleAreas,
} from "./generate";

/**
 * The "Pengukuran Kinerja <tahun>" sheet in Excel (plan: src/core/sakip/lkjip.ts) and its native
 * charts. Reads in two syncs (the sheets and workbook names, then every sheet's own names, the
 * year sheets' title lines and the Katalog), writes in one. Names are sheet-scoped
 * (Worksheet.names, ExcelApi 1.4). Charts use ExcelApi 1.1 (charts.add, setPosition) and 1.7
 * (series.add, setValues, setXAxisValues, chartType); the manifest asks for 1.9. Re-running
 * replaces only the add-in's charts (named CHART_PREFIX…), never the user's.
 */

/** The add-in's protection (as the year sheet's): no password, so it can lift it again. */
const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** The year sheet's title line (row 3 of its plan: "Tahun <tahun>"). */
const TITLE_RANGE = "A3:T3";

interface WorkbookFacts {
  sheetNames: string[];
  names: WorkbookName[];
  /** Each sheet's own (sheet-scoped) names. */
  scoped: Map<string, string[]>;
  catalogue: Catalogue;
  plan: LkjipPlan | undefined;
  yearsFound: number[];
}

/** Reads what the plan is built from (two syncs) and builds it. */
async function readFacts(context: Excel.RequestContext, tahun: number): Promise<WorkbookFacts> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const wbNames = context.workbook.names;
  wbNames.load("items/name,items/formula");
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  const katalogName = katalogSheetName(sheetNames);
  const perSheet = sheets.items.map((s) => {
    s.names.load("items/name,items/formula");
    const title = s.getRange(TITLE_RANGE);
    title.load("values");
    return { name: s.name, names: s.names, title };
  });
  const katalog =
    katalogName !== undefined
      ? sheets.getItem(katalogName).getUsedRangeOrNullObject(true)
      : undefined;
  katalog?.load("address,values,formulas");
  await context.sync();

  const names: WorkbookName[] = [
    ...wbNames.items.map((n) => ({ name: n.name, refersTo: n.formula })),
    ...perSheet.flatMap((s) => s.names.items.map((n) => ({ name: n.name, refersTo: n.formula }))),
  ];
  const read = catalogueOfRead(
    sheetNames,
    katalog && katalogName ? { name: katalogName, range: katalog } : null
  );
  const catalogue = read.ok ? read.catalogue : CATALOGUE;
  const titles = new Map(perSheet.map((s) => [s.name, (s.title.values[0] ?? []).join(" ")]));
  const yearSheets = findYearSheets(names, sheetNames, (s) => titles.get(s) ?? "");
  const built = buildLkjipPlan(
    {
      tahun,
      yearSheets,
      names,
      renstraSheet: findRenstraSheet(names, sheetNames),
      namaPerangkatDaerah: catalogue.agency.nama,
    },
    catalogue
  );
  return {
    sheetNames,
    names,
    scoped: new Map(perSheet.map((s) => [s.name, s.names.items.map((n) => n.name)])),
    catalogue,
    plan: built.ok ? built.plan : undefined,
    yearsFound: yearSheets.map((y) => y.tahun),
  };
}

const isOwnedName = (n: string) =>
  n.toUpperCase() === LKJIP_MARKER || n.toUpperCase().startsWith(BUDGET_PREFIX);

export async function createLkjipInContext(
  context: Excel.RequestContext,
  tahun: number
): Promise<HostResult<LkjipOutcome>> {
  const facts = await readFacts(context, tahun);
  const sheetName = lkjipSheetName(tahun);
  if (!facts.plan) return { ok: false, problem: { code: "noYearSheet", sheet: `IKU ${tahun}` } };
  const plan = facts.plan;
  const existing = facts.sheetNames.find((s) => sameSheet(s, sheetName));
  if (existing !== undefined && !isLkjipSheet(facts.names, existing))
    return { ok: false, problem: { code: "foreignSheet", sheet: existing } };

  const sheets = context.workbook.worksheets;
  // The budget staff typed, found through the old sheet's names (its rows may have moved).
  const kept = new Map<string, unknown>();
  const keptFormulas = new Map<string, string>();
  if (existing !== undefined) {
    const old = namedCellsOn(facts.names, existing);
    const reads = plan.budget.flatMap((b) => {
      const at = old.get(b.name.toUpperCase());
      if (!at) return [];
      const range = sheets.getItem(existing).getRange(at);
      range.load("formulas");
      return [{ address: b.address, range }];
    });
    await context.sync();
    for (const r of reads) {
      const v: unknown = r.range.formulas[0]?.[0];
      if (v === "" || v === null || v === undefined) continue;
      if (typeof v === "string" && v.startsWith("=")) keptFormulas.set(r.address, v);
      else kept.set(r.address, v);
    }
  }

  suspendUntilNextSync(context);
  let sheet: Excel.Worksheet;
  if (existing !== undefined) {
    sheet = sheets.getItem(existing);
    sheet.protection.unprotect();
    const all = sheet.getRange();
    all.unmerge();
    all.dataValidation.clear();
    all.clear("All");
    for (const n of facts.scoped.get(existing) ?? [])
      if (isOwnedName(n)) sheet.names.getItemOrNullObject(n).delete();
  } else {
    sheet = sheets.add(plan.sheetName);
  }
  for (const n of plan.names) sheet.names.add(n.name, n.refersTo);

  // Number formats before contents, so texts in "@" cells stay texts.
  const arrays = planArrays(plan, kept);
  const whole = sheet.getRange(plan.range);
  whole.numberFormat = arrays.numberFormats;
  whole.formulas = arrays.formulas as Excel.Range["formulas"];
  for (const [address, formula] of keptFormulas) sheet.getRange(address).formulas = [[formula]];
  for (const [key, lists] of styleAreas(plan)) {
    const style = plan.styles[key];
    if (!style) continue;
    for (const addresses of lists) applyStyle(sheet.getRanges(addresses).format, style);
  }
  queueLayout(sheet, plan);
  sheet.freezePanes.unfreeze();
  if (plan.freeze.columns > 0) sheet.freezePanes.freezeColumns(plan.freeze.columns);
  queuePrintSetup(sheet, plan);
  if (plan.protection.protect) sheet.protection.protect(PROTECTION);
  sheet.activate();
  await context.sync();
  return {
    ok: true,
    value: {
      sheet: existing ?? plan.sheetName,
      created: existing === undefined,
      years: plan.years,
      renstra: plan.renstraSheet !== undefined,
      kept: kept.size + keptFormulas.size,
      range: plan.range,
    },
  };
}

/** The series-by of a range: a single column is read by columns, a row by rows. */
function seriesBy(range: string): "Columns" | "Rows" {
  const [a, b = a] = range.split(":");
  const from = parseAddress(a);
  const to = parseAddress(b);
  return from.column === to.column ? "Columns" : "Rows";
}

/** Queues one chart of the plan on `sheet`. */
function queueChart(sheet: Excel.Worksheet, spec: LkjipChart): void {
  const [first, ...rest] = spec.series;
  const categories = sheet.getRange(spec.categories);
  const chart = sheet.charts.add(
    first.chartType as Excel.ChartType,
    sheet.getRange(first.values),
    seriesBy(first.values)
  );
  chart.name = spec.name;
  chart.title.text = spec.title;
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  for (const r of rest) {
    const s = chart.series.add(r.name);
    s.setValues(sheet.getRange(r.values));
    s.setXAxisValues(categories);
    s.chartType = r.chartType as Excel.ChartType;
  }
  chart.setPosition(spec.from, spec.to);
}

/**
 * Adds the charts next to the tables: capaian per indicator with the 100% line, and the trend
 * of realisasi against target for every indicator or the chosen one. The add-in's earlier
 * charts on the sheet are replaced; the user's own charts stay.
 */
export async function addLkjipChartsInContext(
  context: Excel.RequestContext,
  tahun: number,
  indicator?: string
): Promise<HostResult<LkjipChartsOutcome>> {
  const facts = await readFacts(context, tahun);
  const sheetName = lkjipSheetName(tahun);
  const existing = facts.sheetNames.find((s) => sameSheet(s, sheetName));
  if (existing === undefined || !isLkjipSheet(facts.names, existing))
    return { ok: false, problem: { code: "noLkjipSheet", sheet: sheetName } };
  if (!facts.plan) return { ok: false, problem: { code: "noYearSheet", sheet: `IKU ${tahun}` } };
  const plan = facts.plan;
  const sheet = context.workbook.worksheets.getItem(existing);
  sheet.charts.load("items/name");
  await context.sync();
  const ours = sheet.charts.items.filter((c) => c.name.startsWith(CHART_PREFIX));

  suspendUntilNextSync(context);
  sheet.protection.unprotect();
  for (const c of ours) c.delete();
  const specs = chartsToAdd(plan, indicator);
  for (const spec of specs) queueChart(sheet, spec);
  sheet.protection.protect(PROTECTION);
  sheet.activate();
  await context.sync();
  return {
    ok: true,
    value: { sheet: existing, added: specs.length, replaced: ours.length },
  };
}

export async function createLkjip(tahun: number): Promise<HostResult<LkjipOutcome>> {
  try {
    return await runInExcel((context) => createLkjipInContext(context, tahun));
  } catch (e) {
    return { ok: false, problem: classifyOfficeError(e, lkjipSheetName(tahun)) };
  }
}

export async function addLkjipCharts(
  tahun: number,
  indicator?: string
): Promise<HostResult<LkjipChartsOutcome>> {
  try {
    return await runInExcel((context) => addLkjipChartsInContext(context, tahun, indicator));
  } catch (e) {
    return { ok: false, problem: classifyOfficeError(e, lkjipSheetName(tahun)) };
  }
}
