/**
 * The office tests, the benchmark and the Chromium harness are only as good as their fake Excel:
 * these checks prove it is strict where the add-in's correctness depends on it (load/sync,
 * failing batches, protection, the 5 MB response limit, typed text).
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests read too early on purpose, to prove the fake refuses it as Office.js does. */
import { createFakeExcel, OfficeError, withExcel } from "./fake-excel";

describe("the one fake Excel", () => {
  test("a property is readable only after load and sync; every sync is counted", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(OfficeError);
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/not available/);
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
    // Only what was loaded: the protection flag was not.
    expect(() => sheets.items[0].protection.protected).toThrow(/not available/);
    expect(fake.syncs()).toBe(1);
  });

  test("a written property is not readable back without a load", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const range = fake.context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    range.values = [[5, ""]];
    await fake.context.sync();
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    await fake.context.sync();
    expect(range.values).toEqual([[5, ""]]);
    expect(() => range.formulas).toThrow(/formulas/);
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
    const noSheet = context.workbook.worksheets.getItemOrNullObject("Tidak ada");
    const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
    expect(() => missing.isNullObject).toThrow(OfficeError);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(noSheet.isNullObject).toBe(true);
    expect(used.isNullObject).toBe(true);
  });

  test("a batch is not a transaction: the first failing operation rejects the sync, what came before stays", async () => {
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

    // An injected failure at the second operation: the first is applied, the third is not.
    sheet.getRange("B1").values = [[3]];
    sheet.getRange("B2").values = [[4]];
    sheet.getRange("B3").values = [[5]];
    fake.workbook.failAtOperation = 2;
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect([...fake.sheet("Data").cells.keys()].sort()).toEqual(["A1", "B1"]);
  });

  test("a failed sync delivers none of its loads", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const name = context.workbook.worksheets.getItem("Data").load("name");
    context.workbook.worksheets.getItem("Tidak ada");
    await expect(context.sync()).rejects.toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
    expect(() => name.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("a response over 5 MB is refused, as Excel on the web does; nothing loaded is delivered", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const data = fake.sheet("Data");
    // 300,000 cells of a 20-character text: about 6.6 MB of JSON for values alone.
    for (let r = 1; r <= 15000; r++) {
      for (let c = 0; c < 20; c++) {
        const v = `teks ${String(r * 20 + c).padStart(15, "0")}`;
        data.cells.set(`${String.fromCharCode(65 + c)}${r}`, { formula: v, value: v });
      }
    }
    const { context } = fake;
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
    expect(fake.maxResponseBytes()).toBeGreaterThan(1024 * 1024);
  });

  test("refuses a request over 5 MB before running any of it, as Excel on the web", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Data");
    const row = Array.from({ length: 20 }, (_, c) => `=Data!$A$1*${c}+1000000`);
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("B1:U20000").formulas = Array.from({ length: 20000 }, () => row);
    await expect(context.sync()).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    // Nothing of the refused batch ran, not even the small write queued first.
    expect(fake.sheet("Data").cells.size).toBe(0);
    expect(fake.maxRequestBytes()).toBeGreaterThan(5 * 1024 * 1024);
    fake.resetSyncs();
    // The same contents in four requests are accepted.
    for (let part = 0; part < 4; part++) {
      const first = part * 5000 + 1;
      sheet.getRange(`B${first}:U${first + 4999}`).formulas = Array.from(
        { length: 5000 },
        () => row
      );
      // One request per quarter of the rows is the point of this test.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    expect(fake.sheet("Data").cells.size).toBe(400_000);
    expect(fake.maxRequestBytes()).toBeGreaterThan(1024 * 1024);
    expect(fake.maxRequestBytes()).toBeLessThan(5 * 1024 * 1024);
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

  test("on a protected sheet a locked cell refuses a write (AccessDenied); an unlocked one takes it", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("B1").format.protection.locked = false;
    sheet.protection.protect({});
    await context.sync();

    sheet.getRange("B1").values = [[7]];
    await context.sync();
    expect(fake.sheet("Data").cells.get("B1")?.value).toBe(7);

    // Cells are locked unless unlocked; a null in the array does not spare a locked cell.
    sheet.getRange("A1:B1").formulas = [[null, 8]];
    await expect(context.sync()).rejects.toMatchObject({
      code: "AccessDenied",
      debugInfo: { errorLocation: "Range.formulas" },
    });
    sheet.getRange("A1").values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect([...fake.sheet("Data").cells.keys()]).toEqual(["B1"]);
  });

  test("cell-edit mode fails every sync; a one-time failure fails only the next", async () => {
    const fake = createFakeExcel();
    fake.workbook.cellEditMode = true;
    await expect(fake.context.sync()).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    await expect(fake.context.sync()).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    fake.workbook.cellEditMode = false;
    fake.workbook.failNextSyncWith = "InvalidOperationInCellEditMode";
    await expect(fake.context.sync()).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    await expect(fake.context.sync()).resolves.toBeUndefined();
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
    // A null leaves its cell as it is.
    sheet.getRange("A1:B1").values = [[null, 9]];
    await context.sync();
    expect(fake.sheet("Data").cells.get("A1")?.formula).toBe(12);
  });

  test("workbook names resolve to their cells, also through arrayValues", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    fake.typeAt("Data", "A1", 5);
    const names = fake.context.workbook.names;
    names.add("NILAI", "=Data!$A$1");
    const item = names.getItemOrNullObject("nilai");
    item.arrayValues.load("values,types");
    item.load("formula");
    await fake.context.sync();
    expect(item.formula).toBe("=Data!$A$1");
    expect(item.arrayValues.values).toEqual([[5]]);
    expect(item.arrayValues.types).toEqual([["Double"]]);
    // Deleting the sheet breaks the name, as in Excel.
    fake.addSheet("Lain");
    fake.context.workbook.worksheets.getItem("Data").delete();
    await fake.context.sync();
    expect(fake.workbook.names[0].formula).toBe("=#REF!$A$1");
  });

  test("a sheet's own names (Worksheet.names): scope, hiding, copy with the sheet, gone with it", async () => {
    const fake = createFakeExcel({ sheets: ["IKU 2025", "IKU 2026"] });
    const { context } = fake;
    const wb = context.workbook;
    wb.names.add("HASIL", "='IKU 2025'!$A$1");
    const s2026 = wb.worksheets.getItem("IKU 2026");
    s2026.names.add("HASIL", "='IKU 2026'!$B$2");
    await context.sync();
    // The workbook lists its own names only; the sheet lists its own, with their scope.
    wb.names.load("items/name");
    wb.worksheets.load("items/name,items/names/items/name,items/names/items/scope");
    await context.sync();
    expect(wb.names.items.map((n) => n.name)).toEqual(["HASIL"]);
    expect(
      wb.worksheets.items.map((s) => [s.name, s.names.items.map((n) => [n.name, n.scope])])
    ).toEqual([
      ["IKU 2025", []],
      ["IKU 2026", [["HASIL", "Worksheet"]]],
    ]);
    // On its sheet the sheet's name hides the workbook's.
    expect(fake.named("HASIL", "IKU 2026")).toMatchObject({ address: "B2" });
    expect(fake.named("HASIL", "IKU 2025")).toMatchObject({ address: "A1" });

    // Refused as Excel refuses: the same name twice in one scope, a text that is no name.
    for (const name of ["HASIL", "A1", "XFD1048576", "R1C1", "1TAHUN", "DUA KATA"]) {
      s2026.names.add(name, "='IKU 2026'!$C$3");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one refused batch each
      await expect(context.sync()).rejects.toMatchObject({
        code: expect.stringMatching(/^(ItemAlreadyExists|InvalidArgument)$/),
      });
    }
    // A name that only looks like a column beyond XFD is a name.
    s2026.names.add("IKU06_X", "='IKU 2026'!$C$3");
    await context.sync();

    // A copy of the sheet gets copies of its names, referring to the copy's cells.
    const copy = s2026.copy("End");
    copy.load("name");
    await context.sync();
    expect(copy.name).toBe("IKU 2026 (2)");
    expect(
      fake.workbook.names
        .filter((n) => n.scope === "IKU 2026 (2)")
        .map((n) => [n.name, n.formula])
        .sort()
    ).toEqual([
      ["HASIL", "='IKU 2026 (2)'!$B$2"],
      ["IKU06_X", "='IKU 2026 (2)'!$C$3"],
    ]);
    // Deleting a sheet deletes its names; a workbook name referring to it reads #REF!.
    copy.delete();
    wb.worksheets.getItem("IKU 2025").delete();
    await context.sync();
    expect(fake.workbook.names.map((n) => [n.name, n.scope, n.formula])).toEqual([
      ["HASIL", undefined, "=#REF!$A$1"],
      ["HASIL", "IKU 2026", "='IKU 2026'!$B$2"],
      ["IKU06_X", "IKU 2026", "='IKU 2026'!$C$3"],
    ]);
    // A sheet's name is reached, changed and deleted through its own collection only.
    const own = s2026.names.getItemOrNullObject("iku06_x");
    const wide = wb.names.getItemOrNullObject("IKU06_X");
    await context.sync();
    expect([own.isNullObject, wide.isNullObject]).toEqual([false, true]);
    own.delete();
    await context.sync();
    expect(fake.workbook.names.map((n) => n.name)).toEqual(["HASIL", "HASIL"]);
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

  test("copyFrom 'All' copies contents, formats, merges, validation and marks, not widths; a protected destination refuses it", async () => {
    const fake = createFakeExcel({ sheets: ["Data", "Copy"] });
    const { context } = fake;
    const data = context.workbook.worksheets.getItem("Data");
    const source = data.getRange("A1:C3");
    source.numberFormat = [
      ["@", "General", "General"],
      ["0.00", "General", "General"],
      ["General", "General", "General"],
    ];
    source.formulas = [
      ["(1)", "=A2*2", ""],
      [1.5, "", ""],
      ["", "", "x"],
    ];
    data.getRange("A3:B3").merge(false);
    data.getRange("B1").format.fill.color = "#FFFF00";
    data.getRange("A2").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThan" } };
    data.getRange("A1:A4").conditionalFormats.add("Custom").custom.rule.formula = "=A1>5";
    data.getRange("A:A").format.columnWidth = 90;
    const copy = context.workbook.worksheets.getItem("Copy");
    copy.getRange("A1:C3").copyFrom(source, "All");
    await context.sync();
    const from = fake.sheet("Data");
    const to = fake.sheet("Copy");
    expect([...to.cells]).toEqual([...from.cells].filter(([k]) => k !== "C4"));
    expect(to.cells.get("B1")).toEqual({ formula: "=A2*2", value: "" });
    expect(to.cells.get("A1")).toEqual({ formula: "(1)", value: "(1)" });
    expect([...to.numberFormats]).toEqual([...from.numberFormats]);
    expect(to.formats.get("B1")).toEqual({ "fill.color": "#FFFF00" });
    expect(to.merges).toEqual(["A3:B3"]);
    expect([...to.validations.keys()]).toEqual(["A2"]);
    // The mark is copied for the cells inside the source only.
    expect(to.conditionalFormats.map((cf) => [cf.address, [...cf.cells], cf.formula])).toEqual([
      ["A1:A3", ["A1", "A2", "A3"], "=A1>5"],
    ]);
    expect(to.columnWidths.size).toBe(0);

    // Paste All replaces what the destination had: a blank source cell clears it.
    fake.typeAt("Copy", "C1", "lama");
    copy.getRange("A1:C3").copyFrom(source, "All");
    await context.sync();
    expect(to.cells.has("C1")).toBe(false);
    expect(to.conditionalFormats).toHaveLength(1);

    to.protected = true;
    copy.getRange("A1:C3").copyFrom(source, "All");
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    to.protected = false;
    // Part of a merge cannot be pasted over.
    copy.getRange("A3").copyFrom(data.getRange("A1"), "All");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    // Formulas pasted elsewhere would need Excel's reference shifting: not modelled.
    copy.getRange("E1").copyFrom(source, "All");
    await expect(context.sync()).rejects.toThrow(/not modelled/);
  });

  test("a copied sheet is a full copy; visibility, renaming and protection options are Excel's", async () => {
    const fake = createFakeExcel({ sheets: ["IKU", "Data"] });
    const { context } = fake;
    fake.workbook.names.push({ name: "TOTAL", formula: "=IKU!$A$1", comment: "" });
    const iku = context.workbook.worksheets.getItem("IKU");
    iku.getRange("A1").values = [[7]];
    iku.getRange("B:B").format.columnWidth = 80;
    iku.protection.protect({ allowFormatCells: true, selectionMode: "Unlocked" });
    const copy = iku.copy("End");
    copy.load("name");
    await context.sync();
    expect(copy.name).toBe("IKU (2)");
    const copied = fake.sheet("IKU (2)");
    expect(copied.cells.get("A1")).toEqual({ formula: 7, value: 7 });
    expect(copied.columnWidths.get("B")).toBe(80);
    expect(copied.protected).toBe(true);
    iku.protection.load("options");
    await context.sync();
    expect(iku.protection.options).toMatchObject({
      allowFormatCells: true,
      allowFormatRows: false,
      selectionMode: "Unlocked",
    });
    // The copy is not the sheet: changing one leaves the other.
    copied.cells.set("A1", { formula: 8, value: 8 });
    expect(fake.sheet("IKU").cells.get("A1")?.value).toBe(7);

    copy.name = "Cadangan";
    copy.visibility = "Hidden";
    await context.sync();
    expect(fake.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["IKU", "Visible"],
      ["Data", "Visible"],
      ["Cadangan", "Hidden"],
    ]);
    // Renaming the sheet a name refers to moves the name with it.
    iku.name = "IKU 2026";
    await context.sync();
    expect(fake.workbook.names[0].formula).toBe("='IKU 2026'!$A$1");
    // The last visible sheet can be neither hidden nor deleted.
    context.workbook.worksheets.getItem("Data").delete();
    await context.sync();
    context.workbook.worksheets.getItem("IKU 2026").visibility = "Hidden";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    context.workbook.worksheets.getItem("IKU 2026").delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("row and column properties are client results, readable after the sync", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const { context } = fake;
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("2:2").format.rowHeight = 30;
    sheet.getRange("B:B").format.columnWidth = 70;
    const rows = sheet.getRange("A1:B2").getRowProperties({
      rowIndex: true,
      format: { rowHeight: true, useStandardHeight: true },
    });
    const columns = sheet.getRange("A1:B2").getColumnProperties({
      columnIndex: true,
      format: { columnWidth: true, useStandardWidth: true },
    });
    expect(() => rows.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(rows.value).toEqual([
      { rowIndex: 0, format: { rowHeight: 15, useStandardHeight: true } },
      { rowIndex: 1, format: { rowHeight: 30, useStandardHeight: false } },
    ]);
    expect(columns.value).toEqual([
      { columnIndex: 0, format: { columnWidth: 48, useStandardWidth: true } },
      { columnIndex: 1, format: { columnWidth: 70, useStandardWidth: false } },
    ]);
    sheet.getRange("B:B").format.useStandardWidth = true;
    await context.sync();
    expect(fake.sheet("Data").columnWidths.size).toBe(0);
  });

  test("Excel.run gives each batch its own queue; onChanged handlers are registered at the sync", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    const seen: unknown[] = [];
    const registration = await withExcel(fake, () =>
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Data").onChanged.add(async (args) => {
          seen.push(args);
        });
        expect(fake.workbook.handlers.size).toBe(0);
        return r;
      })
    );
    fake.typeAt("Data", "C3", "baru");
    await fake.changed("Data", "C3");
    expect(seen).toMatchObject([{ type: "WorksheetChanged", address: "C3" }]);
    // Excel.run(registration.context, …) continues in the same context.
    await fake.run(registration.context, async () => registration.remove());
    expect(fake.workbook.handlers.get("data")).toEqual([]);
    expect(fake.syncs()).toBe(2);
  });

  test("an API the fake does not model fails loudly", () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.getItem("Sheet1");
    expect(() => sheet.getRange("A1").getCell(0, 0)).toThrow(/not modelled/);
    expect(() => {
      (sheet as unknown as { tabColor: string }).tabColor = "#FF0000";
    }).toThrow(/cannot be set/);
  });
});
