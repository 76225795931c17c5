import {
  parseCell,
  parseRef,
  quoteSheet,
  splitSheet,
  toA1,
} from "../../../src/core/formula-parser/address";
import { canonicalize, difference, makeResolver } from "../../../src/core/formula-parser/compare";
import {
  calls,
  isFormulaText,
  normalizeFunctionName,
  parseFormula,
} from "../../../src/core/formula-parser/parse";

describe("addresses", () => {
  test("cells and ranges, with $ and sheet names", () => {
    expect(parseCell("$J$12")).toEqual({ row: 11, col: 9 });
    expect(parseCell("xfd1048576")).toEqual({ row: 1048575, col: 16383 });
    expect(parseCell("IKU06_HASIL")).toBeUndefined();
    expect(parseCell("ABCD1")).toBeUndefined();
    expect(parseCell("A0")).toBeUndefined();
    expect(parseRef("'IKU 2026'!$J$14:J12")).toEqual({
      sheet: "IKU 2026",
      start: { row: 11, col: 9 },
      end: { row: 13, col: 9 },
    });
    expect(splitSheet("'Bu''s sheet'!A1")).toEqual({ sheet: "Bu's sheet", local: "A1" });
    expect(toA1({ row: 0, col: 26 })).toBe("AA1");
    expect(quoteSheet("IKU 2026")).toBe("'IKU 2026'");
    expect(quoteSheet("Rekap")).toBe("Rekap");
  });
});

describe("parseFormula", () => {
  test("reads calls, arguments, references and constants through the tokenizer", () => {
    const p = parseFormula("=IKU.CAPAIAN(IKU06_HASIL, 'IKU 2026'!$M$28, \"positif\")*1.1");
    expect(p.broken).toBe(false);
    const [call, op, num] = p.items;
    expect(call).toMatchObject({ type: "call", name: "IKU.CAPAIAN" });
    expect(call.type === "call" && call.args.map((a) => a.map((n) => n.type))).toEqual([
      ["ref"],
      ["ref"],
      ["text"],
    ]);
    expect(op).toEqual({ type: "op", value: "*" });
    expect(num).toMatchObject({ type: "number", value: 1.1 });
  });

  test("nested calls, groups, errors, logicals and empty argument lists", () => {
    const p = parseFormula('=IF(OR(ISBLANK(A1),A1=""),NA(),(A1+B1)/2)+#VALUE!+TRUE');
    expect(calls(p.items).map((c) => c.name)).toEqual(["IF", "OR", "ISBLANK", "NA"]);
    const na = calls(p.items).find((c) => c.name === "NA");
    expect(na?.args).toEqual([]);
    expect(p.items.some((n) => n.type === "error" && n.value === "#VALUE!")).toBe(true);
    expect(p.items.some((n) => n.type === "logical" && n.value)).toBe(true);
  });

  test("hidden prefixes of stored formulas are removed from function names", () => {
    expect(normalizeFunctionName("_xldudf_IKU.RASIO")).toBe("IKU.RASIO");
    expect(normalizeFunctionName("_xlfn.IFS")).toBe("IFS");
    expect(calls(parseFormula("=_xldudf_iku.rasio(A1,B1)").items)[0].name).toBe("IKU.RASIO");
  });

  test("unbalanced formulas are flagged, never thrown", () => {
    expect(parseFormula("=SUM(A1,B1").broken).toBe(true);
    expect(parseFormula("=A1)").broken).toBe(true);
  });

  test("only text starting with = is a formula", () => {
    expect(isFormulaText("=A1")).toBe(true);
    expect(isFormulaText("=")).toBe(false);
    expect(isFormulaText(12)).toBe(false);
    expect(isFormulaText("A1")).toBe(false);
  });
});

describe("canonical formulas", () => {
  const planNames = new Set(["IKU06_PEMBILANG", "IKU06_PENYEBUT"]);
  const nameAtCell = new Map([
    ["IKU 2026!H29", "IKU06_PEMBILANG"],
    ["IKU 2026!I29", "IKU06_PENYEBUT"],
  ]);
  const resolve = makeResolver({ formulaSheet: "IKU 2026", planNames, nameAtCell });
  const text = (f: string) => canonicalize(f, resolve).text;

  test("case, spaces, $ signs and names vs. A1 references do not matter", () => {
    const expected = text("=IKU.PERSENTASE_PPKS_REHAB(IKU06_PEMBILANG,IKU06_PENYEBUT)");
    expect(text("=iku.persentase_ppks_rehab( iku06_pembilang , IKU06_PENYEBUT )")).toBe(expected);
    expect(text("=IKU.PERSENTASE_PPKS_REHAB($H$29,'IKU 2026'!I29)")).toBe(expected);
    expect(text("=IKU.PERSENTASE_PPKS_REHAB(IKU06_PENYEBUT,IKU06_PEMBILANG)")).not.toBe(expected);
  });

  test("references remember whether they were written as names", () => {
    const c = canonicalize("=IKU.X($H$29,IKU06_PENYEBUT,Rekap!B2)", resolve);
    expect(c.refs.map((r) => [r.key, r.byName])).toEqual([
      ["N:IKU06_PEMBILANG", false],
      ["N:IKU06_PENYEBUT", true],
      ["C:REKAP!B2", false],
    ]);
  });

  test("multiset difference keeps duplicates", () => {
    expect(difference([100, 1.1, 100], [100])).toEqual([1.1, 100]);
  });
});
