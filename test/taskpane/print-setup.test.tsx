import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { stringsFor } from "../../src/taskpane/i18n";
import { FakeHost, ok } from "./fakeHost";
import { renderPane } from "./render";

/* Generate succeeded but Excel refused the print setup: the pane says so, with Excel's detail. */

const ID = stringsFor("id");

test("a refused print setup is shown as a warning next to the success", async () => {
  const host = new FakeHost();
  host.generateAnswer = ok({
    sheet: "IKU 2026",
    created: true,
    indicators: 18,
    keptValues: 0,
    range: "A1:O53",
    printSetup: {
      applied: false,
      detail: "GeneralException · Unable to set the paper size. · PageLayout.paperSize",
    },
  });
  renderPane(host);
  await userEvent.click(screen.getByRole("button", { name: "Buat Lembar IKU" }));
  const warning = await waitFor(() => screen.getByTestId("print-setup-failed"));
  expect(warning.textContent).toContain(ID.printSetupTitle);
  expect(warning.textContent).toContain("Unable to set the paper size");
  expect(screen.getByText(/Lembar “IKU 2026” dibuat/)).toBeTruthy();
});

test("no warning when the print setup was applied", async () => {
  const host = new FakeHost();
  host.generateAnswer = ok({
    sheet: "IKU 2026",
    created: true,
    indicators: 18,
    keptValues: 0,
    range: "A1:O53",
    printSetup: { applied: true },
  });
  renderPane(host);
  await userEvent.click(screen.getByRole("button", { name: "Buat Lembar IKU" }));
  await waitFor(() => screen.getByText(/Lembar “IKU 2026” dibuat/));
  expect(screen.queryByTestId("print-setup-failed")).toBeNull();
});
