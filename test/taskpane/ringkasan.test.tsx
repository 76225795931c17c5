import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CATALOGUE } from "../../src/core/catalogue";
import { KATALOG_SHEET } from "../../src/core/katalog/layout";
import { CATALOGUE_EN } from "../../src/core/messages/catalogue-en";
import { RINGKASAN_EN } from "../../src/core/messages/en-ringkasan";
import { RINGKASAN_ID } from "../../src/core/messages/id-ringkasan";
import { ringkasanOfWorkbook } from "../../src/core/sakip/ringkasan";
import type { RingkasanOutcome, RingkasanYear } from "../../src/core/sakip/ringkasan";
import { stringsFor } from "../../src/taskpane/i18n";
import { formatCapaian, toneOf } from "../../src/taskpane/RingkasanTab";
import { loadRingkasanTab } from "../../src/taskpane/ringkasanTabLoader";
import { buildCase, buildCaseGrid } from "../cases/generate";
import { DINKES_KATALOG } from "../core/katalog/dinkes";
import { FakeHost, ok } from "./fakeHost";
import { renderPane } from "./render";

/*
 * The Ringkasan tab with outcomes the core computes from workbooks built at test time (real
 * plans, real values): bars per sasaran with the kategori word, a click or a key selects the
 * cell, the year chooser, and the states (no IKU sheet, not filled, Katalog mistakes).
 */

const ID = stringsFor("id");
const EN = stringsFor("en");
const W = RINGKASAN_ID;

beforeAll(() => loadRingkasanTab());

function panel(): HTMLElement {
  return document.getElementById("panel-ringkasan") as HTMLElement;
}

/** A workbook's Ringkasan: a year sheet with examples (IKU06's target left empty). */
function outcomeOf(tahun = 2026, overrides: Record<string, null | number> = {}): RingkasanOutcome {
  return ringkasanOfWorkbook(
    buildCaseGrid({
      description: "",
      mode: "excel",
      tahun,
      inputs: "examples",
      inputOverrides: { IKU06_TARGET: null, ...overrides },
    })
  );
}

function yearOf(outcome: RingkasanOutcome): RingkasanYear {
  if (outcome.kind !== "ok") throw new Error(outcome.kind);
  return outcome.years[0];
}

async function openTab(host: FakeHost, t = ID): Promise<void> {
  renderPane(host);
  await userEvent.click(screen.getByRole("tab", { name: t.tabRingkasan }));
  await waitFor(() => expect(host.ringkasanCalls).toBe(1));
}

function bars(): HTMLElement[] {
  return within(panel()).queryAllByTestId("ringkasan-bar");
}

test("per sasaran, every indicator's bar with its number and kategori word; a click selects its cell", async () => {
  const host = new FakeHost();
  const outcome = outcomeOf();
  host.ringkasanAnswer = ok(outcome);
  const year = yearOf(outcome);
  await openTab(host);
  await waitFor(() => expect(bars()).toHaveLength(CATALOGUE.indicators.length));

  const sections = within(panel()).getAllByTestId("ringkasan-sasaran");
  expect(sections).toHaveLength(CATALOGUE.sasaran.length);
  CATALOGUE.sasaran.forEach((s, i) => {
    expect(within(sections[i]).getByRole("heading", { level: 3 }).textContent).toContain(s.name);
    const codes = within(sections[i])
      .getAllByTestId("ringkasan-bar")
      .map((b) => b.getAttribute("data-code"));
    expect(codes).toEqual(
      CATALOGUE.indicators.filter((x) => x.sasaran === s.code).map((x) => x.code)
    );
  });

  for (const row of year.sasaran.flatMap((s) => s.indicators)) {
    const bar = bars().find((b) => b.getAttribute("data-code") === row.code)!;
    expect(bar.textContent).toContain(row.code);
    expect(bar.textContent).toContain(row.shortName);
    const c = row.capaian;
    if (c.status === "ok") {
      // Never colour alone: the number and the kategori word are written.
      expect(bar.textContent).toContain(formatCapaian(c.value, year.desimal, W));
      expect(bar.textContent).toContain(c.kategori.label);
      const fill = bar.querySelector("[data-part=bar]") as HTMLElement;
      expect(fill.getAttribute("data-tone")).toBe(toneOf(c.kategori.band, c.kategori.bands));
      const expected = (Math.min(c.value, year.scaleMax) / year.scaleMax) * 100;
      expect(parseFloat(fill.style.width)).toBeCloseTo(expected, 6);
    }
    // The 100 % line at 100 / scale of the track.
    const mark = bar.querySelector("[data-part=mark]") as HTMLElement;
    expect(parseFloat(mark.style.left)).toBeCloseTo((100 / year.scaleMax) * 100, 6);
  }

  // IKU06 has no target: it says so, and a click opens the target cell to type it.
  const iku06 = bars().find((b) => b.getAttribute("data-code") === "IKU06")!;
  expect(iku06.textContent).toContain(W.notFilled(["target"]));
  expect(iku06.querySelector("[data-part=bar]")).toBeNull();
  await userEvent.click(iku06);
  const target = year.sasaran.flatMap((s) => s.indicators).find((r) => r.code === "IKU06")!.cell;
  expect(host.selected).toEqual([{ sheet: target!.sheet, cell: target!.address }]);
  expect(within(panel()).getByTestId("ringkasan-summary").textContent).toBe(
    W.yearSummary({ sheet: "IKU 2026", filled: year.filled, total: year.total })
  );
  // The legend lists every kategori of the sheet's rules.
  const legend = within(panel()).getByTestId("ringkasan-legend");
  expect(
    within(legend)
      .getAllByRole("listitem")
      .map((li) => li.textContent)
  ).toEqual([...year.kategoriLabels]);
});

