import { parseCell, parseRef, splitSheet } from "../../../src/core/formula-parser/address";

describe("parseCell without upper-casing", () => {
  test("letters in either case, $ signs, Excel's limits", () => {
    expect(parseCell("j12")).toEqual({ row: 11, col: 9 });
    expect(parseCell("$aB$3")).toEqual({ row: 2, col: 27 });
    expect(parseCell("XFD1048576")).toEqual({ row: 1048575, col: 16383 });
    expect(parseCell("XFE1")).toBeUndefined();
    expect(parseCell("A1048577")).toBeUndefined();
    expect(parseCell("A01")).toBeUndefined();
    expect(parseCell("1A")).toBeUndefined();
    expect(parseCell("$")).toBeUndefined();
    expect(parseCell("")).toBeUndefined();
    expect(parseCell("A1 ")).toBeUndefined();
    expect(parseCell("A$$1")).toBeUndefined();
  });

  test("text beyond ASCII is read as its upper case, as before", () => {
    // "ß" upper-cases to "SS", "ı" to "I": the general path keeps that reading.
    expect(parseCell("ß1")).toEqual(parseCell("SS1"));
    expect(parseCell("ı1")).toEqual(parseCell("I1"));
    expect(parseCell("é1")).toBeUndefined();
  });
});

describe("parseRef in place", () => {
  test("sheet names, quotes and ranges", () => {
    expect(parseRef("Rekap!b2:A1")).toEqual({
      sheet: "Rekap",
      start: { row: 0, col: 0 },
      end: { row: 1, col: 1 },
    });
    expect(parseRef(" 'IKU 2026'!$J$12 ")).toEqual({
      sheet: "IKU 2026",
      start: { row: 11, col: 9 },
      end: { row: 11, col: 9 },
    });
    expect(parseRef("'Bu''s'!A1")?.sheet).toBe("Bu's");
    expect(parseRef("'a!b'!C3")?.sheet).toBe("a!b");
    expect(parseRef("A1")).toEqual({
      sheet: undefined,
      start: { row: 0, col: 0 },
      end: { row: 0, col: 0 },
    });
    expect(parseRef("A1:B2:C3")).toBeUndefined();
    expect(parseRef("IKU06_HASIL")).toBeUndefined();
    expect(parseRef("Sheet1!")).toBeUndefined();
  });

  test("splitSheet keeps its answers", () => {
    expect(splitSheet("A1")).toEqual({ local: "A1" });
    expect(splitSheet("'x'!A1")).toEqual({ sheet: "x", local: "A1" });
    expect(splitSheet("'!A1")).toEqual({ sheet: "'", local: "A1" });
    expect(splitSheet("''!A1")).toEqual({ sheet: "", local: "A1" });
  });
});
