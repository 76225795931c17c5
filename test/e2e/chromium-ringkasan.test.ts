/**
 * The Ringkasan tab in headless Chromium: the real pane and the real Excel host on the harness's
 * in-page fake workbook (test/e2e/harness). The pane generates the IKU sheet, the test types
 * inputs and targets (one target left empty, one zero denominator) and shows the values Excel
 * would compute (the core's, through the fake's formula cells: the fake does not calculate),
 * then the Ringkasan is drawn at 320 and 400 px wide, in the light and dark themes and in forced
 * colours. Screenshots go to test-artifacts/chromium (ringkasan-*.png). Asserted: nothing
 * scrolls sideways, every bar's label and kategori word is visible, each bar's length and the
 * 100 % line sit where the scale puts them, a click and Enter select the cell in Excel, axe finds
 * no serious violation.
 */
import * as path from "node:path";
import webpack from "webpack";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CATALOGUE } from "../../src/core/catalogue";
import { computeIndicator } from "../../src/core/calculation";
import { EXCEL_ERROR_TEXT, isCellError } from "../../src/core/errors";
import type { GridValue } from "../../src/core/grid";
import { RINGKASAN_ID } from "../../src/core/messages/id-ringkasan";
import { scaleFor } from "../../src/core/sakip/ringkasan";
import { evaluatePlan } from "../../src/core/sheet/evaluate";
import { buildSheetPlan } from "../../src/core/sheet/plan";
import { TRIWULAN } from "../../src/core/sheet/quarters";
import type { SheetPlan } from "../../src/core/sheet/types";
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
import { quarterExample } from "../cases/generate";

jest.setTimeout(240_000);

/** Its own build of the harness: chromium-pane.test.ts cleans its folder when it builds. */
const HARNESS_OUT = path.join(REPO_ROOT, "test-artifacts", "harness-ringkasan");
const t = stringsFor("id");
const W = RINGKASAN_ID;

function buildHarness(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const base = require("./webpack.harness.config.js") as webpack.Configuration;
    const config = { ...base, output: { ...base.output, path: HARNESS_OUT } };
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
}

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

async function checkAxe(page: Page, state: string): Promise<void> {
  const outcome = await runAxe(page);
  const { blocking } = splitAxe(outcome.violations);
  console.log(describeAxe(state, outcome));
  expect({ state, blocking }).toEqual({ state, blocking: [] });
}

function expectQuiet(watch: PageWatch): void {
  const problems = { pageErrors: watch.pageErrors, consoleErrors: watch.consoleErrors };
  if (problems.pageErrors.length || problems.consoleErrors.length)
    console.log(describeWatch(watch));
  expect(problems).toEqual({ pageErrors: [], consoleErrors: [] });
}

/** Capaian the targets aim at, in turn: every default kategori band, and one above the scale. */
const AIMS = [132, 100, 84, 70, 58, 35, 250];

/**
 * Inputs and targets by defined name: the catalogue's examples, each target set so the capaian
 * lands in a different band; IKU06's target left empty, IKU14's denominator 0 (in every quarter).
 */
function inputsFor(plan: SheetPlan): Record<string, GridValue> {
  const out: Record<string, GridValue> = {};
  plan.indicators.forEach((planned, i) => {
    const indicator = CATALOGUE.indicators.find((x) => x.code === planned.code)!;
    // Each quarter's part of the example: akumulasi quarters add up to it, posisi ones repeat it.
    for (const input of planned.inputs) {
      const k = indicator.components.findIndex((c) => c.key === input.key);
      const { agregasi } = indicator.components[k];
      out[input.name] = quarterExample(indicator.example[k], agregasi, input.triwulan);
    }
    const hasil = computeIndicator(indicator, indicator.example);
    const aim = AIMS[i % AIMS.length];
    const target =
      typeof hasil === "number" && hasil > 0
        ? Math.round(
            (indicator.polarity === "negatif" ? (hasil * aim) / 100 : (hasil * 100) / aim) * 100
          ) / 100
        : 1;
    out[planned.target.name] = target;
  });
  out.IKU06_TARGET = null;
  // Every quarter 0, so the year's denominator is 0 in either aggregation.
  for (const q of TRIWULAN) out[`IKU14_PENYEBUT_TW${q}`] = 0;
  return out;
}

interface Prepared {
  plan: SheetPlan;
  /** The capaian each indicator shows (number, or the text of its error). */
  capaian: Map<string, GridValue>;
  scale: number;
}

