import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CATALOGUE } from "../core/catalogue";
import type { Catalogue } from "../core/catalogue";
import { sameSheet } from "../core/formula-parser/name-reference";
import { catalogueOfKatalog, katalogSheetName } from "../core/katalog/workbook";
import {
  buildRenstraPlan,
  findRenstra,
  RENSTRA_SHEET,
  renstraInputNames,
} from "../core/sakip/renstra";
import type { FoundRenstra, Periode, RenstraPlan } from "../core/sakip/renstra";
import { findUserNotes } from "../core/sheet/notes";
import { columnLetter, parseAddress } from "../core/sheet/plan";
import { usableKatalog } from "./katalog";
import type { CliMessages, Lang } from "./messages";
import { GenerateRefused, newWorkbook, writeFileThrough } from "./generate";
import { TransplantRefused, transplant, XmlBroken } from "./transplant";
import {
  FileProblem,
  loadExcelJs,
  openPackage,
  readXlsxBytes,
  sheetGrid,
  workbookSheets,
} from "./xlsx-read";
import { writePlan } from "./xlsx-write";
import type { KeptValue } from "./xlsx-write";

/**
 * `iku renstra FILE --periode 2025-2029 [--update]`: the Target Renstra sheet added to an IKU
 * workbook (or a new file), or made again with every typed value kept by its name. The sheet is
 * made by exceljs in a workbook of its own and moved into the package (transplant.ts), so the rest
 * of the workbook stays byte for byte; its names are scoped to it (DESIGN15).
 */

export interface RenstraArgs {
  file: string;
  periode?: Periode;
  update: boolean;
  removeNotes: boolean;
  nama?: string;
}

/** The generated workbook's names made sheet-scoped to its first (only) sheet. */
export async function scopeNamesToFirstSheet(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const part = zip.file("xl/workbook.xml");
  if (!part) return buffer;
  const text = await part.async("string");
  zip.file(
    "xl/workbook.xml",
    text.replace(/<definedName name="([^"]+)">/g, (all, name: string) =>
      name.startsWith("_xlnm.") ? all : `<definedName name="${name}" localSheetId="0">`
    )
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A cell's content to copy: a shared formula becomes its own formula. */
function typedValue(c: ExcelJS.Cell): ExcelJS.CellValue {
  if (c.type === ExcelJS.ValueType.Formula)
    return { formula: c.formula, result: c.result } as ExcelJS.CellFormulaValue;
  return c.value;
}

function keepable(value: ExcelJS.CellValue): value is KeptValue {
  if (value === null || value === undefined) return false;
  return typeof value !== "string" || value !== "";
}

/** The catalogue of the workbook: its own Katalog IKU sheet, else the built-in one. */
function catalogueOf(
  sheets: { ws: ExcelJS.Worksheet; name: string }[],
  file: string,
  m: CliMessages,
  lang: Lang
): Catalogue {
  const name = katalogSheetName(sheets.map((s) => s.name));
  const own = sheets.find((s) => s.name === name);
  if (!own) return CATALOGUE;
  return usableKatalog(catalogueOfKatalog(sheetGrid(own.ws, file, own.name), { lang }), file, m);
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false
  );
}

export interface RenstraOutcome {
  file: string;
  sheet: string;
  created: boolean;
  kept: number;
  plan: RenstraPlan;
  /** Year sheets whose Target links point at cells that moved (to regenerate). */
  relink: number[];
}