test("each bar is a button: reached by Tab and opened with Enter, named by what it shows", async () => {
  const host = new FakeHost();
  const outcome = outcomeOf();
  host.ringkasanAnswer = ok(outcome);
  const first = yearOf(outcome).sasaran[0].indicators[0];
  await openTab(host);
  await waitFor(() => expect(bars().length).toBeGreaterThan(0));
  const bar = bars()[0];
  expect(bar.tagName).toBe("BUTTON");
  // Named by its words (code, name, capaian, kategori), described by where a click goes.
  expect(bar.textContent).toContain(first.code);
  const description = document.getElementById(bar.getAttribute("aria-describedby") ?? "");
  expect(description?.textContent).toBe(
    W.openCell({ name: first.name, cell: `${first.cell?.sheet}!${first.cell?.address}` })
  );
  act(() => bar.focus());
  await userEvent.keyboard("{Enter}");
  expect(host.selected).toEqual([{ sheet: first.cell?.sheet, cell: first.cell?.address }]);
});

test("several year sheets: a year chooser, latest first; switching reads nothing again", async () => {
  const host = new FakeHost();
  const y2026 = yearOf(outcomeOf(2026));
  const y2025 = yearOf(outcomeOf(2025, { IKU06_TARGET: 80, IKU03_PEMBILANG: null }));
  host.ringkasanAnswer = ok({ kind: "ok", catalogue: "builtin", years: [y2026, y2025] });
  await openTab(host);
  const chooser = (await within(panel()).findByLabelText(W.yearLabel)) as HTMLSelectElement;
  expect([...chooser.options].map((o) => o.textContent)).toEqual([
    W.yearOption(2026, "IKU 2026"),
    W.yearOption(2025, "IKU 2025"),
  ]);
  expect(chooser.value).toBe("2026");
  await userEvent.selectOptions(chooser, "2025");
  expect(within(panel()).getByTestId("ringkasan-summary").textContent).toContain("IKU 2025");
  const iku03 = bars().find((b) => b.getAttribute("data-code") === "IKU03")!;
  expect(iku03.getAttribute("data-status")).toBe("notFilled");
  expect(iku03.textContent).toContain(W.notFilled(["realisasi"]));
  expect(host.ringkasanCalls).toBe(1);
});

test("one year sheet: no chooser; Muat ulang reads again, and so does opening the tab again", async () => {
  const host = new FakeHost();
  host.ringkasanAnswer = ok(outcomeOf());
  await openTab(host);
  await waitFor(() => expect(bars().length).toBeGreaterThan(0));
  expect(within(panel()).queryByLabelText(W.yearLabel)).toBeNull();
  await userEvent.click(within(panel()).getByRole("button", { name: W.refresh }));
  await waitFor(() => expect(host.ringkasanCalls).toBe(2));
  await userEvent.click(screen.getByRole("tab", { name: ID.tabGenerate }));
  await userEvent.click(screen.getByRole("tab", { name: ID.tabRingkasan }));
  await waitFor(() => expect(host.ringkasanCalls).toBe(3));
});

test("no IKU sheet yet: says so and takes the user to the Generate tab", async () => {
  const host = new FakeHost();
  host.ringkasanAnswer = ok({ kind: "noIkuSheet" });
  await openTab(host);
  const state = await within(panel()).findByTestId("ringkasan-no-sheet");
  expect(state.textContent).toContain(W.noIkuSheetTitle);
  expect(state.textContent).toContain(W.noIkuSheetBody);
  await userEvent.click(within(state).getByRole("button", { name: W.goToGenerate }));
  expect(screen.getByRole("tab", { name: ID.tabGenerate }).getAttribute("aria-selected")).toBe(
    "true"
  );
  await waitFor(() => expect(document.activeElement?.id).toBe("tab-generate"));
});

