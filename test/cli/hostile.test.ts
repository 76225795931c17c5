import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describeValueType } from "../../src/core/messages/functions";
import { buildSheetPlan, columnLetter, parseAddress } from "../../src/core/sheet/plan";
import { CATALOGUE } from "../../src/core/catalogue";
import { readXlsxBytes } from "../../src/cli/xlsx-read";
import { BIN, hasStackTrace, ROOT, runCli, tempDir, validInputs } from "./helpers";
import {
  deflated,
  deflatedZeros,
  editPackage,
  packageWith,
  partsOf,
  sheetXml,
  workbookXml,
  zipBytes,
} from "./hostile-inputs";

/**
 * Hostile inputs of issue 11, each built here at test time: the exit code, the message and the
 * files' bytes are asserted. Every CLI run is a child process with a time limit (a stall fails
 * the test through the limit, never through a timed assertion).
 */

jest.setTimeout(240_000);

const LIMIT_MS = 180_000;

interface BinResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function bin(args: string[], env: NodeJS.ProcessEnv = {}): Promise<BinResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, LANG: "id_ID.UTF-8", ...env },
        timeout: LIMIT_MS,
        killSignal: "SIGKILL",
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const e = error as (Error & { code?: number; signal?: NodeJS.Signals }) | null;
        resolve({
          code: e ? (typeof e.code === "number" ? e.code : null) : 0,
          signal: e?.signal ?? null,
          stdout,
          stderr,
        });
      }
    );
  });
}

interface JsonFiles {
  files: { file: string; error?: string; findings: { rule: string; severity: string }[] }[];
}

const PLAN = buildSheetPlan({
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName: "IKU 2026",
  mode: "excel",
});

