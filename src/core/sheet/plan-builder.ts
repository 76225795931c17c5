import { sasaranOf } from "../catalogue";
import type { Catalogue, Indicator } from "../catalogue";
import {
  columnToIndex,
  indexToColumn,
  parseCellOrThrow,
  quoteSheetAlways,
  toAbsoluteA1,
} from "../formula-parser/address";
import { isPredikatText } from "./formula-text";
import type { DefinedNamePlan, MergePlan, PlanCell, ValidationRule } from "./types";

/**
 * What every sheet plan is built with (the year sheet, Target Renstra, Pengukuran Kinerja): cell
 * addresses, a builder that collects one plan's cells, merges, names, validations and row heights,
 * and the rules the sheets share (text cells, the order of indicators, the target's validation).
 * The builder is an object the caller creates per plan: nothing is kept between plans.
 */

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  return indexToColumn(column - 1);
}

/** 1-based column number of column letters (A → 1). */
export function columnNumber(letters: string): number {
  return columnToIndex(letters) + 1;
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Splits "J12" into 1-based column number and row; throws for anything else. */
export function parseAddress(address: string): { column: number; row: number } {
  const { row, col } = parseCellOrThrow(address);
  return { column: col + 1, row: row + 1 };
}

/** The sheet part of a reference: 'IKU 2026' (always quoted; ' doubled). */
export const quoteSheetName = quoteSheetAlways;

/** A cell of a sheet by its absolute address: 'IKU 2026'!$J$12 */
export function sheetAbsolute(sheetName: string, address: string): string {
  return `${quoteSheetAlways(sheetName)}!${toAbsoluteA1(parseCellOrThrow(address))}`;
}

/** The reference of a defined name as the name manager writes it: ='IKU 2026'!$J$12 */
export function absoluteReference(sheetName: string, address: string): string {
  return `=${sheetAbsolute(sheetName, address)}`;
}

/** Inputs and targets stay "General": a format must never hide what staff typed (2.5 as "3"). */
export const INPUT_FORMAT = "General";
export const TEXT_FORMAT = "@";

/** A constant text (or label number) cell, its format text so Excel keeps it as typed. */
export function textCell(
  value: string | number,
  role: PlanCell["role"],
  style: string
): Omit<PlanCell, "address"> {
  return { role, value, style, numberFormat: TEXT_FORMAT };
}

/** Indicators in sheet order: grouped by sasaran (No 1, 2, 3), then by their order. */
export function sheetOrder(catalogue: Catalogue): Indicator[] {
  return [...catalogue.indicators].sort(
    (a, b) =>
      sasaranOf(a, catalogue).no - sasaranOf(b, catalogue).no ||
      a.order - b.order ||
      a.code.localeCompare(b.code)
  );
}

/** The words of a target's validation (the year sheet's and the Renstra's differ). */
export interface TargetRuleWords {
  inputTitle: string;
  inputMessage: string;
  errorTitle: string;
  errorMessage: string;
}

/**
 * A target's data validation: a number ≥ 0, a range typed as text ("80-85") or, for an indicator
 * with a predikat target (IKU 1), a predikat ("BB"); the core reads the text.
 */
export function targetRule(
  indicator: Indicator,
  address: string,
  words: TargetRuleWords
): ValidationRule {
  const x = address;
  const range = `ISNUMBER(FIND("-",SUBSTITUTE(${x},"–","-")))`;
  const predikat = indicator.targetPredikat === true;
  return {
    address,
    type: "targetRange",
    operator: "greaterThanOrEqualTo",
    min: 0,
    formula: predikat
      ? `=IF(ISNUMBER(${x}),${x}>=0,OR(${range},${isPredikatText(x)}))`
      : `=IF(ISNUMBER(${x}),${x}>=0,${range})`,
    ...(predikat ? { predikat: true } : {}),
    ...words,
  };
}

/** One plan's cells, merges, names, validations and row heights as they are built. */
export interface PlanBuilder {
  readonly sheetName: string;
  readonly merges: MergePlan[];
  readonly names: DefinedNamePlan[];
  readonly validations: ValidationRule[];
  readonly rowHeights: Record<number, number>;
  /** Sets the cell (a later put on the same address replaces it); returns its address. */
  put: (column: number, row: number, cell: Omit<PlanCell, "address">) => string;
  /**
   * A merged block: the anchor gets the content and the role; the covered cells only the style
   * (so borders and fills cover the whole block) with the role "text". Returns the anchor.
   */
  block: (
    c1: number,
    r1: number,
    c2: number,
    r2: number,
    cell: Omit<PlanCell, "address">
  ) => string;
  /** A defined name for a cell of this sheet. */
  name: (name: string, address: string) => void;
  /** Rows r1–r2 together at least `height` points high: the last row grows by what is missing. */
  fitRows: (r1: number, r2: number, height: number) => void;
  /** The rightmost column a cell was put in (0 before any). */
  lastColumn: () => number;
  /** The cells in reading order: by row, then by column. */
  sortedCells: () => PlanCell[];
}

export function planBuilder(sheetName: string): PlanBuilder {
  const cells = new Map<string, PlanCell>();
  const merges: MergePlan[] = [];
  const names: DefinedNamePlan[] = [];
  const validations: ValidationRule[] = [];
  const rowHeights: Record<number, number> = {};
  let rightmost = 0;

  const put = (column: number, row: number, cell: Omit<PlanCell, "address">): string => {
    const address = cellAddress(column, row);
    cells.set(address, { address, ...cell });
    rightmost = Math.max(rightmost, column);
    return address;
  };
  return {
    sheetName,
    merges,
    names,
    validations,
    rowHeights,
    put,
    block: (c1, r1, c2, r2, cell) => {
      for (let r = r1; r <= r2; r++) {
        for (let c = c1; c <= c2; c++) {
          if (r !== r1 || c !== c1) put(c, r, { role: "text", style: cell.style });
        }
      }
      if (r1 !== r2 || c1 !== c2)
        merges.push({ range: `${cellAddress(c1, r1)}:${cellAddress(c2, r2)}` });
      return put(c1, r1, cell);
    },
    name: (n, address) => {
      names.push({ name: n, address, refersTo: absoluteReference(sheetName, address) });
    },
    fitRows: (r1, r2, height) => {
      let have = 0;
      for (let r = r1; r <= r2; r++) have += rowHeights[r];
      if (height > have) rowHeights[r2] += height - have;
    },
    lastColumn: () => rightmost,
    sortedCells: () => {
      return [...cells.values()].sort((a, b) => {
        const pa = parseAddress(a.address);
        const pb = parseAddress(b.address);
        return pa.row - pb.row || pa.column - pb.column;
      });
    },
  };
}
