import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/core/grid";
import { stringsFor } from "../../src/taskpane/i18n";
import { FakeHost, fail, ok } from "./fakeHost";
import { renderPane } from "./render";

const ID = stringsFor("id");
const EN = stringsFor("en");

const generated = {
  sheet: "IKU 2026",
  created: true,
  indicators: 5,
  keptValues: 0,
  range: "A1:T20",
};

describe("the pane says which catalogue a sheet was made from", () => {
  test.each([
    ["id-ID", "Dibuat dari Katalog IKU (5 indikator)."],
    ["en-US", "Made from Katalog IKU (5 indicators)."],
  ])("a Katalog sheet (%s)", async (displayLanguage, words) => {
    const host = new FakeHost({ displayLanguage });
    host.generateAnswer = ok({
      ...generated,
      catalogue: { source: "katalog", sheet: "Katalog IKU", indicators: 5 },
    });
    renderPane(host);
    const t = displayLanguage === "en-US" ? EN : ID;
    await userEvent.click(screen.getByRole("button", { name: t.generateButton }));
    expect((await screen.findByTestId("made-from")).textContent).toBe(words);
  });

  test.each([
    ["id-ID", "Dibuat dari katalog bawaan DSPM (18 indikator)."],
    ["en-US", "Made from the built-in DSPM catalogue (18 indicators)."],
  ])("the built-in catalogue (%s)", async (displayLanguage, words) => {
    const host = new FakeHost({ displayLanguage });
    host.generateAnswer = ok({
      ...generated,
      indicators: 18,
      catalogue: { source: "builtin", indicators: 18 },
    });
    renderPane(host);
    const t = displayLanguage === "en-US" ? EN : ID;
    await userEvent.click(screen.getByRole("button", { name: t.generateButton }));
    expect((await screen.findByTestId("made-from")).textContent).toBe(words);
  });

  test("“Buka lembar” goes to the first input the generate found on the Katalog's sheet", async () => {
    const host = new FakeHost();
    host.generateAnswer = ok({
      ...generated,
      catalogue: { source: "katalog", sheet: "Katalog IKU", indicators: 5 },
      firstInput: "H9",
    });
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.generateButton }));
    await userEvent.click(await screen.findByRole("button", { name: ID.goToSheet }));
    expect(host.selected).toEqual([{ sheet: "IKU 2026", cell: "H9" }]);
  });
});

const katalogFindings: Finding[] = [
  {
    sheet: "Katalog IKU",
    cell: "D3",
    rule: "katalog.jenisUnknown",
    severity: "error",
    message: 'Jenis "persen" tidak dikenal.',
  },
  {
    sheet: "Katalog IKU",
    cell: "A5",
    rule: "katalog.kodeDuplicate",
    severity: "error",
    message: "Kode KES02 sudah dipakai di A4.",
  },
];

describe("the agency name", () => {
  test("left as the default, a Katalog may name it; typed by the user, it stays", async () => {
    const host = new FakeHost();
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.generateButton }));
    await waitFor(() => expect(host.generateOptions).toEqual([{ agencyFromKatalog: true }]));
    const nama = screen.getByRole("textbox", { name: /Nama perangkat daerah/ });
    await userEvent.clear(nama);
    await userEvent.type(nama, "Dinas Kesehatan");
    await userEvent.click(screen.getByRole("button", { name: ID.generateButton }));
    await waitFor(() => expect(host.generateOptions).toHaveLength(2));
    expect(host.generateOptions[1]).toEqual({});
    expect(host.generated[1].namaPerangkatDaerah).toBe("Dinas Kesehatan");
  });
});

describe("a Katalog with mistakes", () => {
  test("the pane lists its findings with their cells, and a click selects the cell", async () => {
    const host = new FakeHost();
    host.generateAnswer = fail({
      code: "katalogInvalid",
      sheet: "Katalog IKU",
      findings: katalogFindings,
    });
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.generateButton }));
    const list = await screen.findByTestId("katalog-findings");
    expect(screen.getByText(ID.problem({ code: "katalogInvalid" }).title)).toBeTruthy();
    expect(within(list).getByText('Jenis "persen" tidak dikenal.')).toBeTruthy();
    // The rule's label in words, not its id.
    expect(within(list).queryByText("katalog.jenisUnknown")).toBeNull();
    await userEvent.click(within(list).getByRole("button", { name: "A5" }));
    expect(host.selected).toEqual([{ sheet: "Katalog IKU", cell: "A5" }]);
    // The list stays for the next fix.
    expect(screen.getByTestId("katalog-findings")).toBeTruthy();
  });

  test("a cell that cannot be selected is said under the list", async () => {
    const host = new FakeHost();
    host.generateAnswer = fail({
      code: "katalogInvalid",
      sheet: "Katalog IKU",
      findings: katalogFindings,
    });
    host.selectAnswer = fail({ code: "cellEditMode" });
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.generateButton }));
    const list = await screen.findByTestId("katalog-findings");
    await userEvent.click(within(list).getByRole("button", { name: "D3" }));
    expect(await screen.findByText(ID.problem({ code: "cellEditMode" }).title)).toBeTruthy();
    expect(screen.getByTestId("katalog-findings")).toBeTruthy();
  });
});

