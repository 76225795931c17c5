import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { stringsFor } from "../../src/taskpane/i18n";
import { FakeHost } from "./fakeHost";

/*
 * The Periksa Data and Audit Rumus tabs come from a chunk loaded after the first paint
 * (checkTabs.tsx). Not through render.tsx, which loads them before rendering: here the pane is
 * drawn first, its Generate tab at once, and the check tabs once their module arrives; a failed
 * load says so and loads again on "Try again".
 */

const ID = stringsFor("id");

// The first load of the audit tab fails, as a chunk request does when the network drops.
let mockFailAuditLoad = true;
jest.mock("../../src/taskpane/AuditTab", () => {
  if (mockFailAuditLoad) throw new Error("Loading chunk analysis failed");
  return jest.requireActual("../../src/taskpane/AuditTab");
});

function panel(id: "validate" | "audit"): HTMLElement {
  return document.getElementById(`panel-${id}`) as HTMLElement;
}

test("the Generate tab is drawn first; the check tabs load after it, again after a failure", async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={new FakeHost()} initialYear={2026} />
    </FluentProvider>
  );
  // First paint: the Generate tab is there, the check tabs still loading.
  expect(screen.getByRole("button", { name: ID.generateButton })).toBeTruthy();
  expect(within(panel("validate")).getByText(ID.tabLoading)).toBeTruthy();

  await userEvent.click(screen.getByRole("tab", { name: ID.tabAudit }));
  const failed = await within(panel("audit")).findByTestId(
    "tab-load-failed",
    {},
    { timeout: 5000 }
  );
  expect(failed.textContent).toContain(ID.tabLoadFailed.title);
  expect(failed.textContent).toContain("Loading chunk analysis failed");

  mockFailAuditLoad = false;
  await userEvent.click(within(failed).getByRole("button", { name: ID.tabLoadRetry }));
  expect(
    await within(panel("audit")).findByRole("button", { name: ID.auditButton }, { timeout: 5000 })
  ).toBeTruthy();

  await userEvent.click(screen.getByRole("tab", { name: ID.tabValidate }));
  await waitFor(() =>
    expect(within(panel("validate")).getByRole("button", { name: ID.validateButton })).toBeTruthy()
  );
});
