#!/usr/bin/env node
/*
 * npm run bench [-- --quick]
 * Measures what the add-in costs, as ratios taken in one run (shared, noisy machines: never
 * absolute times in tests). Builds dist/ when it is older than src/, prints a table with the
 * targets of issue 6 and writes the same figures to bench-results.json (not committed).
 *
 *   taskpane_js_gzip     gzip -9 bytes of every script taskpane.html loads (functions, commands,
 *                        taskpane); functions_js_gzip: functions.js alone
 *   *_syncs              context.sync() calls on the office tests' fake Excel
 *                        (test/office/fake-excel.ts, office-addin-mock): generate, the same with
 *                        a catalogue ten times larger, generate over the filled sheet, validate
 *                        and audit as the pane runs them (with the sheet list it keeps from its
 *                        last read); audit_syncs_cold without that list, *_after_new_sheet with
 *                        a sheet added since
 *   web_read_max_mb      the largest single read response (MB, the JSON of what a sync loads) of
 *                        "Audit Rumus" on a 500,000-cell workbook of 20 sheets on that fake,
 *                        which refuses a response over 5 MB as Excel on the web does; with
 *                        audit_syncs_500k, its syncs (batches under the limit)
 *   fn_overhead_ratio    10^6 calls of PERSENTASE_PPKS_REHAB through dist/functions.js ÷ 10^6 bare
 *                        a / b * 100, same inputs, same realm, median of interleaved rounds in
 *                        each of several fresh processes, then the median over the processes
 *   *_100k_ratio         analyzeInputs / analyzeFormulas of a 100,000-cell grid ÷ one bare read
 *                        of every cell of it (median of interleaved rounds; *_cold_ms: first call)
 *   cli_*_ms             the iku CLI: in-process and as `node bin/iku.js` processes
 * --quick (CI) makes every measurement smaller: it proves the benchmark runs, not the figures.
 */
"use strict";
require("tsx/cjs"); // load the TypeScript sources of src/ directly
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const os = require("node:os");
const { execFileSync } = require("node:child_process");
const { performance } = require("node:perf_hooks");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const QUICK = process.argv.includes("--quick");

const TARGETS = {
  generate_syncs: { max: 2 },
  generate_syncs_10x: { equals: "generate_syncs" },
  regenerate_syncs: { max: 2 },
  validate_syncs: { max: 1 },
  audit_syncs: { max: 1 },
  web_read_max_mb: { max: 5 },
  fn_overhead_ratio: { max: 1.3 },
  validate_100k_ratio: { max: 2 },
  audit_100k_ratio: { max: 2 },
  functions_js_gzip: { max: 15 * 1024 },
};

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** Builds the production bundles when dist/ is missing or older than src/. */
function ensureBuild() {
  const marker = path.join(DIST, "functions.js");
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= newestMtime(path.join(ROOT, "src")))
    return;
  process.stderr.write("bench: building (webpack --mode production)…\n");
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    }
  );
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Loads the built functions bundle as Excel's runtime does: only a CustomFunctions global. */
function loadFunctionsBundle() {
  const associated = new Map();
  class CfError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  const CustomFunctions = {
    associate: (id, fn) => associated.set(id, fn),
    Error: CfError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
  // Same realm as the baseline loop, so the ratio measures the functions, not a vm boundary.
  new Function("CustomFunctions", fs.readFileSync(path.join(DIST, "functions.js"), "utf8"))(
    CustomFunctions
  );
  return associated;
}

function benchFunctionOverhead() {
  const fn = loadFunctionsBundle().get("PERSENTASE_PPKS_REHAB");
  if (!fn) throw new Error("PERSENTASE_PPKS_REHAB is not associated by dist/functions.js");
  const N = QUICK ? 100_000 : 1_000_000;
  const rounds = QUICK ? 3 : 15;
  const a = new Float64Array(N);
  const b = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    b[i] = 1 + ((i * 7919) % 1000);
    a[i] = (i * 104729) % (b[i] + 1);
  }
  const bare = () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += (a[i] / b[i]) * 100;
    return s;
  };
  const viaBundle = () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += fn(a[i], b[i]);
    return s;
  };
  if (Math.abs(bare() - viaBundle()) > 1e-6 * Math.abs(bare())) {
    throw new Error("bundle and baseline disagree: the benchmark would compare different work");
  }
  // Untimed rounds: the first call of each loop runs in on-stack-replaced code, so without them
  // one timed round of the bundle side (several times slower) sits in the median's neighbourhood.
  for (let r = 0; r < 2; r++) {
    bare();
    viaBundle();
  }
  const tBare = [];
  const tFn = [];
  for (let r = 0; r < rounds; r++) {
    // Interleave so that machine noise hits both sides alike.
    let t = performance.now();
    bare();
    tBare.push(performance.now() - t);
    t = performance.now();
    viaBundle();
    tFn.push(performance.now() - t);
  }
  return {
    fn_overhead_ratio: median(tFn) / median(tBare),
    fn_bare_ms: median(tBare),
    fn_bundle_ms: median(tFn),
  };
}

