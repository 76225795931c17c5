import {
  DESIMAL_BAWAAN,
  DESIMAL_MAKS,
  KATEGORI_BATAS_BAWAAN,
  KATEGORI_LABEL_BAWAAN,
} from "../aturan";
import type { Severity } from "../grid";
import { LIST_SEPARATOR, NAMA_MAX, SHEET_NAME_MAX, TAHUN_MAX, TAHUN_MIN } from "../settings-limits";
import type { HostProblemFacts, Terms, TextFacts } from "./types";

/** Small helpers the language files share to put values into sentences. */

/** The settings' limits and defaults as the sentences state them (from the constants that rule). */
export const SETTING = {
  tahunMin: TAHUN_MIN,
  tahunMax: TAHUN_MAX,
  namaMax: NAMA_MAX,
  sheetNameMax: SHEET_NAME_MAX,
  desimal: DESIMAL_BAWAAN,
  desimalMax: DESIMAL_MAKS,
  /** "90; 75; 65; 50" */
  bounds: KATEGORI_BATAS_BAWAAN.join(`${LIST_SEPARATOR} `),
  /** "Sangat Tinggi; Tinggi; Sedang; Rendah; Sangat Rendah" */
  labels: KATEGORI_LABEL_BAWAAN.join(`${LIST_SEPARATOR} `),
} as const;

/** “IKU 2026”: a name the user gave, in typographic quotes. */
export function quoted(name: string): string {
  return `“${name}”`;
}

/** 10000 → "10.000" (Indonesian) or "10,000" (English), without relying on the host's ICU. */
export function groupDigits(n: number, separator: string): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "3 kesalahan", "1 error", "2 warnings". */
export function severityCount(terms: Terms, severity: Severity, n: number): string {
  const w = terms.severity[severity];
  return `${n} ${n === 1 ? w.one : w.many}`;
}

/** A count below 11 in words, else in digits. */
export function countIn(words: readonly string[], n: number): string {
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n] : String(n);
}

const PLATFORM: Record<string, string> = {
  PC: "Windows",
  Mac: "Mac",
  iOS: "iPad",
  Android: "Android",
  Universal: "Windows",
};

/** Office's platform code in words; `web` names Excel on the web in the sentence's language. */
export function platformName(platform: string | null, web: string): string {
  if (!platform) return "";
  if (platform === "OfficeOnline") return web;
  return PLATFORM[platform] ?? platform;
}

/** The first cells of a userNotes problem with their contents, then how many more. */
const NOTES_SHOWN = 10;
export function notesList(p: HostProblemFacts, and: string, more: string): string {
  const notes = p.notes ?? [];
  const shown = notes
    .slice(0, NOTES_SHOWN)
    .map((n) => `${n.address} (${JSON.stringify(String(n.content).slice(0, 40))})`)
    .join(", ");
  const rest = notes.length - NOTES_SHOWN;
  return rest > 0 ? `${shown} ${and} ${rest} ${more}` : shown;
}

/** "Lembar IKU" from "lembar IKU": a term at the start of a sentence or a heading. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "IKU 9": an indicator named by its order in the catalogue (its code when it is not there). */
export function ikuRef(terms: Terms, facts: TextFacts, code: string): string {
  const order = facts.orders[code];
  return order === undefined ? code : terms.iku(order);
}
