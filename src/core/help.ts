import { CATALOGUE, functionParams } from "./catalogue";
import type { Catalogue, HelperFunction, Indicator } from "./catalogue";
import { KINDS } from "./rules";
import { CellError, EXCEL_ERROR_TEXT } from "./errors";
import {
  KATEGORI_BOUNDS,
  PREDIKAT_BOUNDS,
  runFunction,
  type PredikatSakip,
  type Result,
} from "./calculation";
import { functionMessages as M } from "./messages/functions";

/*
 * The help page of the custom functions (dist/help.html, the target of every function's
 * @helpurl), built from the catalogue: nothing here repeats an indicator's text, and every
 * example result is computed by the core. Pure: returns an HTML string.
 */

/** Namespace of the custom functions (the manifest's Functions.Namespace string). */
export const FUNCTION_NAMESPACE = "IKU";
export const HELP_PAGE = "help.html";
/** Where the add-in is served in development; production builds replace it (ADDIN_BASE_URL). */
export const DEV_BASE_URL = "https://localhost:3000";

/** Anchor of a function on the help page: the indicator code, or the helper's name. */
export function helpAnchor(functionName: string, catalogue: Catalogue = CATALOGUE): string {
  const indicator = catalogue.indicators.find((i) => i.functionName === functionName);
  if (indicator) return indicator.code;
  if (catalogue.helpers.some((h) => h.functionName === functionName)) return functionName;
  throw new Error(`${functionName} is not a function of the catalogue`);
}

export function helpUrl(
  functionName: string,
  baseUrl: string = DEV_BASE_URL,
  catalogue: Catalogue = CATALOGUE
): string {
  return `${baseUrl.replace(/\/+$/, "")}/${HELP_PAGE}#${helpAnchor(functionName, catalogue)}`;
}

/** What an indicator function returns, in words (help page and the @returns tag): its kind's. */
export function resultDescription(indicator: Indicator): string {
  return KINDS[indicator.kind].words.id.result;
}

interface ParamView {
  name: string;
  description: string;
  optional: boolean;
  repeating: boolean;
  matrix?: boolean;
}

/** The parameters of any function of the catalogue, in argument order. */
export function paramsOf(functionName: string, catalogue: Catalogue = CATALOGUE): ParamView[] {
  const indicator = catalogue.indicators.find((i) => i.functionName === functionName);
  if (indicator) return functionParams(indicator).map((p) => ({ ...p, optional: false }));
  const helper = catalogue.helpers.find((h) => h.functionName === functionName);
  if (!helper) throw new Error(`${functionName} is not a function of the catalogue`);
  return helper.params.map((p) => ({ ...p, repeating: p.repeating === true }));
}

/** e.g. =IKU.CAPAIAN(realisasi, target, [polaritas]) */
export function functionSyntax(functionName: string, catalogue: Catalogue = CATALOGUE): string {
  const args = paramsOf(functionName, catalogue).map((p) => {
    if (p.repeating) return `${p.name}, [${p.name}], …`;
    return p.optional ? `[${p.name}]` : p.name;
  });
  return `=${FUNCTION_NAMESPACE}.${functionName}(${args.join(", ")})`;
}

type ExampleArg = number | string;

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

