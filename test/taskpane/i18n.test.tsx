import "./setup";
import type { HostProblemCode } from "../../src/office/api";
import { languageFor, stringsFor } from "../../src/taskpane/i18n";
import { checkSettings, defaultSheetName } from "../../src/core/settings";

describe("languageFor", () => {
  test.each([
    ["id-ID", "id"],
    ["id", "id"],
    ["ID-id", "id"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["nl-NL", "en"],
    ["", "en"],
    [null, "en"],
    ["ida-XX", "en"],
  ] as const)("%p → %p", (displayLanguage, lang) => {
    expect(languageFor(displayLanguage)).toBe(lang);
  });
});

describe("problem texts", () => {
  const codes: HostProblemCode[] = [
    "notInExcel",
    "cellEditMode",
    "sheetProtected",
    "foreignSheet",
    "otherIkuSheet",
    "noIkuSheet",
    "payloadTooLarge",
    "unknown",
  ];
  test.each(codes)("%s has a distinct title and body in both languages", (code) => {
    const id = stringsFor("id").problem({ code, sheet: "IKU 2026" });
    const en = stringsFor("en").problem({ code, sheet: "IKU 2026" });
    expect(id.title).not.toBe("");
    expect(id.body).not.toBe("");
    expect(en.title).not.toBe(id.title);
    expect(en.body).not.toBe(id.body);
  });

  test("titles differ between codes", () => {
    const titles = codes.map((code) => stringsFor("id").problem({ code }).title);
    expect(new Set(titles).size).toBe(codes.length);
  });
});

describe("settings", () => {
  test("the default sheet name follows the year text", () => {
    expect(defaultSheetName("2026")).toBe("IKU 2026");
    expect(defaultSheetName(" 2027 ")).toBe("IKU 2027");
  });

  test("valid settings are trimmed and typed for the host", () => {
    expect(
      checkSettings({
        tahun: " 2026 ",
        namaPerangkatDaerah: "  DSPM  ",
        sheetName: "IKU 2026",
        mode: "excel",
      })
    ).toEqual({
      ok: true,
      errors: {},
      settings: { tahun: 2026, namaPerangkatDaerah: "DSPM", sheetName: "IKU 2026", mode: "excel" },
    });
  });

  test("every broken field is reported at once", () => {
    const check = checkSettings({
      tahun: "abc",
      namaPerangkatDaerah: "",
      sheetName: "a/b",
      mode: "iku",
    });
    expect(check.ok).toBe(false);
    expect(check.errors).toEqual({
      tahun: ["tahunInteger"],
      namaPerangkatDaerah: ["namaRequired"],
      sheetName: ["sheetBadChars"],
    });
  });

  test("the agency name has a maximum length", () => {
    const check = checkSettings({
      tahun: "2026",
      namaPerangkatDaerah: "x".repeat(151),
      sheetName: "IKU",
      mode: "iku",
    });
    expect(check.errors.namaPerangkatDaerah).toEqual(["namaTooLong"]);
  });
});
