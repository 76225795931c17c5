import { ATURAN_BAWAAN } from "../../../src/core/aturan";
import { CATALOGUE, sasaranOf } from "../../../src/core/catalogue";
import type { Catalogue } from "../../../src/core/catalogue";
import { runFunction } from "../../../src/core/calculation";
import { isCellError } from "../../../src/core/errors";
import { sheetText } from "../../../src/core/messages/sheet";
import { evaluatePlan, planInputs } from "../../../src/core/sheet/evaluate";
import {
  absoluteReference,
  buildSheetPlan,
  columnLetter,
  columnNumber,
  MARKER_NAME,
  parseAddress,
} from "../../../src/core/sheet/plan";
import type {
  FormulaMode,
  PlanCell,
  SheetPlan,
  SheetSettings,
} from "../../../src/core/sheet/types";
import { largeCatalogue } from "./fixtures";

const settings = (mode: FormulaMode, sheetName = "IKU 2026"): SheetSettings => ({
  tahun: 2026,
  namaPerangkatDaerah: CATALOGUE.agency.nama,
  sheetName,
  mode,
});

const iku = buildSheetPlan(settings("iku"));
const excel = buildSheetPlan(settings("excel"));

const cellAt = (plan: SheetPlan, address: string): PlanCell | undefined =>
  plan.cells.find((c) => c.address === address);
const named = (plan: SheetPlan, name: string): PlanCell => {
  const cell = plan.cells.find((c) => c.name === name);
  if (!cell) throw new Error(`no cell named ${name}`);
  return cell;
};
const texts = (plan: SheetPlan): string[] =>
  plan.cells.filter((c) => typeof c.value === "string").map((c) => c.value as string);
/** The defined names a formula refers to. */
const refs = (formula: string | undefined): string[] =>
  [...new Set((formula ?? "").match(/\bIKU\d{2,3}_[A-Z0-9_]+\b/g) ?? [])].sort();

describe("buildSheetPlan: the document's texts", () => {
  it("has the title, the agency, the year and the header block", () => {
    const t = texts(iku);
    expect(cellAt(iku, "A1")?.value).toBe("INDIKATOR KINERJA UTAMA");
    expect(t).toContain(CATALOGUE.agency.nama);
    expect(t).toContain("Tahun 2026");
    expect(t).toContain(CATALOGUE.agency.tugas);
    for (const f of CATALOGUE.agency.fungsi) expect(t).toContain(`${f.letter}. ${f.text}`);
    for (const label of Object.values(sheetText.header)) expect(t).toContain(label);
    for (const no of ["1.", "2.", "3.", "4."]) expect(t).toContain(no);
  });

  it("has the seven columns of the document and their numbering row (1) … (7)", () => {
    const { headerRow, numberingRow } = iku.table;
    sheetText.documentColumns.forEach((heading, i) => {
      expect(cellAt(iku, `${columnLetter(i + 1)}${headerRow}`)?.value).toBe(heading);
      expect(cellAt(iku, `${columnLetter(i + 1)}${numberingRow}`)?.value).toBe(`(${i + 1})`);
      // "(1)" would become -1 if Excel parsed it: text format.
      expect(cellAt(iku, `${columnLetter(i + 1)}${numberingRow}`)?.numberFormat).toBe("@");
    });
  });

  it("has all 18 indicators with their texts from the catalogue, one block each", () => {
    expect(iku.indicators).toHaveLength(18);
    expect(iku.indicators.map((i) => i.code).sort()).toEqual(
      CATALOGUE.indicators.map((i) => i.code).sort()
    );
    for (const ind of CATALOGUE.indicators) {
      const block = iku.indicators.find((b) => b.code === ind.code)!;
      const [first] = block.rows;
      const rowValues = iku.cells
        .filter((c) => parseAddress(c.address).row === first)
        .map((c) => c.value);
      expect(rowValues).toContain(ind.name);
      expect(rowValues).toContain(ind.formulaReading);
      expect(rowValues).toContain(ind.penanggungJawab);
      expect(rowValues).toContain(ind.sumberData);
      expect(rowValues).toContain(ind.satuan);
      expect(rowValues.includes(sheetText.timesHundred)).toBe(ind.timesHundred);
      for (const c of ind.components) expect(rowValues).toContain(c.label);
    }
  });

  it("numbers the sasaran (not the indicators) and merges No and Sasaran over their indicators", () => {
    for (const s of CATALOGUE.sasaran) {
      const members = CATALOGUE.indicators.filter((i) => i.sasaran === s.code);
      const blocks = iku.indicators.filter((b) => members.some((m) => m.code === b.code));
      const top = Math.min(...blocks.map((b) => b.rows[0]));
      const bottom = Math.max(...blocks.map((b) => b.rows[1]));
      expect(cellAt(iku, `A${top}`)?.value).toBe(s.no);
      expect(cellAt(iku, `B${top}`)?.value).toBe(s.name);
      expect(iku.merges).toContainEqual({ range: `A${top}:A${bottom}` });
      expect(iku.merges).toContainEqual({ range: `B${top}:B${bottom}` });
      expect(texts(iku).filter((t) => t === s.name)).toHaveLength(1);
    }
  });

  it("keeps the sasaran grouped even when the catalogue order mixes them", () => {
    const mixed: Catalogue = { ...CATALOGUE, indicators: [...CATALOGUE.indicators].reverse() };
    const plan = buildSheetPlan(settings("iku"), mixed);
    const sasaranNo = plan.indicators.map(
      (b) => sasaranOf(CATALOGUE.indicators.find((i) => i.code === b.code)!).no
    );
    expect(sasaranNo).toEqual([...sasaranNo].sort((a, b) => a - b));
  });
});

