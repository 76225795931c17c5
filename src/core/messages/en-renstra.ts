import type { RenstraCliWords, RenstraHelpWords, RenstraPaneWords, RenstraWords } from "./renstra";

/** English words of the Target Renstra checks and of `iku renstra`. */
export const RENSTRA_WORDS_EN: RenstraWords = {
  what: {
    awal: (o) => `Baseline of IKU ${o} (Target Renstra)`,
    akhir: (o) => `End-of-period target of IKU ${o} (Target Renstra)`,
    target: (o, t) => `Target ${t} of IKU ${o} (Target Renstra)`,
    mulai: (o) => `First year of IKU ${o} (Target Renstra)`,
    selesai: (o) => `Last year of IKU ${o} (Target Renstra)`,
  },
  yearOutside: (what, value, awal, akhir) =>
    `${what} holds ${value}; enter a year between ${awal} and ${akhir}, or leave it empty when the indicator runs through the whole period.`,
  yearOrder: (mulai, selesai, o) =>
    `The period of IKU ${o} ends (${selesai}) before it starts (${mulai}); swap the two years.`,
  outsidePeriod: (what, mulai, selesai) =>
    `${what} is filled in, but this indicator's period is ${mulai}–${selesai}; the target is not used. Clear it or change the indicator's period.`,
  direction: (o, awal, akhir, polarity) =>
    polarity === "positif"
      ? `The end-of-period target of IKU ${o} (${akhir}) is below its baseline (${awal}), though higher is better for this indicator. Check the Renstra figures.`
      : `The end-of-period target of IKU ${o} (${akhir}) is above its baseline (${awal}), though lower is better for this indicator. Check the Renstra figures.`,
  periode: {
    format: (text) => `"${text}" is not a period; write the first and last year, e.g. 2025-2029.`,
    order: (awal, akhir) => `The last year (${akhir}) must come after the first year (${awal}).`,
    years: (min, max) => `The period's years must be between ${min} and ${max}.`,
    length: (max) => `A Renstra period is at most ${max} years long (usually 5).`,
  },
};

export const RENSTRA_CLI_EN: RenstraCliWords = {
  help: `iku renstra: adds or updates the "Target Renstra" sheet of an IKU workbook: per indicator its
period (first and last year), baseline, a target for each year and the end-of-period target, typed
by staff. Year sheets (iku generate --update --tahun N) take their target from it by formula.

Usage:
  iku renstra FILE.xlsx --periode 2025-2029 [--nama "…"]
  iku renstra FILE.xlsx --update [--periode 2026-2030] [--hapus-catatan]

Options:
  --periode FIRST-LAST  first and last year of the Renstra (at most 10 years, usually 5). With
                        --update: the existing sheet's period by default.
  --update              makes the existing "Target Renstra" sheet again; every typed value is kept
                        by its name.
  --hapus-catatan       with --update: typed values with no place on the new sheet (years outside
                        the new period) and notes inside the table may be removed; without it the
                        command refuses and names the cells.
  --nama TEXT           the agency's name in the title (default: from the catalogue).

A file that does not exist is created. Exit codes: 0 done; 2 wrong options, unusable file, or
change refused.
`,
  missingFile: "Give one .xlsx file.",
  needPeriode: "Give --periode, e.g. --periode 2025-2029.",
  foreign: (s) =>
    `The workbook already has a sheet "${s}" the add-in did not make; it was left alone. Rename it and try again.`,
  exists: (file, s) =>
    `${file} already has the sheet "${s}". Use --update to make it again (typed values are kept).`,
  missing: (file) =>
    `${file} has no "Target Renstra" sheet yet; run without --update, with --periode, to add it.`,
  lost: (file, cells) =>
    `${file} was not changed: these typed values have no place on the new sheet and would be lost: ${cells.join(", ")}. ` +
    `Choose a period that covers them, or run again with --hapus-catatan.`,
  written: (file, s, p, n, k, created) =>
    `Sheet "${s}" (period ${p}, ${n} indicators) ${created ? "added to" : "updated in"} ${file}; ${k} typed values kept.`,
  relink: (years) =>
    `The target cells moved: update the year sheets ${years.join(", ")} (iku generate --update FILE --tahun N) so their targets link again.`,
};

export const RENSTRA_PANE_EN: RenstraPaneWords = {
  heading: "Target Renstra",
  intro:
    "A sheet per indicator: the Renstra's period, baseline, a target for each year and the end-of-period target, typed by staff. Year sheets made afterwards take their target from it by formula.",
  periodeLabel: "Renstra period",
  periodeHint: "First and last year, e.g. 2025-2029.",
  create: "Create or update the Target Renstra sheet",
  busy: "Writing the Target Renstra sheet…",
  written: (o) =>
    `Sheet "${o.sheet}" (period ${o.periode}) ${o.created ? "created" : "updated"}; ${o.kept} typed values kept.`,
  relink: (years) =>
    `The target cells moved: generate the IKU sheets of ${years.join(", ")} again so their targets link again.`,
  removeAndWrite: "Remove those values and update",
};

export const RENSTRA_HELP_EN: RenstraHelpWords = {
  heading: "The Target Renstra sheet",
  intro: (sheet, max) =>
    `The sheet <code>${sheet}</code> holds the Renstra's targets per indicator: the indicator's period (first and last year; empty means the sheet's whole period), the baseline (the year before the period), a target for each year and the end-of-period target. Staff type every number in the yellow cells; the rest of the sheet is protected. The period is usually 5 years, at most ${max}.`,
  columnsHead: ["Column", "Cell name", "Input"],
  columns: [
    {
      what: "Mulai, Selesai",
      name: "IKU06_MULAI, IKU06_SELESAI",
      rule: "a year within the sheet's period",
    },
    {
      what: "Kondisi Awal",
      name: "IKU06_AWAL",
      rule: "a number on the indicator's scale (a count for jumlah, 0–100 for nilai)",
    },
    {
      what: "Target per year",
      name: "IKU06_TARGET_2027",
      rule: "a number 0 or more, or a range such as 80-85 (IKU 1: also a SAKIP predikat)",
    },
    { what: "Kondisi Akhir", name: "IKU06_AKHIR", rule: "as a target" },
  ],
  link: (formula, name) =>
    `A year's IKU sheet made (or made again) after the Target Renstra takes each indicator's Target by formula, e.g. <code>${formula}</code> for <code>${name}</code>. An empty Renstra target stays empty on the year sheet (not 0), so its achievement shows as for a target not yet typed. The formula refers to the cell's address, not its name, because LibreOffice does not read another sheet's names; when the Target Renstra sheet is made again with another period, make the year sheets again too.`,
  pk: "A revised Perjanjian Kinerja target is typed straight into the year sheet's Target cell, over its formula. The number is kept when the sheet is made again, and Audit Rumus warns when it differs from the Renstra's target of that year, so the LKjIP explains why.",
  checks: [
    "Periksa Data checks every input of this sheet: the kind and range of numbers (errors), first/last years outside the period or upside down (errors), a target typed outside the indicator's period (warning), and an end-of-period target that goes against the polarity compared with the baseline (warning; a Renstra may plan a decline).",
    "Making the sheet again (another period, a Katalog change) keeps every typed value by its name; values with no place on the new sheet and notes inside the table are removed only when you agree.",
  ],
  howTo: (cli) =>
    `Create it from the IKU pane (the Target Renstra part of the Generate tab), or with <code>${cli}</code>.`,
};