/** Generates the IKU sheet from the pane, types the inputs, shows what Excel would compute. */
async function prepare(page: Page): Promise<Prepared> {
  const sheetName = await page.getByLabel(t.sheetNameLabel, { exact: false }).first().inputValue();
  const tahun = Number(await page.getByLabel(t.tahunLabel, { exact: false }).first().inputValue());
  await page.getByRole("button", { name: t.generateButton, exact: true }).click();
  await page.getByText(t.successTitle, { exact: true }).first().waitFor({ timeout: 60_000 });
  const plan = buildSheetPlan({
    tahun,
    namaPerangkatDaerah: CATALOGUE.agency.nama,
    sheetName,
    mode: "iku",
  });
  const inputs = inputsFor(plan);
  await callHarness(
    page,
    async (h, arg) => {
      for (const [name, value] of arg as [string, string | number | null][]) {
        await h.typeByName(name, value);
      }
    },
    Object.entries(inputs)
  );
  const computed = evaluatePlan(plan, inputs);
  const shown: [string, GridValue][] = plan.cells
    .filter((c) => c.formula !== undefined)
    .map((c) => {
      const v = computed.get(c.address);
      return [c.address, isCellError(v) ? EXCEL_ERROR_TEXT[v.kind] : (v ?? "")];
    });
  // The sheet as the harness holds it: the pane wrote it where the plan says.
  const where = await callHarness(page, (h) => h.whereIs("IKU03_CAPAIAN"));
  expect(where).toEqual({
    sheet: sheetName,
    cell: plan.indicators.find((i) => i.code === "IKU03")!.capaian.address,
  });
  await callHarness(
    page,
    (h, arg) => {
      const { sheet, values } = arg as { sheet: string; values: [string, GridValue][] };
      h.showValues(sheet, values);
    },
    { sheet: sheetName, values: shown }
  );
  const capaian = new Map<string, GridValue>();
  for (const planned of plan.indicators) {
    capaian.set(planned.code, shown.find(([a]) => a === planned.capaian.address)?.[1] ?? "");
  }
  const numbers = [...capaian.values()].filter((v): v is number => typeof v === "number");
  return { plan, capaian, scale: scaleFor(numbers) };
}

async function openRingkasan(page: Page): Promise<void> {
  await page.getByRole("tab", { name: t.tabRingkasan, exact: true }).click();
  await page
    .locator("#panel-ringkasan [data-testid=ringkasan-bar]")
    .first()
    .waitFor({ state: "visible", timeout: 60_000 });
}

interface BarGeometry {
  code: string;
  status: string;
  track: { left: number; width: number };
  fill: { left: number; width: number } | null;
  mark: { center: number };
  /** The label's and the value line's boxes and whether their text is cut. */
  label: { left: number; right: number; width: number; clipped: boolean; text: string };
  value: { left: number; right: number; width: number; clipped: boolean; text: string };
}

/** What the page draws: every bar's geometry, and anything wider than the pane. */
function measure(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const panel = document.getElementById("panel-ringkasan") as HTMLElement;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      const h = el as HTMLElement;
      const style = getComputedStyle(h);
      return {
        left: r.left,
        right: r.right,
        width: r.width,
        clipped:
          h.scrollWidth > h.clientWidth + 1 ||
          style.visibility !== "visible" ||
          Number(style.opacity) < 1,
        text: h.innerText,
      };
    };
    const bars = Array.from(panel.querySelectorAll("[data-testid=ringkasan-bar]")).map((b) => {
      const track = b.querySelector("[data-part=track]") as HTMLElement;
      const fill = b.querySelector("[data-part=bar]");
      const mark = b.querySelector("[data-part=mark]") as HTMLElement;
      const tr = track.getBoundingClientRect();
      const inner = { left: tr.left + track.clientLeft, width: track.clientWidth };
      const m = mark.getBoundingClientRect();
      const f = fill?.getBoundingClientRect();
      return {
        code: b.getAttribute("data-code") ?? "",
        status: b.getAttribute("data-status") ?? "",
        track: inner,
        fill: f ? { left: f.left, width: f.width } : null,
        mark: { center: m.left + m.width / 2 },
        label: box(b.querySelector("[data-part=label]") as Element),
        value: box(b.querySelector("[data-part=value]") as Element),
      };
    });
    const overflowing = Array.from(document.querySelectorAll("body *"))
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => e.tagName + (e.id ? `#${e.id}` : ""));
    return {
      width,
      scrollWidth: document.documentElement.scrollWidth,
      overflowing,
      bars,
    };
  }) as Promise<{ width: number; scrollWidth: number; overflowing: string[]; bars: BarGeometry[] }>;
}

