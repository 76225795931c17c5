import * as fs from "fs";
import { buildRenstraPlan, findRenstra, renstraTargetLinks } from "../../src/core/sakip/renstra";
import {
  buildLkjipPlan,
  evaluateLkjip,
  findRenstraSheet,
  lkjipSheetName,
} from "../../src/core/sakip/lkjip";
import type { LkjipPlan } from "../../src/core/sakip/lkjip";
import * as path from "path";
import type { AturanCapaian } from "../../src/core/aturan";
import { CATALOGUE } from "../../src/core/catalogue";
import type { Agregasi, Catalogue, Indicator } from "../../src/core/catalogue";
import { isCellError, EXCEL_ERROR_TEXT } from "../../src/core/errors";
import type { Finding, GridValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { parseCell, toA1, toAbsoluteA1 } from "../../src/core/formula-parser/address";
import type { CellPos } from "../../src/core/formula-parser/address";
import { absoluteReference, buildSheetPlan, MARKER_NAME } from "../../src/core/sheet/plan";
import { rulesOf } from "../../src/core/rules";
import { evaluatePlan } from "../../src/core/sheet/evaluate";
import type { FormulaMode, SheetPlan, ValidationRule } from "../../src/core/sheet/types";
import type { PlanBuilder } from "../../src/core/find-iku-sheet";
import { KATALOG_SHEET } from "../../src/core/katalog/layout";
import { catalogueOfKatalog } from "../../src/core/katalog/workbook";
import { DINKES_KATALOG } from "../core/katalog/dinkes";

/**
 * Golden cases as recipes. test/cases/<name>/case.json says what to build (catalogue, formula
 * mode, settings, input values) and what to plant; the workbook is built at test time from the
 * real plan builder, so a change of the layout (one more indicator, one more row) changes no
 * fixture. Cells of the IKU sheet are never addressed by A1 in a recipe or in expected.json:
 * a recipe names them by defined name, by indicator and role, or by a landmark of the sheet;
 * formula texts and expected findings write an IKU cell's A1 as a template resolved through
 * the plan:
 *
 *   {IKU13_PEMBILANG}     the cell's A1 (H43)           {$IKU13_PEMBILANG}  absolute ($H$43)
 *   {IKU15_PEMBILANG+13}  13 rows below that cell       {year}, {table}…     a landmark's cell
 *
 * Other sheets (Rekap, Pegawai) are the case's own and keep their A1 addresses.
 */

/**
 * A 19th indicator in the first sasaran: every indicator after it moves one block down, so a
 * case built from this catalogue shows that recipes and expected findings follow the layout.
 */
const IKU19: Indicator = {
  ...CATALOGUE.indicators.find((i) => i.code === "IKU03")!,
  code: "IKU19",
  order: 19,
  sasaran: CATALOGUE.sasaran[0].code,
  name: "Persentase laporan kinerja yang disampaikan tepat waktu",
  functionName: "PERSENTASE_LAPORAN_TEPAT_WAKTU",
  functionDescription:
    "Persentase laporan kinerja tepat waktu (IKU 19): tepat waktu / seluruh × 100.",
  components: CATALOGUE.indicators
    .find((i) => i.code === "IKU03")!
    .components.map((c, k) => ({
      ...c,
      label: ["Jumlah laporan tepat waktu", "Jumlah seluruh laporan"][k],
      param: ["laporan_tepat_waktu", "seluruh_laporan"][k],
    })),
  example: [9, 12],
  notes: [],
};

/** Catalogues a case can be built from, by name ("builtin", the add-in's own, by default). */
export const CASE_CATALOGUES: Record<string, Catalogue> = {
  builtin: CATALOGUE,
  "builtin+IKU19": { ...CATALOGUE, indicators: [...CATALOGUE.indicators, IKU19] },
};

/** The Dinkes Katalog with a row changed by `edit` (rows as the sheet holds them from A1). */
function editKatalog(edit: (rows: GridValue[][]) => void): GridValue[][] {
  const rows = DINKES_KATALOG.map((row) => [...row]);
  edit(rows);
  return rows;
}
/** Row index (0-based) of an indicator of the Dinkes Katalog. */
const katalogRow = (rows: GridValue[][], code: string) => rows.findIndex((r) => r[0] === code);

/**
 * Katalog IKU sheets a case's workbook can carry, by name, as rows from A1: another agency's
 * Katalog (the Dinkes one of test/core/katalog) and versions of it edited after its IKU sheet
 * was generated.
 */
export const CASE_KATALOGS: Record<string, GridValue[][]> = {
  dinkes: DINKES_KATALOG,
  /** A sixth indicator in the middle: after KES02, in the first sasaran. */
  "dinkes+KES06": editKatalog((rows) =>
    rows.splice(katalogRow(rows, "KES02") + 1, 0, [
      "KES06",
      "Meningkatnya derajat kesehatan masyarakat",
      "Persentase ibu hamil mendapat layanan K4",
      "persentase",
      "Ibu hamil mendapat K4",
      "Seluruh ibu hamil",
      null,
      "%",
      null,
    ])
  ),
  /** KES03 (the penurunan) removed. */
  "dinkes-KES03": editKatalog((rows) => rows.splice(katalogRow(rows, "KES03"), 1)),
  /**
   * Every indicator changed: KES01's name, KES02's Jenis (pertumbuhan → penurunan, the same
   * components), KES03's polaritas, KES04's second component label, KES05's sasaran and satuan.
   */
  "dinkes~changed": editKatalog((rows) => {
    rows[katalogRow(rows, "KES01")][2] = "Prevalensi balita gizi buruk";
    rows[katalogRow(rows, "KES02")][3] = "penurunan";
    rows[katalogRow(rows, "KES03")][8] = "negatif";
    rows[katalogRow(rows, "KES04")][5] = "Klinik pratama";
    rows[katalogRow(rows, "KES05")][1] = "Meningkatnya mutu layanan kesehatan";
    rows[katalogRow(rows, "KES05")][7] = "indeks";
  }),
  /** KES02's Jenis from pertumbuhan to persentase: other components, so other input names. */
  "dinkes~jenis": editKatalog((rows) => {
    rows[katalogRow(rows, "KES02")][3] = "persentase";
    rows[katalogRow(rows, "KES02")][4] = "Kunjungan baru";
  }),
  /** KES04's Kode renamed: to the checks, one indicator removed and another added. */
  "dinkes~kode": editKatalog((rows) => {
    rows[katalogRow(rows, "KES04")][0] = "KES_FASKES";
  }),
  /** KES04 (the jumlah, the only indicator with three components) removed. */
  "dinkes-KES04": editKatalog((rows) => rows.splice(katalogRow(rows, "KES04"), 1)),
};

/** The catalogue of a case Katalog, as every check reads it from the workbook. */
export function caseKatalogCatalogue(name: string): Catalogue {
  const rows = CASE_KATALOGS[name];
  if (!rows) throw new Error(`unknown Katalog ${name}`);
  const read = catalogueOfKatalog({
    name: KATALOG_SHEET,
    origin: "A1",
    values: rows,
    formulas: rows,
  });
  if (!read.ok) throw new Error(`Katalog ${name} has mistakes: ${JSON.stringify(read.findings)}`);
  return read.catalogue;
}

/**
 * Cells of the sheet without an indicator, by what they hold: the title lines (title, agency,
 * year — the plan's three title cells in order) and the table (column A of its heading row).
 */
export const LANDMARKS = ["title", "agency", "year", "table"] as const;
export type Landmark = (typeof LANDMARKS)[number];

/**
 * A cell of the IKU sheet: a defined name of the plan (`name`), an indicator and the role of
 * its cell (`indicator` + `cell`: hasil, target, capaian, kategori or a component key such as
 * pembilang), or a landmark (`cell` alone); `down` rows below it.
 */
export interface Place {
  name?: string;
  indicator?: string;
  cell?: string;
  down?: number;
}

/** A mistake planted in the workbook, applied in order after the sheet is built. */
export type Plant =
  /** A constant typed over the cell (its formula is gone). */
  | (Place & { plant: "overwrite"; value: GridValue })
  /** The cell emptied. */
  | (Place & { plant: "clear" })
  /** A formula typed in the cell (templates resolved); `value`: what Excel shows (default: the value it had). */
  | (Place & { plant: "formula"; formula: string; value?: GridValue })
  /** The plan's formula of the cell with text replacements (a mistake inside a long formula). */
  | (Place & { plant: "rewrite"; replace: [string, string][]; value?: GridValue })
  /** The formula unchanged, but Excel shows `value` (add-in not loaded, a stale error). */
  | (Place & { plant: "displays"; value: GridValue })
  /** Rows inserted above a cell's row: cells and names move down, as in Excel. */
  | { plant: "insert-rows"; above: Place; count: number }
  | { plant: "remove-name"; name: string }
  /** A name re-pointed to a reference outside the IKU sheet, or broken (=#REF!). */
  | { plant: "set-name"; name: string; refersTo: string }
  /** A name re-pointed to another cell of the IKU sheet. */
  | { plant: "move-name"; name: string; to: Place }
  /** Another sheet: rows of contents ("=…" for formulas, templates resolved) and of values. */
  | { plant: "add-sheet"; sheet: string; formulas: GridValue[][]; values?: GridValue[][] };

export interface CaseSpec {
  description: string;
  /** A key of CASE_CATALOGUES; "builtin" when absent. */
  catalogue?: string;
  /**
   * A key of CASE_KATALOGS: the workbook gets a "Katalog IKU" sheet with those rows, its IKU
   * sheet is generated from that Katalog's catalogue, and the checks read the catalogue from the
   * workbook (as the pane and the CLI do), not from the case's options.
   */
  katalog?: string;
  /**
   * A key of CASE_KATALOGS: the Katalog the IKU sheet was generated from, when the workbook's
   * Katalog (`katalog`) was edited since.
   */
  generatedFrom?: string;
  mode: FormulaMode;
  tahun?: number;
  sheetName?: string;
  /** The agency's capaian rules the sheet is generated with (default: ATURAN_BAWAAN). */
  aturan?: AturanCapaian;
  /** Input and target values by defined name; "examples" fills every input from the catalogue. */
  inputs: "examples" | "empty" | Record<string, GridValue>;
  /** Values laid over the inputs (by defined name) before the formulas are computed. */
  inputOverrides?: Record<string, GridValue>;
  /** Changes to the plan's data-validation rules, by the defined name of the cell. */
  ruleOverrides?: Record<string, Partial<ValidationRule>>;
  plant?: Plant[];
  /**
   * A Target Renstra sheet (src/core/sakip/renstra.ts) with values typed by name; `link`: the
   * IKU sheet's Target cells link to it (a target in inputOverrides is a PK target typed over
   * the link).
   */
  renstra?: { periode: [number, number]; values: Record<string, GridValue>; link?: boolean };
  /**
   * A "Pengukuran Kinerja <tahun>" sheet (src/core/sakip/lkjip.ts) as the add-in writes it for
   * the case's workbook, then cells of it set by A1 (it is not the IKU sheet): a constant
   * (`value`) or a formula with its shown value (the IKU sheet's cells in it as templates).
   */
  lkjip?: { plant?: { cell: string; value: GridValue; formula?: string }[] };
}

export function caseCatalogue(
  spec: Pick<CaseSpec, "catalogue" | "katalog" | "generatedFrom">
): Catalogue {
  if (spec.katalog !== undefined) {
    if (spec.catalogue !== undefined) throw new Error("a case has a catalogue or a Katalog");
    return caseKatalogCatalogue(spec.generatedFrom ?? spec.katalog);
  }
  const catalogue = CASE_CATALOGUES[spec.catalogue ?? "builtin"];
  if (!catalogue) throw new Error(`unknown catalogue ${spec.catalogue}`);
  return catalogue;
}

/** The plan builder of a case: buildSheetPlan with the case's rule overrides applied. */
export function caseBuilder(spec: Pick<CaseSpec, "ruleOverrides">): PlanBuilder {
  return (settings, catalogue) => {
    const plan = buildSheetPlan(settings, catalogue);
    const overrides = spec.ruleOverrides ?? {};
    const addressOf = new Map(plan.names.map((n) => [n.address, n.name]));
    return {
      ...plan,
      validations: plan.validations.map((v) => {
        const name = addressOf.get(v.address);
        return name && overrides[name] ? { ...v, ...overrides[name] } : v;
      }),
    };
  };
}

/** Targets of the example inputs: a value per kind that gives a capaian in a normal range. */
const EXAMPLE_TARGET: Record<string, number> = { persentase: 80, rasio: 3, jumlah: 9, nilai: 80 };

/**
 * The example target of an indicator: the kind's value above, or for a kind without one
 * (pertumbuhan, penurunan) the result of the indicator's own example inputs under its kind's
 * rule, rounded up to a multiple of 5: a target a little above what was reached (capaian just
 * under 100 %), as agencies set them.
 */
export function exampleTarget(indicator: Indicator, catalogue: Catalogue): number {
  const fixed = EXAMPLE_TARGET[indicator.kind];
  if (fixed !== undefined) return fixed;
  const reached = rulesOf(catalogue).kinds[indicator.kind].value(...indicator.example);
  return Math.max(5, Math.ceil(reached / 5) * 5);
}

export function exampleInputs(
  plan: SheetPlan,
  catalogue: Catalogue = CATALOGUE
): Record<string, GridValue> {
  const out: Record<string, GridValue> = {};
  for (const ind of plan.indicators) {
    const indicator = catalogue.indicators.find((i) => i.code === ind.code);
    if (!indicator) continue;
    // Every quarter filled, so that the year is the catalogue's example: an akumulasi
    // component's example split over the four quarters, a posisi one the same each quarter.
    for (const input of ind.inputs) {
      const k = indicator.components.findIndex((c) => c.key === input.key);
      out[input.name] = quarterExample(
        indicator.example[k],
        indicator.components[k].agregasi,
        input.triwulan
      );
    }
    out[ind.target.name] = exampleTarget(indicator, catalogue);
  }
  return out;
}

/**
 * Input values by name, where a year component's name (IKU06_PEMBILANG, a formula over the
 * quarters) stands for the year's value typed in TW IV, as an upgraded one-year sheet holds it:
 * for akumulasi the other quarters are 0, so the year is that value; for posisi they keep
 * theirs (the year is TW IV's). An empty year value (null or "") empties every quarter, so the
 * year is unfilled in both aggregations. Every other name is the cell's own.
 */
export function yearValuesInQuarters(
  plan: SheetPlan,
  values: Record<string, GridValue>
): Record<string, GridValue> {
  const out: Record<string, GridValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const ind = plan.indicators.find((i) => i.components.some((c) => c.toDate[3].name === name));
    const component = ind?.components.find((c) => c.toDate[3].name === name);
    if (!ind || !component) {
      out[name] = value;
      continue;
    }
    const unfilled = value === null || value === "";
    for (const input of ind.inputs.filter((i) => i.key === component.key)) {
      if (input.triwulan === 4 || unfilled) out[input.name] = value;
      else if (component.agregasi === "akumulasi") out[input.name] = 0;
    }
  }
  return out;
}

