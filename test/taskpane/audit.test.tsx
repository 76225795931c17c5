import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/core/grid";
import { ALL_RULES } from "../../src/core/report";
import { FakeHost, deferred, fail, ok } from "./fakeHost";
import { renderPane } from "./render";

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
    rule: "formula.constant",
    severity: "warning",
    message: "Angka tetap di dalam rumus IKU.",
    current: "=IKU07_HASIL*1.1",
  },
  {
    sheet: "Rekap",
    cell: "C4",
    rule: "formula.arity",
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

function bodyRows(): HTMLElement[] {
  const table = within(panel()).getByRole("table");
  return within(table).getAllByRole("row").slice(1);
}

describe("Audit Rumus", () => {
  test("shows every finding with its columns", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    await runAudit(host);
    expect(host.auditCalls).toBe(1);
    const headers = within(panel())
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["Lembar", "Sel", "Indikator", "Aturan", "Tingkat", "Pesan", "Rumus"]);
    const rows = bodyRows();
    expect(rows).toHaveLength(3);
    const first = within(rows[0])
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(first[0]).toBe("IKU 2026");
    expect(first[1]).toBe("M20");
    expect(first[2]).toBe("IKU06");
    expect(first[3]).toBe(ALL_RULES["formula.overwritten"].label);
    expect(first[4]).toBe("Kesalahan");
    expect(first[6]).toContain("Saat ini: 75");
    expect(first[6]).toContain(
      "Seharusnya: =IKU.PERSENTASE_PPKS_REHAB(IKU06_PEMBILANG,IKU06_PENYEBUT)"
    );
    expect(within(rows[2]).getAllByRole("cell")[2].textContent).toBe("–");
  });

  test("filters by severity", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    await runAudit(host);
    const errors = within(panel()).getByRole("button", { name: "Kesalahan (2)" });
    const warnings = within(panel()).getByRole("button", { name: "Peringatan (1)" });
    expect(errors.getAttribute("aria-pressed")).toBe("true");
    await userEvent.click(warnings);
    expect(warnings.getAttribute("aria-pressed")).toBe("false");
    expect(bodyRows().map((r) => r.getAttribute("data-severity"))).toEqual(["error", "error"]);
    await userEvent.click(errors);
    expect(within(panel()).queryByRole("table")).toBeNull();
    expect(within(panel()).getByText("Tidak ada temuan untuk tingkat yang dipilih.")).toBeTruthy();
    await userEvent.click(warnings);
    expect(bodyRows().map((r) => within(r).getAllByRole("cell")[1].textContent)).toEqual(["M21"]);
  });

  test("clicking a row or its cell link selects the cell", async () => {
    const host = new FakeHost();
    host.auditAnswer = ok(OUTCOME);
    await runAudit(host);
    await userEvent.click(within(bodyRows()[2]).getByText("Jumlah argumen IKU.CAPAIAN salah."));
    await userEvent.click(within(bodyRows()[0]).getByRole("button", { name: "M20" }));
    expect(host.selected).toEqual([
      { sheet: "Rekap", cell: "C4" },
      { sheet: "IKU 2026", cell: "M20" },
    ]);
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
    expect(report.disabled).toBe(true);
    expect(within(panel()).getByText("Menulis laporan…")).toBeTruthy();
    pending.resolve(ok({ sheet: "Audit IKU", rows: 3 }));
    expect(
      await within(panel()).findByText(
        "Laporan audit ditulis ke lembar “Audit IKU” (3 baris temuan)."
      )
    ).toBeTruthy();
    expect(report.disabled).toBe(false);
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
      within(panel()).getByText("Tidak ada masalah: semua rumus sesuai rencana.")
    ).toBeTruthy();
    expect(within(panel()).queryByRole("table")).toBeNull();
  });

  test("English column headers and filter", async () => {
    const host = new FakeHost({ displayLanguage: "en-US" });
    host.auditAnswer = ok(OUTCOME);
    renderPane(host);
    await userEvent.click(screen.getByRole("tab", { name: "Formula audit" }));
    await userEvent.click(within(panel()).getByRole("button", { name: "Audit formulas" }));
    expect(within(panel()).getByRole("columnheader", { name: "Severity" })).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Warnings (1)" })).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Write audit report" })).toBeTruthy();
  });
});
