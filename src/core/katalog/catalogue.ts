import { AGREGASI } from "../catalogue/code";
import type { Agregasi, Catalogue, Component, Indicator, Sasaran } from "../catalogue";
import { RULES, genericFunctionName, valueTypeLabel } from "../rules";
import type { KindId, KindRule, RuleTable } from "../rules";
import { readKatalog } from "./read";
import type { KatalogEntry, KatalogHeader, KatalogRead, KindArity } from "./read";
import type { SheetGrid } from "../grid";

/**
 * A Katalog read from a workbook, turned into the catalogue every part of the add-in reads.
 *
 * An indicator of the built-in catalogue keeps its named function (=IKU.PERSENTASE_PPKS_REHAB),
 * its cell names and what only the built-in catalogue knows (a predikat target, the rupiah
 * reading) while its Kode, Jenis and component labels are unchanged: so a DSPM workbook whose
 * Katalog was exported from the built-in one generates the same sheet. Any other indicator uses
 * its kind's generic function (=IKU.PERSENTASE) and cell names from its components' roles.
 */

/** "Komponen 1 dan Komponen 2", "1 sampai 3 komponen": a kind's component count in words. */
function needsWords(kind: KindRule): KindArity["needs"] {
  const { min, max } = kind.count;
  const names = (lang: "id" | "en") =>
    Array.from({ length: max }, (_, i) => `Komponen ${i + 1}`).join(
      lang === "id" ? " dan " : " and "
    );
  if (min === max) {
    return min === 1
      ? {
          id: "tepat satu komponen (Komponen 1 saja)",
          en: "exactly one component (Komponen 1 only)",
        }
      : { id: names("id"), en: names("en") };
  }
  return { id: `${min} sampai ${max} komponen`, en: `${min} to ${max} components` };
}

/** What the reader needs from the rule table: the kinds' names and component counts. */
export function katalogKinds(rules: RuleTable = RULES): Record<string, KindArity> {
  return Object.fromEntries(
    Object.values(rules.kinds).map((kind) => [
      kind.id,
      { min: kind.count.min, max: kind.count.max, needs: needsWords(kind) },
    ])
  );
}

export const KATALOG_POLARITIES = ["positif", "negatif"] as const;

/**
 * The aggregation words of the Agregasi column; the first, posisi, is the default of a component
 * the Katalog says nothing about (see layout.ts for why).
 */
export const KATALOG_AGREGASI = AGREGASI;
export const AGREGASI_BAWAAN: Agregasi = AGREGASI[0];

export function readKatalogSheet(
  sheet: SheetGrid,
  rules: RuleTable = RULES,
  lang: "id" | "en" = "id"
): KatalogRead {
  return readKatalog(sheet, {
    kinds: katalogKinds(rules),
    polarities: KATALOG_POLARITIES,
    agregasi: KATALOG_AGREGASI,
    lang,
  });
}

function sameIdentity(entry: KatalogEntry, builtIn: Indicator): boolean {
  return (
    entry.kode === builtIn.code &&
    entry.jenis === builtIn.kind &&
    entry.komponen.length === builtIn.components.length &&
    entry.komponen.every((label, i) => label === builtIn.components[i].label)
  );
}

function genericComponents(entry: KatalogEntry, kind: KindRule, rules: RuleTable): Component[] {
  const type = rules.valueTypes[kind.valueType];
  return entry.komponen.map((label, i) => {
    const role = kind.repeating ? kind.roles[0] : kind.roles[i];
    return {
      // A repeating kind's components are numbered; the others are named by their role.
      key: kind.repeating ? `K${i + 1}` : role.toUpperCase(),
      role,
      label,
      param: role,
      description: `${label}: ${valueTypeLabel(type)}.`,
      valueType: kind.valueType,
      agregasi: (entry.agregasi?.[i] as Agregasi | undefined) ?? AGREGASI_BAWAAN,
    };
  });
}

/** The reading of the formula in words, from the kind's label and the component labels. */
function reading(kind: KindRule, labels: readonly string[]): string {
  return labels.reduce(
    (text, label, i) => text.split(`K${i + 1}`).join(label),
    kind.words.id.label
  );
}

export function katalogCatalogue(
  header: KatalogHeader,
  entries: readonly KatalogEntry[],
  builtIn: Catalogue,
  rules: RuleTable = RULES
): Catalogue {
  const sasaran: Sasaran[] = [];
  const sasaranCode = new Map<string, string>();
  for (const entry of entries) {
    if (sasaranCode.has(entry.sasaran)) continue;
    const no = sasaran.length + 1;
    sasaranCode.set(entry.sasaran, `S${no}`);
    sasaran.push({ code: `S${no}`, no, name: entry.sasaran });
  }
  const indicators = entries.map((entry, i): Indicator => {
    const kind = rules.kinds[entry.jenis as KindId];
    const known = builtIn.indicators.find((ind) => sameIdentity(entry, ind));
    const common = {
      code: entry.kode,
      order: i + 1,
      sasaran: sasaranCode.get(entry.sasaran) as string,
      name: entry.indikator,
      kind: kind.id,
      timesHundred: kind.timesHundred,
      satuan: entry.satuan || (kind.timesHundred ? "%" : "-"),
      polarity: entry.polaritas as Indicator["polarity"],
      penanggungJawab: entry.penanggungJawab,
      sumberData: entry.sumberData,
      notes: entry.catatan ? entry.catatan.split("\n") : [],
    };
    if (known) {
      return {
        ...known,
        ...common,
        formulaReading: entry.formula || known.formulaReading,
        // The Katalog's Agregasi where it says one; the built-in choice (and its reason) else.
        components: known.components.map((c, k) => {
          const said = entry.agregasi?.[k] as Agregasi | undefined;
          if (said === undefined || said === c.agregasi) return c;
          const { agregasiAlasan: _, ...rest } = c;
          return { ...rest, agregasi: said };
        }),
      };
    }
    const components = genericComponents(entry, kind, rules);
    const text = entry.formula || reading(kind, entry.komponen);
    return {
      ...common,
      formulaDocument: text,
      formulaReading: text,
      components,
      functionName: genericFunctionName(kind),
      functionDescription: kind.words.id.result,
      // The kind's own example, as many values as this indicator has components.
      example: components.map(
        (_, k) => kind.generic.example[Math.min(k, kind.generic.example.length - 1)]
      ),
    };
  });
  return {
    agency: {
      nama: header.perangkatDaerah ?? "",
      singkatan: "",
      tugas: header.tugas ?? "",
      fungsi: header.fungsi.map((text, i) => ({ letter: String.fromCharCode(97 + i), text })),
    },
    sasaran,
    indicators,
    helpers: builtIn.helpers,
    rules,
  };
}
