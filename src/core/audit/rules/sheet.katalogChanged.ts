import type { KatalogChange } from "../katalog-changes";
import { auditRule, list } from "../rule";

/**
 * The workbook's Katalog IKU no longer matches its IKU sheet: the sheet was generated from
 * another version of the Katalog (katalog-changes.ts reads how). One finding per indicator:
 * - added: in the Katalog, none of its names in the workbook; the finding is on its Kode in the
 *   Katalog sheet (clicking selects its row);
 * - removed: its table (`<Kode>_HASIL`, _TARGET, _CAPAIAN, _KATEGORI and its inputs) is still on
 *   the sheet, the Katalog no longer has the Kode (a Kode renamed is a removal and an addition);
 * - changed: its name, Jenis, components, sasaran, polaritas or satuan differ from the sheet's.
 * Each says which indicator and what to do: generate the sheet again (typed values are kept by
 * name, so not those of a removed indicator nor of components whose names changed).
 *
 * The other rules on those indicators: an added or changed indicator's other audit findings
 * (its names missing, its formulas not the new plan's) are what the change explains, and
 * regenerating rewrites every cell they are about, so the runner (audit.ts) leaves them out; a
 * removed indicator is not in the plan, so no other rule looks at it. When the change alters the
 * most components any indicator has, every indicator's result cells moved against its inputs:
 * name.moved is then left out too. Staff formulas are not rewritten by regenerating: their
 * findings stay. Periksa Data keeps its own findings (an added indicator's inputs are "not found",
 * and its message already says to generate the sheet again).
 * Only for a catalogue read from a Katalog sheet.
 */

type Lang = "id" | "en";

const FIELD: Record<Lang, Record<KatalogChange["field"], string>> = {
  id: {
    name: "nama",
    sasaran: "sasaran",
    satuan: "satuan",
    jenis: "jenis",
    polaritas: "polaritas",
    components: "komponen",
  },
  en: {
    name: "name",
    sasaran: "sasaran",
    satuan: "unit",
    jenis: "kind",
    polaritas: "polarity",
    components: "components",
  },
};

const quoted = (items: readonly string[]) => list(items.map((t) => `"${t}"`));

/** One change in words: what the sheet has, what the Katalog says now. */
function changeWords(lang: Lang, c: KatalogChange): string {
  const now = lang === "id" ? "menjadi" : "is now";
  const field = FIELD[lang][c.field];
  if (c.field === "components") return `${field} ${quoted(c.sheet)} ${now} ${quoted(c.katalog)}`;
  if (c.field === "jenis" || c.field === "polaritas")
    return `${field} ${c.sheet} ${now} ${c.katalog}`;
  return `${field} "${c.sheet}" ${now} "${c.katalog}"`;
}

const renamedInputs = (changes: readonly KatalogChange[]) =>
  changes.some((c) => c.field === "components" && c.renamed);

const ID = {
  added: (code: string, name: string, katalog: string, sheet: string) =>
    `Indikator ${code} "${name}" ada di lembar "${katalog}" tetapi belum ada di lembar "${sheet}": lembar itu dibuat dari Katalog versi sebelumnya. Jalankan Generate IKU sheet lagi untuk memperbarui lembar; nilai yang sudah diketik dipertahankan.`,
  removed: (code: string, name: string | undefined, katalog: string, sheet: string) =>
    `Indikator ${code}${name ? ` "${name}"` : ""} masih ada di lembar "${sheet}" tetapi sudah tidak ada di lembar "${katalog}". Jalankan Generate IKU sheet lagi untuk memperbarui lembar; nilai yang sudah diketik dipertahankan, kecuali isian indikator ini.`,
  changed: (code: string, changes: readonly KatalogChange[], katalog: string, sheet: string) =>
    `Indikator ${code} di lembar "${sheet}" tidak sama lagi dengan lembar "${katalog}": ${list(
      changes.map((c) => changeWords("id", c))
    )}. Jalankan Generate IKU sheet lagi untuk memperbarui lembar; nilai yang sudah diketik dipertahankan${
      renamedInputs(changes) ? ", kecuali isian komponen yang berubah" : ""
    }.`,
};
type Messages = typeof ID;

const EN: Messages = {
  added: (code, name, katalog, sheet) =>
    `Indicator ${code} "${name}" is in sheet "${katalog}" but not yet in sheet "${sheet}": that sheet was generated from an earlier version of the Katalog. Run Generate IKU sheet again to update the sheet; values already typed are kept.`,
  removed: (code, name, katalog, sheet) =>
    `Indicator ${code}${name ? ` "${name}"` : ""} is still in sheet "${sheet}" but no longer in sheet "${katalog}". Run Generate IKU sheet again to update the sheet; values already typed are kept, except this indicator's.`,
  changed: (code, changes, katalog, sheet) =>
    `Indicator ${code} in sheet "${sheet}" no longer matches sheet "${katalog}": ${list(
      changes.map((c) => changeWords("en", c))
    )}. Run Generate IKU sheet again to update the sheet; values already typed are kept${
      renamedInputs(changes) ? ", except those of the components that changed" : ""
    }.`,
};

export const sheetKatalogChanged = auditRule({
  id: "sheet.katalogChanged",
  severity: "warning",
  label: "Katalog berubah",
  labelEn: "Katalog changed",
  messages: { id: ID, en: EN },
  check: {
    names: (s) => {
      const katalog = s.ctx.katalogSheet;
      const changes = s.ctx.katalogChanges();
      if (katalog === undefined || !changes) return undefined;
      const sheetOf = (sheet: string) => s.ctx.index.sheetName(sheet) ?? sheet;
      return [
        ...changes.added.map(({ indicator, cell }) => ({
          say: (m: Messages) => m.added(indicator.code, indicator.name, katalog, s.sheet),
          sheet: katalog,
          cell,
          indicator: indicator.code,
        })),
        ...changes.removed.map(({ code, hasil, name }) => ({
          say: (m: Messages) => m.removed(code, name, katalog, s.sheet),
          sheet: sheetOf(hasil.sheet),
          cell: hasil.address,
          indicator: code,
        })),
        ...changes.changed.map(({ indicator, hasil, changes: what }) => ({
          say: (m: Messages) => m.changed(indicator.code, what, katalog, s.sheet),
          sheet: sheetOf(hasil.sheet),
          cell: hasil.address,
          indicator: indicator.code,
        })),
      ];
    },
  },
});
