import "./setup";
import { screen, waitFor } from "@testing-library/react";
import type * as SettingsCheck from "../../src/taskpane/settingsCheck";
import type * as CheckTabs from "../../src/taskpane/checkTabs";
import type * as RingkasanLoader from "../../src/taskpane/ringkasanTabLoader";
import type * as RenstraLazy from "../../src/taskpane/renstraLazy";

/*
 * The entry point: it must render after Office.onReady, with the Excel host inside Excel and the
 * unavailable host everywhere else, including when office.js did not load at all.
 */

type Global = { Office?: unknown };

/** Loading the whole entry in a fresh registry is slow on a busy machine: wait generously. */
const SLOW = { timeout: 20000 };
jest.setTimeout(120000);

type Act = (callback: () => Promise<void> | void) => Promise<void>;

/** The entry's own React copy (isolated module registry), so act() wraps its renders. */
let act: Act;

/** Loads index.tsx in a fresh module registry, as the page does once. */
async function loadEntry(): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    // require(), not import: both must come from the isolated registry so that each test runs
    // the entry afresh and act() belongs to the entry's own React copy.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    act = (require("react") as { act: Act }).act;
    // The check tabs' chunk (checkTabs.tsx), loaded while this registry is the current one: a
    // load after it would bring a second React copy.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    await (require("../../src/taskpane/checkTabs") as typeof CheckTabs).loadCheckTabs();
    // The Ringkasan tab likewise (ringkasanTabLoader.tsx).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ringkasan = require("../../src/taskpane/ringkasanTabLoader") as typeof RingkasanLoader;
    await ringkasan.loadRingkasanTab();
    // The Target Renstra section likewise (renstraLazy.tsx).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    await (require("../../src/taskpane/renstraLazy") as typeof RenstraLazy).loadRenstraSection();
    // The form's check likewise (settingsCheck.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    await (require("../../src/taskpane/settingsCheck") as typeof SettingsCheck).loadSettingsCheck();
    await act(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/taskpane/index");
    });
  });
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});

afterEach(() => {
  delete (globalThis as Global).Office;
  document.body.innerHTML = "";
});

test("without office.js the pane still renders its notice", async () => {
  await loadEntry();
  expect(await screen.findByTestId("outside-excel", {}, SLOW)).toBeTruthy();
  expect(
    (
      screen.getByRole("button", {
        name: /Buat Lembar IKU|Generate IKU sheet/,
      }) as HTMLButtonElement
    ).disabled
  ).toBe(true);
});

test("in a plain browser (onReady with host null) the actions are disabled", async () => {
  let ready!: (info: { host: null; platform: null }) => void;
  (globalThis as Global).Office = {
    onReady: () => new Promise((resolve) => (ready = resolve)),
    context: undefined,
  };
  await loadEntry();
  // Nothing is rendered before Office.onReady.
  expect(document.getElementById("root")?.childElementCount).toBe(0);
  await act(async () => {
    ready({ host: null, platform: null });
  });
  expect(await screen.findByTestId("outside-excel", {}, SLOW)).toBeTruthy();
});

test("inside Excel it renders the Excel host with Office's language", async () => {
  let ready!: (info: { host: string; platform: string }) => void;
  (globalThis as Global).Office = {
    onReady: () => new Promise((resolve) => (ready = resolve)),
    context: {
      displayLanguage: "en-US",
      diagnostics: { host: "Excel", platform: "PC" },
      requirements: { isSetSupported: () => true },
      officeTheme: { bodyBackgroundColor: "#ffffff" },
    },
  };
  await loadEntry();
  await act(async () => {
    ready({ host: "Excel", platform: "PC" });
  });
  await waitFor(
    () =>
      expect(screen.getByTestId("host-meta").textContent).toContain("Running in Excel for Windows"),
    SLOW
  );
  expect(screen.queryByTestId("outside-excel")).toBeNull();
  expect(
    (screen.getByRole("button", { name: "Generate IKU sheet" }) as HTMLButtonElement).disabled
  ).toBe(false);
});
