import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { GridValue } from "../../src/core/grid";
import { planInputs } from "../../src/core/sheet/evaluate";
import type { PlanInput } from "../../src/core/sheet/evaluate";
import type { SheetPlan } from "../../src/core/sheet/types";
import { run } from "../../src/cli/main";

export const ROOT = path.resolve(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "iku.js");

export function tempDir(prefix = "iku-cli-"): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams (fast; the bin is tested separately). */
export async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = { LANG: "id_ID.UTF-8" }
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    out: (t) => (stdout += t.endsWith("\n") ? t : t + "\n"),
    err: (t) => (stderr += t.endsWith("\n") ? t : t + "\n"),
    env,
  });
  return { code, stdout, stderr };
}

/** Runs the real bin/iku.js in a child Node process. */
export function runBin(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, LANG: "id_ID.UTF-8", ...env },
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      }
    );
  });
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The raw <definedName> elements of a saved file (to check scope, which exceljs hides). */
export async function rawDefinedNames(
  file: string
): Promise<{ name: string; attrs: string; text: string }[]> {
  const zip = await JSZip.loadAsync(
    await import("node:fs").then((fs) => fs.promises.readFile(file))
  );
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
    name: /name="([^"]*)"/.exec(m[1])?.[1] ?? "",
    attrs: m[1],
    text: m[2]
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&"),
  }));
}

/**
 * Valid test values for every input and target of a plan: whole counts with each part below its
 * whole, scores 0–100, targets > 0. Deterministic, varied per indicator.
 */
export function validInputs(plan: SheetPlan): Map<PlanInput, number> {
  const out = new Map<PlanInput, number>();
  planInputs(plan).forEach((input, i) => {
    let value: number;
    if (input.valueType === "skor") value = 78.5;
    else if (input.valueType === "target") value = 60 + (i % 7) * 5;
    // A whole above four quarters of any part: an akumulasi part's year (the sum of its
    // quarters) stays below a posisi whole's (its latest quarter).
    else if (input.component === "PENYEBUT") value = 1000 + i;
    else value = 10 + i;
    out.set(input, value);
  });
  return out;
}

/** Writes values into named cells of the IKU sheet of a saved file. */
export async function fillCells(
  file: string,
  sheet: string,
  values: ReadonlyMap<string, GridValue>
): Promise<void> {
  const wb = await readWorkbook(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`No sheet ${sheet} in ${file}`);
  for (const [address, value] of values) ws.getCell(address).value = value === "" ? null : value;
  await wb.xlsx.writeFile(file);
}

/** Whether a text contains a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /^\s+at /m.test(text);
}

/**
 * An exceljs cell. (A plain function, so the Office.js lint rules, which take any `getCell`
 * result for an Office proxy object that needs load/sync, do not apply to exceljs objects.)
 */
export function cellOf(ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell {
  return ws.getCell(address);
}
