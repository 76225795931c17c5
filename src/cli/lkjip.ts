import ExcelJS from "exceljs";
import { CATALOGUE } from "../core/catalogue";
import type { Catalogue } from "../core/catalogue";
import { catalogueOfKatalog, katalogSheetName } from "../core/katalog/workbook";
import { sameSheet } from "../core/formula-parser/name-reference";
import type { LkjipWords } from "../core/messages/id-lkjip";
import {
  BUDGET_PREFIX,
  buildLkjipPlan,
  evaluateLkjip,
  findRenstraSheet,
  findYearSheets,
  isLkjipSheet,
  LKJIP_MARKER,
  lkjipSheetName,
  namedCellsOn,
} from "../core/sakip/lkjip";
import type { WorkbookName } from "../core/sakip/lkjip";
import { GenerateRefused, newWorkbook, writeFileThrough } from "./generate";
import { katalogRefused } from "./katalog";
import type { LkjipArgs } from "./args";
import type { CliMessages, Lang } from "./messages";
import { scopeNames } from "./scoped-names";
import { TransplantRefused, transplant, XmlBroken } from "./transplant";
import {
  FileProblem,
  gridValueOf,
  loadExcelJs,
  openPackage,
  readXlsxBytes,
  sheetGrid,
  workbookSheets,
} from "./xlsx-read";
import type { KeptValue } from "./xlsx-write";
import { writePlan } from "./xlsx-write";

/**
 * `iku lkjip FILE --tahun N`: writes the "Pengukuran Kinerja <N>" sheet (src/core/sakip/lkjip.ts)
 * into an existing workbook, as a surgical edit of the package (cli/transplant.ts): every other
 * sheet stays as it was. On regenerate, the budget values staff typed are kept (found through
 * their sheet-scoped names); anything else typed where the new sheet writes stops the run before
 * anything is written. exceljs cannot write native charts: the command says so.
 */

/** The year sheet's title line (row 3 of the plan: "Tahun <tahun>"). */
const TITLE_ROW = 3;

function textOf(ws: ExcelJS.Worksheet, row: number): string {
  const r = ws.getRow(row);
  const parts: string[] = [];
  r.eachCell((c) => {
    const v = gridValueOf(c.value);
    if (v !== null) parts.push(String(v));
  });
  return parts.join(" ");
}

/** A cell's content as typed: a formula with its cached result, else the value. */
function typedValue(c: ExcelJS.Cell): ExcelJS.CellValue {
  if (c.type === ExcelJS.ValueType.Formula)
    return { formula: c.formula, result: c.result } as ExcelJS.CellFormulaValue;
  return c.value;
}

function keepable(value: ExcelJS.CellValue): value is KeptValue {
  if (value === null || value === undefined || value === "") return false;
  // A formula typed into a budget cell is the user's too (e.g. =SUM of a breakdown).
  return true;
}

