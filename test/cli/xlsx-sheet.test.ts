import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { GridValue, WorkbookGrid } from "../../src/core/grid";
import { CATALOGUE } from "../../src/core/catalogue";
import { planInputs } from "../../src/core/sheet/evaluate";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { loadWorkbookFile } from "../../src/cli/xlsx-package";
import { translateFormula } from "../../src/cli/xlsx-formula";
import { decodeUtf8 } from "../../src/cli/xlsx-xml";
import { parseSharedStrings, readSheetCells } from "../../src/cli/xlsx-sheet";
import { scanXml, ScanGaveUp } from "../../src/cli/xlsx-scan";
import { caseNames, loadCase } from "../cases/generate";
import { fillCells, runCli, tempDir, validInputs } from "./helpers";
import { exceljsGrid, gridDifferences, writeGridAsXlsx } from "./xlsx-oracle";

/**
 * `iku audit` reads the cells from the sheets' XML itself (src/cli/xlsx-sheet.ts). Its grid must
 * be the one exceljs gave (the oracle, test/cli/xlsx-oracle.ts) for every workbook the suite
 * builds, and for hand-made XML with every kind of cell; where exceljs was wrong the reader
 * follows Excel, and those cases are listed here with both results.
 */

/** A formula's cached value at sheet index, row and column (0-based), as the reader read it. */
interface FalsyResult {
  sheet: number;
  row: number;
  col: number;
  value: GridValue;
}

/**
 * The reader's grid as exceljs reads it: a formula's cached 0 or FALSE is "" (exceljs's cell
 * model drops falsy results; the reader follows Excel, see "where exceljs was wrong" below).
 * The cells so changed are returned, for the caller to check their value against the truth.
 */
function withExceljsFalsyResults(grid: WorkbookGrid): {
  grid: WorkbookGrid;
  changed: FalsyResult[];
} {
  const changed: FalsyResult[] = [];
  const sheets = grid.sheets.map((sheet, s) => ({
    ...sheet,
    values: sheet.values.map((row, r) =>
      row.map((value, c) => {
        const formula = sheet.formulas[r]?.[c];
        const isFormula = typeof formula === "string" && formula.startsWith("=");
        if (!isFormula || (value !== 0 && value !== false)) return value;
        changed.push({ sheet: s, row: r, col: c, value });
        return "";
      })
    ),
  }));
  return { grid: { ...grid, sheets }, changed };
}

/**
 * The reader's grid equals the oracle's, but for the formulas' cached 0 and FALSE, which are
 * returned (exceljs reads them as "").
 */
async function expectSameAsOracle(file: string): Promise<FalsyResult[]> {
  const { grid } = await loadWorkbookFile(file);
  const oracle = await exceljsGrid(file);
  const { grid: asExceljs, changed } = withExceljsFalsyResults(grid);
  expect(gridDifferences(asExceljs, oracle)).toEqual([]);
  await expectScannerAsParser(file);
  return changed;
}

/**
 * The strict scanner and the XML parser give the same cells for every sheet of a file (the
 * scanner must not have given up: these are files Excel's writers make).
 */
async function expectScannerAsParser(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const stringsPart = await zip.file("xl/sharedStrings.xml")?.async("nodebuffer");
  const strings = stringsPart ? parseSharedStrings(stringsPart) : undefined;
  if (stringsPart) expect(strings).toEqual(parseSharedStrings(stringsPart, false));
  const parts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f));
  expect(parts.length).toBeGreaterThan(0);
  for (const name of parts) {
    const part = await zip.file(name)!.async("nodebuffer");
    expect(scanXml(decodeUtf8(part), { open() {}, text() {}, close() {} })).toBe(true);
    expect(readSheetCells(part, strings, 1e7, true)).toEqual(
      readSheetCells(part, strings, 1e7, false)
    );
  }
}

