// zod/mini, as the pane's settings check: the pane's chunks share one small zod core.
import { z } from "zod/mini";
import { INDICATOR_CODE_PATTERN } from "../catalogue/code";
import { parseCell, toA1 } from "../formula-parser/address";
import type { Finding, GridValue, SheetGrid } from "../grid";
import {
  KATALOG_COLUMNS,
  KATALOG_HEADER_LABELS,
  KATALOG_MAX_INDICATORS,
  normalizeHeader,
} from "./layout";
import type { KatalogField } from "./layout";
import { KATALOG_RULES } from "./rules";
import type { KatalogProblemArgs, KatalogRuleId } from "./rules";

/**
 * Reads a "Katalog IKU" sheet (its grid, as Excel or exceljs gives it) into plain entries, or
 * into every mistake it holds, each with its cell. The reader never stops at the first mistake
 * and never returns half a catalogue: one mistake anywhere and `ok` is false.
 */

/** How many components a kind takes (from the kind rules), and how to say it. */
export interface KindArity {
  min: number;
  max: number;
  /** "Komponen 1 dan Komponen 2", in the message's language. */
  needs: { id: string; en: string };
}

export interface KatalogReadOptions {
  /** The kinds a Katalog may name, with their component counts. */
  kinds: Readonly<Record<string, KindArity>>;
  /** The polarity words a Katalog may use. */
  polarities: readonly string[];
  /** The aggregation words a Katalog may use (Agregasi column). */
  agregasi: readonly string[];
  lang?: "id" | "en";
}

export interface KatalogHeader {
  perangkatDaerah?: string;
  tugas?: string;
  /** Fungsi items in order, without their "a." prefix. */
  fungsi: string[];
}

export interface KatalogEntry {
  /** The row's 0-based index in the sheet. */
  row: number;
  kode: string;
  sasaran: string;
  indikator: string;
  jenis: string;
  /** Component labels, K1 first; 1 to 3 of them. */
  komponen: string[];
  satuan: string;
  polaritas: string;
  /**
   * The aggregation of each component (lower case), one per component; null when the cell is
   * empty or the column absent (the catalogue then takes its default: katalog/catalogue.ts).
   */
  agregasi: string[] | null;
  penanggungJawab: string;
  sumberData: string;
  formula: string;
  catatan: string;
}

export type KatalogRead =
  | { ok: true; sheet: string; header: KatalogHeader; entries: KatalogEntry[] }
  | { ok: false; sheet: string; findings: Finding[] };

function cellText(value: GridValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value)
    .replace(/\u00a0/g, " ")
    .trim();
}

const COMPONENT_FIELDS = ["komponen1", "komponen2", "komponen3"] as const;

/** The words of an Agregasi cell, lower case: "akumulasi, posisi" → two words. */
function agregasiWords(text: string): string[] {
  return text === "" ? [] : text.split(/[,;]/).map((w) => w.trim().toLowerCase());
}

