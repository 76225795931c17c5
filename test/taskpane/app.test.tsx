import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { stringsFor } from "../../src/taskpane/i18n";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./render";

const ID = stringsFor("id");
const EN = stringsFor("en");

describe("first run and help", () => {
  test("the placemat shows on the first run only, and is remembered through the host", async () => {
    const host = new FakeHost();
    host.preferences.clear();
    const first = renderPane(host);
    const placemat = screen.getByTestId("placemat");
    expect(within(placemat).getByRole("heading", { name: ID.placematTitle })).toBeTruthy();
    expect(
      within(placemat)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(ID.placematSteps);
    await userEvent.click(within(placemat).getByRole("button", { name: ID.placematDismiss }));
    expect(screen.queryByTestId("placemat")).toBeNull();
    expect(host.preferences.get("firstRunSeen")).toBe("1");
    first.unmount();
    // The next start: no placemat.
    renderPane(host);
    expect(screen.queryByTestId("placemat")).toBeNull();
  });

  test("generating a sheet also retires the placemat", async () => {
    const host = new FakeHost();
    host.preferences.clear();
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.generateButton }));
    expect(await screen.findByText(ID.successTitle)).toBeTruthy();
    expect(screen.queryByTestId("placemat")).toBeNull();
    expect(host.preferences.get("firstRunSeen")).toBe("1");
  });

  test("the footer has the help link on every tab; the host opens it", async () => {
    const host = new FakeHost();
    renderPane(host);
    for (const tab of [ID.tabGenerate, ID.tabValidate, ID.tabAudit]) {
      await userEvent.click(screen.getByRole("tab", { name: tab }));
      const footer = screen.getByRole("contentinfo");
      const link = within(footer).getByRole("link", { name: ID.helpLong });
      expect(link.getAttribute("href")).toMatch(/help\.html$/);
      await userEvent.click(link);
    }
    expect(host.helpOpened).toHaveLength(3);
    expect(host.helpOpened[0]).toMatch(/^http.*\/help\.html$/);
  });

  test("the help link in English", () => {
    renderPane(new FakeHost({ displayLanguage: "en-US" }));
    expect(
      within(screen.getByRole("contentinfo")).getByRole("link", { name: EN.helpLong })
    ).toBeTruthy();
  });
});
