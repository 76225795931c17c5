import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findIndicator } from "../../src/core/catalogue";
import type { Finding } from "../../src/core/grid";
import { AUTO_CHECK_DEBOUNCE_MS, groupByIndicator } from "../../src/taskpane/ValidateTab";
import { stringsFor } from "../../src/taskpane/i18n";
import { FakeHost, deferred, fail, ok } from "./fakeHost";
import { renderPane } from "./render";

const ID = stringsFor("id");

function finding(
  cell: string,
  indicator: string | undefined,
  severity: Finding["severity"],
  rule: Finding["rule"]
): Finding {
  return { sheet: "IKU 2026", cell, indicator, severity, rule, message: `pesan ${cell} ${rule}` };
}

const FINDINGS: Finding[] = [
  finding("J20", "IKU06", "error", "input.negative"),
  finding("K20", "IKU06", "error", "input.subsetLarger"),
  finding("N20", "IKU06", "warning", "target.zero"),
  finding("J12", "IKU01", "warning", "target.empty"),
  finding("B2", undefined, "error", "name.missing"),
];

function outcome(findings: Finding[]) {
  return ok({ sheets: ["IKU 2026"], findings, checkedAt: "2026-11-27T10:00:00Z" });
}

async function openValidateTab(): Promise<void> {
  await userEvent.click(screen.getByRole("tab", { name: "Periksa Data" }));
}

function validatePanel(): HTMLElement {
  return document.getElementById("panel-validate") as HTMLElement;
}

describe("grouping", () => {
  test("groups follow the catalogue's order; findings without indicator come last", () => {
    const groups = groupByIndicator(FINDINGS);
    expect(groups.map((g) => g.key)).toEqual(["IKU01", "IKU06", "__other__"]);
    expect(groups[1].findings.map((f) => f.cell)).toEqual(["J20", "K20", "N20"]);
  });
});

describe("Periksa Data", () => {
  test("lists problems grouped by indicator with counts per severity", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome(FINDINGS);
    renderPane(host);
    await openValidateTab();
    await userEvent.click(within(validatePanel()).getByRole("button", { name: "Periksa Data" }));
    expect(host.validateCalls).toBe(1);

    const headings = within(validatePanel()).getAllByRole("heading", { level: 3 });
    expect(headings).toHaveLength(3);
    const iku06 = findIndicator("IKU06");
    expect(headings[1].textContent).toContain(`IKU06 · ${iku06?.name}`);
    expect(headings[1].textContent).toContain("2 kesalahan");
    expect(headings[1].textContent).toContain("1 peringatan");
    expect(headings[0].textContent).toContain("1 peringatan");
    expect(headings[0].textContent).not.toContain("kesalahan");
    expect(headings[2].textContent).toContain(ID.otherGroup);
    expect(screen.getByTestId("validate-summary").textContent).toContain(
      "3 kesalahan, 2 peringatan"
    );
    expect(screen.getByText("pesan K20 input.subsetLarger")).toBeTruthy();
  });

  test("clicking a finding selects its cell in Excel", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome(FINDINGS);
    renderPane(host);
    await openValidateTab();
    await userEvent.click(within(validatePanel()).getByRole("button", { name: "Periksa Data" }));
    await userEvent.click(screen.getByRole("button", { name: "K20" }));
    expect(host.selected).toEqual([{ sheet: "IKU 2026", cell: "K20" }]);
  });

  test("a failed selection is shown", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome(FINDINGS);
    host.selectAnswer = fail({ code: "cellEditMode" });
    renderPane(host);
    await openValidateTab();
    await userEvent.click(within(validatePanel()).getByRole("button", { name: "Periksa Data" }));
    await userEvent.click(screen.getByRole("button", { name: "J12" }));
    expect(await within(validatePanel()).findByText(/Selesaikan pengeditan sel/)).toBeTruthy();
  });

  test("no problems shows an empty state", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome([]);
    renderPane(host);
    await openValidateTab();
    await userEvent.click(within(validatePanel()).getByRole("button", { name: "Periksa Data" }));
    expect(within(validatePanel()).getByText("Tidak ada masalah")).toBeTruthy();
    expect(within(validatePanel()).queryAllByRole("heading", { level: 3 })).toHaveLength(0);
  });

  test("a workbook without an IKU sheet is explained", async () => {
    const host = new FakeHost();
    host.validateAnswer = fail({ code: "noIkuSheet" });
    renderPane(host);
    await openValidateTab();
    await userEvent.click(within(validatePanel()).getByRole("button", { name: "Periksa Data" }));
    expect(
      within(validatePanel()).getByText(
        /Tidak ditemukan lembar IKU buatan add-in di buku kerja ini/
      )
    ).toBeTruthy();
  });

  test("English labels for an en-US Excel", async () => {
    const host = new FakeHost({ displayLanguage: "en-GB" });
    host.validateAnswer = outcome(FINDINGS);
    renderPane(host);
    await userEvent.click(screen.getByRole("tab", { name: "Check data" }));
    await userEvent.click(within(validatePanel()).getByRole("button", { name: "Check data" }));
    const headings = within(validatePanel()).getAllByRole("heading", { level: 3 });
    expect(headings[1].textContent).toContain("2 errors");
    expect(headings[1].textContent).toContain("1 warning");
    expect(within(validatePanel()).getByText(/3 errors, 2 warnings in “IKU 2026”/)).toBeTruthy();
  });
});

