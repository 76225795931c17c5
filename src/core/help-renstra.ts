import { escapeHtml, table } from "./help-html";
import type { Messages } from "./messages/types";
import { PERIODE_LIMITS, RENSTRA_SHEET, renstraLinkFormula, renstraName } from "./sakip/renstra";

/**
 * The help page's section on the Target Renstra sheet (anchor "target-renstra", which the year
 * cycle's overview links to). Its facts come from src/core/sakip/renstra.ts: the sheet's name,
 * the period's limit, the names and the link formula as the add-in writes them.
 */
export const RENSTRA_ANCHOR = "target-renstra";

export function renstraSection(m: Messages, heading: string): string {
  const w = m.help.renstra;
  const example = renstraLinkFormula(RENSTRA_SHEET, "K13");
  return [
    `<section id="${RENSTRA_ANCHOR}">`,
    `<h2>${heading}</h2>`,
    `<p>${w.intro(escapeHtml(RENSTRA_SHEET), PERIODE_LIMITS.maxYears)}</p>`,
    table(
      w.columnsHead,
      w.columns.map((c) => [
        escapeHtml(c.what),
        c.name
          .split(", ")
          .map((n) => `<code>${escapeHtml(n)}</code>`)
          .join(", "),
        escapeHtml(c.rule),
      ])
    ),
    `<p>${w.link(escapeHtml(example), escapeHtml(renstraName.target("IKU06", 2027)))}</p>`,
    `<p>${w.pk}</p>`,
    `<ul>${w.checks.map((c) => `<li>${c}</li>`).join("")}</ul>`,
    `<p>${w.howTo("iku renstra IKU.xlsx --periode 2025-2029")}</p>`,
    `</section>`,
  ].join("\n");
}
