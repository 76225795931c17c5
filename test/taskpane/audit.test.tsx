import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyzeFormulas } from "../../src/core/audit";
import type { Finding } from "../../src/core/grid";
import { ALL_RULES } from "../../src/core/report";
import { FakeHost, deferred, fail, ok } from "./fakeHost";
import { renderPane } from "./render";
import { loadCase } from "../cases/generate";

const FINDINGS: Finding[] = [
  {
    sheet: "IKU 2026",
    cell: "M20",
    indicator: "IKU06",
    rule: "formula.overwritten",
    severity: "error",
    message: "Rumus hasil IKU06 diganti nilai ketikan.",
    current: "75",
    expected: "=IKU.PERSENTASE_PPKS_REHAB(IKU06_PEMBILANG,IKU06_PENYEBUT)",
  },
  {
    sheet: "IKU 2026",
    cell: "M21",
    indicator: "IKU07",
    rule: "formula.mixedConstant",
    severity: "warning",
    message: "Angka tetap di dalam rumus IKU.",
    current: "=IKU07_HASIL*1.1",
  },
  {
    sheet: "Rekap",
    cell: "C4",
    // A rule id this version does not know (e.g. from a newer add-in).
    rule: "formula.arity" as Finding["rule"],
    severity: "error",
    message: "Jumlah argumen IKU.CAPAIAN salah.",
    current: "=IKU.CAPAIAN(B4)",
  },
];

const OUTCOME = {
  sheets: ["IKU 2026", "Rekap"],
  findings: FINDINGS,
  checkedAt: "2026-11-27T10:00:00Z",
};

function panel(): HTMLElement {
  return document.getElementById("panel-audit") as HTMLElement;
}

async function runAudit(host: FakeHost): Promise<void> {
  renderPane(host);
  await userEvent.click(screen.getByRole("tab", { name: "Audit Rumus" }));
  await userEvent.click(within(panel()).getByRole("button", { name: "Audit Rumus" }));
}

function list(): HTMLElement {
  return within(panel()).getByRole("group", { name: "Temuan audit rumus" });
}

function items(): HTMLElement[] {
  return within(list()).getAllByRole("listitem");
}

/** A part of a finding item: cell, indicator, rule, message or formulas. */
function part(item: HTMLElement, name: string): HTMLElement | null {
  return item.querySelector(`[data-part="${name}"]`);
}

