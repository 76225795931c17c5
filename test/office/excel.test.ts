import {
  classifyOfficeError,
  excelApiSupported,
  officeErrorInfo,
  runInExcel,
  suspendUntilNextSync,
} from "../../src/office/excel";
import { createFakeExcel, withExcel } from "../fake-excel/fake-excel";

/** An error shaped like OfficeExtension.Error (code, message, debugInfo.errorLocation). */
function officeError(code: string, message: string, errorLocation = "") {
  return Object.assign(new Error(message), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message, errorLocation },
  });
}

const g = globalThis as { Excel?: unknown; Office?: unknown };

describe("classifyOfficeError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "Excel is in cell-editing mode.", "", "cellEditMode"],
    [
      "RequestPayloadSizeLimitExceeded",
      "The request payload size has exceeded the limit.",
      "",
      "payloadTooLarge",
    ],
    [
      "ResponsePayloadSizeLimitExceeded",
      "The response payload size has exceeded the limit.",
      "",
      "payloadTooLarge",
    ],
    [
      "AccessDenied",
      "You cannot perform the requested operation.",
      "WorksheetProtection.unprotect",
      "sheetProtected",
    ],
    [
      "InvalidOperation",
      "The cell or chart you're trying to change is protected.",
      "Range.values",
      "sheetProtected",
    ],
    [
      "GeneralException",
      "There was an internal error while processing the request.",
      "",
      "unknown",
    ],
  ])("%s → %s", (code, message, location, expected) => {
    const problem = classifyOfficeError(officeError(code, message, location), "IKU 2026");
    expect(problem.code).toBe(expected);
    expect(problem.sheet).toBe("IKU 2026");
    expect(problem.detail).toContain(code);
  });

  it("handles errors that are not Office errors", () => {
    expect(classifyOfficeError(new TypeError("boom"))).toEqual({ code: "unknown", detail: "boom" });
    expect(classifyOfficeError("text")).toEqual({ code: "unknown", detail: "text" });
    expect(officeErrorInfo(undefined)).toEqual({ code: "", message: "undefined", location: "" });
  });
});

describe("runInExcel", () => {
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
  });

  it("reports notInExcel outside Office", async () => {
    expect(await runInExcel(async () => ({ ok: true, value: 1 }))).toEqual({
      ok: false,
      problem: { code: "notInExcel" },
    });
  });

  it("returns the batch's result and lets a thrown Office error through to the host", async () => {
    const fake = createFakeExcel();
    await withExcel(fake, async () => {
      expect(await runInExcel(async () => ({ ok: true, value: 7 }))).toEqual({
        ok: true,
        value: 7,
      });
      const failed = runInExcel(async () => {
        throw officeError("InvalidOperationInCellEditMode", "editing");
      });
      // host.ts's guard is where it becomes cellEditMode (test/taskpane/host.test.tsx).
      await expect(failed).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
      // An error of the fake's sync (Excel's own) passes through the same way.
      fake.workbook.cellEditMode = true;
      await expect(
        runInExcel(async (context) => {
          await context.sync();
          return { ok: true, value: 1 };
        })
      ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    });
  });
});

describe("suspendUntilNextSync", () => {
  afterEach(() => delete g.Office);

  it("suspends calculation and screen updating where the API sets exist", () => {
    const fake = createFakeExcel();
    suspendUntilNextSync(fake.context);
    expect(fake.workbook.suspended).toEqual({ calculation: 1, screen: 1 });
  });

  it("skips what the host's API set lacks (ExcelApi 1.8: no screen updating call)", () => {
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (_name: string, version: string) => Number(version) <= 1.8,
        },
      },
    };
    expect(excelApiSupported("1.6")).toBe(true);
    expect(excelApiSupported("1.9")).toBe(false);
    const fake = createFakeExcel();
    suspendUntilNextSync(fake.context);
    expect(fake.workbook.suspended).toEqual({ calculation: 1, screen: 0 });
  });
});
