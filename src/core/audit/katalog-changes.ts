import { CATALOGUE, sasaranOf } from "../catalogue";
import type { Component, Indicator } from "../catalogue";
import { parseCell, toA1 } from "../formula-parser/address";
import type { CellPos } from "../formula-parser/address";
import { canonicalize } from "../formula-parser/compare";
import { isFormulaText } from "../formula-parser/parse";
import type { NameReference } from "../formula-parser/name-reference";
import type { GridValue } from "../grid";
import { genericFunctionName, rulesOf } from "../rules";
import type { KindRule } from "../rules";
import { capaianFormula, hasilFormula, RESULT_KEYS } from "../sheet/formula-text";
import { QUARTER_SUFFIXES, quarterResultNames } from "../sheet/quarters";
import { componentKeys, previousTables } from "../sheet/regenerate";
import type { PreviousTable } from "../sheet/regenerate";
import type { AuditContext } from "./subjects";

/**
 * How an IKU sheet differs from the workbook's Katalog IKU when the sheet was generated from
 * another version of it (read by the rule sheet.katalogChanged, which says what to do, and by the
 * runner, which leaves out what the change explains). Everything is read from what the sheet
 * itself holds: the add-in's names (an indicator's table is found by its four result names, see
 * previousTables), the texts the plan writes beside them and the formulas of its result cells.
 */

/** One thing of an indicator that the Katalog says otherwise than the sheet. */
export type KatalogChange =
  | { field: "name" | "sasaran" | "satuan" | "jenis" | "polaritas"; sheet: string; katalog: string }
  | {
      field: "components";
      sheet: string[];
      katalog: string[];
      /** The input names differ too (other roles or count): their typed values do not carry over. */
      renamed: boolean;
    };

export interface KatalogChanges {
  /** In the Katalog, not on the sheet: none of its names exists. `cell`: its Kode in the Katalog. */
  added: { indicator: Indicator; cell: string }[];
  /** On the sheet, no longer in the Katalog: its table's names remain. */
  removed: { code: string; hasil: NameReference; name?: string }[];
  changed: { indicator: Indicator; hasil: NameReference; changes: KatalogChange[] }[];
  /**
   * The most components any indicator has changed, so the result columns of every indicator
   * moved against its inputs (name.moved would say so for every indicator).
   */
  columnsMoved: boolean;
}

/** A cell's text as the plan wrote it (trimmed; "" for anything else). */
function textOf(value: GridValue): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  return "";
}

const INDIKATOR_COLUMN = 2; // C: the document's Indikator column
const PENJELASAN_COLUMN = 3; // D: the formula in words
const SASARAN_COLUMN = 1; // B: Sasaran, merged over its indicators (its text in the first row)

/** The indicator with another kind's components (keys), as that kind would have generated it. */
function asKind(indicator: Indicator, kind: KindRule, keys: readonly string[]): Indicator | null {
  const fits = kind.repeating
    ? keys.length >= kind.count.min &&
      keys.length <= kind.count.max &&
      keys.every((key, i) => key === `K${i + 1}`)
    : keys.length === kind.roles.length &&
      keys.every((key, i) => key === kind.roles[i].toUpperCase());
  if (!fits) return null;
  const components = keys.map((key, i): Component => ({
    ...(indicator.components[i] ?? indicator.components[0]),
    key,
    role: kind.repeating ? kind.roles[0] : kind.roles[i],
    valueType: kind.valueType,
  }));
  return {
    ...indicator,
    kind: kind.id,
    timesHundred: kind.timesHundred,
    functionName: genericFunctionName(kind),
    components,
  };
}

/** The Katalog's cell of an indicator's Kode (column A), for a finding that selects its row. */
function katalogCell(ctx: ChangesContext, katalogSheet: string, code: string): string {
  const sheet = ctx.index.sheet(katalogSheet);
  if (!sheet) return "A1";
  const col = -sheet.origin.col;
  const rows = sheet.grid.values;
  for (let r = 0; r < rows.length; r++) {
    if (textOf(rows[r]?.[col] ?? null).toUpperCase() === code.toUpperCase())
      return toA1({ row: sheet.origin.row + r, col: 0 });
  }
  return "A1";
}