/** A quarter's part of a year value: akumulasi quarters add up to it, posisi ones repeat it. */
export function quarterExample(year: number, agregasi: Agregasi, triwulan: number): number {
  if (agregasi === "posisi") return year;
  const part = Math.floor(year / 4);
  return triwulan < 4 ? part : Math.round((year - 3 * part) * 1e9) / 1e9;
}

function resultText(value: unknown): GridValue {
  if (isCellError(value)) return EXCEL_ERROR_TEXT[value.kind];
  if (typeof value === "number") return Math.round(value * 1e9) / 1e9;
  return value as GridValue;
}

const TEMPLATE = /\{(\$?)([A-Za-z][A-Za-z0-9_]*)([+-]\d+)?\}/g;
const isLandmark = (ref: string): ref is Landmark => (LANDMARKS as readonly string[]).includes(ref);

/**
 * Where the cells of the IKU sheet are in the built workbook: the plan's names and landmarks,
 * moved by the rows a recipe inserted, and the places its plants named (for the templates of
 * expected findings).
 */
export class CaseLayout {
  /** Defined names and landmarks → position (0-based), after inserted rows. */
  private readonly refs = new Map<string, CellPos>();
  /** The places the plants used (e.g. IKU15_PEMBILANG 13 rows down), in plant order. */
  private readonly planted: { ref: string; down: number }[] = [];