/** Writes the sheet; throws GenerateRefused / FileProblem with the user's message. */
export async function renstraUpdate(
  args: RenstraArgs,
  m: CliMessages,
  lang: Lang
): Promise<RenstraOutcome> {
  const R = m.renstra;
  const { file } = args;
  if (!(await exists(file))) {
    if (args.update) throw new FileProblem("missing", file);
    if (!args.periode) throw new GenerateRefused(R.needPeriode);
    const plan = buildRenstraPlan({
      periode: args.periode,
      namaPerangkatDaerah: args.nama ?? CATALOGUE.agency.nama,
    });
    const wb = newWorkbook();
    await writePlan(wb, wb.addWorksheet(plan.sheetName), plan, { cached: new Map() });
    const bytes = await scopeNamesToFirstSheet(Buffer.from(await wb.xlsx.writeBuffer()));
    await writeFileThrough(file, bytes, m);
    return { file, sheet: plan.sheetName, created: true, kept: 0, plan, relink: [] };
  }

  const bytes = await readXlsxBytes(file);
  const pkg = await openPackage(bytes, file);
  const wb = await loadExcelJs(bytes, file);
  const sheets = workbookSheets(pkg, wb, file);
  const catalogue = catalogueOf(sheets, file, m, lang);
  const names = pkg.names.map((n) => ({ name: n.name, refersTo: `=${n.text}` }));
  const found: FoundRenstra | undefined = findRenstra(names, pkg.sheetNames);
  const foreign = pkg.sheetNames.find((s) => sameSheet(s, RENSTRA_SHEET));
  if (!found && foreign !== undefined) throw new GenerateRefused(R.foreign(foreign));
  if (found && !args.update) throw new GenerateRefused(R.exists(file, found.sheet));
  if (!found && args.update) throw new GenerateRefused(R.missing(file));
  const periode = args.periode ?? found?.periode;
  if (!periode) throw new GenerateRefused(R.needPeriode);
  const old = found ? sheets.find((s) => sameSheet(s.name, found.sheet)) : undefined;
  const oldTitle = old?.ws.getCell("A2").value;
  const nama =
    args.nama ??
    (typeof oldTitle === "string" && oldTitle.trim() !== "" ? oldTitle : undefined) ??
    (catalogue.agency.nama || CATALOGUE.agency.nama);
  const plan = buildRenstraPlan(
    { periode, namaPerangkatDaerah: nama, sheetName: found?.sheet },
    catalogue
  );

  // Every typed value, by its name: kept where the new sheet has the name, else listed as lost.
  const kept = new Map<string, KeptValue>();
  const consumed = new Set<string>();
  const lost: string[] = [];
  const owned = new Set(plan.names.map((n) => n.name.toUpperCase()));
  if (found && old) {
    const newAt = new Map(plan.cells.filter((c) => c.name).map((c) => [c.name!.toUpperCase(), c]));
    const typedNames = /_(AWAL|AKHIR|MULAI|SELESAI|TARGET_\d{4})$/;
    for (const [name, address] of found.addresses) {
      if (!typedNames.test(name)) continue;
      owned.add(name);
      consumed.add(address);
      const value = typedValue(old.ws.getCell(address));
      if (!keepable(value)) continue;
      const target = newAt.get(name);
      if (target) kept.set(target.address, value);
      else lost.push(`${name} (${found.sheet}!${address})`);
    }
    for (const name of found.addresses.keys()) owned.add(name);
  }
  // Notes typed inside the old table where the new one writes: never removed without asking.
  const notes = old ? renstraNotes(plan, found, old.ws, file, consumed, catalogue) : [];
  const refused = [...lost, ...notes.map((n) => `${found?.sheet}!${n.address} "${n.content}"`)];
  if (refused.length > 0 && !args.removeNotes) throw new GenerateRefused(R.lost(file, refused));
  for (const n of notes) consumed.add(n.address);

  const fresh = newWorkbook();
  await writePlan(fresh, fresh.addWorksheet(plan.sheetName), plan, { cached: new Map(), kept });
  const generated = await scopeNamesToFirstSheet(Buffer.from(await fresh.xlsx.writeBuffer()));
  const previous = found ? previousPlan(found, plan, catalogue) : undefined;
  let output: Buffer;
  try {
    output = await transplant({
      original: pkg,
      oldSheet: old ? { name: old.name, part: pkg.sheetParts.get(old.name) ?? "" } : undefined,
      oldPlan: previous,
      generated,
      plan,
      ownedNames: owned,
      consumed,
      lang,
    });
  } catch (e) {
    if (e instanceof TransplantRefused)
      throw new GenerateRefused(m.unsupportedContent(file, e.items));
    if (e instanceof XmlBroken) throw new FileProblem("corrupt", file);
    throw e;
  }
  await writeFileThrough(file, output, m);
  // Year sheets link to the Renstra cells by address: where a cell moved, they must be relinked.
  const relink: number[] = [];
  if (found) {
    const years = new Set<number>();
    for (const ind of plan.renstra.indicators)
      for (const t of ind.targets) {
        const before = found.addresses.get(t.name.toUpperCase());
        if (before !== undefined && before !== t.address) years.add(t.tahun);
      }
    relink.push(...[...years].sort((a, b) => a - b));
  }
  return { file, sheet: plan.sheetName, created: !found, kept: kept.size, plan, relink };
}

/** The old sheet's plan, rebuilt from its period (its layout, for the notes and the transplant). */
function previousPlan(
  found: FoundRenstra,
  plan: RenstraPlan,
  catalogue: Catalogue
): RenstraPlan | undefined {
  try {
    return buildRenstraPlan(
      {
        periode: found.periode,
        namaPerangkatDaerah: plan.settings.namaPerangkatDaerah,
        sheetName: found.sheet,
      },
      catalogue
    );
  } catch {
    return undefined;
  }
}

/** Notes typed inside the old table where the new table writes a cell or a merge. */
function renstraNotes(
  plan: RenstraPlan,
  found: FoundRenstra | undefined,
  ws: ExcelJS.Worksheet,
  file: string,
  consumed: ReadonlySet<string>,
  catalogue: Catalogue
) {
  if (!found) return [];
  const grid = sheetGrid(ws, file, found.sheet);
  const previous = previousPlan(found, plan, catalogue) ?? null;
  const end = parseAddress(plan.range.split(":")[1]);
  const oldEnd = previous ? parseAddress(previous.range.split(":")[1]) : end;
  const area = `A1:${columnLetter(Math.max(end.column, oldEnd.column))}${Math.max(end.row, oldEnd.row)}`;
  const notes = findUserNotes(
    plan,
    previous,
    { topLeft: grid.origin, formulas: grid.formulas },
    area,
    new Set([...consumed, ...renstraInputNames(plan).map((n) => found.addresses.get(n) ?? "")])
  );
  const written = new Set(plan.cells.map((c) => c.address));
  return notes.filter((n) => written.has(n.address));
}

/** Runs the command; returns the message to print. */
export async function runRenstra(args: RenstraArgs, m: CliMessages, lang: Lang): Promise<string> {
  const out = await renstraUpdate(args, m, lang);
  const { awal, akhir } = out.plan.renstra.periode;
  const lines = [
    m.renstra.written(
      out.file,
      out.sheet,
      `${awal}–${akhir}`,
      out.plan.renstra.indicators.length,
      out.kept,
      out.created
    ),
  ];
  if (out.relink.length > 0) lines.push(m.renstra.relink(out.relink));
  return lines.join("\n");
}