/**
 * fn_overhead_ratio across fresh processes. Within one process the ratio is stable, but from one
 * process to the next it can move a lot with byte-identical machine code at the same page
 * offset (--print-opt-code): on the shared 2-vCPU machine one CPU at times runs the
 * instruction-heavy bundle loop much slower than the other (`taskset -c 0` / `-c 1` show it),
 * while the division-bound bare loop barely changes. Fewer instructions in the fast path shrink
 * that spread. The median over processes is the typical cost; min and max show the spread.
 */
function benchFunctionOverheadProcesses(count) {
  const runs = [];
  for (let i = 0; i < count; i++) {
    const out = execFileSync(process.execPath, [__filename, "--fn-child"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    runs.push(JSON.parse(out));
  }
  const ratios = runs.map((r) => r.fn_overhead_ratio);
  return {
    fn_overhead_ratio: median(ratios),
    fn_overhead_ratio_min: Math.min(...ratios),
    fn_overhead_ratio_max: Math.max(...ratios),
    fn_processes: count,
    fn_bare_ms: median(runs.map((r) => r.fn_bare_ms)),
    fn_bundle_ms: median(runs.map((r) => r.fn_bundle_ms)),
  };
}

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** gzip -9 bytes of every local script taskpane.html loads, and of functions.js. */
function benchBundleSizes() {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  // Minified HTML may leave attributes unquoted.
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] || m[2] || m[3])
    .filter(
      (src) => !/^https?:/.test(src) && !src.includes("office-js/") && !src.endsWith("office.js")
    );
  let taskpane = 0;
  for (const src of scripts) taskpane += gzipSize(path.join(DIST, src.replace(/^\.?\//, "")));
  return {
    taskpane_js_gzip: taskpane,
    taskpane_js_files: scripts.join(" "),
    taskpane_bundle_gzip: gzipSize(path.join(DIST, "taskpane.js")),
    functions_js_gzip: gzipSize(path.join(DIST, "functions.js")),
  };
}

/*
 * A realistic 100,000-cell workbook: the generated IKU sheet (the plan's constants and formulas,
 * the values computed by the core, example inputs) as test/cases/generate.ts builds golden
 * grids, a staff-data sheet (Pegawai) and a summary sheet (Rekap) whose formulas mix native
 * functions, IKU. calls and IKU results.
 */
const GRID_CELLS = 100_000;

function buildBenchGrid() {
  const { buildCaseGrid } = require(path.join(ROOT, "test", "cases", "generate.ts"));
  const grid = buildCaseGrid({ description: "bench", mode: "iku", inputs: "examples" });
  const iku = grid.sheets[0];
  const ikuCells = iku.values.length * iku.values[0].length;
  const units = ["Sekretariat", "Rehabilitasi Sosial", "Perlindungan Sosial", "Pemberdayaan"];
  const golongan = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"];

  // Rekap: 8 columns; Pegawai: 10 columns; together they fill the grid up to GRID_CELLS.
  const rekapRows = 1 + 1500;
  const pegawaiRows = Math.floor((GRID_CELLS - ikuCells - rekapRows * 8) / 10);
  const pegawaiF = [
    ["No", "NIP", "Nama", "Unit", "Golongan", "Hadir", "Izin", "Sakit", "Cuti", "Jumlah Hari"],
  ];
  const pegawaiV = [pegawaiF[0].slice()];
  for (let i = 1; i < pegawaiRows; i++) {
    const r = i + 1;
    const hadir = 180 + ((i * 37) % 40);
    const izin = (i * 7) % 5;
    const sakit = (i * 11) % 4;
    const cuti = (i * 13) % 12;
    const row = [
      i,
      `19${70 + (i % 30)}0${(i % 9) + 1}1520${String(i).padStart(6, "0")}`,
      `Pegawai ${i}`,
      units[i % units.length],
      golongan[i % golongan.length],
      hadir,
      izin,
      sakit,
      cuti,
    ];
    pegawaiF.push([...row, `=SUM(F${r}:I${r})`]);
    pegawaiV.push([...row, hadir + izin + sakit + cuti]);
  }
  const rekapF = [
    [
      "Unit",
      "Pegawai",
      "Hadir Penuh",
      "% Hadir Penuh",
      "Rata-rata Izin",
      "Kategori",
      "Total",
      "Catatan",
    ],
  ];
  const rekapV = [rekapF[0].slice()];
  for (let i = 1; i < rekapRows; i++) {
    const r = i + 1;
    const src = 2 + (i % (pegawaiRows - 1));
    const count = 20 + (i % 17);
    const full = count - (i % 5);
    const pct = (full / count) * 100;
    const izin = pegawaiV[src - 1][6];
    const kategori = pct >= 91 ? "Sangat Tinggi" : pct >= 76 ? "Tinggi" : "Sedang";
    // Every 100th row compares with an IKU result (a name of the plan), as staff do.
    const note = i % 100 === 0 ? '=IF(IKU06_HASIL>=IKU06_TARGET,"Tercapai","Belum")' : "";
    rekapF.push([
      `${units[i % units.length]} ${i}`,
      `=COUNTIF(Pegawai!$D$2:$D$${pegawaiRows},LEFT(A${r},10))`,
      full,
      `=IKU.PERSENTASE(C${r},B${r})`,
      `=IKU.RASIO(Pegawai!G${src},B${r})`,
      `=IKU.KATEGORI_CAPAIAN(D${r})`,
      `=SUM(B${r}:C${r})`,
      note,
    ]);
    rekapV.push([
      rekapF[i][0],
      count,
      full,
      pct,
      izin / count,
      kategori,
      count + full,
      note ? "Tercapai" : "",
    ]);
  }
  grid.sheets.push({ name: "Pegawai", origin: "A1", formulas: pegawaiF, values: pegawaiV });
  grid.sheets.push({ name: "Rekap", origin: "A1", formulas: rekapF, values: rekapV });
  let cells = 0;
  let ikuFormulas = 0;
  for (const s of grid.sheets) {
    for (const row of s.formulas) {
      cells += row.length;
      for (const f of row)
        if (typeof f === "string" && f.startsWith("=") && /IKU/i.test(f)) ikuFormulas++;
    }
  }
  return { grid, cells, ikuFormulas };
}

/** The baseline: read every cell (value and formula) of the grid once. */
function readEveryCell(grid) {
  let filled = 0;
  let formulas = 0;
  for (const sheet of grid.sheets) {
    const { values, formulas: texts } = sheet;
    for (let r = 0; r < values.length; r++) {
      const vr = values[r];
      const fr = texts[r];
      for (let c = 0; c < vr.length; c++) {
        const v = vr[c];
        const f = fr[c];
        if (v !== "" && v !== null) filled++;
        if (typeof f === "string" && f.charCodeAt(0) === 61) formulas++;
      }
    }
  }
  return filled + formulas;
}

/**
 * The analysis as the task pane runs it: one webpack bundle (ts-loader, ES modules, scope
 * hoisting), not tsx's per-file transform, whose module getters and keepNames wrappers cost
 * about as much as the analysis itself in the hot loops. Built into a temporary folder.
 */
async function loadAnalysisBundle() {
  const webpack = require("webpack");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-bench-analysis-"));
  const entry = path.join(dir, "entry.mjs");
  const src = (...p) => JSON.stringify(path.join(ROOT, "src", "core", ...p));
  fs.writeFileSync(
    entry,
    `export { analyzeInputs } from ${src("validate", "index.ts")};\n` +
      `export { analyzeFormulas } from ${src("audit", "index.ts")};\n`
  );
  const compiler = webpack({
    mode: "production",
    target: "node",
    context: ROOT,
    entry,
    output: { path: dir, filename: "analysis.js", library: { type: "commonjs2" } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
          },
        },
      ],
    },
    // Readable code and a quick build; minifying does not change what the loops do.
    optimization: { minimize: false },
    devtool: false,
  });
  const stats = await new Promise((resolve, reject) =>
    compiler.run((err, result) => (err ? reject(err) : resolve(result)))
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(`analysis bundle: ${stats.toString("errors-only")}`);
  try {
    return require(path.join(dir, "analysis.js"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * validate_100k_ratio / audit_100k_ratio: median time of the analysis ÷ median time of the
 * bare read, interleaved rounds. The first (cold) call is reported apart: it builds the plans
 * that later calls (the pane's next click) take from the plan cache.
 */
async function benchAnalysis() {
  const { analyzeInputs, analyzeFormulas } = await loadAnalysisBundle();
  const { grid, cells, ikuFormulas } = buildBenchGrid();
  const rounds = QUICK ? 3 : 21;
  const time = (f) => {
    const t = performance.now();
    const out = f();
    return [performance.now() - t, out];
  };
  const [validateCold, inputs] = time(() => analyzeInputs(grid));
  const [auditCold, audit] = time(() => analyzeFormulas(grid));
  if (inputs.sheets.length !== 1 || audit.sheets.length !== 1) {
    throw new Error("the bench grid's IKU sheet was not recognized: the ratios would be empty");
  }
  const tBare = [];
  const tValidate = [];
  const tAudit = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    let [t, out] = time(() => readEveryCell(grid));
    tBare.push(t);
    sink += out;
    [t, out] = time(() => analyzeInputs(grid));
    tValidate.push(t);
    sink += out.findings.length;
    [t, out] = time(() => analyzeFormulas(grid));
    tAudit.push(t);
    sink += out.findings.length;
  }
  const bare = median(tBare);
  return {
    grid_cells: cells,
    // Formulas that call IKU. functions or use IKU names: the ones the audit reads in full.
    grid_iku_formulas: ikuFormulas,
    grid_bare_read_ms: bare,
    validate_100k_ratio: median(tValidate) / bare,
    audit_100k_ratio: median(tAudit) / bare,
    validate_100k_ms: median(tValidate),
    audit_100k_ms: median(tAudit),
    validate_100k_cold_ms: validateCold,
    audit_100k_cold_ms: auditCold,
    audit_100k_findings: audit.findings.length,
    validate_100k_findings: inputs.findings.length,
    // Keeps every result alive, so no round can be optimized away.
    analysis_checksum: sink,
  };
}

/**
 * Syncs counted with the fake Excel of the office tests (test/office/fake-excel.ts, built on
 * office-addin-mock): generate on a workbook without the sheet, the same with a catalogue ten
 * times larger, generate again over the filled sheet, and the reads of validate and audit.
 */
async function benchSyncs() {
  const { createFakeExcel } = require(path.join(ROOT, "test", "office", "fake-excel.ts"));
  const { largeCatalogue } = require(path.join(ROOT, "test", "core", "sheet", "fixtures.ts"));
  const { exampleInputs } = require(path.join(ROOT, "test", "cases", "generate.ts"));
  const { CATALOGUE } = require(path.join(ROOT, "src", "core", "catalogue", "index.ts"));
  const { buildSheetPlan } = require(path.join(ROOT, "src", "core", "sheet", "plan.ts"));
  const { generateIkuSheet } = require(path.join(ROOT, "src", "office", "generate.ts"));
  const inspect = require(path.join(ROOT, "src", "office", "inspect.ts"));
  const settings = {
    tahun: 2026,
    namaPerangkatDaerah: CATALOGUE.agency.nama,
    sheetName: "IKU 2026",
    mode: "iku",
  };
  const counted = async (fake, what, action) => {
    fake.resetSyncs();
    const result = await action(fake.context);
    if (result && result.ok === false) {
      throw new Error(`${what} failed on the fake Excel: ${JSON.stringify(result.problem)}`);
    }
    return { syncs: fake.syncs(), result };
  };

  const fake = createFakeExcel({ sheets: ["Data"] });
  const plan = buildSheetPlan(settings);
  const generate = await counted(fake, "generate", (c) => generateIkuSheet(c, plan));

  const fake10 = createFakeExcel({ sheets: ["Data"] });
  const plan10 = buildSheetPlan(settings, largeCatalogue(10));
  const generate10 = await counted(fake10, "generate (10x)", (c) => generateIkuSheet(c, plan10));

  // Staff fill every input and target, then generate again: the values must be kept.
  const inputs = exampleInputs(plan);
  for (const [name, value] of Object.entries(inputs)) fake.type(name, value);
  const regenerate = await counted(fake, "regenerate", (c) => generateIkuSheet(c, plan));
  if (regenerate.result.value.keptValues !== Object.keys(inputs).length) {
    throw new Error("regenerate did not keep the typed values: the count would be meaningless");
  }

  // "Periksa Data" and "Audit Rumus" as the pane runs them: both only read the workbook. The
  // pane keeps the sheet list of its last read (SheetMemo: filled at start-up, by generate and by
  // every read), so the audit asks for every used range in its first batch.
  const { SheetMemo } = require(path.join(ROOT, "src", "office", "sheet-memo.ts"));
  const pane = new SheetMemo();
  const started = await counted(fake, "start-up", (c) => inspect.rememberSheetsInContext(c, pane));
  const validate = await counted(fake, "validate", (c) => inspect.validateInContext(c, pane));
  const audit = await counted(fake, "audit", (c) => inspect.auditInContext(c, pane));
  // Without that list (a read that knows nothing of the workbook): list first, then read.
  const auditCold = await counted(fake, "audit", (c) => inspect.auditInContext(c));
  // Staff add a sheet after the last read: it is read in a second sync.
  fake.addSheet("Catatan");
  const auditAdded = await counted(fake, "audit", (c) => inspect.auditInContext(c, pane));
  // A workbook whose single read is over Excel on the web's 5 MB response limit: 20 data sheets
  // of 25,000 cells (numbers and short texts) next to the IKU sheet.
  const big = createFakeExcel({ sheets: ["Data"] });
  await counted(big, "generate", (c) => generateIkuSheet(c, plan));
  big.workbook.sheets.splice(0, 1);
  const bigRows = QUICK ? 125 : 1250;
  for (let s = 1; s <= 20; s++) {
    const sheet = big.addSheet(`Data ${s}`);
    for (let r = 1; r <= bigRows; r++) {
      for (let c = 1; c <= 20; c++) {
        const v = c % 3 === 1 ? `Kelurahan ${r}-${c}` : r * 20 + c + 0.25;
        sheet.cells.set(`${String.fromCharCode(64 + c)}${r}`, { formula: v, value: v });
      }
    }
  }
  const bigMemo = new SheetMemo();
  const auditBig = await counted(big, "audit (500k cells)", (c) =>
    inspect.auditInContext(c, bigMemo)
  );
  return {
    web_read_max_mb: Math.round((big.maxResponseBytes() / 1024 / 1024) * 100) / 100,
    audit_syncs_500k: auditBig.syncs,
    generate_syncs: generate.syncs,
    generate_syncs_10x: generate10.syncs,
    regenerate_syncs: regenerate.syncs,
    validate_syncs: validate.syncs,
    audit_syncs: audit.syncs,
    audit_syncs_cold: auditCold.syncs,
    audit_syncs_after_new_sheet: auditAdded.syncs,
    pane_startup_syncs: started.syncs,
  };
}

/** Runs `node bin/iku.js …` and returns its wall time in ms; throws when it fails. */
function runCli(args, okCodes = [0]) {
  const t = performance.now();
  try {
    execFileSync(process.execPath, [path.join(ROOT, "bin", "iku.js"), ...args], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, LANG: "id_ID.UTF-8" },
    });
  } catch (e) {
    if (!okCodes.includes(e.status)) throw new Error(`iku ${args[0]} failed (${e.status})`);
  }
  return performance.now() - t;
}

/**
 * cli_generate_ms: one workbook, in-process through the CLI's own entry (run(), warm, median of
 * rounds) and as the full `node bin/iku.js generate` process (tsx start-up included).
 * cli_audit_100_files_ms: one `node bin/iku.js audit` process over 100 generated workbooks.
 */
async function benchCli() {
  const { run } = require(path.join(ROOT, "src", "cli", "main.ts"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-bench-"));
  const quiet = { out: () => {}, err: () => {}, env: { LANG: "id_ID.UTF-8" } };
  try {
    const generate = async (file, tahun) => {
      const code = await run(
        [
          "generate",
          "--out",
          file,
          "--tahun",
          String(tahun),
          "--rumus",
          tahun % 2 ? "iku" : "excel",
        ],
        quiet
      );
      if (code !== 0) throw new Error(`iku generate failed in-process (${code})`);
    };
    const files = QUICK ? 10 : 100;
    for (let i = 0; i < files; i++) await generate(path.join(dir, `iku-${i}.xlsx`), 2001 + i);
    const inProcess = [];
    for (let r = 0; r < (QUICK ? 3 : 15); r++) {
      const file = path.join(dir, `in-process-${r}.xlsx`);
      const t = performance.now();
      await generate(file, 2026);
      inProcess.push(performance.now() - t);
      fs.rmSync(file);
    }
    const processRuns = [];
    for (let r = 0; r < (QUICK ? 1 : 5); r++) {
      const file = path.join(dir, `process-${r}.xlsx`);
      processRuns.push(runCli(["generate", "--out", file]));
      fs.rmSync(file);
    }
    const startup = [];
    for (let r = 0; r < (QUICK ? 1 : 5); r++) startup.push(runCli(["--help"]));
    const workbooks = fs
      .readdirSync(dir)
      .filter((f) => /^iku-\d+\.xlsx$/.test(f))
      .map((f) => path.join(dir, f));
    // Exit code 1 means "findings"; the generated workbooks have none, but it is not a failure.
    const audit = runCli(["audit", ...workbooks], [0, 1]);
    return {
      cli_generate_ms: median(processRuns),
      cli_generate_in_process_ms: median(inProcess),
      cli_startup_ms: median(startup),
      [QUICK ? "cli_audit_10_files_ms" : "cli_audit_100_files_ms"]: audit,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = {
  loadFunctionsBundle,
  median,
  buildBenchGrid,
  readEveryCell,
  benchFunctionOverhead,
  benchAnalysis,
  benchCli,
  benchSyncs,
};

async function main() {
  ensureBuild();
  const results = { quick: QUICK, node: process.version, cpus: os.cpus().length };
  Object.assign(results, benchBundleSizes());
  Object.assign(results, QUICK ? benchFunctionOverhead() : benchFunctionOverheadProcesses(7));
  // Before the syncs: its first (cold) run must not find plans or JIT code the others left.
  Object.assign(results, await benchAnalysis());
  Object.assign(results, await benchSyncs());
  Object.assign(results, await benchCli());
  const out = path.join(ROOT, "bench-results.json");
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  printTable(results);
  process.stdout.write(`\nwritten: ${path.relative(ROOT, out)}\n`);
}

function verdict(key, results) {
  const t = TARGETS[key];
  if (!t) return "";
  const v = results[key];
  if (t.max !== undefined) return v <= t.max ? `ok (≤ ${t.max})` : `MISSED (target ≤ ${t.max})`;
  if (t.equals) return v === results[t.equals] ? `ok (= ${t.equals})` : `MISSED (≠ ${t.equals})`;
  return "";
}

function printTable(results) {
  const rows = Object.entries(results).map(([k, v]) => [
    k,
    typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v),
    verdict(k, results),
  ]);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [k, v, t] of rows) process.stdout.write(`${k.padEnd(w0)}  ${v.padStart(w1)}  ${t}\n`);
}

if (require.main === module && process.argv.includes("--fn-child")) {
  process.stdout.write(JSON.stringify(benchFunctionOverhead()));
} else if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`bench: ${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
  });
}