  constructor(
    readonly plan: SheetPlan,
    readonly sheetName: string
  ) {
    for (const n of plan.names) this.refs.set(n.name, parseCell(n.address)!);
    const titles = plan.cells.filter((c) => c.role === "title");
    const landmarks: [Landmark, CellPos][] = [
      ["title", parseCell(titles[0].address)!],
      ["agency", parseCell(titles[1].address)!],
      ["year", parseCell(titles[2].address)!],
      ["table", { row: plan.table.headerRow - 1, col: 0 }],
    ];
    for (const [landmark, pos] of landmarks) this.refs.set(landmark, pos);
  }

  /** Rows inserted before `row` (0-based): every cell from that row moves down. */
  insertRows(row: number, count: number): void {
    for (const [ref, pos] of this.refs)
      if (pos.row >= row) this.refs.set(ref, { row: pos.row + count, col: pos.col });
  }

  /** The reference (defined name or landmark) and offset a place stands for. */
  refOf(place: Place): { ref: string; down: number } {
    const down = place.down ?? 0;
    if (place.name) return { ref: place.name, down };
    if (place.indicator) {
      const ind = this.plan.indicators.find((i) => i.code === place.indicator);
      if (!ind) throw new Error(`no indicator ${place.indicator} in the plan`);
      const role = (place.cell ?? "").toLowerCase();
      const fixed = { hasil: ind.hasil, target: ind.target, capaian: ind.capaian };
      const named =
        role === "kategori"
          ? ind.kategori
          : role in fixed
            ? fixed[role as keyof typeof fixed]
            : ind.inputs.find((i) => i.key.toLowerCase() === role);
      if (!named) throw new Error(`${place.indicator} has no cell "${place.cell}"`);
      return { ref: named.name, down };
    }
    if (place.cell && isLandmark(place.cell)) return { ref: place.cell, down };
    throw new Error(`not a place: ${JSON.stringify(place)}`);
  }