async function generated(file: string, extra: string[] = []): Promise<void> {
  const r = await runCli(["generate", "--out", file, "--tahun", "2026", ...extra]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
}

describe("iku audit on hostile files", () => {
  let dir: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    dir = tempDir("iku-hostile-");
    const f = (name: string) => (files[name] = path.join(dir, `${name}.xlsx`));
    await generated(f("good"));
    await fs.copyFile(files.good, f("good2"));
    const zeros = await deflatedZeros(500);
    // A bomb whose directory tells the truth: 500 MB in one part.
    await fs.writeFile(
      f("bombHonest"),
      packageWith({
        name: "xl/worksheets/sheet1.xml",
        compressed: zeros,
        declaredSize: 500 * 1024 * 1024,
      })
    );
    // A bomb whose directory lies: it declares 4 KB.
    await fs.writeFile(
      f("bombLying"),
      packageWith({ name: "xl/worksheets/sheet1.xml", compressed: zeros, declaredSize: 4096 })
    );
    // 10,001 tiny parts.
    const many = [];
    for (let i = 0; i < 10_001; i++) many.push(deflated(`xl/media/p${i}.xml`, "<a/>"));
    await fs.writeFile(f("manyParts"), zipBytes(many));
    // 150,000 unclosed <definedName> tags (the input that cost 208 s of CPU to a regex).
    await fs.writeFile(
      f("unclosedNames"),
      packageWith(
        deflated("xl/worksheets/sheet1.xml", sheetXml("")),
        workbookXml(`<definedNames>${'<definedName name="a">'.repeat(150_000)}</definedNames>`)
      )
    );
    // One stray cell at XFD1048576 next to the IKU sheet: a real sheet of one cell.
    await generated(f("strayCell"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.strayCell);
    wb.addWorksheet("Lain").getCell("XFD1048576").value = 1;
    await wb.xlsx.writeFile(files.strayCell);
    // The IKU sheet's part removed from the package (its 110 names still there).
    await generated(f("missingPart"));
    await editPackage(files.missingPart, (zip) => {
      zip.remove("xl/worksheets/sheet1.xml");
    });
    // No IKU sheet at all.
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Lain").getCell("A1").value = 5;
    await plain.xlsx.writeFile(f("noIku"));
  });

  test("one batch: every hostile file gets its own clear message, the good ones are audited, order kept", async () => {
    const order = [
      "good",
      "bombHonest",
      "bombLying",
      "manyParts",
      "unclosedNames",
      "strayCell",
      "missingPart",
      "noIku",
      "good2",
    ].map((k) => files[k]);
    const r = await bin(["audit", "--json", ...order]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const out = JSON.parse(r.stdout) as JsonFiles;
    expect(out.files.map((x) => x.file)).toEqual(order);
    const by = new Map(out.files.map((x) => [x.file, x]));
    for (const k of ["bombHonest", "bombLying", "manyParts"]) {
      expect(by.get(files[k])?.error).toContain("terlalu besar setelah dibuka");
      expect(by.get(files[k])?.error).not.toContain("rusak");
    }
    expect(by.get(files.unclosedNames)?.error).toContain("rusak");
    expect(by.get(files.missingPart)?.error).toContain(
      "tidak lengkap: lembar IKU 2026 (xl/worksheets/sheet1.xml)"
    );
    // Counted, not a bounding box: the stray cell does not make the file unusable.
    expect(by.get(files.strayCell)?.error).toBeUndefined();
    expect(by.get(files.strayCell)?.findings.some((x) => x.rule === "workbook.noIkuSheet")).toBe(
      false
    );
    expect(by.get(files.noIku)?.findings.map((x) => x.rule)).toEqual(["workbook.noIkuSheet"]);
    for (const k of ["good", "good2"]) {
      expect(by.get(files[k])?.error).toBeUndefined();
      expect(by.get(files[k])?.findings.length).toBeGreaterThan(0);
    }
  });

  test("the bomb's message in English with LANG=en", async () => {
    const r = await bin(["audit", files.bombLying], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("too large once unpacked");
  });

  test("a file that exhausts its worker's memory loses only its own result", async () => {
    // A legal but heavy sheet (2,400,000 cells, each after the previous one, without its
    // reference) under a 160 MB heap cap; the small files fit. The audit's own sheet reader
    // holds 600,000 cells in about 50 MB, where exceljs needed more than the cap.
    const heavy = path.join(dir, "heavy.xlsx");
    const rows: string[] = [];
    for (let r = 1; r <= 300_000; r++) {
      let cells = "";
      for (let c = 0; c < 8; c++) cells += `<c><v>${r + c}</v></c>`;
      rows.push(`<row r="${r}">${cells}</row>`);
    }
    await fs.writeFile(
      heavy,
      packageWith(deflated("xl/worksheets/sheet1.xml", sheetXml(rows.join(""))))
    );
    const r = await bin(["audit", "--json", files.good, heavy, files.good2], {
      IKU_AUDIT_MEMORY_MB: "160",
    });
    if (r.code !== 2) console.log(r.stdout, r.stderr);
    expect(r.signal).toBeNull();
    const out = JSON.parse(r.stdout) as JsonFiles;
    expect(out.files.map((x) => x.file)).toEqual([files.good, heavy, files.good2]);
    expect(out.files[1].error).toContain("batas memori 160 MB");
    expect(out.files[0].error).toBeUndefined();
    expect(out.files[2].error).toBeUndefined();
    expect(r.code).toBe(2);
    // A file that takes longer than the time limit is stopped there, with its own message.
    const slow = await bin(["audit", heavy], { IKU_AUDIT_TIMEOUT: "1" });
    expect(slow.signal).toBeNull();
    expect(slow.code).toBe(2);
    expect(slow.stderr).toContain("melewati batas waktu 1 detik");
  });

  test("--update of a workbook too large for its memory cap: a message, the file unchanged", async () => {
    const big = path.join(dir, "besar.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    for (let r = 1; r <= 60_000; r++)
      ws.addRow([r, r + 1, r + 2, r + 3, r + 4, r + 5, r + 6, r + 7]);
    await wb.xlsx.writeFile(big);
    const before = await fs.readFile(big);
    const r = await bin(["generate", "--update", big], { IKU_AUDIT_MEMORY_MB: "96" });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("terlalu besar untuk diperbarui dalam batas memori 96 MB");
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).not.toContain("FATAL");
    expect((await fs.readFile(big)).equals(before)).toBe(true);
  });

  test("a closed pipe (| head) ends the audit with exit 141, not 0", async () => {
    const r = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      execFile(
        "bash",
        [
          "-c",
          `"${process.execPath}" "${BIN}" audit "$1" "$2" "$3" | head -c 10; echo "rc=\${PIPESTATUS[0]}"`,
          "bash",
          files.good,
          files.good2,
          files.good,
        ],
        { cwd: ROOT, timeout: LIMIT_MS, env: { PATH: process.env.PATH, LANG: "id_ID.UTF-8" } },
        (_e, stdout, stderr) => resolve({ stdout, stderr })
      );
    });
    expect(r.stdout).toContain("rc=141");
    expect(r.stderr).toContain("keluaran ditutup");
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test("an unreadable file says so, not 'not found'", async () => {
    const spy = jest
      .spyOn(fs, "readFile")
      .mockRejectedValueOnce(Object.assign(new Error("EACCES"), { code: "EACCES" }));
    try {
      await expect(readXlsxBytes(files.good)).rejects.toMatchObject({ code: "unreadable" });
    } finally {
      spy.mockRestore();
    }
    const spy2 = jest
      .spyOn(fs, "stat")
      .mockRejectedValueOnce(Object.assign(new Error("EACCES"), { code: "EACCES" }));
    try {
      const r = await runCli(["audit", files.good]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("ada tetapi tidak dapat dibaca");
      expect(r.stderr).not.toContain("tidak ditemukan");
    } finally {
      spy2.mockRestore();
    }
  });
});

describe("iku generate on hostile options", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("iku-hostile-gen-");
  });

  test("control characters in --sheet and --nama are refused, nothing written", async () => {
    for (const [opt, value, text] of [
      ["--sheet", "IKU\t2026", "Nama lembar tidak boleh memuat karakter kendali"],
      ["--sheet", "IKU\n2026", "Nama lembar tidak boleh memuat karakter kendali"],
      ["--nama", "Dinas Sosial\u0007", "Nama perangkat daerah tidak boleh memuat karakter kendali"],
      ["--nama", "Dinas Sosial\n", "Nama perangkat daerah tidak boleh memuat karakter kendali"],
    ]) {
      const file = path.join(dir, "kendali.xlsx");
      const r = await runCli(["generate", "--out", file, opt, value]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${opt}: ${text}`);
      await expect(fs.stat(file)).rejects.toMatchObject({ code: "ENOENT" });
    }
  });

  test("--tahun -1 is a year out of range, not a missing value", async () => {
    const r = await runCli(["generate", "--out", path.join(dir, "t.xlsx"), "--tahun", "-1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--tahun: Tahun harus antara 2000 dan 2100.");
    expect(r.stderr).not.toContain("memerlukan nilai");
    const en = await runCli(["generate", "--out", path.join(dir, "t.xlsx"), "--tahun", "-1"], {
      LANG: "en_US.UTF-8",
    });
    expect(en.stderr).toContain("The year must be between 2000 and 2100.");
  });

  test("NaN is named as not a number", () => {
    expect(describeValueType(NaN)).toBe("nilai yang bukan angka (NaN)");
    expect(describeValueType(Infinity)).toBe("angka tak hingga");
  });

  test("every sheet name generate accepts round-trips through audit and update", async () => {
    for (const name of ["&lt;x", '&amp;<>"', "Ab'c", "Data (2026) ©", "IKU 2026 #1"]) {
      const file = path.join(dir, "nama.xlsx");
      await fs.rm(file, { force: true });
      await generated(file, ["--sheet", name]);
      const a = await runCli(["audit", "--json", file]);
      const out = JSON.parse(a.stdout) as JsonFiles;
      expect(out.files[0].error).toBeUndefined();
      expect(out.files[0].findings.some((f) => f.rule === "workbook.noIkuSheet")).toBe(false);
      const u = await runCli(["generate", "--update", file]);
      expect(u.stderr).toBe("");
      expect(u.code).toBe(0);
      expect(u.stdout).toContain(`"${name}"`);
      const again = JSON.parse((await runCli(["audit", "--json", file])).stdout) as JsonFiles;
      expect(again.files[0].findings.some((f) => f.rule === "workbook.noIkuSheet")).toBe(false);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets).toHaveLength(1);
    }
  });

  test("write failures are told in words: folder, disk full, read-only, in English too", async () => {
    const folder = path.join(dir, "folder.xlsx");
    await fs.mkdir(folder);
    const r = await runCli(["generate", "--out", folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nama itu adalah sebuah folder, bukan berkas");

    const file = path.join(dir, "penuh.xlsx");
    await generated(file);
    const before = await fs.readFile(file);
    for (const [code, id, en] of [
      ["ENOSPC", "ruang disk penuh", "the disk is full"],
      ["EROFS", "hanya-baca", "read-only"],
    ]) {
      const spy = jest
        .spyOn(fs, "writeFile")
        .mockRejectedValue(Object.assign(new Error(code), { code }));
      try {
        const u = await runCli(["generate", "--update", file]);
        expect(u.code).toBe(2);
        expect(u.stderr).toContain(id);
        expect(u.stderr).toContain("Berkas tidak diubah");
        expect(u.stderr).not.toContain(code);
        const e = await runCli(["generate", "--update", file], { LANG: "en_US.UTF-8" });
        expect(e.stderr).toContain(en);
      } finally {
        spy.mockRestore();
      }
      expect((await fs.readFile(file)).equals(before)).toBe(true);
    }
  });
});

describe("iku generate --update keeps what it did not make", () => {
  let dir: string;
  let file: string;
  const HASHED =
    '<sheetProtection algorithmName="SHA-512" hashValue="dGVzdGhhc2h0ZXN0aGFzaHRlc3RoYXNodGVzdGhhc2g=" saltValue="c2FsdHNhbHRzYWx0c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1" selectLockedCells="0" selectUnlockedCells="0"/>';
  const inputs = [...validInputs(PLAN)].slice(0, 6);
  // Outside the table: a column two right of its last (one free column between), the next one,
  // and a row seven below its last.
  const [, tableEnd] = PLAN.range.split(":");
  const lastColumn = parseAddress(tableEnd).column;
  const OUT = columnLetter(lastColumn + 2);
  const OUT2 = columnLetter(lastColumn + 3);
  const BELOW = parseAddress(tableEnd).row + 7;

  beforeAll(async () => {
    dir = tempDir("iku-hostile-upd-");
    file = path.join(dir, "kerja.xlsx");
    await generated(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("IKU 2026")!;
    for (const [input, value] of inputs) ws.getCell(input.address).value = value;
    // Outside the table: comments, a validation, a merge, a width, a height, and the user's own
    // name that looks like the add-in's.
    expect(PLAN.cells.some((c) => parseAddress(c.address).column >= lastColumn + 1)).toBe(false);
    ws.getCell(`${OUT}5`).value = "Catatan saya";
    ws.getCell(`${OUT}5`).note = "komentar pertama";
    ws.getCell(`${OUT}${BELOW}`).value = "di bawah";
    ws.getCell(`${OUT}${BELOW}`).note = "komentar kedua";
    ws.getCell(`${OUT}3`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"ya,tidak"'],
    };
    ws.getCell(`${OUT}10`).value = "gabung";
    ws.mergeCells(`${OUT}10:${OUT2}11`);
    ws.getColumn(OUT).width = 33;
    ws.getRow(BELOW).height = 42;
    wb.definedNames.add(`'IKU 2026'!$${OUT}$5`, "IKU06_CATATAN");
    await wb.xlsx.writeFile(file);
    // Elsewhere in the package: a text box (drawing), a custom property, a connection, and the
    // sheet's protection with a password hash.
    await editPackage(file, async (zip) => {
      const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
      zip.file(
        "xl/drawings/drawing1.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>${lastColumn + 2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${lastColumn + 5}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>24</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Kotak Teks 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="731520"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Diperiksa oleh Kabid</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
      );
      const relsPath = "xl/worksheets/_rels/sheet1.xml.rels";
      zip.file(
        relsPath,
        (await text(relsPath)).replace(
          "</Relationships>",
          '<Relationship Id="rIdTextBox" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
        )
      );
      let sheet = await text("xl/worksheets/sheet1.xml");
      sheet = sheet.replace(/<sheetProtection[^>]*\/>/, HASHED);
      sheet = sheet.replace("<legacyDrawing", '<drawing r:id="rIdTextBox"/><legacyDrawing');
      zip.file("xl/worksheets/sheet1.xml", sheet);
      zip.file(
        "docProps/custom.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Klasifikasi"><vt:lpwstr>Terbatas</vt:lpwstr></property></Properties>`
      );
      zip.file(
        "_rels/.rels",
        (await text("_rels/.rels")).replace(
          "</Relationships>",
          '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'
        )
      );
      zip.file(
        "xl/connections.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><connection id="1" name="Data SIKS" type="1" refreshedVersion="6" background="1"><dbPr connection="DSN=SIKS;" command="SELECT 1"/></connection></connections>`
      );
      zip.file(
        "xl/_rels/workbook.xml.rels",
        (await text("xl/_rels/workbook.xml.rels")).replace(
          "</Relationships>",
          '<Relationship Id="rIdConn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/connections" Target="connections.xml"/></Relationships>'
        )
      );
      zip.file(
        "[Content_Types].xml",
        (await text("[Content_Types].xml")).replace(
          "</Types>",
          '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/xl/connections.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml"/></Types>'
        )
      );
    });
  });

  test("every other part is byte-for-byte the same; the sheet keeps comments, validation, merge, width, height, text box, protection hash; the user's name stays", async () => {
    const before = await partsOf(file);
    const r = await bin(["generate", "--update", file]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${inputs.length} isian/target dipertahankan`);
    const after = await partsOf(file);
    const rewritten = ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"];
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [part, bytes] of before) {
      if (rewritten.includes(part)) continue;
      expect({ part, same: after.get(part)?.equals(bytes) }).toEqual({ part, same: true });
    }
    const oldSheet = before.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    const sheet = after.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    expect(sheet).toContain(HASHED);
    expect(sheet).toContain('<drawing r:id="rIdTextBox"/>');
    expect(sheet).toMatch(/<legacyDrawing r:id="[^"]+"\/>/);
    expect(sheet).toContain(`<mergeCell ref="${OUT}10:${OUT2}11"/>`);
    expect(sheet).toMatch(new RegExp(`<dataValidation [^>]*sqref="${OUT}3"`));
    const outIndex = lastColumn + 2;
    expect(sheet).toMatch(new RegExp(`<col min="${outIndex}" max="${outIndex}" width="33"`));
    expect(sheet).toMatch(new RegExp(`<row r="${BELOW}"[^>]* ht="42"`));
    // The carried cells are the old cells, byte for byte (same string index, same style).
    for (const ref of [`${OUT}5`, `${OUT}10`, `${OUT}${BELOW}`]) {
      const cell = new RegExp(`<c r="${ref}"[^>]*>.*?</c>`).exec(oldSheet)?.[0];
      expect(cell).toBeDefined();
      expect(sheet).toContain(cell);
    }
    const workbook = after.get("xl/workbook.xml")!.toString("utf8");
    expect(workbook).toMatch(
      new RegExp(
        `<definedName name="IKU06_CATATAN">(&apos;|')IKU 2026(&apos;|')!\\$${OUT}\\$5</definedName>`
      )
    );
    // The typed inputs are back in their cells.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("IKU 2026")!;
    for (const [input, value] of inputs) expect(ws.getCell(input.address).value).toBe(value);
    expect(ws.getCell(`${OUT}5`).note).toBeDefined();
    // And the result audits as an IKU sheet.
    const a = JSON.parse((await bin(["audit", "--json", file])).stdout) as JsonFiles;
    expect(a.files[0].error).toBeUndefined();
    expect(a.files[0].findings.some((f) => f.rule === "workbook.noIkuSheet")).toBe(false);
  });

  test("a second update changes nothing (styles are not appended again)", async () => {
    const before = await partsOf(file);
    expect((await runCli(["generate", "--update", file])).code).toBe(0);
    const after = await partsOf(file);
    for (const [part, bytes] of before) {
      expect({ part, same: after.get(part)?.equals(bytes) }).toEqual({ part, same: true });
    }
  });

  test("what cannot be kept is refused before writing, listed with where it is", async () => {
    // A validation from the table's last column into the next.
    const crossing = `${columnLetter(lastColumn)}30:${columnLetter(lastColumn + 1)}31`;
    const copy = path.join(dir, "lintas.xlsx");
    await fs.copyFile(file, copy);
    await editPackage(copy, async (zip) => {
      const p = "xl/worksheets/sheet1.xml";
      const xml = ((await zip.file(p)?.async("string")) ?? "").replace(
        "</dataValidations>",
        `<dataValidation type="whole" allowBlank="1" sqref="${crossing}"><formula1>0</formula1></dataValidation></dataValidations>`
      );
      zip.file(p, xml);
    });
    const before = await fs.readFile(copy);
    const r = await runCli(["generate", "--update", copy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`validasi data ${crossing} melintasi batas tabel IKU`);
    expect(r.stderr).toContain("Berkas tidak diubah");
    expect((await fs.readFile(copy)).equals(before)).toBe(true);
  });

  test("workbook protection: an empty element protects nothing; a locked structure refuses a new sheet", async () => {
    for (const [element, ok] of [
      ["<workbookProtection/>", true],
      ['<workbookProtection lockStructure="1"/>', false],
    ] as const) {
      const plain = path.join(dir, ok ? "kosong.xlsx" : "terkunci.xlsx");
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Lain").getCell("C3").value = 7;
      await wb.xlsx.writeFile(plain);
      await editPackage(plain, async (zip) => {
        const xml = ((await zip.file("xl/workbook.xml")?.async("string")) ?? "").replace(
          /<bookViews|<sheets>/,
          (m) => `${element}${m}`
        );
        expect(xml).toContain(element);
        zip.file("xl/workbook.xml", xml);
      });
      const before = await fs.readFile(plain);
      const r = await runCli(["generate", "--update", plain, "--tahun", "2026"]);
      if (ok) {
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        const back = new ExcelJS.Workbook();
        await back.xlsx.readFile(plain);
        expect(back.worksheets.map((w) => w.name)).toEqual(["Lain", "IKU 2026"]);
      } else {
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("struktur buku kerja dilindungi");
        expect((await fs.readFile(plain)).equals(before)).toBe(true);
      }
    }
  });

  test("a package without a styles part gets one; the other parts stay as they were", async () => {
    const bare = path.join(dir, "tanpa-gaya.xlsx");
    await fs.writeFile(
      bare,
      packageWith(
        deflated("xl/worksheets/sheet1.xml", sheetXml('<row r="1"><c r="A1"><v>5</v></c></row>'))
      )
    );
    const before = await partsOf(bare);
    const r = await runCli(["generate", "--update", bare, "--tahun", "2026"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const after = await partsOf(bare);
    expect(after.has("xl/styles.xml")).toBe(true);
    expect(
      after.get("xl/worksheets/sheet1.xml")?.equals(before.get("xl/worksheets/sheet1.xml")!)
    ).toBe(true);
    const a = JSON.parse((await runCli(["audit", "--json", bare])).stdout) as JsonFiles;
    expect(a.files[0].error).toBeUndefined();
    expect(a.files[0].findings.some((f) => f.rule === "workbook.noIkuSheet")).toBe(false);
  });

  test("through a symbolic link: the link stays, the target is updated with its mode and owner", async () => {
    const realDir = path.join(dir, "asli");
    await fs.mkdir(realDir);
    const target = path.join(realDir, "target.xlsx");
    await fs.copyFile(file, target);
    await fs.chmod(target, 0o600);
    const isRoot = process.getuid?.() === 0;
    // As root the test can give the file to another user, as the case has it.
    if (isRoot) await fs.chown(target, 65534, 65534);
    const link = path.join(dir, "tautan.xlsx");
    await fs.symlink(target, link);
    const before = await fs.stat(target);
    const beforeBytes = await fs.readFile(target);
    const r = await runCli(["generate", "--update", link, "--nama", "Dinas Sosial Bontang"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(link)).toBe(target);
    const after = await fs.stat(target);
    expect((await fs.readFile(target)).equals(beforeBytes)).toBe(false);
    expect(after.mode & 0o7777).toBe(0o600);
    expect(after.uid).toBe(before.uid);
    expect(after.gid).toBe(before.gid);
    expect(await fs.readdir(realDir)).toEqual(["target.xlsx"]);
  });
});
