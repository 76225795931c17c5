/**
 * The globals a task pane inside Excel on the web sees (Excel, OfficeExtension, Office), over the
 * one fake Excel (test/fake-excel/fake-excel.ts), for the Chromium harness page.
 */
import { OfficeError, type FakeExcel } from "../../fake-excel/fake-excel";

export interface FakeOfficeOptions {
  displayLanguage: string;
  customFunctions: boolean;
  platform: string;
  /** Office.context.officeTheme (absent: the host does not report one). */
  officeTheme?: { bodyBackgroundColor: string };
}

/** Calls to Office.context.ui (help page openings), for the tests to read. */
export const uiCalls: { api: "openBrowserWindow" | "displayDialogAsync"; url: string }[] = [];

/** Excel's enum convention: camelCase member → PascalCase string value. */
function pascal(member: string): string {
  return member.charAt(0).toUpperCase() + member.slice(1);
}

const enumProxy = (): Record<string, Record<string, string>> =>
  new Proxy({} as Record<string, Record<string, string>>, {
    get: (_t, enumName) =>
      typeof enumName === "string"
        ? new Proxy({} as Record<string, string>, {
            get: (_e, member) => (typeof member === "string" ? pascal(member) : undefined),
          })
        : undefined,
  });

/** Numeric compare of requirement-set versions ("1.20" > "1.9"). */
function versionAtMost(version: string | undefined, max: string): boolean {
  if (version === undefined) return true;
  const [a1, a2 = 0] = version.split(".").map(Number);
  const [b1, b2 = 0] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export function installFakeOffice(fake: FakeExcel, options: FakeOfficeOptions): void {
  const g = globalThis as unknown as Record<string, unknown>;
  const enums = enumProxy();
  g.Excel = new Proxy({ run: fake.run } as Record<string, unknown>, {
    get: (target, prop) =>
      typeof prop === "string" && prop in target ? target[prop] : enums[prop as string],
  });
  g.OfficeExtension = { Error: OfficeError, ErrorCodes: enums.ErrorCodes };
  const info = { host: "Excel", platform: options.platform, addin: null };
  g.Office = {
    HostType: enums.HostType,
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Universal: "Universal",
    },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: "Excel",
      platform: options.platform,
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      diagnostics: { host: "Excel", platform: options.platform, version: "16.0.fake" },
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (name === "CustomFunctionsRuntime") return options.customFunctions;
          // Excel on the web has no openBrowserWindow.
          if (name === "OpenBrowserWindowApi") return options.platform !== "OfficeOnline";
          // Undo of API changes (ExcelApi 1.20) is newer than this fake.
          if (name === "ExcelApi") return versionAtMost(version, "1.19");
          return true;
        },
      },
      ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
      ui: {
        ...(options.platform !== "OfficeOnline"
          ? {
              openBrowserWindow: (url: string) => {
                uiCalls.push({ api: "openBrowserWindow", url });
              },
            }
          : {}),
        displayDialogAsync: (url: string, _options: unknown, callback?: (r: unknown) => void) => {
          uiCalls.push({ api: "displayDialogAsync", url });
          callback?.({ status: "succeeded", value: { close: () => undefined } });
        },
      },
      document: { url: fake.workbook.name },
    },
    actions: { associate: () => undefined },
    addin: { showAsTaskpane: async () => undefined, hide: async () => undefined },
  };
}