/** The example's result, computed by the core. */
export function exampleResult(functionName: string, args: readonly ExampleArg[]): Result {
  return runFunction(functionName, args);
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

export function formatResult(result: Result): string {
  if (result instanceof CellError) return `${EXCEL_ERROR_TEXT[result.kind]} (${result.message})`;
  if (typeof result === "string") return `"${result}"`;
  const shown = formatNumberId(result);
  return formatNumberId(result, 12) === shown ? shown : `${shown} (dibulatkan untuk tampilan)`;
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

const PREDIKAT_ARTI: Record<PredikatSakip, string> = {
  AA: "Sangat Memuaskan",
  A: "Memuaskan",
  BB: "Sangat Baik",
  B: "Baik",
  CC: "Cukup (Memadai)",
  C: "Kurang",
  D: "Sangat Kurang",
};

function row(cells: string[], header = false): string {
  const tag = header ? "th" : "td";
  return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
}

function exampleBlock(functionName: string, args: readonly ExampleArg[]): string {
  const result = formatResult(exampleResult(functionName, args));
  return [
    `<p class="example"><code>${escapeHtml(exampleFormula(functionName, args, false))}</code>`,
    ` → <strong data-result>${escapeHtml(result)}</strong></p>`,
    `<p class="example-id">Dengan pengaturan regional Indonesia: `,
    `<code>${escapeHtml(exampleFormula(functionName, args, true))}</code></p>`,
  ].join("");
}

function paramsBlock(functionName: string, catalogue: Catalogue): string {
  const items = paramsOf(functionName, catalogue).map((p) => {
    const flags = [p.optional ? "opsional" : "", p.repeating ? "bisa diulang" : ""]
      .filter(Boolean)
      .join(", ");
    const suffix = flags ? ` <em>(${flags})</em>` : "";
    return `<li><code>${escapeHtml(p.name)}</code>${suffix}: ${escapeHtml(p.description)}</li>`;
  });
  return `<ul class="params">${items.join("")}</ul>`;
}

function dl(entries: [string, string][]): string {
  return `<dl>${entries.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

function indicatorSection(indicator: Indicator, catalogue: Catalogue): string {
  const sasaran = catalogue.sasaran.find((s) => s.code === indicator.sasaran);
  const fn = indicator.functionName;
  const notes = indicator.notes.length
    ? `<ul class="notes">${indicator.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>`
    : "Tidak ada.";
  return [
    `<section class="function" id="${escapeHtml(indicator.code)}">`,
    `<h3>IKU ${indicator.order} · ${escapeHtml(indicator.name)}</h3>`,
    `<p>${escapeHtml(indicator.functionDescription)}</p>`,
    `<p class="syntax"><code>${escapeHtml(functionSyntax(fn, catalogue))}</code></p>`,
    dl([
      ["Sasaran", escapeHtml(sasaran ? `${sasaran.no}. ${sasaran.name}` : indicator.sasaran)],
      ["Rumus dalam dokumen", escapeHtml(indicator.formulaDocument)],
      ["Rumus yang dipakai", escapeHtml(indicator.formulaReading)],
      ["Parameter", paramsBlock(fn, catalogue)],
      ["Hasil", escapeHtml(resultDescription(indicator))],
      ["Contoh", exampleBlock(fn, indicator.example)],
      ["Satuan", escapeHtml(indicator.satuan)],
      ["Polaritas", escapeHtml(indicator.polarity)],
      ["Penanggung jawab", escapeHtml(indicator.penanggungJawab)],
      ["Sumber data", escapeHtml(indicator.sumberData)],
      ["Catatan (ambiguitas dokumen)", notes],
    ]),
    `</section>`,
  ].join("\n");
}

function helperSection(helper: HelperFunction, catalogue: Catalogue): string {
  const fn = helper.functionName;
  return [
    `<section class="function" id="${escapeHtml(fn)}">`,
    `<h3>${escapeHtml(fn)}</h3>`,
    `<p>${escapeHtml(helper.description)}</p>`,
    `<p class="syntax"><code>${escapeHtml(functionSyntax(fn, catalogue))}</code></p>`,
    dl([
      ["Parameter", paramsBlock(fn, catalogue)],
      ["Hasil", escapeHtml(helper.result)],
      ["Contoh", exampleBlock(fn, helper.example)],
    ]),
    `</section>`,
  ].join("\n");
}

function predikatTable(): string {
  const rows = PREDIKAT_BOUNDS.map(([bound, label], i) => {
    const upper = i === 0 ? 100 : PREDIKAT_BOUNDS[i - 1][0];
    return row([`&gt; ${bound} – ${upper}`, label, escapeHtml(PREDIKAT_ARTI[label])]);
  });
  const lowest = PREDIKAT_BOUNDS[PREDIKAT_BOUNDS.length - 1][0];
  rows.push(row([`0 – ${lowest}`, "D", escapeHtml(PREDIKAT_ARTI.D)]));
  return `<table><thead>${row(["Nilai", "Predikat", "Arti"], true)}</thead><tbody>${rows.join("")}</tbody></table>`;
}

function kategoriTable(): string {
  const rows = KATEGORI_BOUNDS.map(([bound, label], i) => {
    const range = i === 0 ? `&gt; ${bound}` : `&gt; ${bound} – ${KATEGORI_BOUNDS[i - 1][0]}`;
    return row([range, escapeHtml(label)]);
  });
  const lowest = KATEGORI_BOUNDS[KATEGORI_BOUNDS.length - 1][0];
  rows.push(row([`≤ ${lowest}`, "Sangat Rendah"]));
  return `<table><thead>${row(["Capaian (%)", "Kategori"], true)}</thead><tbody>${rows.join("")}</tbody></table>`;
}

function rulesSection(): string {
  const errors = [
    row(["Kode", "Kapan", "Contoh pesan"], true),
    row([
      EXCEL_ERROR_TEXT.DIV0,
      "Penyebut bernilai 0 sedangkan pembilang tidak, atau target bernilai 0 untuk polaritas positif (Excel tidak menampilkan pesan untuk kode ini).",
      "—",
    ]),
    row([
      EXCEL_ERROR_TEXT.VALUE,
      "Argumen bukan angka (teks, nilai logika), negatif, bukan bilangan bulat, bagian melebihi keseluruhan, nilai di luar 0–100, atau polaritas tidak dikenal.",
      escapeHtml(M.subsetLarger("pembilang", "penyebut")),
    ]),
    row([
      EXCEL_ERROR_TEXT.NA,
      "Argumen kosong (sel kosong di Excel untuk web, atau teks kosong).",
      escapeHtml(M.empty("penyebut")),
    ]),
  ];
  return [
    `<section id="aturan"><h2>Aturan umum <span lang="en">/ General rules</span></h2>`,
    `<ul>`,
    `<li>Persentase dikembalikan sebagai angka persen, bukan pecahan: 45 dari 60 menghasilkan 75 (bukan 0,75). Hasil tidak dibulatkan; format sel yang mengatur tampilan.</li>`,
    `<li>Rata-rata dan rasio adalah hasil bagi biasa, tanpa dikali 100.</li>`,
    `<li>Semua argumen fungsi indikator adalah cacah: bilangan bulat ≥ 0 (kecuali Nilai SAKIP: 0–100). Untuk persentase bagian dari keseluruhan, pembilang tidak boleh lebih besar daripada penyebut.</li>`,
    `<li>IKU 16 (swadaya) dapat diukur dengan dua cara yang dipilih instansi di pengaturan (CLI: <code>--swadaya</code>): jumlah program yang didukung swadaya (bawaan, bilangan bulat, <code>PERSENTASE_SWADAYA</code>) atau nilai swadaya dalam rupiah dibanding nilai program (angka ≥ 0, boleh desimal, <code>PERSENTASE_SWADAYA_RUPIAH</code>). Lembar, validasi data, tanda sel dan Periksa Data mengikuti pilihan itu.</li>`,
    `<li id="sel-kosong"><strong>Sel kosong.</strong> Rumus yang Anda ketik sendiri, mis. <code>=IKU.PERSENTASE_PPKS_BANSOS(A1;B1)</code>, menerima sel kosong secara berbeda: <strong>Excel desktop</strong> (Windows, Mac) mengirimnya sebagai <strong>0</strong>, sehingga A1 kosong dan B1 = 10 menghasilkan 0 (bukan #N/A), A1 dan B1 kosong menghasilkan #DIV/0!, dan <code>KATEGORI_CAPAIAN</code> dari sel kosong menjadi "Sangat Rendah"; <strong>Excel untuk web</strong> mengirimnya sebagai kosong (null), sehingga hasilnya #N/A "… belum diisi". Lembar IKU yang dibuat add-in membungkus setiap isian dengan <code>IF(ISBLANK(sel);"";sel)</code>, jadi indikator yang belum diisi selalu #N/A (hasil, capaian dan kategori) di semua Excel dan di kedua mode rumus. Lakukan hal yang sama pada rumus Anda: <code>=IKU.PERSENTASE_PPKS_BANSOS(IF(ISBLANK(A1);"";A1);IF(ISBLANK(B1);"";B1))</code>. <span lang="en">Blank cells: Excel desktop passes an empty cell as 0, Excel on the web as null (#N/A); the generated sheet guards every input so an unfilled indicator is #N/A everywhere.</span></li>`,
    `</ul>`,
    `<h3 id="kesalahan">Nilai kesalahan Excel (#N/A, #VALUE!, #DIV/0!)</h3>`,
    `<table>${errors.join("")}</table>`,
    `<h3 id="predikat-sakip">Predikat SAKIP (PermenPANRB 88/2021)</h3>`,
    predikatTable(),
    `<h3 id="kategori-capaian">Kategori capaian (Permendagri 86/2017)</h3>`,
    `<p>Permendagri 86/2017 (evaluasi Renja/RKPD) menulis rentang bilangan bulat (91–100 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah) yang menyisakan celah (90–91, 75–76, …). Add-in membacanya dengan batas atasnya, seperti predikat SAKIP: capaian di atas 90 Sangat Tinggi, di atas 75 Tinggi, dan seterusnya. Yang digolongkan adalah capaian seperti tercetak (dibulatkan 2 desimal): 90,004 tercetak 90,00 → Tinggi; 90,996 tercetak 91,00 → Sangat Tinggi. Instansi yang memakai skala sendiri (misalnya Sangat Baik … Sangat Kurang) dapat mengganti batas dan nama kategori di pengaturan; fungsi <code>KATEGORI_CAPAIAN</code> menerimanya sebagai argumen <code>batas</code> dan <code>label</code>.</p>`,
    kategoriTable(),
    `<h3 id="aturan-capaian">Aturan capaian</h3>`,
    `<ul>`,
    `<li>Target predikat (IKU 1): target PK Nilai SAKIP sering ditulis sebagai predikat. Sel target IKU 1 menerima AA, A, BB, B, CC, C atau D (PermenPANRB 88/2021: &gt; 90 AA, &gt; 80 A, &gt; 70 BB, &gt; 60 B, &gt; 50 CC, &gt; 30 C, selain itu D). Capaian 100% bila realisasi seperti tercetak mencapai batas bawah pita target (predikatnya sama atau lebih tinggi); di bawahnya realisasi ÷ batas bawah pita × 100. Contoh target BB: 72,5 → 100%; 70,00 → 100%; 56 → 80%. Target D selalu tercapai. Periksa Data menolak predikat pada target indikator lain.</li>`,
    `<li>Pembulatan seperti tercetak: capaian dihitung dari realisasi yang dibulatkan 2 desimal (bawaan; dapat diatur 0–4), sehingga sama dengan hitungan pemeriksa dari tabel LKjIP.</li>`,
    `<li>Polaritas negatif: (2 × target − realisasi) / target × 100, paling rendah 0 (realisasi lebih dari dua kali target). Target 0 (tanpa toleransi, misalnya "0 kasus"): realisasi 0 → 100, realisasi di atas 0 → 0.</li>`,
    `<li>Target rentang: ketik di sel target sebagai teks, misalnya <code>80-85</code> atau <code>80,5-85</code>. Realisasi di dalam rentang → 100; di bawahnya dihitung terhadap batas bawah, di atasnya terhadap batas atas; berlaku untuk kedua polaritas.</li>`,
    `<li>Tidak ada kejadian (n.a.): bila dalam setahun tidak ada yang dihitung (misalnya tidak ada korban bencana, IKU 9, atau tidak ada PPKS yang membutuhkan rehabilitasi, IKU 6), isi pembilang dan penyebut dengan 0. Realisasi, capaian dan kategori menjadi "n.a.", dicetak "–", tidak dihitung dalam rata-rata capaian sasaran (AVERAGE melewatkan teks), dan Periksa Data tidak menganggapnya kesalahan. Sel yang belum diisi tetap #N/A di layar.</li>`,
    `</ul>`,
    `</section>`,
  ].join("\n");
}

const STYLE = `
body{font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
h1{margin-bottom:0}.subtitle{color:#555;margin-top:.25rem}
code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}
section.function{border-top:1px solid #ddd;padding-top:.5rem;margin-top:1rem}
dl{display:grid;grid-template-columns:14rem 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
dd ul,dd p{margin:0}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
nav ul{columns:2}
@media (max-width:40rem){dl{grid-template-columns:1fr}nav ul{columns:1}}
`;

/** The whole help page. */
export function buildHelpHtml(catalogue: Catalogue = CATALOGUE): string {
  const toc = [
    ...catalogue.indicators.map(
      (i) =>
        `<li><a href="#${escapeHtml(i.code)}">${FUNCTION_NAMESPACE}.${escapeHtml(i.functionName)}</a> (IKU ${i.order})</li>`
    ),
    ...catalogue.helpers.map(
      (h) =>
        `<li><a href="#${escapeHtml(h.functionName)}">${FUNCTION_NAMESPACE}.${escapeHtml(h.functionName)}</a></li>`
    ),
  ];
  const bySasaran = catalogue.sasaran.map((s) => {
    const sections = catalogue.indicators
      .filter((i) => i.sasaran === s.code)
      .map((i) => indicatorSection(i, catalogue));
    return [
      `<h2 id="${escapeHtml(s.code)}">Sasaran ${s.no}: ${escapeHtml(s.name)}</h2>`,
      ...sections,
    ].join("\n");
  });
  return [
    `<!DOCTYPE html>`,
    `<html lang="id">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>Fungsi ${FUNCTION_NAMESPACE} – ${escapeHtml(catalogue.agency.nama)}</title>`,
    `<style>${STYLE}</style>`,
    `</head>`,
    `<body>`,
    `<header>`,
    `<h1>Bantuan fungsi ${FUNCTION_NAMESPACE}</h1>`,
    `<p class="subtitle" lang="en">Help for the ${FUNCTION_NAMESPACE} custom functions of Excel</p>`,
    `<p><strong>${escapeHtml(catalogue.agency.nama)}</strong>. ${escapeHtml(catalogue.agency.tugas)}.</p>`,
    ...(catalogue.agency.notes ?? []).map((n) => `<p class="note">${escapeHtml(n)}</p>`),
    `<p>Setiap fungsi menghitung satu Indikator Kinerja Utama (IKU) atau membantu menghitungnya. Ketik di sel, misalnya <code>${escapeHtml(functionSyntax(catalogue.indicators[0].functionName, catalogue))}</code>.</p>`,
    `</header>`,
    `<nav aria-label="Daftar fungsi"><h2>Daftar fungsi</h2><ul>${toc.join("")}</ul></nav>`,
    `<main>`,
    ...bySasaran,
    `<h2 id="fungsi-bantu">Fungsi bantu <span lang="en">/ Helper functions</span></h2>`,
    ...catalogue.helpers.map((h) => helperSection(h, catalogue)),
    rulesSection(),
    `</main>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}

/** Entry point for html-webpack-plugin, which renders the page at build time. */
export default function renderHelpPage(): string {
  return buildHelpHtml();
}