describe("the audit's grid equals exceljs's on the workbooks the suite builds", () => {
  const dir = tempDir("iku-xlsx-sheet-");

  test("generated workbooks, both formula modes, new and with inputs filled and --update", async () => {
    const plan = buildSheetPlan({
      tahun: 2026,
      namaPerangkatDaerah: CATALOGUE.agency.nama,
      sheetName: "IKU 2026",
      mode: "excel",
    });
    for (const mode of ["excel", "iku"]) {
      const file = path.join(dir, `gen-${mode}.xlsx`);
      const args = ["generate", "--out", file, "--tahun", "2026", "--rumus", mode];
      expect((await runCli(args)).code).toBe(0);
      await expectSameAsOracle(file);
      const values = new Map<string, GridValue>();
      for (const [input, value] of validInputs(plan)) values.set(input.address, value);
      values.set(planInputs(plan)[0].address, -5);
      values.set(planInputs(plan)[1].address, "teks");
      await fillCells(file, plan.sheetName, values);
      expect((await runCli(["generate", "--update", file])).code).toBe(0);
      await expectSameAsOracle(file);
    }
  });

  test("Katalog workbooks: the built-in Katalog, and a sheet generated from it", async () => {
    const katalog = path.join(dir, "katalog.xlsx");
    expect((await runCli(["katalog", "--out", katalog])).code).toBe(0);
    await expectSameAsOracle(katalog);
    const fromKatalog = path.join(dir, "dari-katalog.xlsx");
    const args = ["generate", "--katalog", katalog, "--out", fromKatalog, "--tahun", "2027"];
    expect((await runCli(args)).code).toBe(0);
    await expectSameAsOracle(fromKatalog);
  });

  test("shared formulas as exceljs writes them (as Excel does: the master's text, then si)", async () => {
    const file = path.join(dir, "shared.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Rekap");
    for (let r = 1; r <= 6; r++) ws.getCell(r, 1).value = r * 1.5;
    ws.getCell("B1").value = {
      formula: 'A1*2+$A$1&"A1"',
      result: "4.5A1",
      shareType: "shared",
      ref: "B1:B6",
    } as ExcelJS.CellFormulaValue;
    for (let r = 2; r <= 6; r++)
      ws.getCell(r, 2).value = { sharedFormula: "B1", result: `${r * 3 + 1.5}A1` };
    await wb.xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml.match(/<f t="shared"[^>]*si="0"\/>/g)).toHaveLength(5);
    const { grid } = await loadWorkbookFile(file);
    expect(grid.sheets[0].formulas[5][1]).toBe('=A6*2+$A$1&"A1"');
    // exceljs moves "A1" inside the quotes too; Excel does not.
    const old = await exceljsGrid(file);
    expect(old.sheets[0].formulas[5][1]).toBe('=A6*2+$A$1&"A6"');
    grid.sheets[0].formulas.forEach((row, r) => {
      if (r > 0) row[1] = String(row[1]).replace('"A1"', `"A${r + 1}"`);
    });
    expect(gridDifferences(grid, old)).toEqual([]);
    await expectScannerAsParser(file);
  });

  test("every golden case, written as an .xlsx", async () => {
    const names = caseNames();
    expect(names.length).toBeGreaterThan(10);
    const modes = new Set<string>();
    for (const name of names) {
      const golden = loadCase(name);
      modes.add(golden.spec.mode);
      const file = path.join(dir, `golden-${name}.xlsx`);
      await writeGridAsXlsx(golden.grid, file);
      // Where exceljs drops a cached 0 or FALSE, the reader reads the case's own value.
      for (const { sheet, row, col, value } of await expectSameAsOracle(file))
        expect(value).toBe(golden.grid.sheets[sheet].values[row][col]);
    }
    expect([...modes].sort()).toEqual(["excel", "iku"]);
  });
});

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package of hand-written parts: sheets by name (their XML inside <worksheet>). */
async function handMade(
  file: string,
  sheets: { name: string; xml: string; raw?: boolean }[],
  sharedStrings: string[] = [],
  styles?: string
): Promise<void> {
  const zip = new JSZip();
  const overrides = sheets
    .map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    )
    .join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : ""}</Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join(
        ""
      )}</sheets><definedNames><definedName name="IKU06_HASIL">Data!$E$1</definedName><definedName name="Lokal" localSheetId="0">Data!$A$1</definedName></definedNames></workbook>`
  );
  const rels = sheets.map(
    (_s, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
  );
  rels.push(
    `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    ...(styles ? [`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`] : [])
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
  );
  sheets.forEach((s, i) =>
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      s.raw
        ? s.xml
        : `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>`
    )
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0"?><sst xmlns="${MAIN}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.join("")}</sst>`
  );
  if (styles) zip.file("xl/styles.xml", styles);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const STRINGS = [
  // 0: entities decoded once
  "<si><t>Halo &amp; &lt;dunia&gt; &quot;ok&quot;</t></si>",
  // 1: rich text runs, spaces kept, the phonetic guide left out
  '<si><r><rPr><b/></rPr><t>Tebal</t></r><r><t xml:space="preserve"> biasa </t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh><phoneticPr fontId="1"/></si>',
  // 2: Excel's escapes: _x000D_ a carriage return, _x005F_ an underscore that is not an escape
  "<si><t>a_x000D_b _x005F_x0041_ Ω</t></si>",
  // 3: an empty string
  "<si><t/></si>",
  // 4: a plain string with a phonetic guide (no runs)
  '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>',
];

const AGREED_SHEET = `<dimension ref="A1:I12"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>sebaris</t></is></c><c r="E1"><v>1.5</v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="b"><v>0</v></c><c r="H1" t="e"><v>#N/A</v></c><c r="I1" s="0"/></row>
<row r="2"><c r="A2"><f>E1*2</f><v>3</v></c><c r="B2" t="str"><f>A1&amp;"!"</f><v>Halo &amp; &lt;dunia&gt; "ok"!</v></c><c r="C2" t="b"><f>E1&gt;1</f><v>1</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2"><f>E1+1</f></c><c r="F2" t="s"><v>3</v></c><c r="G2" t="s"><v>4</v></c><c r="H2" t="inlineStr"><is><r><t>ka</t></r><r><rPr><i/></rPr><t>ta</t></r></is></c></row>
<row r="4"><c r="A4"><f t="shared" ref="A4:C5" si="0">E1+$E$1+E$1+$E1+SUM(E1:F2)+IKU06_HASIL+Data!E1+LOG10(E1)</f><v>1</v></c><c r="B4"><f t="shared" si="0"/><v>2</v></c><c r="C4"><f t="shared" si="0"/><v>3</v></c></row>
<row r="5"><c r="A5"><f t="shared" si="0"/><v>4</v></c><c r="B5"><f t="shared" si="0"/><v>5</v></c><c r="C5"><f t="shared" si="0"/><v>6</v></c><c r="D5"><f t="shared" ref="D5:D6" si="1">IF(A5&gt;0,A5,-A5)</f><v>4</v></c></row>
<row r="6"><c r="D6"><f t="shared" si="1"/><v>-2</v></c></row>
<row r="7"><c r="A7"><f t="array" ref="A7:A8">E1:E2*2</f><v>3</v></c></row>
<row r="8"><c r="A8"><v>5</v></c><c r="B8" s="1"><v>46037</v></c><c r="C8" s="1"><f>B8+1</f><v>46038</v></c></row>
<row r="10"><c r="A10" t="s"><v>0</v></c><c r="B10"><v>99</v></c><c r="C10"><v>7</v></c></row>
<row r="11"><c r="A11"><v>98</v></c><c r="B11"><v>97</v></c></row>
<row r="12"><c r="I12"><v>1E-3</v></c></row>
</sheetData><mergeCells count="2"><mergeCell ref="A10:B11"/><mergeCell ref="E10:F10"/></mergeCells><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting>`;

describe("hand-made XML: every kind of cell", () => {
  const dir = tempDir("iku-xlsx-edge-");

  test("strings, numbers, booleans, errors, formulas, shared and array formulas, merges", async () => {
    const file = path.join(dir, "agreed.xlsx");
    await handMade(
      file,
      [
        { name: "Data", xml: AGREED_SHEET },
        { name: "Kosong", xml: "<sheetData/>" },
      ],
      STRINGS,
      STYLES
    );
    const { grid, pkg } = await loadWorkbookFile(file);
    expect(gridDifferences(grid, await exceljsGrid(file))).toEqual([]);
    const [data, empty] = grid.sheets;
    expect(empty).toEqual({ name: "Kosong", origin: "A1", values: [], formulas: [] });
    const halo = 'Halo & <dunia> "ok"';
    expect(data.values[0]).toEqual([
      halo,
      "Tebal biasa ",
      "a\rb _x0041_ Ω",
      "sebaris",
      1.5,
      true,
      false,
      "#N/A",
      "",
    ]);
    expect(data.values[1]).toEqual([3, `${halo}!`, true, "#DIV/0!", "", "", "漢字", "kata"]);
    expect(data.formulas[1]).toEqual([
      "=E1*2",
      '=A1&"!"',
      "=E1>1",
      "=1/0",
      "=E1+1",
      "",
      "漢字",
      "kata",
    ]);
    expect(data.values[2]).toEqual([]);
    expect(data.formulas[3][0]).toBe("=E1+$E$1+E$1+$E1+SUM(E1:F2)+IKU06_HASIL+Data!E1+LOG10(E1)");
    expect(data.formulas[3][1]).toBe("=F1+$E$1+F$1+$E1+SUM(F1:G2)+IKU06_HASIL+Data!F1+LOG10(F1)");
    expect(data.formulas[3][2]).toBe("=G1+$E$1+G$1+$E1+SUM(G1:H2)+IKU06_HASIL+Data!G1+LOG10(G1)");
    expect(data.formulas[4][0]).toBe("=E2+$E$1+E$1+$E2+SUM(E2:F3)+IKU06_HASIL+Data!E2+LOG10(E2)");
    expect(data.formulas[4][2]).toBe("=G2+$E$1+G$1+$E2+SUM(G2:H3)+IKU06_HASIL+Data!G2+LOG10(G2)");
    expect(data.formulas[5]).toEqual(["", "", "", "=IF(A6>0,A6,-A6)"]);
    expect(data.values[5]).toEqual(["", "", "", -2]);
    // The array formula in its first cell; the other cells of its range hold values.
    expect(data.formulas[6]).toEqual(["=E1:E2*2"]);
    expect(data.formulas[7]).toEqual([5, 46037, "=B8+1"]);
    expect(data.values[7]).toEqual([5, 46037, 46038]);
    // A10:B11 merged: only A10 keeps its value; C10 is outside the merge.
    expect(data.values[9]).toEqual([halo, "", 7]);
    expect(data.values[10]).toEqual([]);
    expect(data.values[11]).toEqual(["", "", "", "", "", "", "", "", 0.001]);
    // The first row is as wide as the used range.
    expect(data.values[0]).toHaveLength(9);
    // Names: a sheet-scoped one with its sheet; the raw list keeps localSheetId.
    expect(grid.names).toEqual([
      { name: "IKU06_HASIL", refersTo: "=Data!$E$1" },
      { name: "Lokal", refersTo: "=Data!$A$1", sheet: "Data" },
    ]);
    expect(pkg.names.find((n) => n.name === "Lokal")?.localSheetId).toBe(0);
  });

  test("where exceljs was wrong the reader follows Excel (each case against the oracle)", async () => {
    const file = path.join(dir, "differ.xlsx");
    const sheet = `<sheetData>