  /** Position (0-based) of a place; remembered as a planted place for the templates. */
  position(place: Place): CellPos {
    const { ref, down } = this.refOf(place);
    if (!this.planted.some((p) => p.ref === ref && p.down === down))
      this.planted.push({ ref, down });
    return this.at(ref, down);
  }

  private at(ref: string, down: number): CellPos {
    const pos = this.refs.get(ref);
    if (!pos) throw new Error(`no cell named ${ref} on the IKU sheet`);
    return { row: pos.row + down, col: pos.col };
  }

  /** A text with its templates ({IKU06_HASIL}, {$IKU06_HASIL}, {IKU06_HASIL+2}) as A1. */
  resolve(text: string): string {
    return text.replace(TEMPLATE, (_all, abs: string, ref: string, offset?: string) => {
      const pos = this.at(ref, offset ? Number(offset) : 0);
      return abs ? toAbsoluteA1(pos) : toA1(pos);
    });
  }

  /**
   * A1 (without $) → template reference, for writing expected findings. `all`: every
   * reference; otherwise only indicator names and planted places (so that a word such as
   * "A1" in a sentence is not taken for the title cell).
   */
  dictionary(all: boolean): Map<string, string> {
    const out = new Map<string, string>();
    const add = (a1: string, text: string) => {
      if (!out.has(a1)) out.set(a1, text);
    };
    for (const { ref, down } of this.planted)
      if (all || !isLandmark(ref)) add(toA1(this.at(ref, down)), templateRef(ref, down));
    for (const [ref, pos] of this.refs)
      if (!isLandmark(ref) && ref !== MARKER_NAME) add(toA1(pos), ref);
    if (all) for (const [ref, pos] of this.refs) add(toA1(pos), ref);
    return out;
  }
}

