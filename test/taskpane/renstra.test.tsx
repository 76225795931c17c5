import "./setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renstraPaneWords } from "../../src/core/messages/renstra";
import { RenstraSection } from "../../src/taskpane/RenstraSection";
import { stringsFor } from "../../src/taskpane/i18n";
import { FakeHost, fail, ok } from "./fakeHost";
import { renderPane } from "./render";

const ID = renstraPaneWords("id");
const EN = renstraPaneWords("en");

function renderSection(host: FakeHost, lang: "id" | "en" = "id") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RenstraSection host={host} info={host.info()} t={stringsFor(lang)} />
    </FluentProvider>
  );
}

describe("the Target Renstra section", () => {
  test("a wrong period is said under the field and nothing is written", async () => {
    const host = new FakeHost();
    renderSection(host);
    const field = screen.getByRole("textbox", { name: new RegExp(ID.periodeLabel) });
    await userEvent.type(field, "2029-2025");
    await userEvent.click(screen.getByRole("button", { name: ID.create }));
    expect(
      await screen.findByText("Tahun akhir (2025) harus sesudah tahun awal (2029).")
    ).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    await userEvent.clear(field);
    await userEvent.type(field, "lima tahun");
    expect(await screen.findByText(/bukan periode; tulis tahun awal dan akhir/)).toBeTruthy();
    expect(host.renstraCalls).toEqual([]);
  });

  test("a period writes the sheet and says what was kept", async () => {
    const host = new FakeHost();
    host.renstraAnswer = () =>
      ok({
        sheet: "Target Renstra",
        created: false,
        indicators: 18,
        periode: { awal: 2026, akhir: 2030 },
        kept: 42,
        relink: [2026, 2027],
      });
    renderSection(host);
    await userEvent.type(screen.getByRole("textbox"), "2026 – 2030");
    await userEvent.click(screen.getByRole("button", { name: ID.create }));
    expect(host.renstraCalls).toEqual([
      { periode: { awal: 2026, akhir: 2030 }, removeNotes: false },
    ]);
    const result = await screen.findByTestId("renstra-result");
    await waitFor(() =>
      expect(result.textContent).toContain(
        'Lembar "Target Renstra" (periode 2026–2030) diperbarui; 42 isian dipertahankan.'
      )
    );
    expect(result.textContent).toContain("buat ulang lembar IKU tahun 2026, 2027");
  });

  test("values with no place on the new sheet are removed only when the user agrees", async () => {
    const host = new FakeHost({ displayLanguage: "en-US" });
    host.renstraAnswer = (removeNotes) =>
      removeNotes
        ? ok({
            sheet: "Target Renstra",
            created: false,
            indicators: 18,
            periode: { awal: 2026, akhir: 2030 },
            kept: 10,
            relink: [],
          })
        : fail({
            code: "userNotes",
            sheet: "Target Renstra",
            notes: [{ address: "I8", content: 70 }],
          });
    renderSection(host, "en");
    await userEvent.type(screen.getByRole("textbox"), "2026-2030");
    await userEvent.click(screen.getByRole("button", { name: EN.create }));
    const remove = await screen.findByRole("button", { name: EN.removeAndWrite });
    expect(host.renstraCalls).toHaveLength(1);
    await userEvent.click(remove);
    expect(host.renstraCalls[1]).toEqual({
      periode: { awal: 2026, akhir: 2030 },
      removeNotes: true,
    });
    expect(
      await screen.findByText(/Sheet "Target Renstra" \(period 2026–2030\) updated/)
    ).toBeTruthy();
  });

  test("the Generate tab shows the section after its first paint, below the Katalog section", async () => {
    const host = new FakeHost();
    renderPane(host);
    const heading = await screen.findByRole("heading", { name: ID.heading }, { timeout: 5000 });
    const katalog = screen.getByRole("heading", { name: stringsFor("id").katalogHeading });
    expect(
      katalog.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy();
  });
});
