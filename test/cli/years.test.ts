import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { CATALOGUE } from "../../src/core/catalogue";
import { planInputs } from "../../src/core/sheet/evaluate";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import type { SheetSettings } from "../../src/core/sheet/types";
import {
  cellOf,
  fillCells,
  rawDefinedNames,
  readWorkbook,
  runCli,
  tempDir,
  validInputs,
} from "./helpers";

/**
 * `iku generate --tahun N --update FILE` with several years in one workbook: each year's sheet
 * has its own (sheet-scoped) names, updating one year leaves the other years' sheets and names
 * byte for byte, one tahun has one sheet, a one-year workbook with workbook-wide names is
 * upgraded keeping its typed values, and `iku audit` checks every year's sheet.
 */

const settings = (tahun: number): SheetSettings => ({
  tahun,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: `IKU ${tahun}`,
  mode: "excel",
});

/** The workbook's sheet parts by sheet name, as stored in the package. */
async function sheetParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? "";
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    out.set(m[1], (await zip.file(part)?.async("string")) ?? "");
  }
  return out;
}

/** The names scoped to the sheet at `index` (sorted), as the file stores them. */
async function namesOf(file: string, index: number): Promise<string[]> {
  return (await rawDefinedNames(file))
    .filter((n) => n.attrs.includes(`localSheetId="${index}"`))
    .map((n) => `${n.name}=${n.text}`)
    .sort();
}

async function cli(args: string[]): Promise<void> {
  const r = await runCli(args);
  if (r.code !== 0) throw new Error(`${args.join(" ")}: ${r.stderr}`);
}

describe("iku generate --tahun N --update: several years in one workbook", () => {
  let dir: string;
  let file: string;
  const typed = new Map<string, number>();

  beforeAll(async () => {
    dir = tempDir();
    file = path.join(dir, "renstra.xlsx");
    await cli(["generate", "--out", file, "--tahun", "2025"]);
    // Staff fill 2025 with a tool that rewrites every name workbook-wide (exceljs does): the
    // file is then a one-year workbook as the previous version wrote it.
    for (const [input, value] of validInputs(buildSheetPlan(settings(2025))))
      typed.set(input.address, value);
    await fillCells(file, "IKU 2025", typed);
    const legacy = await rawDefinedNames(file);
    expect(legacy.some((n) => n.name === "IKU06_HASIL" && !n.attrs.includes("localSheetId"))).toBe(
      true
    );
  }, 120_000);

  test("upgrade: --update of the one-year workbook makes its names the sheet's own and keeps every typed value", async () => {
    await cli(["generate", "--update", file, "--tahun", "2025"]);
    const plan = buildSheetPlan(settings(2025));
    const raw = await rawDefinedNames(file);
    for (const n of plan.names) {
      const found = raw.filter((r) => r.name === n.name);
      expect(found).toHaveLength(1);
      expect(found[0].attrs).toContain('localSheetId="0"');
      expect(`=${found[0].text}`).toBe(n.refersTo);
    }
    const ws = (await readWorkbook(file)).getWorksheet("IKU 2025")!;
    for (const input of planInputs(plan)) {
      expect(cellOf(ws, input.address).value).toBe(typed.get(input.address));
    }
  }, 120_000);

  test("adding 2026 and 2027 leaves 2025 as it was; updating 2026 changes nothing on 2025 and 2027", async () => {
    const before2025 = (await sheetParts(file)).get("IKU 2025");
    const names2025 = await namesOf(file, 0);
    await cli(["generate", "--update", file, "--tahun", "2026"]);
    await cli(["generate", "--update", file, "--tahun", "2027"]);
    let parts = await sheetParts(file);
    expect([...parts.keys()]).toEqual(["IKU 2025", "IKU 2026", "IKU 2027"]);
    expect(parts.get("IKU 2025")).toBe(before2025);
    expect(await namesOf(file, 0)).toEqual(names2025);
    // Each year's names are its own and point at its own sheet.
    for (const [i, tahun] of [2025, 2026, 2027].entries()) {
      const names = await namesOf(file, i);
      const hasil = buildSheetPlan(settings(tahun)).names.find((n) => n.name === "IKU06_HASIL")!;
      expect(names).toContain(`IKU06_HASIL=${hasil.refersTo.slice(1)}`);
      // The plan's names and Excel's print titles.
      expect(names.filter((n) => !n.startsWith("_xlnm.")).length).toBe(
        buildSheetPlan(settings(tahun)).names.length
      );
    }
    expect((await rawDefinedNames(file)).filter((n) => !n.attrs.includes("localSheetId"))).toEqual(
      []
    );

    const others = { 2025: parts.get("IKU 2025"), 2027: parts.get("IKU 2027") };
    const otherNames = { 2025: await namesOf(file, 0), 2027: await namesOf(file, 2) };
    await cli(["generate", "--update", file, "--tahun", "2026", "--rumus", "iku"]);
    parts = await sheetParts(file);
    expect(parts.get("IKU 2025")).toBe(others[2025]);
    expect(parts.get("IKU 2027")).toBe(others[2027]);
    expect(await namesOf(file, 0)).toEqual(otherNames[2025]);
    expect(await namesOf(file, 2)).toEqual(otherNames[2027]);
    expect(parts.get("IKU 2026")).toContain("IKU.");
  }, 240_000);

  test("a second sheet for a tahun that has one is refused, naming it; the file is unchanged", async () => {
    const before = await fs.readFile(file);
    const r = await runCli([
      "generate",
      "--update",
      file,
      "--tahun",
      "2026",
      "--sheet",
      "Laporan 2026",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"IKU 2026"');
    expect(r.stderr).toContain("2026");
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });

  test("without --tahun, an update of a workbook with several years asks which", async () => {
    const before = await fs.readFile(file);
    const r = await runCli(["generate", "--update", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--tahun");
    expect((await fs.readFile(file)).equals(before)).toBe(true);
  });

  test("iku audit checks every year's sheet and names the sheet of a planted mistake", async () => {
    const planted = path.join(dir, "salah.xlsx");
    // A constant typed over the 2027 sheet's IKU06_HASIL formula.
    const hasil = buildSheetPlan(settings(2027)).cells.find((c) => c.name === "IKU06_HASIL")!;
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const parts = await sheetParts(file);
    let target = "";
    for (const p of Object.keys(zip.files)) {
      if ((await zip.file(p)?.async("string")) === parts.get("IKU 2027")) target = p;
    }
    const xml = parts.get("IKU 2027")!;
    const cell = new RegExp(`<c r="${hasil.address}"([^>]*)>.*?</c>`).exec(xml);
    expect(target).not.toBe("");
    expect(cell).not.toBeNull();
    const style = /\bs="\d+"/.exec(cell![1])?.[0] ?? "";
    zip.file(target, xml.replace(cell![0], `<c r="${hasil.address}" ${style}><v>42</v></c>`));
    await fs.writeFile(planted, await zip.generateAsync({ type: "nodebuffer" }));

    const r = await runCli(["audit", planted]);
    expect(r.stdout).toContain("IKU 2025");
    expect(r.stdout).toContain("IKU 2026");
    const lines = r.stdout.split("\n").filter((l) => l.includes("formula.overwritten"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("IKU 2027");
    expect(lines[0]).toContain(hasil.address);
  }, 120_000);
});
