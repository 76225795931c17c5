import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CATALOGUE } from "../../src/core/catalogue";
import type { HostProblemCode } from "../../src/office/api";
import { createExcelHostWith } from "../../src/office/host";
import { stringsFor } from "../../src/taskpane/i18n";
import { FakeHost, deferred, fail, ok } from "./fakeHost";
import { YEAR, renderPane } from "./render";

const ID = stringsFor("id");
const EN = stringsFor("en");

function input(label: RegExp): HTMLInputElement {
  return screen.getByRole("textbox", { name: label }) as HTMLInputElement;
}

function generateButton(name = "Buat Lembar IKU"): HTMLButtonElement {
  return screen.getByRole("button", { name }) as HTMLButtonElement;
}

async function replace(el: HTMLInputElement, text: string): Promise<void> {
  await userEvent.clear(el);
  if (text !== "") await userEvent.type(el, text);
}

describe("generate form", () => {
  test("defaults: year, agency name from the catalogue, sheet name and IKU formulas", () => {
    renderPane(new FakeHost());
    expect(input(/Tahun pelaporan/).value).toBe(String(YEAR));
    expect(input(/Nama perangkat daerah/).value).toBe(CATALOGUE.agency.nama);
    expect(input(/Nama lembar/).value).toBe(`IKU ${YEAR}`);
    expect((screen.getByRole("radio", { name: "Rumus IKU" }) as HTMLInputElement).checked).toBe(
      true
    );
    expect(screen.getByText(ID.modeIkuHint)).toBeTruthy();
    expect(generateButton().disabled).toBe(false);
  });

  test("without custom functions the form defaults to plain Excel formulas and says why", () => {
    renderPane(new FakeHost({ customFunctions: false }));
    expect(
      (screen.getByRole("radio", { name: "Rumus Excel standar" }) as HTMLInputElement).checked
    ).toBe(true);
    expect(screen.getByText(ID.noCustomFunctions)).toBeTruthy();
  });

  test.each([
    ["", ID.formErrors.tahunRequired],
    ["20x6", ID.formErrors.tahunInteger],
    ["2026.5", ID.formErrors.tahunInteger],
    ["1999", ID.formErrors.tahunRange],
    ["2101", ID.formErrors.tahunRange],
  ])("tahun %p is refused with a message and the button is disabled", async (text, message) => {
    renderPane(new FakeHost());
    await replace(input(/Tahun pelaporan/), text);
    expect(screen.getByText(message)).toBeTruthy();
    expect(generateButton().disabled).toBe(true);
  });

  test.each([
    ["", [ID.formErrors.sheetRequired]],
    ["IKU:2026", [ID.formErrors.sheetBadChars]],
    ["IKU/2026", [ID.formErrors.sheetBadChars]],
    ["IKU [2026]", [ID.formErrors.sheetBadChars]],
    ["'IKU 2026", [ID.formErrors.sheetApostrophe]],
    ["IKU 2026'", [ID.formErrors.sheetApostrophe]],
    ["History", [ID.formErrors.sheetReserved]],
    ["x".repeat(32), [ID.formErrors.sheetTooLong]],
    // Every broken rule is reported, not only the first.
    [
      "'" + "?".repeat(31),
      [ID.formErrors.sheetTooLong, ID.formErrors.sheetBadChars, ID.formErrors.sheetApostrophe],
    ],
  ])("sheet name %p breaks Excel's rules", async (text, messages) => {
    renderPane(new FakeHost());
    const el = input(/Nama lembar/);
    await userEvent.clear(el);
    if (text !== "") {
      // Paste, because user-event reads "[" as a key descriptor.
      el.focus();
      await userEvent.paste(text);
    }
    const field = el.closest(".fui-Field") as HTMLElement;
    for (const m of messages)
      expect(within(field).getByText(new RegExp(escapeRegExp(m)))).toBeTruthy();
    expect(generateButton().disabled).toBe(true);
  });

  test("a 31-character sheet name is accepted", async () => {
    renderPane(new FakeHost());
    const el = input(/Nama lembar/);
    await replace(el, "x".repeat(31));
    expect(generateButton().disabled).toBe(false);
  });

  test("the agency name must not be empty", async () => {
    renderPane(new FakeHost());
    await replace(input(/Nama perangkat daerah/), "   ");
    expect(screen.getByText(ID.formErrors.namaRequired)).toBeTruthy();
    expect(generateButton().disabled).toBe(true);
  });

  test("the sheet name follows the year until the user edits it", async () => {
    renderPane(new FakeHost());
    await replace(input(/Tahun pelaporan/), "2027");
    expect(input(/Nama lembar/).value).toBe("IKU 2027");
    await replace(input(/Nama lembar/), "Data IKU");
    await replace(input(/Tahun pelaporan/), "2028");
    expect(input(/Nama lembar/).value).toBe("Data IKU");
  });

  test("generate sends the validated settings, shows progress, then the success message", async () => {
    const host = new FakeHost();
    const pending = deferred<Awaited<ReturnType<FakeHost["generate"]>>>();
    host.generateAnswer = pending.promise;
    renderPane(host);
    await userEvent.click(screen.getByRole("radio", { name: "Rumus Excel standar" }));
    await userEvent.click(generateButton());
    expect(host.generated).toEqual([
      {
        tahun: YEAR,
        namaPerangkatDaerah: CATALOGUE.agency.nama,
        sheetName: `IKU ${YEAR}`,
        mode: "excel",
      },
    ]);
    // Busy but focusable: focus stays on the button instead of falling to the page.
    expect(generateButton().getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(generateButton());
    expect(screen.getByText(ID.generating, { selector: "label" })).toBeTruthy();
    expect(screen.getByTestId("pane-status").textContent).toBe(ID.generating);
    // A second click while running does not start a second generation.
    await userEvent.click(generateButton());
    expect(host.generated).toHaveLength(1);
    await act(async () => {
      pending.resolve(
        ok({ sheet: "IKU 2026", created: true, indicators: 18, keptValues: 0, range: "A1:T40" })
      );
    });
    expect(screen.getByText(/Lembar “IKU 2026” dibuat: 18 indikator di A1:T40\./)).toBeTruthy();
    expect(generateButton().getAttribute("aria-disabled")).not.toBe("true");
    expect(screen.queryByText(ID.generating)).toBeNull();
    // Focus lands on the result, which says what to do next.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("generate-result")));
    expect(screen.getByTestId("next-step").textContent).toContain(ID.nextStep);
    // "Go to the sheet" selects its first yellow input cell.
    await userEvent.click(screen.getByRole("button", { name: ID.goToSheet }));
    expect(host.selected).toEqual([
      { sheet: "IKU 2026", cell: expect.stringMatching(/^[A-Z]+\d+$/) },
    ]);
    expect(host.selected[0].cell).not.toBe("A1");
    await userEvent.click(screen.getByRole("button", { name: ID.goToValidate }));
    expect(screen.getByRole("tab", { name: ID.tabValidate }).getAttribute("aria-selected")).toBe(
      "true"
    );
  });

  test("a success message goes away as soon as the form changes (it no longer describes it)", async () => {
    const host = new FakeHost();
    renderPane(host);
    await userEvent.click(generateButton());
    expect(await screen.findByText(ID.successTitle)).toBeTruthy();
    await replace(input(/Tahun pelaporan/), "19");
    expect(screen.queryByText(ID.successTitle)).toBeNull();
    expect(screen.getByText(ID.formErrors.tahunRange)).toBeTruthy();
  });

  test("an honest note on Ctrl+Z, by what this Excel supports", () => {
    renderPane(new FakeHost({ undo: false }));
    expect(screen.getByTestId("undo-note").textContent).toBe(ID.undoNote(false));
    expect(ID.undoNote(false)).toMatch(/tidak membatalkan/);
  });

  test("where Excel can undo add-in changes (ExcelApi 1.20), the note says so, with its limit", () => {
    renderPane(new FakeHost({ undo: true }));
    expect(screen.getByTestId("undo-note").textContent).toBe(ID.undoNote(true));
    expect(ID.undoNote(true)).toMatch(/menghapus riwayat Ctrl\+Z/);
  });

  test("an update says how many typed values were kept", async () => {
    const host = new FakeHost();
    host.generateAnswer = ok({
      sheet: "IKU 2026",
      created: false,
      indicators: 18,
      keptValues: 37,
      range: "A1:T40",
    });
    renderPane(host);
    await userEvent.click(generateButton());
    expect(
      await screen.findByText(
        /diperbarui: 18 indikator di A1:T40; 37 nilai isian dan target dipertahankan/
      )
    ).toBeTruthy();
  });
});

describe("generate problems", () => {
  const cases: [HostProblemCode, RegExp][] = [
    ["notInExcel", /Buka add-in ini dari Excel, lalu coba lagi/],
    ["cellEditMode", /Selesaikan pengeditan sel \(tekan Enter atau Esc\) lalu coba lagi/],
    ["sheetProtected", /Lembar “IKU 2026” diproteksi/],
    ["foreignSheet", /Lembar “IKU 2026” sudah ada dan tidak dibuat oleh add-in IKU/],
    ["otherIkuSheet", /sudah memiliki lembar IKU di buku kerja ini, yaitu lembar “IKU 2026”/],
    ["noIkuSheet", /Tidak ditemukan lembar IKU buatan add-in di buku kerja ini/],
    ["payloadTooLarge", /melebihi batas ukuran/],
    ["unknown", /Excel menolak permintaan ini/],
  ];

  test.each(cases)("%s is explained in plain words", async (code, text) => {
    const host = new FakeHost();
    host.generateAnswer = fail({ code, sheet: "IKU 2026" });
    renderPane(host);
    await userEvent.click(generateButton());
    const bar = (await screen.findByText(text)).closest(".fui-MessageBar") as HTMLElement;
    expect(bar.getAttribute("data-problem")).toBe(code);
    expect(within(bar).getByText(ID.problem({ code, sheet: "IKU 2026" }).title)).toBeTruthy();
  });

  test("unknown problems show Excel's detail", async () => {
    const host = new FakeHost();
    host.generateAnswer = fail({ code: "unknown", detail: "GeneralException: boom" });
    renderPane(host);
    await userEvent.click(generateButton());
    expect(await screen.findByText("Rincian: GeneralException: boom")).toBeTruthy();
  });

  test("an exception thrown under the host becomes a message, not an uncaught error", async () => {
    // host.ts turns what Excel (or a failed chunk load) throws into a problem; the pane shows it.
    const unused = () => Promise.reject(new Error("unused"));
    const excel = createExcelHostWith({
      generate: () => Promise.reject(new Error("network gone")),
      validate: unused,
      audit: unused,
      ringkasan: unused,
      writeAuditReport: unused,
      createKatalog: unused,
      createLkjip: unused,
      addLkjipCharts: unused,
      writeRenstra: unused,
      selectCell: unused,
      onSheetChanged: unused,
      rememberSheets: () => Promise.resolve(ok(undefined)),
    });
    const host = new FakeHost();
    host.generateAnswer = () =>
      excel.generate({
        tahun: YEAR,
        namaPerangkatDaerah: CATALOGUE.agency.nama,
        sheetName: `IKU ${YEAR}`,
        mode: "iku",
      });
    renderPane(host);
    await userEvent.click(generateButton());
    expect(await screen.findByText("Rincian: network gone")).toBeTruthy();
    expect(generateButton().disabled).toBe(false);
  });

  test("a foreign sheet offers a free name that goes into the form", async () => {
    const host = new FakeHost();
    host.generateAnswer = fail({
      code: "foreignSheet",
      sheet: "IKU 2026",
      suggestion: "IKU 2026 (2)",
    });
    renderPane(host);
    await userEvent.click(generateButton());
    await userEvent.click(await screen.findByRole("button", { name: "Pakai nama “IKU 2026 (2)”" }));
    expect(input(/Nama lembar/).value).toBe("IKU 2026 (2)");
    expect(screen.queryByText(/sudah ada dan tidak dibuat/)).toBeNull();
    // The chosen name no longer follows the year.
    await replace(input(/Tahun pelaporan/), "2027");
    expect(input(/Nama lembar/).value).toBe("IKU 2026 (2)");
    host.generateAnswer = ok({
      sheet: "IKU 2026 (2)",
      created: true,
      indicators: 18,
      keptValues: 0,
      range: "A1:T40",
    });
    await userEvent.click(generateButton());
    await waitFor(() => expect(host.generated[1]?.sheetName).toBe("IKU 2026 (2)"));
  });
});

describe("notes typed inside the table", () => {
  const notes = Array.from({ length: 12 }, (_v, i) => ({
    address: `C${30 + i}`,
    content: i === 0 ? "cek ulang dengan Bappeda" : i,
  }));

  test("are listed (first ten and how many more) and removed only after the user agrees", async () => {
    const host = new FakeHost();
    host.generateAnswer = fail({ code: "userNotes", sheet: "IKU 2026", notes });
    renderPane(host);
    await userEvent.click(generateButton());
    const bar = (await screen.findByText(/Ada catatan di dalam tabel/)).closest(
      ".fui-MessageBar"
    ) as HTMLElement;
    expect(bar.getAttribute("data-problem")).toBe("userNotes");
    expect(bar.textContent).toContain("Lembar “IKU 2026” belum diubah");
    expect(bar.textContent).toContain('C30 ("cek ulang dengan Bappeda")');
    expect(bar.textContent).toContain('C39 ("9")');
    expect(bar.textContent).not.toContain("C40");
    expect(bar.textContent).toContain("dan 2 sel lain");
    expect(host.generateOptions).toEqual([{ agencyFromKatalog: true }]);

    host.generateAnswer = ok({
      sheet: "IKU 2026",
      created: false,
      indicators: 18,
      keptValues: 3,
      range: "A1:T40",
    });
    await userEvent.click(screen.getByRole("button", { name: ID.removeNotes }));
    await waitFor(() =>
      expect(host.generateOptions).toEqual([
        { agencyFromKatalog: true },
        { removeNotes: true, agencyFromKatalog: true },
      ])
    );
    expect(host.generated[1]).toEqual(host.generated[0]);
    await waitFor(() => expect(screen.queryByText(/Ada catatan di dalam tabel/)).toBeNull());
  });

  test("in English", async () => {
    const host = new FakeHost({ displayLanguage: "en-US" });
    host.generateAnswer = fail({ code: "userNotes", sheet: "IKU 2026", notes: notes.slice(0, 2) });
    renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: "Generate IKU sheet" }));
    const bar = (await screen.findByText(/Notes inside the table/)).closest(
      ".fui-MessageBar"
    ) as HTMLElement;
    expect(bar.textContent).toContain('C30 ("cek ulang dengan Bappeda"), C31 ("1")');
    expect(within(bar).getByRole("button", { name: EN.removeNotes })).toBeTruthy();
  });
});