describe("buildSheetPlan: inputs, formulas and names", () => {
  const input = (plan: SheetPlan, code: string) =>
    plan.indicators.find((b) => b.code === code)!.inputs;

  it("gives IKU02 three inputs per quarter and IKU01 one, in fixed component columns", () => {
    expect(input(iku, "IKU02").map((i) => i.name)).toEqual(
      [1, 2, 3, 4].flatMap((q) => [
        `IKU02_PANTI_ASUHAN_TW${q}`,
        `IKU02_PANTI_JOMPO_TW${q}`,
        `IKU02_PANTI_REHABILITASI_TW${q}`,
      ])
    );
    expect(input(iku, "IKU01").map((i) => i.name)).toEqual(
      [1, 2, 3, 4].map((q) => `IKU01_NILAI_TW${q}`)
    );
    // Komponen k is the same column for every indicator, one row per quarter.
    const columnsOf = (code: string) => [
      ...new Set(input(iku, code).map((i) => columnLetter(parseAddress(i.address).column))),
    ];
    expect(columnsOf("IKU02")).toEqual(["I", "K", "M"]);
    expect(columnsOf("IKU06")).toEqual(["I", "K"]);
    expect(columnsOf("IKU01")).toEqual(["I"]);
    const block = iku.indicators.find((b) => b.code === "IKU06")!;
    expect(input(iku, "IKU06").map((i) => [i.triwulan, parseAddress(i.address).row])).toEqual(
      [1, 2, 3, 4].flatMap((q) => [
        [q, block.rows[0] + q],
        [q, block.rows[0] + q],
      ])
    );
    expect(block.rows[1] - block.rows[0]).toBe(4);
    // The quarter column says which row is which.
    expect([1, 2, 3, 4].map((q) => cellAt(iku, `H${block.rows[0] + q}`)?.value)).toEqual([
      "TW I",
      "TW II",
      "TW III",
      "TW IV",
    ]);
  });

  it("aggregates each component over the quarters: its value up to each quarter, the year's up to TW IV", () => {
    const block = iku.indicators.find((b) => b.code === "IKU03")!;
    // IKU03: the recipients add up (akumulasi), the PPKS registered are a position (posisi).
    expect(block.components.map((c) => [c.key, c.agregasi, c.toDate.map((r) => r.name)])).toEqual([
      [
        "PEMBILANG",
        "akumulasi",
        [
          "IKU03_PEMBILANG_SD_TW1",
          "IKU03_PEMBILANG_SD_TW2",
          "IKU03_PEMBILANG_SD_TW3",
          "IKU03_PEMBILANG",
        ],
      ],
      [
        "PENYEBUT",
        "posisi",
        [
          "IKU03_PENYEBUT_SD_TW1",
          "IKU03_PENYEBUT_SD_TW2",
          "IKU03_PENYEBUT_SD_TW3",
          "IKU03_PENYEBUT",
        ],
      ],
    ]);
    for (const plan of [iku, excel]) {
      expect(named(plan, "IKU03_PEMBILANG").formula).toBe(
        '=IF(AND(IKU03_PEMBILANG_TW1="",IKU03_PEMBILANG_TW2="",IKU03_PEMBILANG_TW3="",IKU03_PEMBILANG_TW4=""),"",IF(OR(ISTEXT(IKU03_PEMBILANG_TW1),ISLOGICAL(IKU03_PEMBILANG_TW1),ISTEXT(IKU03_PEMBILANG_TW2),ISLOGICAL(IKU03_PEMBILANG_TW2),ISTEXT(IKU03_PEMBILANG_TW3),ISLOGICAL(IKU03_PEMBILANG_TW3),ISTEXT(IKU03_PEMBILANG_TW4),ISLOGICAL(IKU03_PEMBILANG_TW4)),#VALUE!,SUM(IKU03_PEMBILANG_TW1,IKU03_PEMBILANG_TW2,IKU03_PEMBILANG_TW3,IKU03_PEMBILANG_TW4)))'
      );
      expect(named(plan, "IKU03_PENYEBUT").formula).toBe(
        '=IF(IKU03_PENYEBUT_TW4="",IF(IKU03_PENYEBUT_TW3="",IF(IKU03_PENYEBUT_TW2="",IF(IKU03_PENYEBUT_TW1="","",IKU03_PENYEBUT_TW1),IKU03_PENYEBUT_TW2),IKU03_PENYEBUT_TW3),IKU03_PENYEBUT_TW4)'
      );
      expect(named(plan, "IKU03_PENYEBUT_SD_TW1").formula).toBe(
        '=IF(IKU03_PENYEBUT_TW1="","",IKU03_PENYEBUT_TW1)'
      );
      expect(named(plan, "IKU03_PEMBILANG").role).toBe("aggregate");
    }
    // Hasil and capaian up to a quarter read the components up to it.
    expect(named(iku, "IKU03_HASIL_TW2").formula).toBe(
      '=IKU.PERSENTASE_PPKS_BANSOS(IF(ISBLANK(IKU03_PEMBILANG_SD_TW2),"",IKU03_PEMBILANG_SD_TW2),IF(ISBLANK(IKU03_PENYEBUT_SD_TW2),"",IKU03_PENYEBUT_SD_TW2))'
    );
    expect(named(iku, "IKU03_CAPAIAN_TW2").formula).toBe(
      '=IKU.CAPAIAN(IKU03_HASIL_TW2,IF(ISBLANK(IKU03_TARGET),"",IKU03_TARGET),"positif")'
    );
    expect(refs(named(excel, "IKU03_HASIL_TW4").formula)).toEqual([
      "IKU03_PEMBILANG",
      "IKU03_PENYEBUT",
    ]);
    expect(block.quarters.map((q) => [q.hasil.name, q.capaian.name])).toEqual(
      [1, 2, 3, 4].map((q) => [`IKU03_HASIL_TW${q}`, `IKU03_CAPAIAN_TW${q}`])
    );
  });

  it("greys the component cells an indicator does not use and makes them no inputs", () => {
    const block = iku.indicators.find((b) => b.code === "IKU01")!;
    for (const col of ["K", "L", "M", "N"]) {
      for (let row = block.rows[0]; row <= block.rows[1]; row++) {
        const cell = cellAt(iku, `${col}${row}`)!;
        expect(cell.style).toBe("unused");
        expect(cell.role).not.toBe("input");
        expect(cell.name).toBeUndefined();
      }
    }
    expect(iku.styles.unused.locked).toBe(true);
  });

  it("writes the custom-function formulas with the names in iku mode", () => {
    expect(named(iku, "IKU06_HASIL").formula).toBe(
      '=IKU.PERSENTASE_PPKS_REHAB(IF(ISBLANK(IKU06_PEMBILANG),"",IKU06_PEMBILANG),IF(ISBLANK(IKU06_PENYEBUT),"",IKU06_PENYEBUT))'
    );
    expect(named(iku, "IKU02_HASIL").formula).toBe(
      '=IKU.JUMLAH_SARANA_SOSIAL(IF(ISBLANK(IKU02_PANTI_ASUHAN),"",IKU02_PANTI_ASUHAN),IF(ISBLANK(IKU02_PANTI_JOMPO),"",IKU02_PANTI_JOMPO),IF(ISBLANK(IKU02_PANTI_REHABILITASI),"",IKU02_PANTI_REHABILITASI))'
    );
    expect(named(iku, "IKU01_HASIL").formula).toBe(
      '=IKU.NILAI_SAKIP(IF(ISBLANK(IKU01_NILAI),"",IKU01_NILAI))'
    );
    expect(named(iku, "IKU06_CAPAIAN").formula).toBe(
      '=IKU.CAPAIAN(IKU06_HASIL,IF(ISBLANK(IKU06_TARGET),"",IKU06_TARGET),"positif")'
    );
    expect(named(iku, "IKU06_KATEGORI").formula).toBe("=IKU.KATEGORI_CAPAIAN(IKU06_CAPAIAN)");
    for (const ind of CATALOGUE.indicators) {
      expect(named(iku, `${ind.code}_HASIL`).formula).toMatch(
        new RegExp(`^=IKU\\.${ind.functionName}\\(`)
      );
    }
  });

  it.each<FormulaMode>(["iku", "excel"])(
    "makes every %s formula reference exactly its indicator's cells",
    (mode) => {
      const plan = mode === "iku" ? iku : excel;
      for (const ind of CATALOGUE.indicators) {
        const inputs = ind.components.map((c) => `${ind.code}_${c.key}`).sort();
        expect(refs(named(plan, `${ind.code}_HASIL`).formula)).toEqual(inputs);
        expect(refs(named(plan, `${ind.code}_CAPAIAN`).formula)).toEqual([
          `${ind.code}_HASIL`,
          `${ind.code}_TARGET`,
        ]);
        expect(refs(named(plan, `${ind.code}_KATEGORI`).formula)).toEqual([`${ind.code}_CAPAIAN`]);
      }
      // Formulas use names only: no A1 reference to a cell of the sheet.
      for (const c of plan.cells.filter((x) => x.formula)) {
        const withoutNames = c
          .formula!.replace(/\bIKU\d{2,3}_[A-Z0-9_]+\b/g, "")
          .replace(/"[^"]*"/g, "");
        expect(withoutNames).not.toMatch(/\$?\b[A-Z]{1,3}\$?\d+\b/);
      }
    }
  );

  it("uses plain Excel functions only in excel mode", () => {
    for (const c of excel.cells.filter((x) => x.formula)) {
      expect(c.formula).not.toContain("IKU.");
      const fns = c.formula!.match(/\b[A-Z][A-Z.]*(?=\()/g) ?? [];
      for (const fn of fns)
        expect([
          "IF",
          "OR",
          "AND",
          "NOT",
          "ISBLANK",
          "ISNUMBER",
          "ISLOGICAL",
          "INT",
          "NA",
          // the sum of an akumulasi component's quarters
          "SUM",
          // capaian as printed, the negative floor, target ranges, n.a.
          "ROUND",
          "MAX",
          "ISTEXT",
          "ISERROR",
          "TRUE",
          "VALUE",
          "SUBSTITUTE",
          "TRIM",
          "LEFT",
          "MID",
          "FIND",
          // a predikat target (IKU 1)
          "LEN",
          "UPPER",
          "FALSE",
        ]).toContain(fn);
    }
  });

  it("has the same layout, addresses and names in both modes", () => {
    const strip = (plan: SheetPlan) =>
      plan.cells.map(({ formula, ...rest }) => ({ ...rest, hasFormula: !!formula }));
    expect(strip(excel)).toEqual(strip(iku));
    expect(excel.names).toEqual(iku.names);
    expect(excel.merges).toEqual(iku.merges);
    expect(excel.validations).toEqual(iku.validations);
    expect(excel.range).toBe(iku.range);
  });

  it("defines unique names, each pointing to the plan cell carrying it", () => {
    const list = iku.names.map((n) => n.name);
    expect(new Set(list).size).toBe(list.length);
    const expected = CATALOGUE.indicators.flatMap((i) => [
      ...i.components.flatMap((c) => [
        `${i.code}_${c.key}`,
        ...[1, 2, 3, 4].map((q) => `${i.code}_${c.key}_TW${q}`),
        ...[1, 2, 3].map((q) => `${i.code}_${c.key}_SD_TW${q}`),
      ]),
      ...[1, 2, 3, 4].flatMap((q) => [`${i.code}_HASIL_TW${q}`, `${i.code}_CAPAIAN_TW${q}`]),
      `${i.code}_HASIL`,
      `${i.code}_TARGET`,
      `${i.code}_CAPAIAN`,
      `${i.code}_KATEGORI`,
    ]);
    expect([...list].sort()).toEqual([...expected, MARKER_NAME].sort());
    for (const n of iku.names) {
      expect(n.refersTo).toBe(absoluteReference("IKU 2026", n.address));
      if (n.name === MARKER_NAME) {
        expect(n.address).toBe("A1");
        continue;
      }
      expect(cellAt(iku, n.address)?.name).toBe(n.name);
    }
    expect(iku.names.find((n) => n.name === "IKU06_PEMBILANG_TW1")?.refersTo).toMatch(
      /^='IKU 2026'!\$I\$\d+$/
    );
    expect(iku.names.find((n) => n.name === "IKU06_PEMBILANG")?.refersTo).toMatch(
      /^='IKU 2026'!\$J\$\d+$/
    );
  });

  it("quotes sheet names with apostrophes in references", () => {
    const plan = buildSheetPlan(settings("iku", "IKU Dinas'26"));
    expect(plan.names[0].refersTo).toMatch(/^='IKU Dinas''26'!\$/);
  });

  it("puts a validation on every input and target cell, by value type, within Excel's limits", () => {
    const inputCells = iku.cells.filter((c) => c.role === "input" || c.role === "target");
    expect(inputCells).toHaveLength(
      CATALOGUE.indicators.reduce((n, i) => n + 4 * i.components.length + 1, 0)
    );
    expect(iku.validations.map((v) => v.address).sort()).toEqual(
      inputCells.map((c) => c.address).sort()
    );
    for (const v of iku.validations) {
      const cell = cellAt(iku, v.address)!;
      if (cell.role === "target") {
        // A number ≥ 0 or a range typed as text ("80-85").
        expect([v.type, v.operator, v.min]).toEqual(["targetRange", "greaterThanOrEqualTo", 0]);
        expect(v.formula).toContain(`ISNUMBER(FIND("-"`);
      } else if (cell.component === "NILAI") {
        expect([v.type, v.operator, v.min, v.max]).toEqual(["decimal", "between", 0, 100]);
      } else {
        expect([v.type, v.operator, v.min]).toEqual(["wholeNumber", "greaterThanOrEqualTo", 0]);
      }
      expect(v.inputTitle.length).toBeLessThanOrEqual(32);
      expect(v.errorTitle.length).toBeLessThanOrEqual(32);
      expect(v.inputMessage.length).toBeLessThanOrEqual(255);
      expect(v.errorMessage.length).toBeLessThanOrEqual(225);
    }
    const pembilang = iku.validations.find(
      (v) => v.address === named(iku, "IKU06_PEMBILANG_TW3").address
    )!;
    expect(pembilang.inputMessage).toContain(
      "TW III · Jumlah PPKS yang mendapatkan rehabilitasi sosial (hanya yang baru pada triwulan ini"
    );
    expect(pembilang.inputTitle).toBe("IKU06 · K1 · TW III");
    const lpm = iku.validations.find(
      (v) => v.address === named(iku, "IKU14_PENYEBUT_TW1").address
    )!;
    expect(lpm.inputMessage).toContain("posisi akhir triwulan");
  });

  it("marks invalid inputs with conditional formats: one error rule per input and target, a warning for a zero target", () => {
    const inputCells = iku.cells.filter((c) => c.role === "input" || c.role === "target");
    const errors = iku.conditionalFormats.filter((cf) => cf.severity === "error");
    const warnings = iku.conditionalFormats.filter((cf) => cf.severity === "warning");
    expect(errors.map((cf) => cf.address)).toEqual(inputCells.map((c) => c.address));
    expect(warnings.map((cf) => cf.address)).toEqual(
      inputCells.filter((c) => c.role === "target").map((c) => c.address)
    );
    for (const cf of iku.conditionalFormats) {
      const cell = cellAt(iku, cf.address)!;
      expect(cf.indicator).toBe(cell.indicator);
      // Each rule reads its own cell (relative reference), never a name or another sheet.
      expect(cf.formula).toMatch(
        new RegExp(`^=AND\\(N\\("IKU_PERIKSA"\\)=0,.*\\b${cf.address}\\b`)
      );
      expect(cf.formula).not.toContain("!");
      expect(cf.fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(cf.fontColor).toMatch(/^#[0-9A-F]{6}$/);
    }
    // The subset rule of a percentage reads its whole in the same quarter when both are posisi
    // (IKU14: LPM aktif of all LPM); not for akumulasi quarters (IKU06), which are parts.
    const pembilang = named(iku, "IKU14_PEMBILANG_TW2").address;
    const penyebut = named(iku, "IKU14_PENYEBUT_TW2").address;
    expect(errors.find((cf) => cf.address === pembilang)?.formula).toContain(
      `${pembilang}>${penyebut}`
    );
    expect(
      errors.find((cf) => cf.address === named(iku, "IKU14_PENYEBUT_TW2").address)?.formula
    ).toContain(`${penyebut}=0`);
    const rehab = named(iku, "IKU06_PEMBILANG_TW2").address;
    const rehabWhole = named(iku, "IKU06_PENYEBUT_TW2").address;
    expect(errors.find((cf) => cf.address === rehab)?.formula).not.toContain(rehabWhole);
    expect(errors.find((cf) => cf.address === rehabWhole)?.formula).not.toContain(
      `${rehabWhole}=0`
    );
    // The same marks in both formula modes (they read inputs, not formulas).
    expect(buildSheetPlan(settings("excel")).conditionalFormats).toEqual(iku.conditionalFormats);
  });

  it("styles inputs as unlocked inputs and locks every other cell", () => {
    const covered = new Set<string>();
    for (const m of iku.merges) {
      const [a, b] = m.range.split(":").map(parseAddress);
      for (let r = a.row; r <= b.row; r++) {
        for (let c = a.column; c <= b.column; c++) {
          if (r !== a.row || c !== a.column) covered.add(`${columnLetter(c)}${r}`);
        }
      }
    }
    for (const c of iku.cells) {
      // Cells covered by a merge carry their block's style and nothing else.
      if (covered.has(c.address)) {
        expect(c.role).toBe("text");
        expect(c.name ?? c.formula ?? c.value).toBeUndefined();
        continue;
      }
      const style = iku.styles[c.style];
      expect(style).toBeDefined();
      const isInput = c.role === "input" || c.role === "target";
      expect(style.locked).toBe(!isInput);
      if (isInput) expect(c.style).toBe("input");
      if (c.formula) expect(["aggregate", "result", "capaian", "kategori"]).toContain(c.role);
    }
    expect(iku.protection.protect).toBe(true);
  });

  it("formats results by satuan: counts 0, percentages/scores/averages 0.00, capaian 0.00; n.a. prints –", () => {
    expect(named(iku, "IKU02_HASIL").numberFormat).toBe('0;-0;0;"–"');
    expect(named(iku, "IKU06_HASIL").numberFormat).toBe('0.00;-0.00;0.00;"–"');
    expect(named(iku, "IKU01_HASIL").numberFormat).toBe('0.00;-0.00;0.00;"–"');
    expect(named(iku, "IKU11_HASIL").numberFormat).toBe('0.00;-0.00;0.00;"–"');
    expect(named(iku, "IKU06_CAPAIAN").numberFormat).toBe('0.00;-0.00;0.00;"–"');
    expect(named(iku, "IKU06_PEMBILANG").numberFormat).toBe("General");
  });
});

describe("buildSheetPlan: sheet setup", () => {
  it("is deterministic and lists cells row-major, once each, inside its range", () => {
    expect(buildSheetPlan(settings("iku"))).toEqual(iku);
    const end = parseAddress(iku.range.split(":")[1]);
    const seen = new Set<string>();
    let previous = { row: 0, column: 0 };
    for (const c of iku.cells) {
      expect(seen.has(c.address)).toBe(false);
      seen.add(c.address);
      const p = parseAddress(c.address);
      expect(p.row * 1000 + p.column).toBeGreaterThan(previous.row * 1000 + previous.column);
      expect(p.row).toBeLessThanOrEqual(end.row);
      expect(p.column).toBeLessThanOrEqual(end.column);
      previous = p;
    }
  });

  it("has merges that do not overlap", () => {
    const owner = new Map<string, string>();
    for (const m of iku.merges) {
      const [a, b] = m.range.split(":").map(parseAddress);
      for (let r = a.row; r <= b.row; r++) {
        for (let c = a.column; c <= b.column; c++) {
          const key = `${c}:${r}`;
          expect(owner.get(key)).toBeUndefined();
          owner.set(key, m.range);
        }
      }
    }
  });

  it("sets widths for every column, heights for wrapped rows, freeze, print and protection", () => {
    const end = parseAddress(iku.range.split(":")[1]);
    for (let c = 1; c <= end.column; c++)
      expect(iku.columnWidths[columnLetter(c)]).toBeGreaterThan(0);
    for (const b of iku.indicators)
      for (const r of b.rows) expect(iku.rowHeights[r]).toBeGreaterThanOrEqual(15);
    expect(iku.freeze.rows).toBe(iku.table.numberingRow);
    expect(iku.print).toEqual({
      orientation: "landscape",
      fitToPagesWide: 1,
      titleRows: `$${iku.table.headerRow}:$${iku.table.numberingRow}`,
      paperSize: "F4",
      // Unfilled indicators (#N/A on screen) print as "–", as LKjIP tables show them.
      errors: "dash",
    });
  });

  it("converts column letters both ways", () => {
    for (const [n, l] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [16384, "XFD"],
    ] as const) {
      expect(columnLetter(n)).toBe(l);
      expect(columnNumber(l)).toBe(n);
    }
  });

  it("handles a catalogue ten times larger", () => {
    const big = largeCatalogue(10);
    const plan = buildSheetPlan(settings("iku"), big);
    expect(plan.indicators).toHaveLength(180);
    const list = plan.names.map((n) => n.name);
    expect(new Set(list).size).toBe(list.length);
  });
});

describe("planInputs and evaluatePlan", () => {
  it("lists every input and target with its rule", () => {
    const inputs = planInputs(iku);
    expect(inputs).toHaveLength(iku.validations.length);
    const p = inputs.find((i) => i.name === "IKU06_PEMBILANG_TW2")!;
    expect(p).toMatchObject({
      indicator: "IKU06",
      component: "PEMBILANG",
      role: "input",
      valueType: "cacah",
      triwulan: 2,
      label: "Jumlah PPKS yang mendapatkan rehabilitasi sosial (TW II)",
    });
    expect(p.rule.type).toBe("wholeNumber");
    expect(inputs.find((i) => i.name === "IKU01_NILAI_TW4")?.valueType).toBe("skor");
    expect(inputs.find((i) => i.name === "IKU06_TARGET")).toMatchObject({
      role: "target",
      component: "TARGET",
    });
  });

  it("computes hasil, capaian and kategori with the core", () => {
    const values = evaluatePlan(iku, {
      IKU06_PEMBILANG_TW4: 45,
      IKU06_PENYEBUT_TW4: 60,
      IKU06_TARGET: 80,
    });
    expect(values.get(named(iku, "IKU06_HASIL").address)).toBe(
      runFunction("PERSENTASE_PPKS_REHAB", [45, 60])
    );
    expect(values.get(named(iku, "IKU06_CAPAIAN").address)).toBeCloseTo(93.75, 10);
    expect(values.get(named(iku, "IKU06_KATEGORI").address)).toBe("Sangat Tinggi");
    const blank = values.get(named(iku, "IKU03_HASIL").address);
    expect(isCellError(blank) && blank.kind).toBe("NA");
    // An error text in an input grid propagates as that error.
    const err = evaluatePlan(iku, { IKU06_PEMBILANG_TW1: "#DIV/0!", IKU06_PENYEBUT_TW1: 60 });
    const hasil = err.get(named(iku, "IKU06_HASIL").address);
    expect(isCellError(hasil) && hasil.kind).toBe("DIV0");
    // Every formula cell has its value.
    expect([...values.keys()].sort()).toEqual(
      iku.cells
        .filter((c) => c.formula)
        .map((c) => c.address)
        .sort()
    );
  });

  it("adds akumulasi quarters and takes the latest filled posisi quarter, to date and for the year", () => {
    // IKU03: recipients akumulasi, PPKS posisi; TW III left blank (not yet reported).
    const values = evaluatePlan(iku, {
      IKU03_PEMBILANG_TW1: 10,
      IKU03_PEMBILANG_TW2: 15,
      IKU03_PEMBILANG_TW4: 20,
      IKU03_PENYEBUT_TW1: 50,
      IKU03_PENYEBUT_TW2: 60,
      IKU03_PENYEBUT_TW4: 90,
      IKU03_TARGET: 50,
    });
    const v = (name: string) => values.get(named(iku, name).address);
    expect([1, 2, 3].map((q) => v(`IKU03_PEMBILANG_SD_TW${q}`))).toEqual([10, 25, 25]);
    expect([1, 2, 3].map((q) => v(`IKU03_PENYEBUT_SD_TW${q}`))).toEqual([50, 60, 60]);
    expect([v("IKU03_PEMBILANG"), v("IKU03_PENYEBUT")]).toEqual([45, 90]);
    expect(v("IKU03_HASIL_TW1")).toBeCloseTo(20, 10);
    expect(v("IKU03_HASIL_TW2")).toBeCloseTo((25 / 60) * 100, 10);
    expect(v("IKU03_HASIL_TW4")).toBeCloseTo(50, 10);
    expect(v("IKU03_HASIL")).toBeCloseTo(50, 10);
    expect(v("IKU03_CAPAIAN_TW1")).toBeCloseTo(40, 10);
    expect(v("IKU03_CAPAIAN")).toBeCloseTo(100, 10);
    // Nothing filled stays unfilled: "" up to a quarter, #N/A in its hasil (never a silent 0).
    expect(v("IKU06_PEMBILANG_SD_TW1")).toBe("");
    const none = v("IKU06_HASIL_TW1");
    expect(isCellError(none) && none.kind).toBe("NA");
  });
});

describe("IKU 16's swadaya reading", () => {
  const settings = { tahun: 2026, namaPerangkatDaerah: "Dinas", sheetName: "IKU 2026" } as const;
  test("rupiah: decimal validation ≥ 0 with a rupiah message, no INT check in formula or mark", () => {
    for (const mode of ["iku", "excel"] as const) {
      const plan = buildSheetPlan({
        ...settings,
        mode,
        aturan: { ...ATURAN_BAWAAN, swadaya: "rupiah" },
      });
      const block = plan.indicators.find((b) => b.code === "IKU16")!;
      for (const input of block.inputs) {
        const rule = plan.validations.find((v) => v.address === input.address)!;
        expect(rule).toMatchObject({ type: "decimal", operator: "greaterThanOrEqualTo", min: 0 });
        expect(rule.inputMessage).toContain("rupiah");
        expect(rule.errorMessage).toContain("rupiah");
        const mark = plan.conditionalFormats.find((m) => m.address === input.address)!;
        expect(mark.formula).not.toContain(`${input.address}<>INT(`);
      }
      const hasil = plan.cells.find((c) => c.address === block.hasil.address)!.formula!;
      if (mode === "iku")
        expect(hasil).toBe(
          '=IKU.PERSENTASE_SWADAYA_RUPIAH(IF(ISBLANK(IKU16_PEMBILANG),"",IKU16_PEMBILANG),IF(ISBLANK(IKU16_PENYEBUT),"",IKU16_PENYEBUT))'
        );
      else expect(hasil).not.toContain("INT(");
    }
  });
  test("program (default): whole numbers, as before", () => {
    const plan = buildSheetPlan({ ...settings, mode: "iku" });
    const block = plan.indicators.find((b) => b.code === "IKU16")!;
    const rule = plan.validations.find((v) => v.address === block.inputs[0].address)!;
    expect(rule.type).toBe("wholeNumber");
    expect(plan.cells.find((c) => c.address === block.hasil.address)!.formula).toBe(
      '=IKU.PERSENTASE_SWADAYA(IF(ISBLANK(IKU16_PEMBILANG),"",IKU16_PEMBILANG),IF(ISBLANK(IKU16_PENYEBUT),"",IKU16_PENYEBUT))'
    );
  });
});

describe("IKU 1's predikat target", () => {
  test("the target's data validation, input message and mark accept a predikat on IKU 1 only", () => {
    const plan = buildSheetPlan({
      tahun: 2026,
      namaPerangkatDaerah: "Dinas",
      sheetName: "IKU 2026",
      mode: "excel",
    });
    const iku1 = plan.indicators.find((b) => b.code === "IKU01")!.target.address;
    const iku3 = plan.indicators.find((b) => b.code === "IKU03")!.target.address;
    const rule1 = plan.validations.find((v) => v.address === iku1)!;
    const rule3 = plan.validations.find((v) => v.address === iku3)!;
    expect(rule1.predikat).toBe(true);
    expect(rule1.formula).toContain('"|AA|A|BB|B|CC|C|D|"');
    expect(rule1.formula!.length).toBeLessThanOrEqual(255);
    expect(rule1.inputMessage).toContain("predikat");
    expect(rule3.predikat).toBeUndefined();
    expect(rule3.formula).not.toContain("|AA|");
    const mark1 = plan.conditionalFormats.find(
      (m) => m.address === iku1 && m.severity === "error"
    )!;
    expect(mark1.formula).toContain("|AA|");
    expect(mark1.formula.length).toBeLessThanOrEqual(255);
  });
});
