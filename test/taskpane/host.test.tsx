import "./setup";
import type { CheckOutcome } from "../../src/office/api";
import {
  type ExcelOperations,
  createExcelHost,
  createExcelHostWith,
  readHostInfo,
  unavailableHost,
} from "../../src/office/host";
import { openHelpPage, readPreference, writePreference } from "../../src/office/shell";

const SETTINGS = {
  tahun: 2026,
  namaPerangkatDaerah: "DSPM",
  sheetName: "IKU 2026",
  mode: "iku" as const,
};
const OUTCOME: CheckOutcome = {
  sheets: ["IKU 2026"],
  findings: [],
  checkedAt: "2026-11-27T10:00:00Z",
};

type OfficeContextShape = {
  displayLanguage?: string;
  diagnostics?: { host: string; platform: string };
  platform?: string;
  requirements?: { isSetSupported(name: string, version?: string): boolean };
};

function withOffice(context: OfficeContextShape | undefined): void {
  (globalThis as unknown as { Office?: unknown }).Office = { context };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

function ops(overrides: Partial<ExcelOperations> = {}): ExcelOperations {
  return {
    generate: () =>
      Promise.resolve({
        ok: true,
        value: { sheet: "IKU 2026", created: true, indicators: 18, keptValues: 0, range: "A1:T40" },
      }),
    validate: () => Promise.resolve({ ok: true, value: OUTCOME }),
    audit: () => Promise.resolve({ ok: true, value: OUTCOME }),
    ringkasan: () => Promise.resolve({ ok: true, value: { kind: "noIkuSheet" } }),
    writeAuditReport: () => Promise.resolve({ ok: true, value: { sheet: "Audit IKU", rows: 0 } }),
    createKatalog: () =>
      Promise.resolve({
        ok: true,
        value: { sheet: "Katalog IKU", indicators: 18, replaced: false },
      }),
    createLkjip: () =>
      Promise.resolve({
        ok: true,
        value: {
          sheet: "Pengukuran Kinerja 2026",
          created: true,
          years: [2026],
          renstra: false,
          kept: 0,
          range: "A1:J99",
        },
      }),
    addLkjipCharts: () =>
      Promise.resolve({
        ok: true,
        value: { sheet: "Pengukuran Kinerja 2026", added: 19, replaced: 0 },
      }),
    writeRenstra: () =>
      Promise.resolve({
        ok: true,
        value: {
          sheet: "Target Renstra",
          created: true,
          indicators: 18,
          periode: { awal: 2025, akhir: 2029 },
          kept: 0,
          relink: [],
        },
      }),
    selectCell: () => Promise.resolve({ ok: true, value: undefined }),
    onSheetChanged: () => Promise.resolve({ ok: true, value: () => Promise.resolve() }),
    rememberSheets: () => Promise.resolve({ ok: true, value: undefined }),
    ...overrides,
  };
}

describe("readHostInfo", () => {
  test("reads host, platform, language and custom-function support from Office.context", () => {
    const asked: string[] = [];
    withOffice({
      displayLanguage: "id-ID",
      diagnostics: { host: "Excel", platform: "OfficeOnline" },
      requirements: {
        isSetSupported: (name, version) => {
          asked.push(`${name} ${version}`);
          return name === "CustomFunctionsRuntime";
        },
      },
    });
    expect(readHostInfo()).toEqual({
      inExcel: true,
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: "id-ID",
      customFunctions: true,
      undo: false,
    });
    expect(asked).toEqual(["CustomFunctionsRuntime 1.1", "ExcelApi 1.20"]);
  });

  test("an older Excel without the requirements API gets plain formulas", () => {
    withOffice({ displayLanguage: "en-US", platform: "PC" });
    expect(readHostInfo()).toMatchObject({
      platform: "PC",
      displayLanguage: "en-US",
      customFunctions: false,
    });
  });

  test("a throwing requirements API counts as unsupported", () => {
    withOffice({
      displayLanguage: "en-US",
      requirements: {
        isSetSupported: () => {
          throw new Error("not available");
        },
      },
    });
    expect(readHostInfo().customFunctions).toBe(false);
  });
});

describe("createExcelHostWith", () => {
  test("passes results through", async () => {
    const host = createExcelHostWith(ops());
    await expect(host.validate()).resolves.toEqual({ ok: true, value: OUTCOME });
    await expect(host.writeAuditReport(OUTCOME)).resolves.toEqual({
      ok: true,
      value: { sheet: "Audit IKU", rows: 0 },
    });
  });

  test("an Office error thrown by an operation becomes its problem code", async () => {
    const host = createExcelHostWith(
      ops({
        generate: () =>
          Promise.reject({ code: "InvalidOperationInCellEditMode", message: "Cell edit mode" }),
        selectCell: () => {
          throw new Error("synchronous failure");
        },
      })
    );
    const generated = await host.generate(SETTINGS);
    expect(generated).toMatchObject({
      ok: false,
      problem: { code: "cellEditMode", sheet: "IKU 2026" },
    });
    const selected = await host.selectCell("IKU 2026", "B2");
    expect(selected).toMatchObject({ ok: false, problem: { code: "unknown" } });
    expect(selected.ok ? "" : selected.problem.detail).toContain("synchronous failure");
  });

  test("a refused report write names the report sheet, as every Office error names its sheet", async () => {
    const host = createExcelHostWith(
      ops({
        writeAuditReport: () =>
          Promise.reject({
            code: "AccessDenied",
            message: "denied",
            debugInfo: { errorLocation: "Range.values" },
          }),
      })
    );
    await expect(host.writeAuditReport(OUTCOME)).resolves.toMatchObject({
      ok: false,
      problem: { code: "sheetProtected", sheet: "Audit IKU" },
    });
  });

  test("a failed subscription is a problem, not an exception", async () => {
    const host = createExcelHostWith(
      ops({ onSheetChanged: () => Promise.reject(new Error("gone")) })
    );
    await expect(host.onSheetChanged(() => undefined)).resolves.toMatchObject({
      ok: false,
      problem: { code: "unknown" },
    });
  });

  test("learns the sheet list once, at creation, before any click", async () => {
    let calls = 0;
    const host = createExcelHostWith(
      ops({
        rememberSheets: () => {
          calls++;
          return Promise.resolve({ ok: true, value: undefined });
        },
      })
    );
    expect(calls).toBe(1);
    await host.audit();
    expect(calls).toBe(1);
  });

  test("a failing sheet-list read at creation leaves the actions working", async () => {
    const host = createExcelHostWith(
      ops({ rememberSheets: () => Promise.reject(new Error("Excel busy")) })
    );
    // Flush the rejected start-up read: it must not surface as an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(host.audit()).resolves.toEqual({ ok: true, value: OUTCOME });
  });

  test("info is read once from Office.context", () => {
    withOffice({ displayLanguage: "en-US", diagnostics: { host: "Excel", platform: "Mac" } });
    const host = createExcelHostWith(ops());
    const first = host.info();
    withOffice({ displayLanguage: "id-ID" });
    expect(host.info()).toBe(first);
    expect(first.platform).toBe("Mac");
  });
});

describe("unavailableHost", () => {
  test("reports the language it was given and answers notInExcel to every action", async () => {
    const host = unavailableHost("en-US");
    expect(host.info()).toEqual({
      inExcel: false,
      host: null,
      platform: null,
      displayLanguage: "en-US",
      customFunctions: false,
    });
    const notInExcel = { ok: false, problem: { code: "notInExcel" } };
    await expect(host.generate(SETTINGS)).resolves.toEqual(notInExcel);
    await expect(host.validate()).resolves.toEqual(notInExcel);
    await expect(host.audit()).resolves.toEqual(notInExcel);
    await expect(host.ringkasan()).resolves.toEqual(notInExcel);
    await expect(host.writeAuditReport(OUTCOME)).resolves.toEqual(notInExcel);
    await expect(host.selectCell("IKU 2026", "A1")).resolves.toEqual(notInExcel);
    await expect(host.onSheetChanged(() => undefined)).resolves.toEqual(notInExcel);
  });
});

describe("createExcelHost", () => {
  test("is wired to the real operations: without Excel.run they answer notInExcel, never throw", async () => {
    withOffice({ displayLanguage: "id-ID", diagnostics: { host: "Excel", platform: "PC" } });
    const host = createExcelHost();
    expect(host.info()).toMatchObject({ inExcel: true, host: "Excel", platform: "PC" });
    const notInExcel = { ok: false, problem: { code: "notInExcel" } };
    await expect(host.generate(SETTINGS)).resolves.toEqual(notInExcel);
    await expect(host.validate()).resolves.toEqual(notInExcel);
    await expect(host.audit()).resolves.toEqual(notInExcel);
    await expect(host.ringkasan()).resolves.toEqual(notInExcel);
    await expect(host.writeAuditReport(OUTCOME)).resolves.toEqual(notInExcel);
    await expect(host.selectCell("IKU 2026", "A1")).resolves.toEqual(notInExcel);
    await expect(host.onSheetChanged(() => undefined)).resolves.toEqual(notInExcel);
  });

  test("an Excel.run failure (cell-edit mode) reaches the pane as its problem code", async () => {
    const g = globalThis as unknown as { Excel?: unknown };
    g.Excel = {
      run: () => Promise.reject({ code: "InvalidOperationInCellEditMode", message: "edit mode" }),
    };
    try {
      const host = createExcelHost();
      await expect(host.validate()).resolves.toMatchObject({
        ok: false,
        problem: { code: "cellEditMode" },
      });
      await expect(host.generate(SETTINGS)).resolves.toMatchObject({
        ok: false,
        problem: { code: "cellEditMode" },
      });
    } finally {
      delete g.Excel;
    }
  });
});

describe("help page and preferences (src/office/shell)", () => {
  const URL_ = "https://localhost:3000/help.html";
  type Ui = { openBrowserWindow?: (u: string) => void; displayDialogAsync?: (u: string) => void };

  function officeWith(platform: string, browserWindow: boolean, ui: Ui): void {
    (globalThis as unknown as { Office?: unknown }).Office = {
      context: {
        platform,
        requirements: {
          isSetSupported: (name: string) => name === "OpenBrowserWindowApi" && browserWindow,
        },
        ui,
      },
    };
  }

  test("Excel on Windows or Mac: Office's browser window", () => {
    const opened: string[] = [];
    officeWith("PC", true, {
      openBrowserWindow: (u) => opened.push(u),
      displayDialogAsync: () => opened.push("dialog"),
    });
    expect(openHelpPage(URL_)).toBe("browser");
    expect(opened).toEqual([URL_]);
  });

  test("Excel on the web: a browser tab (no openBrowserWindow there)", () => {
    const dialogs: string[] = [];
    officeWith("OfficeOnline", false, { displayDialogAsync: (u) => dialogs.push(u) });
    const open = jest.spyOn(window, "open").mockReturnValue({ opener: window } as Window);
    expect(openHelpPage(URL_)).toBe("window");
    expect(open).toHaveBeenCalledWith(URL_, "_blank");
    expect(dialogs).toEqual([]);
  });

  test("an older desktop Excel without OpenBrowserWindowApi: an Office dialog", () => {
    const dialogs: string[] = [];
    officeWith("PC", false, { displayDialogAsync: (u) => dialogs.push(u) });
    expect(openHelpPage(URL_)).toBe("dialog");
    expect(dialogs).toEqual([URL_]);
  });

  test("outside Office: a window, or 'none' when the browser blocks it", () => {
    const open = jest.spyOn(window, "open").mockReturnValue(null);
    expect(openHelpPage(URL_)).toBe("none");
    expect(open).toHaveBeenCalledTimes(1);
  });

  test("preferences live in localStorage, or in the document when storage is blocked", () => {
    window.localStorage.clear();
    expect(readPreference("firstRunSeen")).toBeNull();
    writePreference("firstRunSeen", "1");
    expect(readPreference("firstRunSeen")).toBe("1");
    window.localStorage.clear();

    const store = new Map<string, unknown>();
    let saved = 0;
    (globalThis as unknown as { Office?: unknown }).Office = {
      context: {
        document: {
          settings: {
            get: (k: string) => store.get(k) ?? null,
            set: (k: string, v: unknown) => store.set(k, v),
            saveAsync: () => (saved += 1),
          },
        },
      },
    };
    const blocked = () => {
      throw new DOMException("blocked", "SecurityError");
    };
    jest.spyOn(Storage.prototype, "getItem").mockImplementation(blocked);
    jest.spyOn(Storage.prototype, "setItem").mockImplementation(blocked);
    writePreference("firstRunSeen", "1");
    expect(saved).toBe(1);
    expect(readPreference("firstRunSeen")).toBe("1");
  });
});