const templateRef = (ref: string, down: number): string =>
  down === 0 ? ref : `${ref}${down > 0 ? "+" : ""}${down}`;

export interface BuiltCase {
  grid: WorkbookGrid;
  plan: SheetPlan;
  catalogue: Catalogue;
  layout: CaseLayout;
}

/** The Renstra sheet of a case as a grid, its plan, and the links of the IKU sheet's year. */
function caseRenstra(spec: CaseSpec, catalogue: Catalogue) {
  if (!spec.renstra) return undefined;
  const [awal, akhir] = spec.renstra.periode;
  const plan = buildRenstraPlan(
    { periode: { awal, akhir }, namaPerangkatDaerah: catalogue.agency.nama },
    catalogue
  );
  const end = parseCell(plan.range.split(":")[1])!;
  const blank = () => Array<GridValue>(end.col + 1).fill("");
  const values: GridValue[][] = Array.from({ length: end.row + 1 }, blank);
  for (const cell of plan.cells) {
    const pos = parseCell(cell.address)!;
    const typed = cell.name ? spec.renstra.values[cell.name] : undefined;
    if (cell.value !== undefined) values[pos.row][pos.col] = cell.value;
    else if (typed !== undefined && typed !== null) values[pos.row][pos.col] = typed;
  }
  const sheet: SheetGrid = { name: plan.sheetName, origin: "A1", values, formulas: values };
  const names = plan.names.map((n) => ({ name: n.name, refersTo: n.refersTo }));
  const found = findRenstra(names, [plan.sheetName]);
  const links = spec.renstra.link ? renstraTargetLinks(found, spec.tahun ?? 2026) : undefined;
  return { plan, sheet, names, links };
}

/**
 * Adds to `grid` the Pengukuran Kinerja sheet of `tahun` as the writers make it (plan, names
 * scoped to the sheet, every formula's value computed by the core from the grid's cells).
 */
