import type { Result } from "./calculation";
import { CellError, EXCEL_ERROR_TEXT } from "./errors";
import type { HelpWords } from "./messages/types";
import { FUNCTION_NAMESPACE } from "./namespace";

/* The small HTML pieces the help page's sections share (help.ts, help-generic.ts, help-katalog.ts). */

export type ExampleArg = number | string;

function formatArg(value: ExampleArg, decimalComma: boolean): string {
  if (typeof value === "string") return `"${value}"`;
  const text = String(value);
  return decimalComma ? text.replace(".", ",") : text;
}

/**
 * The example formula as typed in Excel: with "," between arguments (English list separator),
 * or with ";" and a decimal comma (Indonesian regional settings).
 */
export function exampleFormula(
  functionName: string,
  args: readonly ExampleArg[],
  indonesian: boolean
): string {
  const separator = indonesian ? "; " : ", ";
  const text = args.map((a) => formatArg(a, indonesian)).join(separator);
  return `=${FUNCTION_NAMESPACE}.${functionName}(${text})`;
}

/** A number as Excel shows it with Indonesian settings: thousands dot, decimal comma. */
export function formatNumberId(value: number, maxDecimals = 4): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(value * factor) / factor;
  const [whole, fraction] = Math.abs(rounded).toFixed(maxDecimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const decimals = fraction.replace(/0+$/, "");
  return `${rounded < 0 ? "-" : ""}${grouped}${decimals ? "," + decimals : ""}`;
}

export function formatResult(result: Result, words: Pick<HelpWords, "rounded">): string {
  if (result instanceof CellError) return `${EXCEL_ERROR_TEXT[result.kind]} (${result.message})`;
  if (typeof result === "string") return `"${result}"`;
  const shown = formatNumberId(result);
  return formatNumberId(result, 12) === shown ? shown : `${shown} (${words.rounded})`;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

export function row(cells: readonly string[], header = false): string {
  const tag = header ? "th" : "td";
  return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
}

/** A table with its head row; every cell is HTML already. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table><thead>${row(head, true)}</thead><tbody>${rows.map((r) => row(r)).join("")}</tbody></table>`;
}

export function dl(entries: [string, string][]): string {
  return `<dl>${entries.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

export function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

/** An example call and its result (computed by the caller with the core), in both notations. */
export function exampleBlock(
  functionName: string,
  args: readonly ExampleArg[],
  result: Result,
  w: HelpWords
): string {
  return [
    `<p class="example"><code>${escapeHtml(exampleFormula(functionName, args, false))}</code>`,
    ` → <strong data-result>${escapeHtml(formatResult(result, w))}</strong></p>`,
    `<p class="example-id">${w.regional} `,
    `<code>${escapeHtml(exampleFormula(functionName, args, true))}</code></p>`,
  ].join("");
}