export async function runLkjip(args: LkjipArgs, m: CliMessages, lang: Lang): Promise<string> {
  const w: LkjipWords = m.lkjip;
  const { file, tahun } = args;
  const bytes = await readXlsxBytes(file);
  const pkg = await openPackage(bytes, file);
  const wb = await loadExcelJs(bytes, file);
  const sheets = workbookSheets(pkg, wb, file);
  const sheetNames = sheets.map((s) => s.name);
  const names: WorkbookName[] = pkg.names
    .filter((n) => !n.name.startsWith("_xlnm."))
    .map((n) => ({ name: n.name, refersTo: `=${n.text}` }));

  // The catalogue: the workbook's own Katalog IKU when it has one, else the built-in one.
  let catalogue: Catalogue = CATALOGUE;
  const katalogName = katalogSheetName(sheetNames);
  const katalog = sheets.find((s) => s.name === katalogName);
  if (katalog) {
    const read = catalogueOfKatalog(sheetGrid(katalog.ws, file, katalog.name), { lang });
    if (!read.ok) throw katalogRefused(file, read.findings, m);
    catalogue = read.catalogue;
  }

  const yearSheets = findYearSheets(names, sheetNames, (s) => {
    const ws = sheets.find((x) => x.name === s)?.ws;
    return ws ? textOf(ws, TITLE_ROW) : "";
  });
  const renstraSheet = findRenstraSheet(names, sheetNames);
  const built = buildLkjipPlan(
    {
      tahun,
      yearSheets,
      names,
      renstraSheet,
      namaPerangkatDaerah: catalogue.agency.nama,
    },
    catalogue
  );
  if (!built.ok)
    throw new GenerateRefused(
      w.noYearSheet(
        file,
        tahun,
        yearSheets.map((y) => y.tahun)
      )
    );
  const plan = built.plan;
  const sheetName = lkjipSheetName(tahun);
  const old = sheets.find((s) => sameSheet(s.name, sheetName));
  if (old && !isLkjipSheet(names, old.name)) throw new GenerateRefused(w.foreignSheet(old.name));

  // The budget typed on the old sheet, found through its names (rows may have moved).
  const kept = new Map<string, KeptValue>();
  const consumed = new Set<string>();
  const ownValues = new Map<string, ExcelJS.CellValue>();
  if (old) {
    const oldCells = namedCellsOn(names, old.name);
    for (const b of plan.budget) {
      const at = oldCells.get(b.name.toUpperCase());
      if (!at) continue;
      consumed.add(at);
      const value = typedValue(old.ws.getCell(at));
      if (!keepable(value)) continue;
      kept.set(b.address, value);
      ownValues.set(b.address, value);
    }
    // Anything else staff typed (unlocked cells) where the new sheet writes is never lost.
    const writes = new Set(plan.cells.map((c) => c.address));
    const typed: string[] = [];
    old.ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (consumed.has(cell.address) || !writes.has(cell.address)) return;
        if (cell.protection?.locked !== false) return;
        if (gridValueOf(cell.value) === null) return;
        typed.push(cell.address);
      })
    );
    if (typed.length > 0) throw new GenerateRefused(w.typedCells(file, old.name, typed));
  }

  // Cached results: the core's values from the workbook's saved ones.
  const byName = new Map(sheets.map((s) => [s.name.toUpperCase(), s.ws]));
  const cached = evaluateLkjip(
    plan,
    (sheet, address) => {
      if (sameSheet(sheet, plan.sheetName)) {
        const v = ownValues.get(address);
        return v === undefined ? undefined : gridValueOf(v);
      }
      const ws = byName.get(sheet.toUpperCase());
      return ws ? gridValueOf(ws.getCell(address).value) : undefined;
    },
    catalogue
  );

  const fresh = newWorkbook();
  const ws = fresh.addWorksheet(plan.sheetName);
  // Names are added sheet-scoped after the transplant (exceljs writes them workbook-wide).
  await writePlan(fresh, ws, { ...plan, names: [] }, { cached, kept });
  const generated = Buffer.from(await fresh.xlsx.writeBuffer());
  let output: Buffer;
  try {
    output = await transplant({
      original: pkg,
      oldSheet: old ? { name: old.name, part: pkg.sheetParts.get(old.name) ?? "" } : undefined,
      generated,
      plan,
      ownedNames: new Set(),
      consumed,
      lang,
    });
    output = await scopeNames(
      output,
      plan.names.map((n) => ({ name: n.name, sheet: plan.sheetName, refersTo: n.refersTo })),
      {
        sheet: plan.sheetName,
        isOwned: (n) =>
          n.toUpperCase() === LKJIP_MARKER || n.toUpperCase().startsWith(BUDGET_PREFIX),
      }
    );
  } catch (e) {
    if (e instanceof TransplantRefused)
      throw new GenerateRefused(m.unsupportedContent(file, e.items));
    if (e instanceof XmlBroken) throw new FileProblem("corrupt", file);
    throw e;
  }
  await writeFileThrough(file, output, m);
  return [
    w.written({
      file,
      sheet: plan.sheetName,
      created: !old,
      years: plan.years,
      renstra: plan.renstraSheet !== undefined,
      kept: kept.size,
    }),
    w.noCharts,
  ].join("\n");
}