export function caseLkjip(
  grid: WorkbookGrid,
  tahun: number,
  yearSheet: string,
  catalogue: Catalogue
): { sheet: SheetGrid; plan: LkjipPlan } {
  const sheetNames = grid.sheets.map((s) => s.name);
  const built = buildLkjipPlan(
    {
      tahun,
      yearSheets: [{ tahun, sheet: yearSheet }],
      names: grid.names,
      renstraSheet: findRenstraSheet(grid.names, sheetNames),
      namaPerangkatDaerah: catalogue.agency.nama,
    },
    catalogue
  );
  if (!built.ok) throw new Error(`no year sheet ${tahun}`);
  const plan = built.plan;
  const valueOf = (sheet: string, address: string): GridValue | undefined => {
    const g = grid.sheets.find((s) => s.name.toUpperCase() === sheet.toUpperCase());
    const pos = parseCell(address)!;
    return g?.values[pos.row]?.[pos.col];
  };
  const computed = evaluateLkjip(plan, valueOf, catalogue);
  const end = parseCell(plan.range.split(":")[1])!;
  const blank = () => Array<GridValue>(end.col + 1).fill("");
  const values: GridValue[][] = Array.from({ length: end.row + 1 }, blank);
  const formulas: GridValue[][] = Array.from({ length: end.row + 1 }, blank);
  for (const cell of plan.cells) {
    const pos = parseCell(cell.address)!;
    if (cell.formula) {
      formulas[pos.row][pos.col] = cell.formula;
      values[pos.row][pos.col] = resultText(computed.get(cell.address));
    } else if (cell.value !== undefined) {
      formulas[pos.row][pos.col] = cell.value;
      values[pos.row][pos.col] = cell.value;
    }
  }
  const sheet: SheetGrid = { name: lkjipSheetName(tahun), origin: "A1", values, formulas };
  grid.sheets.push(sheet);
  grid.names.push(
    ...plan.names.map((n) => ({ name: n.name, refersTo: n.refersTo, sheet: sheet.name }))
  );
  return { sheet, plan };
}

