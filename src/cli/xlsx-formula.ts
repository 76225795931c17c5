import { columnToIndex, indexToColumn } from "../core/formula-parser/address";

/**
 * A shared formula (<f t="shared" si="…">) as Excel reads it in a dependent cell: the master's
 * formula moved by the offset between the two cells. Relative parts of a reference move, parts
 * with "$" stay; text in quotes, quoted sheet names, structured and external references in
 * brackets, names, functions and error literals are copied unchanged. A reference moved off the
 * sheet becomes #REF!, as in Excel.
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)([0-9]+)$/;
const ERROR_LITERAL =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!|EXTERNAL!|PYTHON!)/i;

/** Characters of a name, a function name, a number or an unquoted reference part. */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 36 || // $
    code === 95 || // _
    code === 46 || // .
    code === 92 || // \
    code === 63 || // ?
    code > 127
  );
}

function moveRow(dollar: string, digits: string, dRow: number): string | undefined {
  const row = Number(digits);
  if (row < 1 || row > MAX_ROW) return undefined;
  if (dollar) return dollar + digits;
  const moved = row + dRow;
  return moved < 1 || moved > MAX_ROW ? undefined : String(moved);
}

function moveCol(dollar: string, letters: string, dCol: number): string | undefined {
  const col = columnToIndex(letters) + 1;
  if (col < 1 || col > MAX_COL) return undefined;
  if (dollar) return dollar + letters;
  const moved = col + dCol;
  return moved < 1 || moved > MAX_COL ? undefined : indexToColumn(moved - 1);
}

/** One cell reference ("B3", "$B3"), moved; null when it is a valid reference moved off the sheet. */
function moveCell(word: string, dRow: number, dCol: number): string | null | undefined {
  const m = CELL.exec(word);
  if (!m) return undefined;
  if (columnToIndex(m[2]) + 1 > MAX_COL) return undefined; // a name such as "ABC1234567" is no cell
  const row = Number(m[4]);
  if (row < 1 || row > MAX_ROW) return undefined;
  const col = moveCol(m[1], m[2], dCol);
  const r = moveRow(m[3], m[4], dRow);
  return col === undefined || r === undefined ? null : `${col}${r}`;
}

/** Translates `formula` (without "=") by dRow rows and dCol columns. */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === 34 || ch === 39) {
      // "text" or 'sheet name': copied up to the closing quote (a doubled quote is one quote).
      let j = i + 1;
      while (j < n) {
        if (formula.charCodeAt(j) === ch) {
          if (formula.charCodeAt(j + 1) === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === 91) {
      // [external workbook] or Table[[#This Row],[Column]]: copied to the matching bracket.
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        const c = formula.charCodeAt(j);
        if (c === 39) {
          j++; // "'" escapes the next character inside a structured reference
          continue;
        }
        if (c === 91) depth++;
        else if (c === 93 && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === 35) {
      // An error literal (#REF!, #N/A, #DIV/0!) is no reference; a lone "#" is the spill operator.
      const error = ERROR_LITERAL.exec(formula.slice(i, i + 14));
      const len = error ? error[0].length : 1;
      out += formula.slice(i, i + len);
      i += len;
      continue;
    }
    if (!isWordChar(ch)) {
      out += formula[i];
      i++;
      continue;
    }
    let j = i;
    while (j < n && isWordChar(formula.charCodeAt(j))) j++;
    const word = formula.slice(i, j);
    const next = formula.charCodeAt(j);
    // A function name, a sheet name before "!", a table name before "[": never moved.
    if (next === 40 || next === 33 || next === 91) {
      out += word;
      i = j;
      continue;
    }
    // A whole-column or whole-row range: both sides move together ("A:C", "$2:4").
    if (next === 58) {
      let k = j + 1;
      while (k < n && isWordChar(formula.charCodeAt(k))) k++;
      const second = formula.slice(j + 1, k);
      const c1 = COLUMN.exec(word);
      const c2 = COLUMN.exec(second);
      if (c1 && c2) {
        const a = moveCol(c1[1], c1[2], dCol);
        const b = moveCol(c2[1], c2[2], dCol);
        out += a === undefined || b === undefined ? "#REF!" : `${a}:${b}`;
        i = k;
        continue;
      }
      const r1 = ROW.exec(word);
      const r2 = ROW.exec(second);
      if (r1 && r2) {
        const a = moveRow(r1[1], r1[2], dRow);
        const b = moveRow(r2[1], r2[2], dRow);
        out += a === undefined || b === undefined ? "#REF!" : `${a}:${b}`;
        i = k;
        continue;
      }
    }
    const moved = moveCell(word, dRow, dCol);
    out += moved === undefined ? word : moved === null ? "#REF!" : moved;
    i = j;
  }
  return out;
}