/** The row schema: zod checks each row; the words come from KATALOG_RULES. */
function rowSchema(options: KatalogReadOptions) {
  const text = z.string();
  return z
    .object({
      kode: text,
      sasaran: text,
      indikator: text,
      jenis: text,
      komponen1: text,
      komponen2: text,
      komponen3: text,
      satuan: text,
      polaritas: text,
      agregasi: text,
      penanggungJawab: text,
      sumberData: text,
      formula: text,
      catatan: text,
    })
    .check(
      z.superRefine((row, ctx) => {
        const problem = (field: KatalogField, rule: KatalogRuleId, args: KatalogProblemArgs) =>
          ctx.addIssue({ code: "custom", path: [field], message: rule, params: { rule, args } });
        for (const column of KATALOG_COLUMNS) {
          if (column.required && row[column.field] === "") {
            // An empty Komponen 1 is said in the kind's words when the kind is known.
            if (column.field === "komponen1" && options.kinds[row.jenis.toLowerCase()]) continue;
            problem(column.field, "katalog.required", { column: column.header });
          }
        }
        if (row.kode !== "" && !INDICATOR_CODE_PATTERN.test(row.kode)) {
          problem("kode", "katalog.kodeInvalid", { value: row.kode });
        }
        const jenis = row.jenis.toLowerCase();
        const arity = options.kinds[jenis];
        if (row.jenis !== "" && !arity) {
          problem("jenis", "katalog.jenisUnknown", {
            value: `"${row.jenis}"`,
            allowed: Object.keys(options.kinds).join(", "),
          });
        }
        const filled = COMPONENT_FIELDS.map((f) => row[f] !== "");
        const gap = filled.findIndex(
          (isFilled, i) => isFilled && filled.slice(0, i).includes(false)
        );
        if (gap > 0 && filled[0]) {
          problem(COMPONENT_FIELDS[gap], "katalog.componentGap", {
            column: KATALOG_COLUMNS.find((c) => c.field === COMPONENT_FIELDS[gap])!.header,
          });
        } else if (arity) {
          const count = filled.filter(Boolean).length;
          if (count < arity.min || count > arity.max) {
            const at = count < arity.min ? COMPONENT_FIELDS[count] : COMPONENT_FIELDS[arity.max];
            const lang = options.lang ?? "id";
            problem(at, "katalog.componentCount", { jenis: jenis, needs: arity.needs[lang] });
          }
        }
        const polaritas = row.polaritas.toLowerCase();
        if (polaritas !== "" && !options.polarities.includes(polaritas)) {
          problem("polaritas", "katalog.polaritasUnknown", {
            value: `"${row.polaritas}"`,
            allowed: options.polarities.join((options.lang ?? "id") === "en" ? " or " : " atau "),
          });
        }
        // One word for every component, or one per component: each a known word.
        const words = agregasiWords(row.agregasi);
        const unknown = words.find((w) => !options.agregasi.includes(w));
        if (unknown !== undefined) {
          problem("agregasi", "katalog.agregasiUnknown", {
            value: `"${unknown}"`,
            allowed: options.agregasi.join((options.lang ?? "id") === "en" ? " or " : " atau "),
          });
        } else if (words.length > 1) {
          const components = filled.filter(Boolean).length;
          if (words.length !== components) {
            problem("agregasi", "katalog.agregasiCount", {
              count: words.length,
              expected: components,
            });
          }
        }
      })
    );
}

/** The Agregasi cell as one word per component, or null for the default (cell empty). */
function agregasiEntry(read: Record<KatalogField, string>): string[] | null {
  const words = agregasiWords(read.agregasi);
  if (words.length === 0) return null;
  const components = COMPONENT_FIELDS.filter((f) => read[f] !== "").length;
  return words.length === 1 ? Array.from({ length: components }, () => words[0]) : words;
}