export function buildCase(spec: CaseSpec): BuiltCase {
  const catalogue = caseCatalogue(spec);
  const sheetName = spec.sheetName ?? `IKU ${spec.tahun ?? 2026}`;
  const renstra = caseRenstra(spec, catalogue);
  const plan = caseBuilder(spec)(
    {
      tahun: spec.tahun ?? 2026,
      namaPerangkatDaerah: catalogue.agency.nama,
      sheetName,
      mode: spec.mode,
      ...(spec.aturan ? { aturan: spec.aturan } : {}),
      ...(renstra?.links ? { targetLinks: renstra.links } : {}),
    },
    catalogue
  );
  const inputs =
    spec.inputs === "examples"
      ? exampleInputs(plan, catalogue)
      : spec.inputs === "empty"
        ? {}
        : yearValuesInQuarters(plan, spec.inputs);
  // A linked Target holds the Renstra's value, unless a PK target is typed over it.
  const overrides = yearValuesInQuarters(plan, spec.inputOverrides ?? {});
  for (const ind of plan.indicators) {
    const link = renstra?.links?.[ind.code.toUpperCase()];
    if (link === undefined || ind.target.name in overrides) continue;
    const at = renstra?.plan.cells.find(
      (c) => c.name === `${ind.code}_TARGET_${spec.tahun ?? 2026}`
    );
    inputs[ind.target.name] = (at?.name && spec.renstra?.values[at.name]) ?? "";
  }
  Object.assign(inputs, overrides);
  const computed = evaluatePlan(plan, inputs, catalogue);

  const end = parseCell(plan.range.split(":")[1]);
  if (!end) throw new Error(`bad plan range ${plan.range}`);
  const cols = end.col + 1;
  const blankRow = () => Array<GridValue>(cols).fill("");
  const values: GridValue[][] = Array.from({ length: end.row + 1 }, blankRow);
  const formulas: GridValue[][] = Array.from({ length: end.row + 1 }, blankRow);
  for (const cell of plan.cells) {
    const pos = parseCell(cell.address);
    if (!pos) continue;
    if (cell.role === "target" && cell.formula) {
      // The Renstra link, or the PK target typed over it.
      const typed = cell.name !== undefined && cell.name in overrides;
      formulas[pos.row][pos.col] = typed ? (inputs[cell.name!] ?? "") : cell.formula;
      values[pos.row][pos.col] = inputs[cell.name!] ?? "";
    } else if (cell.formula) {
      formulas[pos.row][pos.col] = cell.formula;
      values[pos.row][pos.col] = resultText(computed.get(cell.address));
    } else if (cell.value !== undefined) {
      formulas[pos.row][pos.col] = cell.value;
      values[pos.row][pos.col] = cell.value;
    } else if (cell.name && inputs[cell.name] !== undefined && inputs[cell.name] !== null) {
      formulas[pos.row][pos.col] = inputs[cell.name];
      values[pos.row][pos.col] = inputs[cell.name];
    }
  }
  const iku: SheetGrid = { name: sheetName, origin: "A1", values, formulas };
  const katalogSheets: SheetGrid[] = [];
  if (spec.katalog !== undefined) {
    const rows = CASE_KATALOGS[spec.katalog].map((row) => row.map((v) => v ?? ""));
    katalogSheets.push({ name: KATALOG_SHEET, origin: "A1", values: rows, formulas: rows });
  }
  const grid: WorkbookGrid = {
    workbook: "golden.xlsx",
    // The Katalog first, as staff make it before generating the IKU sheet from it.
    sheets: [...katalogSheets, iku, ...(renstra ? [renstra.sheet] : [])],
    names: [
      ...plan.names.map((n) => ({ name: n.name, refersTo: n.refersTo })),
      ...(renstra?.names ?? []),
    ],
  };
  const layout = new CaseLayout(plan, sheetName);
  if (spec.lkjip) {
    const lkjip = caseLkjip(grid, spec.tahun ?? 2026, sheetName, catalogue);
    for (const p of spec.lkjip.plant ?? []) {
      const pos = parseCell(p.cell)!;
      lkjip.sheet.formulas[pos.row][pos.col] =
        p.formula !== undefined ? layout.resolve(p.formula) : p.value;
      lkjip.sheet.values[pos.row][pos.col] = p.value;
    }
  }
  /** Plan formula of a place: the plan cell it was built as (before rows were inserted). */
  const planFormula = (place: Place): string => {
    const { ref } = layout.refOf(place);
    const cell = plan.cells.find((c) => c.name === ref);
    if (!cell?.formula || place.down) throw new Error(`${ref}: no formula in the plan`);
    return cell.formula;
  };
  const put = (place: Place, formula: GridValue, value: GridValue) => {
    const pos = layout.position(place);
    while (iku.values.length <= pos.row) {
      iku.values.push(blankRow());
      iku.formulas.push(blankRow());
    }
    iku.formulas[pos.row][pos.col] = formula;
    iku.values[pos.row][pos.col] = value;
  };
  const valueAt = (place: Place): GridValue => {
    const pos = layout.position(place);
    return iku.values[pos.row]?.[pos.col] ?? "";
  };

  for (const p of spec.plant ?? []) {
    switch (p.plant) {
      case "overwrite":
        put(p, p.value, p.value);
        break;
      case "clear":
        put(p, "", "");
        break;
      case "formula":
        put(p, layout.resolve(p.formula), p.value ?? valueAt(p));
        break;
      case "rewrite": {
        let text = planFormula(p);
        for (const [from, to] of p.replace) {
          if (!text.includes(from)) throw new Error(`"${from}" is not in the plan's formula`);
          text = text.split(from).join(to);
        }
        put(p, text, p.value ?? valueAt(p));
        break;
      }
      case "displays": {
        const pos = layout.position(p);
        iku.values[pos.row][pos.col] = p.value;
        break;
      }
      case "insert-rows": {
        // As Excel does: cells and the names pointing at them move down; the formulas refer
        // to names only, so their text stays the same.
        const at = layout.position(p.above).row;
        const blanks = () => Array.from({ length: p.count }, blankRow);
        iku.values.splice(at, 0, ...blanks());
        iku.formulas.splice(at, 0, ...blanks());
        layout.insertRows(at, p.count);
        grid.names = grid.names.map((n) => {
          const moved = plan.names.find((x) => x.name === n.name);
          return moved
            ? {
                name: n.name,
                refersTo: absoluteReference(sheetName, layout.resolve(`{${n.name}}`)),
              }
            : n;
        });
        break;
      }
      case "remove-name":
        if (!grid.names.some((n) => n.name === p.name)) throw new Error(`no name ${p.name}`);
        grid.names = grid.names.filter((n) => n.name !== p.name);
        break;
      case "set-name":
      case "move-name": {
        const refersTo =
          p.plant === "set-name"
            ? layout.resolve(p.refersTo)
            : absoluteReference(sheetName, toA1(layout.position(p.to)));
        const existing = grid.names.find((n) => n.name === p.name);
        if (existing) existing.refersTo = refersTo;
        else grid.names.push({ name: p.name, refersTo });
        break;
      }
      case "add-sheet": {
        const width = Math.max(1, ...p.formulas.map((r) => r.length));
        const pad = (rows: GridValue[][]) =>
          rows.map((r) => [...r, ...Array<GridValue>(width - r.length).fill("")]);
        const contents = p.formulas.map((r) =>
          r.map((v) => (typeof v === "string" ? layout.resolve(v) : v))
        );
        grid.sheets.push({
          name: p.sheet,
          origin: "A1",
          formulas: pad(contents),
          values: pad(p.values ?? contents),
        });
        break;
      }
    }
  }
  return { grid, plan, catalogue, layout };
}

export function buildCaseGrid(spec: CaseSpec): WorkbookGrid {
  return buildCase(spec).grid;
}

/* ------------------------------------------------------------------------------------------ */
/* The golden folders: case.json + expected.json                                              */
/* ------------------------------------------------------------------------------------------ */

export const CASES_DIR = __dirname;
/** Fixed clock: only used when a sheet's title has no year. */
export const GOLDEN_NOW = new Date("2026-11-27T00:00:00Z");