describe("Audit Rumus", () => {
  test("shows every finding with its sheet, cell, indicator, rule, severity, message and formulas", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    await runAudit(host);
    expect(host.auditCalls).toBe(1);
    expect(within(panel()).queryByRole("table")).toBeNull();
    const rows = items();
    expect(rows).toHaveLength(3);
    const first = rows[0];
    expect(first.getAttribute("data-severity")).toBe("error");
    expect(within(first).getByText("Kesalahan")).toBeTruthy();
    // The short cell address, as a button that keyboard users can reach; its sheet is the caption.
    const link = within(first).getByRole("button", { name: "M20" });
    expect(link).toBe(part(first, "cell"));
    expect(link.getAttribute("title")).toBe("IKU 2026!M20");
    // Findings on several sheets: each group names the sheet above its cells.
    expect(within(list()).getAllByText("Lembar “IKU 2026”")).toHaveLength(2);
    expect(within(list()).getByText("Lembar “Rekap”")).toBeTruthy();
    // Findings are grouped under their indicator.
    expect(
      within(list())
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent?.split(" · ")[0])
    ).toEqual(["IKU06", "IKU07", "Tanpa indikator1 kesalahan"]);
    const rule = part(first, "rule");
    expect(rule?.textContent).toBe(ALL_RULES["formula.overwritten"].label);
    expect(rule?.getAttribute("title")).toBe("formula.overwritten");
    expect(part(first, "message")?.textContent).toBe("Rumus hasil IKU06 diganti nilai ketikan.");
    const formulas = part(first, "formulas")?.textContent ?? "";
    expect(formulas).toContain("Saat ini: 75");
    expect(formulas).toContain(
      "Seharusnya: =IKU.PERSENTASE_PPKS_REHAB(IKU06_PEMBILANG,IKU06_PENYEBUT)"
    );
    // The first line reads in order: severity, cell, rule.
    expect(first.firstElementChild?.textContent).toBe(
      `KesalahanM20·${ALL_RULES["formula.overwritten"].label}`
    );

    // Only the formulas a finding has are shown.
    const second = part(rows[1], "formulas")?.textContent ?? "";
    expect(second).toContain("Saat ini: =IKU07_HASIL*1.1");
    expect(second).not.toContain("Seharusnya");
    expect(within(rows[1]).getByText("Peringatan")).toBeTruthy();

    // A finding without an indicator has no indicator part; an unknown rule shows its id.
    const third = rows[2];
    expect(within(third).getByRole("button", { name: "C4" })).toBeTruthy();
    expect(part(third, "rule")?.textContent).toBe("formula.arity");
    expect(part(third, "message")?.textContent).toBe("Jumlah argumen IKU.CAPAIAN salah.");
  });

  test("filters by severity", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    await runAudit(host);
    const errors = within(panel()).getByRole("button", { name: "Kesalahan (2)" });
    const warnings = within(panel()).getByRole("button", { name: "Peringatan (1)" });
    expect(errors.getAttribute("aria-pressed")).toBe("true");
    expect(warnings.getAttribute("aria-pressed")).toBe("true");
    await userEvent.click(warnings);
    expect(warnings.getAttribute("aria-pressed")).toBe("false");
    expect(items().map((r) => r.getAttribute("data-severity"))).toEqual(["error", "error"]);
    expect(within(panel()).getByText("2 dari 3 temuan ditampilkan")).toBeTruthy();
    await userEvent.click(errors);
    expect(within(panel()).queryByRole("list")).toBeNull();
    expect(within(panel()).getByText("Tidak ada temuan untuk tingkat yang dipilih.")).toBeTruthy();
    await userEvent.click(warnings);
    expect(items().map((r) => part(r, "cell")?.textContent)).toEqual(["M21"]);
    // The filter is announced in the pane's one status line.
    expect(screen.getByTestId("pane-status").textContent).toBe("1 dari 3 temuan ditampilkan");
  });

  test("clicking an item or its cell link, or pressing Enter on the link, selects the cell", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    await runAudit(host);
    await userEvent.click(within(items()[2]).getByText("Jumlah argumen IKU.CAPAIAN salah."));
    await userEvent.click(within(items()[0]).getByRole("button", { name: "M20" }));
    act(() => within(items()[1]).getByRole("button", { name: "M21" }).focus());
    await userEvent.keyboard("{Enter}");
    expect(host.selected).toEqual([
      { sheet: "Rekap", cell: "C4" },
      { sheet: "IKU 2026", cell: "M20" },
      { sheet: "IKU 2026", cell: "M21" },
    ]);
  });

  test("selecting a formula's text to copy it does not move Excel's selection", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    await runAudit(host);
    const formulas = part(items()[0], "formulas") as HTMLElement;
    // A drag ends with a click on the item while the dragged text is still selected.
    window.getSelection()?.selectAllChildren(formulas);
    fireEvent.click(formulas);
    expect(host.selected).toEqual([]);
    window.getSelection()?.removeAllRanges();
    fireEvent.click(formulas);
    expect(host.selected).toEqual([{ sheet: "IKU 2026", cell: "M20" }]);
  });

  test("a refused selection is explained", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    host.selectAnswer = fail({ code: "cellEditMode" });
    await runAudit(host);
    await userEvent.click(within(items()[0]).getByRole("button", { name: "M20" }));
    expect(await within(panel()).findByText("Excel sedang mengedit sel")).toBeTruthy();
  });

  test("writes the report sheet and says where", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    const pending = deferred<Awaited<ReturnType<FakeHost["writeAuditReport"]>>>();
    host.reportAnswer = pending.promise;
    renderPane(host);
    await userEvent.click(screen.getByRole("tab", { name: "Audit Rumus" }));
    const report = within(panel()).getByRole("button", {
      name: "Tulis laporan audit",
    }) as HTMLButtonElement;
    expect(report.disabled).toBe(true); // nothing to report before an audit
    await userEvent.click(within(panel()).getByRole("button", { name: "Audit Rumus" }));
    expect(report.disabled).toBe(false);
    await userEvent.click(report);
    expect(host.reports).toEqual([OUTCOME]);
    // Busy but still focusable, so focus does not fall to the page while it runs.
    expect(report.getAttribute("aria-disabled")).toBe("true");
    expect(report.disabled).toBe(false);
    await userEvent.click(report);
    expect(host.reports).toHaveLength(1);
    expect(within(panel()).getByText("Menulis laporan…")).toBeTruthy();
    pending.resolve(ok({ sheet: "Audit IKU", rows: 3 }));
    expect(
      await within(panel()).findByText(
        "Laporan audit ditulis ke lembar “Audit IKU” (3 baris temuan)."
      )
    ).toBeTruthy();
    expect(report.getAttribute("aria-disabled")).not.toBe("true");
    // Focus lands on the result.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("audit-result")));
  });

  test("a refused report is explained", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    host.reportAnswer = fail({ code: "sheetProtected", sheet: "Audit IKU" });
    await runAudit(host);
    await userEvent.click(within(panel()).getByRole("button", { name: "Tulis laporan audit" }));
    expect(await within(panel()).findByText(/Lembar “Audit IKU” diproteksi/)).toBeTruthy();
  });

  test("a clean workbook says so", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok({ ...OUTCOME, findings: [] });
    await runAudit(host);
    expect(
      within(panel()).getByText("Tidak ada masalah: semua rumus sesuai rancangan.")
    ).toBeTruthy();
    expect(within(panel()).queryByRole("list")).toBeNull();
  });

  test("English labels and filter", async () => {
    const host = new FakeHost({ displayLanguage: "en-US" });
    host.auditAnswer = ok(OUTCOME);
    renderPane(host);
    await userEvent.click(screen.getByRole("tab", { name: "Formula audit" }));
    await userEvent.click(within(panel()).getByRole("button", { name: "Audit formulas" }));
    const findings = within(panel()).getByRole("group", { name: "Formula audit findings" });
    const first = within(findings).getAllByRole("listitem")[0];
    expect(within(first).getByText("Error")).toBeTruthy();
    expect(part(first, "formulas")?.textContent).toContain("Current: 75");
    expect(part(first, "formulas")?.textContent).toContain("Expected: =IKU.PERSENTASE_PPKS_REHAB");
    // Rule labels and indicator names are English; a message left Indonesian says so.
    expect(part(first, "rule")?.textContent).toBe("Formula overwritten by a value");
    expect(part(first, "rule")?.getAttribute("lang")).toBeNull();
    expect(part(first, "message")?.getAttribute("lang")).toBe("id");
    expect(within(findings).getByText(/receiving social rehabilitation/)).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Errors (2)" })).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Warnings (1)" })).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Write audit report" })).toBeTruthy();
  });

  test("English: the core's English audit of a golden case shows no message marked Indonesian", async () => {
    const { grid, options } = loadCase("three-mistakes");
    const analysis = analyzeFormulas(grid, { ...options, lang: "en" });
    const host = new FakeHost({ displayLanguage: "en-US" });
    host.auditAnswer = ok({ ...analysis, checkedAt: "2026-11-27T10:00:00Z" });
    renderPane(host);
    await userEvent.click(screen.getByRole("tab", { name: "Formula audit" }));
    await userEvent.click(within(panel()).getByRole("button", { name: "Audit formulas" }));
    const findings = within(panel()).getByRole("group", { name: "Formula audit findings" });
    const shown = within(findings).getAllByRole("listitem");
    expect(shown).toHaveLength(analysis.findings.length);
    expect(panel().querySelectorAll('[lang="id"]')).toHaveLength(0);
    for (const item of shown) expect(part(item, "message")?.getAttribute("lang")).toBeNull();
    expect(
      within(findings).getByText(/^Result of IKU 6 holds the number "75" typed in directly/)
    ).toBeTruthy();
  });
});
