import "./setup";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LKJIP_ID } from "../../src/core/messages/id-lkjip";
import { stringsFor } from "../../src/taskpane/i18n";
import { FakeHost, fail } from "./fakeHost";
import { renderPane } from "./render";

const ID = stringsFor("id");

async function yearField(): Promise<HTMLElement> {
  return screen.findByRole("textbox", { name: new RegExp(LKJIP_ID.tahunLabel) });
}

describe("the Pengukuran Kinerja (LKjIP) section", () => {
  test("creates the tables for the typed year, then adds the charts of one indicator", async () => {
    const host = new FakeHost();
    renderPane(host);
    const field = await yearField();
    await userEvent.clear(field);
    await userEvent.type(field, "2026");
    await userEvent.click(screen.getByRole("button", { name: LKJIP_ID.create }));
    expect(host.lkjipCalls).toEqual([2026]);
    expect(
      await screen.findByText(
        LKJIP_ID.created({
          sheet: "Pengukuran Kinerja 2026",
          years: [2026],
          renstra: false,
          kept: 0,
        })
      )
    ).toBeTruthy();

    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: LKJIP_ID.chartIndicator }),
      "IKU06"
    );
    await userEvent.click(screen.getByRole("button", { name: LKJIP_ID.charts }));
    expect(host.chartCalls).toEqual([{ tahun: 2026, indicator: "IKU06" }]);
    expect(await screen.findByText(LKJIP_ID.chartsAdded({ count: 19, replaced: 0 }))).toBeTruthy();
  });

  test("a year that is not a year is said under the field and nothing is asked of Excel", async () => {
    const host = new FakeHost();
    renderPane(host);
    const field = await yearField();
    await userEvent.clear(field);
    await userEvent.type(field, "20x6");
    await userEvent.click(screen.getByRole("button", { name: LKJIP_ID.create }));
    expect(await screen.findByText(LKJIP_ID.tahunInvalid)).toBeTruthy();
    expect(host.lkjipCalls).toEqual([]);
  });

  test("a workbook without that year's sheet: the problem in words", async () => {
    const host = new FakeHost();
    host.lkjipAnswer = fail({ code: "noYearSheet", sheet: "IKU 2025" });
    renderPane(host);
    const field = await yearField();
    await userEvent.clear(field);
    await userEvent.type(field, "2025");
    await userEvent.click(screen.getByRole("button", { name: LKJIP_ID.create }));
    const text = ID.problem({ code: "noYearSheet", sheet: "IKU 2025" });
    expect(await screen.findByText(text.title)).toBeTruthy();
  });
});
