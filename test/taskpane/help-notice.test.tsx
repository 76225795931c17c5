import "./setup";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { notifyPane } from "../../src/commands/help";
import { unavailableHost } from "../../src/office/host";
import { renderPane } from "./render";

/*
 * When "Bantuan Fungsi" can open neither a browser window nor a dialog, the command shows the
 * pane and hands it the problem: the pane names the error and links the help page.
 */

const HELP = "https://localhost:3000/help.html";

it.each([
  ["id-ID", "Halaman bantuan tidak dapat dibuka"],
  ["en-US", "The help page could not be opened"],
])("shows the help problem with a link to the page (%s)", async (lang, title) => {
  renderPane(unavailableHost(lang));
  expect(screen.queryByTestId("help-problem")).toBeNull();
  act(() => notifyPane({ url: HELP, detail: "displayDialogAsync: 12007: already open" }));
  const notice = screen.getByTestId("help-problem");
  expect(notice.textContent).toContain(title);
  expect(notice.textContent).toContain("12007");
  expect(notice.querySelector("a")?.getAttribute("href")).toBe(HELP);
  await userEvent.click(screen.getByRole("button", { name: /Tutup|Dismiss/ }));
  expect(screen.queryByTestId("help-problem")).toBeNull();
});
