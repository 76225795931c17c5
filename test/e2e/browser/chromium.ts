import * as fs from "node:fs";
import * as path from "node:path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** Debian's chromium package; CI installs it in .ci/run. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
export const ARTIFACTS_DIR = path.join(REPO_ROOT, "test-artifacts", "chromium");

/** Where Office.js is published; production pages load it from there. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS_DIR = path.join(
  REPO_ROOT,
  "node_modules",
  "@microsoft",
  "office-js",
  "dist"
);

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Fails (never skips) when Chromium is missing: these tests must run wherever the suite runs. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium tidak ditemukan di ${CHROMIUM_PATH} / Chromium not found at ${CHROMIUM_PATH}. ` +
        "Install the Debian package (`sudo apt-get install chromium`, done by .ci/run) " +
        "or set CHROMIUM_PATH to a Chromium binary."
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS, timeout: 60_000 });
}

export interface NetworkPolicy {
  /** Origins the page may reach (the local test server). */
  allowOrigins: string[];
  /** Serve requests for Office's CDN from node_modules/@microsoft/office-js/dist. */
  officeFromLocalCopy: boolean;
  /** The browser's language (navigator.language), e.g. "id-ID". */
  locale?: string;
  /** CSS pixels of the pane (420 × 900 unless given). */
  viewport?: { width: number; height: number };
  /** Browser zoom as device pixels per CSS pixel: 2 is 200 %. */
  deviceScaleFactor?: number;
}

/** Problems a page reported: uncaught exceptions and console errors. */
export interface PageWatch {
  pageErrors: string[];
  consoleErrors: string[];
  /** Requests refused by the network policy (the machine is offline; tests must not depend on it). */
  blocked: string[];
  /** Console messages of every type, for diagnostics when an assertion fails. */
  log: string[];
}

/**
 * A fresh context (no shared storage between tests) with a network policy: the local server is
 * reachable, Office's CDN is optionally answered from the local office-js package, and every other
 * request is refused as if offline, so results never depend on the network.
 */
export async function openPage(
  browser: Browser,
  policy: NetworkPolicy
): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  // A task pane is narrow: 420 px is close to Excel's default pane width.
  const context = await browser.newContext({
    viewport: policy.viewport ?? { width: 420, height: 900 },
    deviceScaleFactor: policy.deviceScaleFactor ?? 1,
    locale: policy.locale ?? "id-ID",
  });
  const watch: PageWatch = { pageErrors: [], consoleErrors: [], blocked: [], log: [] };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (policy.allowOrigins.some((origin) => url.startsWith(origin + "/"))) return route.continue();
    if (url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (policy.officeFromLocalCopy && url.startsWith(OFFICE_CDN)) {
      const relative = new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length);
      const file = path.resolve(OFFICE_JS_DIR, relative);
      if (file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file)) {
        return route.fulfill({ path: file });
      }
      return route.fulfill({ status: 404, body: "Not in the local office-js copy" });
    }
    watch.blocked.push(url);
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => watch.pageErrors.push(`${error.name}: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    const where = message.location().url;
    watch.log.push(`[${message.type()}] ${text}${where ? ` (${where})` : ""}`);
    if (message.type() !== "error") return;
    // The browser reports a refused request as a console error; refusing it is the test's own
    // doing (offline simulation), so only unexpected failures count.
    if (text.startsWith("Failed to load resource") && watch.blocked.includes(where)) return;
    watch.consoleErrors.push(`${text}${where ? ` (${where})` : ""}`);
  });
  return { context, page, watch };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

export interface AxeOutcome {
  violations: AxeViolation[];
  /** Nodes left out as known false positives, with the reason, for the report. */
  suppressed: string[];
}

/**
 * Runs axe-core (from node_modules, injected into the page) on the whole document.
 *
 * One known false positive is left out, narrowly: Fluent UI v9's focus manager (Tabster) inserts
 * invisible `<i data-tabster-dummy tabindex="0" aria-hidden="true">` elements whose only job is to
 * pass focus on; axe reports them as aria-hidden-focus (microsoft/tabster#288,
 * microsoft/fluentui#25133; Accessibility Insights suppresses exactly this since
 * microsoft/accessibility-insights-web#7605). Only that rule on elements carrying that attribute
 * is dropped; any other aria-hidden-focus node still fails.
 */
export async function runAxe(page: Page): Promise<AxeOutcome> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the pages'
  // Content-Security-Policy refuses inline scripts, as it should.
  await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    type AxeNode = { target: unknown[] };
    type AxeResult = {
      violations: { id: string; impact?: string | null; help: string; nodes: AxeNode[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    const suppressed: string[] = [];
    const isTabsterDummy = (node: AxeNode) => {
      const selector = node.target[node.target.length - 1];
      const element = typeof selector === "string" ? document.querySelector(selector) : null;
      return element !== null && element.hasAttribute("data-tabster-dummy");
    };
    const violations = result.violations
      .map((v) => {
        let nodes = v.nodes;
        if (v.id === "aria-hidden-focus") {
          nodes = v.nodes.filter((n) => {
            if (!isTabsterDummy(n)) return true;
            suppressed.push(`aria-hidden-focus on Tabster focus guard ${n.target.join(" ")}`);
            return false;
          });
        }
        return { ...v, nodes };
      })
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(" ")),
      }));
    return { violations, suppressed };
  });
}

/** Serious and critical violations fail a test; the rest are printed for the report. */
export function splitAxe(violations: AxeViolation[]): {
  blocking: AxeViolation[];
  other: AxeViolation[];
} {
  const isBlocking = (v: AxeViolation) => v.impact === "serious" || v.impact === "critical";
  return {
    blocking: violations.filter(isBlocking),
    other: violations.filter((v) => !isBlocking(v)),
  };
}

export function describeAxe(state: string, outcome: AxeOutcome): string {
  const { violations, suppressed } = outcome;
  const lines = [
    violations.length === 0
      ? `axe [${state}]: no violations`
      : `axe [${state}]: ${violations.length} violation(s)`,
    ...violations.map(
      (v) =>
        `  - ${v.impact ?? "?"} ${v.id} (${v.nodes} node(s)): ${v.help} — ${v.targets.join(", ")}`
    ),
  ];
  if (suppressed.length)
    lines.push(`  (left out as known false positives: ${suppressed.join("; ")})`);
  return lines.join("\n");
}

/** For failure messages: everything the page said. */
export function describeWatch(watch: PageWatch): string {
  return [
    `page errors: ${JSON.stringify(watch.pageErrors)}`,
    `console errors: ${JSON.stringify(watch.consoleErrors)}`,
    `blocked requests: ${JSON.stringify(watch.blocked)}`,
    `console log:\n${watch.log.join("\n")}`,
  ].join("\n");
}