/** The assertions that matter at one width. */
async function checkLayout(page: Page, prepared: Prepared, width: number): Promise<void> {
  const m = await measure(page);
  expect({ width, scrollWidth: m.scrollWidth, overflowing: m.overflowing }).toEqual({
    width,
    scrollWidth: m.width,
    overflowing: [],
  });
  expect(m.bars.map((b) => b.code)).toEqual(
    CATALOGUE.sasaran.flatMap((s) =>
      CATALOGUE.indicators.filter((i) => i.sasaran === s.code).map((i) => i.code)
    )
  );
  for (const bar of m.bars) {
    // Every label and value line is inside the pane, not cut, and says its indicator.
    for (const part of [bar.label, bar.value]) {
      expect({ width, code: bar.code, clipped: part.clipped, empty: part.width === 0 }).toEqual({
        width,
        code: bar.code,
        clipped: false,
        empty: false,
      });
      expect(part.left).toBeGreaterThanOrEqual(0);
      expect(part.right).toBeLessThanOrEqual(m.width + 0.5);
    }
    expect(bar.label.text).toContain(bar.code);
    // The 100 % line at 100 / scale of the track.
    const markAt = bar.track.left + (100 / prepared.scale) * bar.track.width;
    expect({ code: bar.code, off: Math.abs(bar.mark.center - markAt) <= 1.5 }).toEqual({
      code: bar.code,
      off: true,
    });
    const capaian = prepared.capaian.get(bar.code);
    if (typeof capaian === "number") {
      expect(bar.status).toBe("ok");
      const length = (Math.max(0, Math.min(capaian, prepared.scale)) / prepared.scale) * 100;
      expect({
        code: bar.code,
        off: Math.abs(bar.fill!.width - (length / 100) * bar.track.width) <= 1.5,
        start: Math.abs(bar.fill!.left - bar.track.left) <= 0.5,
      }).toEqual({ code: bar.code, off: true, start: true });
      // The kategori word is written next to the bar (never colour alone).
      expect(bar.value.text).toMatch(/Sangat Tinggi|Tinggi|Sedang|Rendah|Sangat Rendah/);
    } else {
      expect(bar.fill).toBeNull();
    }
  }
  const iku06 = m.bars.find((b) => b.code === "IKU06")!;
  expect(iku06.value.text).toContain(W.notFilled(["target"]));
  const iku14 = m.bars.find((b) => b.code === "IKU14")!;
  expect(iku14.value.text).toContain(W.error("#DIV/0!"));
}

async function waitForSelection(page: Page, sheet: string, cell: string): Promise<void> {
  await page.waitForFunction(
    ({ sheet, cell }) => {
      const sel = (window as unknown as { __ikuHarness: HarnessControl }).__ikuHarness.selection();
      return sel?.sheet === sheet && sel.address === cell;
    },
    { sheet, cell },
    { timeout: 15_000 }
  );
}

describe("Ringkasan in Chromium (harness)", () => {
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

  async function open(query: string, width: number) {
    const opened = await openPage(browser, {
      allowOrigins: [server.url],
      officeFromLocalCopy: false,
      locale: "id-ID",
      viewport: { width, height: 900 },
    });
    await opened.page.goto(`${server.url}/index.html?lang=id-ID${query}`, { waitUntil: "load" });
    await opened.page.getByRole("heading", { level: 1 }).waitFor({ timeout: 60_000 });
    return opened;
  }

  test("light theme at 320 and 400 px: layout, 100% line, labels; a click and Enter select the cell", async () => {
    let context: BrowserContext | undefined;
    try {
      const opened = await open("", 400);
      context = opened.context;
      const { page, watch } = opened;
      const prepared = await prepare(page);
      await openRingkasan(page);
      for (const width of [320, 400]) {
        await page.setViewportSize({ width, height: 900 });
        await checkLayout(page, prepared, width);
        await screenshot(page, `ringkasan-${width}px`);
      }
      await checkAxe(page, "Ringkasan, light");

      // A click selects the capaian cell; a bar without a target selects the target cell.
      const bar = (code: string) =>
        page.locator(`#panel-ringkasan [data-testid=ringkasan-bar][data-code=${code}]`);
      for (const [code, name] of [
        ["IKU03", "IKU03_CAPAIAN"],
        ["IKU06", "IKU06_TARGET"],
      ]) {
        const where = await callHarness(page, (h, n) => h.whereIs(n as string), name);
        await bar(code).click();
        await waitForSelection(page, where!.sheet, where!.cell);
      }
      // By keyboard: the bar is a button, Enter opens its cell.
      const where = await callHarness(page, (h) => h.whereIs("IKU05_CAPAIAN"));
      await bar("IKU05").focus();
      await page.keyboard.press("Enter");
      await waitForSelection(page, where!.sheet, where!.cell);
      expectQuiet(watch);
    } finally {
      await context?.close();
    }
  });

  test("dark theme and forced colours at 320 px: same layout, bars still drawn", async () => {
    let context: BrowserContext | undefined;
    try {
      const opened = await open("&theme=dark", 320);
      context = opened.context;
      const { page, watch } = opened;
      const prepared = await prepare(page);
      await openRingkasan(page);
      await checkLayout(page, prepared, 320);
      await screenshot(page, "ringkasan-dark-320px");
      await checkAxe(page, "Ringkasan, dark");

      // Windows' dark high-contrast themes come with Office's dark theme: a dark forced palette.
      await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
      await checkLayout(page, prepared, 320);
      // In forced colours the bars keep a colour of their own, unlike the track behind them.
      const colours = await page.evaluate(() => {
        const bar = document.querySelector("#panel-ringkasan [data-part=bar]") as HTMLElement;
        const track = bar.parentElement as HTMLElement;
        return [getComputedStyle(bar).backgroundColor, getComputedStyle(track).backgroundColor];
      });
      expect(colours[0]).not.toBe(colours[1]);
      expect(colours[0]).not.toBe("rgba(0, 0, 0, 0)");
      await screenshot(page, "ringkasan-forced-colors-320px");
      await checkAxe(page, "Ringkasan, forced colours");
      await page.emulateMedia({ forcedColors: "none", colorScheme: "dark" });
      expectQuiet(watch);
    } finally {
      await context?.close();
    }
  });
});
