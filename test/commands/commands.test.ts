/*
 * "Bantuan Fungsi" on every host: the ribbon command as Office runs it (Office.onReady, then
 * Office.actions.associate), on a fake Office whose requirement sets and dialog behave like
 * Excel on the web (no OpenBrowserWindowApi) or desktop.
 */
import { HELP_PROBLEM_EVENT, type HelpProblemDetail } from "../../src/commands/help";

const PAGE = "https://localhost:3000/taskpane.html";
const HELP = "https://localhost:3000/help.html";

interface FakeOptions {
  /** Requirement sets the host has (name → true). */
  sets: Record<string, boolean>;
  /** openBrowserWindow exists (desktop) and what it does. */
  openBrowserWindow?: (url: string) => void;
  /** How displayDialogAsync answers. */
  dialog: { ok: true } | { ok: false; code: number; message: string };
}

interface Fake {
  browserWindows: string[];
  dialogs: { url: string; options: unknown }[];
  shownPane: number;
  problems: HelpProblemDetail[];
  completed: number;
}

/** Loads commands.ts against a fake Office and returns the registered openHelp. */
async function loadCommand(
  options: FakeOptions
): Promise<{ run: () => Promise<void>; fake: Fake }> {
  const fake: Fake = { browserWindows: [], dialogs: [], shownPane: 0, problems: [], completed: 0 };
  const page = new EventTarget();
  page.addEventListener(HELP_PROBLEM_EVENT, (e) =>
    fake.problems.push((e as CustomEvent<HelpProblemDetail>).detail)
  );
  const ui: Record<string, unknown> = {
    displayDialogAsync: (
      url: string,
      opts: unknown,
      callback: (r: { status: string; value?: unknown; error?: unknown }) => void
    ) => {
      fake.dialogs.push({ url, options: opts });
      const d = options.dialog;
      setTimeout(() =>
        callback(
          d.ok
            ? { status: "succeeded", value: { close() {}, addEventHandler() {} } }
            : { status: "failed", error: { code: d.code, message: d.message } }
        )
      );
    },
  };
  if (options.openBrowserWindow) {
    const open = options.openBrowserWindow;
    ui.openBrowserWindow = (url: string) => {
      fake.browserWindows.push(url);
      open(url);
    };
  }
  let handler: ((event: { completed(): void }) => void) | undefined;
  const office = {
    onReady: (cb: (info: { host: string }) => void) => cb({ host: "Excel" }),
    actions: {
      associate: (name: string, fn: typeof handler) => {
        if (name === "openHelp") handler = fn;
      },
    },
    context: {
      requirements: { isSetSupported: (name: string) => options.sets[name] === true },
      ui,
    },
    addin: {
      showAsTaskpane: () => {
        fake.shownPane++;
        return Promise.resolve();
      },
    },
  };
  const g = globalThis as Record<string, unknown>;
  g.Office = office;
  g.window = Object.assign(page, { location: { href: PAGE } });
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  if (!handler) throw new Error("openHelp was not associated");
  const registered = handler;
  const run = () =>
    new Promise<void>((resolve) => {
      registered({
        completed: () => {
          fake.completed++;
          resolve();
        },
      });
    });
  return { run, fake };
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.Office;
  delete g.window;
});

describe("Bantuan Fungsi", () => {
  it("on a host without OpenBrowserWindowApi (Excel on the web) opens the help in a dialog", async () => {
    const { run, fake } = await loadCommand({ sets: { DialogApi: true }, dialog: { ok: true } });
    await run();
    expect(fake.browserWindows).toEqual([]);
    expect(fake.dialogs.map((d) => d.url)).toEqual([HELP]);
    expect(fake.problems).toEqual([]);
    expect(fake.completed).toBe(1);
  });

  it("on desktop opens the help in the browser", async () => {
    const { run, fake } = await loadCommand({
      sets: { OpenBrowserWindowApi: true },
      openBrowserWindow: () => undefined,
      dialog: { ok: true },
    });
    await run();
    expect(fake.browserWindows).toEqual([HELP]);
    expect(fake.dialogs).toEqual([]);
    expect(fake.completed).toBe(1);
  });

  it("falls back to the dialog when openBrowserWindow throws", async () => {
    const { run, fake } = await loadCommand({
      sets: { OpenBrowserWindowApi: true },
      openBrowserWindow: () => {
        throw new Error("not supported");
      },
      dialog: { ok: true },
    });
    await run();
    expect(fake.dialogs.map((d) => d.url)).toEqual([HELP]);
    expect(fake.problems).toEqual([]);
  });

  it("shows the pane with the error and the link when the dialog is refused too", async () => {
    const { run, fake } = await loadCommand({
      sets: {},
      dialog: { ok: false, code: 12007, message: "A dialog box is already opened." },
    });
    await run();
    expect(fake.shownPane).toBe(1);
    expect(fake.problems).toHaveLength(1);
    expect(fake.problems[0].url).toBe(HELP);
    expect(fake.problems[0].detail).toContain("12007");
    expect(fake.completed).toBe(1);
  });
});