<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">"B1"&amp;B1&amp;SUM(B:B)&amp;INDEX(2:2,1)</f><v>1</v></c><c r="B1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c><c r="C1" s="1"><v>46037.123456789</v></c><c r="D1" t="inlineStr"><is><t>x_x0041_</t></is></c><c r="E1"><f>A1-A1</f><v>0</v></c><c r="F1" t="b"><f>A1&gt;9</f><v>0</v></c></row>
<row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>
</sheetData>`;
    await handMade(file, [{ name: "Data", xml: sheet }], [], STYLES);
    const [data] = (await loadWorkbookFile(file)).grid.sheets;
    const [old] = (await exceljsGrid(file)).sheets;
    // A shared formula: quoted text is not a reference; whole columns and rows move (exceljs
    // moved "B1" inside the text and left B:B and 2:2 where they were).
    expect(data.formulas[0][0]).toBe('="B1"&B1&SUM(B:B)&INDEX(2:2,1)');
    expect(data.formulas[1][0]).toBe('="B1"&B2&SUM(B:B)&INDEX(3:3,1)');
    expect(old.formulas[1][0]).toBe('="B2"&B2&SUM(B:B)&INDEX(2:2,1)');
    // Text decoded once: the cached text is "&lt;" (exceljs decoded it a second time to "<").
    expect(data.values[0][1]).toBe("&lt;");
    expect(old.values[0][1]).toBe("<");
    // A date-formatted number is Excel's serial as stored (exceljs rounded it to a millisecond).
    expect(data.values[0][2]).toBe(46037.123456789);
    expect(old.values[0][2]).not.toBe(46037.123456789);
    expect(Math.abs((old.values[0][2] as number) - 46037.123456789)).toBeLessThan(1e-8);
    // Excel's _xHHHH_ escape in an inline string, as in shared strings.
    expect(data.values[0][3]).toBe("xA");
    expect(old.values[0][3]).toBe("x_x0041_");
    // A formula's cached 0 and FALSE are values (exceljs's cell model dropped falsy results).
    expect(data.values[0].slice(4)).toEqual([0, false]);
    expect(old.values[0].slice(4)).toEqual(["", ""]);
    expect(data.formulas[0].slice(4)).toEqual(["=A1-A1", "=A1>9"]);
  });

  test("rows without a number and prefixed element names are read (exceljs could not)", async () => {
    const noNumber = path.join(dir, "row-without-r.xlsx");
    await handMade(noNumber, [
      {
        name: "Data",
        xml: '<sheetData><row r="2"><c r="B2"><v>2</v></c></row><row><c><v>3</v></c><c><v>4</v></c></row></sheetData>',
      },
    ]);
    expect((await loadWorkbookFile(noNumber)).grid.sheets[0].values).toEqual([
      ["", ""],
      ["", 2],
      [3, 4],
    ]);
    await expect(exceljsGrid(noNumber)).rejects.toMatchObject({ code: "corrupt" });
    const prefixed = path.join(dir, "prefixed.xlsx");
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>8</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    await handMade(prefixed, [{ name: "Awalan", xml, raw: true }]);
    expect((await loadWorkbookFile(prefixed)).grid.sheets[0].values).toEqual([[8]]);
    const old = await exceljsGrid(prefixed).then(
      (g) => g.sheets[0].values,
      () => "refused"
    );
    expect(old).not.toEqual([[8]]);
  });

  test("a chart sheet is not a worksheet: left out of the grid (exceljs refused the file)", async () => {
    const file = path.join(dir, "chartsheet.xlsx");
    await handMade(file, [
      { name: "Data", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
    ]);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const wbXml = (await zip.file("xl/workbook.xml")!.async("string")).replace(
      "</sheets>",
      '<sheet name="Grafik" sheetId="9" r:id="rIdC"/></sheets>'
    );
    zip.file("xl/workbook.xml", wbXml);
    const relsXml = (await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).replace(
      "</Relationships>",
      `<Relationship Id="rIdC" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`
    );
    zip.file("xl/_rels/workbook.xml.rels", relsXml);
    zip.file("xl/chartsheets/sheet1.xml", `<?xml version="1.0"?><chartsheet xmlns="${MAIN}"/>`);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    const { grid, pkg } = await loadWorkbookFile(file);
    expect(grid.sheets.map((s) => s.name)).toEqual(["Data"]);
    // The raw sheet list keeps it: a name's localSheetId counts it.
    expect(pkg.sheetNames).toEqual(["Data", "Grafik"]);
    await expect(exceljsGrid(file)).rejects.toMatchObject({ code: "missingSheetPart" });
  });

  test("broken cell XML: not well-formed, a missing shared string, overlapping merges → corrupt; cells are counted", async () => {
    const cases = {
      unclosed: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>',
      entity: '<sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData>',
      noString: '<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData>',
      overlap:
        '<sheetData/><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
    };
    for (const [name, xml] of Object.entries(cases)) {
      const file = path.join(dir, `broken-${name}.xlsx`);
      await handMade(file, [{ name: "Data", xml }]);
      await expect(loadWorkbookFile(file)).rejects.toMatchObject({ code: "corrupt" });
    }
  });
});

describe("the strict scanner leaves what it does not check to the XML parser", () => {
  const sink = { open() {}, text() {}, close() {} };
  const wrap = (cells: string) =>
    `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

  test.each([
    ["a comment", '<!-- x --><c r="A1"><v>1</v></c>'],
    ["CDATA", '<c r="A1" t="str"><v><![CDATA[a<b]]></v></c>'],
    ["a line break in an attribute value", '<c r="A1" t="s\ntr"><v>a</v></c>'],
    ["an unknown entity", '<c r="A1" t="str"><v>&nbsp;</v></c>'],
    ["mismatched tags", '<c r="A1"><v>1</c></v>'],
  ])("%s", (_what, cells) => {
    expect(() => scanXml(wrap(cells), sink)).toThrow(ScanGaveUp);
  });

  test("well-formed parts it gives up on are read by the parser, with the same cells", async () => {
    const file = path.join(tempDir(), "parser.xlsx");
    const xml = `<sheetData><!-- staff note --><row r="1"><c r='A1' t="str"><v><![CDATA[a<b]]></v></c><c r="B1" t="str"><v>&#x41;&#66;</v></c><c r="C1"
      t="str"><v>dua
baris</v></c></row></sheetData>`;
    await handMade(file, [{ name: "Data", xml }]);
    const { grid } = await loadWorkbookFile(file);
    expect(grid.sheets[0].values).toEqual([["a<b", "AB", "dua\nbaris"]]);
    // CDATA is text in XML; exceljs skipped it.
    expect((await exceljsGrid(file)).sheets[0].values).toEqual([["", "AB", "dua\nbaris"]]);
  });
});

