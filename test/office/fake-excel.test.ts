/**
 * The office tests are only as good as their fake Excel: these checks prove it is strict where the
 * add-in's correctness depends on it (load/sync, failing batches, protection, typed text).
 */
/* eslint-disable office-addins/call-sync-before-read --
   these tests read too early on purpose, to prove the fake refuses it as Office.js does. */
import { createFakeExcel, OfficeError } from "./fake-excel";

describe("the shared fake Excel", () => {
  test("a property is readable only after load and sync; every sync is counted", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(OfficeError);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/not available/);
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
    // Only what was loaded: the protection flag was not.
    expect(() => sheets.items[0].protection.protected).toThrow(/not available/);
    expect(fake.syncs()).toBe(1);
  });

  test("loads read the workbook at their place in the batch", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    range.formulas = [[5, "=A1*2"]];
    range.load("formulas,address");
    await context.sync();
    expect(range.formulas).toEqual([[5, "=A1*2"]]);
    expect(range.address).toBe("Data!A1:B1");
  });

  test("isNullObject is known after the sync", async () => {
    const fake = createFakeExcel();
    const { context } = fake;
    const missing = context.workbook.names.getItemOrNullObject("TIDAK_ADA");
    const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
    expect(() => missing.isNullObject).toThrow(OfficeError);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(used.isNullObject).toBe(true);
  });

  test("the first failing operation rejects the sync; later ones are not applied", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1").values = [[1]];
    context.workbook.worksheets.add("data"); // the same name, case-insensitively
    sheet.getRange("A2").values = [[2]];
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect([...fake.sheet("Data").cells.keys()]).toEqual(["A1"]);

    sheet.getRange("A1:B1").values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a protected sheet refuses changes; a password must match to lift it", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.protection.protect({ allowFormatColumns: true }, "rahasia");
    await context.sync();
    sheet.getRange("A1").format.fill.color = "#FF0000";
    await expect(context.sync()).rejects.toMatchObject({
      code: "AccessDenied",
      debugInfo: { errorLocation: "RangeFormat" },
    });
    sheet.protection.protect({ allowFormatColumns: true });
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    sheet.protection.unprotect();
    await expect(context.sync()).rejects.toMatchObject({
      debugInfo: { errorLocation: "WorksheetProtection.unprotect" },
    });
    sheet.protection.unprotect("rahasia");
    sheet.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = "=A1<0";
    await context.sync();
    expect(fake.sheet("Data").conditionalFormats).toMatchObject([
      { address: "A1", formula: "=A1<0" },
    ]);
  });

  test("cell-edit mode fails every sync", async () => {
    const fake = createFakeExcel();
    fake.workbook.cellEditMode = true;
    await expect(fake.context.sync()).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
  });

  test("typed text is parsed as Excel parses it", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("C1").numberFormat = [["@"]];
    sheet.getRange("A1:E1").values = [["12", "'12", "=B1", "TRUE", "(3)"]];
    await context.sync();
    const formulas = [..."ABCDE"].map((c) => fake.sheet("Data").cells.get(`${c}1`)?.formula);
    expect(formulas).toEqual([12, "12", "=B1", true, -3]);
    sheet.getRange("C1").values = [["=B1"]];
    await context.sync();
    expect(fake.sheet("Data").cells.get("C1")?.formula).toBe("=B1"); // text in a "@" cell
  });

  test("conditional formats: clearAll removes only the cleared cells", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:A3").conditionalFormats.add("Custom").custom.rule.formula = "=A1>5";
    sheet.getRange("B1").conditionalFormats.add("Custom").custom.rule.formula = "=B1>5";
    await context.sync();
    sheet.getRanges("A2, B1").conditionalFormats.clearAll();
    await context.sync();
    const cfs = fake.sheet("Data").conditionalFormats;
    expect(cfs.map((cf) => [cf.address, [...cf.cells]])).toEqual([["A1:A3", ["A1", "A3"]]]);
  });

  test("an API the fake does not model fails loudly", () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.getItem("Sheet1");
    expect(() => sheet.getRange("A1").getCell(0, 0)).toThrow(/not modelled/);
  });
});