test("nothing filled yet: says so, and every bar says what is missing", async () => {
  const host = new FakeHost();
  host.ringkasanAnswer = ok(
    ringkasanOfWorkbook(buildCaseGrid({ description: "", mode: "iku", inputs: "empty" }))
  );
  await openTab(host);
  const state = await within(panel()).findByTestId("ringkasan-none-filled");
  expect(state.textContent).toContain(W.noneFilledTitle);
  expect(bars()).toHaveLength(CATALOGUE.indicators.length);
  for (const bar of bars()) {
    expect(bar.textContent).toContain(W.notFilled(["realisasi", "target"]));
  }
});

test("a Katalog IKU with mistakes: says so and lists them; a mistake selects its cell", async () => {
  const built = buildCase({ description: "", mode: "excel", inputs: "examples" });
  const rows = DINKES_KATALOG.map((r) => r.map((v) => v ?? ""));
  rows[rows.findIndex((r) => r[0] === "KES01")][3] = "bukan jenis";
  built.grid.sheets.unshift({ name: KATALOG_SHEET, origin: "A1", values: rows, formulas: rows });
  const outcome = ringkasanOfWorkbook(built.grid);
  if (outcome.kind !== "katalogInvalid") throw new Error(outcome.kind);
  const host = new FakeHost();
  host.ringkasanAnswer = ok(outcome);
  await openTab(host);
  const state = await within(panel()).findByTestId("ringkasan-katalog");
  expect(state.textContent).toContain(W.katalogInvalidTitle);
  expect(state.textContent).toContain(W.katalogInvalidBody(KATALOG_SHEET, outcome.findings.length));
  const list = within(panel()).getByRole("group", { name: W.katalogListLabel });
  const first = outcome.findings[0];
  const link = within(list).getAllByTitle(`${first.sheet}!${first.cell}`)[0];
  await userEvent.click(link);
  expect(host.selected).toEqual([{ sheet: first.sheet, cell: first.cell }]);
  expect(bars()).toHaveLength(0);
});

test("an Excel problem (cell-edit mode) is shown as every tab shows it", async () => {
  const host = new FakeHost();
  host.ringkasanAnswer = { ok: false, problem: { code: "cellEditMode" } };
  await openTab(host);
  const text = ID.problem({ code: "cellEditMode" });
  expect(await within(panel()).findByText(text.title)).toBeTruthy();
});

test("in English: the tab, the words and the built-in indicators' English names", async () => {
  const host = new FakeHost({ displayLanguage: "en-US" });
  host.ringkasanAnswer = ok(outcomeOf());
  await openTab(host, EN);
  await waitFor(() => expect(bars().length).toBeGreaterThan(0));
  expect(within(panel()).getByRole("heading", { level: 2 }).textContent).toBe(RINGKASAN_EN.heading);
  const iku03 = bars().find((b) => b.getAttribute("data-code") === "IKU03")!;
  expect(iku03.getAttribute("title")).toBe(CATALOGUE_EN.IKU03.name);
  // Sasaran names exist in Indonesian only: marked as such.
  const heading = within(panel()).getAllByRole("heading", { level: 3 })[0];
  expect(heading.querySelector("[lang=id]")?.textContent).toBe(CATALOGUE.sasaran[0].name);
});

test("outside Excel: nothing is read and the refresh button is disabled", async () => {
  const host = new FakeHost({ inExcel: false });
  renderPane(host);
  await userEvent.click(screen.getByRole("tab", { name: ID.tabRingkasan }));
  const refresh = await within(panel()).findByRole("button", { name: W.refresh });
  expect((refresh as HTMLButtonElement).disabled).toBe(true);
  expect(host.ringkasanCalls).toBe(0);
});

test("tones: an agency's bands spread from green (highest) to red (lowest)", () => {
  expect([0, 1, 2, 3, 4].map((b) => toneOf(b, 5))).toEqual([
    "tone0",
    "tone1",
    "tone2",
    "tone3",
    "tone4",
  ]);
  expect([0, 1, 2].map((b) => toneOf(b, 3))).toEqual(["tone0", "tone2", "tone4"]);
  expect([0, 1].map((b) => toneOf(b, 2))).toEqual(["tone0", "tone4"]);
  expect(formatCapaian(95.456, 2, W)).toBe("95,46%");
  expect(formatCapaian(95.456, 1, RINGKASAN_EN)).toBe("95.5%");
});
