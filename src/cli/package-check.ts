import type { RawDefinedName, XlsxPackage } from "./xlsx-read";
import type { Lang } from "./messages";

/**
 * What `iku generate --update` cannot carry over. The update rewrites the workbook with
 * exceljs, which keeps cells, styles, merges, validations, conditional formats, tables, images
 * and notes, but drops the parts listed here. Rather than lose them silently, the update
 * refuses and names them.
 */

interface Feature {
  test: (path: string) => boolean;
  id: string;
  en: string;
}

const PACKAGE_FEATURES: Feature[] = [
  { test: (p) => p.startsWith("xl/charts/"), id: "grafik (chart)", en: "charts" },
  {
    test: (p) => p.startsWith("xl/pivotTables/") || p.startsWith("xl/pivotCache/"),
    id: "PivotTable",
    en: "PivotTables",
  },
  { test: (p) => /^xl\/vbaProject\.bin$/i.test(p), id: "makro VBA", en: "VBA macros" },
  {
    test: (p) => p.startsWith("xl/externalLinks/"),
    id: "tautan ke buku kerja lain",
    en: "links to other workbooks",
  },
  {
    test: (p) => /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//.test(p),
    id: "slicer/timeline",
    en: "slicers/timelines",
  },
  {
    test: (p) => /^xl\/(activeX|ctrlProps|embeddings)\//.test(p),
    id: "kontrol formulir atau objek tertanam",
    en: "form controls or embedded objects",
  },
  {
    test: (p) => p.startsWith("xl/threadedComments/"),
    id: "komentar berutas",
    en: "threaded comments",
  },
  { test: (p) => p === "xl/metadata.xml", id: "rumus array dinamis", en: "dynamic array formulas" },
  {
    test: (p) => p.startsWith("xl/webextensions/"),
    id: "data add-in Office",
    en: "Office add-in data",
  },
  { test: (p) => p.startsWith("customXml/"), id: "XML kustom", en: "custom XML parts" },
];

const SHEET_ELEMENTS: [RegExp, string, string][] = [
  [
    /<(\w+:)?extLst\b/,
    "fitur lanjutan lembar (extLst: sparkline, validasi lintas lembar, …)",
    "advanced sheet features (extLst: sparklines, cross-sheet validation, …)",
  ],
  [/<(\w+:)?(controls|oleObjects)\b/, "kontrol atau objek OLE", "controls or OLE objects"],
  [/<(\w+:)?customSheetViews\b/, "tampilan kustom", "custom views"],
  [/<(\w+:)?scenarios\b/, "skenario", "scenarios"],
  [/<(\w+:)?protectedRanges\b/, "rentang terlindung", "protected ranges"],
];

/** A plain reference a defined name can hold and exceljs keeps: 'Sheet'!$A$1 or Sheet!$A$1:$B$2. */
const PLAIN_REF = /^(?:'(?:[^']|'')+'|[^'!\s]+)!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?$/;

export function isPlainReference(text: string): boolean {
  return PLAIN_REF.test(text.trim());
}

/** Maps sheet names to their part paths (xl/worksheets/sheetN.xml) through the workbook rels. */
export async function sheetParts(pkg: XlsxPackage): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const workbookXml = (await pkg.zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const relsXml = (await pkg.zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const rid = /\br:id="([^"]*)"|\bid="([^"]*)"/.exec(m[1]);
    const target = rid ? targets.get(rid[1] ?? rid[2]) : undefined;
    if (name !== undefined && target) out.set(decodeName(name), target);
  }
  return out;
}

function decodeName(xmlText: string): string {
  return xmlText
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * Lists, in the user's language, what an update would lose. `ikuSheet` (regenerated anyway)
 * and `ownNames` (the add-in's names, rewritten by the update) are exempt.
 */
export async function unsupportedFeatures(
  pkg: XlsxPackage,
  ikuSheet: string | undefined,
  ownNames: (n: RawDefinedName) => boolean,
  lang: Lang
): Promise<string[]> {
  const found = new Set<string>();
  const paths = Object.keys(pkg.zip.files);
  for (const f of PACKAGE_FEATURES) if (paths.some(f.test)) found.add(lang === "en" ? f.en : f.id);

  const workbookXml = (await pkg.zip.file("xl/workbook.xml")?.async("string")) ?? "";
  if (/<(\w+:)?(workbookProtection|fileSharing)\b/.test(workbookXml)) {
    found.add(lang === "en" ? "workbook protection" : "proteksi buku kerja");
  }
  for (const n of pkg.names) {
    if (n.name.startsWith("_xlnm.") || ownNames(n)) continue;
    if (n.localSheetId !== undefined) {
      found.add(lang === "en" ? `sheet-level name ${n.name}` : `nama tingkat lembar ${n.name}`);
    } else if (!isPlainReference(n.text)) {
      found.add(
        lang === "en"
          ? `name ${n.name} (a formula or constant)`
          : `nama ${n.name} (berisi rumus atau konstanta)`
      );
    }
  }
  const parts = await sheetParts(pkg);
  for (const [sheet, path] of parts) {
    if (sheet === ikuSheet) continue;
    const xml = (await pkg.zip.file(path)?.async("string")) ?? "";
    for (const [re, id, en] of SHEET_ELEMENTS) {
      if (re.test(xml)) found.add(`${lang === "en" ? en : id} (${sheet})`);
    }
  }
  return [...found];
}
