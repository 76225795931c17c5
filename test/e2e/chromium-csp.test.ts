/**
 * The pages' Content-Security-Policy in headless Chromium, on the production build (dist/, made
 * by `npm run build` before jest): the task pane still renders with Fluent UI's run-time styles
 * and reports no violation, while an injected inline script, an injected <object> and a script
 * from another origin are refused. The same for help.html and help-en.html.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { stringsFor } from "../../src/taskpane/i18n";
import { launchChromium, openPage, REPO_ROOT } from "./browser/chromium";
import { startStaticServer, type StaticServer } from "./browser/server";

jest.setTimeout(180_000);

const DIST = path.join(REPO_ROOT, "dist");
const t = stringsFor("id");

interface Violation {
  directive: string;
  blocked: string;
}

/** Records every CSP violation the page reports (set up before any of its scripts run). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: { directive: string; blocked: string }[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI });
    });
  });
}

function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
}

/** Tries what an attacker's injected markup would do; returns what actually ran. */
async function inject(page: Page): Promise<{ inline: boolean; foreign: boolean; object: boolean }> {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__inlineRan = false;
    const s = document.createElement("script");
    s.textContent = "window.__inlineRan = true;";
    document.body.appendChild(s);
    const f = document.createElement("script");
    f.src = "https://evil.example/x.js";
    document.body.appendChild(f);
    const o = document.createElement("object");
    o.data = "/assets/icon-32.png";
    o.id = "injected-object";
    document.body.appendChild(o);
  });
  // The violation events are queued tasks: give them a turn.
  await page.waitForFunction(
    () => (window as unknown as { __csp: unknown[] }).__csp.length >= 3,
    undefined,
    { timeout: 10_000 }
  );
  const inline = await page.evaluate(
    () => (window as unknown as { __inlineRan: boolean }).__inlineRan
  );
  const v = await violations(page);
  return {
    inline,
    foreign: !v.some((x) => x.blocked.startsWith("https://evil.example")),
    object: !v.some((x) => x.directive.startsWith("object-src")),
  };
}

describe("Content-Security-Policy of the pages", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html")))
      throw new Error(`${DIST}/taskpane.html tidak ada: jalankan \`npm run build\` dulu.`);
    server = await startStaticServer({ "/": DIST });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("taskpane.html: the pane works under the policy and refuses injected scripts and objects", async () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const csp = /http-equiv=["']?Content-Security-Policy["']? content="([^"]*)"/.exec(html)?.[1];
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    // No inline script in the page itself.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const { context, page, watch } = await openPage(browser, {
      allowOrigins: [server.url],
      officeFromLocalCopy: true,
      locale: "id-ID",
    });
    try {
      await recordViolations(page);
      await page.goto(`${server.url}/taskpane.html`, { waitUntil: "load" });
      await page.getByText(t.outsideTitle, { exact: false }).first().waitFor({ timeout: 30_000 });
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(t.title);
      // Fluent UI's styles, inserted at run time by griffel, are applied.
      const styled = await page.evaluate(() => {
        const rules = [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0);
        const tab = document.querySelector('[role="tab"]');
        return { rules, display: tab ? getComputedStyle(tab).display : "" };
      });
      expect(styled.rules).toBeGreaterThan(20);
      // A tab is a <button> (inline-block by default); Fluent lays it out as a grid.
      expect(styled.display).toBe("grid");
      expect(await violations(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      // The browser also reports refusals on the console (office.js frames its telemetry page).
      expect(watch.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

      const ran = await inject(page);
      expect(ran).toEqual({ inline: false, foreign: false, object: false });
      const v = await violations(page);
      expect(v.some((x) => x.directive.startsWith("script-src") && x.blocked === "inline")).toBe(
        true
      );
    } finally {
      await context.close();
    }
  });

  test.each([
    ["help.html", "id-ID"],
    ["help-en.html", "en-US"],
  ])(
    "%s: renders with its styles, no violation, injected scripts refused",
    async (file, locale) => {
      const { context, page } = await openPage(browser, {
        allowOrigins: [server.url],
        officeFromLocalCopy: false,
        locale,
      });
      try {
        await recordViolations(page);
        await page.goto(`${server.url}/${file}`, { waitUntil: "load" });
        expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
        const rules = await page.evaluate(() =>
          [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)
        );
        expect(rules).toBeGreaterThan(0);
        expect(await violations(page)).toEqual([]);
        const ran = await inject(page);
        expect(ran).toEqual({ inline: false, foreign: false, object: false });
      } finally {
        await context.close();
      }
    }
  );
});