/** What the comparison reads: the audit's context, or the same parts from Periksa Data. */
export type ChangesContext = Pick<AuditContext, "index" | "iku" | "catalogue" | "cache">;

export function katalogChanges(ctx: ChangesContext, katalogSheet: string): KatalogChanges {
  const { index, iku, catalogue } = ctx;
  const rules = rulesOf(catalogue);
  const sheet = iku.sheet;
  const mode = iku.plan.settings.mode;
  const aturan = iku.plan.settings.aturan;
  const tables = previousTables(ctx.index.namesOn(sheet), sheet, componentKeys(rules));
  const codes = new Set(catalogue.indicators.map((i) => i.code.toUpperCase()));
  const at = (pos: CellPos) => index.cell(sheet, pos).value;
  const canonical = (formula: string, onSheet: string) =>
    canonicalize(formula, iku.resolver(onSheet), ctx.cache).text;

  const out: KatalogChanges = { added: [], removed: [], changed: [], columnsMoved: false };
  for (const table of tables.values()) {
    if (codes.has(table.code)) continue;
    const pos = parseCell(table.hasil.address) as CellPos;
    const name = textOf(at({ row: pos.row, col: INDIKATOR_COLUMN }));
    out.removed.push({ code: table.code, hasil: table.hasil, ...(name ? { name } : {}) });
  }

  const byCode = new Map(catalogue.indicators.map((i) => [i.code, i]));
  let offsetsDiffer = false;
  for (const planned of iku.plan.indicators) {
    const indicator = byCode.get(planned.code);
    if (!indicator) continue;
    const table = tables.get(planned.code.toUpperCase());
    if (!table) {
      const names = [
        ...planned.inputs.map((i) => i.name),
        planned.hasil.name,
        planned.target.name,
        planned.capaian.name,
        planned.kategori.name,
      ];
      if (names.every((n) => !index.name(n, sheet)))
        out.added.push({ indicator, cell: katalogCell(ctx, katalogSheet, indicator.code) });
      continue;
    }
    const changes = compare(indicator, table);
    if (changes.length > 0) out.changed.push({ indicator, hasil: table.hasil, changes });
    // The result columns against the first input, on the sheet and in the plan.
    const first = planned.inputs[0];
    const firstRef = first ? table.names.get(first.name.toUpperCase()) : undefined;
    if (first && firstRef) {
      const column = (a1: string) => (parseCell(a1) as CellPos).col;
      const sheetOffset = column(table.hasil.address) - column(firstRef.address);
      const planOffset = column(planned.hasil.address) - column(first.address);
      if (sheetOffset !== planOffset) offsetsDiffer = true;
    }
  }
  const anything = out.added.length + out.removed.length + out.changed.length > 0;
  out.columnsMoved = anything && offsetsDiffer;
  return out;

  /** What the Katalog says otherwise than the sheet about one indicator. */
  function compare(indicator: Indicator, table: PreviousTable): KatalogChange[] {
    const changes: KatalogChange[] = [];
    const hasilPos = parseCell(table.hasil.address) as CellPos;
    const onSheet = index.sheetName(table.hasil.sheet) ?? table.hasil.sheet;

    const name = textOf(at({ row: hasilPos.row, col: INDIKATOR_COLUMN }));
    if (name !== "" && name !== indicator.name.trim())
      changes.push({ field: "name", sheet: name, katalog: indicator.name });

    // The sasaran: the first text above (or at) the indicator's row in column B.
    for (let row = hasilPos.row; row >= 0; row--) {
      const text = textOf(at({ row, col: SASARAN_COLUMN }));
      if (text === "") continue;
      const wanted = sasaranOf(indicator, catalogue).name;
      if (text !== wanted.trim()) changes.push({ field: "sasaran", sheet: text, katalog: wanted });
      break;
    }

    // The components: the table's input names in column order, each with the label above it.
    // The year's component names (not the quarter names); on a sheet with quarters the label
    // is above a component's TW I cell, on a one-year sheet above its own cell.
    const quarterNames = new Set(quarterResultNames(table.code));
    const inputs = [...table.names]
      .filter(
        ([n]) =>
          !Object.values(RESULT_KEYS).some((s) => n === `${table.code}_${s}`) &&
          !quarterNames.has(n) &&
          !QUARTER_SUFFIXES.some((s) => n.endsWith(s))
      )
      .map(([n, ref]) => {
        const first = table.names.get(`${n}${QUARTER_SUFFIXES[0]}`) ?? ref;
        return { key: n.slice(table.code.length + 1), pos: parseCell(first.address)! };
      })
      .sort((a, b) => a.pos.col - b.pos.col);
    const sheetKeys = inputs.map((i) => i.key);
    const sheetLabels = inputs.map((i) => textOf(at({ row: i.pos.row - 1, col: i.pos.col })));
    const keys = indicator.components.map((c) => c.key.toUpperCase());
    const labels = indicator.components.map((c) => c.label.trim());
    const renamed = keys.join("|") !== sheetKeys.join("|");
    if (renamed || labels.join("|") !== sheetLabels.join("|"))
      changes.push({ field: "components", sheet: sheetLabels, katalog: labels, renamed });

    // The Jenis: the sheet's result formula is what another kind (or the built-in indicator of
    // that code) generates, and the sheet's Penjelasan is not the Katalog's (a kind's reading
    // names its components in its own order): a function replaced by hand, however exactly,
    // leaves the Penjelasan as it was, and is left to formula.wrongFunction. A formula no kind
    // generates is left to the formula rules too.
    const hasilContent = index.cellAt(onSheet, table.hasil.address).formula;
    const penjelasan = textOf(at({ row: hasilPos.row, col: PENJELASAN_COLUMN }));
    if (isFormulaText(hasilContent) && penjelasan !== indicator.formulaReading.trim()) {
      const found = canonical(hasilContent, onSheet);
      if (found !== canonical(hasilFormula(indicator, mode, aturan, rules), iku.plan.sheetName)) {
        const candidates: Indicator[] = [];
        for (const kind of Object.values(rules.kinds)) {
          if (kind.id === indicator.kind) continue;
          const variant = asKind(indicator, kind, sheetKeys);
          if (variant) candidates.push(variant);
        }
        const builtIn = CATALOGUE.indicators.find((i) => i.code === indicator.code);
        if (builtIn && builtIn.kind !== indicator.kind) candidates.push(builtIn);
        const before = candidates.find(
          (c) => canonical(hasilFormula(c, mode, aturan, rules), iku.plan.sheetName) === found
        );
        if (before) changes.push({ field: "jenis", sheet: before.kind, katalog: indicator.kind });
      }
    }

    // The Polaritas: the sheet's capaian formula is the other polarity's.
    const capaianRef = table.names.get(`${table.code}_${RESULT_KEYS.capaian}`);
    const capaianContent = capaianRef ? index.cellAt(onSheet, capaianRef.address).formula : null;
    if (isFormulaText(capaianContent)) {
      const other = indicator.polarity === "positif" ? "negatif" : "positif";
      const found = canonical(capaianContent, onSheet);
      const variant = capaianFormula({ ...indicator, polarity: other }, mode, aturan);
      if (
        found !== canonical(capaianFormula(indicator, mode, aturan), iku.plan.sheetName) &&
        found === canonical(variant, iku.plan.sheetName)
      )
        changes.push({ field: "polaritas", sheet: other, katalog: indicator.polarity });
    }

    // The Satuan, written right of the result.
    const satuan = textOf(at({ row: hasilPos.row, col: hasilPos.col + 1 }));
    if (satuan !== "" && satuan !== indicator.satuan.trim())
      changes.push({ field: "satuan", sheet: satuan, katalog: indicator.satuan });
    return changes;
  }
}

/**
 * The indicators whose input names only a Katalog change explains missing: added ones, and
 * changed ones whose components have other names now. Periksa Data leaves out their "input not
 * found" findings (at the new plan's addresses, which on the old sheet are other cells): Audit
 * Rumus reports the change once, with what to do.
 */
export function inputsExplained(changes: KatalogChanges): Set<string> {
  return new Set([
    ...changes.added.map((a) => a.indicator.code),
    ...changes.changed
      .filter((c) => c.changes.some((x) => x.field === "components" && x.renamed))
      .map((c) => c.indicator.code),
  ]);
}
