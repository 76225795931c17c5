/**
 * Reading a number that was typed or pasted as text ("1.234", "12,5", " 45 "). This looks at
 * cell values, never at formula text. Indonesian conventions first: "." groups thousands and
 * "," is the decimal separator; "1,234.5" (English) is read too when both marks appear.
 */

const PLAIN = /^[+-]?\d+$/;
const GROUPED_DOT = /^[+-]?\d{1,3}(\.\d{3})+$/;
const DECIMAL_DOT = /^[+-]?\d*\.\d+$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
const ID_FULL = /^[+-]?\d{1,3}(\.\d{3})*,\d+$/;
const EN_FULL = /^[+-]?\d{1,3}(,\d{3})*\.\d+$/;
const GROUPED_COMMA_EN = /^[+-]?\d{1,3}(,\d{3})+\.\d+$/;

/** The number a text stands for, or undefined when it is not a number at all. */
export function parseNumberText(text: string): number | undefined {
  // Non-breaking spaces come in with copy-paste from web pages and PDFs.
  const s = text.replace(/[\s\u00a0]+/g, "");
  if (s.length === 0) return undefined;
  let normalized: string | undefined;
  if (PLAIN.test(s)) normalized = s;
  else if (GROUPED_DOT.test(s)) normalized = s.split(".").join("");
  else if (ID_FULL.test(s)) normalized = s.split(".").join("").replace(",", ".");
  else if (GROUPED_COMMA_EN.test(s) || EN_FULL.test(s)) normalized = s.split(",").join("");
  else if (DECIMAL_COMMA.test(s)) normalized = s.replace(",", ".");
  else if (DECIMAL_DOT.test(s)) normalized = s;
  if (normalized === undefined) return undefined;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : undefined;
}
