/**
 * The task pane in headless Chromium.
 *
 * 1. The production build (dist/, made by `npm run build` before jest) outside Office: served
 *    over a local server, with Office's CDN either unreachable (this machine is offline, as many
 *    office networks are when the CDN is blocked) or answered from the local office-js package.
 *    Either way the pane must render, disable its actions, show its notice, and report no errors.
 * 2. The real App with the real Excel host (src/office) in a harness page where Excel is an
 *    in-page fake workbook (test/fake-excel/fake-excel.ts): generate, Periksa Data on planted
 *    bad inputs, Audit Rumus on planted formula mistakes. Screenshots go to test-artifacts/chromium
 *    and axe-core runs on every state (no serious or critical violations allowed).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import webpack from "webpack";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { CATALOGUE } from "../../src/core/catalogue";
import { computeIndicator } from "../../src/core/calculation";
import { planInputs } from "../../src/core/sheet/evaluate";
import { REPORT_SHEET } from "../../src/core/report";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { stringsFor } from "../../src/taskpane/i18n";
import type { HarnessControl } from "./harness/control";
import {
  describeAxe,
  describeWatch,
  launchChromium,
  openPage,
  REPO_ROOT,
  runAxe,
  screenshot,
  splitAxe,
  type PageWatch,
} from "./browser/chromium";
import { startStaticServer, type StaticServer } from "./browser/server";
import { lightEdgePixels, readPng } from "./browser/png";

jest.setTimeout(180_000);

const DIST = path.join(REPO_ROOT, "dist");
const HARNESS_OUT = path.join(REPO_ROOT, "test-artifacts", "harness");
const t = stringsFor("id");

/** Fails with the violations listed when axe finds serious or critical ones; prints the rest. */
async function checkAxe(page: Page, state: string): Promise<void> {
  const outcome = await runAxe(page);
  const { blocking } = splitAxe(outcome.violations);
  console.log(describeAxe(state, outcome));
  expect({ state, blocking }).toEqual({ state, blocking: [] });
}

/** A finding's cell link, by its full address (the link shows the short one, the title the full). */
function cellLink(scope: Page | Locator, sheetAndCell: string): Locator {
  return scope.locator(`[data-part=cell][title="${sheetAndCell.replace(/"/g, '\\"')}"]`);
}

function expectQuiet(watch: PageWatch): void {
  const problems = { pageErrors: watch.pageErrors, consoleErrors: watch.consoleErrors };
  if (problems.pageErrors.length || problems.consoleErrors.length)
    console.log(describeWatch(watch));
  expect(problems).toEqual({ pageErrors: [], consoleErrors: [] });
}

/** Each action button sits in its own tab panel; visit the tab, then look at the button. */
async function actionButtonsDisabled(page: Page): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  const pairs: [string, string][] = [
    [t.tabGenerate, t.generateButton],
    [t.tabValidate, t.validateButton],
    [t.tabAudit, t.auditButton],
  ];
  for (const [tab, button] of pairs) {
    await page.getByRole("tab", { name: tab, exact: true }).click();
    out[button] = await page.getByRole("button", { name: button, exact: true }).isDisabled();
  }
  await page.getByRole("tab", { name: t.tabGenerate, exact: true }).click();
  return out;
}

describe("production task pane outside Office", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
      throw new Error(
        `${DIST}/taskpane.html tidak ada: jalankan \`npm run build\` dulu (npm test does it before jest).`
      );
    }
    server = await startStaticServer({ "/": DIST });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const variants = [
    { name: "offline", officeFromLocalCopy: false, label: "office.js CDN unreachable" },
    {
      name: "office-js-local",
      officeFromLocalCopy: true,
      label: "office.js from the local package",
    },
  ];

  for (const variant of variants) {
    test(`renders its notice with disabled actions (${variant.label})`, async () => {
      let context: BrowserContext | undefined;
      try {
        const opened = await openPage(browser, {
          allowOrigins: [server.url],
          officeFromLocalCopy: variant.officeFromLocalCopy,
          locale: "id-ID",
        });
        context = opened.context;
        const { page, watch } = opened;
        await page.goto(`${server.url}/taskpane.html`, { waitUntil: "load" });
        const notice = page.getByText(t.outsideTitle, { exact: false }).first();
        await notice.waitFor({ state: "visible", timeout: 30_000 });
        expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(t.title);
        expect(await page.getByText(t.notRunningInExcel, { exact: false }).count()).toBeGreaterThan(
          0
        );
        expect(await actionButtonsDisabled(page)).toEqual({
          [t.generateButton]: true,
          [t.validateButton]: true,
          [t.auditButton]: true,
        });
        if (!variant.officeFromLocalCopy) {
          // The page really tried the CDN and did without it.
          expect(watch.blocked.some((u) => u.includes("appsforoffice.microsoft.com"))).toBe(true);
        }
        await screenshot(page, `pane-outside-office-${variant.name}`);
        await checkAxe(page, `outside Office (${variant.label})`);
        expectQuiet(watch);
      } finally {
        await context?.close();
      }
    });
  }
});

/**
 * Runs a function against window.__ikuHarness in the page (the function's source is sent, so it
 * may use only its two parameters).
 */
function callHarness<T>(
  page: Page,
  fn: (h: HarnessControl, arg: unknown) => T,
  arg?: unknown
): Promise<Awaited<T>> {
  return page.evaluate(
    ({ source, arg }) => {
      const h = (window as unknown as { __ikuHarness: HarnessControl }).__ikuHarness;
      return (new Function("h", "arg", `return (${source})(h, arg);`) as typeof fn)(h, arg);
    },
    { source: fn.toString(), arg }
  ) as Promise<Awaited<T>>;
}

/**
 * Waits until the pane's own reads (the start-up read of the sheet list, the live check) are
 * done: no sync for a second. A failure armed for "the next sync" must meet the click's.
 */
