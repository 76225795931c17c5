import "./setup";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CheckOutcome, HostResult, ReadProgress } from "../../src/office/api";
import { FakeHost, deferred, ok } from "./fakeHost";
import { renderPane } from "./render";

/* A large workbook is read in batches: the pane shows the cells read while the audit runs. */

class ProgressHost extends FakeHost {
  readonly pending = deferred<HostResult<CheckOutcome>>();
  report: ((p: ReadProgress) => void) | undefined;
  override audit(onProgress?: (p: ReadProgress) => void): Promise<HostResult<CheckOutcome>> {
    this.report = onProgress;
    return this.pending.promise;
  }
}

test("Audit Rumus shows how many cells of a large workbook have been read", async () => {
  const host = new ProgressHost();
  renderPane(host);
  await userEvent.click(screen.getByRole("tab", { name: "Audit Rumus" }));
  const panel = document.getElementById("panel-audit") as HTMLElement;
  await userEvent.click(within(panel).getByRole("button", { name: "Audit Rumus" }));
  expect(host.report).toBeDefined();
  act(() => host.report?.({ done: 200000, total: 500000 }));
  expect(within(panel).getByText(/200\.000 dari 500\.000 sel/)).toBeTruthy();
  await act(async () => {
    host.pending.resolve(
      ok({ sheets: ["IKU 2026"], findings: [], checkedAt: "2026-11-27T10:00:00Z" })
    );
  });
  expect(within(panel).queryByText(/dari 500\.000 sel/)).toBeNull();
});
