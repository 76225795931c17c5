import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findIndicator } from "../../src/core/catalogue";
import type { Finding } from "../../src/core/grid";
import { AUTO_CHECK_DEBOUNCE_MS, groupByIndicator } from "../../src/taskpane/ValidateTab";
import { stringsFor } from "../../src/taskpane/i18n";
import { FakeHost, fail, ok } from "./fakeHost";
import { renderPane } from "./render";

const ID = stringsFor("id");

function finding(
  cell: string,
  indicator: string | undefined,
  severity: Finding["severity"],
  rule: string
): Finding {
  return { sheet: "IKU 2026", cell, indicator, severity, rule, message: `pesan ${cell} ${rule}` };
}

const FINDINGS: Finding[] = [
  finding("J20", "IKU06", "error", "input.negative"),
  finding("K20", "IKU06", "error", "input.subsetLarger"),
  finding("N20", "IKU06", "warning", "target.zero"),
  finding("J12", "IKU01", "warning", "target.empty"),
  finding("B2", undefined, "error", "names.missing"),
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
    await userEvent.click(screen.getByRole("button", { name: "IKU 2026!K20" }));
    expect(host.selected).toEqual([{ sheet: "IKU 2026", cell: "K20" }]);
  });

  test("a failed selection is shown", async () => {
    const host = new FakeHost();
    host.validateAnswer = outcome(FINDINGS);
    host.selectAnswer = fail({ code: "cellEditMode" });
    renderPane(host);
    await openValidateTab();
    await userEvent.click(within(validatePanel()).getByRole("button", { name: "Periksa Data" }));
    await userEvent.click(screen.getByRole("button", { name: "IKU 2026!J12" }));
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
      within(validatePanel()).getByText(/belum memiliki lembar yang dibuat add-in/)
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

  test("a refused subscription is reported and the switch goes back off", async () => {
    const host = new FakeHost();
    host.subscribeAnswer = fail({ code: "noIkuSheet" });
    renderOnValidateTab(host);
    fireEvent.click(autoSwitch());
    await flush();
    expect(autoSwitch().checked).toBe(false);
    expect(
      within(validatePanel()).getByText(/belum memiliki lembar yang dibuat add-in/)
    ).toBeTruthy();
  });
});