async function paneSettled(page: Page): Promise<void> {
  let last = -1;
  for (let tries = 0; tries < 60; tries++) {
    const now = await callHarness(page, (h) => h.syncCount());
    if (now === last) return;
    last = now;
    await page.waitForTimeout(1000);
  }
  throw new Error("the pane kept syncing for a minute");
}

let harnessBuilt: Promise<void> | null = null;

/** Builds the harness page once per test file, with webpack's Node API (not part of npm run build). */
function buildHarness(): Promise<void> {
  harnessBuilt ??= new Promise<void>((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("./webpack.harness.config.js") as webpack.Configuration;
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
  return harnessBuilt;
}

/** Values a user would type: the catalogue's examples, and a target equal to the result. */
function validInputs(): Map<string, number> {
  const plan = buildSheetPlan({
    tahun: 2026,
    namaPerangkatDaerah: CATALOGUE.agency.nama,
    sheetName: "IKU 2026",
    mode: "iku",
  });
  const values = new Map<string, number>();
  for (const input of planInputs(plan)) {
    const indicator = CATALOGUE.indicators.find((i) => i.code === input.indicator);
    if (!indicator) throw new Error(`Plan input ${input.name} has no indicator`);
    if (input.role === "input") {
      const index = indicator.components.findIndex((c) => c.key === input.component);
      values.set(input.name, indicator.example[index]);
    } else {
      const result = computeIndicator(indicator, indicator.example);
      const target = typeof result === "number" ? Math.round(result * 100) / 100 : 1;
      values.set(input.name, target > 0 ? target : 1);
    }
  }
  return values;
}

describe("task pane with the Excel host on a fake workbook (harness)", () => {
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  let ikuSheet = "";
  let tahun = 0;
  const harness = <T>(fn: (h: HarnessControl, arg: unknown) => T, arg?: unknown) =>
    callHarness(page, fn, arg);

  beforeAll(async () => {
    await buildHarness();
    server = await startStaticServer({ "/": HARNESS_OUT });
    browser = await launchChromium();
    ({ context, page, watch } = await openPage(browser, {
      allowOrigins: [server.url],
      officeFromLocalCopy: false,
      locale: "id-ID",
    }));
    await page.goto(`${server.url}/index.html?lang=id-ID`, { waitUntil: "load" });
    await page.getByRole("heading", { level: 1 }).waitFor({ state: "visible", timeout: 30_000 });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  test("renders inside (fake) Excel with its actions enabled", async () => {
    expect(await page.getByText(t.outsideTitle, { exact: false }).count()).toBe(0);
    expect(await page.getByText(t.runsIn("Excel", "OfficeOnline"), { exact: false }).count()).toBe(
      1
    );
    const generate = page.getByRole("button", { name: t.generateButton, exact: true });
    expect(await generate.isEnabled()).toBe(true);
    await screenshot(page, "harness-1-initial");
    await checkAxe(page, "harness: initial");
    expectQuiet(watch);
  });

  test("Buat Lembar IKU writes the sheet and shows the success message", async () => {
    const sheetName = await page
      .getByLabel(t.sheetNameLabel, { exact: false })
      .first()
      .inputValue();
    tahun = Number(await page.getByLabel(t.tahunLabel, { exact: false }).first().inputValue());
    await page.getByRole("button", { name: t.generateButton, exact: true }).click();
    const success = page.getByText(t.successTitle, { exact: true }).first();
    await success.waitFor({ state: "visible", timeout: 30_000 });

    const sheets = await harness((h) => h.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(["Catatan", sheetName]));
    ikuSheet = sheetName;
    const names = (await harness((h) => h.names())).map((n) => n.name);
    for (const input of validInputs().keys()) expect(names).toContain(input);
    // The staff's own sheet is untouched.
    expect(await harness((h) => h.cell("Catatan", "A1"))).toEqual({
      value: "Catatan staf",
      formula: null,
    });
    expect(await harness((h) => h.cellCount("Catatan"))).toBe(2);

    await screenshot(page, "harness-2-generated");
    await checkAxe(page, "harness: after Buat Lembar IKU");
    expectQuiet(watch);
  });

  test("Periksa Data finds no problem once every input is typed validly", async () => {
    const valid = [...validInputs()];
    await harness(async (h, arg) => {
      for (const [name, value] of arg as [string, number][]) await h.typeByName(name, value);
    }, valid);
    await page.getByRole("tab", { name: t.tabValidate, exact: true }).click();
    await page.getByRole("button", { name: t.validateButton, exact: true }).click();
    await page.getByText(t.noProblemsTitle, { exact: true }).first().waitFor({ timeout: 30_000 });
    await screenshot(page, "harness-3-periksa-data-clean");
    await checkAxe(page, "harness: Periksa Data, no problems");
    expectQuiet(watch);
  });

  test("regenerating the sheet keeps every typed input and target", async () => {
    const valid = [...validInputs()];
    await page.getByRole("tab", { name: t.tabGenerate, exact: true }).click();
    await page.getByRole("button", { name: t.generateButton, exact: true }).click();
    const plan = buildSheetPlan({
      tahun,
      namaPerangkatDaerah: CATALOGUE.agency.nama,
      sheetName: ikuSheet,
      mode: "iku",
    });
    const expected = t.generated({
      sheet: ikuSheet,
      created: false,
      indicators: CATALOGUE.indicators.length,
      keptValues: valid.length,
      range: plan.range,
    });
    await page.getByText(expected, { exact: false }).first().waitFor({ timeout: 30_000 });
    const after = await harness(
      (h, names) => {
        return (names as string[]).map((n) => {
          const w = h.whereIs(n);
          return [n, w ? h.cell(w.sheet, w.cell)?.value : undefined];
        });
      },
      valid.map(([n]) => n)
    );
    expect(after).toEqual(valid);
    await screenshot(page, "harness-4-regenerated");
    await checkAxe(page, "harness: after regenerating");
    expectQuiet(watch);
  });

  test("Periksa Data lists every planted bad input, and a finding selects its cell", async () => {
    await page.getByRole("tab", { name: t.tabValidate, exact: true }).click();
    const button = page.getByRole("button", { name: t.validateButton, exact: true });

    // Planted mistakes, one per kind of rule, on inputs found by their defined names: typed in
    // the TW IV inputs (a year component is a formula over the quarters).
    // IKU17's part exceeds its whole in TW IV (both posisi: the check is per quarter).
    const whole = validInputs().get("IKU17_PENYEBUT_TW4");
    expect(whole).toBeDefined();
    const planted: [string, string | number | null][] = [
      ["IKU17_PEMBILANG_TW4", (whole ?? 0) + 10], // subset larger than its whole
      ["IKU03_PEMBILANG_TW4", "12,5"], // a number typed as text
      ["IKU12_PEMBILANG_TW4", -3], // negative
      ["IKU01_NILAI_TW4", 120], // SAKIP score above 100
      ["IKU18_PENYEBUT_TW4", 2.5], // not a whole number
      ["IKU09_TARGET", null], // empty target
    ];
    const plantedCells: string[] = [];
    for (const [name] of planted) {
      const where = await harness((h, n) => h.whereIs(n as string), name);
      expect({ name, found: where !== null }).toEqual({ name, found: true });
      plantedCells.push(`${where?.sheet}!${where?.cell}`);
    }
    await harness(async (h, arg) => {
      for (const [name, value] of arg as [string, string | number | null][]) {
        await h.typeByName(name, value);
      }
    }, planted);

    await button.click();
    await page.getByTestId("validate-summary").waitFor({ timeout: 30_000 });
    const panel = page.locator("#panel-validate");
    for (const cell of plantedCells) {
      expect({ cell, listed: await cellLink(panel, cell).count() }).toEqual({ cell, listed: 1 });
    }
    expect(await panel.getByText(t.noProblemsTitle, { exact: true }).count()).toBe(0);
    // Inputs were all valid before: exactly the planted cells are listed, nothing else.
    const listed = await panel
      .locator("[data-part=cell]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("title") ?? ""));
    expect(listed.sort()).toEqual([...plantedCells].sort());
    // One sheet: its name once, as the caption; the links show the short address.
    expect(await panel.getByTestId("validate-sheet").innerText()).toBe(t.sheetCaption(ikuSheet));
    expect(await cellLink(panel, plantedCells[0]).innerText()).toBe(plantedCells[0].split("!")[1]);

    await screenshot(page, "harness-5-periksa-data-findings");
    await checkAxe(page, "harness: Periksa Data with findings");

    // A finding is a link to its cell: clicking it selects the cell in Excel.
    await cellLink(panel, plantedCells[0]).click();
    const [sheet, cell] = plantedCells[0].split("!");
    await page.waitForFunction(
      ({ sheet, cell }) => {
        const sel = (
          window as unknown as { __ikuHarness: HarnessControl }
        ).__ikuHarness.selection();
        return sel?.sheet === sheet && sel.address === cell;
      },
      { sheet, cell },
      { timeout: 15_000 }
    );
    expectQuiet(watch);
  });

  test("automatic check: fixing a value in Excel updates the list without a click", async () => {
    const panel = page.locator("#panel-validate");
    const fixed = await harness((h) => h.whereIs("IKU12_PEMBILANG_TW4"));
    expect(fixed).not.toBeNull();
    const fixedCell = `${fixed?.sheet}!${fixed?.cell}`;
    expect(await cellLink(panel, fixedCell).count()).toBe(1);
    await page.getByRole("switch", { name: t.autoCheck }).check();
    // Wait until the pane has subscribed to the sheet's onChanged event (registered on sync).
    await page.waitForFunction(
      () =>
        (window as unknown as { __ikuHarness: HarnessControl }).__ikuHarness.changeHandlerCount() >
        0,
      undefined,
      { timeout: 15_000 }
    );
    const valid = validInputs().get("IKU12_PEMBILANG_TW4");
    expect(valid).toBeDefined();
    await harness((h, v) => h.typeByName("IKU12_PEMBILANG_TW4", v as number), valid);
    await cellLink(panel, fixedCell).waitFor({ state: "detached", timeout: 30_000 });
    // The other planted problems are still listed.
    expect(await panel.locator("[data-part=cell]").count()).toBeGreaterThan(0);
    await page.getByRole("switch", { name: t.autoCheck }).uncheck();
    await page.waitForFunction(
      () =>
        (
          window as unknown as { __ikuHarness: HarnessControl }
        ).__ikuHarness.changeHandlerCount() === 0,
      undefined,
      { timeout: 15_000 }
    );
    expectQuiet(watch);
  });

  test("Audit Rumus: planted formula mistakes appear in the findings list", async () => {
    const where = (name: string) => harness((h, n) => h.whereIs(n as string), name);
    const hasil = async (code: string) => {
      const w = await where(`${code}_HASIL`);
      expect({ code, found: w !== null }).toEqual({ code, found: true });
      const c = await harness((h, a) => {
        const { sheet, cell } = a as { sheet: string; cell: string };
        return h.cell(sheet, cell);
      }, w);
      return { ...(w as { sheet: string; cell: string }), formula: c?.formula ?? "" };
    };
    const overwritten = await hasil("IKU05");
    const scaled = await hasil("IKU09");
    const swapped = await hasil("IKU12");
    expect(overwritten.formula.startsWith("=")).toBe(true);
    // Every occurrence: the generated formula names each input twice (its blank guard).
    const swappedFormula = swapped.formula
      .split("IKU12_PEMBILANG")
      .join("\u0000")
      .split("IKU12_PENYEBUT")
      .join("IKU12_PEMBILANG")
      .split("\u0000")
      .join("IKU12_PENYEBUT");
    expect(swappedFormula).not.toBe(swapped.formula);
    const edits: [string, string, string | number][] = [
      [overwritten.sheet, overwritten.cell, 99], // result overwritten by a typed number
      [scaled.sheet, scaled.cell, `${scaled.formula}*1.1`], // hard-coded factor
      [swapped.sheet, swapped.cell, swappedFormula], // numerator and denominator swapped
    ];
    await harness(async (h, arg) => {
      for (const [sheet, cell, content] of arg as [string, string, string | number][]) {
        await h.type(sheet, cell, content);
      }
    }, edits);

    await page.getByRole("tab", { name: t.tabAudit, exact: true }).click();
    await page.getByRole("button", { name: t.auditButton, exact: true }).click();
    const list = page.getByRole("group", { name: t.auditListLabel });
    await list.waitFor({ state: "visible", timeout: 30_000 });
    for (const [sheet, cell] of edits) {
      const link = cellLink(list, `${sheet}!${cell}`);
      expect({ cell, items: await link.count() }).toEqual({ cell, items: 1 });
    }
    // The clean sheet had no finding: exactly the planted mistakes are listed.
    expect(await list.getByRole("listitem").count()).toBe(edits.length);
    // The pane is narrow: every part of the list fits it, with nothing to scroll sideways.
    const outside = () =>
      list.evaluate((el) => {
        const width = document.documentElement.clientWidth;
        return [el, ...Array.from(el.querySelectorAll("*"))].filter(
          (e) => e.getBoundingClientRect().right > width + 0.5
        ).length;
      });
    expect(await outside()).toBe(0);
    await screenshot(page, "harness-6-audit-rumus");
    await checkAxe(page, "harness: Audit Rumus with findings");
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 320, height: viewport?.height ?? 900 });
    expect(await outside()).toBe(0);
    await screenshot(page, "harness-6-audit-rumus-320px");
    if (viewport) await page.setViewportSize(viewport);

    // Clicking anywhere on a finding (here its message) selects its cell in Excel.
    const [sheet, cell] = edits[1];
    await list
      .getByRole("listitem")
      .filter({ has: cellLink(page, `${sheet}!${cell}`) })
      .locator("[data-part=message]")
      .click();
    await page.waitForFunction(
      ({ sheet, cell }) => {
        const sel = (
          window as unknown as { __ikuHarness: HarnessControl }
        ).__ikuHarness.selection();
        return sel?.sheet === sheet && sel.address === cell;
      },
      { sheet, cell },
      { timeout: 15_000 }
    );

    // The report goes to its own sheet; the IKU sheet and the staff's sheet stay as they were.
    const before = await harness((h, name) => h.cellCount(name as string), ikuSheet);
    await page.getByRole("button", { name: t.writeReport, exact: true }).click();
    const written = t.reportWritten({ sheet: REPORT_SHEET, rows: edits.length });
    await page.getByText(written, { exact: false }).first().waitFor({ timeout: 30_000 });
    expect(await harness((h) => h.sheetNames())).toEqual(
      expect.arrayContaining(["Catatan", ikuSheet, REPORT_SHEET])
    );
    expect(await harness((h, name) => h.cellCount(name as string), ikuSheet)).toBe(before);
    expect(await harness((h) => h.cellCount("Catatan"))).toBe(2);
    await screenshot(page, "harness-7-audit-report-written");
    await checkAxe(page, "harness: audit report written");
    expect(ikuSheet).not.toBe("");
    expectQuiet(watch);
  });
});

describe("harness: Excel problems are reported and foreign data is never overwritten", () => {
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  // The pane proposes "IKU <current year>"; a sheet of that name already exists, made by someone else.
  const taken = `IKU ${new Date().getFullYear()}`;

  beforeAll(async () => {
    await buildHarness();
    server = await startStaticServer({ "/": HARNESS_OUT });
    browser = await launchChromium();
    ({ context, page, watch } = await openPage(browser, {
      allowOrigins: [server.url],
      officeFromLocalCopy: false,
      locale: "id-ID",
    }));
    await page.goto(`${server.url}/index.html?lang=id-ID&foreign=${encodeURIComponent(taken)}`, {
      waitUntil: "load",
    });
    await page.getByRole("heading", { level: 1 }).waitFor({ state: "visible", timeout: 30_000 });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const foreignContent = () =>
    callHarness(
      page,
      (h, name) => [h.cell(name as string, "A1"), h.cell(name as string, "B2")],
      taken
    );

  test("Excel in cell-edit mode: the pane says what to do and nothing is written", async () => {
    const sheetField = page.getByLabel(t.sheetNameLabel, { exact: false }).first();
    expect(await sheetField.inputValue()).toBe(taken);
    const before = await callHarness(page, (h) => h.sheetNames());
    await paneSettled(page);
    await callHarness(page, (h) => h.failNextSync("InvalidOperationInCellEditMode"));
    await page.getByRole("button", { name: t.generateButton, exact: true }).click();
    const problem = t.problem({ code: "cellEditMode" });
    await page.getByText(problem.title, { exact: true }).first().waitFor({ timeout: 30_000 });
    expect(await page.getByText(problem.body, { exact: false }).count()).toBeGreaterThan(0);
    expect(await callHarness(page, (h) => h.sheetNames())).toEqual(before);
    await screenshot(page, "harness-problem-cell-edit-mode");
    await checkAxe(page, "harness: cell-edit mode problem");
    expectQuiet(watch);
  });

  test("a foreign sheet of the same name is refused, and the suggested name works", async () => {
    const original = await foreignContent();
    await page.getByRole("button", { name: t.generateButton, exact: true }).click();
    const title = t.problem({ code: "foreignSheet", sheet: taken }).title;
    await page.getByText(title, { exact: true }).first().waitFor({ timeout: 30_000 });
    expect(await foreignContent()).toEqual(original);
    await screenshot(page, "harness-problem-foreign-sheet");
    await checkAxe(page, "harness: foreign sheet problem");

    // The suggestion button's label, whatever name it proposes (text from the pane's strings).
    const prefix = t.useSuggestion("\u0000").split("\u0000")[0];
    const suggestion = page.getByRole("button", { name: prefix, exact: false });
    const label = await suggestion.innerText();
    await suggestion.click();
    const sheetField = page.getByLabel(t.sheetNameLabel, { exact: false }).first();
    const proposed = await sheetField.inputValue();
    expect(proposed).not.toBe(taken);
    expect(label).toBe(t.useSuggestion(proposed));
    await page.getByRole("button", { name: t.generateButton, exact: true }).click();
    await page.getByText(t.successTitle, { exact: true }).first().waitFor({ timeout: 30_000 });
    const sheets = await callHarness(page, (h) => h.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining([taken, proposed]));
    expect(await foreignContent()).toEqual(original);
    expectQuiet(watch);
  });
});

describe("harness: the Katalog IKU sheet, from the pane to the generated sheet", () => {
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    await buildHarness();
    server = await startStaticServer({ "/": HARNESS_OUT });
    browser = await launchChromium();
    ({ context, page, watch } = await openPage(browser, {
      allowOrigins: [server.url],
      officeFromLocalCopy: false,
      locale: "id-ID",
    }));
    await page.goto(`${server.url}/index.html?lang=id-ID`, { waitUntil: "load" });
    await page.getByRole("heading", { level: 1 }).waitFor({ state: "visible", timeout: 30_000 });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  test("create it with an example row, find a mistake typed into it, fix it, generate from it", async () => {
    const katalog = "Katalog IKU";
    await page.getByRole("button", { name: t.katalogExample, exact: true }).click();
    await page
      .getByText(t.katalogCreated({ sheet: katalog, indicators: 1, replaced: false }))
      .waitFor({ timeout: 30_000 });
    expect(await callHarness(page, (h) => h.sheetNames())).toEqual(["Catatan", katalog]);
    // Asked again: the existing sheet is kept unless the user chooses otherwise.
    await page.getByRole("button", { name: t.katalogBuiltin, exact: true }).click();
    await page.getByTestId("katalog-exists").waitFor({ timeout: 30_000 });
    await checkAxe(page, "harness: Katalog exists question");
    await page.getByRole("button", { name: t.katalogKeep, exact: true }).click();
    await page.getByTestId("katalog-exists").waitFor({ state: "detached", timeout: 15_000 });

    // Staff type an unknown Jenis into the example row (row 6: header block, blank, header).
    const jenis = await callHarness(page, (h, sheet) => h.cell(sheet as string, "D6"), katalog);
    expect(jenis?.value).toBe(CATALOGUE.indicators[0].kind);
    await callHarness(page, (h, sheet) => h.type(sheet as string, "D6", "persen"), katalog);
    await page.getByRole("button", { name: t.generateButton, exact: true }).click();
    const list = page.getByTestId("katalog-findings");
    await list.waitFor({ timeout: 30_000 });
    expect(await callHarness(page, (h) => h.sheetNames())).toEqual(["Catatan", katalog]);
    await screenshot(page, "harness-katalog-findings");
    await checkAxe(page, "harness: Katalog with a mistake");
    await cellLink(list, `${katalog}!D6`).click();
    await page.waitForFunction(
      ({ sheet }) => {
        const sel = (
          window as unknown as { __ikuHarness: HarnessControl }
        ).__ikuHarness.selection();
        return sel?.sheet === sheet && sel.address === "D6";
      },
      { sheet: katalog },
      { timeout: 15_000 }
    );

    await callHarness(
      page,
      (h, arg) => {
        const [sheet, kind] = arg as [string, string];
        return h.type(sheet, "D6", kind);
      },
      [katalog, CATALOGUE.indicators[0].kind]
    );
    await page.getByRole("button", { name: t.generateButton, exact: true }).click();
    const madeFrom = page.getByTestId("made-from");
    await madeFrom.waitFor({ timeout: 30_000 });
    expect(await madeFrom.innerText()).toBe(
      t.madeFrom({ source: "katalog", sheet: katalog, indicators: 1 })
    );
    const code = CATALOGUE.indicators[0].code;
    const names = (await callHarness(page, (h) => h.names())).map((n) => n.name);
    expect(names.filter((n) => /_HASIL$/.test(n))).toEqual([`${code}_HASIL`]);
    await checkAxe(page, "harness: generated from the Katalog");
    expectQuiet(watch);
  });
});

describe("harness in English (Excel's display language en-US)", () => {
  const en = stringsFor("en");
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    await buildHarness();
    server = await startStaticServer({ "/": HARNESS_OUT });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the pane follows Excel's language and stays accessible", async () => {
    const { context, page, watch } = await openPage(browser, {
      allowOrigins: [server.url],
      officeFromLocalCopy: false,
      locale: "en-US",
    });
    try {
      await page.goto(`${server.url}/index.html?lang=en-US`, { waitUntil: "load" });
      await page.getByRole("heading", { level: 1 }).waitFor({ state: "visible", timeout: 30_000 });
      expect(
        await page.getByRole("button", { name: en.generateButton, exact: true }).isEnabled()
      ).toBe(true);
      expect(await page.getByRole("tab", { name: en.tabAudit, exact: true }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(en.locale);
      await screenshot(page, "harness-english");
      await checkAxe(page, "harness: English");
      expectQuiet(watch);
    } finally {
      await context.close();
    }
  });
});

/** axe with nothing left over: no violation of any impact. */
async function checkAxeZero(page: Page, state: string): Promise<void> {
  const outcome = await runAxe(page);
  console.log(describeAxe(state, outcome));
  expect({ state, violations: outcome.violations }).toEqual({ state, violations: [] });
}

/** Screenshots of the current state at 320 and 400 px wide (the pane's usual range). */
async function shots(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 420, height: 900 };
  for (const width of [320, 400]) {
    await page.setViewportSize({ width, height: viewport.height });
    await screenshot(page, `${name}-${width}px`);
  }
  await page.setViewportSize(viewport);
}

/** Which element has focus, in words a failure message can show. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "body";
    return el.dataset.testid ?? (el.dataset.part ? `cell:${el.title}` : el.tagName.toLowerCase());
  });
}

/** Nothing wider than the page: no horizontal scroll. */
function sideways(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
}

for (const lang of ["id-ID", "en-US"] as const) {
  const s = stringsFor(lang === "id-ID" ? "id" : "en");
  const short = lang === "id-ID" ? "id" : "en";

  describe(`pane by keyboard, at scale, zoomed and themed (${lang})`, () => {
    let browser: Browser;
    let server: StaticServer;

    beforeAll(async () => {
      await buildHarness();
      server = await startStaticServer({ "/": HARNESS_OUT });
      browser = await launchChromium();
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test("first run, focus after each action and auto-check, 54 and 60 findings by keyboard", async () => {
      const { context, page, watch } = await openPage(browser, {
        allowOrigins: [server.url],
        officeFromLocalCopy: false,
        locale: lang,
      });
      const harness = <T>(fn: (h: HarnessControl, arg: unknown) => T, arg?: unknown) =>
        callHarness(page, fn, arg);
      try {
        await page.goto(`${server.url}/index.html?lang=${lang}`, { waitUntil: "load" });
        await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 30_000 });

        // First run: the placemat, once.
        const placemat = page.getByTestId("placemat");
        expect(await placemat.isVisible()).toBe(true);
        await shots(page, `ux-${short}-1-first-run`);
        await checkAxeZero(page, `${lang}: first run`);
        await placemat.getByRole("button", { name: s.placematDismiss }).focus();
        await page.keyboard.press("Enter");
        await placemat.waitFor({ state: "detached" });
        expect(await focused(page)).toBe("button");
        await page.reload({ waitUntil: "load" });
        await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 30_000 });
        expect(await page.getByTestId("placemat").count()).toBe(0);

        // Help from the footer, on this host (the web): a browser tab with the help page.
        const [popup] = await Promise.all([
          context.waitForEvent("page", { timeout: 15_000 }),
          page.getByTestId("footer").getByRole("link", { name: s.helpLong }).click(),
        ]);
        expect(popup.url()).toMatch(/\/help\.html$/);
        await popup.close();

        // Generate by keyboard: the result takes focus and names the next step.
        await page.getByRole("button", { name: s.generateButton, exact: true }).focus();
        await page.keyboard.press("Enter");
        await page.getByTestId("next-step").waitFor({ timeout: 30_000 });
        await page.waitForFunction(
          () => (document.activeElement as HTMLElement | null)?.dataset.testid === "generate-result"
        );
        expect(await page.getByTestId("next-step").innerText()).toContain(s.nextStep);
        await shots(page, `ux-${short}-2-generated`);
        await checkAxeZero(page, `${lang}: generated`);
        // "Go to the sheet" selects the first yellow cell of the new sheet.
        await page.getByRole("button", { name: s.goToSheet }).click();
        await page.waitForFunction(
          () =>
            (window as unknown as { __ikuHarness: HarnessControl }).__ikuHarness.selection() !==
            null
        );
        const sheet = (await harness((h) => h.selection()))?.sheet ?? "";
        expect(sheet).toMatch(/^IKU \d{4}$/);

        // Check data on the fresh sheet: every input and target is empty.
        await page.getByRole("button", { name: s.goToValidate }).click();
        const panel = page.locator("#panel-validate");
        await panel.getByRole("button", { name: s.validateButton, exact: true }).focus();
        await page.keyboard.press("Enter");
        await panel.getByTestId("validate-summary").waitFor({ timeout: 30_000 });
        await page.waitForFunction(
          () => (document.activeElement as HTMLElement | null)?.dataset.testid === "validate-result"
        );
        const cells = panel.locator("[data-part=cell]");
        const total = await cells.count();
        expect(total).toBeGreaterThanOrEqual(50);
        // One tab stop for all the findings.
        expect(await panel.locator("[data-part=cell][tabindex='0']").count()).toBe(1);
        // Messages in the pane's language (English too): none marked as another language.
        expect(await panel.locator("[data-part=message][lang]").count()).toBe(0);
        expect(await panel.locator("[data-part=message]").first().innerText()).toMatch(
          short === "en" ? /is (empty|not filled in yet)/ : /(kosong|belum diisi)/
        );
        await shots(page, `ux-${short}-3-check-data-findings`);
        await checkAxeZero(page, `${lang}: check data, ${total} findings`);

        // Tab from the result reaches the list in a few steps, then the arrows walk it all.
        let steps = 0;
        while (!(await focused(page)).startsWith("cell:") && steps < 30) {
          await page.keyboard.press("Tab");
          steps += 1;
        }
        expect(steps).toBeLessThan(12);
        const walked = new Set<string>([await focused(page)]);
        for (let i = 1; i < total; i++) {
          await page.keyboard.press("ArrowDown");
          walked.add(await focused(page));
        }
        expect(walked.size).toBe(total);
        await page.keyboard.press("Home");

        // The filter: a pressed toggle per severity present, announced as "n shown".
        const warnings = panel.getByRole("button", { name: s.filterOption("warning", total) });
        expect(await warnings.getAttribute("aria-pressed")).toBe("true");
        expect(await panel.getByRole("button", { name: /\(0\)/ }).count()).toBe(0);
        await warnings.focus();
        await page.keyboard.press("Enter");
        expect(await warnings.getAttribute("aria-pressed")).toBe("false");
        expect(await page.getByTestId("pane-status").innerText()).toBe(s.shown(0, total));
        await page.keyboard.press("Enter");
        expect(await cells.count()).toBe(total);

        // Automatic check: focus stays on its finding while another one is fixed...
        await panel.getByRole("switch", { name: s.autoCheck }).check();
        await page.waitForFunction(
          () =>
            (
              window as unknown as { __ikuHarness: HarnessControl }
            ).__ikuHarness.changeHandlerCount() > 0
        );
        await cells.nth(2).focus();
        const kept = await focused(page);
        const valid = validInputs();
        const [other] = [...valid.entries()].filter(([n]) => n.endsWith("_TARGET")).slice(-1);
        await harness(
          (h, a) => h.typeByName((a as [string, number])[0], (a as [string, number])[1]),
          other
        );
        await page.waitForFunction(
          (n) => document.querySelectorAll("#panel-validate [data-part=cell]").length === n,
          total - 1,
          { timeout: 30_000 }
        );
        expect(await focused(page)).toBe(kept);
        expect(await page.getByTestId("pane-status").innerText()).toBe(
          s.autoCheckChanged(1, 0, 0, total - 1)
        );
        // ...and moves to the next finding, not to the page, when its own problem is fixed.
        const [keptSheetCell] = kept.slice("cell:".length).split("|");
        const keptName = await harness((h, where) => {
          const [sh, c] = (where as string).split("!");
          return h.names().find((n) => {
            const w = h.whereIs(n.name);
            return w?.sheet === sh && w.cell === c;
          })?.name;
        }, keptSheetCell);
        expect(keptName).toBeTruthy();
        await harness((h, a) => h.typeByName(a as string, 5), keptName);
        await page.waitForFunction(
          (n) => document.querySelectorAll("#panel-validate [data-part=cell]").length === n,
          total - 2,
          { timeout: 30_000 }
        );
        expect(await focused(page)).toMatch(/^cell:/);
        expect(await focused(page)).not.toBe(kept);
        await panel.getByRole("switch", { name: s.autoCheck }).uncheck();

        // Formula audit with 60 findings: 18 results overwritten, 42 wrong formulas elsewhere.
        const edits: [string, string, string | number][] = [];
        for (const ind of CATALOGUE.indicators) {
          const w = await harness((h, n) => h.whereIs(n as string), `${ind.code}_HASIL`);
          if (w) edits.push([w.sheet, w.cell, 1]);
        }
        for (let r = 0; r < 42; r++) edits.push(["Catatan", `D${r + 1}`, "=IKU.TIDAK_ADA(1)"]);
        await harness(async (h, arg) => {
          for (const [sh, c, v] of arg as [string, string, string | number][])
            await h.type(sh, c, v);
        }, edits);
        await page.getByRole("tab", { name: s.tabAudit, exact: true }).click();
        const audit = page.locator("#panel-audit");
        await audit.getByRole("button", { name: s.auditButton, exact: true }).focus();
        await page.keyboard.press("Enter");
        await audit.getByTestId("audit-summary").waitFor({ timeout: 30_000 });
        await page.waitForFunction(
          () => (document.activeElement as HTMLElement | null)?.dataset.testid === "audit-result"
        );
        const found = await audit.locator("[data-part=cell]").count();
        expect(found).toBeGreaterThanOrEqual(60);
        // The audit's messages follow Excel's language: none is left in the other language.
        expect(await audit.locator("[data-part=message][lang=id]").count()).toBe(0);
        await shots(page, `ux-${short}-4-audit-60`);
        await checkAxeZero(page, `${lang}: audit, ${found} findings`);
        // Windows' light high-contrast themes: a light forced palette over the light theme.
        await page.emulateMedia({ forcedColors: "active", colorScheme: "light" });
        await shots(page, `ux-${short}-4-audit-forced-colours-light`);
        await checkAxeZero(page, `${lang}: audit, forced colours (light)`);
        await page.emulateMedia({ forcedColors: "none", colorScheme: "light" });
        // Collapse all, then walk every problem with "Next": each one selected in Excel.
        await audit.getByRole("button", { name: s.collapseAll }).click();
        expect(await audit.locator("[data-part=cell]").count()).toBe(0);
        const next = audit.getByRole("button", { name: `${s.next} ›` });
        await next.focus();
        const selected = new Set<string>();
        for (let i = 0; i < found; i++) {
          await page.keyboard.press("Enter");
          await page.waitForFunction(
            (n) => document.body.innerText.includes(n),
            s.position(i + 1, found)
          );
          const sel = await harness((h) => h.selection());
          selected.add(`${sel?.sheet}!${sel?.address}`);
          expect(await focused(page)).toBe("button");
        }
        expect(selected.size).toBe(found);

        // Writing the report: focus on the result again.
        await audit.getByRole("button", { name: s.writeReport }).focus();
        await page.keyboard.press("Enter");
        await page.waitForFunction(
          () => (document.activeElement as HTMLElement | null)?.dataset.testid === "audit-result",
          undefined,
          { timeout: 30_000 }
        );
        expect(await audit.getByTestId("audit-result").innerText()).toContain(REPORT_SHEET);
        await shots(page, `ux-${short}-5-report-written`);
        expectQuiet(watch);
      } finally {
        await context.close();
      }
    });

    test("320 px at 200 % zoom: nothing scrolls sideways", async () => {
      const { context, page, watch } = await openPage(browser, {
        allowOrigins: [server.url],
        officeFromLocalCopy: false,
        locale: lang,
        viewport: { width: 160, height: 450 },
        deviceScaleFactor: 2,
      });
      try {
        await page.goto(`${server.url}/index.html?lang=${lang}`, { waitUntil: "load" });
        await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 30_000 });
        expect(await sideways(page)).toEqual({ scroll: 160, client: 160 });
        await screenshot(page, `ux-${short}-zoom200-first-run`);
        await page.getByRole("button", { name: s.generateButton, exact: true }).click();
        await page.getByTestId("next-step").waitFor({ timeout: 30_000 });
        expect(await sideways(page)).toEqual({ scroll: 160, client: 160 });
        await screenshot(page, `ux-${short}-zoom200-generated`);
        await page.getByRole("tab", { name: s.tabValidate, exact: true }).click();
        await page.getByRole("button", { name: s.validateButton, exact: true }).click();
        await page.getByTestId("validate-summary").waitFor({ timeout: 30_000 });
        expect(await sideways(page)).toEqual({ scroll: 160, client: 160 });
        await screenshot(page, `ux-${short}-zoom200-check-data`);
        await page.getByRole("tab", { name: s.tabAudit, exact: true }).click();
        await callHarness(page, async (h) => {
          const w = h.whereIs("IKU06_HASIL");
          if (w) await h.type(w.sheet, w.cell, "=IKU06_PEMBILANG/IKU06_PENYEBUT*100*1.1");
        });
        await page.getByRole("button", { name: s.auditButton, exact: true }).click();
        await page.getByTestId("audit-summary").waitFor({ timeout: 30_000 });
        expect(await sideways(page)).toEqual({ scroll: 160, client: 160 });
        await screenshot(page, `ux-${short}-zoom200-audit`);
        expectQuiet(watch);
      } finally {
        await context.close();
      }
    });

    test("dark theme: no light edge; axe clean in dark and in forced colours", async () => {
      const { context, page, watch } = await openPage(browser, {
        allowOrigins: [server.url],
        officeFromLocalCopy: false,
        locale: lang,
        viewport: { width: 400, height: 900 },
      });
      try {
        await page.goto(`${server.url}/index.html?lang=${lang}&theme=dark`, { waitUntil: "load" });
        await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 30_000 });
        await page.getByRole("button", { name: s.placematDismiss }).click();
        // Short content (shorter than the pane) and long content (a findings list).
        for (const width of [320, 400]) {
          // Taller than the content at this width (the Katalog section loads after the first
          // paint), so the bottom edge is the pane's background, not cut-off text.
          await page.setViewportSize({ width, height: 1400 });
          await page.getByRole("button", { name: s.katalogBuiltin }).waitFor();
          const content = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width, height: Math.max(1400, content + 200) });
          const png = await page.screenshot({ fullPage: false, animations: "disabled" });
          const img = readPng(png);
          expect({ width, light: lightEdgePixels(img, 3, 90) }).toEqual({ width, light: 0 });
          await screenshot(page, `ux-${short}-dark-short-${width}px`);
        }
        await page.setViewportSize({ width: 400, height: 900 });
        await checkAxeZero(page, `${lang}: dark`);
        await page.getByRole("button", { name: s.generateButton, exact: true }).click();
        await page.getByTestId("next-step").waitFor({ timeout: 30_000 });
        await page.getByRole("tab", { name: s.tabValidate, exact: true }).click();
        await page.getByRole("button", { name: s.validateButton, exact: true }).click();
        await page.getByTestId("validate-summary").waitFor({ timeout: 30_000 });
        for (const width of [320, 400]) {
          await page.setViewportSize({ width, height: 900 });
          const png = await page.screenshot({ fullPage: true, animations: "disabled" });
          expect({ width, light: lightEdgePixels(readPng(png), 3, 90) }).toEqual({
            width,
            light: 0,
          });
          await screenshot(page, `ux-${short}-dark-findings-${width}px`);
        }
        await checkAxeZero(page, `${lang}: dark, findings`);
        // Windows' dark high-contrast themes come with Office's dark theme: a dark forced palette.
        await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
        await shots(page, `ux-${short}-forced-colours-dark`);
        await checkAxeZero(page, `${lang}: forced colours (dark)`);
        // Cell links look like links in forced colours.
        const linkColour = await page
          .locator("[data-part=cell]")
          .first()
          .evaluate((el) => getComputedStyle(el).textDecorationLine);
        expect(linkColour).toBe("underline");
        expectQuiet(watch);
      } finally {
        await context.close();
      }
    });
  });
}