export function readKatalog(sheet: SheetGrid, options: KatalogReadOptions): KatalogRead {
  const lang = options.lang ?? "id";
  const origin = parseCell(sheet.origin) ?? { row: 0, col: 0 };
  const findings: Finding[] = [];
  const at = (r: number, c: number) => toA1({ row: origin.row + r, col: origin.col + c });
  const push = (cell: string, rule: KatalogRuleId, args: KatalogProblemArgs) => {
    const words = KATALOG_RULES[rule][lang];
    findings.push({
      sheet: sheet.name,
      cell,
      rule,
      severity: "error",
      message: words.message({ ...args, sheet: sheet.name }),
      ...(lang === "en" ? { messageLang: "en" as const } : {}),
    });
  };
  const value = (r: number, c: number) => cellText(sheet.values[r]?.[c]);
  const rowCount = sheet.values.length;
  // The table's column A is the sheet's column A: the grid may start to its right.
  const colA = -origin.col;

  let headerRow = -1;
  for (let r = 0; r < rowCount; r++) {
    if (colA >= 0 && normalizeHeader(value(r, colA)) === normalizeHeader("Kode")) {
      headerRow = r;
      break;
    }
  }
  if (headerRow < 0) {
    push("A1", "katalog.noTable", {});
    return { ok: false, sheet: sheet.name, findings };
  }

  // Header block above the table: label in A, value in B; Fungsi may take several rows.
  const header: KatalogHeader = { fungsi: [] };
  let inFungsi = false;
  for (let r = 0; r < headerRow; r++) {
    const label = normalizeHeader(value(r, colA));
    const text = value(r, colA + 1);
    if (label === normalizeHeader(KATALOG_HEADER_LABELS.perangkatDaerah)) {
      inFungsi = false;
      if (text) header.perangkatDaerah = text;
    } else if (label === normalizeHeader(KATALOG_HEADER_LABELS.tugas)) {
      inFungsi = false;
      if (text) header.tugas = text;
    } else if (
      label === normalizeHeader(KATALOG_HEADER_LABELS.fungsi) ||
      (label === "" && inFungsi)
    ) {
      inFungsi = true;
      if (text) header.fungsi.push(text.replace(/^[a-z][.)]\s*/i, ""));
    } else {
      inFungsi = false;
    }
  }

  // Columns by header text, in any order.
  const columnOf = new Map<KatalogField, number>();
  const width = Math.max(...sheet.values.map((row) => row.length), 0);
  for (let c = Math.max(colA, 0); c < width; c++) {
    const key = normalizeHeader(value(headerRow, c));
    const column = KATALOG_COLUMNS.find((col) => normalizeHeader(col.header) === key);
    if (!column) continue;
    const first = columnOf.get(column.field);
    if (first !== undefined) {
      push(at(headerRow, c), "katalog.duplicateColumn", {
        column: column.header,
        first: at(headerRow, first),
      });
      continue;
    }
    columnOf.set(column.field, c);
  }
  for (const column of KATALOG_COLUMNS) {
    if (column.required && !columnOf.has(column.field)) {
      push(at(headerRow, colA), "katalog.missingColumn", { column: column.header });
    }
  }
  if (findings.length > 0) return { ok: false, sheet: sheet.name, findings };

  const schema = rowSchema(options);
  const entries: KatalogEntry[] = [];
  const firstKode = new Map<string, string>();
  for (let r = headerRow + 1; r < rowCount; r++) {
    const read = Object.fromEntries(
      KATALOG_COLUMNS.map((col) => {
        const c = columnOf.get(col.field);
        return [col.field, c === undefined ? "" : value(r, c)];
      })
    ) as Record<KatalogField, string>;
    // A row with nothing in the table's columns is a spacer, not an indicator.
    if (Object.values(read).every((v) => v === "")) continue;
    const cellOf = (field: KatalogField) => at(r, columnOf.get(field) ?? colA);
    if (entries.length + 1 > KATALOG_MAX_INDICATORS) {
      push(cellOf("kode"), "katalog.tooMany", { limit: KATALOG_MAX_INDICATORS });
      break;
    }
    const parsed = schema.safeParse(read);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const params = (issue as { params?: { rule: KatalogRuleId; args: KatalogProblemArgs } })
          .params;
        const field = issue.path[0] as KatalogField;
        if (params) push(cellOf(field), params.rule, params.args);
      }
    }
    if (read.kode !== "") {
      const key = read.kode.toUpperCase();
      const first = firstKode.get(key);
      if (first) push(cellOf("kode"), "katalog.kodeDuplicate", { value: read.kode, first });
      else firstKode.set(key, cellOf("kode"));
    }
    entries.push({
      row: origin.row + r,
      kode: read.kode,
      sasaran: read.sasaran,
      indikator: read.indikator,
      jenis: read.jenis.toLowerCase(),
      komponen: COMPONENT_FIELDS.map((f) => read[f]).filter((label) => label !== ""),
      satuan: read.satuan,
      polaritas: read.polaritas.toLowerCase() || options.polarities[0],
      agregasi: agregasiEntry(read),
      penanggungJawab: read.penanggungJawab,
      sumberData: read.sumberData,
      formula: read.formula,
      catatan: read.catatan,
    });
  }
  if (findings.length === 0 && entries.length === 0) {
    push(at(headerRow, colA), "katalog.noRows", {});
  }
  if (findings.length > 0) return { ok: false, sheet: sheet.name, findings };
  return { ok: true, sheet: sheet.name, header, entries };
}