describe("shared formula translation", () => {
  test.each([
    ["A1+B2", 1, 2, "C2+D3"],
    ["$A1+A$1+$A$1", 3, 3, "$A4+D$1+$A$1"],
    ["SUM(A1:B2)*'Lain sheet'!C3", 1, 0, "SUM(A2:B3)*'Lain sheet'!C4"],
    ['"A1"&A1&"say ""A1"""', 1, 0, '"A1"&A2&"say ""A1"""'],
    ["IKU06_PEMBILANG/IKU06_PENYEBUT*100", 5, 5, "IKU06_PEMBILANG/IKU06_PENYEBUT*100"],
    ["LOG10(A1)+ATAN2(1,2)", 1, 1, "LOG10(B2)+ATAN2(1,2)"],
    ["A:A+$B:C+1:1+$2:3", 1, 1, "B:B+$B:D+2:2+$2:4"],
    ["Table1[[#This Row],[A1]]+[1]Sheet1!A1", 1, 0, "Table1[[#This Row],[A1]]+[1]Sheet1!A2"],
    ["#REF!+A1#+1.5E+3+IF(TRUE,#N/A)", 1, 0, "#REF!+A2#+1.5E+3+IF(TRUE,#N/A)"],
    ["XFD1+A1048576", 0, 1, "#REF!+B1048576"],
    ["A1048576", 1, 0, "#REF!"],
    ["ABCD1+XFE1", 1, 1, "ABCD1+XFE1"],
  ])("%s moved by (%i, %i)", (formula, dRow, dCol, expected) => {
    expect(translateFormula(formula, dRow, dCol)).toBe(expected);
  });
});

describe("UTF-8 decoding of parts", () => {
  test("the same text as Buffer.toString for ASCII, multi-byte and invalid bytes", () => {
    const samples = [
      Buffer.from("<a>plain</a>"),
      Buffer.from("Ω ≥ 😀 é — 漢字 end"),
      Buffer.from([
        0x41, 0xc3, 0x28, 0x42, 0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xc0,
        0xaf,
      ]),
      Buffer.alloc(0),
    ];
    for (const b of samples) expect(decodeUtf8(b)).toBe(b.toString("utf8"));
  });
});

describe("the exceljs oracle writer", () => {
  test("writes formulas with results and error values", async () => {
    const file = path.join(tempDir(), "w.xlsx");
    await writeGridAsXlsx(
      {
        workbook: "w",
        sheets: [
          {
            name: "S",
            origin: "A1",
            values: [[1, "#DIV/0!", "x"]],
            formulas: [["=0+1", "=1/0", "x"]],
          },
        ],
        names: [],
      },
      file
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet("S")!.getCell("B1").value).toEqual({
      formula: "1/0",
      result: { error: "#DIV/0!" },
    });
  });
});
