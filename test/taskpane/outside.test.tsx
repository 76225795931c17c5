import "./setup";
import { screen } from "@testing-library/react";
import { unavailableHost } from "../../src/office/host";
import { renderPane } from "./render";

describe("outside Excel", () => {
  test("the pane renders, says to open it from Excel and disables every action", async () => {
    const host = unavailableHost("id-ID");
    renderPane(host);
    expect(screen.getByRole("heading", { level: 1, name: "IKU DSPM Kota Bontang" })).toBeTruthy();
    expect(screen.getByTestId("host-meta").textContent).toContain("Tidak berjalan di Excel");
    expect(screen.getByTestId("outside-excel").textContent).toContain("Buka add-in ini dari Excel");
    for (const name of ["Buat Lembar IKU", "Periksa Data", "Audit Rumus", "Tulis laporan audit"]) {
      const button = screen.getByRole("button", { name, hidden: true }) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
    }
    const auto = screen.getByRole("switch", { hidden: true }) as HTMLInputElement;
    expect(auto.disabled).toBe(true);
    // The form is still usable to look at, and the host answers notInExcel if called anyway.
    await expect(
      host.generate({ tahun: 2026, namaPerangkatDaerah: "x", sheetName: "IKU 2026", mode: "excel" })
    ).resolves.toEqual({
      ok: false,
      problem: { code: "notInExcel" },
    });
  });

  test("in English for an English browser", () => {
    renderPane(unavailableHost("en-US"));
    expect(screen.getByTestId("outside-excel").textContent).toContain(
      "Open this add-in from Excel"
    );
    const button = screen.getByRole("button", { name: "Generate IKU sheet" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });

  test("inside Excel the header names the host and platform", () => {
    renderPane({
      ...unavailableHost("id-ID"),
      info: () => ({
        inExcel: true,
        host: "Excel",
        platform: "OfficeOnline",
        displayLanguage: "id-ID",
        customFunctions: true,
      }),
    });
    expect(screen.getByTestId("host-meta").textContent).toContain("Berjalan di Excel versi web");
    expect(screen.queryByTestId("outside-excel")).toBeNull();
  });
});