/** expected.json: the findings of "Periksa Data" and "Audit Rumus" and the settings read back. */
export interface Expected {
  description: string;
  sheets: string[];
  /** The settings rebuilt from the workbook (find-iku-sheet.ts), and where the year came from. */
  recovered: { tahun: number; mode: string; namaPerangkatDaerah: string; tahunFrom: string }[];
  validate: Finding[];
  audit: Finding[];
}

export function caseNames(): string[] {
  return fs
    .readdirSync(CASES_DIR)
    .filter((n) => fs.existsSync(path.join(CASES_DIR, n, "case.json")))
    .sort();
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

export interface GoldenCase extends BuiltCase {
  name: string;
  spec: CaseSpec;
  /**
   * What the analysis needs besides the grid: the case's plan builder and catalogue (none for a
   * case with a Katalog: the analysis reads it from the workbook).
   */
  options: { build: PlanBuilder; catalogue?: Catalogue; now: Date };
  /** expected.json as written (IKU cells as templates). */
  expectedFile: Expected;
  /** expected.json with its templates resolved through the case's layout. */
  expected: Expected;
}

export function loadCase(name: string): GoldenCase {
  const dir = path.join(CASES_DIR, name);
  const spec = readJson<CaseSpec>(path.join(dir, "case.json"));
  const built = buildCase(spec);
  const file = path.join(dir, "expected.json");
  const expectedFile = fs.existsSync(file)
    ? readJson<Expected>(file)
    : { description: "", sheets: [], recovered: [], validate: [], audit: [] };
  return {
    ...built,
    name,
    spec,
    options: {
      build: caseBuilder(spec),
      ...(spec.katalog === undefined ? { catalogue: built.catalogue } : {}),
      now: GOLDEN_NOW,
    },
    expectedFile,
    expected: resolveExpected(expectedFile, built.layout),
  };
}

const FINDING_TEXTS = ["message", "current", "expected"] as const;

/** Expected findings with their templates as A1 of the built workbook. */
export function resolveExpected(expected: Expected, layout: CaseLayout): Expected {
  const resolve = (f: Finding): Finding => {
    const out: Finding = { ...f, cell: layout.resolve(f.cell) };
    for (const key of FINDING_TEXTS) {
      const text = f[key];
      if (text !== undefined) out[key] = layout.resolve(text);
    }
    return out;
  };
  return {
    ...expected,
    validate: expected.validate.map(resolve),
    audit: expected.audit.map(resolve),
  };
}

/**
 * An A1 reference in a text, with its sheet when it has one. Not inside a word or a name
 * (IKU06_HASIL, IKU.CAPAIAN) and not a function call.
 */
const A1_IN_TEXT =
  /(?<![\w.$'])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Z]{1,3})(\$?)([1-9]\d{0,6})(?![\w(!])/g;

/**
 * A text with the A1 references of IKU-sheet cells written as templates: references with the
 * IKU sheet's name always, references without a sheet only when the text is about the IKU
 * sheet (`onIkuSheet`). A cell of another sheet keeps its A1.
 */
export function templateA1(text: string, layout: CaseLayout, onIkuSheet: boolean): string {
  const all = layout.dictionary(true);
  const indicatorsOnly = layout.dictionary(false);
  const ikuSheet = layout.sheetName.toUpperCase();
  const unquote = (s: string) => s.replace(/^'|'$/g, "").split("''").join("'").toUpperCase();
  return text.replace(
    A1_IN_TEXT,
    (whole, prefix: string | undefined, c$: string, col: string, r$: string, row: string) => {
      if (c$ !== r$) return whole; // mixed references stay as typed
      if (prefix ? unquote(prefix.slice(0, -1)) !== ikuSheet : !onIkuSheet) return whole;
      const ref = (prefix ? all : indicatorsOnly).get(col + row);
      return ref ? `${prefix ?? ""}{${c$}${ref}}` : whole;
    }
  );
}

/**
 * Findings as expected.json stores them: the A1 of IKU-sheet cells replaced by templates, so
 * a change of the layout changes no fixture. A cell of another sheet keeps its A1.
 */
export function abstractFindings(findings: Finding[], layout: CaseLayout): Finding[] {
  const all = layout.dictionary(true);
  return findings.map((f) => {
    const onIku = f.sheet.toUpperCase() === layout.sheetName.toUpperCase();
    const out: Finding = { ...f, cell: onIku && all.has(f.cell) ? `{${all.get(f.cell)}}` : f.cell };
    for (const key of FINDING_TEXTS) {
      const value = f[key];
      if (value !== undefined) out[key] = templateA1(value, layout, onIku);
    }
    return out;
  });
}