/** Sixty findings over all eighteen indicators, errors and warnings mixed. */
function sixty(): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < 60; i++) {
    const ind = `IKU${String((i % 18) + 1).padStart(2, "0")}`;
    out.push(finding(`J${10 + i}`, ind, i % 3 === 0 ? "error" : "warning", "input.empty"));
  }
  return out;
}

describe("findings at scale, by keyboard", () => {
  async function checked(host: FakeHost): Promise<void> {
    renderPane(host);
    await openValidateTab();
    await userEvent.click(within(validatePanel()).getByRole("button", { name: "Periksa Data" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("validate-result")));
  }

  const cells = () => Array.from(validatePanel().querySelectorAll<HTMLElement>("[data-part=cell]"));

  test("the list is one tab stop; arrows walk every finding across groups", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome(sixty());
    await checked(host);
    expect(cells()).toHaveLength(60);
    expect(cells().filter((c) => c.tabIndex === 0)).toHaveLength(1);
    const first = cells()[0];
    act(() => first.focus());
    const visited = [first.textContent];
    for (let i = 0; i < 59; i++) {
      await userEvent.keyboard("{ArrowDown}");
      visited.push(document.activeElement?.textContent ?? "");
    }
    expect(new Set(visited).size).toBe(60);
    await userEvent.keyboard("{Home}");
    expect(document.activeElement).toBe(cells()[0]);
    await userEvent.keyboard("{End}");
    expect(document.activeElement).toBe(cells()[59]);
    await userEvent.keyboard("{Enter}");
    expect(host.selected).toHaveLength(1);
  });

  test("filter, collapse and expand all, previous and next problem", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome(sixty());
    await checked(host);
    const panel = within(validatePanel());
    await userEvent.click(panel.getByRole("button", { name: "Peringatan (40)" }));
    expect(cells()).toHaveLength(20);
    expect(panel.getByText("20 dari 60 temuan ditampilkan")).toBeTruthy();
    expect(screen.getByTestId("pane-status").textContent).toBe("20 dari 60 temuan ditampilkan");

    await userEvent.click(panel.getByRole("button", { name: "Tutup semua" }));
    // Errors only: i % 3 === 0 falls on six indicators.
    expect(
      panel.getAllByRole("button", { expanded: false }).filter((b) => b.closest("h3"))
    ).toHaveLength(6);
    expect(cells()).toHaveLength(0);
    // Next opens the group of the next problem and selects its cell in Excel.
    await userEvent.click(panel.getByRole("button", { name: "Berikutnya ›" }));
    await userEvent.click(panel.getByRole("button", { name: "Berikutnya ›" }));
    expect(host.selected.map((c) => c.cell)).toEqual(["J10", "J28"]);
    expect(panel.getByText("Masalah 2 dari 20")).toBeTruthy();
    await userEvent.click(panel.getByRole("button", { name: "‹ Sebelumnya" }));
    expect(host.selected.map((c) => c.cell)).toEqual(["J10", "J28", "J10"]);
    await userEvent.click(panel.getByRole("button", { name: "Buka semua" }));
    expect(
      panel.getAllByRole("button", { expanded: true }).filter((b) => b.closest("h3"))
    ).toHaveLength(6);
    expect(cells()).toHaveLength(20);
  });

  test("a severity with no findings has no filter button", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome(FINDINGS.filter((f) => f.severity === "error"));
    await checked(host);
    expect(within(validatePanel()).getByRole("button", { name: "Kesalahan (3)" })).toBeTruthy();
    expect(within(validatePanel()).queryByRole("button", { name: /Peringatan \(/ })).toBeNull();
  });

  test("an old problem is cleared when a new check starts", async () => {
    const host = new FakeHost();
    host.validateAnswer = fail({ code: "cellEditMode" });
    await checked(host);
    expect(within(validatePanel()).getByText("Excel sedang mengedit sel")).toBeTruthy();
    const pending = deferred<Awaited<ReturnType<FakeHost["validate"]>>>();
    host.validateAnswer = pending.promise;
    await userEvent.click(within(validatePanel()).getByRole("button", { name: "Periksa Data" }));
    expect(within(validatePanel()).queryByText("Excel sedang mengedit sel")).toBeNull();
    // The button keeps focus while the check runs.
    const button = within(validatePanel()).getByRole("button", { name: "Periksa Data" });
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByTestId("pane-status").textContent).toBe(ID.validating);
    await act(async () => pending.resolve(outcome(FINDINGS)));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("validate-result")));
  });
});

