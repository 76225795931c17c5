/*
 * jsdom lacks a few browser APIs Fluent UI v9 touches. Imported first by every UI test file
 * (jest.config.js has no setupFiles entry for the ui project).
 */

import { loadSettingsCheck } from "../../src/taskpane/settingsCheck";

class ResizeObserverShim {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = ResizeObserverShim;

if (typeof window !== "undefined" && typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom's scrollTo only reports "not implemented".
if (typeof window !== "undefined") {
  window.scrollTo = () => undefined;
}

// The form's check loads after the pane's first paint (src/taskpane/settingsCheck.ts); tests start
// where a user is a moment later, with it loaded. generate.test.tsx tests the moment before.
beforeAll(async () => {
  await loadSettingsCheck();
});

// "No console errors, ever": any console.error or console.warn during a test fails it (React's act() and
// key warnings, Fluent's dev warnings, unhandled failures the pane logs).
const logged: string[] = [];
beforeEach(() => {
  logged.length = 0;
  for (const level of ["error", "warn"] as const) {
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${level}: ${args.map(String).join(" ")}`);
    });
  }
});
afterEach(() => {
  jest.restoreAllMocks();
  if (logged.length > 0) throw new Error(logged.join("\n"));
});