describe("a regenerate that failed midway", () => {
  test("says the sheet was put back, or that it needs checking", async () => {
    const host = new FakeHost();
    host.generateAnswer = fail({ code: "cellEditMode", sheet: "IKU 2026", restored: true });
    renderPane(host);
    await userEvent.click(generateButton());
    expect((await screen.findByTestId("restore-state")).textContent).toContain(
      "Lembar “IKU 2026” sudah dikembalikan seperti semula"
    );
    host.generateAnswer = fail({ code: "unknown", sheet: "IKU 2026", restored: false });
    await userEvent.click(generateButton());
    await waitFor(() =>
      expect(screen.getByTestId("restore-state").textContent).toContain(
        "Lembar “IKU 2026” tidak dapat dikembalikan seperti semula"
      )
    );
    // Where the copy from before the change is.
    expect(screen.getByTestId("restore-state").textContent).toContain(
      "lembar tersembunyi IKU_CADANGAN"
    );
  });
});

describe("generate in English", () => {
  test("labels, validation and messages follow an en-US Excel", async () => {
    const host = new FakeHost({ displayLanguage: "en-US" });
    host.generateAnswer = fail({ code: "cellEditMode" });
    renderPane(host);
    expect(screen.getByRole("tab", { name: EN.tabGenerate })).toBeTruthy();
    expect(input(/Reporting year/).value).toBe(String(YEAR));
    await replace(input(/Reporting year/), "19");
    expect(screen.getByText(EN.formErrors.tahunRange)).toBeTruthy();
    expect(generateButton("Generate IKU sheet").disabled).toBe(true);
    await replace(input(/Reporting year/), "2026");
    await userEvent.click(generateButton("Generate IKU sheet"));
    expect(
      await screen.findByText(/Finish editing the cell \(press Enter or Esc\) and try again/)
    ).toBeTruthy();
  });

  test("an id-ID Excel gets Indonesian", () => {
    renderPane(new FakeHost({ displayLanguage: "id-ID" }));
    expect(screen.getByRole("tab", { name: "Buat Lembar" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Periksa Data" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Audit Rumus" })).toBeTruthy();
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("the agency's capaian rules in the generate form", () => {
  test("invalid rules are refused with the settings check's messages, in both languages", async () => {
    renderPane(new FakeHost());
    await replace(input(/Banyak desimal/), "7");
    expect(screen.getByText(ID.formErrors.desimalInvalid)).toBeTruthy();
    expect(generateButton().disabled).toBe(true);
    await replace(input(/Banyak desimal/), "");
    await replace(input(/Batas kategori capaian/), "75; 90");
    expect(screen.getByText(ID.formErrors.batasOrder)).toBeTruthy();
    expect(generateButton().disabled).toBe(true);
    await replace(input(/Batas kategori capaian/), "");
    expect(generateButton().disabled).toBe(false);
    expect(EN.desimalLabel).not.toBe(ID.desimalLabel);
    expect(EN.formErrors.desimalInvalid).not.toBe(ID.formErrors.desimalInvalid);
  });

  test("an agency's bands, labels, decimals and the rupiah reading reach the host", async () => {
    const host = new FakeHost();
    renderPane(host);
    await replace(input(/Banyak desimal/), "1");
    await replace(input(/Batas kategori capaian/), "80; 60");
    await replace(input(/Nama kategori/), "Baik; Cukup; Kurang");
    await userEvent.click(screen.getByRole("radio", { name: ID.swadayaRupiah }));
    await userEvent.click(generateButton());
    expect(host.generated).toHaveLength(1);
    expect(host.generated[0].aturan).toEqual({
      desimal: 1,
      kategoriBatas: [80, 60],
      kategoriLabel: ["Baik", "Cukup", "Kurang"],
      swadaya: "rupiah",
    });
  });
});