describe("help opens on every host", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    await buildHarness();
    server = await startStaticServer({ "/": HARNESS_OUT });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("Excel on Windows: Office's browser window (OpenBrowserWindowApi)", async () => {
    const { context, page, watch } = await openPage(browser, {
      allowOrigins: [server.url],
      officeFromLocalCopy: false,
    });
    try {
      await page.goto(`${server.url}/index.html?lang=id-ID&platform=PC`, { waitUntil: "load" });
      await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 30_000 });
      await page.getByTestId("footer").getByRole("link").click();
      const calls = await callHarness(page, (h) => h.uiCalls());
      expect(calls).toEqual([
        { api: "openBrowserWindow", url: expect.stringMatching(/\/help\.html$/) },
      ]);
      expect(context.pages()).toHaveLength(1); // no extra tab
      expectQuiet(watch);
    } finally {
      await context.close();
    }
  });

  test("outside Office (production build): the link opens the built help page", async () => {
    const dist = await startStaticServer({ "/": DIST });
    const { context, page, watch } = await openPage(browser, {
      allowOrigins: [dist.url],
      officeFromLocalCopy: false,
    });
    try {
      await page.goto(`${dist.url}/taskpane.html`, { waitUntil: "load" });
      await page.getByText(t.outsideTitle).first().waitFor({ timeout: 30_000 });
      const [popup] = await Promise.all([
        context.waitForEvent("page", { timeout: 15_000 }),
        page.getByTestId("footer").getByRole("link").click(),
      ]);
      await popup.waitForLoadState("load");
      expect(popup.url()).toBe(`${dist.url}/help.html`);
      expect(await popup.locator("h1").first().innerText()).not.toBe("");
      expectQuiet(watch);
    } finally {
      await context.close();
      await dist.close();
    }
  });
});
