import { quoteSheetAlways } from "../../formula-parser/address";
import { sameSheet } from "../../formula-parser/name-reference";
import { quoteValue } from "../../messages/validation";
import { isBlank } from "../../workbook-index";
import { auditRule } from "../rule";

/**
 * The year's Target differs from the Target Renstra's target of that year: a number typed over
 * the link (the PK target), or a link to a cell that is no longer the Renstra's target of the
 * year (the Renstra was made again with another period). A warning, not an error: a Perjanjian
 * Kinerja may revise the Renstra's target (PermenPAN-RB 53/2014), and the sheet computes with the
 * PK target as it should; the LKjIP must then say why, so the audit names it.
 */
export const targetRenstraDiffers = auditRule({
  id: "target.renstraDiffers",
  severity: "warning",
  label: "Target berbeda dari Renstra",
  labelEn: "Target differs from the Renstra",
  messages: {
    id: {
      differs: (order: number, value: string, tahun: number, renstra: string, where: string) =>
        `Target IKU ${order} (${value}) berbeda dari target Renstra ${tahun} (${renstra}, ${where}). Bila ini target Perjanjian Kinerja yang direvisi, jelaskan alasannya di LKjIP; bila bukan, hapus angkanya lalu buat ulang lembar agar target kembali diambil dari Renstra.`,
    },
    en: {
      differs: (order, value, tahun, renstra, where) =>
        `The target of IKU ${order} (${value}) differs from the Renstra's ${tahun} target (${renstra}, ${where}). If it is a revised Perjanjian Kinerja target, explain why in the LKjIP; if not, clear it and generate the sheet again so the target comes from the Renstra.`,
    },
  },
  check: {
    target: (s) => {
      const linked = s.linkedTo;
      const upToDate =
        linked !== undefined &&
        sameSheet(linked.sheet, s.renstra.sheet) &&
        linked.address === s.renstra.address;
      if (upToDate) return undefined;
      // Blank on both sides, or the same number typed as the Renstra's: nothing differs.
      if (isBlank(s.value) && isBlank(s.renstra.value)) return undefined;
      // A typed target where the Renstra has none for the year: nothing to compare with.
      if (linked === undefined && isBlank(s.renstra.value)) return undefined;
      if (linked === undefined && String(s.value) === String(s.renstra.value)) return undefined;
      const where = `${quoteSheetAlways(s.renstra.sheet)}!${s.renstra.address}`;
      const shown = (v: unknown) => (isBlank(v as string) ? "—" : quoteValue(v));
      return {
        say: (m) =>
          m.differs(s.indicator.order, shown(s.value), s.tahun, shown(s.renstra.value), where),
        current: String(s.content ?? ""),
      };
    },
  },
});
