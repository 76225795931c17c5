import { LKJIP_EN } from "./en-lkjip";
import { validationMessagesEn } from "./validation";
import type { LkjipAuditWords, LkjipPlace } from "./id-lkjip-audit";

/** Words of "Audit Rumus" on the Pengukuran Kinerja sheet, in English (id-lkjip-audit.ts). */

const place = (p: LkjipPlace): string => {
  const table = p.table === 0 ? "chart data" : `table ${p.table}`;
  const detail = [p.column ? `column "${p.column}"` : "", p.row ?? ""].filter((s) => s !== "");
  return `Cell ${p.sheet}!${p.address} (${table}${detail.length > 0 ? `, ${detail.join(", ")}` : ""})`;
};

const rewrite = (tahun: number) =>
  `write the sheet again with the pane's "${LKJIP_EN.create}" button (Pengukuran Kinerja section, year ${tahun}) or with iku lkjip FILE.xlsx --tahun ${tahun}; the typed pagu and realisasi anggaran are kept`;

export const LKJIP_AUDIT_EN: LkjipAuditWords = {
  stale: {
    label: "LKjIP tables out of date",
    messages: {
      layout: (sheet, d) =>
        `Sheet ${sheet} no longer matches the workbook: the year sheets, the Target Renstra or the catalogue changed since it was written (e.g. cell ${d.address} holds "${d.found}" where "${d.expected}" belongs). Its numbers and columns cannot be trusted: ${rewrite(d.tahun)}. Its formulas are checked again once it is rewritten.`,
      noYearSheet: (sheet, tahun) =>
        `Sheet ${sheet} reads the IKU sheet of ${tahun}, but the workbook no longer has it: its tables' formulas point at cells that do not exist. Create the ${tahun} year sheet again, then ${rewrite(tahun)}.`,
    },
  },
  copiedValue: {
    label: "Value copied into the LKjIP tables",
    messages: {
      copied: (where, value) =>
        `${place(where)} holds the typed or copied value ${value}, not a formula: the LKjIP tables' numbers must be computed by formula from the year sheets and the Target Renstra so they never differ from their source. Put back the expected formula or write the sheet again.`,
      cleared: (where) =>
        `${place(where)} is empty where a formula belongs: the LKjIP tables are incomplete. Put back the expected formula or write the sheet again.`,
    },
  },
  formulaChanged: {
    label: "LKjIP table formula changed",
    messages: {
      changed: (where, expected) =>
        `${place(where)}: the formula differs from the one the add-in writes for this workbook (${expected}). If a year sheet or the Target Renstra was just made again, write this sheet again; if not, put back the expected formula.`,
    },
  },
  budgetInvalid: {
    label: "Invalid LKjIP budget entry",
    messages: {
      notNumber: (where, value) =>
        `${place(where)} holds ${validationMessagesEn.describe(value)}, not an amount in rupiah: the serapan and efficiency of this sasaran cannot be computed. Type the number only (no "Rp" or thousands dots as text).`,
      negative: (where, value) =>
        `${place(where)} holds the negative number ${value}: a budget cannot be negative. Check the number.`,
      errorValue: (where, value) =>
        `${place(where)} shows the error value ${value}: the serapan and efficiency of this sasaran cannot be computed. Fix the entry or its formula.`,
    },
  },
  help: "Audit Rumus checks this sheet too: every table cell that should hold a formula but holds a typed or copied number (an error), every formula that differs from the one the add-in would write for the workbook as it is now (an error, with the expected formula), a pagu or realisasi anggaran that is not a number or is negative (an error), and a sheet gone out of date because the year sheets, the Target Renstra or the catalogue changed since it was written (one finding: write the sheet again; the typed budget is kept).",
};