describe("automatic re-check", () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  function renderOnValidateTab(host: FakeHost) {
    const view = renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Periksa Data" }));
    return view;
  }

  function autoSwitch(): HTMLInputElement {
    return screen.getByRole("switch", { name: ID.autoCheck }) as HTMLInputElement;
  }

  async function flush(): Promise<void> {
    // Lets the subscription's and the checks' promises settle.
    await act(async () => {
      await Promise.resolve();
    });
  }

  test("subscribes when turned on, re-checks once after a burst of changes, unsubscribes when off", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome([]);
    renderOnValidateTab(host);
    fireEvent.click(autoSwitch());
    await flush();
    expect(host.handlers).toHaveLength(1);
    expect(host.validateCalls).toBe(1); // a first check when switched on

    act(() => {
      host.change();
      jest.advanceTimersByTime(300);
      host.change();
      jest.advanceTimersByTime(300);
      host.change();
      jest.advanceTimersByTime(AUTO_CHECK_DEBOUNCE_MS - 1);
    });
    expect(host.validateCalls).toBe(1);
    act(() => {
      jest.advanceTimersByTime(1);
    });
    await flush();
    expect(host.validateCalls).toBe(2);

    fireEvent.click(autoSwitch());
    await flush();
    expect(host.unsubscribed).toBe(1);
    expect(host.handlers).toHaveLength(0);
    // A change event that was already queued does not run a check after switching off.
    act(() => {
      jest.advanceTimersByTime(AUTO_CHECK_DEBOUNCE_MS * 2);
    });
    expect(host.validateCalls).toBe(2);
  });

  test("a timer pending when switched off is cancelled", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome([]);
    renderOnValidateTab(host);
    fireEvent.click(autoSwitch());
    await flush();
    act(() => {
      host.change();
    });
    fireEvent.click(autoSwitch());
    await flush();
    act(() => {
      jest.advanceTimersByTime(AUTO_CHECK_DEBOUNCE_MS * 2);
    });
    expect(host.validateCalls).toBe(1);
  });

  test("unmounting the pane removes the subscription", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome([]);
    const view = renderOnValidateTab(host);
    fireEvent.click(autoSwitch());
    await flush();
    view.unmount();
    await flush();
    expect(host.unsubscribed).toBe(1);
  });

  test("an automatic re-check updates the list in place, keeps focus and announces changes only", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome(FINDINGS);
    renderOnValidateTab(host);
    fireEvent.click(autoSwitch());
    await flush();
    await flush();
    const k20 = screen.getByRole("button", { name: "K20" });
    act(() => k20.focus());
    const status = screen.getByTestId("pane-status");
    // The same findings again: nothing announced, the same element keeps focus.
    act(() => {
      host.change();
      jest.advanceTimersByTime(AUTO_CHECK_DEBOUNCE_MS);
    });
    await flush();
    await flush();
    expect(host.validateCalls).toBe(2);
    expect(status.textContent).toBe("");
    expect(document.activeElement).toBe(k20);
    expect(screen.getByRole("button", { name: "K20" })).toBe(k20);
    // J20 fixed: K20 keeps focus, the change is announced.
    host.validateAnswer = outcome(FINDINGS.filter((f) => f.cell !== "J20"));
    act(() => {
      host.change();
      jest.advanceTimersByTime(AUTO_CHECK_DEBOUNCE_MS);
    });
    await flush();
    await flush();
    expect(screen.queryByRole("button", { name: "J20" })).toBeNull();
    expect(document.activeElement).toBe(k20);
    expect(status.textContent).toBe(ID.autoCheckChanged(1, 0, 2, 2));
    // K20 (focused) fixed: focus moves to the finding now in its place, not to the page.
    host.validateAnswer = outcome(FINDINGS.filter((f) => f.cell !== "J20" && f.cell !== "K20"));
    act(() => {
      host.change();
      jest.advanceTimersByTime(AUTO_CHECK_DEBOUNCE_MS);
    });
    await flush();
    await flush();
    expect(document.activeElement?.getAttribute("data-part")).toBe("cell");
    expect(document.activeElement?.textContent).toBe("N20");
  });

  test("a refused subscription is reported and the switch goes back off", async () => {
    const host = new FakeHost();
    host.subscribeAnswer = fail({ code: "noIkuSheet" });
    renderOnValidateTab(host);
    fireEvent.click(autoSwitch());
    await flush();
    expect(autoSwitch().checked).toBe(false);
    expect(
      within(validatePanel()).getByText(
        /Tidak ditemukan lembar IKU buatan add-in di buku kerja ini/
      )
    ).toBeTruthy();
  });
});
