/**
 * The in-page fake of Excel used by the Chromium harness must be strict where the add-in's
 * correctness depends on it, or the browser tests could pass on code that fails in Excel. These
 * checks run in Node (the fake has no DOM dependency).
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests read too early on purpose, to prove the fake refuses it as Office.js does. */
import {
  addSheetModel,
  createWorkbookModel,
  FakeContext,
  findSheet,
  OfficeExtensionError,
} from "./harness/fake-excel";

function setup() {
  const model = createWorkbookModel("Uji.xlsx");
  const sheet = addSheetModel(model, "Data");
  sheet.cells.set("0,0", { value: 5, formula: null, numberFormat: "General" });
  return { model, context: new FakeContext(model) };
}

describe("fake Excel for the browser harness", () => {
  test("a property is readable only after load and sync, as in Office.js", async () => {
    const { context } = setup();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    expect(() => range.values).toThrow(OfficeExtensionError);
    range.load("values");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([[5, ""]]);
    expect(() => range.formulas).toThrow(/formulas/);
  });

  test("isNullObject needs a sync; missing items are null objects", async () => {
    const { context } = setup();
    const missing = context.workbook.worksheets.getItemOrNullObject("Tidak ada");
    const name = context.workbook.names.getItemOrNullObject("IKU_LEMBAR");
    expect(() => missing.isNullObject).toThrow(OfficeExtensionError);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(name.isNullObject).toBe(true);
  });

  test("writes go to the model; null leaves a cell; a wrong-size array fails the sync", async () => {
    const { model, context } = setup();
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:B1").values = [[null, "=A1*2"]];
    await context.sync();
    const data = findSheet(model, "Data");
    expect(data?.cells.get("0,0")?.value).toBe(5);
    expect(data?.cells.get("0,1")?.formula).toBe("=A1*2");
    sheet.getRange("A1:B2").values = [[1, 2]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a response over 5 MB is refused, as Excel on the web does", async () => {
    const { model, context } = setup();
    const data = findSheet(model, "Data")!;
    // 300,000 cells of a 20-character text: about 6.6 MB of JSON for values alone.
    for (let r = 0; r < 15000; r++) {
      for (let c = 0; c < 20; c++) {
        data.cells.set(`${r},${c}`, {
          value: `teks ${String(r * 20 + c).padStart(15, "0")}`,
          formula: null,
          numberFormat: "General",
        });
      }
    }
    const all = context.workbook.worksheets.getItem("Data").getRange("A1:T15000");
    all.load("values");
    await expect(context.sync()).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
    expect(() => all.values).toThrow(/not available/);
    const half = context.workbook.worksheets.getItem("Data").getRange("A1:T5000");
    half.load("values");
    await context.sync();
    expect(half.values).toHaveLength(5000);
  });

  test("workbook names resolve to their cells, also through arrayValues", async () => {
    const { context } = setup();
    const names = context.workbook.names;
    names.add("NILAI", "=Data!$A$1");
    const item = names.getItemOrNullObject("nilai");
    item.arrayValues.load("values");
    item.load("formula");
    await context.sync();
    expect(item.formula).toBe("=Data!$A$1");
    expect(item.arrayValues.values).toEqual([[5]]);
  });

  test("a duplicate sheet, a protected sheet and cell-edit mode fail like Excel", async () => {
    const { model, context } = setup();
    context.workbook.worksheets.add("data");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.protection.protect();
    sheet.getRange("A1").values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    model.failNextSyncWith = "InvalidOperationInCellEditMode";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(context.sync()).resolves.toBeUndefined();
  });
});