describe("creating the Katalog sheet from the pane", () => {
  test("prefilled with the built-in catalogue", async () => {
    const host = new FakeHost();
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.katalogBuiltin }));
    expect(host.katalogCalls).toEqual([{ content: "builtin", replace: false }]);
    expect(
      await screen.findByText(
        ID.katalogCreated({ sheet: "Katalog IKU", indicators: 18, replaced: false })
      )
    ).toBeTruthy();
  });

  test("empty with an example row", async () => {
    const host = new FakeHost();
    host.katalogAnswer = () => ok({ sheet: "Katalog IKU", indicators: 1, replaced: false });
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.katalogExample }));
    expect(host.katalogCalls).toEqual([{ content: "example", replace: false }]);
    expect(await screen.findByText(/dengan satu baris contoh/)).toBeTruthy();
  });

  function existingKatalog(): FakeHost {
    const host = new FakeHost();
    host.katalogAnswer = (replace) =>
      replace
        ? ok({ sheet: "Katalog IKU", indicators: 18, replaced: true })
        : fail({ code: "katalogExists", sheet: "Katalog IKU" });
    return host;
  }

  test("an existing Katalog: the pane asks, and the default keeps it and opens it", async () => {
    const host = existingKatalog();
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.katalogBuiltin }));
    const question = await screen.findByTestId("katalog-exists");
    expect(question.getAttribute("role")).toBe("alertdialog");
    const keep = within(question).getByRole("button", { name: ID.katalogKeep });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    // Enter on the focused default answer.
    await userEvent.keyboard("{Enter}");
    expect(host.katalogCalls).toEqual([{ content: "builtin", replace: false }]);
    expect(host.selected).toEqual([{ sheet: "Katalog IKU", cell: "A1" }]);
    expect(screen.queryByTestId("katalog-exists")).toBeNull();
  });

  test("Escape keeps it too", async () => {
    const host = existingKatalog();
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.katalogExample }));
    await screen.findByTestId("katalog-exists");
    await userEvent.keyboard("{Escape}");
    expect(host.katalogCalls).toEqual([{ content: "example", replace: false }]);
    expect(host.selected).toEqual([{ sheet: "Katalog IKU", cell: "A1" }]);
  });

  test("replaced only when the user chooses to", async () => {
    const host = existingKatalog();
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: ID.katalogBuiltin }));
    const question = await screen.findByTestId("katalog-exists");
    await userEvent.click(within(question).getByRole("button", { name: ID.katalogReplace }));
    expect(host.katalogCalls).toEqual([
      { content: "builtin", replace: false },
      { content: "builtin", replace: true },
    ]);
    expect(await screen.findByText(/diganti dengan 18 indikator/)).toBeTruthy();
  });

  test("in English", async () => {
    const host = new FakeHost({ displayLanguage: "en-US" });
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: EN.katalogBuiltin }));
    expect(await screen.findByText(/created with 18 indicators/)).toBeTruthy();
  });
});

describe("the checks say which catalogue they read the sheet with", () => {
  test("Audit Rumus with findings, in English", async () => {
    const host = new FakeHost({ displayLanguage: "en-US" });
    host.auditAnswer = ok({
      sheets: ["IKU 2026"],
      findings: [
        {
          sheet: "IKU 2026",
          cell: "J12",
          indicator: "KES01",
          rule: "formula.overwritten",
          severity: "error",
          message: "Formula overwritten.",
        },
      ],
      checkedAt: "2026-11-27T10:00:00Z",
      catalogue: { source: "builtin", indicators: 18 },
    });
    renderPane(host);
    await userEvent.click(screen.getByRole("tab", { name: EN.tabAudit }));
    await userEvent.click(screen.getByRole("button", { name: EN.auditButton }));
    expect((await screen.findByTestId("audit-summary-catalogue")).textContent).toBe(
      "Catalogue: built-in DSPM (18 indicators)."
    );
  });

  test("Periksa Data on a workbook with a Katalog", async () => {
    const host = new FakeHost();
    host.validateAnswer = ok({
      sheets: ["IKU 2026"],
      findings: [],
      checkedAt: "2026-11-27T10:00:00Z",
      catalogue: { source: "katalog", sheet: "Katalog IKU", indicators: 5 },
    });
    renderPane(host);
    await userEvent.click(screen.getByRole("tab", { name: ID.tabValidate }));
    await userEvent.click(screen.getByRole("button", { name: ID.validateButton }));
    expect((await screen.findByTestId("validate-result")).textContent).toContain(
      "Katalog: Katalog IKU (5 indikator)."
    );
  });
});
